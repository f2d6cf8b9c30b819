"""Writing results: stdout, or files written atomically so no half-written output is left."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from contextlib import suppress
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from pathlib import Path


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write one file via a temporary sibling and a rename.

    New files are readable by their owner only (1:1 material is private); a file that is
    replaced keeps the permissions it had.
    """
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
        with suppress(FileNotFoundError):
            os.chmod(tmp, os.stat(path).st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_tree(root: Path, files: Mapping[str, str | bytes]) -> None:
    """Write a set of files under root: all are rendered first, then each lands atomically."""
    for relative, data in files.items():
        write_atomic(root / relative, data)


def emit(text: str | bytes) -> None:
    """Print a result on stdout (bytes go out untouched)."""
    if isinstance(text, bytes):
        stream = sys.stdout.buffer
        stream.write(text)
        stream.flush()
        return
    click.echo(text, nl=not text.endswith("\n"))


def warn(message: str) -> None:
    """A message for the user on stderr; colour only on a TTY and never with NO_COLOR."""
    click.echo(click.style("warning: ", fg="yellow") + message, err=True, color=_colour())


def _colour() -> bool | None:
    return False if os.environ.get("NO_COLOR") else None
