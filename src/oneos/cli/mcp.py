"""`oneos mcp`: serve oneos to an AI assistant over MCP (stdio)."""

from __future__ import annotations

import contextlib

import click


@click.command()
def mcp() -> None:
    """Run an MCP server on stdin/stdout, for an AI assistant to call oneos as tools.

    Tools: triage, intake_questions, build_pack, score_pack, plan_calendar. Start it from
    your assistant's MCP configuration ("command": "oneos", "args": ["mcp"]), not by hand;
    it speaks JSON-RPC on stdout and logs only to stderr. See docs/mcp.md.
    """
    from oneos.mcp import serve

    with contextlib.suppress(KeyboardInterrupt):
        serve()
