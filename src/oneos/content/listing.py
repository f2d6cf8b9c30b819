"""Browsing the question bank and agenda menu outside a pack, as text or JSON."""

from __future__ import annotations

import difflib
import json
from collections.abc import Sequence
from typing import Any, Literal, cast

from oneos.content.bank import (
    AgendaItem,
    Question,
    find_agenda,
    find_questions,
    situation_notes,
)
from oneos.content.vocabulary import (
    PURPOSES,
    SENIORITIES,
    SITUATIONS,
    STAGES,
    THEMES,
    Purpose,
    Seniority,
    Situation,
    Stage,
)
from oneos.errors import InputError, Problem
from oneos.model.base import to_builtins

Format = Literal["text", "json"]


def browse(
    *,
    situations: Sequence[str] = (),
    stage: str | None = None,
    seniority: str | None = None,
    purpose: str | None = None,
    agenda: bool = False,
    fmt: Format = "text",
) -> str:
    """List the questions (or, with `agenda`, the agenda menu) that fit the filters.

    Raw option values are checked first; every unknown one is reported at once as an
    `InputError` that names the option, the value, the closest valid value and all of them.
    """
    problems = [
        problem
        for option, kind, values, allowed in (
            ("--situation", "a situation", situations, SITUATIONS),
            ("--stage", "a stage", [stage] if stage else [], STAGES),
            ("--seniority", "a seniority", [seniority] if seniority else [], SENIORITIES),
            ("--purpose", "a purpose", [purpose] if purpose else [], PURPOSES),
        )
        for value in values
        if (problem := unknown_value(option, kind, value, allowed))
    ]
    if agenda:
        problems += [
            Problem(option, "does not apply to the agenda menu", hint="drop it, or drop --agenda")
            for option, value in (("--seniority", seniority), ("--purpose", purpose))
            if value
        ]
    if problems:
        raise InputError("\n".join(str(p) for p in problems))
    chosen = cast(list[Situation], [s.strip().lower() for s in situations])
    stage_tag = cast(Stage | None, stage.strip().lower() if stage else None)
    if agenda:
        items = find_agenda(chosen, stage=stage_tag)
        return agenda_json(items) if fmt == "json" else agenda_text(items)
    questions = find_questions(
        chosen,
        stage=stage_tag,
        seniority=cast(Seniority | None, seniority.strip().lower() if seniority else None),
        purpose=cast(Purpose | None, purpose.strip().lower() if purpose else None),
    )
    return questions_json(questions) if fmt == "json" else questions_text(questions, chosen)


def unknown_value(option: str, kind: str, value: str, allowed: Sequence[str]) -> Problem | None:
    """A problem for a value outside the vocabulary (None when it is fine), with a suggestion."""
    if value.strip().lower() in allowed:
        return None
    close = difflib.get_close_matches(value.strip().lower(), allowed, n=1, cutoff=0.6)
    choices = f"choose from: {', '.join(allowed)}"
    hint = f"did you mean {close[0]}? ({choices})" if close else choices
    return Problem(option, f"{value!r} is not {kind}", value=value, hint=hint)


def questions_text(questions: Sequence[Question], situations: Sequence[str] = ()) -> str:
    """Questions grouped under their situation, id beside each; the groups follow `situations`
    (or the vocabulary's order), and a question appears once, under its home situation when
    that was asked for, otherwise under the first asked-for situation it carries."""
    if not questions:
        return "No questions fit these filters.\n"
    order = list(dict.fromkeys(situations)) or list(SITUATIONS)
    groups: dict[str, list[Question]] = {s: [] for s in order}
    for q in questions:
        home = next(s for s in (q.situations[0], *q.situations) if s in groups)
        groups[home].append(q)
    notes = situation_notes()
    width = max(len(q.id) for q in questions)
    lines: list[str] = []
    for situation, members in groups.items():
        if not members:
            continue
        lines.append(f"{situation} — {notes[cast(Situation, situation)].summary}")
        # its own questions first, then those it shares with another situation
        for q in sorted(members, key=lambda q: q.situations[0] != situation):
            lines.append(f"  {q.id:<{width}}  {q.purpose:<10}  {q.text}{_tags(q)}")
        lines.append("")
    used = sum(1 for members in groups.values() if members)
    lines.append(f"{_count(len(questions), 'question')} in {_count(used, 'situation')}.")
    return "\n".join(lines) + "\n"


def questions_json(questions: Sequence[Question]) -> str:
    """A stable JSON list: one object per question, in bank order, keys in model order."""
    return _json([to_builtins(q) for q in questions])


def agenda_text(items: Sequence[AgendaItem]) -> str:
    """Agenda items grouped by theme (in vocabulary order), id beside each."""
    if not items:
        return "No agenda items fit these filters.\n"
    width = max(len(item.id) for item in items)
    lines: list[str] = []
    for theme in THEMES:
        members = [item for item in items if item.theme == theme]
        if not members:
            continue
        lines.append(theme)
        for item in members:
            where = f"  [{', '.join(item.situations)}]" if item.situations else "  [any]"
            lines.append(f"  {item.id:<{width}}  {item.text}{where}")
        lines.append("")
    lines.append(f"{_count(len(items), 'agenda item')}.")
    return "\n".join(lines) + "\n"


def agenda_json(items: Sequence[AgendaItem]) -> str:
    """A stable JSON list: one object per agenda item, in menu order."""
    return _json([to_builtins(item) for item in items])


def _tags(q: Question) -> str:
    parts = [f"stage: {', '.join(q.stages)}"] if q.stages else []
    parts += [f"seniority: {', '.join(q.seniority)}"] if q.seniority else []
    return f"  [{'; '.join(parts)}]" if parts else ""


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
