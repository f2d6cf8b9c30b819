"""Reads one parsed pack: topic scopes and every signal's finding, each worked out once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

from oneos.gate.document import Document
from oneos.gate.index import ids_of
from oneos.gate.lexicon import CADENCE, DOCS, PURPOSE
from oneos.gate.lexicon_care import HARM, SPECIAL, WELLBEING
from oneos.gate.lexicon_people import CAREER, COACHING
from oneos.gate.signals import (
    MAX_EVIDENCE,
    Finding,
    Rule,
    Signal,
    compile_signal,
    evidence,
    lines_matching,
    scan,
)
from oneos.gate.topics import TOPICS

if TYPE_CHECKING:
    from oneos.gate.report import Evidence

T = TypeVar("T")
Hit = tuple[int, int]
Result = tuple[bool, tuple[Hit, ...], int]  # a finding's fields: found, hits, count

SIGNALS: dict[str, Signal] = {
    s.id: s
    for group in (PURPOSE, CADENCE, DOCS, COACHING, CAREER, WELLBEING, SPECIAL, HARM)
    for s in group
}
RULES: dict[str, tuple[Rule, ...]] = {k: compile_signal(s) for k, s in SIGNALS.items()}
MENTIONS: dict[str, tuple[Rule, ...]] = {
    t.id: compile_signal(t.mention) for t in TOPICS.values() if t.mention is not None
}


class Custom:
    """A signal that needs more than a pattern: tables, counts, kinds of things in a window.

    A plain slotted class, as `Signal` is (see `signals.py` on why not a named tuple)."""

    __slots__ = ("check", "id", "says")

    def __init__(self, id: str, says: str, check: Callable[[Reader], Finding]) -> None:
        self.id = id
        self.says = says
        self.check = check


CUSTOM: dict[str, Custom] = {}


def custom(signal_id: str, says: str) -> Callable[[Callable[[Reader], Finding]], None]:
    """Register a custom signal (used by `custom.py` and `custom_parts.py`)."""

    def register(check: Callable[[Reader], Finding]) -> None:
        CUSTOM[signal_id] = Custom(id=signal_id, says=says, check=check)

    return register


def says(signal_id: str) -> str:
    """The plain-words description of any signal."""
    if signal_id in SIGNALS:
        return SIGNALS[signal_id].says
    return CUSTOM[signal_id].says


class Reader:
    """One pack being read; scopes and findings are cached because rules share them."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._scopes: dict[str, int | None] = {"doc": None}
        # (found, hits, count) per signal: most findings are only asked whether they were
        # found, and a tuple costs a fraction of a frozen `Finding` to build.
        self._results: dict[str, Result] = {}
        self._ends = {h.index: h.end for h in doc.headings}
        self._headings: dict[str, list[int]] = {}
        self._memo: dict[str, object] = {}
        self._mentions: dict[str, int] = {}

    def scope(self, name: str) -> int | None:
        """`doc` (None: every line), or the named topics' sections and mention lines (bits)."""
        if name not in self._scopes:
            bits = 0
            for topic in name.split():
                bits |= self.section_bits(topic) | self.mention_bits(topic)
            self._scopes[name] = bits
        return self._scopes[name]

    def scope_ids(self, name: str) -> list[int]:
        """The scope's logical lines in order."""
        scope = self.scope(name)
        return list(range(len(self.doc.norm))) if scope is None else list(ids_of(scope))

    def section_bits(self, topic: str) -> int:
        """Logical lines under headings of this topic (subsections included), as a bit set."""
        bits = 0
        for heading in self.headings(topic):
            bits |= ((1 << (self._ends[heading] - heading)) - 1) << heading
        return bits

    def headings(self, topic: str) -> list[int]:
        """Logical lines of the headings of this topic."""
        found = self._headings.get(topic)
        if found is None:
            pattern = TOPICS[topic].heading
            found = [h.index for h in self.doc.headings if pattern.search(h.title)]
            self._headings[topic] = found
        return found

    def mention_bits(self, topic: str) -> int:
        """Lines that name the topic, as a bit set."""
        bits = self._mentions.get(topic)
        if bits is None:
            rules = MENTIONS.get(topic)
            bits = 0 if rules is None else lines_matching(self.doc, rules)
            self._mentions[topic] = bits
        return bits

    def mention_ids(self, topic: str) -> list[int]:
        """Lines that name the topic, in order."""
        return list(ids_of(self.mention_bits(topic)))

    def mentions(self, topic: str, text: str) -> bool:
        """Whether a piece of normalised text names the topic."""
        return any(r.regex.search(text) for r in MENTIONS.get(topic, ()))

    def memo(self, key: str, work: Callable[[], T]) -> T:
        """Work that two custom signals share, done once per pack."""
        if key not in self._memo:
            self._memo[key] = work()
        return cast(T, self._memo[key])

    def finding(self, signal_id: str) -> Finding:
        """What one signal found in this pack."""
        found, hits, count = self._result(signal_id)
        return Finding(found=found, hits=hits, count=count)

    def found(self, signal_id: str) -> bool:
        """Whether one signal was found in this pack."""
        return (self._results.get(signal_id) or self._result(signal_id))[0]

    def where(self, signal_id: str) -> tuple[Hit, ...]:
        """Where one signal was found: (logical line, offset) of its first hits."""
        return (self._results.get(signal_id) or self._result(signal_id))[1]

    def _result(self, signal_id: str) -> Result:
        cached = self._results.get(signal_id)
        if cached is None:
            if signal_id in CUSTOM:
                finding = CUSTOM[signal_id].check(self)
                cached = (finding.found, finding.hits, finding.count)
            else:
                signal = SIGNALS[signal_id]  # what `hits` does, inline: ~70 signals a pack
                scope, limit = self.scope(signal.scope), max(signal.min_hits, MAX_EVIDENCE)
                hits = scan(self.doc, RULES[signal_id], scope, plain=signal.plain, limit=limit)
                cached = (len(hits) >= signal.min_hits, tuple(hits), len(hits))
            self._results[signal_id] = cached
        return cached

    def evidence(self, signal_id: str) -> tuple[Evidence, ...]:
        """Line numbers and the author's words where a signal was found."""
        return evidence(self.doc, self.where(signal_id))

    def hits(self, signal_id: str, scope: str, limit: int = 0) -> list[tuple[int, int]]:
        """Lines of a scope where a pattern signal matches (all of them with `limit=0`)."""
        signal = SIGNALS[signal_id]
        return scan(self.doc, RULES[signal_id], self.scope(scope), plain=signal.plain, limit=limit)


def compile_kind(kind_id: str, pattern: str) -> tuple[Rule, ...]:
    """Rules for one 'kind' of thing a custom signal counts (a safety case, an EAP…)."""
    return compile_signal(Signal(id=kind_id, says=kind_id, patterns=(pattern,)))
