"""`oneos score`: run the quality gate on any 1:1 pack written in Markdown."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from oneos.cli.output import emit
from oneos.errors import InputError


@click.command(name="score")
@click.argument("file", required=False, metavar="FILE|-")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "md", "json"]),
    default="text",
    show_default=True,
    help="How to print the report.",
)
@click.option("--explain", is_flag=True, help="Print the checklist and the rubric, then stop.")
@click.pass_context
def score(ctx: click.Context, file: str | None, fmt: str, explain: bool) -> None:
    """Score a 1:1 pack against the checklist (A–F) and the six-category rubric.

    FILE is a Markdown pack, or - to read it from stdin. Exit code 0 when the gate passes,
    1 when it fails, 2 when the input cannot be read.
    """
    import json

    from oneos import gate

    if explain:
        emit(gate.explain())
        return
    if file is None:
        raise InputError(
            "score: no FILE given — give the path of a Markdown pack, or - to read it from stdin"
        )
    name, text = _read(file)
    try:
        report = gate.score(text)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from exc
    if fmt == "json":
        emit(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
    elif fmt == "md":
        emit(report.render_markdown())
    else:
        emit(report.render_text())
    ctx.exit(0 if report.passed else 1)


def _read(file: str) -> tuple[str, str]:
    """The pack's text, or an InputError that names the file and the fix."""
    if file == "-":
        name, raw = "stdin", sys.stdin.buffer.read()
    else:
        path = Path(file)
        name = file
        if path.is_dir():
            raise InputError(f"{name}: is a directory — give the path of a Markdown file")
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise InputError(
                f"{name}: no such file — check the path, or use - to read the pack from stdin"
            ) from None
        except OSError as exc:
            raise InputError(f"{name}: cannot be read ({exc.strerror}) — check the path") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(
            f"{name}: is not UTF-8 text — save the pack as UTF-8 Markdown and try again"
        ) from None
    if "\x00" in text:
        raise InputError(f"{name}: looks like a binary file — give a Markdown text file")
    return name, text
