"""A single-part rule read alternative by alternative finds what its whole expression finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oneos.gate.document import Document
from oneos.gate.keys import lines_needed
from oneos.gate.patterns import alternatives_of
from oneos.gate.reader import SIGNALS
from oneos.gate.signals import (
    Rule,
    Signal,
    _table,
    build_rule,
    compile_signal,
    first,
    scan,
    shared_keys,
)
from oneos.gate.text import parse

PACKS = sorted((Path(__file__).parent / "data" / "gate").glob("*.md"))
PACKS += sorted((Path(__file__).parent / "golden").glob("*/pack.md"))
DOCS = [parse(path.read_text(encoding="utf-8")) for path in PACKS]
# Alternatives that overlap, start inside one another, or touch letters and punctuation.
EDGES = [
    "bi-weekly biweekly every other week, fortnightly; weekly-ish xweekly weeklyé",
    "a 1:1 or one-on-one 1:1s, one to one; 11:1 x1:1 1:1x",
    "energy 1-10, one to ten, 7/10 10/10 check-in check in checkins",
    "skip-level skip level skiplevels, career growth, growth plan, ladder",
    "weekly\x1cstatus\x1f1:1 x\x0bweekly _status status_",
]
LINES = [*EDGES, *(line for doc in DOCS for line in doc.norm)]
# Every pattern the gate ships (signals, topic mentions and the custom signals' kinds).
SHIPPED = sorted((int(k.split(" ", 1)[0]), k.split(" ", 1)[1]) for k in _table())
PATTERNS = [(gap, p) for gap, p in SHIPPED if " ... " not in p and len(alternatives_of(p)) > 1]


def _rule(gap: int, pattern: str) -> Rule:
    [rule] = compile_signal(Signal(id="x", says="x", patterns=(pattern,), gap=gap))
    return rule


SPLIT = [(gap, p) for gap, p in PATTERNS if _rule(gap, p).alternatives]


def _whole(rule: Rule, line: str) -> int:
    m = rule.on(line).search(line)
    return -1 if m is None else m.start()


def _earliest(rule: Rule, line: str) -> int:
    starts = [m.start() for p in rule.alternatives if (m := p.on(line).search(line))]
    return min(starts, default=-1)


def _forced(rules: tuple[Rule, ...], split: bool) -> tuple[Rule, ...]:
    for rule in rules:
        rule.left = 10**9 if split and rule.alternatives else 0
        rule.pack = 0
    return rules


def test_most_single_part_patterns_are_split() -> None:
    assert len(SPLIT) >= len(PATTERNS) - 2 > 50
    assert all(not _rule(gap, p).alternatives for gap, p in SHIPPED if " ... " in p)


@pytest.mark.parametrize(("gap", "pattern"), SPLIT, ids=[p[:40] for _, p in SPLIT])
def test_the_earliest_alternative_starts_where_the_whole_expression_matches(
    gap: int, pattern: str
) -> None:
    rule = _rule(gap, pattern)
    for line in LINES:
        assert _earliest(rule, line) == _whole(rule, line), line
        # Both forms of each alternative: Unicode, and ASCII on ASCII lines (`on` picks).
        for part in rule.alternatives:
            for m in part.regex.finditer(line):
                assert rule.regex.match(line, m.start()) is not None, (part.source, line)


@pytest.mark.parametrize(("gap", "pattern"), SPLIT, ids=[p[:40] for _, p in SPLIT])
def test_an_alternative_matches_only_on_lines_holding_its_words(gap: int, pattern: str) -> None:
    rule = _rule(gap, pattern)
    for doc in DOCS:
        for part in rule.alternatives:
            bits = lines_needed(doc, part.need)
            for index, line in enumerate(doc.norm):
                if part.on(line).search(line):
                    assert bits is None or bits >> index & 1, (part.source, line)


@pytest.mark.parametrize("signal_id", sorted(SIGNALS))
def test_a_split_scan_finds_what_a_whole_scan_finds(signal_id: str) -> None:
    signal = SIGNALS[signal_id]
    for doc in DOCS:
        want = scan(doc, _forced(compile_signal(signal), False), None, limit=0)
        got = scan(doc, _forced(compile_signal(signal), True), None, limit=0)
        assert got == want


def test_the_shipped_alternatives_are_what_the_patterns_give() -> None:
    keys = shared_keys(set(SHIPPED))
    for gap, pattern in SHIPPED:
        built = build_rule(pattern, gap, keys)
        shipped = _rule(gap, pattern)
        assert [(p.source, p.need) for p in shipped.alternatives] == [
            (p.source, p.need) for p in built.alternatives
        ], pattern


def test_a_rule_reads_its_alternatives_in_its_first_pack_only() -> None:
    [rule] = compile_signal(SIGNALS["frequency"])
    doc = parse("We meet weekly.\n\nWe meet fortnightly.\n")
    assert rule.alternatives and rule.left
    assert [first(doc, rule, i) for i in range(len(doc.norm))] == [8, 8]
    assert rule.regex is not None and rule.left
    other = parse("We meet weekly.\n")
    assert first(other, rule, 0) == 8
    assert not rule.left  # a second pack: the whole expression from now on


def _words() -> list[str]:
    """Pieces of the shipped alternatives, written out (`word*` as `words`)."""
    words = set()
    for _, pattern in PATTERNS:
        for alternative in alternatives_of(pattern):
            plain = re.sub(r"[()?\[\]\\|]", " ", alternative.replace("*", "s"))
            words.update(plain.split())
    return sorted(words)


_PIECES = [*_words(), " ", " ", "-", ".", ",", "é", "_", "2", "s", "x", "1:1", "don't"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
@settings(max_examples=200, deadline=None)
def test_split_and_whole_agree_on_any_text(line: str) -> None:
    doc: Document = parse(line)
    for gap, pattern in SPLIT:
        rule = _rule(gap, pattern)
        for index, norm in enumerate(doc.norm):
            want = _whole(rule, norm)
            assert _earliest(rule, norm) == want, (pattern, norm)
            _forced((rule,), True)
            assert first(doc, rule, index) == want, (pattern, norm)
