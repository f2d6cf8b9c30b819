"""Step 8: risks, open questions and next steps, each naming the person or fact it is about."""

from __future__ import annotations

from datetime import date, timedelta

from oneos.content.text import phrase
from oneos.design.coaching import hours_apart_words, join_words
from oneos.design.people import Profile, manager_is_new
from oneos.design.schedule import WorkCalendar
from oneos.model.context import Context
from oneos.model.pack import Load, PersonPlan, PilotPlan, SkipLevelPlan

FAR_APART_HOURS = 6
BUSY_CALENDAR = 80


def plan_risks(
    context: Context,
    profiles: tuple[Profile, ...],
    people: tuple[PersonPlan, ...],
    load: Load,
    slots: tuple[str, ...] = (),
) -> tuple[str, ...]:
    """What could make this plan fail, most serious first; never empty.

    `slots` are the slot search's risks: meetings it could not fit inside working hours."""
    out: list[str] = []
    if load.over_budget and load.budget_minutes_per_week is not None:
        out.append(
            phrase(
                "risk-over-budget",
                floor=f"{load.floor_minutes_per_week:g}",
                budget=f"{load.budget_minutes_per_week:g}",
                planned=f"{load.planned_minutes_per_week:g}",
            )
        )
    for note in load.adjustments:
        out.append(phrase("risk-tradeoff", note=note))
    if (
        load.budget_minutes_per_week is not None
        and load.later_minutes_per_week > load.budget_minutes_per_week + 1e-9
    ):
        out.append(
            phrase(
                "risk-later-over-budget",
                later=f"{load.later_minutes_per_week:g}",
                budget=f"{load.budget_minutes_per_week:g}",
            )
        )
    utilisation = context.manager.calendar_utilisation
    if utilisation is not None and utilisation >= BUSY_CALENDAR:
        out.append(phrase("risk-busy-calendar", pct=utilisation))
    if manager_is_new(context):
        # A first-time manager and one new to this team carry the same load, for different reasons.
        first_time = context.manager.experience == "first-time"
        key = "risk-new-manager" if first_time else "risk-new-to-team"
        out.append(phrase(key, n=len(profiles)))
    # A slot that does not fit has its own, more precise risk in `slots`.
    unfit = {p.alias for p in people if p.slot is not None and not p.slot.fits}
    for p in profiles:
        for flag in p.person.flags:
            key = f"risk-flag-{flag}"
            out.append(phrase(key, alias=p.alias))
        if abs(p.hours_apart) >= FAR_APART_HOURS and p.alias not in unfit:
            out.append(
                phrase("risk-far-apart", alias=p.alias, apart=hours_apart_words(p.hours_apart))
            )
    out.extend(slots)
    touched = sorted({e.kind.replace("-", " ") for p in profiles for e in p.events})
    if touched:
        out.append(phrase("risk-after-change", events=join_words(touched)))
    if "status-updates" in context.current.failure_modes or not context.status_home:
        out.append(phrase("risk-status-drift"))
    out.append(phrase("risk-cancellations"))
    return tuple(dict.fromkeys(out))


def plan_open_questions(
    context: Context, profiles: tuple[Profile, ...], load: Load, is_default: bool
) -> tuple[str, ...]:
    """What the plan would be better for knowing; never empty."""
    out: list[str] = list(context.open_questions)
    if is_default:
        out.append(phrase("q-default-roster"))
    if context.manager.budget_hours_per_week is None:
        out.append(phrase("q-budget", planned=f"{load.planned_minutes_per_week:g}"))
    if load.current_minutes_per_week is None:
        unknown = [
            p.alias for p in profiles if not (p.person.current_cadence or context.current.cadence)
        ]
        if unknown:
            out.append(phrase("q-current-cadence", names=join_words(unknown)))
    if not context.current.failure_modes and not is_default:
        out.append(phrase("q-failure-modes"))
    if not context.status_home:
        out.append(phrase("q-status-home"))
    remote = context.manager.working_model in ("remote", "hybrid")
    no_zone = [p.alias for p in profiles if not p.person.timezone]
    if no_zone and (remote or not context.manager.timezone) and not is_default:
        out.append(phrase("q-timezones", names=join_words(no_zone)))
    for p in profiles:
        if p.has("new-hire") and p.person.tenure_weeks is None:
            out.append(phrase("q-new-hire-tenure", alias=p.alias))
        if p.has("passed-over"):
            out.append(phrase("q-passed-over", alias=p.alias))
        if p.has("hr-process"):
            out.append(phrase("q-hr-process", alias=p.alias))
        if p.has("returning-from-leave"):
            out.append(phrase("q-returning", alias=p.alias))
    for event in context.events:
        if event.affected == "all" and len(profiles) > 1:
            out.append(phrase("q-event-scope", event=event.kind.replace("-", " "), date=event.date))
    if context.skip_level is None and context.manager.level in (
        "manager-of-managers",
        "director",
        "executive",
    ):
        out.append(phrase("q-skip-level"))
    if context.career.run and not context.career.ladder:
        out.append(phrase("q-ladder"))
    if not out:
        out.append(phrase("q-what-else"))
    return tuple(dict.fromkeys(out))


def plan_next_steps(
    context: Context,
    people: tuple[PersonPlan, ...],
    skip: SkipLevelPlan | None,
    pilot: PilotPlan,
    calendar: WorkCalendar,
) -> tuple[str, ...]:
    """Dated steps with owners, in the order they happen."""
    start = pilot.start
    before = calendar.workday_before(start)
    steps: list[tuple[date, str]] = [
        (before, phrase("next-share-map", date=start)),
        (before, phrase("next-open-docs", date=start, n=len(people))),
        (before, phrase("next-book", date=start)),
    ]
    listening = sorted((p.listening_session.date, p.alias) for p in people if p.listening_session)
    if listening:
        steps.append(
            (
                listening[0][0],
                phrase(
                    "next-listening",
                    names=join_words([alias for _, alias in listening]),
                    date=listening[-1][0],
                ),
            )
        )
    careers = sorted((p.career_sessions[0].date, p.alias) for p in people if p.career_sessions)
    if careers:
        first_date, first_alias = careers[0]
        steps.append((first_date, phrase("next-career", alias=first_alias, date=first_date)))
    if skip is not None:
        announce = calendar.workday_before(skip.schedule[0].date) if skip.schedule else start
        steps.append((announce, phrase("next-skip-announce", date=announce)))
    # One step per reassessment date: five identical lines for five people read as noise.
    due: dict[date, list[str]] = {}
    for p in people:
        if p.reassess_on is not None and p.reassess_on <= start + timedelta(weeks=12):
            due.setdefault(p.reassess_on, []).append(p.alias)
    for when, aliases in due.items():
        if len(aliases) == 1:
            steps.append((when, phrase("next-reassess", alias=aliases[0], date=when)))
        else:
            steps.append((when, phrase("next-reassess-many", names=join_words(aliases), date=when)))
    steps.append((pilot.review_meeting, phrase("next-pilot-review", date=pilot.review_meeting)))
    steps.sort(key=lambda s: s[0])
    return tuple(dict.fromkeys(text for _, text in steps))
