"""`oneos intake`: a context file from your own words and a short interview."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from oneos.cli.output import emit, write_atomic
from oneos.errors import InputError

if TYPE_CHECKING:
    from oneos.model.context import Context


def words_from_option(value: str) -> str:
    """The text of a --from-text option ('-' reads stdin); an empty text is a mistake."""
    text = sys.stdin.read() if value == "-" else value
    if not text.strip():
        raise InputError(
            "--from-text: the text is empty — describe your team in a few sentences,"
            ' e.g. "I\'m a new product lead with 6 reports across PST and EST"'
        )
    return text


def context_from_option(from_text: str, context_file: str | None, today: str | None) -> Context:
    """The context for `pack --from-text`: the words read into a context (with the intake's
    assumptions and open questions); a CONTEXT file as well is a mistake."""
    if context_file is not None:
        raise InputError(
            f"--from-text and CONTEXT ({context_file}) cannot be used together — give one of them"
        )
    from oneos.intake.text import context_from_text

    context, _ = context_from_text(words_from_option(from_text), today=today_option(today))
    return context


def today_option(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--today: {value!r} is not a date — write it as YYYY-MM-DD") from None


@click.command()
@click.option(
    "--from-text",
    "from_text",
    metavar="TEXT",
    help="Describe your team in your own words ('-' reads stdin); only what is still missing"
    " is asked.",
)
@click.option(
    "--out",
    "out_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the context here (YAML) instead of printing it.",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Print each fact read from the text with the words it came from, then the"
    " assumptions and open questions (no interview; the context is written only with --out).",
)
@click.option("--no-input", is_flag=True, help="Ask nothing: use the defaults for what is missing.")
@click.option(
    "--today", metavar="YYYY-MM-DD", help="Pretend today is this date (dates like 'last month')."
)
def intake(
    from_text: str | None, out_file: Path | None, explain: bool, no_input: bool, today: str | None
) -> None:
    """Build a context file from a description of your team and a short interview.

    Asks only what is still missing, up to five questions at a time, grouped as the intake
    groups them; press Enter to take the answer in brackets (each default is listed as an
    assumption). With piped input it reads one answer per line and uses the defaults once
    the input ends.

    The words are screened first, as `oneos pack` screens them: a request to run an HR
    process or to set up a status meeting gets a redirect (exit 3), a crisis gets immediate
    guidance (exit 4), and sensitive details are reported as warnings.

    Exit codes: 0 context written; 2 the input cannot be used; 3 or 4 as above.
    """
    from oneos.intake.interview import build_context, context_yaml

    when = today_option(today)
    words = words_from_option(from_text) if from_text is not None else None
    if words is not None:
        _screen_words(words)
    if explain and words is None:
        raise InputError("--explain: there is nothing to explain — add --from-text TEXT")
    ask = None
    if not (explain or no_input):
        from oneos.cli.interview import asker

        ask = asker(sys.stdin)
    result = build_context(words, ask=ask, today=when)
    if explain and result.extraction is not None:
        emit(result.extraction.explain())
    text = context_yaml(result.data, today=when)
    if out_file is not None:
        write_atomic(out_file, text)
        click.echo(f"wrote {out_file}", err=True)
    elif not explain:
        emit(text)


def _screen_words(words: str) -> None:
    """Triage and the privacy lint on the manager's words before anything is read from them."""
    from oneos.api import redirect_markdown
    from oneos.cli.output import warn
    from oneos.cli.triage import EXIT_CODES
    from oneos.safety import lint_privacy, triage

    verdict = triage(words)
    if not verdict.pack_allowed:
        emit(redirect_markdown(verdict))
        sys.exit(EXIT_CODES[verdict.category])
    for finding in lint_privacy(words):
        warn(f'--from-text: {finding.category}: "{finding.match}" — {finding.suggestion}')
