"""Stable aliases for names: whole words, every occurrence, the same across outputs."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from oneos.safety import alias_map, anonymize

TEAM = ["Sam", "Sam Lee", "Priya", "Jo"]


def test_aliases_follow_the_order_of_names_and_are_stable() -> None:
    assert alias_map(TEAM) == {
        "Sam": "Person A",
        "Sam Lee": "Person B",
        "Priya": "Person C",
        "Jo": "Person D",
    }
    assert alias_map(TEAM) == alias_map(list(TEAM))
    assert alias_map(["Jo", " Jo ", "", "Priya"]) == {"Jo": "Person A", "Priya": "Person B"}


def test_aliases_go_past_z() -> None:
    aliases = alias_map([f"N{i}" for i in range(30)])
    assert aliases["N0"] == "Person A" and aliases["N25"] == "Person Z"
    assert aliases["N26"] == "Person AA" and aliases["N29"] == "Person AD"


def test_every_whole_word_occurrence_is_replaced_incl_possessives() -> None:
    text = "Sam met Priya. Sam's plan: Priya reviews, Sam Lee ships. Samantha and Joanna stay."
    assert anonymize(text, TEAM) == (
        "Person A met Person C. Person A's plan: Person C reviews, Person B ships. "
        "Samantha and Joanna stay."
    )


def test_matching_is_case_sensitive() -> None:
    assert anonymize("jo said Jo was right", TEAM) == "jo said Person D was right"


def test_one_alias_map_gives_the_same_aliases_in_every_output() -> None:
    aliases = alias_map(TEAM)
    first = anonymize("Priya leads; Jo helps.", aliases)
    second = anonymize("Jo's career bet", aliases)
    assert first == "Person C leads; Person D helps."
    assert second == "Person D's career bet"


def test_no_names_leaves_text_alone() -> None:
    assert anonymize("Sam and Priya", []) == "Sam and Priya"
    assert anonymize("Sam and Priya", {}) == "Sam and Priya"


def test_names_with_regex_characters_are_literal() -> None:
    assert anonymize("Ann (A.) met A.B", ["A.", "A.B"]) == "Ann (Person A) met Person B"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True), min_size=1, max_size=5),
    st.text(max_size=200),
)
def test_no_name_survives_as_a_whole_word(names: list[str], filler: str) -> None:
    names = [n for n in names if n != "Person"] or ["Sam"]
    text = filler + " " + " and ".join(names) + "'s " + filler
    result = anonymize(text, names)
    for name in names:
        assert not re.search(rf"(?<!\w){name}(?!\w)", result), (name, result)
    assert result.count("Person ") >= len(names)
