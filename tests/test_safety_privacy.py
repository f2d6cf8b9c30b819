"""The privacy lint: its labelled line set (recall, no false alarms), positions, redaction."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, get_args

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from oneos.safety import lint_privacy, redact
from oneos.safety.privacy import PrivacyCategory

DATA = Path(__file__).parent / "data" / "safety" / "privacy.yaml"
CATEGORIES = get_args(PrivacyCategory)


def _lines() -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))["lines"]
    return lines


def test_the_labelled_set_covers_every_category_and_ordinary_notes() -> None:
    lines = _lines()
    assert len(lines) >= 80
    assert sum(1 for line in lines if not line["expect"]) >= 25
    covered = Counter(c for line in lines for c in line["expect"])
    assert set(covered) == set(CATEGORIES), covered


def test_recall_is_at_least_90_percent_and_ordinary_notes_raise_nothing() -> None:
    found: Counter[str] = Counter()
    expected: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    missed, false_alarms = [], []
    for line in _lines():
        want = set(line["expect"])
        got = {f.category for f in lint_privacy(line["text"])}
        expected.update(want)
        found.update(want & got)
        extra.update(got - want)
        if want - got:
            missed.append(f"  missed {sorted(want - got)} in {line['text']!r}")
        if not want and got:
            false_alarms.append(f"  false alarm {sorted(got)} in {line['text']!r}")
    rows = [f"{'category':<20}{'expected':>9}{'found':>7}{'extra':>7}{'recall':>8}"]
    for category in CATEGORIES:
        recall = found[category] / expected[category]
        rows.append(
            f"{category:<20}{expected[category]:>9}{found[category]:>7}"
            f"{extra[category]:>7}{recall:>8.3f}"
        )
    total = sum(found.values()) / sum(expected.values())
    rows.append(
        f"{'all':<20}{sum(expected.values()):>9}{sum(found.values()):>7}"
        f"{sum(extra.values()):>7}{total:>8.3f}"
    )
    table = "\n".join(rows)
    print("\n" + table)
    report = "\n".join([table, *missed, *false_alarms])
    assert total >= 0.90, report
    assert not false_alarms, report


def test_findings_carry_line_column_match_and_a_suggestion() -> None:
    text = "Agenda\n- Kai: on medical leave for depression, back in May\n- email: kai@example.com\n"
    findings = lint_privacy(text)
    assert [(f.line, f.category) for f in findings] == [
        (2, "health"),
        (2, "mental-health"),
        (3, "email"),
    ]
    leave = findings[0]
    assert leave.match == "medical leave for depression"
    assert text.splitlines()[1][leave.column - 1 :].startswith(leave.match)
    assert leave.suggestion == "leave (details with HR)"
    assert findings[2].column == len("- email: ") + 1
    assert all(f.suggestion and f.suggestion != f.match for f in findings)


def test_redact_rewords_the_issue_example() -> None:
    assert redact("Sam is on medical leave for depression.") == "Sam is on leave (details with HR)."
    assert redact("Nothing sensitive here.") == "Nothing sensitive here."
    assert "555" not in redact("Call (415) 555-0123 or write to a@b.io")
    assert lint_privacy(redact("Kim's visa renewal, SSN 123-45-6789, jo@x.org")) == []


def test_an_id_shaped_like_a_phone_number_is_reported_once_as_an_id() -> None:
    findings = lint_privacy("SSN 123-45-6789")
    assert {f.category for f in findings} == {"government-id"}
    assert [f.match for f in findings] == ["SSN", "123-45-6789"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes_the_lint(text: str) -> None:
    lines = text.split("\n")
    for finding in lint_privacy(text):
        line = lines[finding.line - 1]
        assert line[finding.column - 1 :].startswith(finding.match)
    assert isinstance(redact(text), str)


def test_typographic_apostrophes_match_and_are_reported_as_written() -> None:
    findings = lint_privacy("Leo’s doctor’s appointment is on Friday.")
    assert [(f.category, f.match, f.column) for f in findings] == [
        ("health", "doctor’s appointment", 7)
    ]
