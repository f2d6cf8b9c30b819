"""The gate's verdict as a model, and its renderings: text, Markdown, JSON and the pack section."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from oneos.gate.verdict import MAX_SCORE, PASS_FLOOR, PASS_RULE, PASS_TOTAL

__all__ = ["MAX_SCORE", "PASS_FLOOR", "PASS_RULE", "PASS_TOTAL"]
SHOWN = 2  # evidence lines per check in the text and Markdown reports


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a rule matched: the physical line number and the author's words there."""

    line: int
    text: str


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One checklist item on one pack."""

    id: str
    group: str
    title: str
    passed: bool
    evidence: tuple[Evidence, ...]
    """Where the pack meets the item (line numbers and the author's words)."""
    fix: str
    """What to add or change; shown when the item fails."""
    missing: tuple[str, ...] = ()
    harmful: tuple[tuple[str, Evidence], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "group": self.group,
            "title": self.title,
            "passed": self.passed,
            "evidence": [_ev(e) for e in self.evidence],
            "missing": list(self.missing),
            "harmful": [{"says": s, **_ev(e)} for s, e in self.harmful],
            "fix": None if self.passed else self.fix,
        }


@dataclass(frozen=True, slots=True)
class CategoryResult:
    """One rubric category on one pack: its 1–5 score and the reasons for it."""

    key: str
    title: str
    score: int
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "score": self.score,
            "reasons": list(self.reasons),
        }


def _ev(e: Evidence) -> dict[str, Any]:
    return {"line": e.line, "text": e.text}


@dataclass(frozen=True, slots=True)
class GateReport:
    """The quality gate's verdict on one pack."""

    checks: tuple[CheckResult, ...]
    categories: tuple[CategoryResult, ...]

    @property
    def total(self) -> int:
        return sum(c.score for c in self.categories)

    @property
    def max(self) -> int:
        return MAX_SCORE

    @property
    def rubric_passed(self) -> bool:
        return self.total >= PASS_TOTAL and all(c.score >= PASS_FLOOR for c in self.categories)

    @property
    def checklist_passed(self) -> bool:
        return all(c.passed for c in self.checks)

    @property
    def passed(self) -> bool:
        return self.rubric_passed and self.checklist_passed

    @property
    def failed(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.checks if not c.passed)

    def scores(self) -> dict[str, int]:
        return {c.key: c.score for c in self.categories}

    def to_dict(self) -> dict[str, Any]:
        """Stable JSON: the keys and their order are part of the interface."""
        return {
            "total": self.total,
            "max": self.max,
            "passed": self.passed,
            "rubric_passed": self.rubric_passed,
            "checklist_passed": self.checklist_passed,
            "categories": self.scores(),
            "failed_checks": list(self.failed),
            "pass_rule": PASS_RULE,
            "checks": [c.to_dict() for c in self.checks],
            "rubric": [c.to_dict() for c in self.categories],
        }

    def headline(self) -> str:
        verdict = "PASS" if self.passed else "FAIL"
        passed = sum(1 for c in self.checks if c.passed)
        return (
            f"Quality gate: {verdict} — rubric {self.total}/{self.max}, "
            f"checklist {passed}/{len(self.checks)} items"
        )

    def render_text(self) -> str:
        """A plain-text report for the terminal."""
        out = [self.headline(), "", "Checklist"]
        group = ""
        for check in self.checks:
            if check.group != group:
                group = check.group
                out.append(f"  {check.id[0]}. {group}")
            out.append(f"    {'pass' if check.passed else 'FAIL'}  {check.id}  {check.title}")
            out.extend(f"            {line}" for line in _check_lines(check))
        out += ["", "Rubric"]
        for cat in self.categories:
            out.append(f"  {cat.score}/5  {cat.title} ({cat.key})")
            out.extend(f"         {reason}" for reason in cat.reasons)
        out += ["", f"Total {self.total}/{self.max}. {PASS_RULE}", self._why()]
        return "\n".join(out) + "\n"

    def render_markdown(self) -> str:
        """A Markdown report with the same content as the text one."""
        out = [
            f"# {self.headline()}",
            "",
            "## Checklist",
            "",
            "| ID | Group | Check | Result | Evidence or fix |",
            "|---|---|---|---|---|",
        ]
        for check in self.checks:
            detail = "<br>".join(_cell(line) for line in _check_lines(check))
            result = "pass" if check.passed else "**fail**"
            out.append(
                f"| {check.id} | {check.group} | {_cell(check.title)} | {result} | {detail} |"
            )
        out += ["", "## Rubric", "", "| Category | Score | Why |", "|---|---|---|"]
        for cat in self.categories:
            why = "<br>".join(_cell(r) for r in cat.reasons)
            out.append(f"| {_cell(cat.title)} | {cat.score}/5 | {why} |")
        out += ["", f"**Total {self.total}/{self.max}.** {PASS_RULE} {self._why()}"]
        return "\n".join(out) + "\n"

    def pack_section(self) -> str:
        """The `## Quality gate` section a pack ends with; re-scoring a pack skips it."""
        verdict = "pass" if self.passed else "fail"
        out = [
            "## Quality gate",
            "",
            f"Result: **{verdict}** — rubric {self.total}/{self.max}; checklist "
            f"{sum(c.passed for c in self.checks)}/{len(self.checks)} items. {PASS_RULE}",
            "",
            "| ID | Item | Result |",
            "|---|---|---|",
        ]
        out += [
            f"| {c.id} | {_cell(c.title)} | {'pass' if c.passed else 'fail'} |" for c in self.checks
        ]
        out += ["", "| Rubric category | Score |", "|---|---|"]
        out += [f"| {_cell(c.title)} | {c.score}/5 |" for c in self.categories]
        out += [f"| Total | {self.total}/{self.max} |", ""]
        return "\n".join(out)

    def _why(self) -> str:
        if self.passed:
            return "Result: pass."
        reasons = []
        if self.failed:
            reasons.append("checklist items failing: " + ", ".join(self.failed))
        if self.total < PASS_TOTAL:
            reasons.append(f"total below {PASS_TOTAL}")
        low = [c.key for c in self.categories if c.score < PASS_FLOOR]
        if low:
            reasons.append(f"below {PASS_FLOOR}: " + ", ".join(low))
        return "Result: fail (" + "; ".join(reasons) + ")."


def _check_lines(check: CheckResult) -> list[str]:
    if check.passed:
        return [f'line {e.line}: "{e.text}"' for e in check.evidence[:SHOWN]]
    lines = [f'harmful, line {e.line}: "{e.text}" ({said})' for said, e in check.harmful]
    lines += [f"missing: {m}" for m in check.missing]
    lines.append(f"fix: {check.fix}")
    return lines


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
