"""A rule written out as phrases matches exactly where its compiled expression matches."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oneos.gate.patterns import alternatives_of, expression, written
from oneos.gate.phrases import CLAUSE_END, Form, first, form_of, starts
from oneos.gate.reader import RULES, SIGNALS
from oneos.gate.signals import (
    FIRST_LINES,
    PHRASE_LINE_MAX,
    Signal,
    _table,
    _unnegated,
    _unnegated_start,
    compile_signal,
    scan,
)
from oneos.gate.signals import first as first_in
from oneos.gate.text import parse

PACKS = sorted((Path(__file__).parent / "data" / "gate").glob("*.md"))
PACKS += sorted((Path(__file__).parent / "golden").glob("*/pack.md"))
DOCS = [parse(path.read_text(encoding="utf-8")) for path in PACKS]
# Words touching letters, digits, punctuation and non-ASCII letters; clause ends; repeats.
EDGES = [
    "bi-weekly biweekly every other week, fortnightly; weekly-ish xweekly weeklyé",
    "a 1:1 or one-on-one 1:1s, one to one; 11:1 x1:1 1:1x 1:1s is for you. 1:1 are for",
    "energy 1-10, one to ten, 7/10 10/10 1 - 10 1to10 check-in check in checkins",
    "every 2-3 weeks every 10 weeks every two weeks, every 2–4 months every2 weeks",
    "30 min 30min 30-45 minutes 25 – 50 mins 5 to 10 min 1234567 minutes x30 min",
    "skip-level skip level skiplevels, career growth, growth plan, ladder",
    "weekly\x1cstatus\x1f1:1 x\x0bweekly _status status_ statuses é1:1 ١٢ min",
    "reprioritise reprioritiszz re-prioritize deprioritised; take things off her plate",
    "legal question matter issue legal questionmatter legal hr. pip hr? hr; pip ... hr",
    "each person has their own shared 1:1 shared doc. every report: a 1:1 1:1 notebook",
    "never give them the answer; always give them the answer. always, give them advice",
    "on 3 march, 31 december; jan. 5 feb 30 sept. 12 2026-11-30 q1 q5 week 12 day 3",
]
LINES = [*EDGES, *(line for doc in DOCS for line in doc.norm)]
# Every pattern the gate ships: signals, topic mentions, the custom signals' kinds.
SHIPPED = sorted((int(k.split(" ", 1)[0]), k.split(" ", 1)[1]) for k in _table())


def _positions(regex: re.Pattern[str], line: str) -> list[int]:
    """Every position where the expression matches (`match` sees the text before `pos`)."""
    return [at for at in range(len(line) + 1) if regex.match(line, at)]


def _forms() -> list[tuple[int, str, Form]]:
    out = []
    for gap, pattern in SHIPPED:
        form = written(pattern, gap)
        assert form is not None, pattern
        out.append((gap, pattern, form))
    return out


FORMS = _forms()


def test_every_shipped_pattern_is_written_out() -> None:
    assert len(FORMS) == len(SHIPPED) > 150
    # The table ships the same forms.
    for gap, pattern, form in FORMS:
        assert _table()[f"{gap} {pattern}"][3] == form, pattern


@pytest.mark.parametrize(("gap", "pattern", "form"), FORMS, ids=[p[:40] for _, p, _ in FORMS])
def test_a_written_pattern_matches_where_its_expression_does(
    gap: int, pattern: str, form: Form
) -> None:
    whole = re.compile(expression(pattern, gap, lead=True))
    ascii_ = re.compile(expression(pattern, gap, lead=True), re.ASCII)
    for line in LINES:
        want = _positions(whole, line)
        assert starts(line, form) == want, line
        assert first(line, form) == (want[0] if want else -1)
        if line.isascii():
            assert _positions(ascii_, line) == want
        if not form[1]:  # no match spans clauses: negation-aware reading agrees too
            assert _unnegated_start(line, want) == _unnegated(whole, line), line


def _pieces() -> list[str]:
    """Words and marks from the shipped patterns, written out (`word*` as `words`)."""
    words = set()
    for _, pattern in SHIPPED:
        for part in pattern.split(" ... "):
            for alternative in alternatives_of(part):
                plain = re.sub(r"\\[bdw][*+?]?|[()?\[\]\\|*+{}]", " ", alternative)
                words.update(plain.split())
    return sorted(words)


_PIECES = [*_pieces(), " ", " ", " ", "-", ".", ",", ";", "?", "é", "_", "2", "12", "s", "x"]


@settings(max_examples=400, deadline=None)
@given(
    rule=st.sampled_from(FORMS),
    pieces=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14),
)
def test_written_patterns_agree_on_generated_lines(
    rule: tuple[int, str, Form], pieces: list[str]
) -> None:
    gap, pattern, form = rule
    line = "".join(pieces)
    whole = re.compile(expression(pattern, gap, lead=True))
    assert starts(line, form) == _positions(whole, line), line


@settings(max_examples=300, deadline=None)
@given(
    rule=st.sampled_from(FORMS),
    words=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6),
    cut=st.integers(min_value=0, max_value=3),
)
def test_near_misses_agree(rule: tuple[int, str, Form], words: list[str], cut: int) -> None:
    """A pattern's own words, joined tight, cut short or run together with others."""
    gap, pattern, form = rule
    own = re.sub(r"\\[bdw][*+?]?|[()?\[\]\\|*+{}]", " ", pattern).split()
    line = " ".join(own[: len(own) - cut]) + "".join(words) + " " + " ".join(own)
    whole = re.compile(expression(pattern, gap, lead=True))
    assert starts(line, form) == _positions(whole, line), line


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("meetings?", "meeting"),
        ("1:1s? (is|are) for", "1:1s are for"),
        ("\\d+ ?(-|–|to)? ?\\d* ?(min|mins|minutes)\\b", "30-45 minutes"),
        ("(shared |1:1 )*(doc|page)", "shared 1:1 shared doc"),
        ("reprioriti[sz]*", "reprioritiszs"),
        ("legal (question|matter)*", "legal questionmatter"),
        ("\\b(0?[1-9]|[12][0-9]|3[01]) (jan|feb)\\b", "09 feb"),
        ("doc\\w* per", "documents per"),
    ],
)
def test_the_writer_reads_the_subset_the_lexicon_uses(body: str, text: str) -> None:
    before = body[0].isalnum()
    form = form_of([[(body, before, True)]], 60)
    assert form is not None
    regex = re.compile(("\\b" if before else "") + f"(?:{body})\\b")
    for line in (text, f"x {text}", f"x{text}", f"{text}x", f"{text} {text}"):
        assert starts(line, form) == _positions(regex, line), line
    assert first(f"x {text}", form) == 2


@pytest.mark.parametrize(
    "body",
    [
        *("(?<!bi)weekly", "a.b", "^status", "x{2,3}", "(a|b)+?", "[^.]", "\\s+", "(a?)*b"),
        *("\\w+", "\\d{0,0}", "\\d{2}", "\\d{1,99}", "\\d+?", "x\\d{\u0661,}", "x\\d{\u00b2,}"),
        *("x[a-c-e]", "[Z-\\]]", "[]a]", "[^a]"),
    ],
)
def test_what_the_writer_cannot_read_compiles(body: str) -> None:
    assert form_of([[(body, True, True)]], 60) is None


def _forced(rules: tuple, written_out: bool) -> tuple:
    for rule in rules:
        rule.left = 10**9 if written_out and rule.form is not None else 0
        rule.pack = 0
    return rules


@pytest.mark.parametrize("signal_id", sorted(SIGNALS))
def test_a_scan_reading_phrases_finds_what_a_compiled_scan_finds(signal_id: str) -> None:
    signal = SIGNALS[signal_id]
    for doc in DOCS:
        for plain in {False, signal.plain}:
            want = scan(doc, _forced(compile_signal(signal), False), None, plain=plain, limit=0)
            got = scan(doc, _forced(compile_signal(signal), True), None, plain=plain, limit=0)
            assert got == want, doc.norm[:1]


def test_the_gates_rules_carry_their_forms() -> None:
    assert all(rule.form is not None for rules in RULES.values() for rule in rules)


def test_a_rule_reads_its_phrases_in_its_first_pack_only() -> None:
    [rule] = compile_signal(SIGNALS["frequency"])
    doc = parse("We meet weekly.\n\nWe meet fortnightly.\n")
    assert rule.form is not None and rule.left == FIRST_LINES
    assert [first_in(doc, rule, i) for i in range(len(doc.norm))] == [8, 8]
    assert rule.left == FIRST_LINES - 2  # nothing compiled:
    assert rule._regex is None and rule._ascii is None
    other = parse("We meet weekly.\n")
    assert first_in(other, rule, 0) == 8
    assert not rule.left and rule._ascii is not None  # a second pack: the whole expression


@pytest.mark.parametrize("pattern", ["a ... |", "a ...  ... b"])
def test_a_part_with_no_alternatives_is_not_written_out(pattern: str) -> None:
    assert written(pattern, 60) is None


def test_phrases_and_expressions_stop_at_the_same_clause_ends() -> None:
    joint = "[^" + CLAUSE_END.replace("\n", "\\n") + "]{0,7}?"
    assert expression("a ... b", 7).count(joint) == 1


def test_a_long_line_reads_the_expression_and_stays_fast() -> None:
    """Phrases keep every position a step may reach: on a long line of candidates that grows
    faster than the line, so such a line reads the compiled expression instead."""
    [rule] = compile_signal(Signal(id="x", says="x", patterns=("load ... \\d ... \\d",)))
    line = "calendar load is 3 hours, " + "1 2 3 " * 1_600
    doc = parse(line + "\n")
    assert rule.form is not None and len(doc.norm[0]) > PHRASE_LINE_MAX
    started = time.perf_counter()
    assert first_in(doc, rule, 0) == 9
    assert time.perf_counter() - started < 0.5
    assert rule.left == FIRST_LINES  # no phrase read spent on it
    # Below the limit, the phrases answer the same, quickly (sorted ends, bisection).
    mid = line[:PHRASE_LINE_MAX]
    started = time.perf_counter()
    assert starts(mid, rule.form) == _positions(rule.regex, mid)
    assert time.perf_counter() - started < 0.5
