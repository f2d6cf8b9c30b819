"""Shared working hours of two people on a date: DST, the date line, odd offsets."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from oneos.calendar.overlap import (
    Party,
    Window,
    shared_minutes,
    shared_windows,
    stretch,
    utc_minute,
    wall_minute,
)
from oneos.model.context import working_hours


def party(zone: str, hours: str = "09:00-17:00") -> Party:
    return Party.of(zone, working_hours(hours))


def local(windows: tuple[Window, ...], zone: str) -> list[tuple[str, str]]:
    """Each window as ('Mon 14:00', 'Mon 17:00') in a zone."""
    out = []
    for w in windows:
        a, b = w.local(zone)
        out.append((f"{a:%a %H:%M}", f"{b:%a %H:%M}"))
    return out


LONDON, NEW_YORK = party("Europe/London"), party("America/New_York")


@pytest.mark.parametrize(
    ("day", "london", "new_york"),
    [
        (date(2026, 3, 2), ("Mon 14:00", "Mon 17:00"), ("Mon 09:00", "Mon 12:00")),
        # 8 Mar: the US moves its clocks; the UK waits until 29 Mar, so for three weeks
        # New York is only four hours behind.
        (date(2026, 3, 9), ("Mon 13:00", "Mon 17:00"), ("Mon 09:00", "Mon 13:00")),
        (date(2026, 3, 27), ("Fri 13:00", "Fri 17:00"), ("Fri 09:00", "Fri 13:00")),
        (date(2026, 3, 30), ("Mon 14:00", "Mon 17:00"), ("Mon 09:00", "Mon 12:00")),
        # 25 Oct: the UK moves back; the US follows on 1 Nov.
        (date(2026, 10, 23), ("Fri 14:00", "Fri 17:00"), ("Fri 09:00", "Fri 12:00")),
        (date(2026, 10, 26), ("Mon 13:00", "Mon 17:00"), ("Mon 09:00", "Mon 13:00")),
        (date(2026, 11, 2), ("Mon 14:00", "Mon 17:00"), ("Mon 09:00", "Mon 12:00")),
    ],
)
def test_london_new_york_follows_both_dst_changes(
    day: date, london: tuple[str, str], new_york: tuple[str, str]
) -> None:
    windows = shared_windows(LONDON, NEW_YORK, day)
    assert local(windows, "Europe/London") == [london]
    assert local(windows, "America/New_York") == [new_york]


def test_berlin_bangalore_gains_an_hour_in_summer() -> None:
    berlin, bangalore = party("Europe/Berlin"), party("Asia/Kolkata")
    # India has no DST: 3.5 hours apart in summer, 4.5 in winter.
    summer = shared_windows(berlin, bangalore, date(2026, 10, 23))
    winter = shared_windows(berlin, bangalore, date(2026, 10, 26))
    assert local(summer, "Europe/Berlin") == [("Fri 09:00", "Fri 13:30")]
    assert local(winter, "Europe/Berlin") == [("Mon 09:00", "Mon 12:30")]
    assert local(winter, "Asia/Kolkata") == [("Mon 13:30", "Mon 17:00")]


def test_manila_austin_overlap_exists_only_at_the_edges_of_the_day() -> None:
    austin = party("America/Chicago", "07:00-15:00")
    manila = party("Asia/Manila", "13:00-22:00")
    before = shared_windows(austin, manila, date(2026, 3, 6))
    after = shared_windows(austin, manila, date(2026, 3, 9))
    assert local(before, "America/Chicago") == [("Fri 07:00", "Fri 08:00")]
    assert local(before, "Asia/Manila") == [("Fri 21:00", "Fri 22:00")]
    assert local(after, "America/Chicago") == [("Mon 07:00", "Mon 09:00")]
    assert shared_windows(party("America/Chicago"), party("Asia/Manila"), date(2026, 3, 9)) == ()


def test_auckland_honolulu_meet_on_different_weekdays_across_the_date_line() -> None:
    auckland, honolulu = party("Pacific/Auckland"), party("Pacific/Honolulu")
    # Auckland's Monday is Honolulu's Sunday: nobody is working.
    assert shared_windows(auckland, honolulu, date(2026, 1, 5)) == ()
    tuesday = shared_windows(auckland, honolulu, date(2026, 1, 6))
    assert local(tuesday, "Pacific/Auckland") == [("Tue 09:00", "Tue 16:00")]
    assert local(tuesday, "Pacific/Honolulu") == [("Mon 10:00", "Mon 17:00")]
    # New Zealand winter: an hour less.
    july = shared_windows(auckland, honolulu, date(2026, 7, 7))
    assert local(july, "Pacific/Auckland") == [("Tue 09:00", "Tue 15:00")]
    # Honolulu's Friday is Auckland's Saturday: the manager's Friday meets their Thursday.
    friday = shared_windows(auckland, honolulu, date(2026, 1, 9))
    assert local(friday, "Pacific/Honolulu") == [("Thu 10:00", "Thu 17:00")]


def test_half_and_three_quarter_hour_offsets() -> None:
    london, kathmandu = party("Europe/London"), party("Asia/Kathmandu")
    windows = shared_windows(london, kathmandu, date(2026, 1, 13))
    assert local(windows, "Europe/London") == [("Tue 09:00", "Tue 11:15")]
    assert shared_minutes(london, kathmandu, date(2026, 1, 13)) == 135
    adelaide = party("Australia/Adelaide")  # +10:30 in January
    windows = shared_windows(party("Asia/Tokyo"), adelaide, date(2026, 1, 13))
    assert local(windows, "Asia/Tokyo") == [("Tue 09:00", "Tue 15:30")]


def test_a_window_that_crosses_midnight_utc() -> None:
    sydney, auckland = party("Australia/Sydney"), party("Pacific/Auckland")
    windows = shared_windows(sydney, auckland, date(2026, 1, 13))
    assert len(windows) == 1
    start, end = windows[0].utc()
    assert (start.date(), end.date()) == (date(2026, 1, 12), date(2026, 1, 13))
    assert (start.hour, end.hour) == (22, 4)
    assert local(windows, "Australia/Sydney") == [("Tue 09:00", "Tue 15:00")]


def test_long_days_can_overlap_twice() -> None:
    manager = party("UTC", "00:00-24:00")
    person = party("Pacific/Kiritimati", "06:00-20:00")  # UTC+14
    windows = shared_windows(manager, person, date(2026, 1, 13))
    # Their Tuesday evening and their Wednesday morning both fall on the manager's Tuesday.
    assert local(windows, "Pacific/Kiritimati") == [
        ("Tue 14:00", "Tue 20:00"),
        ("Wed 06:00", "Wed 13:59"),
    ]


def test_days_off_have_no_window() -> None:
    assert shared_windows(LONDON, NEW_YORK, date(2026, 3, 7)) == ()  # a Saturday


def test_stretch_counts_the_minutes_outside_the_nearest_window() -> None:
    window = Window(600, 1080)
    assert stretch((window,), 600, 630) == 0
    assert stretch((window,), 570, 630) == 30
    assert stretch((window,), 1070, 1100) == 20
    assert stretch((), 0, 30) > 24 * 60


def test_windows_match_zoneinfo_directly() -> None:
    """Cross-check against a plain datetime computation on a DST-change Monday."""
    from zoneinfo import ZoneInfo

    day = date(2026, 3, 30)
    windows = shared_windows(LONDON, NEW_YORK, day)
    start = datetime.combine(day, time(9), tzinfo=ZoneInfo("America/New_York"))
    end = datetime.combine(day, time(17), tzinfo=ZoneInfo("Europe/London"))
    assert windows[0].utc() == (start.astimezone(ZoneInfo("UTC")), end.astimezone(ZoneInfo("UTC")))
    assert windows[0].minutes == (end - start) // timedelta(minutes=1)


@pytest.mark.parametrize(
    "zone_name", ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu"]
)
def test_utc_minute_matches_the_plain_wall_clock_arithmetic(zone_name: str) -> None:
    # utc_minute builds the local time in one call; it must agree with midnight plus the
    # minutes, read in the zone, on and around clock changes and past either midnight.
    def plain(day: date, minute: int) -> int:
        wall = datetime(day.year, day.month, day.day) + timedelta(minutes=minute)
        return int(wall.replace(tzinfo=ZoneInfo(zone_name)).timestamp()) // 60

    for first in (date(2026, 3, 7), date(2026, 3, 28), date(2026, 10, 3), date(2026, 10, 31)):
        for day in (first + timedelta(days=n) for n in range(3)):
            for minute in range(-90, 1531, 7):
                assert utc_minute(zone_name, day, minute) == plain(day, minute)
            for minute in range(0, 1441, 15):
                assert wall_minute(zone_name, day, minute) == plain(day, minute)
