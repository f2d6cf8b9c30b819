"""`gate.verdict`: the verdict `oneos pack` keeps agrees with the full report of `score`."""

from __future__ import annotations

import sys
from itertools import pairwise
from pathlib import Path

import pytest

from oneos.errors import InputError
from oneos.gate import score
from oneos.gate.verdict import MAX_SCORE, passed, verdict

ROOT = Path(__file__).parent
PACKS = sorted((ROOT / "data" / "gate").glob("*.md")) + sorted(ROOT.glob("golden/*/pack.md"))


@pytest.mark.parametrize("path", PACKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_verdict_agrees_with_score(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    report = score(text)
    checks, scores = verdict(text)
    assert checks == tuple((c.id, c.title, c.passed) for c in report.checks)
    assert scores == tuple((c.key, c.title, c.score) for c in report.categories)
    assert passed(checks, scores) is report.passed
    assert sum(s for _, _, s in scores) == report.total
    assert report.max == MAX_SCORE


def _without_sections(text: str) -> list[str]:
    """The pack once without each of its `## ` sections, and once without every third line."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith("## ")] + [len(lines)]
    variants = ["".join(lines[:a] + lines[b:]) for a, b in pairwise(starts)]
    variants.append("".join(line for i, line in enumerate(lines) if i % 3))
    return variants


@pytest.mark.parametrize("path", sorted(ROOT.glob("golden/*/pack.md")), ids=lambda p: p.parent.name)
def test_verdict_agrees_on_packs_missing_a_section(path: Path) -> None:
    # Each missing section moves some categories off a 5: the early stops see other cases.
    seen = set()
    for text in _without_sections(path.read_text(encoding="utf-8")):
        report = score(text)
        checks, scores = verdict(text)
        assert checks == tuple((c.id, c.title, c.passed) for c in report.checks)
        assert scores == tuple((c.key, c.title, c.score) for c in report.categories)
        seen.update(s for _, _, s in scores)
    assert len(seen) > 1


def test_fixtures_cover_both_verdicts_and_a_capped_category() -> None:
    verdicts = [verdict(p.read_text(encoding="utf-8")) for p in PACKS]
    assert {passed(c, s) for c, s in verdicts} == {True, False}
    assert {s for _, scores in verdicts for _, _, s in scores} == {1, 2, 3, 4, 5}


def test_empty_text_is_refused_like_score() -> None:
    with pytest.raises(InputError):
        verdict("  --- \n")


def test_pack_loads_no_report_types() -> None:
    import subprocess

    code = (
        "import sys; from oneos import api; from oneos.intake.load import default_context; "
        "api.check_pack(api.build_pack(default_context(), is_default=True)); "
        "print('oneos.gate.report' in sys.modules, 'dataclasses' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
