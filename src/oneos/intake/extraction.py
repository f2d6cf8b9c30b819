"""What free-text intake found: facts with the span they came from, and the notebook rules fill."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from oneos.datafiles import INTAKE, read_data


@dataclass(frozen=True)
class Fact:
    """One thing the text said, where it said it, and the context field it fills."""

    field: str
    value: Any
    span: tuple[int, int]
    source: str

    def value_words(self) -> str:
        """The value as a manager would read it: 'every 1 week, 30 min', 'new-hire'."""
        return value_words(self.value)

    def explain(self) -> str:
        """`[12:38] "weekly 30-minute 1:1s" → current.cadence = every 1 week, 30 min`."""
        start, end = self.span
        return f'[{start}:{end}] "{self.source}" → {self.field} = {self.value_words()}'


def value_words(value: Any) -> str:
    if isinstance(value, Mapping) and set(value) == {"every_weeks", "minutes"}:
        weeks = value["every_weeks"]
        return f"every {weeks} week{'s' if weeks != 1 else ''}, {value['minutes']} min"
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {value_words(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(value_words(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


@dataclass(frozen=True)
class Extraction:
    """The result of reading a manager's own words."""

    text: str
    facts: tuple[Fact, ...]
    data: Mapping[str, Any]
    assumptions: tuple[str, ...]
    open_questions: tuple[str, ...]

    def fields(self) -> set[str]:
        """Every field path a fact fills."""
        return {f.field for f in self.facts}

    def explain(self) -> str:
        """Each fact with its span, then the assumptions and the open questions."""
        lines = [f.explain() for f in self.facts] or ["(nothing recognised)"]
        if self.assumptions:
            lines += ["", "Assumptions:"] + [f"- {a}" for a in self.assumptions]
        if self.open_questions:
            lines += ["", "Open questions:"] + [f"- {q}" for q in self.open_questions]
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Sentence:
    """A sentence (or bullet, or clause after a semicolon) with its place in the text."""

    start: int
    end: int
    text: str

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


# A sentence ends at . ! ? and a space (people type "ok. then" too); a newline, bullet or
# semicolon also ends one. "e.g. the" and "approx. 40" do not end a sentence.
_BREAK = re.compile(r"(?:^|\n)\s*(?:[-*•·]|\d+[.)])\s+|(?<=[.!?])\s+|\s*[\n;]+\s*")
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|approx|ca|st|dr|mr|mrs|ms|no|inc|ltd|co|jr|sr|dept|cf|al)|\b[a-z])\.$",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[Sentence]:
    """The text cut into sentences, each with its offsets."""
    out: list[Sentence] = []
    pos = 0
    for match in _BREAK.finditer(text):
        after_dot = match.start() > 0 and text[match.start() - 1] == "."
        if (
            after_dot
            and "\n" not in match.group()
            and _ABBREVIATION.search(text, max(0, match.start() - 8), match.start())
        ):
            continue
        _add_sentence(out, text, pos, match.start())
        pos = match.end()
    _add_sentence(out, text, pos, len(text))
    return out


def _add_sentence(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    begin = start + lead
    out.append(Sentence(begin, begin + len(stripped), stripped))


_MISSING = object()


@dataclass
class Notebook:
    """What the rules have found so far: context data, facts, assumptions, open questions,
    and the spans they understood (so unrecognised sentences can be asked about)."""

    text: str
    low: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    open_questions: list[str] = field(default_factory=list)
    understood: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        from oneos.intake.rx import lowered

        self.low = lowered(self.text)

    def find(self, pattern: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The first match of a cue pattern (written in lower case) in text[start:end]."""
        from oneos.intake.rx import rx

        return rx(pattern).search(self.text, self.low, start, end)

    def sentences_with(self, patterns: list[str], sentences: list[Sentence]) -> list[Sentence]:
        """The sentences in which any of the cue patterns occurs (one pass per pattern)."""
        from bisect import bisect_right

        from oneos.intake.rx import rx

        starts = [s.start for s in sentences]
        hit: set[int] = set()
        for pattern in patterns:
            for match in rx(pattern).finditer(self.text, self.low):
                i = bisect_right(starts, match.start()) - 1
                if i >= 0 and sentences[i].contains(match.start()):
                    hit.add(i)
        return [sentences[i] for i in sorted(hit)]

    def set(self, path: str, value: Any, span: tuple[int, int], *, record: bool = True) -> None:
        """Set a dotted path ('manager.role') in the data and record the fact."""
        target = self.data
        *parents, last = path.split(".")
        for key in parents:
            target = target.setdefault(key, {})
        target[last] = value
        if record:
            self.fact(path, value, span)

    def has(self, path: str) -> bool:
        return self.get(path, _MISSING) is not _MISSING

    def get(self, path: str, default: Any = None) -> Any:
        target: Any = self.data
        for key in path.split("."):
            if not isinstance(target, dict) or key not in target:
                return default
            target = target[key]
        return target

    def fact(self, path: str, value: Any, span: tuple[int, int]) -> None:
        start, end = span
        self.facts.append(Fact(path, value, (start, end), self.text[start:end]))
        self.understood.append((start, end))

    def mark(self, span: tuple[int, int]) -> None:
        """Understood, though it fills no field (a request for a deliverable, a greeting)."""
        self.understood.append(span)

    def assume(self, key: str, **values: object) -> None:
        text = message(key, **values)
        if text not in self.assumptions:
            self.assumptions.append(text)

    def ask(self, key: str, **values: object) -> None:
        text = message(key, **values)
        if text not in self.open_questions:
            self.open_questions.append(text)

    def quote(self, span: tuple[int, int], limit: int = 70) -> str:
        snippet = " ".join(self.text[span[0] : span[1]].split())
        return snippet if len(snippet) <= limit else snippet[: limit - 1].rstrip() + "…"


@cache
def _messages() -> dict[str, str]:
    raw_data = read_data("messages.yaml", INTAKE)
    data: dict[str, str] = raw_data
    return data


def message(key: str, /, **values: object) -> str:
    """An intake sentence from intake/data/messages.yaml with its blanks filled."""
    return _messages()[key].format(**values).strip()
