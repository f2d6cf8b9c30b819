"""Shared by the commands: reading a file or stdin (`-`), and the --format option."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from oneos.errors import InputError

F = TypeVar("F", bound=Callable[..., Any])


def read_stdin(name: str) -> str:
    """All of stdin as UTF-8 text; `name` is the argument, for the error message."""
    try:
        stream = getattr(sys.stdin, "buffer", None)  # bytes, so we choose the decoding
        return stream.read().decode("utf-8") if stream is not None else sys.stdin.read()
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: stdin is not UTF-8 text ({exc.reason})") from exc


def read_file(path: str) -> str:
    """A file's UTF-8 text, or `-` for stdin; any failure is an InputError naming the file."""
    if path == "-":
        return read_stdin("FILE")
    from pathlib import Path

    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason}) — save it as UTF-8") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a folder — give a file, or - for stdin") from exc
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file — check the path, or use - for stdin") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror})") from exc


def format_option(json_help: str) -> Callable[[F], F]:
    """`--format text|json` (default text), stored as `fmt`; `json_help` says what JSON holds."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["text", "json"]),
        default="text",
        show_default=True,
        help=f"text for people; json: {json_help}",
    )
