"""Any text at all: the gate never crashes, stays in range, and gives the same answer twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oneos.errors import InputError
from oneos.gate import score

PACK = (Path(__file__).parent / "data" / "gate" / "complete.md").read_text()
PIECES = [*"abc xyz#*|-_=:.?!()[]`>\n\t1234567890", "1:1", "skip", "**", "never ", "status"]
MARKDOWNISH = st.lists(st.sampled_from(PIECES), max_size=200).map("".join)
LINES = st.lists(st.sampled_from(PACK.splitlines()), max_size=60).map("\n".join)


def _check(text: str) -> None:
    try:
        report = score(text)
    except InputError:
        assert not any(ch.isalnum() for ch in text)
        return
    assert 6 <= report.total <= 30
    assert all(1 <= c.score <= 5 for c in report.categories)
    assert len(report.checks) == 26
    assert report.passed == (
        report.total >= 22
        and min(c.score for c in report.categories) >= 3
        and all(c.passed for c in report.checks)
    )
    assert score(text).to_dict() == report.to_dict()
    for check in report.checks:
        assert all(e.line >= 1 for e in check.evidence)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text(text: str) -> None:
    _check(text)


@settings(max_examples=150, deadline=None)
@given(MARKDOWNISH)
def test_markdown_shaped_noise(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(LINES)
def test_shuffled_lines_of_a_real_pack(text: str) -> None:
    _check(text)


@pytest.mark.parametrize("text", ["", "   \n\t", "---\n***\n"])
def test_text_with_nothing_to_read_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError, match="empty"):
        score(text)
