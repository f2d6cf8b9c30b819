"""The pack's layout as blocks: deliverables 1–3 and 8, the pilot, and the order of it all."""

from __future__ import annotations

from collections.abc import Callable

from oneos.content.text import human_date
from oneos.model.pack import Pack
from oneos.render.blocks import Block, bullets, heading, note, numbered, para, table
from oneos.render.person_doc import person_blocks
from oneos.render.sections import (
    career_plan,
    coaching_toolkit,
    playbooks_section,
    wellbeing_pattern,
)

Section = Callable[[Pack], list[Block]]


def names(items: tuple[str, ...] | list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def context_and_goals(pack: Pack) -> list[Block]:
    g = pack.guides
    out = heading(2, g.titles["sections"]["context"])
    out += heading(3, "What our 1:1s are for")
    out += para(pack.purpose.statement)
    out += para(g.label("for-heading"))
    out += bullets(pack.purpose.for_topics)
    out += para(g.label("not-for-heading"))
    out += bullets(pack.purpose.not_for)
    out += heading(3, "What goes where")
    out += table(["Channel", "What goes there", "When and how"], pack.purpose.channels)
    out += heading(3, "Context snapshot")
    out += table(["Fact", "As understood"], pack.snapshot.rows)
    out += heading(3, "Goals for the next 4–8 weeks")
    out += bullets(pack.snapshot.goals)
    if pack.snapshot.failure_modes:
        out += heading(3, "What is not working today")
        out += bullets(pack.snapshot.failure_modes)
    out += heading(3, "Assumptions")
    out += bullets(g.label("assumption", text=a) for a in pack.assumptions)
    return out


def cadence_plan(pack: Pack) -> list[Block]:
    g = pack.guides
    meeting = g.titles["meetings"]
    barbell = pack.barbell
    low, high = barbell.urgent_minutes
    listening = tuple(p.alias for p in pack.people if p.listening_session)
    rows = [
        (
            meeting["standing-1-1"],
            g.label("meeting-standing-who"),
            g.label("meeting-standing-what"),
        ),
        (
            meeting["monthly-catch-up"],
            g.label(
                "meeting-catch-up-who",
                minutes=barbell.catch_up_minutes,
                every=barbell.catch_up_every_weeks,
                names=names(barbell.catch_up_people),
            )
            if barbell.catch_up_people
            else g.label("meeting-catch-up-later"),
            g.label("meeting-catch-up-what"),
        ),
        (
            meeting["urgent-topical"],
            g.label("meeting-urgent-who", sla=barbell.urgent_sla_hours, low=low, high=high),
            g.playbooks.urgent.purpose,
        ),
        (
            meeting["listening-session"],
            g.label("meeting-listening-who", names=names(listening))
            if listening
            else g.label("meeting-listening-none"),
            g.label("meeting-listening-what"),
        ),
        (meeting["career-session"], g.label("meeting-career-who"), g.label("meeting-career-what")),
    ]
    if pack.skip_level:
        rows.append(
            (
                meeting["skip-level"],
                g.label(
                    "meeting-skip-who",
                    population=pack.skip_level.population,
                    shape=_skip_shape(pack),
                ),
                g.playbooks.skip_level.purposes[pack.skip_level.goal],
            )
        )
    out = heading(2, g.titles["sections"]["cadence"])
    out += heading(3, "Meeting types")
    out += table(["Meeting", "Who and how often", "What it is for"], rows)
    out += heading(3, "Cadence by relationship type")
    out += table(
        ["Relationship", "Default cadence", "On your team"],
        [(r.title, r.default, names(r.people) or "—") for r in pack.relationship_types],
    )
    out += heading(3, "Cadence per person")
    tracks = g.titles["tracks"]
    out += table(
        ["Person", "Role", "Relationship", "Standing 1:1", "Slot", "First", "Then", "Why"],
        [
            (
                p.alias,
                p.role,
                tracks[p.track],
                p.cadence.label,
                p.slot.label if p.slot else p.weekday_name,
                p.first_meeting,
                f"{human_date(p.reassess_on)}: {p.then.label}" if p.reassess_on and p.then else "—",
                p.rationale,
            )
            for p in pack.people
        ],
    )
    out += heading(3, "Barbell: fewer standing meetings, stronger relationships, faster escalation")
    out += para(g.label("what-goes"))
    out += bullets(barbell.removed)
    out += para(g.label("what-replaces"))
    out += bullets(barbell.replaced_by)
    out += meeting_load(pack)
    if pack.skip_level:
        out += skip_level_cadence(pack)
    else:
        out += heading(3, "Skip-level cadence")
        out += para(g.label("skip-none"))
    return out


def meeting_load(pack: Pack) -> list[Block]:
    g = pack.guides
    load = pack.load
    out = heading(3, "Meeting load")
    out += table(
        ["Series", "Today (min/week)", "Planned (min/week)", "After reassessment"],
        [(line.who, line.current, line.planned, line.later) for line in load.lines]
        + [
            (
                "**Total**",
                load.current_minutes_per_week,
                load.planned_minutes_per_week,
                load.later_minutes_per_week,
            )
        ],
    )
    budget = (
        g.label("budget-minutes", minutes=f"{load.budget_minutes_per_week:g}")
        if load.budget_minutes_per_week is not None
        else g.label("budget-unknown")
    )
    out += para(g.label("load-budget", budget=budget, floor=f"{load.floor_minutes_per_week:g}"))
    if load.adjustments:
        out += para(g.label("load-stepped"))
        out += bullets(load.adjustments)
    return out


def _skip_shape(pack: Pack) -> str:
    skip = pack.skip_level
    assert skip is not None
    if skip.format == "individual":
        return pack.guides.label("skip-individual-shape", minutes=skip.minutes)
    return pack.guides.label("skip-group-shape", size=skip.group_size, minutes=skip.minutes)


def skip_level_cadence(pack: Pack) -> list[Block]:
    g = pack.guides
    skip = pack.skip_level
    assert skip is not None
    out = heading(3, "Skip-level cadence")
    out += para(
        g.label(
            "skip-summary",
            population=skip.population,
            sessions=skip.sessions,
            shape=_skip_shape(pack),
            per_week=skip.sessions_per_week,
            weeks=skip.weeks_to_cover,
            goal=g.playbooks.skip_level.purposes[skip.goal],
        )
    )
    out += para(g.label("skip-notes", notes=skip.notes))
    out += table(
        ["Date", "Session", "People"], [(s.date, s.label, s.people) for s in skip.schedule]
    )
    return out


def shared_docs(pack: Pack) -> list[Block]:
    g = pack.guides
    guide = g.shared_doc
    out = heading(2, g.titles["sections"]["docs"])
    out += para(guide.intro)
    out += heading(3, "What every doc holds")
    out += table(["Section", "What goes in it"], [(s.name, s.text) for s in guide.sections])
    out += heading(3, "Pre-work, both sides")
    out += table(
        ["Who", "Before each meeting"],
        [("Report", x) for x in guide.prework_report]
        + [("Manager", x) for x in guide.prework_manager],
    )
    out += heading(3, "Action items and notes")
    out += para(g.label("docs-actions"))
    out += bullets(guide.notes_rules)
    bounded = [(p.alias, p.boundary_note) for p in pack.people if p.boundary_note]
    if bounded:
        out += heading(3, "Boundaries: for you, not for the shared docs")
        out += para(g.label("docs-boundaries"))
        out += table(["Person", "Boundary"], bounded)
    out += heading(3, "Each person's doc, pre-filled")
    out += para(g.label("docs-per-person"))
    for person in pack.people:
        out += person_blocks(pack, person, level=4, standalone=False)
    return out


def risks_questions_next(pack: Pack) -> list[Block]:
    out = heading(2, pack.guides.titles["sections"]["risks"])
    out += heading(3, "Risks")
    out += bullets(pack.risks)
    out += heading(3, "Open questions")
    out += bullets(pack.open_questions)
    out += heading(3, "Next steps")
    out += numbered(pack.next_steps)
    return out


def pilot(pack: Pack) -> list[Block]:
    g = pack.guides
    plan = pack.pilot
    meeting = g.titles["meetings"]
    out = heading(
        2, f"Pilot: {plan.weeks} weeks, {human_date(plan.start)} – {human_date(plan.end)}"
    )
    out += para(g.label("pilot-intro"))
    for week in plan.schedule:
        out += heading(3, f"Week {week.number} ({human_date(week.start)} – {human_date(week.end)})")
        out += para(g.label("focus", text=week.focus))
        out += table(
            ["Date", "Person", "Meeting"],
            [(m.date, m.alias, meeting[m.kind]) for m in week.meetings] or [("—", "—", "—")],
        )
        out += para(g.label("review-prompts"))
        out += bullets(week.review_prompts)
    out += heading(3, "Success signals (observable in 4–8 weeks)")
    out += table(["Signal", "How to measure it"], plan.success_signals)
    return out


def quality_gate(pack: Pack) -> list[Block]:
    """The gate's verdict on this very pack (scored from its Markdown by oneos.gate)."""
    gate = pack.gate
    if gate is None:
        return []
    g = pack.guides
    out = heading(2, "Quality gate")
    verdict = g.label("gate-pass") if gate.passed else g.label("gate-fail")
    out += para(g.label("gate-total", total=gate.total, max=gate.max, verdict=verdict))
    out += para(gate.rule)
    out += table(["Rubric category", "Score (1–5)"], [(c.title, c.score) for c in gate.categories])
    out += table(
        ["Check", "Item", "Result"],
        [(c.id, c.title, "pass" if c.passed else "fail") for c in gate.checks],
    )
    out += para(g.label("gate-rerun"))
    return out


DELIVERABLES: tuple[tuple[str, Section], ...] = (
    ("01-context-and-goals", context_and_goals),
    ("02-cadence-and-meeting-types", cadence_plan),
    ("03-shared-doc-templates", shared_docs),
    ("04-coaching-toolkit", coaching_toolkit),
    ("05-career-conversations", career_plan),
    ("06-wellbeing-check-ins", wellbeing_pattern),
    ("07-special-playbooks", playbooks_section),
    ("08-risks-questions-next-steps", risks_questions_next),
    ("09-pilot", pilot),
    ("10-quality-gate", quality_gate),
)


def title_blocks(pack: Pack) -> list[Block]:
    g = pack.guides
    out = heading(1, f"1:1 Operating System Pack — {pack.manager_role}")
    out += para(
        g.label(
            "title-line",
            start=f"{human_date(pack.start)} {pack.start.year}",
            people=len(pack.people),
            zone=pack.manager_timezone,
        )
    )
    if pack.is_default:
        out += note(g.label("default-pack-note"))
    return out


def pack_blocks(pack: Pack) -> list[Block]:
    """The whole pack, in the seed's order."""
    out = title_blocks(pack)
    for _, section in DELIVERABLES:
        out += section(pack)
    return out
