"""The rule engine: the word index never hides a match, and the small languages parse right."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from oneos.gate.keys import Need, required
from oneos.gate.needs import atoms, parse_need
from oneos.gate.reader import MENTIONS, RULES, SIGNALS, Reader
from oneos.gate.signals import Signal, compile_signal, needs_full_read, negated, scan
from oneos.gate.text import parse

DATA = Path(__file__).parent / "data" / "gate"
PACKS = sorted(DATA.glob("*.md"))
EXTRA = [
    "Don't use the 1:1 for status; status goes to the stand-up. Assess whether they are "
    "depressed. 48h SLA for urgent topics, 30min prep, re-prioritise scope.",
    "## Skip-levels\n\nTell the manager who said what. We share themes, not names.\n",
]


def _brute(reader: Reader, signal: Signal) -> set[int]:
    """Every line of the scope where a rule matches, found the slow, obvious way."""
    doc = reader.doc
    found = set()
    for rule in RULES[signal.id]:
        for i in reader.scope_ids(signal.scope):
            for m in rule.regex.finditer(doc.norm[i]):
                if not signal.plain or not negated(doc.norm[i], m.start(), m.end()):
                    found.add(i)
                    break
    return found


@pytest.mark.parametrize(
    "text",
    [p.read_text() for p in PACKS] + EXTRA,
    ids=[*(p.stem for p in PACKS), "extra1", "extra2"],
)
def test_the_index_finds_exactly_what_reading_every_line_finds(text: str) -> None:
    reader = Reader(parse(text))
    for signal in SIGNALS.values():
        fast = {
            i
            for i, _ in scan(
                reader.doc,
                RULES[signal.id],
                reader.scope(signal.scope),
                plain=signal.plain,
                limit=0,
            )
        }
        assert fast == _brute(reader, signal), signal.id


def test_whole_pack_signals_and_topic_mentions_never_read_every_line() -> None:
    slow = [s.id for s in SIGNALS.values() if s.scope == "doc" and needs_full_read(RULES[s.id])]
    slow += [t for t, rules in MENTIONS.items() if needs_full_read(rules)]
    assert slow == []


@pytest.mark.parametrize(
    ("source", "clauses"),
    [
        (r"\bstatus\b", {((b"status", False),)}),
        (r"\bstand-?up", {((b"stand", True),)}),
        (r"\b(?:1:1s?)\b", {((b"oneonone", True),)}),
        (r"\bdon't\b", {((b"don", False),)}),  # "t" is too short to look up
        (r"\bpracti[cs]e\b", {((b"practi", True),)}),
        (r"\b(status|progress)\b", {((b"status", False), (b"progress", False))}),
        (r"(24|48) ?h\b", set()),
        (r"\b(re-?)?prioriti\w*", set()),
        (r"(?:\bfoo|\d+)", set()),
    ],
)
def test_required_words_are_safe(source: str, clauses: set[tuple[tuple[bytes, bool], ...]]) -> None:
    assert set(required(source).clauses) == clauses


def test_a_group_needs_all_the_words_of_one_alternative() -> None:
    need = required(r"\b(?:stop (a |the )?(therapist|doctor)|never diagnose)\b")
    assert need.clauses == ()
    [group] = need.groups
    assert set(group) == {
        (((b"stop", False),), ((b"therapist", False), (b"doctor", False))),
        (((b"never", False),), ((b"diagnose", False),)),
    }
    # "not" is too common to look up: the rest of the alternative still locates it.
    assert required(r"\bnot (a )?therapist\b").clauses == (((b"therapist", False),),)
    assert required(r"(?:\bfoo|\d+)") == Need(clauses=())


def test_the_pattern_language_joins_parts_within_one_clause() -> None:
    [rule] = compile_signal(Signal(id="x", says="x", patterns=("status ... stand-?up*",)))
    assert rule.regex.search("status goes to the stand-up")
    assert not rule.regex.search("status goes there. the stand-up is daily")
    assert not rule.regex.search("statuses go to the standup")


@pytest.mark.parametrize(
    ("line", "is_negated"),
    [
        ("never diagnose depression", True),
        ("diagnosing burnout is not your job", True),
        ("diagnose burnout; never guess", False),
        ("you can't promise full confidentiality", True),
        ("promise full confidentiality", False),
    ],
)
def test_negation_is_read_within_the_clause(line: str, is_negated: bool) -> None:
    start = line.find("diagnos") if "diagnos" in line else line.find("promise")
    assert negated(line, start, start + 8) is is_negated


def test_needs_expressions_parse_and_name_their_signals() -> None:
    node = parse_need("a & (b | c) & !d")
    assert atoms(node) == ["a", "b", "c", "d"]
    assert node.op == "all"
    assert [c.op for c in node.children] == ["atom", "any", "not"]
    for bad in ("a &", "(a | b", "a b", "!(a | b) | ", "a + b"):
        with pytest.raises(ValueError):
            parse_need(bad)


def test_gate_imports_only_the_standard_library_and_errors() -> None:
    allowed = {"__future__", "bisect", "re", "dataclasses", "collections", "typing", "json"}
    allowed |= {"os", "functools"}
    for path in (Path(__file__).parents[1] / "src" / "oneos" / "gate").glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                assert top in allowed or name.startswith(("oneos.gate", "oneos.errors")), (
                    path.name,
                    name,
                )
