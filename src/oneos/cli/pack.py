"""`oneos pack`: build the 1:1 Operating System Pack from a context."""

from __future__ import annotations

import sys
from datetime import date
from typing import TYPE_CHECKING

import click

from oneos.cli.output import emit, warn, write_tree
from oneos.errors import InputError

if TYPE_CHECKING:
    from pathlib import Path

    from oneos.calendar.slots import BusyInterval
    from oneos.model.pack import Pack


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{option}: {value!r} is not a date — write it as YYYY-MM-DD") from None


START = click.option(
    "--start",
    "start",
    metavar="YYYY-MM-DD",
    help="The Monday the plan starts (default: the context's pilot.start, else next Monday).",
)
TODAY = click.option(
    "--today",
    "today",
    metavar="YYYY-MM-DD",
    help="Pretend today is this date (for reproducible runs).",
)
BUSY = click.option(
    "--busy",
    "busy_file",
    metavar="FILE.ics",
    help="Your calendar export: slots avoid the times it shows you busy (repeats included).",
)
FROM_TEXT = click.option(
    "--from-text",
    "from_text",
    metavar="TEXT",
    help="Describe your team in your own words instead of giving CONTEXT ('-' reads stdin).",
)
ANONYMIZE = click.option(
    "--anonymize",
    is_flag=True,
    help="Replace every person's name with a stable alias (Person A, B, …) in every output.",
)
EXIT_CODES_HELP = """
    \b
    Exit codes:
      0  done
      2  the input cannot be used (the message names the field and the fix)
      3  no pack: an HR process or a status-meeting request (see the redirect)
      4  no pack: a crisis (immediate guidance printed)
"""


@click.command()
@click.argument("context_file", required=False, metavar="[CONTEXT]")
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False),  # made a Path in the command: pathlib loads slowly
    help="Write pack.md, a file per deliverable, people/<alias>.md, pack.json, pack.html,"
    " pack.docx and calendar.ics here.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "json", "html", "docx"]),
    default="md",
    show_default=True,
    help="What to print on stdout (ignored with --out).",
)
@FROM_TEXT
@START
@TODAY
@BUSY
@ANONYMIZE
def pack(
    context_file: str | None,
    out: str | None,
    fmt: str,
    from_text: str | None,
    start: str | None,
    today: str | None,
    busy_file: str | None,
    anonymize: bool,
) -> None:
    """Build the 1:1 Operating System Pack from CONTEXT (YAML or JSON; '-' reads stdin).

    With no CONTEXT, builds the default pack for an illustrative team of five, with every
    default labelled as an assumption.

    Every free text in the context is screened first. A request to run an HR process or to
    set up a status meeting gets a redirect instead of a pack; a crisis gets immediate
    guidance. Sensitive details are reported as warnings and kept out of shared docs.
    """
    import oneos

    out_dir = None
    if out is not None:
        from pathlib import Path

        out_dir = Path(out)
    if fmt == "docx" and out_dir is None and sys.stdout.isatty():
        raise InputError(
            "--format docx: a Word file cannot be shown in a terminal"
            " — use --out DIR, or redirect it: oneos pack --format docx > pack.docx"
        )
    built = build_from_options(
        context_file,
        start,
        today,
        busy_file,
        from_text=from_text,
        anonymize=anonymize,
        out_dir=out_dir,
        fmt=fmt,
    )
    if out_dir is not None:
        files = oneos.pack_files(built)
        write_tree(out_dir, files)
        click.echo(f"wrote {len(files)} files to {out_dir}", err=True)
        return
    renderers = {
        "md": oneos.render_markdown,
        "json": oneos.render_json,
        "html": oneos.render_html,
        "docx": oneos.render_docx,
    }
    emit(renderers[fmt](built))


pack.help = (pack.help or "") + EXIT_CODES_HELP


def build_from_options(
    context_file: str | None,
    start: str | None,
    today: str | None,
    busy_file: str | None,
    *,
    from_text: str | None = None,
    anonymize: bool = False,
    out_dir: Path | None = None,
    fmt: str = "md",
) -> Pack:
    """The pack the command-line options describe (shared by `pack` and `calendar`).

    Screens the context first: warnings go to stderr; when there must be no pack, the
    redirect is printed (or written to `out_dir`) and the process exits with 3 or 4.
    """
    from oneos.api import (
        build_pack,
        load_context,
        read_busy,
        read_text,
        redirect_json,
        redirect_markdown,
        resolve_start,
        screen,
    )

    text = None
    source = "<default>"
    words: str | None = None
    if from_text is not None:
        from oneos.cli.intake import today_option, words_from_option
        from oneos.intake.text import context_from_text

        if context_file is not None:
            raise InputError(
                f"--from-text and CONTEXT ({context_file}) cannot be used together"
                " — give one of them"
            )
        words = words_from_option(from_text)
        context, _ = context_from_text(words, today=today_option(today))
        is_default = False
    else:
        if context_file == "-":
            text, source = sys.stdin.read(), "<stdin>"
        elif context_file is not None:
            text, source = read_text(context_file), context_file
        context, is_default = load_context(text, source)
    screening = screen(context, words, anonymize=anonymize)
    for warning in screening.warnings:
        warn(f"{warning.path}: {warning.text}")
    if not screening.pack_allowed:
        from oneos.cli.triage import EXIT_CODES

        verdict = screening.triage
        if out_dir is not None:
            write_tree(
                out_dir,
                {"pack.md": redirect_markdown(verdict), "pack.json": redirect_json(verdict)},
            )
        else:
            emit(redirect_json(verdict) if fmt == "json" else redirect_markdown(verdict))
        sys.exit(EXIT_CODES[verdict.category])
    context = screening.context
    when = resolve_start(context, _date(start, "--start"), _date(today, "--today") or date.today())
    busy: tuple[BusyInterval, ...] = ()
    if busy_file is not None:
        busy = read_busy(busy_file, when, context.manager.timezone or "UTC")
    return build_pack(context, when, is_default=is_default, busy=busy)
