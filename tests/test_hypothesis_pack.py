"""Any valid context yields a complete pack: every person scheduled, load within budget."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import oneos
from oneos.model.context import FLAG_MEANINGS
from oneos.model.validation import parse_context
from oneos.render.markdown import render_markdown

ZONES = ["UTC", "Europe/London", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "PST"]
FLAGS = list(FLAG_MEANINGS)


@st.composite
def contexts(draw: st.DrawFn) -> dict[str, Any]:
    count = draw(st.integers(1, 14))
    people = []
    for i in range(count):
        person: dict[str, Any] = {"alias": f"P{i}"}
        if draw(st.booleans()):
            person["flags"] = draw(st.lists(st.sampled_from(FLAGS), max_size=3, unique=True))
        if draw(st.booleans()):
            person["seniority"] = draw(st.sampled_from(["junior", "mid", "senior", "lead"]))
        if draw(st.booleans()):
            person["timezone"] = draw(st.sampled_from(ZONES))
        if draw(st.booleans()):
            person["tenure_weeks"] = draw(st.integers(0, 300))
        if draw(st.booleans()):
            person["current_cadence"] = {
                "every_weeks": draw(st.integers(1, 4)),
                "minutes": draw(st.sampled_from([15, 30, 45, 60])),
            }
        people.append(person)
    data: dict[str, Any] = {"people": people}
    manager: dict[str, Any] = {}
    if draw(st.booleans()):
        manager["budget_hours_per_week"] = draw(st.floats(0.25, 20)).__round__(2)
    if draw(st.booleans()):
        manager["experience"] = draw(st.sampled_from(["first-time", "new-to-team", "experienced"]))
    if draw(st.booleans()):
        manager["no_meeting_days"] = draw(
            st.lists(st.sampled_from(["mon", "tue", "wed", "thu", "fri"]), max_size=4, unique=True)
        )
    data["manager"] = manager
    if draw(st.booleans()):
        data["skip_level"] = {"population": draw(st.integers(1, 300))}
    if draw(st.booleans()):
        data["events"] = [
            {
                "kind": draw(st.sampled_from(["layoffs", "reorg", "incident"])),
                "date": str(date(2026, 11, 30) - timedelta(days=draw(st.integers(-30, 200)))),
            }
        ]
    data["pilot"] = {"weeks": draw(st.integers(2, 4))}
    return data


@given(contexts(), st.integers(0, 60))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_valid_context_yields_a_complete_pack(data: dict[str, Any], weeks: int) -> None:
    start = date(2026, 1, 5) + timedelta(weeks=weeks)
    context = parse_context(data)
    pack = oneos.build_pack(context, start)
    assert len(pack.people) == len(context.people)
    for person in pack.people:
        assert person.meetings, person.alias
        assert person.first_meeting >= start
        assert person.cadence.every_weeks >= 1
    load = pack.load
    if (
        load.budget_minutes_per_week is not None
        and load.floor_minutes_per_week <= load.budget_minutes_per_week
    ):
        assert load.planned_minutes_per_week <= load.budget_minutes_per_week + 0.05
    assert pack.risks and pack.open_questions and pack.next_steps and pack.assumptions
    assert len(pack.pilot.schedule) == context.pilot.weeks
    text = render_markdown(pack)
    for number in range(1, 9):
        assert f"\n## {number}. " in text
