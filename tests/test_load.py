"""Step 3c: load before and after, and stepping down to fit the budget."""

from __future__ import annotations

from tests.packs import build, person

PEOPLE = [
    {"alias": "Sen1", "seniority": "lead", "current_cadence": {"every_weeks": 1, "minutes": 45}},
    {"alias": "Sen2", "seniority": "senior", "current_cadence": {"every_weeks": 1, "minutes": 45}},
    {"alias": "Mid", "seniority": "mid", "current_cadence": {"every_weeks": 1, "minutes": 30}},
    {"alias": "Hire", "flags": ["new-hire"], "current_cadence": {"every_weeks": 1, "minutes": 30}},
]


def test_current_and_planned_minutes_are_computed_per_person() -> None:
    pack = build({"people": PEOPLE})
    assert pack.load.current_minutes_per_week == 150
    # seniors 45/3 + 30/4 catch-up each, mid 30/2 + 7.5, new hire 45 weekly
    assert pack.load.planned_minutes_per_week == 22.5 + 22.5 + 22.5 + 45
    assert pack.load.budget_minutes_per_week is None
    assert not pack.load.over_budget


def test_over_budget_steps_down_senior_people_first_and_writes_the_tradeoff_as_a_risk() -> None:
    pack = build({"manager": {"budget_hours_per_week": 1.75}, "people": PEOPLE})
    assert pack.load.planned_minutes_per_week <= 105
    assert person(pack, "Sen1").adjustments, "seniors step down first"
    assert person(pack, "Hire").cadence.every_weeks == 1, "never below weekly for a new hire"
    assert not person(pack, "Mid").adjustments, "stable people only after seniors"
    assert any("Sen1" in r and "budget" in r for r in pack.risks)


def test_a_budget_below_the_floor_keeps_the_floor_and_says_so() -> None:
    pack = build({"manager": {"budget_hours_per_week": 0.5}, "people": PEOPLE})
    assert pack.load.over_budget
    assert pack.load.planned_minutes_per_week == pack.load.floor_minutes_per_week
    assert person(pack, "Hire").cadence.every_weeks == 1
    assert any("budget" in r and "floor" in r for r in pack.risks)


def test_unknown_current_cadence_is_null_and_asked_about() -> None:
    pack = build({"people": [{"alias": "A"}, {"alias": "B"}]})
    assert pack.load.current_minutes_per_week is None
    assert any("cadence today" in q and "A and B" in q for q in pack.open_questions)


def test_barbell_names_what_goes_and_what_replaces_it() -> None:
    pack = build({"people": PEOPLE, "status_home": "the Jira board"})
    removed = " ".join(pack.barbell.removed)
    assert "Sen1" in removed and "weekly, 45 min" in removed and "every 3 weeks" in removed
    assert "the Jira board" in removed
    assert pack.barbell.urgent_sla_hours <= 48
    assert pack.barbell.catch_up_every_weeks == 4
    assert set(pack.barbell.catch_up_people) == {"Sen1", "Sen2", "Mid"}
