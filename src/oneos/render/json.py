"""pack.json: the stable, documented machine-readable form of a pack (schemas/pack.schema.json)."""

from __future__ import annotations

from datetime import date, time
from typing import Annotated, Any, Literal

import msgspec

from oneos.model.base import Model, doc
from oneos.model.pack import EventTime, Pack, Slot


class _Out(Model, frozen=True, kw_only=True):
    """Base of the pack.json document's parts."""


class ManagerOut(_Out, frozen=True, kw_only=True):
    role: str
    timezone: Annotated[str, doc("IANA time zone all plan dates are in.")]


class CadenceOut(_Out, frozen=True, kw_only=True):
    every_weeks: int
    minutes: int
    meeting_types: list[str]


class ShiftOut(_Out, frozen=True, kw_only=True):
    since: Annotated[date, doc("First meeting date with the new local time.")]
    person_weekday: str
    person_start: str


class SlotOut(_Out, frozen=True, kw_only=True):
    """A recurring meeting's time, in the manager's and the person's local time."""

    weekday: Annotated[str, doc("mon–sun, in the manager's time zone.")]
    start: Annotated[str, doc("HH:MM in the manager's time zone.")]
    end: str
    minutes: int
    timezone: Annotated[str, doc("The manager's time zone.")]
    person_weekday: Annotated[str, doc("mon–sun in the person's zone (first meeting).")]
    person_start: Annotated[str, doc("HH:MM in the person's zone (first meeting).")]
    person_end: str
    person_timezone: str
    shifts: Annotated[list[ShiftOut], doc("Later changes of the person's local time (DST).")]
    fits: Annotated[bool, doc("Inside both working days on every date, clear of clashes.")]
    outside_hours: list[Literal["manager", "person"]]
    clashes: list[date]
    label: str


class TimeOut(_Out, frozen=True, kw_only=True):
    """A one-off meeting's time on its date."""

    start: Annotated[str, doc("HH:MM in the manager's time zone.")]
    minutes: int
    person_start: Annotated[str | None, doc("HH:MM in the person's zone, if one.")]
    person_date: date | None
    fits: bool
    label: str


class CareerSessionOut(_Out, frozen=True, kw_only=True):
    kind: Literal["life-story", "future-dreams", "career-action-plan"]
    date: date
    minutes: int
    time: TimeOut | None = None


class ListeningOut(_Out, frozen=True, kw_only=True):
    date: date
    minutes: int
    reason: str
    time: TimeOut | None = None


class PersonOut(_Out, frozen=True, kw_only=True):
    alias: str
    role: str
    seniority: str
    stage: str
    flags: list[str]
    timezone: str
    track: str
    cadence: CadenceOut
    rationale: str
    reassess_on: date | None
    then: CadenceOut | None
    weekday: str
    first_meeting: date
    meetings: Annotated[list[date], doc("Standing 1:1 dates over the first 12 weeks.")]
    catch_ups: list[date]
    career_sessions: list[CareerSessionOut]
    listening_session: ListeningOut | None
    questions: Annotated[list[str], doc("Ids of the questions picked for this person.")]
    boundary_note: str | None
    slot: Annotated[SlotOut | None, doc("The standing 1:1's recurring time.")] = None
    catch_up_slot: Annotated[SlotOut | None, doc("The monthly catch-up's time.")] = None


class LoadOut(_Out, frozen=True, kw_only=True):
    current_minutes_per_week: float | None
    planned_minutes_per_week: float
    later_minutes_per_week: float
    budget_minutes_per_week: float | None
    floor_minutes_per_week: float
    over_budget: bool
    adjustments: list[str]


class BarbellOut(_Out, frozen=True, kw_only=True):
    removed: list[str]
    replaced_by: list[str]
    catch_up_every_weeks: int
    catch_up_minutes: int
    catch_up_people: list[str]
    urgent_sla_hours: int


class SkipSessionOut(_Out, frozen=True, kw_only=True):
    date: date
    label: str
    people: int
    time: TimeOut | None = None


class SkipLevelOut(_Out, frozen=True, kw_only=True):
    population: int
    goal: str
    format: str
    group_size: int
    minutes: int
    sessions: int
    weeks_to_cover: int
    schedule: list[SkipSessionOut]


class PilotMeetingOut(_Out, frozen=True, kw_only=True):
    date: date
    alias: str
    kind: str


class PilotWeekOut(_Out, frozen=True, kw_only=True):
    week: int
    start: date
    end: date
    focus: str
    meetings: list[PilotMeetingOut]
    review_prompts: list[str]


class PilotOut(_Out, frozen=True, kw_only=True):
    weeks: int
    start: date
    end: date
    review_meeting: date
    schedule: list[PilotWeekOut]
    success_signals: list[str]


class OfferOut(_Out, frozen=True, kw_only=True):
    id: str
    title: str


class TriageOut(_Out, frozen=True, kw_only=True):
    category: Literal["none", "hr", "status", "crisis"]
    message: str
    trigger: str | None = None
    offers: list[OfferOut] = msgspec.field(default_factory=list)


class PackJson(_Out, frozen=True, kw_only=True):
    """The whole pack.json document."""

    schema_version: Literal[1] = 1
    pack_produced: bool
    triage: TriageOut
    start: date | None = None
    manager: ManagerOut | None = None
    people: list[PersonOut] = msgspec.field(default_factory=list)
    load: LoadOut | None = None
    barbell: BarbellOut | None = None
    skip_level: SkipLevelOut | None = None
    status_home: str | None = None
    pilot: PilotOut | None = None
    assumptions: list[str] = msgspec.field(default_factory=list)
    open_questions: list[str] = msgspec.field(default_factory=list)
    risks: list[str] = msgspec.field(default_factory=list)
    next_steps: list[str] = msgspec.field(default_factory=list)
    gate: Annotated[dict[str, Any], doc("Quality gate: total, passed, categories.")] | None = None


def pack_json_model(pack: Pack) -> PackJson:
    """The documented JSON view of a produced pack."""
    load = pack.load
    return PackJson(
        pack_produced=True,
        triage=TriageOut(category="none", message=""),
        start=pack.start,
        manager=ManagerOut(role=pack.manager_role, timezone=pack.manager_timezone),
        people=[
            PersonOut(
                alias=p.alias,
                role=p.role,
                seniority=p.seniority,
                stage=p.stage,
                flags=list(p.flags),
                timezone=p.timezone,
                track=p.track,
                cadence=_cadence(p.cadence.every_weeks, p.cadence.minutes, p.cadence.meeting_types),
                rationale=p.rationale,
                reassess_on=p.reassess_on,
                then=_cadence(p.then.every_weeks, p.then.minutes, p.then.meeting_types)
                if p.then
                else None,
                weekday=p.weekday,
                first_meeting=p.first_meeting,
                meetings=list(p.meetings),
                catch_ups=list(p.catch_ups),
                career_sessions=[
                    CareerSessionOut(
                        kind=s.kind, date=s.date, minutes=s.minutes, time=_time(s.time)
                    )
                    for s in p.career_sessions
                ],
                listening_session=(
                    ListeningOut(
                        date=p.listening_session.date,
                        minutes=p.listening_session.minutes,
                        reason=p.listening_session.reason,
                        time=_time(p.listening_session.time),
                    )
                    if p.listening_session
                    else None
                ),
                questions=[q.id for q in p.questions],
                boundary_note=p.boundary_note,
                slot=_slot(p.slot),
                catch_up_slot=_slot(p.catch_up_slot),
            )
            for p in pack.people
        ],
        load=LoadOut(
            current_minutes_per_week=load.current_minutes_per_week,
            planned_minutes_per_week=load.planned_minutes_per_week,
            later_minutes_per_week=load.later_minutes_per_week,
            budget_minutes_per_week=load.budget_minutes_per_week,
            floor_minutes_per_week=load.floor_minutes_per_week,
            over_budget=load.over_budget,
            adjustments=list(load.adjustments),
        ),
        barbell=BarbellOut(
            removed=list(pack.barbell.removed),
            replaced_by=list(pack.barbell.replaced_by),
            catch_up_every_weeks=pack.barbell.catch_up_every_weeks,
            catch_up_minutes=pack.barbell.catch_up_minutes,
            catch_up_people=list(pack.barbell.catch_up_people),
            urgent_sla_hours=pack.barbell.urgent_sla_hours,
        ),
        skip_level=(
            SkipLevelOut(
                population=pack.skip_level.population,
                goal=pack.skip_level.goal,
                format=pack.skip_level.format,
                group_size=pack.skip_level.group_size,
                minutes=pack.skip_level.minutes,
                sessions=pack.skip_level.sessions,
                weeks_to_cover=pack.skip_level.weeks_to_cover,
                schedule=[
                    SkipSessionOut(date=s.date, label=s.label, people=s.people, time=_time(s.time))
                    for s in pack.skip_level.schedule
                ],
            )
            if pack.skip_level
            else None
        ),
        status_home=pack.purpose.status_home,
        pilot=PilotOut(
            weeks=pack.pilot.weeks,
            start=pack.pilot.start,
            end=pack.pilot.end,
            review_meeting=pack.pilot.review_meeting,
            schedule=[
                PilotWeekOut(
                    week=w.number,
                    start=w.start,
                    end=w.end,
                    focus=w.focus,
                    meetings=[
                        PilotMeetingOut(date=m.date, alias=m.alias, kind=m.kind) for m in w.meetings
                    ],
                    review_prompts=list(w.review_prompts),
                )
                for w in pack.pilot.schedule
            ],
            success_signals=[
                f"{signal}: {measure}" for signal, measure in pack.pilot.success_signals
            ],
        ),
        assumptions=list(pack.assumptions),
        open_questions=list(pack.open_questions),
        risks=list(pack.risks),
        next_steps=list(pack.next_steps),
        gate=_gate(pack),
    )


def _gate(pack: Pack) -> dict[str, Any] | None:
    gate = pack.gate
    if gate is None:
        return None
    return {
        "total": gate.total,
        "max": gate.max,
        "passed": gate.passed,
        "categories": {c.key: c.score for c in gate.categories},
        "failed_checks": [c.id for c in gate.checks if not c.passed],
    }


def _hhmm(value: time, plus: int = 0) -> str:
    minutes = (value.hour * 60 + value.minute + plus) % (24 * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _slot(slot: Slot | None) -> SlotOut | None:
    if slot is None:
        return None
    return SlotOut(
        weekday=slot.weekday,
        start=_hhmm(slot.start),
        end=_hhmm(slot.start, slot.minutes),
        minutes=slot.minutes,
        timezone=slot.manager_zone,
        person_weekday=slot.person_weekday,
        person_start=_hhmm(slot.person_start),
        person_end=_hhmm(slot.person_start, slot.minutes),
        person_timezone=slot.person_zone,
        shifts=[
            ShiftOut(
                since=s.since, person_weekday=s.person_weekday, person_start=_hhmm(s.person_start)
            )
            for s in slot.shifts
        ],
        fits=slot.fits,
        outside_hours=list(slot.outside_hours),
        clashes=list(slot.clashes),
        label=slot.label,
    )


def _time(timed: EventTime | None) -> TimeOut | None:
    if timed is None:
        return None
    return TimeOut(
        start=_hhmm(timed.start),
        minutes=timed.minutes,
        person_start=_hhmm(timed.person_start) if timed.person_start else None,
        person_date=timed.person_date,
        fits=timed.fits,
        label=timed.label,
    )


def _cadence(every: int, minutes: int, types: tuple[str, ...]) -> CadenceOut:
    return CadenceOut(every_weeks=every, minutes=minutes, meeting_types=list(types))


def dumps(document: PackJson) -> str:
    """Stable JSON text in the model's field order, two-space indent, newline at the end."""
    raw = msgspec.json.format(msgspec.json.encode(document), indent=2)
    return raw.decode("utf-8") + "\n"


def pack_json_schema() -> dict[str, Any]:
    """The JSON Schema of pack.json."""
    from oneos.model.schema import json_schema

    return json_schema(PackJson, "pack.schema.json")
