"""The slot search: one start time per meeting series that fits every date it falls on.

A `Board` holds the manager's week as it fills up. Each `Request` offers options (a weekday and
phase for a standing 1:1, nearby days for a one-off); the board picks the option and start time
that sit inside both people's working hours on *every* date, clear of busy times and of the
meetings already placed, within the daily limit of 1:1s. When nothing fits, it still places the
meeting where it stretches working hours least, and says so: a placement never hides a problem.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import date, datetime, time
from functools import lru_cache, partial
from itertools import accumulate

from oneos.calendar.intervals import (
    Span,
    clash_marks,
    insert,
    intersect,
    merge,
    overlaps,
    stretch,
    stretches,
    subtract,
)
from oneos.calendar.overlap import (
    DAY,
    Party,
    clock,
    day_start,
    local_grid,
    longest_window,
    minutes_of,
    spans,
    wall_minute,
    window_spans,
    windows_around,
)
from oneos.model.base import Record, replace

GRID = 15  # start times on the quarter hour when the windows allow it
FALLBACK_OPTIONS = 6  # options a stretched search looks at (the least crowded ones)


class BusyInterval(Record, frozen=True):
    """A time the manager is already busy (from their calendar export): aware datetimes."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("busy intervals need time-zone-aware datetimes")


class Option(Record, frozen=True):
    """One way to place a request: its manager-local dates with the minutes on each."""

    occurrences: tuple[tuple[date, int], ...]
    rank: int = 0
    tag: Hashable = None


class Request(Record, frozen=True):
    """A meeting (series) to place; `person` is None for the manager's own sessions."""

    who: str
    person: Party | None
    options: tuple[Option, ...]
    one_on_one: bool = True
    spread: bool = False  # True: least crowded days first; False: the options' order first


class Placement(Record, frozen=True):
    """Where a request landed, and every way it falls short (empty tuples: it fits)."""

    option: Option
    start: int  # minute of the day, manager-local
    manager_outside: tuple[date, ...] = ()
    person_outside: tuple[date, ...] = ()
    clashes: tuple[date, ...] = ()
    shared: int = 0  # the shortest shared working window over the dates, in minutes

    @property
    def fits(self) -> bool:
        return not (self.manager_outside or self.person_outside or self.clashes)

    @property
    def start_time(self) -> time:
        return clock(self.start)


class _Booking(Record, frozen=True):
    start: int
    end: int
    who: str
    one_on_one: bool


class Board:
    """The manager's calendar as meetings are placed on it, in order."""

    def __init__(
        self, manager: Party, *, max_one_on_ones: int = 3, busy: Iterable[BusyInterval] = ()
    ) -> None:
        self.manager = manager
        self.max_one_on_ones = max_one_on_ones
        self._busy: dict[int, list[tuple[int, int]]] = {}
        self._booked: dict[date, list[_Booking]] = {}
        self._ones: dict[date, int] = {}  # 1:1s booked per date (a dict: Counter's misses are slow)
        # Each date's taken time (busy and booked) as merged spans, kept up to date on booking,
        # and the free time left in each working window that date (dropped on booking).
        self._taken: dict[date, list[Span]] = {}
        self._free_at: dict[date, dict[Party | None, list[Span]]] = {}
        for interval in busy:
            lo, hi = minutes_of(interval.start), -(-int(interval.end.timestamp()) // 60)
            for bucket in range(lo // DAY, (hi - 1) // DAY + 1):
                self._busy.setdefault(bucket, []).append((lo, hi))

    # -- reading the board ------------------------------------------------------------------

    def bookings(self) -> list[tuple[date, int, int, str]]:
        """Every placed meeting: (date, UTC start minute, UTC end minute, who)."""
        return [(d, b.start, b.end, b.who) for d, day in sorted(self._booked.items()) for b in day]

    def one_on_ones(self, day: date) -> int:
        return self._ones.get(day, 0)

    def _blocked(self, day: date) -> list[Span]:
        taken = self._taken.get(day)
        if taken is None:
            first, _ = day_start(self.manager.zone, day)
            last = first + DAY + 120
            raw = [
                span
                for bucket in range(first // DAY, last // DAY + 1)
                for span in self._busy.get(bucket, ())
                if span[1] > first and span[0] < last
            ]
            raw.extend((b.start, b.end) for b in self._booked.get(day, ()))
            taken = self._taken[day] = merge(raw)
        return taken

    def _free(self, person: Party | None, day: date) -> list[Span]:
        known = self._free_at.setdefault(day, {})
        free = known.get(person)
        if free is None:
            windows = window_spans(self.manager, person, day)
            free = known[person] = subtract(windows, self._blocked(day))
        return free

    def _utc(self, day: date, start: int) -> int:
        """The UTC minute of a manager-local start minute on `day`."""
        return wall_minute(self.manager.zone, day, start)

    def _full(self, request: Request, day: date) -> bool:
        return request.one_on_one and self._ones.get(day, 0) >= self.max_one_on_ones

    # -- the search -------------------------------------------------------------------------

    def _starts(self, request: Request, day: date, minutes: int) -> list[tuple[int, int]]:
        """Manager-local start minutes (inclusive ranges) that fit on `day`, clear of all."""
        if self._full(request, day):
            return []
        free = self._free(request.person, day)
        base, even = day_start(self.manager.zone, day)
        if even:
            return [(a - base, b - minutes - base) for a, b in free if b - a >= minutes]
        # A day with a clock change: test each 5-minute start on the real clock.
        out: list[tuple[int, int]] = []
        starts = local_grid(self.manager.zone, day, 5)
        for s in range(0, DAY - minutes + 1, 5):
            u = starts[s // 5]
            if any(a <= u and u + minutes <= b for a, b in free):
                if out and out[-1][1] == s - 5:
                    out[-1] = (out[-1][0], s)
                else:
                    out.append((s, s))
        return out

    def _feasible(self, request: Request, option: Option) -> list[tuple[int, int]]:
        ranges: list[tuple[int, int]] = [(0, DAY - 1)]
        for day, minutes in option.occurrences:
            ranges = intersect(ranges, self._starts(request, day, minutes))
            if not ranges:
                break
        return ranges

    def _fits_exactly(self, request: Request, option: Option, start: int) -> bool:
        for day, minutes in option.occurrences:
            if self._full(request, day):
                return False
            u = self._utc(day, start)
            if not any(a <= u and u + minutes <= b for a, b in self._free(request.person, day)):
                return False
        return True

    def _crowd(self, option: Option) -> tuple[int, int]:
        ones = self._ones
        counts = [ones.get(d, 0) for d, _ in option.occurrences]
        return max(counts, default=0), sum(counts)

    def _order(self, request: Request) -> list[Option]:
        def key(option: Option) -> tuple[int, ...]:
            crowd, spread = self._crowd(option)
            if request.spread:
                return (crowd, spread, option.rank)
            return (option.rank, crowd, spread)

        return sorted(request.options, key=key)

    def place(self, request: Request) -> Placement:
        """Place a request on the board and book it; see the module docstring for the rules."""
        if not request.options:
            raise ValueError(f"{request.who}: a request needs at least one option")
        usable = [o for o in request.options if o.occurrences]
        if not usable:  # no open date at all: nothing to book, nothing to clash with
            return Placement(request.options[0], self.manager.start)
        ordered = self._order(replace(request, options=tuple(usable)))
        for option in ordered:
            ranges = self._feasible(request, option)
            start = _pick(ranges, partial(self._fits_exactly, request, option))
            if start is not None:
                placement = Placement(option, start, shared=self._shared(request, option))
                self._book(request, placement)
                return placement
        placement = self._stretched(request, ordered[:FALLBACK_OPTIONS])
        self._book(request, placement)
        return placement

    def _shared(self, request: Request, option: Option) -> int:
        lengths = [longest_window(self.manager, request.person, d) for d, _ in option.occurrences]
        return min(lengths, default=0)

    def _stretched(self, request: Request, options: list[Option]) -> Placement:
        """Fewest clashes, then the least stretch of anyone's hours, shared as evenly as
        possible; ties go to the better option (`options` comes in preference order).

        Every start on the grid is judged by the key (clashes, days over the limit, stretch,
        larger stretch, option, start). Clashes and days over the limit are counted for all
        starts at once; stretch is worked out only where those two are at their best, once
        per kind of day (dates with the same hours relative to midnight cost the same)."""
        longest = max(m for o in options for _, m in o.occurrences)
        count = (DAY - longest) // GRID + 1
        counted = []
        for option in options:
            full = sum(self._full(request, day) for day, _ in option.occurrences)
            clashes = self._clash_counts(option, count)
            counted.append((clashes, full))
        floor = min((min(clashes), full) for clashes, full in counted)
        best: tuple[tuple[int, ...], Option, int] | None = None
        for position, (option, (clashes, full)) in enumerate(zip(options, counted, strict=True)):
            if full != floor[1]:
                continue
            candidates = [n for n in range(count) if clashes[n] == floor[0]]
            if not candidates:
                continue
            starts = [n * GRID for n in candidates]
            mine = [0] * len(starts)
            yours = [0] * len(starts)
            for weight, minutes, grid, own, theirs in self._day_kinds(request, option):
                at = starts if grid is None else [grid[n] for n in candidates]
                mine = [
                    x + weight * y for x, y in zip(mine, stretches(own, at, minutes), strict=True)
                ]
                if theirs is not None:
                    more = stretches(theirs, at, minutes)
                    yours = [x + weight * y for x, y in zip(yours, more, strict=True)]
            # Double-booking is worst, a day over the 1:1 limit next, then stretched hours.
            both, larger, s = min(
                (m + y, m if m > y else y, s) for m, y, s in zip(mine, yours, starts, strict=True)
            )
            key = (both, larger, position, s)
            if best is None or key < best[0]:
                best = (key, option, s)
        assert best is not None
        _, option, start = best
        return self._describe(request, option, start)

    def _clash_counts(self, option: Option, count: int) -> list[int]:
        """For each grid start, on how many of the option's dates it runs into taken time."""
        steps = [0] * (count + 1)
        for day, minutes in option.occurrences:
            taken = self._blocked(day)
            if not taken:
                continue
            base, even = day_start(self.manager.zone, day)
            if even:
                for first, last in clash_marks(taken, base, minutes, GRID, count):
                    steps[first] += 1
                    steps[last + 1] -= 1
            else:
                grid = local_grid(self.manager.zone, day, GRID)
                for n in range(count):
                    if overlaps(taken, grid[n], grid[n] + minutes):
                        steps[n] += 1
                        steps[n + 1] -= 1
        return list(accumulate(steps[:count]))

    def _day_kinds(self, request: Request, option: Option) -> list[_Kind]:
        """The option's dates grouped by how a start time relates to both working days.

        On a date without a clock change a start `s` is midnight + s, so windows taken
        relative to midnight make dates with the same hours alike; a date with a clock change
        keeps its own real-clock grid."""
        kinds: dict[Hashable, _Kind] = {}
        for day, minutes in option.occurrences:
            grid, mine, yours = day_shape(self.manager, request.person, day)
            key = (minutes, mine, yours) if grid is None else day
            kind = kinds.get(key)
            kinds[key] = (kind[0] + 1 if kind else 1, minutes, grid, mine, yours)
        return list(kinds.values())

    def _describe(self, request: Request, option: Option, start: int) -> Placement:
        mine: list[date] = []
        yours: list[date] = []
        clashes: list[date] = []
        for day, minutes in option.occurrences:
            u = self._utc(day, start)
            if stretch(window_spans(self.manager, None, day), u, u + minutes):
                mine.append(day)
            if request.person is not None and stretch(
                spans(windows_around(request.person, day)), u, u + minutes
            ):
                yours.append(day)
            if self._full(request, day) or overlaps(self._blocked(day), u, u + minutes):
                clashes.append(day)
        return Placement(
            option,
            start,
            manager_outside=tuple(mine),
            person_outside=tuple(yours),
            clashes=tuple(clashes),
            shared=self._shared(request, option),
        )

    # -- booking ----------------------------------------------------------------------------

    def _book(self, request: Request, placement: Placement) -> None:
        for day, minutes in placement.option.occurrences:
            u = self._utc(day, placement.start)
            self._booked.setdefault(day, []).append(
                _Booking(u, u + minutes, request.who, request.one_on_one)
            )
            taken = self._taken.get(day)
            if taken is not None:
                insert(taken, (u, u + minutes))
            self._free_at.pop(day, None)
            if request.one_on_one:
                self._ones[day] = self._ones.get(day, 0) + 1

    def release(self, who: str, day: date) -> None:
        """Take `who`'s meeting off `day` (e.g. when a one-off session replaces it)."""
        kept = []
        for booking in self._booked.get(day, []):
            if booking.who == who:
                if booking.one_on_one:
                    self._ones[day] -= 1
            else:
                kept.append(booking)
        self._booked[day] = kept
        self._taken.pop(day, None)
        self._free_at.pop(day, None)


# (dates alike, minutes, real-clock grid or None, own windows, their windows or None)
_Kind = tuple[int, int, tuple[int, ...] | None, tuple[Span, ...], tuple[Span, ...] | None]


@lru_cache(maxsize=65536)
def day_shape(
    manager: Party, person: Party | None, day: date
) -> tuple[tuple[int, ...] | None, tuple[Span, ...], tuple[Span, ...] | None]:
    """(real-clock grid, manager's windows, person's windows or None) for the fallback search.

    On a date without a clock change the grid is None and the windows are taken relative to
    local midnight, so dates with the same hours compare equal."""
    base, even = day_start(manager.zone, day)
    own = window_spans(manager, None, day)
    theirs = spans(windows_around(person, day)) if person is not None else None
    if not even:
        return local_grid(manager.zone, day, GRID), own, theirs
    mine = tuple((a - base, b - base) for a, b in own)
    if theirs is None:
        return None, mine, None
    return None, mine, tuple((a - base, b - base) for a, b in theirs)


def _pick(ranges: list[tuple[int, int]], verify: Callable[[int], bool]) -> int | None:
    """The earliest start on the quarter hour (else on 5 minutes, else any) that verifies."""
    for step in (GRID, 5, 1):
        for lo, hi in ranges:
            s = -(-lo // step) * step
            while s <= hi:
                if verify(s):
                    return s
                s += step
    return None
