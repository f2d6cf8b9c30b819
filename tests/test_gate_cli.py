"""`oneos score` through the real entry point: exit codes, formats, stdin, --explain."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from oneos.cli import cli

DATA = Path(__file__).parent / "data" / "gate"
COMPLETE = DATA / "complete.md"
FAILING = DATA / "llm_numbered.md"


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "oneos", "score", *args], input=stdin, capture_output=True
    )


def test_a_passing_pack_exits_0() -> None:
    proc = _run(str(COMPLETE))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().startswith("Quality gate: PASS — rubric 30/30")
    assert proc.stderr == b""


def test_a_failing_pack_exits_1_and_says_why() -> None:
    proc = _run(str(FAILING))
    assert proc.returncode == 1
    out = proc.stdout.decode()
    assert "Quality gate: FAIL" in out
    assert "checklist items failing: A1, B2, B3, B4, D2, F3" in out
    assert proc.stderr == b""


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["missing.md"], None, "error: missing.md: no such file"),
        ([str(DATA)], None, "is a directory"),
        (["-"], b"\xff\xfe\x00bad", "error: stdin: is not UTF-8 text"),
        (["-"], b"  \n\n", "error: stdin: the pack is empty"),
        ([], None, "error: score: no FILE given"),
    ],
)
def test_unreadable_input_exits_2_with_one_error_line(
    args: list[str], stdin: bytes | None, message: str
) -> None:
    proc = _run(*args, stdin=stdin)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert message in err
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert "Traceback" not in err
    assert proc.stdout == b""


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "pack.md"
    path.write_bytes(b"# Pack\x00\x01")
    proc = _run(str(path))
    assert proc.returncode == 2
    assert f"error: {path}: looks like a binary file" in proc.stderr.decode()


def test_stdin_dash_reads_the_pack() -> None:
    proc = _run("-", "--format", "json", stdin=COMPLETE.read_bytes())
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert data["total"] == 30 and data["passed"] is True


def test_json_is_stable_and_complete() -> None:
    proc = _run(str(FAILING), "--format", "json")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert list(data) == [
        "total",
        "max",
        "passed",
        "rubric_passed",
        "checklist_passed",
        "categories",
        "failed_checks",
        "pass_rule",
        "checks",
        "rubric",
    ]
    assert data["max"] == 30
    assert data["categories"] == {
        "scope": 4,
        "cadence": 4,
        "documentation": 4,
        "coaching": 3,
        "career": 4,
        "wellbeing": 1,
    }
    assert data["failed_checks"] == ["A1", "B2", "B3", "B4", "D2", "F3"]
    f3 = next(c for c in data["checks"] if c["id"] == "F3")
    assert f3["passed"] is False and f3["fix"]
    assert f3["harmful"][0]["line"] == 57
    a2 = next(c for c in data["checks"] if c["id"] == "A2")
    assert a2["fix"] is None and a2["evidence"][0] == {
        "line": 9,
        "text": "- Weekly 30 min for the two new hires during their first six weeks.",
    }


def test_markdown_format() -> None:
    result = CliRunner().invoke(cli, ["score", str(FAILING), "--format", "md"])
    assert result.exit_code == 1
    assert result.output.startswith("# Quality gate: FAIL")
    assert "| F3 | Skip-level and special sessions |" in result.output
    assert "## Rubric" in result.output


def test_explain_prints_the_checklist_and_rubric_without_a_file() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "oneos", "score", "--explain"], capture_output=True, text=True
    )
    assert proc.returncode == 0
    for needle in ("A1", "F4", "Cadence + meeting design (cadence)", "22 of 30", "never diagnose"):
        assert needle in proc.stdout


def test_score_is_listed_in_help() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert "score" in result.output and "quality gate" in result.output
