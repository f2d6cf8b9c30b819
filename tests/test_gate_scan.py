"""`scan` with its inline fast path finds what the plain form (`first` on each candidate) finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from oneos.gate.document import Document
from oneos.gate.keys import lines_needed
from oneos.gate.reader import MENTIONS, RULES, SIGNALS, Reader
from oneos.gate.signals import MAX_EVIDENCE, Rule, first, scan
from oneos.gate.text import parse

PACKS = sorted((Path(__file__).parent / "data" / "gate").glob("*.md"))
PACKS += sorted((Path(__file__).parent / "golden").glob("*/pack.md"))


def _plain_scan(
    doc: Document, rules: tuple[Rule, ...], scope: int | None, plain: bool, limit: int
) -> list[tuple[int, int]]:
    """The obvious form: every line in order, `first` on each line the rule may match."""
    found: dict[int, int] = {}
    for rule in rules:
        need = lines_needed(doc, rule.need)
        bits = (1 << len(doc.norm)) - 1 if need is None else need
        if scope is not None:
            bits &= scope
        lines = (i for i in range(len(doc.norm)) if bits >> i & 1 and i not in found)
        for index, start in ((i, first(doc, rule, i, plain)) for i in lines):
            if start < 0:
                continue
            found[index] = start
            if len(found) == limit:  # never, with no limit (0)
                return sorted(found.items())
    return sorted(found.items())


@pytest.mark.parametrize("path", PACKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_scan_matches_the_plain_form(path: Path) -> None:
    # Twice: the first read of a pack may run rules alternative by alternative, the second
    # runs whole expressions, the inline path.
    for _ in range(2):
        doc = parse(path.read_text(encoding="utf-8"))
        reader = Reader(doc)
        compared = 0
        for signal_id, signal in SIGNALS.items():
            rules = RULES[signal_id]
            scope = reader.scope(signal.scope)
            for limit in (0, MAX_EVIDENCE, 2):
                fast = scan(doc, rules, scope, plain=signal.plain, limit=limit)
                assert fast == _plain_scan(doc, rules, scope, signal.plain, limit), signal_id
                compared += len(fast)
        for topic, rules in MENTIONS.items():
            for plain in (False, True):
                fast = scan(doc, rules, None, plain=plain, limit=0)
                assert fast == _plain_scan(doc, rules, None, plain, 0), topic
        assert compared > 0
