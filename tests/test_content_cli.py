"""`oneos questions`: browsing the bank and agenda menu from the command line."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from oneos.cli import cli
from oneos.content.bank import agenda_menu, find_questions, question_bank
from oneos.content.vocabulary import SITUATIONS


def _oneos(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "oneos", "questions", *args], capture_output=True, text=True
    )


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, ["questions", *args])
    assert result.exit_code == 0, result.output
    return result.output


# --- through the real entry point -------------------------------------------------------


def test_unknown_situation_suggests_the_closest_and_lists_all() -> None:
    proc = _oneos("--situation", "pased-over")
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.startswith(
        "error: --situation: 'pased-over' is not a situation — did you mean passed-over?"
    )
    assert all(s in proc.stderr for s in SITUATIONS)
    assert "Traceback" not in proc.stderr


def test_every_bad_value_is_reported_at_once() -> None:
    proc = _oneos(
        "--situation", "remote", "--situation", "zzz", "--stage", "old", "--purpose", "coch"
    )
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert len(lines) == 3, proc.stderr
    assert lines[0].startswith("error: --situation: 'zzz' is not a situation — choose from:")
    assert lines[1] == "error: --stage: 'old' is not a stage — choose from: new, stable, strained"
    assert "did you mean coach?" in lines[2]


def test_question_only_options_are_refused_with_agenda() -> None:
    proc = _oneos("--agenda", "--purpose", "coach")
    assert proc.returncode == 2
    assert "error: --purpose: does not apply to the agenda menu" in proc.stderr


def test_bad_format_is_a_usage_error() -> None:
    proc = _oneos("--format", "xml")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_json_lists_the_whole_bank_in_a_stable_form() -> None:
    first, second = _oneos("--format", "json"), _oneos("--format", "json")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    rows = json.loads(first.stdout)
    assert [row["id"] for row in rows] == [q.id for q in question_bank()]
    assert set(rows[0]) == {"id", "text", "situations", "stages", "seniority", "purpose"}


# --- text and filters -------------------------------------------------------------------


def test_text_groups_by_situation_with_ids() -> None:
    out = _run("--situation", "passed-over", "--situation", "career-growth")
    lines = out.splitlines()
    heads = [line.split(" — ")[0] for line in lines if line and not line.startswith(" ")]
    assert heads[:2] == ["passed-over", "career-growth"]
    assert lines[1].split()[0] == "passed-over-01"
    # passed-over-02 also fits career-growth, but is listed once, under its home
    assert out.count("passed-over-02") == 1
    assert (
        lines[-1]
        == f"{len(find_questions(['passed-over', 'career-growth']))} questions in 2 situations."
    )


def test_whole_bank_in_text_lists_every_question_once() -> None:
    out = _run()
    for q in question_bank():
        assert out.count(f"  {q.id} ") == 1, q.id
    assert (
        out.splitlines()[-1] == f"{len(question_bank())} questions in {len(SITUATIONS)} situations."
    )


def test_filters_narrow_the_list() -> None:
    rows = json.loads(_run("--situation", "Strained", "--stage", "new", "--format", "json"))
    assert rows and all("strained" in r["situations"] for r in rows)
    assert all(not r["stages"] or "new" in r["stages"] for r in rows)
    assert len(rows) < len(find_questions(["strained"]))
    listening = json.loads(_run("--purpose", "listening", "--format", "json"))
    assert listening and {r["purpose"] for r in listening} == {"listening"}


def test_no_match_says_so() -> None:
    out = _run("--situation", "skip-level", "--purpose", "wellbeing")
    assert out == "No questions fit these filters.\n"


def test_agenda_menu_by_theme() -> None:
    out = _run("--agenda")
    assert out.splitlines()[0] == "priorities"
    assert out.splitlines()[-1] == f"{len(agenda_menu())} agenda items."
    rows = json.loads(_run("--agenda", "--situation", "onboarding", "--format", "json"))
    assert rows and all("onboarding" in r["situations"] for r in rows)
    assert set(rows[0]) == {"id", "theme", "text", "situations", "stages"}
