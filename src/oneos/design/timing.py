"""Step 3f: a time for every meeting, inside both people's working hours (the slot search).

The standing 1:1s are placed first (`schedule.plan_series`); this step turns their placements
into slots (`slot_models`), then times the one-off meetings on the same board —
listening sessions, catch-ups, career conversations, skip-levels, the pilot review — and writes
a risk for every meeting that could not be placed inside both working days.
"""

from __future__ import annotations

from datetime import date, timedelta

from oneos.calendar.overlap import Party
from oneos.calendar.slots import Board, Option, Placement, Request
from oneos.content.library import career_guide, titles
from oneos.content.text import phrase
from oneos.design.cadence import CATCH_UP_MINUTES, CadenceChoice
from oneos.design.schedule import Series, WorkCalendar, standing_key
from oneos.design.slot_models import (
    event_time,
    make_slot,
    place_name,
    problems_in_words,
    recurrence,
    standing_runs,
    who_words,
)
from oneos.model.base import Record, replace
from oneos.model.context import WEEKDAYS
from oneos.model.pack import (
    CareerSession,
    EventTime,
    ListeningSession,
    PilotPlan,
    SkipLevelPlan,
    Slot,
)

PILOT_REVIEW_MINUTES = 45


class Timed(Record, frozen=True):
    """What the slot search decided for one person."""

    slot: Slot
    catch_ups: tuple[date, ...]
    catch_up_slot: Slot | None
    careers: tuple[CareerSession, ...]
    listening: ListeningSession | None
    risks: tuple[str, ...]


def same_week_options(
    calendar: WorkCalendar, day: date, minutes: int, avoid: set[date]
) -> tuple[Option, ...]:
    """The planned date first, then the other open days of that week, nearest first (a
    planned date that is not open — a no-meeting day — goes last)."""
    monday = day - timedelta(days=day.weekday())
    week = [monday + timedelta(days=d) for d in range(7)]
    others = [d for d in week if d != day and calendar.is_open(d) and d not in avoid]
    others.sort(key=lambda d: (abs((d - day).days), d < day))
    days = [day, *others] if calendar.is_open(day) or not others else [*others, day]
    return tuple(Option(((d, minutes),), rank, d) for rank, d in enumerate(days))


def standing_risk(alias: str, slot: Slot, placement: Placement, cap: int) -> str | None:
    """The risk for a standing 1:1 that does not fit; None when it does."""
    if slot.fits:
        return None
    if placement.clashes:
        return phrase(
            "risk-slot-clash",
            alias=alias,
            slot=slot.label,
            n=len(placement.clashes),
            date=placement.clashes[0],
            cap=cap,
        )
    who = who_words(slot.outside_hours, alias)
    key = "risk-slot-apart" if placement.shared == 0 else "risk-slot-short"
    if placement.shared >= slot.minutes:
        key = "risk-slot-full"
    return phrase(
        key, alias=alias, slot=slot.label, minutes=slot.minutes, shared=placement.shared, who=who
    )


def time_people(
    board: Board,
    calendar: WorkCalendar,
    choices: tuple[CadenceChoice, ...],
    series: dict[str, Series],
    listening: dict[str, ListeningSession | None],
    careers: dict[str, tuple[CareerSession, ...]],
    start: date,
    reassess: dict[str, date | None],
) -> dict[str, Timed]:
    """Slots for the standing 1:1s, then times for each person's other meetings, in order:
    listening sessions, catch-ups, career conversations."""
    manager = calendar.manager
    people = {c.profile.alias: Party.of(c.profile.timezone, c.profile.hours) for c in choices}
    zones = {c.profile.alias: c.profile.timezone for c in choices}
    slots: dict[str, Slot] = {}
    risks: dict[str, list[str]] = {alias: [] for alias in people}
    unplaced: dict[str, list[str]] = {alias: [] for alias in people}
    for choice in choices:
        alias = choice.profile.alias
        placed = series[alias].placement
        assert placed is not None
        booked = listening[alias]
        replaced = booked.date if booked else None
        runs = standing_runs(calendar, choice, series[alias], start, reassess[alias], replaced)
        slots[alias] = make_slot(manager, zones[alias], series[alias].weekday, placed, runs)
        risk = standing_risk(alias, slots[alias], placed, calendar.max_one_on_ones)
        if risk:
            risks[alias].append(risk)

    def single(alias: str, options: tuple[Option, ...], what: str) -> tuple[date, EventTime]:
        placement = board.place(Request(f"{alias}/{what}", people[alias], options))
        day = placement.option.occurrences[0][0]
        timed = event_time(manager, zones[alias], day, placement)
        if not timed.fits:
            places = (place_name(manager.zone), place_name(zones[alias]))
            problem = ", ".join(
                problems_in_words(timed.outside_hours, int(timed.clash), places, True)
            )
            unplaced[alias].append(phrase("event-at", what=what, date=day, problem=problem))
        return day, timed

    heard_out: dict[str, ListeningSession | None] = {}
    meeting = titles("meetings")
    for alias, heard in listening.items():
        if heard is None:
            heard_out[alias] = None
            continue
        board.release(standing_key(alias), heard.date)
        option = Option(((heard.date, heard.minutes),), 0, heard.date)
        _, timed = single(alias, (option,), meeting["listening-session"].lower())
        heard_out[alias] = replace(heard, time=timed)
    catch_out: dict[str, tuple[tuple[date, ...], Slot | None]] = {}
    for choice in choices:
        alias = choice.profile.alias
        catch_out[alias] = _catch_ups(board, calendar, choice, series[alias], start, people[alias])
        slot = catch_out[alias][1]
        if slot is not None and not slot.fits:
            what = meeting["monthly-catch-up"].lower()
            places = (place_name(manager.zone), place_name(zones[alias]))
            problem = ", ".join(problems_in_words(slot.outside_hours, len(slot.clashes), places))
            unplaced[alias].append(phrase("event-series", what=what, problem=problem))
    names = {s.kind: s.title for s in career_guide().sessions}
    career_out: dict[str, tuple[CareerSession, ...]] = {}
    for choice in choices:
        alias = choice.profile.alias
        avoid = set(series[alias].meetings) | {s.date for s in careers[alias]}
        timed_sessions = []
        for session in careers[alias]:
            options = same_week_options(calendar, session.date, session.minutes, avoid)
            day, timed = single(alias, options, phrase("career-what", title=names[session.kind]))
            avoid.add(day)
            timed_sessions.append(replace(session, date=day, time=timed))
        career_out[alias] = tuple(timed_sessions)
    out: dict[str, Timed] = {}
    for choice in choices:
        alias = choice.profile.alias
        if unplaced[alias]:
            risks[alias].append(
                phrase("risk-events-unplaced", alias=alias, events="; ".join(unplaced[alias]))
            )
        out[alias] = Timed(
            slot=slots[alias],
            catch_ups=catch_out[alias][0],
            catch_up_slot=catch_out[alias][1],
            careers=career_out[alias],
            listening=heard_out[alias],
            risks=tuple(risks[alias]),
        )
    return out


def _catch_ups(
    board: Board,
    calendar: WorkCalendar,
    choice: CadenceChoice,
    series: Series,
    start: date,
    person: Party,
) -> tuple[tuple[date, ...], Slot | None]:
    """The monthly catch-up as its own series: one time for every date, on the standing 1:1's
    weekday when it fits there, else on another meeting day of the same weeks."""
    weeks = list(series.catch_up_weeks)
    if not weeks:
        return (), None
    days = [series.weekday, *(d for d in calendar.days if d != series.weekday)]
    options = []
    for rank, day in enumerate(days):
        found = [calendar.on(start + timedelta(weeks=w), day) for w in weeks]
        occurrences = tuple((d, CATCH_UP_MINUTES) for d in found if d is not None)
        options.append(Option(occurrences, rank, day))
    alias = choice.profile.alias
    placement = board.place(Request(f"{alias}/catch-up", person, tuple(options)))
    weekday = placement.option.tag
    assert isinstance(weekday, str) and weekday in WEEKDAYS
    run = recurrence(calendar, start, weekday, weeks, 4, CATCH_UP_MINUTES)
    runs = (run,) if run else ()
    slot = make_slot(calendar.manager, choice.profile.timezone, weekday, placement, runs)
    return tuple(d for d, _ in placement.option.occurrences), slot


def time_skip_level(
    board: Board, calendar: WorkCalendar, skip: SkipLevelPlan
) -> tuple[SkipLevelPlan, tuple[str, ...]]:
    """A time in the manager's working day for every skip-level session (their reports' zones
    are not known, so only the manager's hours count)."""
    sessions = []
    missed: list[date] = []
    for n, session in enumerate(skip.schedule, 1):
        options = same_week_options(calendar, session.date, skip.minutes, set())
        request = Request(f"skip-level/{n}", None, options, one_on_one=skip.format == "individual")
        placement = board.place(request)
        day = placement.option.occurrences[0][0]
        timed = event_time(calendar.manager, None, day, placement)
        if not timed.fits:
            missed.append(day)
        sessions.append(replace(session, date=day, time=timed))
    risks: tuple[str, ...] = ()
    if missed:
        risks = (phrase("risk-skip-unplaced", n=len(missed), date=min(missed)),)
    return replace(skip, schedule=tuple(sessions)), risks


def time_pilot_review(
    board: Board, calendar: WorkCalendar, pilot: PilotPlan
) -> tuple[PilotPlan, tuple[str, ...]]:
    """The pilot review: the manager's own 45 minutes, on its day or earlier that week."""
    day = pilot.review_meeting
    options = same_week_options(calendar, day, PILOT_REVIEW_MINUTES, set())
    options = tuple(o for o in options if o.occurrences[0][0] <= day) or options
    placement = board.place(Request("pilot-review", None, options, one_on_one=False))
    when = placement.option.occurrences[0][0]
    timed = event_time(calendar.manager, None, when, placement)
    risks: tuple[str, ...] = ()
    if not timed.fits:
        risks = (phrase("risk-review-unplaced", date=when, minutes=PILOT_REVIEW_MINUTES),)
    return replace(pilot, review_meeting=when, review_time=timed), risks
