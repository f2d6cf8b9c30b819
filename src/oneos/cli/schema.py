"""`oneos schema`: the JSON Schema of a context file, or of pack.json."""

from __future__ import annotations

import json

import click

from oneos.cli.output import emit


@click.command()
@click.option("--pack", "which", flag_value="pack", help="The schema of pack.json instead.")
@click.option(
    "--context",
    "which",
    flag_value="context",
    default=True,
    help="The schema of a context file (default).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "markdown"]),
    default="json",
    show_default=True,
    help="markdown: the context file's reference page (docs/context.md).",
)
def schema(which: str, fmt: str) -> None:
    """Print the JSON Schema of a context file (or, with --pack, of pack.json)."""
    if fmt == "markdown":
        from oneos.model.reference import context_reference

        emit(context_reference())
        return
    if which == "pack":
        from oneos.render.json import pack_json_schema

        document = pack_json_schema()
    else:
        from oneos.model.schema import context_json_schema

        document = context_json_schema()
    emit(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
