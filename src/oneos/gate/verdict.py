"""The pass rule, and the gate's verdict alone: what `oneos pack` keeps of a score.

`score()` builds a full report (evidence excerpts, reasons); a pack only keeps each item's
pass or fail and each category's score, so `verdict()` works those out and nothing else.
It loads neither the report's dataclasses nor `dataclasses`, which `oneos pack` would
otherwise import for the gate alone.
"""

from __future__ import annotations

from oneos.gate.reader import Reader

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
    from oneos.gate.checklists import run_checks
    from oneos.gate.rubric import run_rubric
    from oneos.gate.text import parse

    readable(markdown)
    reader = Reader(parse(markdown))
    checks = tuple((check.id, check.title, outcome.ok) for check, outcome in run_checks(reader))
    failed = {id for id, _, ok in checks if not ok}
    scores = tuple(
        (s.category.key, s.category.title, capped(s.category.key, s.score, failed)[0])
        for s in run_rubric(reader)
    )
    return checks, scores


def passed(checks: Checks, scores: Scores) -> bool:
    """The pass rule (as `GateReport.passed`)."""
    total = sum(s for _, _, s in scores)
    rubric = total >= PASS_TOTAL and all(s >= PASS_FLOOR for _, _, s in scores)
    return rubric and all(ok for _, _, ok in checks)
