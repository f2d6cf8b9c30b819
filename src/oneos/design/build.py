"""The eight design steps in order: context in, Pack out. Pure: no I/O, no clock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from oneos.calendar.slots import Board, BusyInterval
from oneos.content.library import guides, playbooks
from oneos.content.vocabulary import Situation
from oneos.design.barbell import plan_barbell
from oneos.design.cadence import (
    CATCH_UP_MINUTES,
    choose_cadence,
    later_cadence,
    rationale,
    reassess_date,
    relationship_types,
)
from oneos.design.career import plan_career
from oneos.design.coaching import pick_questions, situations_for, skip_level_questions, team_bank
from oneos.design.context import assumptions, manager_role, plan_purpose, snapshot, status_home
from oneos.design.load import balance_load
from oneos.design.people import manager_timezone, profile_people
from oneos.design.pilot import plan_pilot
from oneos.design.playbooks import plan_listening
from oneos.design.risks import plan_next_steps, plan_open_questions, plan_risks
from oneos.design.schedule import plan_series, work_calendar
from oneos.design.shared_docs import (
    WEEKDAY_NAMES,
    boundary_note,
    cadence_words,
    first_agenda,
    seeded_actions,
    seeded_backlog,
    wellbeing_note,
    working_agreements,
)
from oneos.design.skip_level import plan_skip_level, skip_shapes
from oneos.design.timing import time_people, time_pilot_review, time_skip_level
from oneos.model.context import Context, slug
from oneos.model.pack import MeetingType, Pack, PersonPlan, PlannedCadence, Slot


def build_pack(
    context: Context,
    start: date,
    *,
    is_default: bool = False,
    busy: Sequence[BusyInterval] = (),
) -> Pack:
    """Run the design steps on a context; `start` is the Monday the new system begins.

    `busy` holds times the manager's calendar is already taken; slots avoid them."""
    if start.weekday() != 0:
        raise ValueError(f"start must be a Monday, not {start:%A} {start}")
    profiles = profile_people(context, start)
    # Step 3: cadence per person, then the load against the budget, then the calendar rhythm.
    shapes = skip_shapes(context.skip_level) if context.skip_level else ()
    balanced = balance_load(context, tuple(choose_cadence(p) for p in profiles), shapes)
    choices = balanced.choices
    reassess = {c.profile.alias: reassess_date(c, start) for c in choices}
    calendar = work_calendar(context, start)
    board = Board(calendar.manager, max_one_on_ones=calendar.max_one_on_ones, busy=busy)
    series = plan_series(calendar, choices, start, reassess, board)
    skip = None
    if context.skip_level and balanced.skip_shape:
        skip_day = calendar.days[-1]
        skip = plan_skip_level(context.skip_level, balanced.skip_shape, start, calendar, skip_day)
    careers = plan_career(context, calendar, profiles, series, reassess, start)
    # Step 3f: times for everything, on one board, so nothing overlaps.
    listenings = {
        c.profile.alias: plan_listening(c.profile, series[c.profile.alias], calendar, start)
        for c in choices
    }
    sessions_of = {alias: sessions for alias, (sessions, _) in careers.items()}
    timed = time_people(board, calendar, choices, series, listenings, sessions_of, start, reassess)
    slot_risks = [risk for t in timed.values() for risk in t.risks]
    if skip is not None:
        skip, skip_risks = time_skip_level(board, calendar, skip)
        slot_risks.extend(skip_risks)
    manager = manager_role(context)
    people = []
    situations_of: dict[str, list[Situation]] = {}
    for choice in choices:
        profile = choice.profile
        alias = profile.alias
        listening = timed[alias].listening
        meetings = tuple(
            d for d in series[alias].meetings if listening is None or d != listening.date
        )
        sessions, career_note = timed[alias].careers, careers[alias][1]
        catch_ups = timed[alias].catch_ups
        situations, why = situations_for(profile, context)
        situations_of[alias] = situations
        first = min(meetings[:1] + ((listening.date,) if listening else ()))
        later = later_cadence(choice)
        types: list[MeetingType] = ["standing-1-1"]
        if choice.catch_up:
            types.append("monthly-catch-up")
        types.append("urgent-topical")
        if listening:
            types.append("listening-session")
        if sessions:
            types.append("career-session")
        people.append(
            PersonPlan(
                alias=alias,
                slug=slug(alias),
                role=profile.person.role or "—",
                seniority=profile.seniority,
                stage=profile.stage,
                flags=profile.person.flags,
                timezone=profile.timezone,
                kind=profile.person.kind,
                track=choice.track,
                cadence=PlannedCadence(
                    every_weeks=choice.every_weeks,
                    minutes=choice.minutes,
                    label=cadence_words(choice.every_weeks, choice.minutes),
                    meeting_types=tuple(types),
                ),
                rationale=rationale(choice),
                reassess_on=reassess[alias],
                then=(
                    PlannedCadence(
                        every_weeks=later[0],
                        minutes=later[1],
                        label=cadence_words(*later),
                        meeting_types=("standing-1-1", "monthly-catch-up", "urgent-topical"),
                    )
                    if later
                    else None
                ),
                weekday=series[alias].weekday,
                weekday_name=WEEKDAY_NAMES[series[alias].weekday],
                first_meeting=first,
                meetings=meetings,
                catch_ups=catch_ups,
                adjustments=choice.adjustments,
                career_sessions=sessions,
                career_note=career_note,
                listening_session=listening,
                situations=tuple(situations),
                questions=pick_questions(profile, situations),
                questions_why=why,
                agreements=working_agreements(
                    cadence=(choice.every_weeks, choice.minutes),
                    weekday=series[alias].weekday,
                    slot_label=_slot_label(timed[alias].slot),
                    status_home=status_home(context),
                    sla=playbooks().urgent.sla_hours,
                    private_notes=context.privacy.manager_notes or "factual-only",
                    reassess=reassess[alias],
                    later=later,
                    catch_ups=catch_ups,
                    catch_up_minutes=CATCH_UP_MINUTES,
                    listening=listening,
                    career=sessions,
                ),
                agenda=first_agenda(profile, situations, listening, first),
                backlog=seeded_backlog(profile, sessions),
                actions=seeded_actions(profile, calendar, start, first, sessions),
                boundary_note=boundary_note(profile),
                wellbeing_note=wellbeing_note(profile),
                slot=timed[alias].slot,
                catch_up_slot=timed[alias].catch_up_slot,
            )
        )
    people_t = tuple(people)
    pilot, review_risks = time_pilot_review(
        board, calendar, plan_pilot(context.pilot_weeks, start, people_t, calendar)
    )
    slot_risks.extend(review_risks)
    barbell = plan_barbell(context, choices)
    return Pack(
        start=start,
        manager_role=manager,
        manager_timezone=manager_timezone(context),
        is_default=is_default,
        snapshot=snapshot(context, profiles, start),
        purpose=plan_purpose(context, skip),
        people=people_t,
        barbell=barbell,
        load=balanced.load,
        skip_level=skip,
        relationship_types=relationship_types(choices),
        bank=team_bank([list(situations_of[p.alias]) for p in people_t]),
        skip_questions=skip_level_questions(),
        guides=guides(),
        pilot=pilot,
        assumptions=assumptions(context, profiles, start, is_default),
        open_questions=plan_open_questions(context, profiles, balanced.load, is_default),
        risks=plan_risks(context, profiles, people_t, balanced.load, slots=tuple(slot_risks)),
        next_steps=plan_next_steps(context, people_t, skip, pilot, calendar),
    )


def _slot_label(slot: Slot | None) -> str | None:
    """A slot in words for the working agreements, without the planner's warnings."""
    return slot.label.split(" — ")[0] if slot is not None else None
