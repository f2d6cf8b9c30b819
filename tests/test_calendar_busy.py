"""--busy: a calendar export's busy times, repeats expanded, kept clear by the slot search."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from tests.calendar_checks import occurrences, problems
from tests.packs import build, context

import oneos
from oneos.calendar.busy import busy_intervals
from oneos.calendar.slots import BusyInterval
from oneos.errors import InputError

DATA = Path(__file__).parent / "data" / "calendar"
BUSY = DATA / "busy-london.ics"
START = date(2026, 11, 30)
LONDON = ZoneInfo("Europe/London")
TEAM = {
    "manager": {"timezone": "Europe/London", "country": "GB"},
    "people": [
        {"alias": "Ama", "flags": ["new-hire"], "tenure_weeks": 1},
        {"alias": "Bo"},
        {"alias": "Cy", "timezone": "America/New_York"},
        {"alias": "Di", "seniority": "senior"},
        {"alias": "Ed", "flags": ["strained"]},
    ],
}


def busy() -> tuple[BusyInterval, ...]:
    return oneos.read_busy(BUSY, START, "Europe/London")


def test_repeats_are_expanded_and_exceptions_honoured() -> None:
    found = busy()
    mornings = [b for b in found if b.start.astimezone(LONDON).hour == 9]
    days = {b.start.astimezone(LONDON).date() for b in mornings}
    assert date(2026, 11, 30) in days and date(2026, 12, 2) in days
    assert date(2026, 12, 1) not in days, "EXDATE removes that Tuesday"
    assert all(b.start.weekday() < 4 for b in mornings), "BYDAY=MO,TU,WE,TH"
    assert len(days) >= 4 * 11


def test_free_all_day_cancelled_and_own_events_are_not_busy() -> None:
    found = busy()
    starts = {b.start.astimezone(LONDON).replace(tzinfo=None) for b in found}
    assert datetime(2026, 11, 30, 13) not in starts, "TRANSP:TRANSPARENT is free"
    assert datetime(2026, 12, 8, 13) not in starts, "STATUS:CANCELLED is free"
    assert datetime(2026, 11, 30, 15) not in starts, "an earlier oneos import is replaced"
    assert all(b.end - b.start < (datetime(2, 1, 2) - datetime(2, 1, 1)) for b in found)
    lunch = [b for b in found if b.start.astimezone(LONDON).hour == 12]
    assert lunch and all(b.start.utcoffset() == LONDON.utcoffset(b.start) for b in lunch)


def test_slots_keep_clear_of_every_busy_time() -> None:
    free = build(TEAM, START)
    booked = oneos.build_pack(context(TEAM), START, busy=busy())
    before = {p.alias: p.slot.start for p in free.people if p.slot}
    after = {p.alias: p.slot.start for p in booked.people if p.slot}
    assert before != after, "the busy mornings move the slots"
    ics = oneos.calendar_ics(booked)
    taken = busy()
    for occ in occurrences(ics, START, weeks=26):
        for b in taken:
            assert not (b.start < occ.end and occ.start < b.end), (occ.summary, occ.start)
    assert problems(context(TEAM), booked, ics) == []
    assert all(p.slot is not None and p.slot.fits for p in booked.people)


def test_a_calendar_with_no_free_time_gives_a_named_risk(tmp_path: Path) -> None:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//full//EN",
        "BEGIN:VEVENT",
        "UID:wall@example.com",
        "DTSTAMP:20260101T000000Z",
        "DTSTART:20261130T080000Z",
        "DTEND:20261130T180000Z",
        "RRULE:FREQ=DAILY",
        "SUMMARY:Back to back",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    path = tmp_path / "full.ics"
    path.write_text("\r\n".join(lines) + "\r\n")
    data = {"manager": {"timezone": "UTC"}, "people": [{"alias": "Flo"}]}
    pack = oneos.build_pack(context(data), START, busy=oneos.read_busy(path, START))
    flo = pack.people[0]
    assert flo.slot is not None and not flo.slot.fits
    assert any("Flo" in risk for risk in pack.risks)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is not a calendar", "not a readable iCalendar file"),
        (b"BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n", "has no VCALENDAR"),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261130T090000Z\r\n"
            b"RRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "broken",
        ),
    ],
)
def test_bad_files_name_the_file_and_the_fix(content: bytes, message: str) -> None:
    with pytest.raises(InputError) as raised:
        busy_intervals(content, start=START, source="--busy: mine.ics")
    text = str(raised.value)
    assert text.startswith("--busy: mine.ics:") and message in text
    assert "export the calendar again" in text


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        oneos.read_busy(tmp_path / "nope.ics", START)
