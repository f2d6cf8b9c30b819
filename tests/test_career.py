"""Step 6: the career sequence, dated per person."""

from __future__ import annotations

import itertools
from datetime import timedelta

from tests.packs import START, build, person

TEAM = {
    "people": [
        {"alias": "Calm"},
        {"alias": "Overlooked", "flags": ["passed-over"]},
        {"alias": "Leaving", "flags": ["flight-risk"]},
        {"alias": "Fresh", "flags": ["new-hire"], "tenure_weeks": 2},
        {"alias": "Process", "flags": ["hr-process"]},
        {"alias": "Other"},
        {"alias": "Third"},
    ]
}


def test_three_dedicated_sessions_45_to_60_minutes_one_to_two_weeks_apart() -> None:
    pack = build(TEAM)
    for p in pack.people:
        if not p.career_sessions:
            continue
        assert [s.kind for s in p.career_sessions] == [
            "life-story",
            "future-dreams",
            "career-action-plan",
        ]
        assert all(45 <= s.minutes <= 60 for s in p.career_sessions)
        dates = [s.date for s in p.career_sessions]
        assert all(7 <= (b - a).days <= 16 for a, b in itertools.pairwise(dates))
        assert not set(dates) & set(p.meetings), "never squeezed into a tactical 1:1"
        assert all(s.outputs for s in p.career_sessions)


def test_passed_over_and_flight_risk_go_first() -> None:
    pack = build(TEAM)
    first = {p.alias: p.career_sessions[0].date for p in pack.people if p.career_sessions}
    urgent = max(first["Overlooked"], first["Leaving"])
    assert all(urgent <= d for a, d in first.items() if a not in ("Overlooked", "Leaving"))


def test_new_hires_start_after_60_to_90_days() -> None:
    fresh = person(build(TEAM), "Fresh")
    days_in = 2 * 7 + (fresh.career_sessions[0].date - START).days
    assert 60 <= days_in <= 90


def test_no_career_sequence_during_an_hr_process_or_when_not_chosen() -> None:
    pack = build(TEAM)
    process = person(pack, "Process")
    assert process.career_sessions == ()
    assert "HR" in process.career_note
    chosen = build({**TEAM, "career": {"who": ["Calm"]}})
    assert [p.alias for p in chosen.people if p.career_sessions] == ["Calm"]
    off = build({**TEAM, "career": {"run": False}})
    assert all(not p.career_sessions for p in off.people)


def test_no_more_than_two_sequences_start_in_one_week() -> None:
    pack = build({"people": [{"alias": f"P{i}"} for i in range(9)]})
    starts = [p.career_sessions[0].date for p in pack.people]
    weeks = [(d - START).days // 7 for d in starts]
    assert max(weeks.count(w) for w in set(weeks)) <= 2
    assert min(starts) >= START + timedelta(weeks=1)
