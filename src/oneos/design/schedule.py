"""Step 3e: which weekday and which weeks each series falls on, around days off."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from oneos.design.cadence import CATCH_UP_EVERY_WEEKS, CadenceChoice, later_cadence
from oneos.model.context import WEEKDAYS, Context, Weekday

HORIZON_WEEKS = 12
# Mid-week first: Mondays and Fridays are the days people most often lose to other things.
DAY_PREFERENCE: tuple[Weekday, ...] = ("tue", "wed", "thu", "mon", "fri")
WORKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri")


@dataclass(frozen=True)
class WorkCalendar:
    """The days meetings may fall on: meeting weekdays, minus public holidays and days off."""

    days: tuple[Weekday, ...]
    days_off: frozenset[date]

    def is_open(self, day: date) -> bool:
        return WEEKDAYS[day.weekday()] in self.days and day not in self.days_off

    def on(self, week_start: date, weekday: Weekday) -> date | None:
        """That weekday in that week, or the nearest open day in the same week (later first)."""
        wanted = week_start + timedelta(days=WEEKDAYS.index(weekday))
        if self.is_open(wanted):
            return wanted
        offsets = [d for d in range(1, 5)] + [-d for d in range(1, 5)]
        for offset in offsets:
            candidate = wanted + timedelta(days=offset)
            if week_start <= candidate < week_start + timedelta(days=7) and self.is_open(candidate):
                return candidate
        return None

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


def work_calendar(context: Context, start: date) -> WorkCalendar:
    """Meeting days and days off for the plan's horizon."""
    days = tuple(d for d in DAY_PREFERENCE if d not in context.manager.no_meeting_days)
    off = set(context.manager.days_off)
    if context.manager.country:
        import holidays

        country, _, region = context.manager.country.partition("-")
        years = range(start.year, start.year + 2)
        off.update(holidays.country_holidays(country, subdiv=region or None, years=years))
    return WorkCalendar(days=days or DAY_PREFERENCE, days_off=frozenset(off))


@dataclass(frozen=True)
class Series:
    """A person's standing 1:1 dates and monthly catch-ups over the horizon."""

    weekday: Weekday
    phase: int
    meetings: tuple[date, ...]
    catch_ups: tuple[date, ...]


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
) -> dict[str, Series]:
    """Spread standing 1:1s over days and weeks so no day is crowded and no week spikes."""
    per_day_week: Counter[tuple[Weekday, int]] = Counter()
    out: dict[str, Series] = {}
    # Place the most frequent series first; they constrain the calendar most.
    order = sorted(choices, key=lambda c: (c.every_weeks, c.profile.index))
    for choice in order:
        best: tuple[int, int, int, Weekday, int] | None = None
        for rank, day in enumerate(calendar.days):
            for phase in range(choice.every_weeks):
                weeks = _weeks(choice, phase, reassess[choice.profile.alias], start)
                crowd = max((per_day_week[(day, w)] for w in weeks), default=0)
                spread = sum(per_day_week[(day, w)] for w in weeks)
                key = (crowd, spread, rank, day, phase)
                if best is None or key[:3] < best[:3]:
                    best = key
        assert best is not None
        _, _, _, day, phase = best
        weeks = _weeks(choice, phase, reassess[choice.profile.alias], start)
        for w in weeks:
            per_day_week[(day, w)] += 1
        meetings = _dates(calendar, start, weeks, day)
        catch_ups: tuple[date, ...] = ()
        if choice.catch_up:
            first = _catch_up_week(weeks, choice.every_weeks)
            catch_ups = _dates(
                calendar, start, range(first, HORIZON_WEEKS, CATCH_UP_EVERY_WEEKS), day
            )
        out[choice.profile.alias] = Series(day, phase, meetings, catch_ups)
    return out


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


def _catch_up_week(standing: list[int], every: int) -> int:
    """The first week from week 2 on without a standing 1:1, so the catch-up does not double up."""
    for week in range(1, 1 + CATCH_UP_EVERY_WEEKS):
        if week not in standing:
            return week
    return 1 if every > 1 else 3
