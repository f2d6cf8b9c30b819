"""`oneos triage` and `oneos privacy` through the real entry point: exit codes, JSON, stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from oneos.cli import cli, main

SEED_BOUNDARY = "I need to document poor performance and start a PIP"


def oneos(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "oneos", *args], input=data, capture_output=True, check=False
    )


def main_exit_code(args: list[str]) -> int:
    """Run `oneos.cli.main` in-process, as the entry point does, and return its exit code."""
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert isinstance(exit_info.value.code, int)
    return exit_info.value.code


@pytest.mark.parametrize(
    ("text", "code", "category"),
    [
        ("Help me design a 1:1 cadence for six engineers.", 0, "none"),
        (SEED_BOUNDARY, 3, "hr"),
        ("Set up a weekly status meeting cadence for my team.", 3, "status"),
        ("My report told me she has been thinking about suicide.", 4, "crisis"),
    ],
)
def test_triage_exit_codes_and_json_shape(text: str, code: int, category: str) -> None:
    proc = oneos("triage", "--format", "json", text)
    assert proc.returncode == code, proc.stderr
    data = json.loads(proc.stdout)
    assert {"category", "trigger", "message", "offers", "span", "mentions"} <= set(data)
    assert data["category"] == category
    assert (data["trigger"] is None) == (category == "none")
    assert all(set(o) == {"id", "title"} for o in data["offers"])


def test_triage_reads_stdin_and_prints_the_redirect_with_offers() -> None:
    proc = oneos("triage", "-", stdin=SEED_BOUNDARY + "\n")
    out = proc.stdout.decode()
    assert proc.returncode == 3
    assert out.startswith("category: hr\ntrigger: ")
    assert "oneos triage --offer feedback-plan" in out
    assert "oneos triage --offer expectations-doc" in out
    assert proc.stderr == b""


def test_crisis_guidance_comes_first_in_text_output() -> None:
    result = CliRunner().invoke(cli, ["triage", "He brought a gun to the office."])
    assert result.exit_code == 4
    assert result.output.startswith("Someone's safety comes first")
    assert "emergency services" in result.output.split("\n\n")[1]


def test_triage_bad_input_is_exit_2_with_one_error_line() -> None:
    empty = oneos("triage", "   ")
    assert empty.returncode == 2
    assert empty.stderr.decode().startswith("error: TEXT: empty")
    assert b"Traceback" not in empty.stderr
    not_utf8 = oneos("triage", "-", stdin=b"\xff\xfe bad")
    assert not_utf8.returncode == 2 and b"not UTF-8" in not_utf8.stderr
    assert main_exit_code(["triage"]) == 2
    assert main_exit_code(["triage", "--offer", "nope"]) == 2


def test_triage_mentions_are_listed_and_the_pack_may_go_ahead() -> None:
    result = CliRunner().invoke(cli, ["triage", "Dana is already on a PIP that HR is running."])
    assert result.exit_code == 0
    assert "category: none" in result.output
    assert '- Dana: "a PIP"' in result.output
    assert "hr-process" in result.output


def test_triage_offer_prints_markdown() -> None:
    result = CliRunner().invoke(cli, ["triage", "--offer", "feedback-plan", "--person", "Sam"])
    assert result.exit_code == 0
    assert result.output.startswith("# Feedback conversation plan: Sam\n")
    assert main_exit_code(["triage", "--offer", "feedback-plan", "some text"]) == 2


def test_triage_offer_choices_match_the_library() -> None:
    from oneos.cli.triage import OFFERS
    from oneos.safety import OFFER_IDS

    assert OFFERS == OFFER_IDS


def test_help_documents_the_exit_codes() -> None:
    for command, codes in (("triage", ("0", "2", "3", "4")), ("privacy", ("0", "1", "2"))):
        result = CliRunner().invoke(cli, [command, "--help"])
        assert result.exit_code == 0
        assert "Exit codes:" in result.output
        for code in codes:
            assert f"\n    {code}  " in result.output, (command, code)


def test_privacy_findings_exit_1_in_the_documented_format(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# Kai\nKai is on medical leave for depression.\nShip the API.\n")
    proc = oneos("privacy", str(notes))
    assert proc.returncode == 1
    first = proc.stdout.decode().splitlines()[0]
    assert first == (
        f'{notes}:2:11: health: "medical leave for depression" → leave (details with HR)'
    )
    assert proc.stderr.decode().strip() == f"2 findings in {notes}"


def test_privacy_clean_stdin_exits_0() -> None:
    proc = oneos("privacy", "-", stdin="The release is healthy; our team's health check is Friday.")
    assert proc.returncode == 0
    assert proc.stdout == b""
    assert b"no sensitive data found in <stdin>" in proc.stderr


def test_privacy_unreadable_input_exits_2(tmp_path: Path) -> None:
    missing = oneos("privacy", str(tmp_path / "nope.md"))
    assert missing.returncode == 2
    assert missing.stderr.decode().startswith(f"error: {tmp_path / 'nope.md'}: no such file")
    assert main_exit_code(["privacy", str(tmp_path)]) == 2
    binary = tmp_path / "b.bin"
    binary.write_bytes(b"\xff\xfe\x00bad")
    assert main_exit_code(["privacy", str(binary)]) == 2


def test_privacy_json_and_redact(tmp_path: Path) -> None:
    notes = tmp_path / "n.txt"
    notes.write_text("Call Jo on +44 7700 900123.\n")
    result = CliRunner().invoke(cli, ["privacy", "--format", "json", str(notes)])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["file"] == str(notes) and data["count"] == 1
    assert data["findings"][0] == {
        "line": 1,
        "column": 12,
        "category": "phone",
        "match": "+44 7700 900123",
        "suggestion": "[phone removed]",
        "rule": "phone",
    }
    redacted = CliRunner().invoke(cli, ["privacy", "--redact", str(notes)])
    assert redacted.stdout == "Call Jo on [phone removed].\n"
