"""calendar.ics: parsed with icalendar, expanded with recurring-ical-events, checked against
both people's working hours across the DST changes."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

import icalendar
import pytest
from tests.calendar_checks import occurrences, owner, plan_dates, problems
from tests.packs import build, context

import oneos

NEW_YORK_TEAM = [
    {"alias": "Ana", "timezone": "America/New_York", "role": "Engineer"},
    {"alias": "Ben", "timezone": "America/New_York", "flags": ["new-hire"], "tenure_weeks": 2},
    {"alias": "Cleo", "timezone": "America/New_York", "seniority": "senior"},
    {"alias": "Dev", "timezone": "Europe/London", "flags": ["strained"]},
    {"alias": "Eve", "timezone": "America/New_York", "flags": ["passed-over"]},
]


def london(hours: str = "09:00-17:00", **more: Any) -> dict[str, Any]:
    return {"timezone": "Europe/London", "working_hours": hours, "country": "GB", **more}


CASES = {
    # Starts in the three weeks when New York is only four hours behind London: a slot picked
    # from the first week alone (13:00) would fall outside New York's day from 30 March.
    "london-new-york-march": (
        {"manager": london("09:00-16:00"), "people": NEW_YORK_TEAM},
        date(2026, 3, 9),
    ),
    "london-new-york-autumn": (
        {"manager": london(no_meeting_days=["wed"]), "people": NEW_YORK_TEAM},
        date(2026, 10, 5),
    ),
    "new-york-manager-london-team": (
        {
            "manager": {"timezone": "America/New_York", "country": "US"},
            "people": [
                {"alias": "Fin", "timezone": "Europe/London"},
                {"alias": "Gia", "timezone": "Europe/London", "flags": ["new-hire"]},
                {"alias": "Hal", "timezone": "Europe/London", "seniority": "lead"},
            ],
        },
        date(2026, 2, 23),
    ),
    "berlin-bangalore-october": (
        {
            "manager": {"timezone": "Europe/Berlin", "country": "DE"},
            "people": [
                {"alias": "Ira", "timezone": "Asia/Kolkata"},
                {"alias": "Jai", "timezone": "Asia/Kolkata", "working_hours": "10:00-18:00"},
                {"alias": "Kim", "timezone": "Europe/Berlin", "seniority": "senior"},
            ],
        },
        date(2026, 10, 5),
    ),
    "manila-austin": (
        {
            "manager": {"timezone": "America/Chicago", "working_hours": "07:00-15:00"},
            "people": [{"alias": "Lu", "timezone": "Asia/Manila", "working_hours": "13:00-22:00"}],
        },
        date(2026, 2, 23),
    ),
    "auckland-honolulu": (
        {
            "manager": {"timezone": "Pacific/Auckland", "country": "NZ"},
            "people": [
                {"alias": "Mo", "timezone": "Pacific/Honolulu"},
                {"alias": "Nia", "timezone": "Pacific/Auckland"},
            ],
        },
        date(2026, 3, 30),  # New Zealand leaves summer time on 5 April
    ),
}


def ics_for(data: dict[str, Any], start: date) -> tuple[Any, bytes]:
    pack = build(data, start)
    return pack, oneos.calendar_ics(pack)


@pytest.mark.parametrize("case", list(CASES))
def test_every_occurrence_in_twelve_weeks_fits_both_working_days(case: str) -> None:
    data, start = CASES[case]
    pack, ics = ics_for(data, start)
    found = problems(context(data), pack, ics)
    assert found == [], "\n".join(p.text for p in found)
    assert all(p.slot is not None and p.slot.fits for p in pack.people)
    slot_risks = ("outside working hours", "found a free time inside", "could not be kept clear")
    assert not any(marker in r for r in pack.risks for marker in slot_risks)


@pytest.mark.parametrize("case", list(CASES))
def test_the_file_holds_exactly_the_dates_the_pack_lists(case: str) -> None:
    data, start = CASES[case]
    pack, ics = ics_for(data, start)
    expected = plan_dates(pack)
    got: dict[str, list[date]] = defaultdict(list)
    tz = pack.manager_timezone
    for occ in occurrences(ics, start, weeks=26):  # career sessions may lie past week 12
        who = owner(occ, list(expected))
        if who:
            got[who].append(occ.start.astimezone(_zone(tz)).date())
    assert {k: sorted(v) for k, v in got.items()} == expected


def _zone(name: str) -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def test_a_slot_that_moves_for_the_person_says_so() -> None:
    data, start = CASES["london-new-york-autumn"]
    pack = build(data, start)
    ben = next(p for p in pack.people if p.alias == "Ben")  # weekly: meets in the odd week
    assert ben.slot is not None and ben.slot.person_zone == "America/New_York"
    # 26–30 October: London has left summer time, New York has not; one hour later for Ben.
    back, normal = ben.slot.shifts
    assert back.since.isocalendar()[1] == date(2026, 10, 26).isocalendar()[1]
    assert normal.since >= date(2026, 11, 2)
    minutes = lambda t: t.hour * 60 + t.minute  # noqa: E731
    assert minutes(back.person_start) - minutes(ben.slot.person_start) == 60
    assert normal.person_start == ben.slot.person_start
    assert "New York from" in ben.slot.label


def test_a_meeting_longer_than_the_overlap_is_a_named_risk_never_a_silent_violation() -> None:
    data = {
        "manager": {"timezone": "Europe/Berlin", "working_hours": "11:30-19:00"},
        "people": [
            # 90 shared minutes in summer, 30 in winter: a 45-min 1:1 cannot fit every week.
            {
                "alias": "Ravi",
                "timezone": "Asia/Kolkata",
                "working_hours": "09:00-16:30",
                "seniority": "senior",
            },
        ],
    }
    pack, ics = ics_for(data, date(2026, 10, 5))
    ravi = pack.people[0]
    assert ravi.cadence.minutes > 30
    assert ravi.slot is not None and not ravi.slot.fits
    assert "outside working hours" in ravi.slot.label
    named = [r for r in pack.risks if "Ravi" in r and "30 min" in r]
    assert named and ("written check-in" in named[0] and "turns" in named[0])
    found = problems(context(data), pack, ics)
    assert found and all(p.who == {"Ravi"} for p in found)


def test_standing_one_to_ones_repeat_with_an_interval_and_split_at_reassessment() -> None:
    data, start = CASES["london-new-york-autumn"]
    _, ics = ics_for(data, start)
    calendar = icalendar.Calendar.from_ical(ics)
    intervals = {
        e["RRULE"].get("INTERVAL", [1])[0]
        for e in calendar.walk("VEVENT")
        if "-standing" in str(e["UID"]) and "RRULE" in e
    }
    assert intervals >= {1, 2, 3}
    ben = [e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("oneos-ben-standing")]
    first, second = sorted(ben, key=lambda e: e.decoded("DTSTART"))[:2]
    assert "UNTIL" in first["RRULE"]
    assert first["RRULE"]["UNTIL"][0] < second.decoded("DTSTART")
    catch_up = [e for e in calendar.walk("VEVENT") if "-catch-up-" in str(e["UID"])]
    assert catch_up and all(e["RRULE"]["INTERVAL"] == [4] for e in catch_up if "RRULE" in e)


def test_times_carry_the_managers_zone_with_a_vtimezone() -> None:
    data, start = CASES["berlin-bangalore-october"]
    _, ics = ics_for(data, start)
    calendar = icalendar.Calendar.from_ical(ics)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    for event in calendar.walk("VEVENT"):
        assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
        assert "ATTENDEE" not in event and "ORGANIZER" not in event
    assert b"\r\n" in ics and all(len(line) <= 75 for line in ics.split(b"\r\n"))


def test_holidays_the_plan_skips_are_exdates_and_moved_dates_are_their_own_events() -> None:
    data = {
        "manager": london(no_meeting_days=["tue", "wed", "thu"]),
        "people": [{"alias": f"P{i}"} for i in range(4)],
    }
    start = date(2026, 12, 21)  # Christmas (Fri), Boxing Day (Mon 28th), New Year (Fri)
    pack, ics = ics_for(data, start)
    calendar = icalendar.Calendar.from_ical(ics)
    events = calendar.walk("VEVENT")
    skipped = {d.dt.date() for e in events if "EXDATE" in e for d in _exdates(e)}
    assert skipped & {date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 1)}
    moved = [e for e in events if str(e["UID"]).count("-") > 4 and "RRULE" not in e]
    assert moved, "a moved date is an event of its own"
    assert problems(context(data), pack, ics) == []


def _exdates(event: Any) -> list[Any]:
    value = event["EXDATE"]
    lists = value if isinstance(value, list) else [value]
    return [d for item in lists for d in item.dts]


def test_uids_are_stable_across_runs_and_when_someone_joins() -> None:
    data, start = CASES["london-new-york-autumn"]
    _, first = ics_for(data, start)
    _, again = ics_for(data, start)
    assert first == again
    bigger = {**data, "people": [*data["people"], {"alias": "Zed", "timezone": "Asia/Tokyo"}]}
    _, grown = ics_for(bigger, start)

    def uids(ics: bytes) -> list[str]:
        return [str(e["UID"]) for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")]

    def series(ics: bytes) -> set[str]:
        """UIDs of whole series and one-off meetings (not of single moved dates)."""
        return {u for u in uids(ics) if not re.search(r"\d{4}-\d\d-\d\d", u)}

    assert len(uids(first)) == len(set(uids(first)))
    before, after = series(first), series(grown)
    assert before <= after
    assert all(u.startswith("oneos-zed-") for u in after - before)
    assert all(u.endswith("@oneos") and "zed" not in u for u in before)


def test_text_with_commas_semicolons_and_new_lines_round_trips() -> None:
    role = "Lead, platform; infra\\ops"
    data = {
        "manager": {"role": "Head of Eng, EMEA; interim", "timezone": "Europe/London"},
        "people": [{"alias": "O'Neil", "role": role}],
    }
    _, ics = ics_for(data, date(2026, 11, 30))
    assert b"Lead\\, platform\\; infra\\\\ops" in ics
    calendar = icalendar.Calendar.from_ical(ics)
    assert str(calendar["X-WR-CALNAME"]) == "1:1s — Head of Eng, EMEA; interim"
    standing = next(e for e in calendar.walk("VEVENT") if "standing" in str(e["UID"]))
    assert role in str(standing["DESCRIPTION"])
    assert "\n" in str(standing["DESCRIPTION"])
    assert str(standing["SUMMARY"]) == "1:1 with O'Neil"


def test_output_is_deterministic_and_stamped_from_the_plan_start() -> None:
    pack = build({"people": [{"alias": "A"}]}, date(2026, 11, 30))
    ics = oneos.calendar_ics(pack)
    stamps = {e.decoded("DTSTAMP") for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")}
    assert stamps == {datetime(2026, 11, 30, tzinfo=_zone("UTC"))}
    assert oneos.calendar_ics(build({"people": [{"alias": "A"}]}, date(2026, 11, 30))) == ics
    last = max(o.end for o in occurrences(ics, pack.start, weeks=52))
    assert last.date() < pack.start + timedelta(weeks=13)
