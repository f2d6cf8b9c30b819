"""Hand-written packs in different styles, scored exactly as tests/data/gate/expected.yaml says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from oneos.gate import score
from oneos.gate.checklists import CHECKS

DATA = Path(__file__).parent / "data" / "gate"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((DATA / "expected.yaml").read_text())
IDS = [c.id for c in CHECKS]


def _pack(name: str) -> str:
    return (DATA / f"{name}.md").read_text(encoding="utf-8")


def test_the_set_covers_the_required_kinds_of_pack() -> None:
    assert len(EXPECTED) >= 6
    assert {
        "complete",
        "no_wellbeing",
        "status_centric",
        "career_only",
        "partial_generic",
        "unrelated",
    } <= set(EXPECTED)
    for name in EXPECTED:
        assert (DATA / f"{name}.md").is_file(), name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_scores_exactly_as_labelled(name: str) -> None:
    want = EXPECTED[name]
    report = score(_pack(name))
    assert sorted(report.failed) == sorted(want["failing"])
    assert report.scores() == want["categories"]
    assert report.total == want["total"] == sum(want["categories"].values())
    assert report.passed is want["passed"]


def test_precision_and_recall_of_failing_items_over_the_set() -> None:
    """Every (fixture, item) pair is a label: does the gate flag exactly the labelled fails?"""
    tp = fp = fn = tn = 0
    for name, want in EXPECTED.items():
        failed = set(score(_pack(name)).failed)
        for item in IDS:
            labelled = item in want["failing"]
            tp += labelled and item in failed
            fp += not labelled and item in failed
            fn += labelled and item not in failed
            tn += not labelled and item not in failed
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    print(
        f"\ngate fixtures: {len(EXPECTED)} packs x {len(IDS)} items; fail precision "
        f"{precision:.3f}, recall {recall:.3f} (tp={tp} fp={fp} fn={fn} tn={tn})"
    )
    assert (precision, recall) == (1.0, 1.0)


def test_the_complete_pack_passes_with_every_item_and_full_marks() -> None:
    report = score(_pack("complete"))
    assert report.passed
    assert report.total == 30
    assert all(c.passed and c.evidence for c in report.checks)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_scoring_a_pack_with_its_gate_section_attached_gives_the_same_result(name: str) -> None:
    text = _pack(name)
    first = score(text)
    again = score(text.rstrip("\n") + "\n\n" + first.pack_section())
    assert again.to_dict() == first.to_dict()


# Remove one part of the complete pack: the matching item fails and the total drops.
REMOVALS = [
    ("Why we meet", {"A1", "B1"}),
    ("Who I meet and how often", {"B2"}),
    ("Our shared notes", {"A3", "B3"}),
    ("Coaching: questions before answers", {"A4", "C1", "C2", "C3"}),
    ("Growing your career", {"A5", "D1", "D2", "D3"}),
    ("How are you, really? (energy check-in)", {"A6", "E1", "E2", "E3"}),
    ("After hard news: the listening session", {"F4"}),
    # F1 still passes: the what-goes-where table sends "org health" to skip-levels.
    ("Skip-level conversations", {"A7", "F2", "F3"}),
    ("Risks", {"A8"}),
]


@pytest.mark.parametrize(("heading", "items"), REMOVALS, ids=[h for h, _ in REMOVALS])
def test_removing_a_part_of_the_complete_pack_fails_its_items(
    heading: str, items: set[str]
) -> None:
    text = _pack("complete")
    start = text.index(f"**{heading}**")
    end = text.find("\n**", start + len(heading) + 4)
    cut = text[:start] + (text[end + 1 :] if end != -1 else "")
    report = score(cut)
    assert items <= set(report.failed), sorted(report.failed)
    assert report.total < 30
    assert not report.passed
