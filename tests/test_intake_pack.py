"""`oneos pack --from-text`: a pack whose people, cadences and risks follow what was said."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

START = "2026-11-30"
TODAY = "2026-11-18"


def pack_json(text: str, *extra: str, stdin: str | None = None) -> dict[str, Any]:
    proc = subprocess.run(
        [
            *(sys.executable, "-m", "oneos", "pack", "--from-text", text, "--format", "json"),
            *("--start", START, "--today", TODAY, *extra),
        ],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


def by_alias(pack: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["alias"]: p for p in pack["people"]}


def test_issue_paragraph_becomes_a_tailored_pack() -> None:
    pack = pack_json(
        "I'm a new product lead with 6 reports across PST and EST; one is a new hire (week 3),"
        " two are senior and low-maintenance, one is struggling with prioritisation, one just"
        " got passed over for promotion, one was my peer until last month. We do weekly"
        " 30-minute 1:1s and I can give about 5 hours a week. We had a reorg two weeks ago."
    )
    people = by_alias(pack)
    assert len(people) == 6
    assert people["Report A"]["flags"] == ["new-hire"]
    assert people["Report A"]["track"] == "new-hire"
    assert people["Report A"]["cadence"]["every_weeks"] == 1
    assert people["Report D"]["track"] == "struggling"
    assert people["Report E"]["track"] == "passed-over"
    assert {p["timezone"] for p in people.values()} == {"America/Los_Angeles", "America/New_York"}
    assert pack["manager"]["timezone"] == "America/Los_Angeles"
    assert pack["load"]["budget_minutes_per_week"] == 300
    assert pack["load"]["current_minutes_per_week"] == 180  # six weekly 30-minute 1:1s
    assert any("Report E was passed over for promotion" in r for r in pack["risks"])
    # The reorg touched everyone: each person gets a listening-first session.
    assert all(p["listening_session"] for p in people.values())
    # The intake's own assumptions lead the pack's list.
    assert any(a.startswith("Your own time zone is taken to be PST") for a in pack["assumptions"])


def test_experienced_manager_sees_seniors_every_three_weeks() -> None:
    pack = pack_json(
        "I've been managing this team for five years. 5 engineers, all in Berlin: two are"
        " senior and very independent, Mia is a new hire who started two weeks ago, and the"
        " other two are solid. Weekly 30-minute 1:1s with everyone."
    )
    people = by_alias(pack)
    seniors = [p for p in people.values() if "senior" in p["flags"]]
    assert len(seniors) == 2
    assert all(p["cadence"]["every_weeks"] == 3 for p in seniors)
    assert people["Mia"]["cadence"]["every_weeks"] == 1
    assert people["Mia"]["track"] == "new-hire"
    stable = [p for p in people.values() if p["track"] == "stable"]
    assert len(stable) == 2 and all(p["cadence"]["every_weeks"] == 2 for p in stable)
    assert {p["timezone"] for p in people.values()} == {"Europe/Berlin"}
    # The barbell names what it removes: weekly 1:1s stepped down for the seniors.
    assert sum("weekly" in line for line in pack["barbell"]["removed"]) >= 2


def test_reorg_last_month_plans_listening_sessions() -> None:
    pack = pack_json(
        "I lead a team of 4 designers in London. We had a reorg last month and people are"
        " unsettled; one of them, Ola, is back from parental leave."
    )
    people = by_alias(pack)
    assert len(people) == 4
    assert all(p["listening_session"] for p in people.values())
    assert "reorg" in people["Ola"]["listening_session"]["reason"]
    assert people["Ola"]["track"] == "returning"
    assert any("reorg" in r for r in pack["risks"])


def test_director_paragraph_plans_skip_levels() -> None:
    pack = pack_json(
        "As Director of Engineering I manage 5 engineering managers, with roughly 60 engineers"
        " under them. I want monthly skip-levels in small groups to hear what's really going on."
        " We went through layoffs in early October."
    )
    assert len(pack["people"]) == 5
    skip = pack["skip_level"]
    assert skip["population"] == 60
    assert skip["format"] == "groups"
    assert skip["goal"] == "signal"
    assert all(p["listening_session"] for p in pack["people"])


def test_from_text_reads_stdin() -> None:
    pack = pack_json("-", stdin="Team of 3 in Toronto. Biweekly 1:1s, 45 minutes.")
    assert len(pack["people"]) == 3
    assert {p["timezone"] for p in pack["people"]} == {"America/Toronto"}


def test_open_questions_reach_the_pack() -> None:
    pack = pack_json("I'm a new manager with 6 direct reports across time zones.")
    assert any("which ones, and who is in each" in q for q in pack["open_questions"])


def test_from_text_and_a_context_file_together_is_a_usage_error() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "oneos", "pack", "context.yaml", "--from-text", "Team of 3."],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: --from-text and CONTEXT")
    assert "Traceback" not in proc.stderr


def test_empty_text_is_a_usage_error() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "oneos", "pack", "--from-text", "  "],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert "--from-text: the text is empty" in proc.stderr


def test_help_stays_light() -> None:
    code = (
        "import sys; from oneos.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "loaded = [m for m in sys.modules if m.startswith(('oneos.intake', 'prompt_toolkit',"
        " 'oneos.cli.intake', 'oneos.model'))]\n"
        "print('LOADED=' + ','.join(loaded))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "LOADED=\n" in proc.stdout
