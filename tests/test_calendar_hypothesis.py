"""Random zones, hours and rosters: a valid schedule, or a risk naming whoever did not fit."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.calendar_checks import problems
from tests.packs import context

import oneos

ZONES = [
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Helsinki",
    "Europe/Lisbon",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/St_Johns",  # -3:30
    "America/Sao_Paulo",
    "Pacific/Honolulu",
    "Pacific/Auckland",
    "Pacific/Chatham",  # +12:45
    "Pacific/Kiritimati",  # +14
    "Asia/Kolkata",  # +5:30
    "Asia/Kathmandu",  # +5:45
    "Asia/Manila",
    "Asia/Tokyo",
    "Asia/Dubai",
    "Australia/Adelaide",  # +9:30 / +10:30
    "Australia/Sydney",
    "Australia/Perth",
    "Africa/Lagos",
    "Africa/Nairobi",
]
NAMES = ["Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ida", "Jo", "Kit", "Lu"]
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]


@st.composite
def hours(draw: st.DrawFn) -> str:
    start = draw(st.integers(5 * 4, 13 * 4)) * 15
    length = draw(st.integers(3 * 4, 10 * 4)) * 15
    end = min(start + length, 24 * 60 - 1)
    return f"{start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"


@st.composite
def teams(draw: st.DrawFn) -> dict[str, Any]:
    manager: dict[str, Any] = {"timezone": draw(st.sampled_from(ZONES))}
    if draw(st.booleans()):
        manager["working_hours"] = draw(hours())
    manager["no_meeting_days"] = draw(st.lists(st.sampled_from(WEEKDAYS), max_size=2, unique=True))
    manager["max_one_on_ones_per_day"] = draw(st.integers(2, 5))
    people = []
    for name in NAMES[: draw(st.integers(1, 12))]:
        person: dict[str, Any] = {"alias": name, "timezone": draw(st.sampled_from(ZONES))}
        if draw(st.booleans()):
            person["working_hours"] = draw(hours())
        if draw(st.integers(0, 3)) == 0:
            person["flags"] = [draw(st.sampled_from(["new-hire", "strained", "senior"]))]
        people.append(person)
    data: dict[str, Any] = {"manager": manager, "people": people}
    if draw(st.integers(0, 3)) == 0:
        data["skip_level"] = {"population": draw(st.integers(1, 20))}
    return data


def named(alias: str, risks: tuple[str, ...]) -> bool:
    return any(re.search(rf"\b{re.escape(alias)}\b", r) for r in risks)


@given(teams(), st.integers(0, 51))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_person_fits_or_is_named_in_a_risk(data: dict[str, Any], week: int) -> None:
    start = date(2026, 1, 5) + timedelta(weeks=week)
    ctx = context(data)
    pack = oneos.build_pack(ctx, start)
    ics = oneos.calendar_ics(pack)
    markers = ("outside working hours", "found a free time inside", "could not be kept clear")
    slot_risks = tuple(r for r in pack.risks if any(m in r for m in markers))
    for person in pack.people:
        assert person.slot is not None
        if not person.slot.fits:
            assert named(person.alias, slot_risks), (person.alias, person.slot.label)
    for problem in problems(ctx, pack, ics):
        people = problem.who - {""}
        if people:
            assert any(named(a, slot_risks) for a in people), problem.text
        else:  # the manager's own sessions: skip-levels or the pilot review
            assert any("skip-level" in r or "pilot review" in r for r in pack.risks), problem.text
