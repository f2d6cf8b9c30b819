"""Step 3f: a time for every meeting, inside both people's working hours (the slot search).

The standing 1:1s are placed first (`schedule.plan_series`); this step turns their placements
into slots in both people's local times, then times the one-off meetings on the same board —
listening sessions, catch-ups, career conversations, skip-levels, the pilot review — and writes
a risk for every meeting that could not be placed inside both working days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from oneos.calendar.overlap import Party, clock, local_datetime, utc_minute
from oneos.calendar.slots import Board, Option, Placement, Request
from oneos.content.library import career_guide, titles
from oneos.content.text import phrase
from oneos.design.cadence import CATCH_UP_MINUTES, CadenceChoice, later_cadence
from oneos.design.coaching import join_words
from oneos.design.schedule import (
    HORIZON_WEEKS,
    Series,
    WorkCalendar,
    standing_key,
)
from oneos.model.context import WEEKDAYS, Weekday
from oneos.model.pack import (
    CareerSession,
    EventTime,
    ListeningSession,
    PilotPlan,
    Recurrence,
    Side,
    SkipLevelPlan,
    Slot,
    SlotShift,
)

PILOT_REVIEW_MINUTES = 45


@dataclass(frozen=True)
class Timed:
    """What the slot search decided for one person."""

    slot: Slot
    catch_ups: tuple[date, ...]
    catch_up_slot: Slot | None
    careers: tuple[CareerSession, ...]
    listening: ListeningSession | None
    risks: tuple[str, ...]


def place_name(zone: str) -> str:
    """'America/New_York' -> 'New York': how a zone reads next to a time."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def _span(start: int, minutes: int) -> str:
    return f"{clock(start):%H:%M}–{clock(start + minutes):%H:%M}"


def _who(sides: tuple[Side, ...], alias: str) -> str:
    if len(sides) == 2:
        return phrase("who-both")
    return phrase("who-you") if sides == ("manager",) else phrase("who-them", alias=alias)


def _sides(placement: Placement) -> tuple[Side, ...]:
    sides: list[Side] = []
    if placement.manager_outside:
        sides.append("manager")
    if placement.person_outside:
        sides.append("person")
    return tuple(sides)


def _problems(
    sides: tuple[Side, ...], clashes: int, places: tuple[str, str], once: bool = False
) -> list[str]:
    """What is wrong with a time, in words both people can read (it goes in shared docs)."""
    out = []
    if sides:
        named = [places[0] if side == "manager" else places[1] for side in sides]
        where = list(dict.fromkeys(named))  # both in one zone: name it once
        out.append(phrase("slot-outside", places=join_words(where)))
    if clashes:
        out.append(phrase("event-clash") if once else phrase("slot-clash", n=clashes))
    return out


def _local(manager: Party, person_zone: str, day: date, start: int) -> tuple[date, int]:
    """The person's local date and minute of the day when the manager's clock shows `start`."""
    moment = local_datetime(person_zone, utc_minute(manager.zone, day, start))
    return moment.date(), moment.hour * 60 + moment.minute


def standing_runs(
    calendar: WorkCalendar,
    choice: CadenceChoice,
    series: Series,
    start: date,
    reassess: date | None,
    listening: date | None,
) -> tuple[Recurrence, ...]:
    """The standing 1:1 as recurrence rules: one run, or two when the cadence changes at the
    reassessment; rule dates the calendar moved or skipped (or a listening session replaced)
    are listed so the calendar file can say so."""
    switch = (reassess - start).days // 7 if reassess else HORIZON_WEEKS
    later = later_cadence(choice)
    segments = [(choice.every_weeks, choice.minutes, [w for w in series.weeks if w < switch])]
    if reassess is not None:
        every, minutes = later or (choice.every_weeks, choice.minutes)
        segments.append((every, minutes, [w for w in series.weeks if w >= switch]))
    return tuple(
        run
        for every, minutes, weeks in segments
        if (run := _run(calendar, start, series.weekday, weeks, every, minutes, listening))
    )


def _run(
    calendar: WorkCalendar,
    start: date,
    weekday: Weekday,
    weeks: list[int],
    every: int,
    minutes: int,
    replaced: date | None = None,
) -> Recurrence | None:
    if not weeks:
        return None
    offset = WEEKDAYS.index(weekday)
    moved: list[tuple[date, date | None]] = []
    for week in weeks:
        nominal = start + timedelta(weeks=week, days=offset)
        actual = calendar.on(start + timedelta(weeks=week), weekday)
        if actual == replaced:
            actual = None
        if actual != nominal:
            moved.append((nominal, actual))
    first = start + timedelta(weeks=weeks[0], days=offset)
    return Recurrence(
        first=first, every_weeks=every, count=len(weeks), minutes=minutes, moved=tuple(moved)
    )


def run_dates(run: Recurrence) -> list[date]:
    """The dates a run really falls on (moved dates in place, skipped ones left out)."""
    moved = dict(run.moved)
    out = []
    for n in range(run.count):
        nominal = run.first + timedelta(weeks=n * run.every_weeks)
        actual = moved.get(nominal, nominal)
        if actual is not None:
            out.append(actual)
    return sorted(out)


def make_slot(
    manager: Party,
    person_zone: str,
    weekday: Weekday,
    placement: Placement,
    runs: tuple[Recurrence, ...],
) -> Slot:
    """A placement as a slot in both people's local times, with its DST shifts and problems."""
    minutes = runs[0].minutes if runs else placement.option.occurrences[0][1]
    dates = sorted({d for run in runs for d in run_dates(run)}) or [
        d for d, _ in placement.option.occurrences
    ]
    seen: list[tuple[date, int, int]] = []  # (since, day offset, person minute)
    for day in dates:
        local_day, minute = _local(manager, person_zone, day, placement.start)
        shift = (local_day - day).days
        if not seen or seen[-1][1:] != (shift, minute):
            seen.append((day, shift, minute))
    base = WEEKDAYS.index(weekday)
    first, *later = seen
    sides = _sides(placement)
    label = _slot_words(manager.zone, person_zone, weekday, placement.start, minutes, seen)
    places = (place_name(manager.zone), place_name(person_zone))
    problems = _problems(sides, len(placement.clashes), places)
    if problems:
        label = phrase("slot-problem", slot=label, problem=", ".join(problems))
    return Slot(
        weekday=weekday,
        start=placement.start_time,
        minutes=minutes,
        manager_zone=manager.zone,
        person_zone=person_zone,
        person_weekday=WEEKDAYS[(base + first[1]) % 7],
        person_start=clock(first[2]),
        shifts=tuple(
            SlotShift(
                since=since, person_weekday=WEEKDAYS[(base + shift) % 7], person_start=clock(m)
            )
            for since, shift, m in later
        ),
        outside_hours=sides,
        clashes=placement.clashes,
        runs=runs,
        label=label,
    )


def _slot_words(
    manager_zone: str,
    person_zone: str,
    weekday: Weekday,
    start: int,
    minutes: int,
    seen: list[tuple[date, int, int]],
) -> str:
    day = WEEKDAYS.index(weekday)
    mine = phrase(
        "slot-words", day=_day(day), span=_span(start, minutes), place=place_name(manager_zone)
    )
    if person_zone == manager_zone:
        return mine

    def theirs(shift: int, minute: int) -> str:
        when = _span(minute, minutes)
        if shift:
            when = f"{_day(day + shift)} {when}"
        return phrase("slot-at", span=when, place=place_name(person_zone))

    text = phrase("slot-pair", mine=mine, theirs=theirs(seen[0][1], seen[0][2]))
    if len(seen) > 1:
        changes = "; ".join(
            phrase("slot-shift", time=theirs(shift, minute), date=since)
            for since, shift, minute in seen[1:]
        )
        text = phrase("slot-shifts", slot=text, changes=changes)
    return text


def _day(index: int) -> str:
    return WEEKDAYS[index % 7].capitalize()


def event_time(
    manager: Party, person_zone: str | None, day: date, placement: Placement
) -> EventTime:
    """A one-off meeting's time in both people's local times."""
    minutes = placement.option.occurrences[0][1]
    mine = phrase("slot-at", span=_span(placement.start, minutes), place=place_name(manager.zone))
    person_date = person_start = None
    label = mine
    if person_zone is not None:
        person_date, minute = _local(manager, person_zone, day, placement.start)
        person_start = clock(minute)
        if person_zone != manager.zone:
            span = _span(minute, minutes)
            if person_date != day:
                span = f"{person_date:%a} {span}"
            theirs = phrase("slot-at", span=span, place=place_name(person_zone))
            label = phrase("slot-pair", mine=mine, theirs=theirs)
    sides = _sides(placement)
    places = (place_name(manager.zone), place_name(person_zone or manager.zone))
    problems = _problems(sides, len(placement.clashes), places, once=True)
    if problems:
        label = phrase("slot-problem", slot=label, problem=", ".join(problems))
    return EventTime(
        start=placement.start_time,
        minutes=minutes,
        person_zone=person_zone,
        person_date=person_date,
        person_start=person_start,
        outside_hours=sides,
        clash=bool(placement.clashes),
        label=label,
    )


def same_week_options(
    calendar: WorkCalendar, day: date, minutes: int, avoid: set[date]
) -> tuple[Option, ...]:
    """The planned date first, then the other open days of that week, nearest first (a
    planned date that is not open — a no-meeting day — goes last)."""
    monday = day - timedelta(days=day.weekday())
    others = [
        monday + timedelta(days=d)
        for d in range(7)
        if monday + timedelta(days=d) != day
        and calendar.is_open(monday + timedelta(days=d))
        and monday + timedelta(days=d) not in avoid
    ]
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
    who = _who(slot.outside_hours, alias)
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
            problem = ", ".join(_problems(timed.outside_hours, int(timed.clash), places, True))
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
        heard_out[alias] = heard.model_copy(update={"time": timed})
    catch_out: dict[str, tuple[tuple[date, ...], Slot | None]] = {}
    for choice in choices:
        alias = choice.profile.alias
        catch_out[alias] = _catch_ups(board, calendar, choice, series[alias], start, people[alias])
        slot = catch_out[alias][1]
        if slot is not None and not slot.fits:
            what = meeting["monthly-catch-up"].lower()
            places = (place_name(manager.zone), place_name(zones[alias]))
            problem = ", ".join(_problems(slot.outside_hours, len(slot.clashes), places))
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
            timed_sessions.append(session.model_copy(update={"date": day, "time": timed}))
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
    run = _run(calendar, start, weekday, weeks, 4, CATCH_UP_MINUTES)
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
        sessions.append(session.model_copy(update={"date": day, "time": timed}))
    risks: tuple[str, ...] = ()
    if missed:
        risks = (phrase("risk-skip-unplaced", n=len(missed), date=min(missed)),)
    return skip.model_copy(update={"schedule": tuple(sessions)}), risks


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
    return pilot.model_copy(update={"review_meeting": when, "review_time": timed}), risks
