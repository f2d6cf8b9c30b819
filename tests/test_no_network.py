"""oneos never opens a network connection: any socket attempt fails these tests.

`forbid_network()` is reusable: wrap any library call or in-process CLI run in it, e.g.
`with forbid_network() as attempts: build_pack(context)`, then `assert attempts == []`.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from oneos.cli import cli


class NetworkAttempt(RuntimeError):
    """Raised inside oneos when it tries to use the network during a guarded call."""


_GUARD: list[list[str]] = []  # a stack: the innermost guard records the attempts
_HOOKED = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    # Audit events fire for every socket the interpreter creates, however it is imported
    # (socket.socket, _socket, asyncio, urllib...), and for every name lookup and connect.
    if _GUARD and event.startswith("socket."):
        _GUARD[-1].append(event)
        raise NetworkAttempt(f"oneos tried to use the network: {event}{args!r:.80}")


@contextmanager
def forbid_network() -> Iterator[list[str]]:
    """Within the block, creating, binding or connecting any socket raises NetworkAttempt.

    Yields the list of attempted socket events (empty when nothing tried), so a test can
    assert on it even when the code under test swallowed the exception.
    """
    global _HOOKED
    if not _HOOKED:
        sys.addaudithook(_audit)  # hooks cannot be removed; this one is idle outside guards
        _HOOKED = True
    attempts: list[str] = []
    _GUARD.append(attempts)
    try:
        yield attempts
    finally:
        _GUARD.remove(attempts)


@pytest.fixture
def no_network() -> Iterator[list[str]]:
    """A test-wide guard; fails the test if anything touched the network."""
    with forbid_network() as attempts:
        yield attempts
    assert attempts == [], attempts


def test_the_guard_catches_sockets_and_lookups() -> None:
    with forbid_network() as attempts:
        with pytest.raises(NetworkAttempt):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        with pytest.raises(NetworkAttempt):
            socket.getaddrinfo("localhost", 80)
        with pytest.raises(NetworkAttempt):
            socket.create_connection(("127.0.0.1", 9))
    assert attempts and all(a.startswith("socket.") for a in attempts)
    socket.socket().close()  # outside the guard, sockets work again


PARAGRAPH = (
    "I manage six engineers. Dana is already on a PIP that HR is running. "
    "My 1:1s turn into status updates. Kai is on medical leave for depression; "
    "his number is +44 7700 900123."
)


def test_triage_and_privacy_open_no_socket(no_network: list[str]) -> None:
    from oneos.safety import (
        alias_map,
        anonymize,
        expectations_doc,
        feedback_plan,
        lint_privacy,
        redact,
        triage,
        what_goes_where_map,
    )

    assert triage(PARAGRAPH).category == "none"
    assert triage("I need to document poor performance and start a PIP").category == "hr"
    assert lint_privacy(PARAGRAPH)
    assert redact(PARAGRAPH) != PARAGRAPH
    assert anonymize(PARAGRAPH, alias_map(["Dana", "Kai"])).count("Person") == 2
    assert feedback_plan() and expectations_doc() and what_goes_where_map()
    assert no_network == []


def test_the_commands_open_no_socket(no_network: list[str], tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(PARAGRAPH, encoding="utf-8")
    runner = CliRunner()
    runs = [
        (["triage", PARAGRAPH], 0),
        (["triage", "--format", "json", "-"], 3),
        (["triage", "--offer", "expectations-doc"], 0),
        (["privacy", str(notes)], 1),
        (["privacy", "--format", "json", "-"], 1),
    ]
    for args, code in runs:
        stdin = "Set up a weekly status meeting cadence." if args[-1] == "-" else None
        if args[0] == "privacy" and args[-1] == "-":
            stdin = PARAGRAPH
        result = runner.invoke(cli, args, input=stdin)
        assert result.exit_code == code, (args, result.output, result.exception)
    assert no_network == []


def test_pack_opens_no_socket(no_network: list[str], tmp_path: Path) -> None:
    context = tmp_path / "context.yaml"
    context.write_text(
        "people: [{alias: Dana, notes: 'Dana is already on a PIP that HR is running.'}]\n"
        "skip_level: {population: 20}\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    for args in (
        ["pack", "--start", "2026-11-30"],
        ["pack", str(context), "--start", "2026-11-30", "--format", "json"],
        ["pack", str(context), "--start", "2026-11-30", "--out", str(tmp_path / "out")],
    ):
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, (args, result.output, result.exception)
    assert no_network == []
