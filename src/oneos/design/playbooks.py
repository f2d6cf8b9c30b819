"""Step 7: who gets a listening-first session, and when."""

from __future__ import annotations

from datetime import date, timedelta

from oneos.content.library import playbooks
from oneos.content.text import phrase
from oneos.design.people import Profile
from oneos.design.schedule import Series, WorkCalendar
from oneos.model.pack import ListeningSession


def plan_listening(
    profile: Profile, series: Series, calendar: WorkCalendar, start: date
) -> ListeningSession | None:
    """Week 1 for people a recent layoff, reorg or incident touched, and for strained
    relationships; for an event still ahead, the week after it happens."""
    minutes = playbooks().listening.minutes
    if profile.stage == "strained" or profile.has("strained"):
        when = _first_open(calendar, start, series)
        return ListeningSession(
            date=when, minutes=minutes, reason=phrase("listening-strained", alias=profile.alias)
        )
    if not profile.events:
        return None
    event = max(profile.events, key=lambda e: e.date)
    week_start = start
    if event.date >= start:
        week_start = event.date + timedelta(days=7 - event.date.weekday())
    return ListeningSession(
        date=_first_open(calendar, week_start, series),
        minutes=minutes,
        reason=phrase(
            "listening-event",
            alias=profile.alias,
            event=event.kind.replace("-", " "),
            date=event.date,
        ),
    )


def _first_open(calendar: WorkCalendar, week_start: date, series: Series) -> date:
    """Their usual day in that week, or the first week after with an open day."""
    for week in range(6):
        found = calendar.on(week_start + timedelta(weeks=week), series.weekday)
        if found is not None:
            return found
    return week_start
