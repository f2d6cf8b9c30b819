"""`oneos intake`: the interview through piped stdin and through a pseudo-terminal."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from oneos.errors import InputError
from oneos.intake.questions import (
    GROUPS,
    apply_answers,
    interview,
    next_questions,
    questions,
)
from oneos.model.validation import parse_context

TODAY = date(2026, 11, 18)
ENTRY = [sys.executable, "-m", "oneos", "intake", "--today", TODAY.isoformat()]


def run(args: list[str], stdin: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ENTRY + args, input=stdin, capture_output=True, text=True, timeout=timeout, check=False
    )


def load(text: str) -> dict[str, object]:
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    parse_context(data)  # what intake writes is always a valid context
    return data


# --- the questions as data -------------------------------------------------------------


def test_questions_cover_every_intake_group_in_order() -> None:
    asked = [q.group for q in questions()]
    assert set(asked) == set(GROUPS)
    assert asked == sorted(asked, key=GROUPS.index)
    assert len({q.id for q in questions()}) == len(questions())


def test_next_questions_asks_three_to_five_at_a_time_and_only_what_is_missing() -> None:
    first = next_questions({})
    assert 3 <= len(first) <= 5
    assert {q.group for q in first} == {"manager"}
    known = {"manager": {"role": "EM", "experience": "experienced", "timezone": "UTC"}}
    later = next_questions(known)
    assert {"role", "experience", "timezone"}.isdisjoint(q.id for q in later)
    assert 3 <= len(later) <= 5


def test_questions_about_people_wait_until_there_are_people() -> None:
    about_you = {q.id for q in questions() if q.group == "manager"}
    ids = [q.id for q in next_questions({}, about_you)]
    assert "headcount" in ids and "situations" not in ids
    with_people = {"people": [{"alias": "Ana"}, {"alias": "Ben"}]}
    ids = [q.id for q in next_questions(with_people, about_you)]
    assert "headcount" not in ids and "situations" in ids


def test_apply_answers_fills_fields_and_labels_defaults() -> None:
    data, notes = apply_answers(
        {}, {"role": "Head of support", "experience": "", "timezone": "Bengaluru"}, today=TODAY
    )
    assert data["manager"] == {
        "role": "Head of support",
        "experience": "experienced",
        "timezone": "Asia/Kolkata",
    }
    assert any("experienced manager" in n for n in notes)


def test_apply_answers_names_the_question_an_answer_does_not_fit() -> None:
    with pytest.raises(InputError, match=r"experience: 'sometimes'"):
        apply_answers({}, {"experience": "sometimes"}, today=TODAY)
    with pytest.raises(InputError, match="budget"):
        apply_answers({}, {"budget": "lots"}, today=TODAY)


def test_answers_in_words_are_read_onto_the_roster() -> None:
    data, _ = apply_answers({}, {"headcount": "4"}, today=TODAY)
    data, _ = apply_answers(
        data, {"situations": "one is a new hire (week 2), two are very senior"}, today=TODAY
    )
    flags = [p.get("flags", []) for p in data["people"]]
    assert flags == [["new-hire"], ["senior"], ["senior"], []]
    data, _ = apply_answers(data, {"events": "we had a reorg last month"}, today=TODAY)
    assert data["events"] == [{"kind": "reorg", "date": date(2026, 10, 18)}]


def test_interview_uses_defaults_for_the_rest_when_input_ends() -> None:
    replies = iter([{"role": "EM", "timezone": "Berlin"}])

    def ask(batch: list[object]) -> tuple[dict[str, str], bool]:
        return next(replies, {}), True

    data, notes = interview({}, ask, today=TODAY)
    assert data["manager"]["role"] == "EM"
    assert data["manager"]["timezone"] == "Europe/Berlin"
    assert len(data["people"]) == 5  # the headcount default
    assert any("five direct reports" in n for n in notes)
    assert any("used the defaults" in n for n in notes)
    parse_context(data)


# --- piped stdin ----------------------------------------------------------------------


def test_piped_answers_are_read_line_by_line() -> None:
    answers = "\n".join(["Engineering manager", "new-to-team", "Lisbon", "remote", "5", "", "4"])
    proc = run([], answers + "\n")
    assert proc.returncode == 0, proc.stderr
    data = load(proc.stdout)
    assert data["manager"] == {
        "role": "Engineering manager",
        "experience": "new-to-team",
        "timezone": "Europe/Lisbon",
        "working_model": "remote",
        "budget_hours_per_week": 5.0,
    }
    assert [p["alias"] for p in data["people"]] == ["Report A", "Report B", "Report C", "Report D"]
    assert "About you" in proc.stderr and "Who your 1:1s are for" in proc.stderr
    assert "[People manager]" in proc.stderr  # each default is shown


def test_early_end_of_input_uses_defaults_and_exits_zero(tmp_path: Path) -> None:
    out = tmp_path / "context.yaml"
    proc = run(["--out", str(out)], "Product lead\n", timeout=30)
    assert proc.returncode == 0, proc.stderr
    data = load(out.read_text(encoding="utf-8"))
    assert data["manager"]["role"] == "Product lead"
    assert any("used the defaults" in str(a) for a in data["assumptions"])  # type: ignore[union-attr]
    assert out.read_text(encoding="utf-8").startswith("# oneos context")


def test_closed_stdin_never_hangs() -> None:
    proc = subprocess.run(
        ENTRY, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=30, check=False
    )
    assert proc.returncode == 0, proc.stderr
    load(proc.stdout)


def test_a_piped_answer_that_does_not_fit_takes_the_default_and_says_so() -> None:
    proc = run([], "EM\nsometimes\n")
    assert proc.returncode == 0
    assert "does not fit" in proc.stderr
    assert load(proc.stdout)["manager"]["experience"] == "experienced"  # type: ignore[index]


def test_from_text_then_interview_asks_only_what_is_missing() -> None:
    text = "I'm an engineering manager in Berlin with 4 reports; one is a new hire (week 2)."
    proc = run(["--from-text", text], "")
    assert proc.returncode == 0, proc.stderr
    assert "What is your role?" not in proc.stderr
    assert "Where do you work from" not in proc.stderr
    assert "How many people report to you" not in proc.stderr
    data = load(proc.stdout)
    assert data["manager"]["role"] == "Engineering manager"  # type: ignore[index]
    assert len(data["people"]) == 4  # type: ignore[arg-type]


def test_from_text_on_stdin_and_no_input() -> None:
    proc = run(["--from-text", "-", "--no-input"], "Team of 3, weekly 1:1s, 45 minutes.")
    assert proc.returncode == 0, proc.stderr
    data = load(proc.stdout)
    assert data["current"] == {"cadence": {"every_weeks": 1, "minutes": 45}}
    assert proc.stderr == ""


def test_explain_prints_each_fact_with_its_span() -> None:
    text = "We do weekly 30-minute 1:1s with my 5 reports."
    proc = run(["--from-text", text, "--explain"], "")
    assert proc.returncode == 0, proc.stderr
    assert '[6:27] "weekly 30-minute 1:1s" → current.cadence = every 1 week, 30 min' in proc.stdout
    assert "Assumptions:" in proc.stdout


def test_explain_without_text_is_a_usage_error() -> None:
    proc = run(["--explain"], "")
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: --explain")
    assert "Traceback" not in proc.stderr


# --- a real terminal -----------------------------------------------------------------


def test_pseudo_terminal_interview_writes_the_context(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    out = tmp_path / "context.yaml"
    env = dict(os.environ, PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm", NO_COLOR="1")
    child = pexpect.spawn(
        sys.executable,
        [*ENTRY[1:], "--out", str(out)],
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=(50, 250),
    )
    try:
        steps = [
            ("What is your role?", "Engineering manager"),
            ("first time managing", "sometimes"),  # does not fit: asked again
        ]
        for text, answer in steps:
            child.expect(re.escape(text))
            child.expect(r"\]")
            child.send(answer + "\r")
        child.expect("choose one of")
        child.send("\x05\x15first-time\r")  # end of line, clear it, answer again
        for text, answer in [
            ("Where do you work from", "Lisbon"),
            ("remote, hybrid or in the office", "remote"),
            ("How many hours a week", "4"),
            ("share of your week", ""),
            ("How many people report to you", "3"),
        ]:
            child.expect(re.escape(text))
            child.expect(r"\]")
            child.send(answer + "\r")
        child.expect("skip-levels, how many")
        child.sendcontrol("d")  # end of input: defaults for the rest
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    data = load(out.read_text(encoding="utf-8"))
    assert data["manager"] == {
        "role": "Engineering manager",
        "experience": "first-time",
        "timezone": "Europe/Lisbon",
        "working_model": "remote",
        "budget_hours_per_week": 4.0,
    }
    assert len(data["people"]) == 3  # type: ignore[arg-type]
