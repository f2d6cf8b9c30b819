"""The pass rule, and the gate's verdict alone: what `oneos pack` keeps of a score.

`score()` builds a full report (evidence excerpts, reasons); a pack only keeps each item's
pass or fail and each category's score, so `verdict()` works those out and nothing else.
It loads neither the report's dataclasses nor `dataclasses`, which `oneos pack` would
otherwise import for the gate alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from oneos.gate.reader import Reader

if TYPE_CHECKING:
    from oneos.gate.needs import Node
    from oneos.gate.rubric import Category

PASS_TOTAL = 22
PASS_FLOOR = 3
MAX_SCORE = 30
PASS_RULE = (
    f"The gate passes when every checklist item passes, the rubric total is at least "
    f"{PASS_TOTAL} of {MAX_SCORE}, and no category scores below {PASS_FLOOR}."
)

Checks = tuple[tuple[str, str, bool], ...]  # (id, title, passed) per checklist item
Scores = tuple[tuple[str, str, int], ...]  # (key, title, score) per rubric category


def capped(key: str, score: int, failed: set[str]) -> tuple[int, list[str]]:
    """A 5 is "complete": it needs every checklist item behind the category to pass.

    The score to keep, and the failing items that capped it (empty when it stands)."""
    from oneos.gate.rubric import CATEGORY_CHECKS

    missing = [c for c in CATEGORY_CHECKS.get(key, ()) if c in failed]
    if score < 5 or not missing:
        return score, []
    return 4, missing


def verdict(markdown: str) -> tuple[Checks, Scores]:
    """Each checklist item's pass or fail and each category's score, exactly as `score()`
    reports them (a test compares the two on every fixture and golden pack)."""
    from oneos.gate import readable
    from oneos.gate.checklists import CHECKS, PARSED
    from oneos.gate.rubric import CATEGORIES
    from oneos.gate.text import parse

    readable(markdown)
    reader = Reader(parse(markdown))
    checks = tuple((c.id, c.title, _holds(PARSED[c.id], reader)) for c in CHECKS)
    failed = {id for id, _, ok in checks if not ok}
    scores = tuple(
        (c.key, c.title, capped(c.key, _category_score(c, reader), failed)[0]) for c in CATEGORIES
    )
    return checks, scores


def _holds(node: Node, reader: Reader) -> bool:
    """`needs.evaluate(node, reader).ok`, reading only the signals that decide it."""
    op = node.op
    if op == "atom":
        return reader.found(node.id)
    if op == "not":
        return not reader.found(node.children[0].id)
    if op == "all":
        return all(_holds(child, reader) for child in node.children)
    return any(_holds(child, reader) for child in node.children)


def _category_score(category: Category, reader: Reader) -> int:
    """`rubric.score_category(category, reader).score`: the same rule, stopping as soon as
    the score is known (a category with all it needs for a 5 reads no more tailoring)."""
    from oneos.gate.rubric import PARSED, grade

    if any(reader.found(h) for h in category.harmful):
        return 1
    core = sum(1 for c in category.core if _holds(PARSED[c.needs], reader))
    if core < len(category.core):
        return grade(category, False, core, 0, False)  # 3 at most: tailoring cannot change it
    known: dict[str, bool] = {}

    def met(needs: str) -> bool:
        if needs not in known:
            known[needs] = _holds(PARSED[needs], reader)
        return known[needs]

    core_needs = {c.needs for c in category.core}  # every one of them is met by now
    five = all(
        n in core_needs or any(c.needs == n and met(n) for c in category.tailored)
        for n in category.five_needs
    )
    enough = category.for_5 if five else category.for_4  # more tailoring changes nothing
    tailored = 0
    for c in category.tailored:
        if met(c.needs):
            tailored += 1
            if tailored >= enough:
                break
    return grade(category, False, core, tailored, five)


def passed(checks: Checks, scores: Scores) -> bool:
    """The pass rule (as `GateReport.passed`)."""
    total = sum(s for _, _, s in scores)
    rubric = total >= PASS_TOTAL and all(s >= PASS_FLOOR for _, _, s in scores)
    return rubric and all(ok for _, _, ok in checks)
