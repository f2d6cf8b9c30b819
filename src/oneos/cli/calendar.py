"""`oneos calendar`: the plan's meetings as calendar.ics, to import into any calendar."""

from __future__ import annotations

from pathlib import Path

import click

from oneos.cli.output import emit, write_atomic
from oneos.cli.pack import BUSY, START, TODAY, build_from_options


@click.command()
@click.argument("context_file", required=False, metavar="[CONTEXT]")
@START
@BUSY
@click.option(
    "--out",
    "out_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the .ics here instead of printing it ('-' prints it).",
)
@TODAY
def calendar(
    context_file: str | None,
    start: str | None,
    busy_file: str | None,
    out_file: Path | None,
    today: str | None,
) -> None:
    """Write the plan's meetings as an iCalendar file (calendar.ics) for CONTEXT.

    Standing 1:1s and monthly catch-ups repeat; career conversations, listening sessions,
    skip-levels and the pilot review are single events. Times are in your time zone; a
    re-import updates the same events instead of adding copies.

    Exit codes: 0 written; 2 the input cannot be used (the message names it and the fix).
    """
    import oneos

    built = build_from_options(context_file, start, today, busy_file)
    data = oneos.calendar_ics(built)
    if out_file is None or str(out_file) == "-":
        emit(data)
        return
    write_atomic(out_file, data)
    click.echo(f"wrote {out_file}", err=True)
