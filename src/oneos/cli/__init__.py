"""The command line: a thin Click layer that imports each command only when it runs."""

from __future__ import annotations

# ruff: noqa: E402  (the imports follow the collector's threshold on purpose)
import gc

# A command is a short process that allocates a lot and frees almost nothing before it
# exits: with the collector's default (a pass over the young objects every 700 new ones),
# `oneos pack` ran 61 collections that found 298 objects between them, 4% of its run. Set
# before Click and a command's modules load, a higher first threshold leaves it a handful.
# The commands that run long (`oneos mcp`) still collect, every 50,000 new objects.
gc.set_threshold(50_000, 10, 10)

import importlib
import os
import sys
from typing import Any

import click

from oneos import __version__
from oneos.errors import OneosError

# name -> (module, function, one-line help). The help line lives here so that
# `oneos --help` lists every command without importing any of them.
COMMANDS: dict[str, tuple[str, str, str]] = {}


def register(name: str, module: str, function: str, short_help: str) -> None:
    """Add a command to the table; used only by this module's table below."""
    COMMANDS[name] = (module, function, short_help)


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module_name, function, _ = COMMANDS[cmd_name]
        command = getattr(importlib.import_module(module_name), function)
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="oneos")
@click.option("--debug", is_flag=True, help="Show a traceback for errors (for bug reports).")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """oneos designs, checks and runs a manager's 1:1 operating system, offline.

    Start with `oneos pack` to see the default pack, then give it your own context.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


_TABLE: tuple[tuple[str, str, str, str], ...] = (
    # (name, module, function, one-line help) — keep alphabetical.
    ("calendar", "oneos.cli.calendar", "calendar", "Write the plan's meetings as calendar.ics."),
    (
        "intake",
        "oneos.cli.intake",
        "intake",
        "Write a context file from your own words and a short interview.",
    ),
    ("mcp", "oneos.cli.mcp", "mcp", "Serve oneos to an AI assistant as MCP tools over stdio."),
    ("pack", "oneos.cli.pack", "pack", "Build the 1:1 Operating System Pack from a context."),
    ("privacy", "oneos.cli.privacy", "privacy_command", "Find sensitive personal data in a file."),
    ("questions", "oneos.cli.questions", "questions", "Browse the question bank and agenda menu."),
    ("score", "oneos.cli.score", "score", "Score any 1:1 pack against the quality gate."),
    (
        "schema",
        "oneos.cli.schema",
        "schema",
        "Print the JSON Schema of a context file or pack.json.",
    ),
    ("triage", "oneos.cli.triage", "triage_command", "Check a text for HR, crisis or status."),
)
for _name, _module, _function, _help in _TABLE:
    register(_name, _module, _function, _help)


def main(argv: list[str] | None = None) -> Any:
    """Entry point: user mistakes become one `error:` line and exit code 2."""
    try:
        return _run(argv)
    finally:
        # The process ends next (`oneos` and `python -m oneos` exit with what main returns).
        # On the way out the interpreter runs full garbage collections over every object still
        # alive, some 4% of `oneos pack`; it skips frozen objects, and exit frees them anyway.
        gc.freeze()


def _run(argv: list[str] | None) -> Any:
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        result = cli.main(args=argv, prog_name="oneos", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except OneosError as exc:
        if debug:
            raise
        for line in str(exc).splitlines() or ["unknown error"]:
            click.echo(f"error: {line}", err=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        # stdout closed early (e.g. `oneos pack | head`): not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    # Without standalone mode, click returns the code of `ctx.exit(code)` instead of exiting.
    if isinstance(result, int) and not isinstance(result, bool) and result:
        sys.exit(result)
    return result
