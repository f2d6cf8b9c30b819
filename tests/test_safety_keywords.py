"""The keyword prefilter scans short texts in Python and long ones with a regex: same finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from oneos.safety._data import KeywordFinder, load

KEYWORDS = sorted(
    {str(k).lower() for rule in load("triage.yaml")["rules"] for k in rule["keywords"]}
    | {str(k).lower() for rule in load("privacy.yaml")["rules"] for k in rule.get("keywords", [])}
)
FINDER = KeywordFinder(KEYWORDS)
PIECES = st.sampled_from(KEYWORDS) | st.sampled_from([" ", "-", "x", "9", "é", ".", "'", "\n"])
WORDS = st.lists(PIECES | st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789 -é", max_size=6))


@settings(max_examples=300)
@given(WORDS)
def test_the_python_scan_finds_what_the_regex_finds(parts: list[str]) -> None:
    lower = "".join(parts).lower()
    assert FINDER.scan(lower) == FINDER.regex_scan(lower)


def test_short_and_long_texts_give_the_same_occurrences() -> None:
    text = "Sam was fired up about the PIP install; the dismissal letter was filed. " * 40
    assert len(text) > KeywordFinder.SHORT
    finder = KeywordFinder(KEYWORDS)
    long_way = finder.occurrences(text)
    short_way = [(at, finder._starting(word)) for at, word in finder.scan(text.lower())]
    assert long_way == short_way and long_way


def test_a_short_text_needs_no_regex() -> None:
    finder = KeywordFinder(KEYWORDS)
    assert finder.occurrences("Please start a PIP for Sam")
    assert finder._pattern is None


SYNTHETIC = ["self-harm", "harm", "self", "kill my", "my", "pip", "pipe", "9-1-1", "1"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from([*SYNTHETIC, " ", "-", "x", "é"])))
def test_keywords_with_spaces_and_hyphens_scan_alike(parts: list[str]) -> None:
    finder = KeywordFinder(SYNTHETIC)
    lower = "".join(parts)
    assert finder.scan(lower) == finder.regex_scan(lower)
