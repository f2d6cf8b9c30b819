"""`oneos pack`: build the 1:1 Operating System Pack from a context."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from oneos.cli.output import emit, write_tree
from oneos.errors import InputError


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{option}: {value!r} is not a date — write it as YYYY-MM-DD") from None


@click.command()
@click.argument("context_file", required=False, metavar="[CONTEXT]")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write pack.md, one file per deliverable, people/<alias>.md, pack.json, pack.html"
    " and pack.docx here.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "json", "html", "docx"]),
    default="md",
    show_default=True,
    help="What to print on stdout (ignored with --out).",
)
@click.option(
    "--start",
    "start",
    metavar="YYYY-MM-DD",
    help="The Monday the plan starts (default: the context's pilot.start, else next Monday).",
)
@click.option(
    "--today",
    "today",
    metavar="YYYY-MM-DD",
    help="Pretend today is this date (for reproducible runs).",
)
@click.option(
    "--anonymize",
    is_flag=True,
    help="Replace every person's name with a stable alias (Person A, B, …) in every output.",
)
def pack(
    context_file: str | None,
    out_dir: Path | None,
    fmt: str,
    start: str | None,
    today: str | None,
    anonymize: bool,
) -> None:
    """Build the 1:1 Operating System Pack from CONTEXT (YAML or JSON; '-' reads stdin).

    With no CONTEXT, builds the default pack for an illustrative team of five, with every
    default labelled as an assumption.

    Every free text in the context is screened first. A request to run an HR process or to
    set up a status meeting gets a redirect instead of a pack; a crisis gets immediate
    guidance. Sensitive details are reported as warnings and kept out of shared docs.

    \b
    Exit codes:
      0  the pack was built
      2  the input cannot be used (the message names the field and the fix)
      3  no pack: an HR process or a status-meeting request (see the redirect)
      4  no pack: a crisis (immediate guidance printed)
    """
    import oneos
    from oneos.api import redirect_json, redirect_markdown, screen
    from oneos.cli.output import warn
    from oneos.cli.triage import EXIT_CODES

    if fmt == "docx" and out_dir is None and sys.stdout.isatty():
        raise InputError(
            "--format docx: a Word file cannot be shown in a terminal"
            " — use --out DIR, or redirect it: oneos pack --format docx > pack.docx"
        )
    text = None
    source = "<default>"
    if context_file == "-":
        text, source = sys.stdin.read(), "<stdin>"
    elif context_file is not None:
        from oneos.api import read_text

        text, source = read_text(context_file), context_file
    context, is_default = oneos.load_context(text, source)
    screening = screen(context, anonymize=anonymize)
    for warning in screening.warnings:
        warn(f"{warning.path}: {warning.text}")
    if not screening.pack_allowed:
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
    built = oneos.build_pack(
        context, _date(start, "--start"), today=_date(today, "--today"), is_default=is_default
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
