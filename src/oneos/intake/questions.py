"""The intake interview as data with behaviour: which questions are still open, and answers in."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache
from typing import Any, Literal

import msgspec

from oneos.datafiles import INTAKE, read_data
from oneos.errors import InputError
from oneos.intake.extraction import message
from oneos.model.base import Model

Group = Literal["manager", "people", "current", "channels", "career", "special", "tools"]
GROUPS: tuple[Group, ...] = (
    "manager",
    "people",
    "current",
    "channels",
    "career",
    "special",
    "tools",
)
QuestionType = Literal["text", "int", "float", "choice", "yesno", "zone", "list", "words"]
AskIf = Literal["has_people", "people_without_zones", "has_skip_level"]
# What the asker hands back: the answers it got, and whether its input has ended.
Ask = Callable[[list["Question"]], tuple[dict[str, str], bool]]

_YES = {"y", "yes", "true", "1", "yep", "sure"}
_NO = {"n", "no", "false", "0", "nope"}


class Question(Model, frozen=True, kw_only=True):
    """One question of the interview (intake/data/questions.yaml)."""

    id: str
    group: Group
    prompt: str
    field: str
    type: QuestionType
    choices: tuple[str, ...] = ()
    min: float | None = None
    max: float | None = None
    default: str | None = None
    shown: str | None = None
    example: str | None = None
    assumption: str | None = None
    ask_if: AskIf | None = None

    @property
    def default_text(self) -> str:
        """What a blank answer stands for, as the prompt shows it."""
        return self.shown or self.default or "skip"

    @property
    def heading(self) -> str:
        return message(f"group-{self.group}")

    def prompt_text(self) -> str:
        """'Is your team remote, hybrid or in the office? [hybrid]'."""
        return f"{self.prompt} [{self.default_text}]"

    def problem(self, answer: str) -> str | None:
        """Why an answer does not fit, or None when it does (blank always fits)."""
        text = answer.strip()
        if not text:
            return None
        if self.type in ("int", "float"):
            try:
                value = float(text) if self.type == "float" else int(text)
            except ValueError:
                return message("answer-not-a-number")
            low, high = self.min, self.max
            if (low is not None and value < low) or (high is not None and value > high):
                return message("answer-out-of-range", low=f"{low:g}", high=f"{high:g}")
        if self.type == "choice" and _choice(text, self.choices) is None:
            return message("answer-not-a-choice", choices=", ".join(self.choices))
        if self.type == "list":
            bad = [w for w in _words(text) if _choice(w, self.choices) is None]
            if bad:
                return message("answer-not-a-choice", choices=", ".join(self.choices))
        if self.type == "yesno" and text.lower() not in _YES | _NO:
            return message("answer-not-yes-no")
        if self.type == "zone":
            from oneos.model.zones import resolve_zone, suggest_zone

            if resolve_zone(text) is None:
                return message("answer-not-a-zone", hint=suggest_zone(text))
        return None


@cache
def questions() -> tuple[Question, ...]:
    """Every question, in the order the groups are asked."""
    raw_data = read_data("questions.yaml", INTAKE)
    loaded = msgspec.convert(raw_data, tuple[Question, ...])
    return tuple(sorted(loaded, key=lambda q: GROUPS.index(q.group)))


def is_missing(question: Question, data: Mapping[str, Any]) -> bool:
    """Whether the context still lacks what the question would fill."""
    people = data.get("people") or []
    if question.ask_if == "has_people" and not people:
        return False
    if question.ask_if == "has_skip_level" and not data.get("skip_level"):
        return False
    if question.field == "people":
        return not people
    if question.field == "people.flags":
        return not any(p.get("flags") for p in people)
    if question.field == "people.timezone":
        return bool(people) and not any(p.get("timezone") for p in people)
    target: Any = data
    for key in question.field.split("."):
        if not isinstance(target, Mapping) or key not in target:
            return True
        target = target[key]
    return False


def next_questions(
    partial: Mapping[str, Any], answered: set[str] | frozenset[str] = frozenset(), limit: int = 5
) -> list[Question]:
    """The next few questions still open, from the first group with any: a group with fewer
    than three open is topped up from the groups after it, up to `limit`."""
    open_ = [q for q in questions() if q.id not in answered and is_missing(q, partial)]
    if not open_:
        return []
    first = [q for q in open_ if q.group == open_[0].group][:limit]
    if len(first) >= 3:
        return first
    rest = [q for q in open_ if q not in first]
    return first + rest[: limit - len(first)]


def apply_answers(
    partial: Mapping[str, Any], answers: Mapping[str, str], *, today: date | None = None
) -> tuple[dict[str, Any], list[str]]:
    """Answers (by question id) into a copy of the context data; a blank answer takes the
    question's default, recorded as an assumption. Raises InputError for an answer that
    does not fit, naming the question."""
    from copy import deepcopy

    data: dict[str, Any] = deepcopy(dict(partial))
    notes: list[str] = []
    by_id = {q.id: q for q in questions()}
    for qid, raw in answers.items():
        if qid not in by_id:
            raise InputError(f"{qid}: no such question — use one of: " + ", ".join(by_id))
        question = by_id[qid]
        text = raw.strip()
        problem = question.problem(text)
        if problem:
            raise InputError(f"{qid}: {text!r} does not fit — {problem}")
        if not text:
            if question.assumption and question.default:
                notes.append(question.assumption)
            text = question.default or ""
        if text:
            notes += _fill(data, question, text, today or date.today())
    return data, notes


def interview(
    partial: Mapping[str, Any], ask: Ask, *, today: date, limit: int = 5
) -> tuple[dict[str, Any], list[str]]:
    """Ask what is still open, a few questions at a time, until nothing is; when the asker's
    input ends, every question left takes its default (each recorded as an assumption)."""
    data = dict(partial)
    answered: set[str] = set()
    notes: list[str] = []
    ended = False
    while batch := next_questions(data, answered, limit):
        answers: dict[str, str] = {}
        if not ended:
            answers, ended = ask(batch)
        for question in batch:
            reply = answers.get(question.id, "")
            if question.problem(reply):
                notes.append(
                    message("interview-invalid", answer=reply, problem=question.problem(reply))
                )
                reply = ""
            data, more = apply_answers(data, {question.id: reply}, today=today)
            notes += more
            answered.add(question.id)
    if ended:
        notes.append(message("interview-ended"))
    return data, notes


def _choice(text: str, choices: tuple[str, ...]) -> str | None:
    low = text.strip().lower().replace(" ", "-")
    if low in choices:
        return low
    starts = [c for c in choices if c.startswith(low)]
    return starts[0] if len(starts) == 1 else None


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[,;/]+|\s+and\s+|\s+", text.strip()) if w]


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    target = data
    for key in parents:
        target = target.setdefault(key, {})
    target[last] = value


def _fill(data: dict[str, Any], question: Question, text: str, today: date) -> list[str]:
    """Write one (valid, non-blank) answer into the data; returns any new assumptions."""
    from oneos.intake.answers import fill_words
    from oneos.intake.people import placeholder_alias

    kind, field = question.type, question.field
    if kind == "words":
        return fill_words(data, field, text, today)
    if field == "people":
        count = int(text)
        data["people"] = [{"alias": placeholder_alias(i)} for i in range(count)]
        return []
    if field == "skip_level.population":
        if int(text) > 0:
            _set(data, field, int(text))
        return []
    if field == "excluded_topics":
        data[field] = [t.strip() for t in text.split(",") if t.strip()]
        return []
    value: Any = text
    if kind == "int":
        value = int(text)
    elif kind == "float":
        value = float(text)
    elif kind == "choice":
        value = _choice(text, question.choices)
    elif kind == "list":
        value = list(dict.fromkeys(_choice(w, question.choices) for w in _words(text)))
    elif kind == "yesno":
        value = text.lower() in _YES
    elif kind == "zone":
        from oneos.model.zones import resolve_zone

        value = resolve_zone(text)
    _set(data, field, value)
    return []
