"""The slot search's fast parts agree with the plain way of working them out.

Merged spans, the clash counts over the start grid and the grouped stretch sums exist only for
speed, so each is checked against a direct computation over raw spans, and the best-effort
placement against a brute-force search over every start on the grid.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from oneos.calendar.intervals import (
    clash_marks,
    insert,
    merge,
    overlaps,
    stretch,
    stretches,
    subtract,
)
from oneos.calendar.overlap import Party, day_start, utc_minute, window_spans, windows_around
from oneos.calendar.slots import GRID, Board, BusyInterval, Option, Placement, Request

Spans = list[tuple[int, int]]
spans_st = st.lists(
    st.tuples(st.integers(0, 300), st.integers(0, 60)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=12,
)


def naive_overlaps(raw: Spans, start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in raw)


def naive_subtract(windows: Spans, blocked: Spans) -> Spans:
    """Free time minute by minute: each window's minutes that no blocked span covers, as runs.

    An empty span (a zero-length busy event) covers no minute but still splits a run, as
    `intervals` says it does: a meeting may not run across it."""
    taken = {minute for a, b in blocked for minute in range(a, b)}
    points = {a for a, b in blocked if a == b}
    out: Spans = []
    for start, end in windows:
        run: list[int] | None = None
        for minute in range(start, end):
            if run is not None and (minute in taken or minute in points):
                out.append((run[0], run[1]))
                run = None
            if minute in taken:
                continue
            if run is None:
                run = [minute, minute + 1]
            else:
                run[1] = minute + 1
        if run is not None:
            out.append((run[0], run[1]))
    return out


@given(spans_st, st.integers(-20, 320), st.integers(1, 90))
def test_merged_spans_answer_overlap_questions_like_the_raw_ones(
    raw: Spans, start: int, minutes: int
) -> None:
    assert overlaps(merge(raw), start, start + minutes) == naive_overlaps(
        raw, start, start + minutes
    )


@given(spans_st, spans_st)
def test_inserting_one_by_one_equals_merging_at_once(first: Spans, more: Spans) -> None:
    merged = merge(first)
    for span in more:
        insert(merged, span)
    assert merged == merge(first + more)


@given(spans_st, st.lists(st.tuples(st.integers(0, 150), st.integers(1, 150)), max_size=3))
@example([(1, 1)], [(0, 2)])  # a zero-length busy event splits the window
@example([(3, 3), (0, 3)], [(0, 6)])  # and touching a span it splits nothing more
@settings(max_examples=500)
def test_free_time_is_the_same_from_merged_spans(raw: Spans, parts: list[tuple[int, int]]) -> None:
    windows, at = [], 0
    for gap, length in parts:  # disjoint windows in order, as the search has them
        windows.append((at + gap, at + gap + length))
        at += gap + length
    assert subtract(windows, merge(raw)) == naive_subtract(windows, raw)


@given(spans_st, st.integers(-100, 100), st.integers(1, 90), st.sampled_from([5, 15]))
def test_clash_marks_are_the_grid_starts_that_clash(
    raw: Spans, base: int, minutes: int, step: int
) -> None:
    count = 30
    marks = clash_marks(merge(raw), base, minutes, step, count)
    marked = {n for first, last in marks for n in range(first, last + 1)}
    expected = {
        n for n in range(count) if naive_overlaps(raw, base + n * step, base + n * step + minutes)
    }
    assert marked == expected


@given(
    st.lists(st.tuples(st.integers(0, 200), st.integers(1, 200)), max_size=3),
    st.lists(st.integers(-50, 400), max_size=20),
    st.integers(1, 90),
)
def test_stretches_at_many_starts_match_one_at_a_time(
    raw: list[tuple[int, int]], starts: list[int], minutes: int
) -> None:
    windows = tuple((a, a + n) for a, n in raw)
    assert stretches(windows, starts, minutes) == [stretch(windows, s, s + minutes) for s in starts]


# -- the best-effort placement against a brute-force search --------------------------------

ZONES = ["UTC", "Europe/London", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"]
ZONES += ["Asia/Jerusalem", "Africa/Cairo"]  # clock changes on a weekday
MONDAYS = [date(2026, 3, 16), date(2026, 3, 23), date(2026, 4, 20), date(2026, 10, 26)]


def brute_force(board: Board, request: Request, options: list[Option]) -> tuple[Option, int]:
    """Every grid start of every option, judged by the whole key one at a time."""
    best: tuple[tuple[int, ...], Option, int] | None = None
    longest = max(m for o in options for _, m in o.occurrences)
    person = request.person
    zone = board.manager.zone
    for position, option in enumerate(options):
        full = sum(board._full(request, day) for day, _ in option.occurrences)
        for s in range(0, 24 * 60 - longest + 1, GRID):
            clashes = mine = yours = 0
            for day, minutes in option.occurrences:
                u = utc_minute(zone, day, s)
                own = window_spans(board.manager, None, day)
                mine += stretch(own, u, u + minutes)
                if person is not None:
                    theirs = tuple((w.start, w.end) for w in windows_around(person, day))
                    yours += stretch(theirs, u, u + minutes)
                clashes += naive_overlaps(board._blocked(day), u, u + minutes)
            key = (clashes, full, mine + yours, max(mine, yours), position, s)
            if best is None or key < best[0]:
                best = (key, option, s)
    assert best is not None
    return best[1], best[2]


@st.composite
def boards(draw: st.DrawFn) -> tuple[Board, Request, list[Option]]:
    def party() -> Party:
        start = draw(st.integers(6 * 4, 12 * 4)) * 15
        return Party(draw(st.sampled_from(ZONES)), start, start + draw(st.integers(16, 40)) * 15)

    manager = party()
    monday = draw(st.sampled_from(MONDAYS))
    busy = []
    for _ in range(draw(st.integers(0, 25))):
        begin = datetime(monday.year, monday.month, monday.day, tzinfo=UTC) + timedelta(
            minutes=draw(st.integers(0, 5 * 24 * 60 * 3)) // 5 * 5
        )
        busy.append(
            BusyInterval(begin, begin + timedelta(minutes=draw(st.sampled_from([0, 30, 90]))))
        )
    board = Board(manager, max_one_on_ones=draw(st.integers(1, 3)), busy=busy)

    def option(rank: int) -> Option:
        weekday = draw(st.integers(0, 4))
        weeks = draw(st.lists(st.integers(0, 5), min_size=1, max_size=4, unique=True))
        minutes = draw(st.sampled_from([30, 45, 60]))
        days = tuple((monday + timedelta(weeks=w, days=weekday), minutes) for w in sorted(weeks))
        return Option(days, rank, (weekday, rank))

    for n in range(draw(st.integers(0, 12))):
        person = party() if draw(st.booleans()) else None
        board.place(Request(f"p{n}", person, (option(0), option(1)), one_on_one=person is not None))
    person = party() if draw(st.booleans()) else None
    request = Request("last", person, (), one_on_one=person is not None)
    return board, request, [option(rank) for rank in range(draw(st.integers(1, 4)))]


@settings(max_examples=150, deadline=None)
@given(boards())
def test_the_best_effort_placement_is_the_brute_force_best(
    case: tuple[Board, Request, list[Option]],
) -> None:
    board, request, options = case
    placed: Placement = board._stretched(request, options)
    assert (placed.option, placed.start) == brute_force(board, request, options)


def test_a_date_with_a_clock_change_uses_the_real_clock() -> None:
    # Jerusalem moves its clocks on Friday 27 March 2026: that day is 23 hours long.
    friday = date(2026, 3, 27)
    assert not day_start("Asia/Jerusalem", friday)[1]
    board = Board(Party("Asia/Jerusalem", 9 * 60, 10 * 60), max_one_on_ones=1)
    board.place(Request("a", None, (Option(((friday, 60),)),), one_on_one=True))
    request = Request("b", None, (Option(((friday, 60),)),), one_on_one=True)
    expected = brute_force(board, request, list(request.options))
    placed = board.place(request)
    assert not placed.fits and (placed.option, placed.start) == expected
