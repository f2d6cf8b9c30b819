"""`oneos pack`: build the 1:1 Operating System Pack from a context."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from oneos.cli.output import emit, write_tree
from oneos.errors import InputError

if TYPE_CHECKING:
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


@click.command()
@click.argument("context_file", required=False, metavar="[CONTEXT]")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write pack.md, a file per deliverable, people/<alias>.md, pack.json and calendar.ics.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "json"]),
    default="md",
    show_default=True,
    help="What to print on stdout (ignored with --out).",
)
@START
@TODAY
@BUSY
def pack(
    context_file: str | None,
    out_dir: Path | None,
    fmt: str,
    start: str | None,
    today: str | None,
    busy_file: str | None,
) -> None:
    """Build the 1:1 Operating System Pack from CONTEXT (YAML or JSON; '-' reads stdin).

    With no CONTEXT, builds the default pack for an illustrative team of five, with every
    default labelled as an assumption.

    Exit codes: 0 pack built; 2 the input cannot be used (the message names the field and
    the fix).
    """
    import oneos

    built = build_from_options(context_file, start, today, busy_file)
    if out_dir is not None:
        files = oneos.pack_files(built)
        write_tree(out_dir, files)
        click.echo(f"wrote {len(files)} files to {out_dir}", err=True)
        return
    emit(oneos.render_json(built) if fmt == "json" else oneos.render_markdown(built))


def build_from_options(
    context_file: str | None, start: str | None, today: str | None, busy_file: str | None
) -> Pack:
    """The pack the command-line options describe (shared by `pack` and `calendar`)."""
    from oneos.api import build_pack, load_context, read_busy, read_text, resolve_start

    text = None
    source = "<default>"
    if context_file == "-":
        text, source = sys.stdin.read(), "<stdin>"
    elif context_file is not None:
        text, source = read_text(context_file), context_file
    context, is_default = load_context(text, source)
    when = resolve_start(context, _date(start, "--start"), _date(today, "--today") or date.today())
    busy: tuple[BusyInterval, ...] = ()
    if busy_file is not None:
        busy = read_busy(busy_file, when, context.manager.timezone or "UTC")
    return build_pack(context, when, is_default=is_default, busy=busy)
