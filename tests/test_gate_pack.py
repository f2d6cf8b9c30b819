"""Our own packs against our own gate: every example scores 30/30, and every required part
of a pack is what earns its checklist item and its rubric points."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from tests.packs import EXAMPLES, START

import oneos
from oneos.gate import score

CASES = [None, *EXAMPLES]


def markdown(source: Path | None) -> str:
    ctx, is_default = oneos.load_context(source.read_text() if source else None)
    return oneos.render_markdown(oneos.build_pack(ctx, START, is_default=is_default))


@pytest.mark.parametrize("source", CASES, ids=["default", *(p.stem for p in EXAMPLES)])
def test_our_packs_score_30_of_30_and_say_so(source: Path | None) -> None:
    text = markdown(source)
    report = score(text)
    assert (report.total, report.passed, report.failed) == (30, True, ())
    assert "## Quality gate" in text and "**Total 30/30" in text
    ctx, is_default = oneos.load_context(source.read_text() if source else None)
    document = json.loads(oneos.render_json(oneos.build_pack(ctx, START, is_default=is_default)))
    assert document["gate"]["total"] == 30 and document["gate"]["passed"] is True
    assert set(document["gate"]["categories"].values()) == {5}


def test_the_gate_section_does_not_change_a_rescore() -> None:
    text = markdown(None)
    body = text[: text.index("## Quality gate")]
    assert score(body).to_dict() == score(text).to_dict()


def drop(text: str, heading: str) -> str:
    """The pack without one section (the heading and everything under it)."""
    level = len(heading) - len(heading.lstrip("#"))
    out: list[str] = []
    skipping = False
    for line in text.splitlines(keepends=True):
        if line.rstrip("\n") == heading:
            skipping = True
            continue
        if skipping and re.match(rf"^#{{1,{level}}} ", line):
            skipping = False
        if not skipping:
            out.append(line)
    return "".join(out)


# (section of our pack, the checklist items that must fail without it)
REQUIRED = [
    ("### What our 1:1s are for", {"A1"}),
    ("## 2. Cadence + meeting types plan", {"A2", "B2"}),
    ("### Skip-level cadence", {"A2"}),
    ("## 3. Shared 1:1 doc templates", {"A3"}),
    ("### The coaching script", {"C1"}),
    ("### When to be directive (the exceptions)", {"C3"}),
    ("### Conversation 3: Career Action Plan (60 min)", {"D2"}),
    ("## 6. Wellbeing / recovery check-in pattern", {"A6", "E2", "E3", "E4"}),
    ("### Post-crisis listening session (60 min)", {"A7"}),
    ("### Skip-level meetings", {"F2"}),
    ("## 8. Risks / Open questions / Next steps", {"A8"}),
]


@pytest.mark.parametrize(("heading", "items"), REQUIRED, ids=[h for h, _ in REQUIRED])
def test_removing_a_required_part_fails_its_item_and_costs_points(
    heading: str, items: set[str]
) -> None:
    full = markdown(None)
    full = full[: full.index("## Quality gate")]
    assert heading + "\n" in full, "the pack no longer has this section"
    report = score(drop(full, heading))
    assert items <= set(report.failed), report.failed
    assert report.total < 30
    assert not report.passed


def test_pack_output_carries_the_gate_through_the_real_entry_point(tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "oneos", "pack", "--start", "2026-11-30", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert (out / "10-quality-gate.md").read_text().startswith("## Quality gate")
    rescored = subprocess.run(
        [sys.executable, "-m", "oneos", "score", str(out / "pack.md")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert rescored.returncode == 0
    assert "30/30" in rescored.stdout
