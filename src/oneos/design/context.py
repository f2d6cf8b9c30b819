"""Steps 1–2: the context snapshot, every assumption, and the 1:1 purpose and channel map."""

from __future__ import annotations

from datetime import date

from oneos.content.library import playbooks, purpose_guide
from oneos.content.text import phrase, sentence_start
from oneos.design.coaching import join_words
from oneos.design.people import (
    DEFAULT_TIMEZONE,
    Profile,
    manager_hours,
    manager_timezone,
)
from oneos.design.skip_level import DEFAULT_GOAL
from oneos.model.context import Context
from oneos.model.pack import Purpose, SkipLevelPlan, Snapshot

DEFAULT_GOALS = ("coaching", "clarity", "growth")


def manager_role(context: Context) -> str:
    return context.manager.role or phrase("default-manager-role")


def status_home(context: Context) -> str:
    return context.status_home or phrase("default-status-home")


def goals(context: Context) -> tuple[str, ...]:
    return context.goals or DEFAULT_GOALS


def snapshot(context: Context, profiles: tuple[Profile, ...], start: date) -> Snapshot:
    """The context as understood, one row per fact, in the manager's words where given."""
    m = context.manager
    zones = sorted({p.timezone for p in profiles})
    directs = sum(1 for p in profiles if p.person.kind == "direct")
    rows: list[tuple[str, str]] = [
        ("Manager", " · ".join(x for x in (manager_role(context), m.function, m.org_type) if x)),
        ("Experience", (m.experience or "not given").replace("-", " ")),
        ("Time zone and hours", f"{manager_timezone(context)}, {manager_hours(context)}"),
        ("Working model", m.working_model or "not given"),
        (
            "People",
            phrase(
                "snapshot-people",
                total=len(profiles),
                directs=directs,
                dotted=len(profiles) - directs,
            ),
        ),
        ("Their time zones", ", ".join(zones) if zones else "—"),
        (
            "1:1 budget",
            f"{m.budget_hours_per_week:g} h/week" if m.budget_hours_per_week else "not given",
        ),
        (
            "Calendar already booked",
            f"{m.calendar_utilisation}%" if m.calendar_utilisation is not None else "not given",
        ),
        ("Today's cadence", _cadence_text(context)),
        (
            "Shared doc today",
            {True: "yes", False: "no", None: "not given"}[context.current.shared_doc],
        ),
        ("Status lives in", status_home(context)),
        (
            "Recent events",
            "; ".join(f"{e.kind.replace('-', ' ')} on {e.date}" for e in context.events)
            or "none given",
        ),
        (
            "Skip-levels",
            phrase(
                "snapshot-skip",
                n=context.skip_level.population,
                goal=context.skip_level.goal or DEFAULT_GOAL,
            )
            if context.skip_level
            else "none",
        ),
        (
            "Docs and tracker",
            f"{context.tools.docs or 'not given'} / {context.tools.tracker or 'not given'}",
        ),
        ("Plan starts", f"{start:%A %d %B %Y}"),
    ]
    if context.must_cover:
        rows.append(("Must be in 1:1s", "; ".join(context.must_cover)))
    if context.excluded_topics:
        rows.append(("Never in 1:1s", "; ".join(context.excluded_topics)))
    failure = tuple(phrase(f"failure-{f}") for f in context.current.failure_modes)
    goal_lines = tuple(purpose_guide().goal_lines[g] for g in goals(context))
    return Snapshot(rows=tuple(rows), goals=goal_lines, failure_modes=failure)


def _cadence_text(context: Context) -> str:
    cadence = context.current.cadence
    parts = []
    if cadence:
        every = "weekly" if cadence.every_weeks == 1 else f"every {cadence.every_weeks} weeks"
        parts.append(f"{every}, {cadence.minutes} min")
    if context.current.format:
        parts.append(context.current.format)
    return "; ".join(parts) or "not given"


def assumptions(
    context: Context, profiles: tuple[Profile, ...], start: date, is_default: bool
) -> tuple[str, ...]:
    """Every default the plan relied on, labelled, naming the people it applies to."""
    out: list[str] = list(context.assumptions)
    if is_default:
        out.append(phrase("assume-default-roster"))
    m = context.manager
    if not m.role:
        out.append(phrase("assume-role", role=manager_role(context)))
    if not m.timezone:
        out.append(phrase("assume-timezone", zone=DEFAULT_TIMEZONE))
    if not m.working_hours:
        out.append(phrase("assume-hours"))
    groups: dict[str, list[str]] = {}
    for p in profiles:
        person = p.person
        if not person.timezone:
            groups.setdefault("assume-person-timezone", []).append(p.alias)
        if not person.seniority and "senior" not in person.flags:
            groups.setdefault("assume-seniority", []).append(p.alias)
        if not person.stage:
            groups.setdefault("assume-stage", []).append(f"{p.alias} ({p.stage})")
        if not person.working_hours and person.timezone:
            groups.setdefault("assume-person-hours", []).append(p.alias)
    for key, names in groups.items():
        out.append(phrase(key, names=join_words(names)))
    if m.budget_hours_per_week is None:
        out.append(phrase("assume-budget"))
    if not context.goals:
        out.append(phrase("assume-goals", goals=join_words(list(DEFAULT_GOALS))))
    if not context.status_home:
        out.append(phrase("assume-status-home", home=status_home(context)))
    if not context.tools.docs:
        out.append(phrase("assume-docs"))
    if not context.tools.tracker:
        out.append(phrase("assume-tracker"))
    if context.pilot.start is None:
        out.append(phrase("assume-start", start=start))
    if context.pilot.weeks is None:
        out.append(phrase("assume-pilot-weeks", weeks=context.pilot_weeks))
    if context.career.run and context.career.who is None:
        out.append(phrase("assume-career-who"))
    if context.privacy.manager_notes is None:
        out.append(phrase("assume-private-notes"))
    if context.skip_level and context.skip_level.goal is None:
        out.append(phrase("assume-skip-goal"))
    out.append(phrase("assume-sla"))
    return tuple(out)


def plan_purpose(context: Context, skip: SkipLevelPlan | None) -> Purpose:
    """What 1:1s are for here, what they are not for, and the what-goes-where map."""
    guide = purpose_guide()
    home = status_home(context)
    sla = playbooks().urgent.sla_hours
    skip_text = (
        phrase("channel-skip-planned", sessions=skip.sessions, weeks=skip.weeks_to_cover)
        if skip
        else phrase("channel-skip-none")
    )
    channels = tuple(
        (name, what, how.format(status_home=home, sla=sla, skip=skip_text))
        for name, what, how in guide.channels
    )
    not_for = list(guide.not_for) + [
        phrase("not-for-excluded", topic=sentence_start(t)) for t in context.excluded_topics
    ]
    for_topics = list(guide.for_topics) + [
        phrase("for-must-cover", topic=sentence_start(t)) for t in context.must_cover
    ]
    return Purpose(
        statement=guide.statement.strip(),
        for_topics=tuple(for_topics),
        not_for=tuple(not_for),
        channels=channels,
        status_home=home,
    )
