"""Step 3f, in words and models: placements as slots and times in both people's local time.

The slot search (`oneos.calendar.slots`) answers in minutes and dates; this module turns its
placements into the pack's `Slot` and `EventTime`, with labels such as
"Tue 16:00–16:30 London / 11:00–11:30 New York" and the recurrence rules calendar.ics needs.
"""

from __future__ import annotations

from datetime import date, timedelta

from oneos.calendar.overlap import Party, clock, local_datetime, wall_minute
from oneos.calendar.slots import Placement
from oneos.content.text import phrase
from oneos.design.cadence import CadenceChoice, later_cadence
from oneos.design.coaching import join_words
from oneos.design.schedule import HORIZON_WEEKS, Series, WorkCalendar
from oneos.model.context import WEEKDAYS, Weekday
from oneos.model.pack import EventTime, Recurrence, Side, Slot, SlotShift


def place_name(zone: str) -> str:
    """'America/New_York' -> 'New York': how a zone reads next to a time."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def _span(start: int, minutes: int) -> str:
    return f"{_hhmm(start)}–{_hhmm(start + minutes)}"


def _hhmm(minute: int) -> str:
    """A minute of the day as 09:30 (1440 and beyond wrap round), like `clock` with %H:%M."""
    minute %= 24 * 60
    return f"{minute // 60:02d}:{minute % 60:02d}"


def who_words(sides: tuple[Side, ...], alias: str) -> str:
    if len(sides) == 2:
        return phrase("who-both")
    return phrase("who-you") if sides == ("manager",) else phrase("who-them", alias=alias)


def sides_of(placement: Placement) -> tuple[Side, ...]:
    sides: list[Side] = []
    if placement.manager_outside:
        sides.append("manager")
    if placement.person_outside:
        sides.append("person")
    return tuple(sides)


def problems_in_words(
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
    moment = local_datetime(person_zone, wall_minute(manager.zone, day, start))
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
        if (run := recurrence(calendar, start, series.weekday, weeks, every, minutes, listening))
    )


def recurrence(
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
    occurrences = placement.option.occurrences
    minutes = runs[0].minutes if runs else next((m for _, m in occurrences), 30)
    # Every date the slot is used on; in the odd plan where all were skipped, its first rule date.
    dates = sorted({d for run in runs for d in run_dates(run)}) or [d for d, _ in occurrences]
    dates = dates or [run.first for run in runs[:1]]
    seen: list[tuple[date, int, int]] = []  # (since, day offset, person minute)
    for day in dates:
        local_day, minute = _local(manager, person_zone, day, placement.start)
        shift = (local_day - day).days
        if not seen or seen[-1][1:] != (shift, minute):
            seen.append((day, shift, minute))
    base = WEEKDAYS.index(weekday)
    first, *later = seen
    sides = sides_of(placement)
    label = _slot_words(manager.zone, person_zone, weekday, placement.start, minutes, seen)
    places = (place_name(manager.zone), place_name(person_zone))
    problems = problems_in_words(sides, len(placement.clashes), places)
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
    sides = sides_of(placement)
    places = (place_name(manager.zone), place_name(person_zone or manager.zone))
    problems = problems_in_words(sides, len(placement.clashes), places, once=True)
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
