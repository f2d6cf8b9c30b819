"""Step 3a: cadence per person follows the REQUIREMENTS §3 table."""

from __future__ import annotations

from datetime import timedelta

from tests.packs import START, build, person


def team(**extra: object) -> dict[str, object]:
    data: dict[str, object] = {
        "manager": {"timezone": "Europe/London"},
        "people": [
            {"alias": "New", "flags": ["new-hire"], "tenure_weeks": 2},
            {"alias": "Steady", "seniority": "mid"},
            {"alias": "Senior", "seniority": "lead"},
            {"alias": "Tense", "flags": ["strained"]},
            {"alias": "Busy", "flags": ["struggling"]},
        ],
    }
    data.update(extra)
    return data


def test_each_relationship_gets_its_default_cadence() -> None:
    pack = build(team())
    cadence = {p.alias: (p.cadence.every_weeks, p.cadence.minutes) for p in pack.people}
    assert cadence["New"] == (1, 60)  # first month: the longer end of 45–60
    assert cadence["Steady"] == (2, 30)
    assert cadence["Senior"] == (3, 45)
    assert cadence["Tense"][0] == 1
    assert cadence["Busy"] == (1, 30)


def test_temporary_cadences_have_a_reassess_date_and_a_later_cadence() -> None:
    pack = build(team())
    new = person(pack, "New")
    assert new.reassess_on == START + timedelta(weeks=6)  # until about their 8th week
    assert new.then is not None and new.then.every_weeks == 2
    steady = person(pack, "Steady")
    assert steady.reassess_on is None and steady.then is None
    senior_new_hire = build(
        {"people": [{"alias": "S", "seniority": "senior", "flags": ["new-hire"]}]}
    ).people[0]
    assert senior_new_hire.then is not None and senior_new_hire.then.every_weeks == 3


def test_rationale_is_one_line_and_specific_to_the_track() -> None:
    pack = build(team())
    lines = {p.alias: p.rationale for p in pack.people}
    assert "\n" not in "".join(lines.values())
    assert "New to the team" in lines["New"]
    assert "Senior and independent" in lines["Senior"]
    assert len(set(lines.values())) == len(lines)


def test_a_new_manager_starts_weekly_with_everyone() -> None:
    pack = build(team(manager={"experience": "first-time"}))
    assert all(p.cadence.every_weeks == 1 for p in pack.people)
    assert all(p.reassess_on is not None for p in pack.people)


def test_the_weekly_start_risk_names_why_the_manager_is_new() -> None:
    first_time = build(team(manager={"experience": "first-time"})).risks
    new_to_team = build(team(manager={"experience": "new-to-team"})).risks
    assert any(r.startswith("As a new manager you start weekly") for r in first_time)
    assert any(r.startswith("As you are new to this team, you start weekly") for r in new_to_team)
    assert not any("As a new manager" in r for r in new_to_team)


def test_reassessments_on_one_date_are_one_next_step_naming_everyone() -> None:
    pack = build(team(manager={"experience": "first-time"}))
    by_date: dict[str, list[str]] = {}
    for p in pack.people:
        assert p.reassess_on is not None
        by_date.setdefault(f"{p.reassess_on:%a} {p.reassess_on.day}", []).append(p.alias)
    for day, aliases in by_date.items():
        steps = [s for s in pack.next_steps if s.startswith(day) and "reassess" in s]
        assert len(steps) == 1, steps
        assert all(alias in steps[0] for alias in aliases)


def test_people_touched_by_a_recent_reorg_meet_more_often_for_a_while() -> None:
    data = {
        "people": [{"alias": "A", "seniority": "mid"}, {"alias": "B", "seniority": "lead"}],
        "events": [{"kind": "reorg", "date": "2026-11-02"}],
    }
    pack = build(data)
    assert person(pack, "A").cadence.every_weeks == 1
    assert person(pack, "B").cadence.every_weeks == 2
    assert all(p.track == "under-change" for p in pack.people)
    old = build({**data, "events": [{"kind": "reorg", "date": "2025-01-10"}]})
    assert person(old, "A").cadence.every_weeks == 2  # long ago: back to the usual rhythm


def test_standing_meetings_follow_the_cadence_and_skip_the_listening_week() -> None:
    pack = build(team())
    steady = person(pack, "Steady")
    gaps = {(b - a).days for a, b in zip(steady.meetings, steady.meetings[1:], strict=False)}
    assert gaps == {14}
    tense = person(pack, "Tense")
    assert tense.listening_session is not None
    assert tense.listening_session.date not in tense.meetings
    assert tense.first_meeting == tense.listening_session.date


def test_public_holidays_and_no_meeting_days_are_avoided() -> None:
    pack = build(
        {
            "manager": {"country": "GB", "no_meeting_days": ["fri"]},
            "people": [{"alias": f"P{i}"} for i in range(6)],
        },
        start=START + timedelta(weeks=3),  # 21 Dec: Christmas and Boxing Day fall in week 1
    )
    import holidays

    off = holidays.country_holidays("GB", years=[2026, 2027])
    for p in pack.people:
        for day in (*p.meetings, *p.catch_ups, *(s.date for s in p.career_sessions)):
            assert day not in off, (p.alias, day)
            assert day.weekday() < 4, (p.alias, day)


def test_catch_ups_begin_when_a_temporary_cadence_steps_down() -> None:
    pack = build(team(manager={"experience": "first-time"}))
    for p in pack.people:
        assert p.reassess_on is not None
        assert p.catch_ups, p.alias
        assert min(p.catch_ups) >= p.reassess_on, p.alias
        assert not set(p.catch_ups) & set(p.meetings), p.alias
    steady = person(build(team()), "Steady")
    assert steady.catch_ups and min(steady.catch_ups) < START + timedelta(weeks=5)
