"""The shared working window of two people on a given date, DST-correct, via zoneinfo.

Times are kept as whole minutes since the Unix epoch in UTC, so windows that cross midnight
UTC, the date line, or a 30/45-minute offset need no special cases.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

from oneos.calendar.intervals import Span
from oneos.model.base import Record
from oneos.model.context import WorkingHours

WORKDAYS = frozenset(range(5))  # Monday to Friday, in the person's own local calendar
DAY = 24 * 60


@cache
def zone(name: str) -> ZoneInfo:
    """A ZoneInfo, cached (constructing one reads the zone database)."""
    return ZoneInfo(name)


def minutes_of(moment: datetime) -> int:
    """Whole minutes since the epoch (UTC) of an aware datetime."""
    return int(moment.timestamp()) // 60


def utc_minute(zone_name: str, day: date, minute: int) -> int:
    """The UTC epoch minute of a local wall-clock minute of `day` (1440 is next midnight)."""
    days, minute = divmod(minute, DAY)
    if days:
        day += timedelta(days=days)
    # One positional constructor call: adding timedelta(minutes=...) to midnight and then
    # replace(tzinfo=...) cost about twice as much, and this runs hundreds of times a pack.
    hour, rest = divmod(minute, 60)
    return minutes_of(datetime(day.year, day.month, day.day, hour, rest, 0, 0, zone(zone_name)))


def wall_minute(zone_name: str, day: date, minute: int) -> int:
    """`utc_minute`, quick on the days without a clock change (most of them)."""
    base, even = day_start(zone_name, day)
    if even and 0 <= minute <= DAY:
        return base + minute
    return utc_minute(zone_name, day, minute)


def local_datetime(zone_name: str, minute: int) -> datetime:
    """The local wall-clock time in `zone_name` of a UTC epoch minute."""
    return datetime.fromtimestamp(minute * 60, tz=zone(zone_name))


@lru_cache(maxsize=65536)
def day_start(zone_name: str, day: date) -> tuple[int, bool]:
    """UTC minute of local midnight, and whether the day has exactly 24 hours (no clock change)."""
    first = utc_minute(zone_name, day, 0)
    return first, utc_minute(zone_name, day, DAY) - first == DAY


def minute_of_day(value: time) -> int:
    return value.hour * 60 + value.minute


def clock(minute: int) -> time:
    """A minute of the day as a time (1440 and beyond wrap round)."""
    minute %= DAY
    return time(minute // 60, minute % 60)


class Party(Record, frozen=True):
    """One side of a meeting: a time zone, a working day in local time, and working weekdays."""

    zone: str
    start: int = 9 * 60
    end: int = 17 * 60
    workdays: frozenset[int] = WORKDAYS

    @classmethod
    def of(cls, zone_name: str, hours: WorkingHours, workdays: frozenset[int] = WORKDAYS) -> Party:
        return cls(zone_name, minute_of_day(hours.start), minute_of_day(hours.end), workdays)


class Window(Record, frozen=True, order=True):
    """A stretch of time, [start, end) in UTC epoch minutes."""

    start: int
    end: int

    @property
    def minutes(self) -> int:
        return max(0, self.end - self.start)

    def local(self, zone_name: str) -> tuple[datetime, datetime]:
        """Start and end as local wall-clock times in a zone."""
        return local_datetime(zone_name, self.start), local_datetime(zone_name, self.end)

    def utc(self) -> tuple[datetime, datetime]:
        return local_datetime("UTC", self.start), local_datetime("UTC", self.end)

    def __and__(self, other: Window) -> Window | None:
        start, end = max(self.start, other.start), min(self.end, other.end)
        return Window(start, end) if end > start else None


@lru_cache(maxsize=65536)
def working_window(party: Party, day: date) -> Window | None:
    """The party's working day on its own local date `day`; None on a day they do not work."""
    if day.weekday() not in party.workdays:
        return None
    start = utc_minute(party.zone, day, party.start)
    end = utc_minute(party.zone, day, party.end)
    return Window(start, end) if end > start else None


@lru_cache(maxsize=65536)
def windows_around(party: Party, day: date) -> tuple[Window, ...]:
    """The party's working windows on the local days either side of `day` and on it.

    Across the date line someone's Monday overlaps the other person's Sunday or Tuesday, so the
    days around the date count too; working weekdays are the party's own.
    """
    found = (working_window(party, day + timedelta(days=d)) for d in (-1, 0, 1))
    return tuple(w for w in found if w is not None)


@lru_cache(maxsize=65536)
def shared_windows(manager: Party, person: Party, day: date) -> tuple[Window, ...]:
    """Where both working days overlap on the manager's local date `day` (often one window,
    none when the days do not meet, two when one person's day wraps round the other's)."""
    own = working_window(manager, day)
    if own is None:
        return ()
    found = (own & w for w in windows_around(person, day))
    return tuple(sorted(w for w in found if w is not None))


def shared_minutes(manager: Party, person: Party, day: date) -> int:
    """The longest stretch of shared working time on the manager's local date `day`."""
    return max((w.minutes for w in shared_windows(manager, person, day)), default=0)


def stretch(windows: tuple[Window, ...], start: int, end: int) -> int:
    """Minutes a meeting [start, end) runs outside the nearest working window (0: inside one)."""
    best = DAY * 2
    for w in windows:
        outside = max(0, w.start - start) + max(0, end - w.end)
        if outside < best:
            best = outside
    return best


# Windows as (start, end) pairs, cached: what the slot search asks about each date.


def spans(windows: Iterable[Window]) -> tuple[Span, ...]:
    return tuple((w.start, w.end) for w in windows)


@lru_cache(maxsize=65536)
def window_spans(manager: Party, person: Party | None, day: date) -> tuple[Span, ...]:
    """Where a meeting may go on the manager's date `day`: inside both working days, or
    inside the manager's alone for their own sessions (`person` None)."""
    if person is None:
        own = working_window(manager, day)
        return ((own.start, own.end),) if own else ()
    return spans(shared_windows(manager, person, day))


@lru_cache(maxsize=65536)
def longest_window(manager: Party, person: Party | None, day: date) -> int:
    return max((b - a for a, b in window_spans(manager, person, day)), default=0)


@lru_cache(maxsize=4096)
def local_grid(zone_name: str, day: date, step: int) -> tuple[int, ...]:
    """The UTC minute of every `step`-th minute of a local day (for days with a clock change)."""
    return tuple(utc_minute(zone_name, day, s) for s in range(0, DAY, step))
