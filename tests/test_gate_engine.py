"""The gate's fast paths give exactly what the plain, obvious forms give."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oneos.gate.index import _TO_WORDS, LOOKUPS, ONE_ON_ONE, build_index
from oneos.gate.keys import _plan, _walk, need_data, need_from_data, required
from oneos.gate.normal import _lower
from oneos.gate.reader import RULES, SIGNALS, Reader
from oneos.gate.signals import (
    TABLE,
    Signal,
    build_rule,
    candidate_bits,
    compile_signal,
    expression,
    matches,
    scan,
)
from oneos.gate.text import (
    _BOLD_LINE,
    _EMPHASIS,
    _RULE_LINE,
    _TABLE_RULE,
    _is_table_rule,
    _setext_equals,
    bold_title,
    parse,
    unemphasised,
)
from oneos.gate.topics import TOPICS

DATA = Path(__file__).parent / "data" / "gate"
GOLDEN = Path(__file__).parent / "golden"
TEXTS = [
    p.read_text(encoding="utf-8") for p in [*sorted(DATA.glob("*.md")), *GOLDEN.glob("*/pack.md")]
]
# Lines that sit on the edges the fast forms reason about: words glued to letters, digits,
# non-ASCII letters and punctuation, and matches at the very start and end of a line.
EDGES = [
    "weekly",
    "biweekly and bi-weekly, xweekly, weeklyx, éweekly, weeklyé, _weekly, 2weekly",
    "status: status-update, statuses, the status. status",
    "ask 1:1s about 1:1 time; 11:1 x1:1 1:1x",
    "energy 1-10, one to ten, 7/10, 10/10",
    "never diagnose, don't diagnose; diagnose them",
    "skip-level skip level skiplevels skip-levels-ish",
]


def _lines() -> list[str]:
    lines = list(EDGES)
    for text in TEXTS:
        lines.extend(parse(text).norm)
    return lines


LINES = _lines()
PATTERNS = sorted(
    {(p, s.gap) for s in SIGNALS.values() for p in s.patterns}
    | {(p, 60) for t in TOPICS.values() if t.mention is not None for p in t.mention.patterns}
)


@pytest.mark.parametrize(("pattern", "gap"), PATTERNS, ids=[p[:40] for p, _ in PATTERNS])
def test_the_fast_expression_matches_where_the_plain_one_does(pattern: str, gap: int) -> None:
    plain = re.compile(expression(pattern, gap))
    fast = re.compile(expression(pattern, gap, lead=True))
    ascii = re.compile(fast.pattern, re.ASCII)
    for line in [*LINES, "weekly\x1cstatus\x1f1:1 x\x0bweekly"]:
        want = [m.span() for m in plain.finditer(line)]
        assert [m.span() for m in fast.finditer(line)] == want, line
        if line.isascii():
            assert [m.span() for m in ascii.finditer(line)] == want, line


# Pieces of the lexicon's words, glued by the characters the fast forms reason about.
_PIECES = ["weekly", "status", "energy", "1:1", "10", "never", "skip", "level", "check-in"]
_PIECES += ["don't", "career", "growth", "not", "é", "_", "-", ".", " ", "\n", "s", "x", "2"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
@settings(max_examples=150, deadline=None)
def test_the_fast_expressions_match_where_the_plain_ones_do_on_any_text(line: str) -> None:
    for pattern, gap in PATTERNS:
        plain = re.compile(expression(pattern, gap))
        fast = re.compile(expression(pattern, gap, lead=True))
        want = [m.span() for m in plain.finditer(line)]
        assert [m.span() for m in fast.finditer(line)] == want, (pattern, line)
        if line.isascii():
            ascii = re.compile(fast.pattern, re.ASCII)
            assert [m.span() for m in ascii.finditer(line)] == want, (pattern, line)


def test_the_shipped_rule_table_is_what_the_patterns_give() -> None:
    # A fresh process: the table holds exactly the patterns the gate compiles.
    code = (
        "import sys; from oneos.gate.signals import build_table as b; sys.stdout.buffer.write(b())"
    )
    built = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout
    assert built == Path(TABLE).read_bytes(), (
        "the gate's patterns changed: run `python -m oneos.datafiles` and commit the table"
    )


@pytest.mark.parametrize(("pattern", "gap"), PATTERNS, ids=[p[:40] for p, _ in PATTERNS])
def test_rules_read_from_the_table_are_the_rules_built_from_their_patterns(
    pattern: str, gap: int
) -> None:
    [shipped] = compile_signal(Signal(id="x", says="x", patterns=(pattern,), gap=gap))
    built = build_rule(pattern, gap)
    assert (shipped.source, shipped.need, shipped.words_only) == (
        built.source,
        built.need,
        built.words_only,
    )
    assert shipped.need is required(expression(pattern, gap))  # one object: caches key on ids
    assert need_from_data(need_data(built.need)) is built.need


def test_a_walked_need_finds_the_lines_its_compiled_plan_finds() -> None:
    needs = {id(r.need): r.need for rules in RULES.values() for r in rules if not r.need.empty}
    for text in TEXTS:
        doc = parse(text)
        for need in needs.values():
            assert _walk(need, doc.index.get) == _plan(need)(doc.index.get), need


def test_a_rule_compiled_after_a_pack_was_read_still_finds_its_lines() -> None:
    doc = parse("We talk about quuxification here.\n\nAnd nothing there.\n")
    [rule] = compile_signal(Signal(id="late", says="late", patterns=("quuxification",)))
    assert doc.version < LOOKUPS.version  # the pack's index predates the rule's word
    assert scan(doc, (rule,), None, limit=0) == [(0, 14)]
    assert scan(parse("quuxification\n\nno\n"), (rule,), None, limit=0) == [(0, 0)]


@given(st.text(alphabet="abXYZ .ÁéİẞĞÆσΣ😀\u0130\ud800", min_size=900, max_size=1600))
@settings(max_examples=200, deadline=None)
def test_bulk_lower_case_is_str_lower(text: str) -> None:
    assert _lower(text) == text.lower()


@given(st.text(alphabet="abXYZ .ÀÁÉÞßàéÿ×µ\u00a0", min_size=900, max_size=1600))
@settings(max_examples=200, deadline=None)
def test_bulk_lower_case_of_latin_1_text_is_str_lower(text: str) -> None:
    assert _lower(text) == text.lower()


@given(st.text(alphabet="=\n a#", max_size=60))
@settings(max_examples=300, deadline=None)
def test_setext_equals_is_the_plain_search(raw: str) -> None:
    assert _setext_equals(raw) == ("\n==" in raw)


def _plain_index(normalised: str) -> dict[tuple[bytes, bool], int]:
    """The word index the obvious way: each line's words, each word's keys, one bit a line."""
    words = normalised.encode("ascii", "replace").replace(b"1:1", b" " + ONE_ON_ONE.encode())
    index: dict[tuple[bytes, bool], int] = {}
    for number, line in enumerate(words.translate(_TO_WORDS).split(b"\n")):
        for word in line.split():
            keys = [(word, False)] if word in LOOKUPS.exact else []
            keys += [(word[:n], True) for n in range(len(word) + 1) if word[:n] in LOOKUPS.prefixes]
            for key in keys:
                index[key] = index.get(key, 0) | 1 << number
    return index


@given(st.lists(st.sampled_from(["team", "week", "notes", "the", "1:1", ".", "\n", " ", "é"])))
@settings(max_examples=200, deadline=None)
def test_word_index_is_the_plain_one(parts: list[str]) -> None:
    text = " ".join(parts)
    assert build_index(text) == _plain_index(text)
    assert build_index(TEXTS[0].lower()) == _plain_index(TEXTS[0].lower())


@pytest.mark.parametrize(
    "text",
    ["TOMÁS ONE-ON-ONE " * 80, "ΟΔΥΣΣΕΥΣ ΚΑΙ ONE ON ONE " * 60, "İSTANBUL ẞ CHECK-IN 1-1 " * 60],
)
def test_bulk_lower_case_handles_letters_that_change_length_or_context(text: str) -> None:
    assert _lower(text) == text.lower()


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_lazy_matches_are_what_a_full_scan_finds(text: str) -> None:
    reader = Reader(parse(text))
    for signal in SIGNALS.values():
        rules, scope = RULES[signal.id], reader.scope(signal.scope)
        full = scan(reader.doc, rules, scope, plain=signal.plain, limit=0)
        assert list(matches(reader.doc, rules, scope, plain=signal.plain)) == full, signal.id
        bits = candidate_bits(reader.doc, rules, scope)
        assert all(bits >> i & 1 for i, _ in full), signal.id


def _plain_form(fast: str) -> str:
    """Undo `lead_boundaries`: `x(?<!\\w.)` back to `\\bx`."""
    return re.sub(r"(\w)\(\?<!\\w\.\)", r"\\b\1", fast)


@pytest.mark.parametrize("topic", sorted(TOPICS))
def test_topic_headings_match_as_their_plain_expressions_do(topic: str) -> None:
    fast = TOPICS[topic].heading
    plain = re.compile(_plain_form(fast.pattern))
    titles = [h.title for text in TEXTS for h in parse(text).headings] + EDGES
    titles += ["xgoals", "goals!", "_why", "why_", "overload", "load-bearing", "killjoy", "joy"]
    for title in titles:
        want = [m.span() for m in plain.finditer(title)]
        assert [m.span() for m in fast.finditer(title)] == want, title


MARKUP = st.text(alphabet="|:-*_` \t\x0bab:", max_size=30)


@given(MARKUP | st.text(alphabet="*_: \tab", max_size=100).map(lambda t: "**" + t))
@settings(max_examples=600, deadline=None)
def test_markup_shortcuts_agree_with_their_expressions(s: str) -> None:
    assert unemphasised(s) == _EMPHASIS.sub("", s)
    assert _is_table_rule(s) == (_TABLE_RULE.match(s) is not None)
    line = s.strip()
    if line[:2] in ("**", "__"):
        m = _BOLD_LINE.match(line)
        assert bold_title(line) == (m.group(2) if m else None)
    if line and line[0] in "-*_" and _RULE_LINE.match(line):
        assert not line.replace(line[0], "").strip()


@pytest.mark.parametrize(
    "line",
    [
        "**" + "a" * 90 + "**",
        "**" + "a" * 91 + "**",
        "****",
        "*****",
        "**a**:",
        "** a ** :",
        "**a**::",
        "**a** :**",
        "__Cadence__",
        "**a__",
        "**Why we meet**",
        "**a**\t:",
    ],
)
def test_bold_titles_are_what_the_bold_line_expression_reads(line: str) -> None:
    m = _BOLD_LINE.match(line)
    assert bold_title(line) == (m.group(2) if m else None)
