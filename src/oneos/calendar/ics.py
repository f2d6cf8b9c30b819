"""calendar.ics (RFC 5545): every meeting of the plan, ready to import into any calendar.

Recurring 1:1s and catch-ups are RRULEs in the manager's time zone (with a VTIMEZONE built from
zoneinfo); a date the plan moved is an EXDATE plus its own event; UIDs come from what a meeting
*is* (person, kind, manager role, plan start), never from when it is, so importing a newer plan
updates events instead of duplicating them. Output is byte-for-byte reproducible.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from oneos.calendar.overlap import zone
from oneos.model.base import Record
from oneos.model.pack import EventTime, Pack, PersonPlan, Recurrence, Slot

if TYPE_CHECKING:
    from icalendar import Event

PRODID = "-//oneos//1:1 Operating System Pack//EN"
DOMAIN = "oneos"


class Meeting(Record, frozen=True):
    """One VEVENT before it becomes text: a single meeting, or a weekly rule."""

    uid: str
    summary: str
    description: str
    day: date
    start: time
    minutes: int
    every_weeks: int = 0  # 0: a single meeting
    count: int = 1
    skip: tuple[date, ...] = ()


def uid(pack: Pack, who: str, kind: str) -> str:
    """A stable UID: the same person, kind of meeting, manager role and plan start give the
    same UID on every run, whatever else changes in the plan."""
    key = "\n".join((pack.manager_role, pack.start.isoformat(), who, kind))
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return f"{DOMAIN}-{who}-{kind}-{digest}@{DOMAIN}"


def _runs(
    pack: Pack, who: str, kind: str, slot: Slot, summary: str, description: str
) -> Iterator[Meeting]:
    """A slot's runs as weekly rules, and each moved date as its own meeting."""
    for n, run in enumerate(slot.runs, 1):
        name = kind if n == 1 else f"{kind}-{n}"
        skip = tuple(nominal for nominal, _ in run.moved)
        if len(skip) < run.count:  # a rule with every date moved or skipped says nothing
            yield Meeting(
                uid=uid(pack, who, name),
                summary=summary,
                description=description,
                day=run.first,
                start=slot.start,
                minutes=run.minutes,
                every_weeks=run.every_weeks,
                count=run.count,
                skip=skip,
            )
        yield from _moved(pack, who, name, run, slot.start, summary, description)


def _moved(
    pack: Pack, who: str, name: str, run: Recurrence, start: time, summary: str, text: str
) -> Iterator[Meeting]:
    for nominal, actual in run.moved:
        if actual is not None:
            kind = f"{name}-{nominal.isoformat()}"
            yield Meeting(uid(pack, who, kind), summary, text, actual, start, run.minutes)


def _single(
    pack: Pack, who: str, kind: str, day: date, timed: EventTime | None, summary: str, text: str
) -> Iterator[Meeting]:
    if timed is not None:
        yield Meeting(uid(pack, who, kind), summary, text, day, timed.start, timed.minutes)


def person_meetings(pack: Pack, person: PersonPlan) -> Iterator[Meeting]:
    """Every meeting with one person: standing 1:1s, catch-ups, listening, career sessions."""
    g = pack.guides
    who = person.slug
    role = g.label("ics-role", role=person.role) if person.role != "—" else ""
    if person.slot is not None:
        text = g.label(
            "ics-standing-text",
            alias=person.alias,
            purpose=g.label("meeting-standing-what"),
            when=person.slot.label,
            role=role,
        )
        summary = g.label("ics-standing", alias=person.alias)
        yield from _runs(pack, who, "standing", person.slot, summary, text)
    if person.catch_up_slot is not None:
        text = g.label("ics-catch-up-text", when=person.catch_up_slot.label)
        summary = g.label("ics-catch-up", alias=person.alias)
        yield from _runs(pack, who, "catch-up", person.catch_up_slot, summary, text)
    listening = person.listening_session
    if listening is not None and listening.time is not None:
        text = g.label("ics-listening-text", reason=listening.reason, when=listening.time.label)
        summary = g.label("ics-listening", alias=person.alias)
        yield from _single(pack, who, "listening", listening.date, listening.time, summary, text)
    for session in person.career_sessions:
        guide = g.career.session(session.kind)
        text = g.label(
            "ics-career-text",
            purpose=guide.purpose,
            outputs="; ".join(session.outputs),
            when=session.time.label if session.time else "",
        )
        summary = g.label("ics-career", alias=person.alias, title=guide.title)
        kind = f"career-{session.kind}"
        yield from _single(pack, who, kind, session.date, session.time, summary, text)


def plan_meetings(pack: Pack) -> list[Meeting]:
    """Every meeting in the plan, people in roster order, then skip-levels and the review."""
    g = pack.guides
    out = [m for person in pack.people for m in person_meetings(pack, person)]
    if pack.skip_level is not None:
        skip = pack.skip_level
        purpose = g.playbooks.skip_level.purposes[skip.goal]
        for n, session in enumerate(skip.schedule, 1):
            label = session.time.label if session.time else ""
            text = g.label("ics-skip-text", purpose=purpose, notes=skip.notes, when=label)
            summary = g.label("ics-skip", label=session.label)
            out.extend(
                _single(pack, "skip-level", str(n), session.date, session.time, summary, text)
            )
    pilot = pack.pilot
    signals = "; ".join(signal for signal, _ in pilot.success_signals)
    text = g.label("ics-review-text", signals=signals)
    out.extend(
        _single(
            pack,
            "pilot",
            "review",
            pilot.review_meeting,
            pilot.review_time,
            g.label("ics-review"),
            text,
        )
    )
    return out


def calendar_ics(pack: Pack) -> bytes:
    """The whole plan as an iCalendar file (bytes, CRLF line ends, lines folded at 75 octets)."""
    from icalendar import Calendar, Timezone

    tz = zone(pack.manager_timezone)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", pack.guides.label("ics-calendar", role=pack.manager_role))
    if pack.manager_timezone != "UTC":
        calendar.add("x-wr-timezone", pack.manager_timezone)
        first = date(pack.start.year - 1, 12, 1)
        last = date(pack.start.year + 1, 12, 31)
        calendar.add_component(
            Timezone.from_tzinfo(tz, tzid=pack.manager_timezone, first_date=first, last_date=last)
        )
    stamp = datetime.combine(pack.start, time(), tzinfo=UTC)
    for meeting in plan_meetings(pack):
        calendar.add_component(_event(meeting, tz, stamp))
    return bytes(calendar.to_ical())


def _event(meeting: Meeting, tz: object, stamp: datetime) -> Event:
    from icalendar import Event

    def at(day: date) -> datetime:
        return datetime.combine(day, meeting.start, tzinfo=tz)  # type: ignore[arg-type]

    start = at(meeting.day)
    event = Event()
    event.add("uid", meeting.uid)
    event.add("dtstamp", stamp)
    event.add("sequence", 0)
    event.add("summary", meeting.summary)
    event.add("description", meeting.description.strip())
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=meeting.minutes))
    if meeting.every_weeks and meeting.count > 1:
        last = at(meeting.day + timedelta(weeks=meeting.every_weeks * (meeting.count - 1)))
        rule: dict[str, object] = {"freq": "weekly", "until": last.astimezone(UTC)}
        if meeting.every_weeks > 1:
            rule["interval"] = meeting.every_weeks
        event.add("rrule", rule)
    if meeting.skip:
        event.add("exdate", [at(day) for day in meeting.skip])
    event.add("transp", "OPAQUE")
    event.add("class", "PRIVATE")
    return event
