"""Deliverables 4–7 as Markdown: coaching, career, wellbeing and the special playbooks."""

from __future__ import annotations

from oneos.content.text import human_date
from oneos.model.pack import Pack
from oneos.render.blocks import Block, blank_rows, bullets, heading, para, table


def coaching_toolkit(pack: Pack) -> list[Block]:
    guide = pack.guides.coaching
    g = pack.guides
    out = heading(2, g.titles["sections"]["coaching"])
    out += para(guide.intro)
    out += heading(3, "Conversation rules")
    out += bullets(guide.rules)
    out += heading(3, "The coaching script")
    out += table(
        ["Step", "Ask", "Why"],
        [(f"{n}. {s.step}", s.ask, s.purpose) for n, s in enumerate(guide.script, 1)],
    )
    out += heading(3, "When you disagree")
    out += bullets(guide.disagreement)
    out += heading(3, "Coach or advisor?")
    out += table(
        ["When", "Mode", "What to do"],
        [(s.signal, s.mode, s.move) for s in guide.coach_vs_advisor],
    )
    out += heading(3, "When to be directive (the exceptions)")
    out += para(g.label("directive-intro"))
    out += bullets(f"**{e.title}.** {e.text}" for e in guide.directive_exceptions)
    out += heading(3, "How you will know it works")
    out += para(guide.success)
    out += heading(3, "Questions for each person")
    for person in pack.people:
        out += heading(4, person.alias)
        out += para(g.label("questions-why", why=person.questions_why))
        out += bullets(g.label("question", text=q.text, id=q.id) for q in person.questions)
    out += heading(3, "Question bank by situation")
    for section in pack.bank:
        out += heading(4, section.title)
        out += bullets(g.label("question", text=q.text, id=q.id) for q in section.questions)
    return out


def career_plan(pack: Pack) -> list[Block]:
    guide = pack.guides.career
    g = pack.guides
    out = heading(2, g.titles["sections"]["career"])
    out += para(guide.intro)
    out += bullets(guide.rules)
    out += heading(3, "Schedule")
    titles = {s.kind: s.title for s in guide.sessions}
    rows = []
    for person in pack.people:
        dates = {s.kind: s.date for s in person.career_sessions}
        rows.append(
            (
                person.alias,
                dates.get("life-story"),
                dates.get("future-dreams"),
                dates.get("career-action-plan"),
                person.career_note,
            )
        )
    out += table(["Person", *(titles[s.kind] for s in guide.sessions), "Why then"], rows)
    for n, session in enumerate(guide.sessions, 1):
        out += heading(3, f"Conversation {n}: {session.title} ({session.minutes} min)")
        out += para(g.label("career-purpose", text=session.purpose))
        out += table(
            ["Who", "Prepares"],
            [("Report", session.prep_report), ("Manager", session.prep_manager)],
        )
        out += table(["Minutes", "Flow"], [(f.minutes, f.step) for f in session.flow])
        out += para(g.label("prompts"))
        out += bullets(session.prompts)
        out += para(g.label("outputs"))
        out += bullets(session.outputs)
        out += para(g.label("career-template"))
        columns = session.output_table.columns
        out += table(columns, blank_rows(len(columns), session.output_table.rows))
    out += heading(3, "How tactical 1:1s link back to the growth bets")
    out += bullets(guide.link_to_tactical)
    return out


def wellbeing_pattern(pack: Pack) -> list[Block]:
    guide = pack.guides.wellbeing
    g = pack.guides
    out = heading(2, g.titles["sections"]["wellbeing"])
    out += para(guide.intro)
    out += heading(3, "The quick check (2 minutes)")
    out += table(["Ask", "How to use it"], [(q.prompt, q.note) for q in guide.quick_check])
    weekly = [p.alias for p in pack.people if p.cadence.every_weeks == 1]
    out += para(
        g.label(
            "how-often",
            weekly=guide.how_often["weekly"].rstrip("."),
            names=g.label("how-often-names", names=", ".join(weekly)) if weekly else ".",
            other=guide.how_often["other"],
        )
    )
    closer = [(p.alias, p.wellbeing_note) for p in pack.people if p.wellbeing_note]
    if closer:
        out += heading(3, "Who gets a closer look now")
        out += table(["Person", "What to do"], closer)
    out += heading(3, "Behavioural activations: small changes to try")
    out += table(["Area", "Try this"], [(a.area, a.text) for a in guide.activations])
    out += heading(3, "Boundaries")
    out += bullets(guide.boundaries)
    out += heading(3, "Risk signals and what to do")
    out += table(["Signal", "What you do"], [(r.signal, r.response) for r in guide.risk_signals])
    out += para(g.label("joy-plan", text=guide.persistent_joy_plan))
    out += heading(3, "Escalation")
    out += table(["When", "Do this"], [(e.when, e.do) for e in guide.escalation])
    return out


def playbooks_section(pack: Pack) -> list[Block]:
    g = pack.guides
    books = g.playbooks
    out = heading(2, g.titles["sections"]["playbooks"])
    listening = books.listening
    out += heading(3, f"{listening.title} ({listening.minutes} min)")
    out += para(listening.when)
    sessions = [
        (p.listening_session.date, p.alias, p.listening_session.reason)
        for p in pack.people
        if p.listening_session
    ]
    if sessions:
        out += para(g.label("listening-booked"))
        out += table(["Date", "With", "Why"], sorted(sessions))
    out += table(
        ["Part", "Time", "What you do", "You might say"],
        [(s.name, s.minutes, s.guidance, " / ".join(s.prompts)) for s in listening.steps],
    )
    out += para(g.label("dont"))
    out += bullets(listening.dont)
    out += para(g.label("listening-actions", text=listening.actions_rule))
    urgent = books.urgent
    out += heading(3, f"{urgent.title} (within {urgent.sla_hours} hours, {urgent.minutes} min)")
    out += para(urgent.purpose)
    out += para(g.label("triggers"))
    out += bullets(urgent.triggers)
    out += para(g.label("how-to-ask"))
    out += bullets(urgent.how_to_ask)
    out += para(g.label("rules"))
    out += bullets(urgent.rules)
    out += para(g.label("outcome"))
    out += table(urgent.outcome_template, blank_rows(len(urgent.outcome_template), 1))
    skip = books.skip_level
    out += heading(3, skip.title)
    out += para(g.label("skip-purpose"))
    out += bullets(f"**{k}:** {v}" for k, v in skip.purposes.items())
    if pack.skip_level:
        plan = pack.skip_level
        first = plan.schedule[0].date if plan.schedule else None
        out += para(
            g.label(
                "skip-in-plan",
                population=plan.population,
                format=plan.format,
                minutes=plan.minutes,
                goal=plan.goal,
                first=human_date(first) if first else "—",
            )
        )
    out += para(
        g.label("skip-length", individual=skip.minutes_individual, group=skip.minutes_group)
    )
    out += para(g.label("agenda"))
    out += bullets(skip.agenda)
    if pack.skip_questions:
        out += para(g.label("skip-questions"))
        out += bullets(g.label("question", text=q.text, id=q.id) for q in pack.skip_questions)
    out += para(g.label("rules"))
    out += bullets(skip.rules)
    out += para(g.label("notes"))
    out += bullets(skip.notes_rules)
    return out
