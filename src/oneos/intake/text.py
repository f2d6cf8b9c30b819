"""Free-text intake: a manager's own words -> a context, with every fact traced to its span.

Rule-based and deterministic: regexes, small grammars and data tables; no model, no network.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date
from itertools import accumulate
from typing import Any

from oneos.intake.extraction import Extraction, Notebook, split_sentences
from oneos.model.context import Context

MAX_TEXT = 20_000


def receive_text(text: str) -> str:
    """The one place every free text passes through before extraction.

    Safety triage (crisis, HR-process and privacy checks) plugs in here: it sees the raw text
    first and may stop the intake or hand back a cleaned text. Today it only trims the text to
    a size the extractor reads quickly.
    """
    return text[:MAX_TEXT]


def extract(text: str, *, today: date) -> Extraction:
    """Read a paragraph into context data, with each fact's span, the assumptions made and the
    questions left open. Dates ("last month") are resolved against `today`."""
    from oneos.intake.asks import career_who, read_asks
    from oneos.intake.manager import read_manager
    from oneos.intake.mentions import read_mentions
    from oneos.intake.people import read_people
    from oneos.intake.situation import (
        read_cadence,
        read_events,
        read_failure_modes,
        read_goals,
        read_tools,
    )
    from oneos.intake.skip import read_skip_level
    from oneos.intake.where import read_places
    from oneos.model.places import find_places

    nb = Notebook(text)
    sentences = split_sentences(text)
    places = find_places(text)
    roster, subjects = read_people(nb, sentences, places, today)
    read_mentions(roster, subjects, sentences, places, today)
    read_manager(nb)
    read_places(nb, roster, places, subjects)
    read_cadence(nb, sentences)
    read_events(nb, sentences, today)
    read_skip_level(nb, sentences, len(roster.people))
    read_failure_modes(nb, sentences)
    read_goals(nb, sentences)
    read_tools(nb)
    people = [p.data() for p in roster.people]
    if people:
        nb.data["people"] = people
    read_asks(nb, sentences)
    career_who(nb, people)
    _people_questions(nb, roster.fixed_size, text)
    _unrecognised(nb, sentences)
    nb.data.pop("_level_hint", None)
    facts = tuple(sorted(nb.facts, key=lambda f: (f.span[0], _natural(f.field))))
    return Extraction(
        text=text,
        facts=facts,
        data=nb.data,
        assumptions=tuple(nb.assumptions),
        open_questions=tuple(nb.open_questions),
    )


def _natural(field: str) -> tuple[str | int, ...]:
    """'people[10].flags' after 'people[2].flags'."""
    import re

    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", field))


def context_from_text(text: str, *, today: date) -> tuple[Context, Extraction]:
    """A valid Context from free text (the intake's assumptions and open questions included).

    Anything the extractor produced that the context model refuses is dropped and asked about
    instead, so free text always yields a context.
    """
    extraction = extract(receive_text(text), today=today)
    data = to_context_data(extraction)
    return validated(data), extraction


def to_context_data(extraction: Extraction) -> dict[str, Any]:
    """The extraction's data with its assumptions and open questions in place."""
    data = dict(extraction.data)
    if extraction.assumptions:
        data["assumptions"] = list(extraction.assumptions)
    if extraction.open_questions:
        data["open_questions"] = list(extraction.open_questions)
    return data


def validated(data: dict[str, Any]) -> Context:
    """Validate; on a problem, drop the field it names and say so, until the context is valid."""
    from oneos.errors import ContextError
    from oneos.intake.extraction import message
    from oneos.model.validation import parse_context

    current = dict(data)
    for _ in range(12):
        try:
            return parse_context(current)
        except ContextError as exc:
            for problem in exc.problems:
                _drop(current, problem.path)
                note = message("ask-dropped", path=problem.path or "context")
                current["open_questions"] = [*current.get("open_questions", []), note]
    return parse_context({})


def _drop(data: dict[str, Any], path: str) -> None:
    """Remove the value at 'people[2].timezone' (or its nearest existing parent)."""
    import re

    parts: list[str | int] = []
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path):
        parts.append(int(index) if index else name)
    if not parts:
        data.clear()
        return
    target: Any = data
    for part in parts[:-1]:
        try:
            target = target[part]
        except (KeyError, IndexError, TypeError):
            data.pop(str(parts[0]), None)
            return
    try:
        del target[parts[-1]]
    except (KeyError, IndexError, TypeError):
        data.pop(str(parts[0]), None)


def _people_questions(nb: Notebook, fixed: bool, text: str) -> None:
    people = nb.data.get("people", [])
    if not people:
        nb.ask("ask-headcount")
        return
    if not fixed and any(str(p["alias"]).startswith("Report ") for p in people):
        nb.assume("assume-headcount-from-mentions", n=len(people))
    anonymous = [str(p["alias"]) for p in people if str(p["alias"]).startswith("Report ")]
    if anonymous:
        nb.assume("assume-aliases", names=", ".join(anonymous))


def _unrecognised(nb: Notebook, sentences: list[Any]) -> None:
    """Every sentence no rule understood becomes an open question quoting it briefly."""
    marks = sorted((a, b) for a, b in nb.understood if b > a)
    starts = [a for a, _ in marks]
    reach = list(accumulate((b for _, b in marks), max))
    for sentence in sentences:
        # Some understood span starts before the sentence ends and reaches into it.
        i = bisect_left(starts, sentence.end)
        if i and reach[i - 1] > sentence.start:
            continue
        if len(sentence.text.split()) < 3:
            continue
        nb.ask("ask-unrecognised", quote=nb.quote((sentence.start, sentence.end)))
