"""The slot search on its own: one time that fits every date, or an honest best effort."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta

from oneos.calendar.overlap import Party
from oneos.calendar.slots import Board, BusyInterval, Option, Request

LONDON = Party("Europe/London")
NEW_YORK = Party("America/New_York")
MONDAY = date(2026, 3, 2)


def weekly(weekday: int, weeks: int, minutes: int = 30, start: date = MONDAY) -> Option:
    days = tuple((start + timedelta(weeks=w, days=weekday), minutes) for w in range(weeks))
    return Option(days, rank=weekday, tag=weekday)


def week_options(weeks: int = 8, minutes: int = 30) -> tuple[Option, ...]:
    return tuple(weekly(d, weeks, minutes) for d in range(5))


def test_the_slot_fits_every_date_not_just_the_first() -> None:
    # Week 1 starts in the US-only DST gap (13:00–15:00 London is shared); from 30 March only
    # 14:00–15:00 is. A 45-min meeting must sit at 14:00 to fit all weeks.
    board = Board(Party("Europe/London", 9 * 60, 15 * 60))
    request = Request("ana", NEW_YORK, (weekly(0, 6, 45, date(2026, 3, 9)),))
    placed = board.place(request)
    assert placed.fits
    assert placed.start_time == time(14, 0)


def test_no_two_meetings_at_once_and_spread_over_the_week() -> None:
    board = Board(LONDON, max_one_on_ones=3)
    placed = [
        board.place(Request(f"p{i}", NEW_YORK, week_options(), spread=True)) for i in range(10)
    ]
    assert all(p.fits for p in placed)
    spans = sorted((s, e) for _, s, e, _ in board.bookings())
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    days = [p.option.tag for p in placed]
    assert sorted(days.count(d) for d in range(5)) == [2, 2, 2, 2, 2]


def test_the_daily_limit_holds_and_an_overflow_is_flagged_not_hidden() -> None:
    board = Board(LONDON, max_one_on_ones=2)
    only_monday = (weekly(0, 4),)
    first, second, third = (board.place(Request(f"p{i}", LONDON, only_monday)) for i in range(3))
    assert first.fits and second.fits
    assert not third.fits and len(third.clashes) == 4
    assert max(board.one_on_ones(d) for d, _ in only_monday[0].occurrences) == 3
    # Even over the limit it is not double-booked.
    spans = sorted((s, e) for _, s, e, _ in board.bookings())
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_no_overlap_at_all_gives_a_labelled_best_effort_shared_fairly() -> None:
    auckland = Party("Pacific/Auckland")
    board = Board(LONDON)
    placed = board.place(Request("kai", auckland, week_options(4)))
    assert not placed.fits and placed.shared == 0
    assert placed.manager_outside and placed.person_outside, "both stretch a little"
    assert not placed.clashes


def test_busy_times_are_avoided() -> None:
    busy = [
        BusyInterval(
            datetime(2026, 3, 2, 9, tzinfo=UTC) + timedelta(days=d),
            datetime(2026, 3, 2, 15, tzinfo=UTC) + timedelta(days=d),
        )
        for d in range(40)
    ]
    board = Board(LONDON, busy=busy)
    placed = board.place(Request("bo", LONDON, week_options(4)))
    assert placed.fits and placed.start_time >= time(15, 0)


def test_release_frees_a_date_for_a_one_off() -> None:
    board = Board(Party("UTC", 9 * 60, 10 * 60), max_one_on_ones=1)
    series = board.place(Request("bo/standing", Party("UTC"), (weekly(0, 2, 60),)))
    day = series.option.occurrences[0][0]
    board.release("bo/standing", day)
    one_off = board.place(Request("bo/listening", Party("UTC"), (Option(((day, 60),)),)))
    assert one_off.fits and one_off.start_time == time(9, 0)


def test_odd_offsets_get_quarter_hour_starts_inside_the_window() -> None:
    board = Board(LONDON)
    placed = board.place(Request("ram", Party("Asia/Kathmandu"), week_options(4, 45)))
    assert placed.fits
    assert placed.start % 15 == 0 and placed.start + 45 <= 11 * 60 + 15


def test_the_search_is_deterministic() -> None:
    def run() -> list[tuple[object, int]]:
        board = Board(LONDON)
        return [
            (p.option.tag, p.start)
            for p in (
                board.place(Request(f"p{i}", NEW_YORK, week_options(), spread=True))
                for i in range(6)
            )
        ]

    assert run() == run()
