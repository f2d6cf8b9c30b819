"""Busy times from a calendar export (.ics), recurrences expanded over the plan's weeks.

All-day events, events marked free (TRANSP:TRANSPARENT), cancelled events and oneos's own
meetings (a re-import replaces them anyway) are not busy. Times without a zone are read in
the manager's zone.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from oneos.calendar.overlap import zone
from oneos.calendar.slots import BusyInterval
from oneos.errors import InputError

HORIZON_WEEKS = 26  # career conversations can run past the 12-week plan
FIX = "export the calendar again as an .ics (iCalendar) file and pass that file"


def busy_intervals(
    data: bytes | str,
    *,
    start: date,
    default_zone: str = "UTC",
    weeks: int = HORIZON_WEEKS,
    source: str = "<busy>",
) -> tuple[BusyInterval, ...]:
    """The busy times in an .ics export between `start` and `weeks` weeks later, sorted."""
    import icalendar
    import recurring_ical_events  # type: ignore[import-untyped]

    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as exc:
        raise InputError(f"{source}: not a readable iCalendar file ({exc}) — {FIX}") from None
    if getattr(calendar, "name", None) != "VCALENDAR":
        raise InputError(f"{source}: has no VCALENDAR in it — {FIX}")
    first = start - timedelta(days=2)
    last = start + timedelta(weeks=weeks, days=2)
    try:
        events = recurring_ical_events.of(calendar).between(first, last)
    except (ValueError, TypeError, KeyError) as exc:
        problem = f"an event or its repeat rule is broken ({exc})"
        raise InputError(f"{source}: {problem} — {FIX}") from None
    local = zone(default_zone)
    out = {_interval(event, local) for event in events}
    return tuple(sorted((i for i in out if i is not None), key=lambda i: (i.start, i.end)))


def _interval(event: Any, local: Any) -> BusyInterval | None:
    if str(event.get("UID", "")).endswith("@oneos"):
        return None
    if str(event.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
        return None
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return None
    if str(event.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper() == "FREE":
        return None
    if "DTSTART" not in event:
        return None
    begin = event.decoded("DTSTART")
    if not isinstance(begin, datetime):  # an all-day event: not a busy time of day
        return None
    if "DTEND" in event:
        end = event.decoded("DTEND")
    elif "DURATION" in event:
        end = begin + event.decoded("DURATION")
    else:
        return None
    if not isinstance(end, datetime):
        return None
    if begin.tzinfo is None:
        begin = begin.replace(tzinfo=local)
    if end.tzinfo is None:
        end = end.replace(tzinfo=local)
    if end <= begin:
        return None
    return BusyInterval(begin, end)
