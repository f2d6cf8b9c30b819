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
    help="Write pack.md, one file per deliverable, people/<alias>.md and pack.json here.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "json"]),
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
    "--from-text",
    "from_text",
    metavar="TEXT",
    help="Describe your team in your own words instead of giving CONTEXT ('-' reads stdin).",
)
def pack(
    context_file: str | None,
    out_dir: Path | None,
    fmt: str,
    start: str | None,
    today: str | None,
    from_text: str | None,
) -> None:
    """Build the 1:1 Operating System Pack from CONTEXT (YAML or JSON; '-' reads stdin).

    With no CONTEXT, builds the default pack for an illustrative team of five, with every
    default labelled as an assumption.

    Exit codes: 0 pack built; 2 the input cannot be used (the message names the field and
    the fix).
    """
    import oneos

    text = None
    source = "<default>"
    if from_text is not None:
        from oneos.cli.intake import context_from_option

        context, is_default = context_from_option(from_text, context_file, today), False
    elif context_file == "-":
        text, source = sys.stdin.read(), "<stdin>"
    elif context_file is not None:
        from oneos.api import read_text

        text, source = read_text(context_file), context_file
    if from_text is None:
        context, is_default = oneos.load_context(text, source)
    built = oneos.build_pack(
        context, _date(start, "--start"), today=_date(today, "--today"), is_default=is_default
    )
    if out_dir is not None:
        files = oneos.pack_files(built)
        write_tree(out_dir, files)
        click.echo(f"wrote {len(files)} files to {out_dir}", err=True)
        return
    emit(oneos.render_json(built) if fmt == "json" else oneos.render_markdown(built))
