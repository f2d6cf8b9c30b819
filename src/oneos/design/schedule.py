"""Step 3e: which weekday and which weeks each series falls on, around days off."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from oneos.calendar.overlap import Party
from oneos.calendar.slots import Board, Option, Placement, Request
from oneos.design.cadence import (
    CATCH_UP_EVERY_WEEKS,
    CadenceChoice,
    base_track,
    later_cadence,
    track_table,
)
from oneos.design.people import manager_hours, manager_timezone
from oneos.model.base import Record, field
from oneos.model.context import WEEKDAYS, Context, Weekday
from oneos.model.countries import public_holidays

HORIZON_WEEKS = 12
# Mid-week first: Mondays and Fridays are the days people most often lose to other things.
DAY_PREFERENCE: tuple[Weekday, ...] = ("tue", "wed", "thu", "mon", "fri")
WORKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri")


class WorkCalendar(Record, frozen=True):
    """The days meetings may fall on: meeting weekdays, minus public holidays and days off."""

    days: tuple[Weekday, ...]
    days_off: frozenset[date]
    manager: Party = field(default_factory=lambda: Party("UTC"))
    max_one_on_ones: int = 3

    def is_open(self, day: date) -> bool:
        return _is_open(self.days, self.days_off, day)

    def on(self, week_start: date, weekday: Weekday) -> date | None:
        """That weekday in that week, or the nearest open day in the same week (later first)."""
        # Asked again and again by the slot search, so the answers are kept.
        return _nearest_open(self.days, self.days_off, week_start, weekday)

    def workday_before(self, day: date) -> date:
        """The last working day (Mon–Fri, not a day off) before `day`."""
        candidate = day - timedelta(days=1)
        while WEEKDAYS[candidate.weekday()] not in WORKDAYS or candidate in self.days_off:
            candidate -= timedelta(days=1)
        return candidate

    def last_open_day(self, week_start: date) -> date:
        """The last working day of a week (for reviews), falling back to its Friday."""
        for offset in range(4, -1, -1):
            candidate = week_start + timedelta(days=offset)
            if candidate not in self.days_off:
                return candidate
        return week_start + timedelta(days=4)


def _is_open(days: tuple[Weekday, ...], days_off: frozenset[date], day: date) -> bool:
    return WEEKDAYS[day.weekday()] in days and day not in days_off


@lru_cache(maxsize=8192)
def _nearest_open(
    days: tuple[Weekday, ...], days_off: frozenset[date], week_start: date, weekday: Weekday
) -> date | None:
    wanted = week_start + timedelta(days=WEEKDAYS.index(weekday))
    if _is_open(days, days_off, wanted):
        return wanted
    offsets = [d for d in range(1, 5)] + [-d for d in range(1, 5)]
    for offset in offsets:
        candidate = wanted + timedelta(days=offset)
        if week_start <= candidate < week_start + timedelta(days=7) and _is_open(
            days, days_off, candidate
        ):
            return candidate
    return None


def work_calendar(context: Context, start: date) -> WorkCalendar:
    """Meeting days and days off for the plan's horizon."""
    days = tuple(d for d in DAY_PREFERENCE if d not in context.manager.no_meeting_days)
    off = set(context.manager.days_off)
    if context.manager.country:
        off.update(public_holidays(context.manager.country, range(start.year, start.year + 2)))
    return WorkCalendar(
        days=days or DAY_PREFERENCE,
        days_off=frozenset(off),
        manager=Party.of(manager_timezone(context), manager_hours(context)),
        max_one_on_ones=context.manager.max_one_on_ones_per_day,
    )


class Series(Record, frozen=True):
    """A person's standing 1:1 dates and monthly catch-ups over the horizon."""

    weekday: Weekday
    phase: int
    meetings: tuple[date, ...]
    catch_ups: tuple[date, ...]
    placement: Placement | None = None
    weeks: tuple[int, ...] = ()
    catch_up_weeks: tuple[int, ...] = ()


def next_meeting_day(calendar: WorkCalendar, weekday: Weekday) -> Weekday:
    """The next meeting day after `weekday` (wrapping), for a session that must not share a day."""
    days = sorted(calendar.days, key=WEEKDAYS.index)
    later = [d for d in days if WEEKDAYS.index(d) > WEEKDAYS.index(weekday)]
    return (later or days)[0] if len(days) > 1 else weekday


def plan_series(
    calendar: WorkCalendar,
    choices: tuple[CadenceChoice, ...],
    start: date,
    reassess: dict[str, date | None],
    board: Board | None = None,
) -> dict[str, Series]:
    """Give every standing 1:1 a weekday, phase and time that fit all its dates (slot search):
    inside both working days, least crowded days first, no two meetings at once."""
    board = board or Board(calendar.manager, max_one_on_ones=calendar.max_one_on_ones)
    out: dict[str, Series] = {}
    # Place the most frequent series first; they constrain the calendar most.
    order = sorted(choices, key=lambda c: (c.every_weeks, c.profile.index))
    for choice in order:
        alias = choice.profile.alias
        options = standing_options(calendar, choice, start, reassess[alias])
        person = Party.of(choice.profile.timezone, choice.profile.hours)
        placement = board.place(Request(standing_key(alias), person, options, spread=True))
        tag = placement.option.tag
        assert isinstance(tag, tuple)
        day: Weekday = tag[0]
        phase: int = tag[1]
        weeks = _weeks(choice, phase, reassess[alias], start)
        meetings = _dates(calendar, start, weeks, day)
        catch_up_weeks: tuple[int, ...] = ()
        later_from = _later_catch_up_from(choice, reassess[alias], start)
        if choice.catch_up or later_from is not None:
            from_week = 1 if choice.catch_up else later_from or 1
            first = _catch_up_week(weeks, choice.every_weeks, from_week)
            catch_up_weeks = tuple(range(first, HORIZON_WEEKS, CATCH_UP_EVERY_WEEKS))
        catch_ups = _dates(calendar, start, list(catch_up_weeks), day)
        out[alias] = Series(
            day, phase, meetings, catch_ups, placement, tuple(weeks), catch_up_weeks
        )
    return out


def standing_key(alias: str) -> str:
    """The board's name for a person's standing 1:1 (to release one date of it later)."""
    return f"{alias}/standing"


def standing_options(
    calendar: WorkCalendar, choice: CadenceChoice, start: date, reassess: date | None
) -> tuple[Option, ...]:
    """Every weekday and phase the series could take, each with its dates and lengths."""
    later = later_cadence(choice)
    switch = (reassess - start).days // 7 if reassess else HORIZON_WEEKS
    mondays = [start + timedelta(weeks=week) for week in range(HORIZON_WEEKS)]
    lengths = [
        later[1] if later and week >= switch else choice.minutes for week in range(HORIZON_WEEKS)
    ]
    phases = [_weeks(choice, phase, reassess, start) for phase in range(choice.every_weeks)]
    options = []
    for rank, day in enumerate(calendar.days):
        for phase, weeks in enumerate(phases):
            occurrences = []
            for week in weeks:
                found = calendar.on(mondays[week], day)
                if found is not None:
                    occurrences.append((found, lengths[week]))
            options.append(Option(tuple(occurrences), rank, (day, phase)))
    return tuple(options)


def _dates(
    calendar: WorkCalendar, start: date, weeks: range | list[int], day: Weekday
) -> tuple[date, ...]:
    found = (calendar.on(start + timedelta(weeks=w), day) for w in weeks)
    return tuple(d for d in found if d is not None)


def _weeks(choice: CadenceChoice, phase: int, reassess: date | None, start: date) -> list[int]:
    """0-based week numbers of standing 1:1s: the chosen cadence, then the later one."""
    if reassess is None:
        return list(range(phase, HORIZON_WEEKS, choice.every_weeks))
    switch = (reassess - start).days // 7
    weeks = list(range(phase, min(switch, HORIZON_WEEKS), choice.every_weeks))
    later = later_cadence(choice)
    every = later[0] if later else choice.every_weeks
    weeks.extend(range(switch, HORIZON_WEEKS, every))
    return weeks


def _catch_up_week(standing: list[int], every: int, from_week: int = 1) -> int:
    """The first week from `from_week` (week 2 at the earliest) without a standing 1:1, so
    the catch-up does not double up."""
    for week in range(from_week, from_week + CATCH_UP_EVERY_WEEKS):
        if week not in standing:
            return week
    return from_week if every > 1 else from_week + 2


def _later_catch_up_from(choice: CadenceChoice, reassess: date | None, start: date) -> int | None:
    """For a temporary cadence that steps down to one with catch-ups: the week they begin."""
    if choice.catch_up or reassess is None or later_cadence(choice) is None:
        return None
    if not track_table()[base_track(choice.profile)].catch_up:
        return None
    return max(1, (reassess - start).days // 7)
