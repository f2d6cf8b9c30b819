"""Helpers for the calendar tests: expand calendar.ics and check it against working hours.

The checks use icalendar, recurring-ical-events and zoneinfo directly, not oneos's own
overlap code, so they judge the slot search from outside.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from oneos.model.context import WEEKDAYS, Context, WorkingHours, slug, working_hours
from oneos.model.pack import Pack

NINE_TO_FIVE = working_hours("09:00-17:00")


def hours_of(text: str | None) -> WorkingHours:
    return working_hours(text) if text else NINE_TO_FIVE


@dataclass(frozen=True)
class Occurrence:
    uid: str
    who: str  # a person's slug, "skip-level" or "pilot"
    summary: str
    start: datetime
    end: datetime


def occurrences(ics: bytes, start: date, weeks: int = 12) -> list[Occurrence]:
    """Every meeting in the file from `start` for `weeks` weeks, recurrences expanded."""
    calendar = icalendar.Calendar.from_ical(ics)
    found = recurring_ical_events.of(calendar).between(start, start + timedelta(weeks=weeks))
    out = []
    for event in found:
        uid = str(event["UID"])
        out.append(
            Occurrence(
                uid=uid,
                who=uid.removeprefix("oneos-"),
                summary=str(event["SUMMARY"]),
                start=event.decoded("DTSTART"),
                end=event.decoded("DTEND"),
            )
        )
    return sorted(out, key=lambda o: (o.start, o.uid))


def inside(zone: str, hours: WorkingHours, start: datetime, end: datetime) -> bool:
    """Within one local working day (Monday to Friday) of someone in `zone`."""
    tz = ZoneInfo(zone)
    a, b = start.astimezone(tz), end.astimezone(tz)
    if a.weekday() >= 5:
        return False
    latest = datetime.combine(a.date(), hours.end, tzinfo=tz)
    if hours.end == time(23, 59):
        latest += timedelta(minutes=1)
    return datetime.combine(a.date(), hours.start, tzinfo=tz) <= a and b <= latest


def owner(occurrence: Occurrence, slugs: list[str]) -> str | None:
    """The person slug a UID belongs to (slugs may contain hyphens), or None."""
    for s in sorted(slugs, key=len, reverse=True):
        if occurrence.who.startswith(s + "-"):
            return s
    return None


def problems(context: Context, pack: Pack, ics: bytes, weeks: int = 12) -> list[Problem]:
    """Every way the calendar breaks the rules, each with the people who could be at fault
    ('' stands for the manager's own sessions)."""
    manager_zone = context.manager.timezone or "UTC"
    manager_hours = hours_of(context.manager.working_hours)
    people = {slug(p.alias): p for p in context.people}
    found: list[Problem] = []
    events = occurrences(ics, pack.start, weeks)
    holidays = _holidays(context, pack.start)
    by_day: dict[date, set[str]] = {}
    count: Counter[date] = Counter()

    def alias_of(occ: Occurrence) -> str:
        who = owner(occ, list(people))
        return people[who].alias if who else ""

    for occ in events:
        alias = alias_of(occ)
        day = occ.start.astimezone(ZoneInfo(manager_zone)).date()
        if not inside(manager_zone, manager_hours, occ.start, occ.end):
            found.append(Problem({alias}, f"{occ.summary} at {occ.start}: outside your hours"))
        if WEEKDAYS[day.weekday()] in context.manager.no_meeting_days or day in holidays:
            found.append(Problem({alias}, f"{occ.summary} on {day}: no-meeting day or holiday"))
        if alias:
            person = people[slug(alias)]
            zone = person.timezone or manager_zone
            if not inside(zone, hours_of(person.working_hours), occ.start, occ.end):
                found.append(Problem({alias}, f"{occ.summary} at {occ.start}: outside their hours"))
            count[day] += 1
            by_day.setdefault(day, set()).add(alias)
    cap = context.manager.max_one_on_ones_per_day
    for day, n in count.items():
        if n > cap:
            found.append(Problem(by_day[day], f"{n} 1:1s on {day}, more than {cap}"))
    for i, a in enumerate(events):
        for b in events[i + 1 :]:
            if b.start >= a.end:
                break
            found.append(Problem({alias_of(a), alias_of(b)}, f"{a.summary} overlaps {b.summary}"))
    return found


@dataclass(frozen=True)
class Problem:
    who: set[str]
    text: str


def _holidays(context: Context, start: date) -> set[date]:
    out = set(context.manager.days_off)
    if context.manager.country:
        import holidays

        country, _, region = context.manager.country.partition("-")
        out.update(
            holidays.country_holidays(
                country, subdiv=region or None, years=[start.year, start.year + 1]
            )
        )
    return out


def plan_dates(pack: Pack) -> dict[str, list[date]]:
    """Every dated meeting the pack lists for each person (slug), to compare with the file."""
    out: dict[str, list[date]] = {}
    for p in pack.people:
        days = [*p.meetings, *p.catch_ups, *(s.date for s in p.career_sessions)]
        if p.listening_session:
            days.append(p.listening_session.date)
        out[p.slug] = sorted(days)
    return out
