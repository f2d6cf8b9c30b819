"""The quality gate: checklists A–F and a six-category rubric, read from any pack's Markdown.

`score(markdown)` judges the text alone — a pack oneos rendered, one a person wrote, or one
an LLM wrote — and never looks at oneos's internal objects.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from oneos.errors import InputError
from oneos.gate.checklists import run_checks
from oneos.gate.explain import explain
from oneos.gate.reader import Reader, says
from oneos.gate.rubric import Scored, run_rubric
from oneos.gate.text import parse
from oneos.gate.verdict import PASS_RULE, capped

if TYPE_CHECKING:
    from oneos.gate.report import CategoryResult, CheckResult, Evidence, GateReport

_TEXT = re.compile(r"[^\W_]")  # a letter or digit: something to read
EVIDENCE_SHOWN = 4  # lines of evidence per checklist item

__all__ = [
    "PASS_RULE",
    "CategoryResult",
    "CheckResult",
    "Evidence",
    "GateReport",
    "explain",
    "score",
]


def __getattr__(name: str) -> Any:
    # The report types load with the first report: `oneos pack` keeps only the verdict
    # (`verdict.py`), and defining dataclasses is a noticeable part of a cold start.
    if name in ("CategoryResult", "CheckResult", "Evidence", "GateReport"):
        from oneos.gate import report

        return getattr(report, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def readable(markdown: str) -> None:
    """Raise `InputError` when there is nothing to read (no letters or digits at all)."""
    if _TEXT.search(markdown) is None:
        raise InputError("the pack is empty: there is no text to score — give a Markdown 1:1 pack")


def score(markdown: str) -> GateReport:
    """Run every checklist item and rubric category on a Markdown pack (deterministic).

    Raises `InputError` only when there is nothing to read (no letters or digits at all).
    """
    from oneos.gate.report import CheckResult, GateReport

    readable(markdown)
    reader = Reader(parse(markdown))
    shown: dict[tuple[int, int], Evidence] = {}  # checks share signals: one excerpt per hit
    checks = tuple(
        CheckResult(
            check.id,
            check.group,
            check.title,
            outcome.ok,
            _evidence(reader, outcome.found, shown),
            check.fix,
            () if outcome.ok else outcome.missing,
            () if outcome.ok else _harmful(reader, outcome.harmful),
        )
        for check, outcome in run_checks(reader)
    )
    failed = {c.id for c in checks if not c.passed}
    categories = tuple(_capped(_category(reader, scored), failed) for scored in run_rubric(reader))
    return GateReport(checks=checks, categories=categories)


def _capped(category: CategoryResult, failed: set[str]) -> CategoryResult:
    """A 5 is "complete": it needs every checklist item behind the category to pass."""
    from oneos.gate.report import CategoryResult

    _, missing = capped(category.key, category.score, failed)
    if not missing:
        return category
    reasons = (
        f"4/5: complete and tailored, but checklist item{'s' if len(missing) > 1 else ''} "
        f"{', '.join(missing)} fail{'' if len(missing) > 1 else 's'}.",
        *category.reasons[1:],
    )
    return CategoryResult(key=category.key, title=category.title, score=4, reasons=reasons)


def _evidence(
    reader: Reader, found: tuple[str, ...], shown: dict[tuple[int, int], Evidence]
) -> tuple[Evidence, ...]:
    """Evidence in line order without repeats, at most four lines."""
    doc = reader.doc
    hits = sorted({(doc.line_of(i, at), i, at) for s in found for i, at in reader.where(s)})
    from oneos.gate.report import Evidence

    seen: dict[int, Evidence] = {}
    for line, i, at in hits:
        if line not in seen:
            evidence = shown.get((i, at))
            if evidence is None:
                evidence = shown[(i, at)] = Evidence(line, doc.excerpt(i, at))
            seen[line] = evidence
            if len(seen) == EVIDENCE_SHOWN:
                break
    return tuple(seen.values())


def _harmful(reader: Reader, found: tuple[str, ...]) -> tuple[tuple[str, Evidence], ...]:
    return tuple((says(s), reader.evidence(s)[0]) for s in found)


def _lines(reader: Reader, found: tuple[str, ...]) -> list[int]:
    doc = reader.doc
    lines = {doc.line_of(i, start) for s in found for i, start in reader.where(s)}
    return sorted(lines)[:3]


def _category(reader: Reader, scored: Scored) -> CategoryResult:
    from oneos.gate.report import CategoryResult

    reasons = [f"{scored.score}/5: {scored.verdict}."]
    for said, e in _harmful(reader, scored.harmful):
        reasons.append(f'harmful: {said} — line {e.line}: "{e.text}"')
    for met in scored.met:
        if met.outcome.ok:
            lines = _lines(reader, met.outcome.found)
            where = f" (line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))})"
            reasons.append(f"+ {met.tier}: {met.criterion.text}{where if lines else ''}")
        else:
            reasons.append(f"- {met.tier}: {met.criterion.text}")
    if scored.score == 4:
        have = {m.criterion.needs for m in scored.met if m.outcome.ok}
        lacking = [
            m.criterion.text
            for m in scored.met
            if m.criterion.needs in scored.category.five_needs and m.criterion.needs not in have
        ]
        if lacking:
            reasons.append("a 5 also needs: " + "; ".join(lacking))
    return CategoryResult(
        key=scored.category.key,
        title=scored.category.title,
        score=scored.score,
        reasons=tuple(reasons),
    )
