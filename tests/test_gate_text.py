"""How the gate reads Markdown: headings in any style, joined lines, tables, synonyms."""

from __future__ import annotations

import pytest

from oneos.gate.index import bits_of, ids_of
from oneos.gate.text import CODE, HEADING, ITEM, ROW, normalise, parse


def _titles(text: str) -> list[tuple[int, int, str]]:
    return [(h.line, h.level, h.title) for h in parse(text).headings]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("# Cadence\n\ntext\n", [(1, 1, "cadence")]),
        ("### Career ###\n", [(1, 3, "career")]),
        ("Cadence\n=======\n\ntext\n", [(1, 1, "cadence")]),
        ("Shared doc\n----------\n", [(1, 2, "shared doc")]),
        ("**Coaching**\n\ntext\n", [(1, 1, "coaching")]),
        ("__Why we meet:__\n\ntext\n", [(1, 1, "why we meet")]),
        ("3) Coaching toolkit\n- rule\n", [(1, 1, "coaching toolkit")]),
        ("Step 3 — Career\n\ntext\n", [(1, 1, "career")]),
        ("Intro.\n\n4. Wellbeing check-in\n\ntext\n", [(3, 1, "wellbeing 1:1")]),
    ],
)
def test_headings_in_every_style(text: str, want: list[tuple[int, int, str]]) -> None:
    assert _titles(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "1. Opening (2 min)\n2. Listening (45 min)\n",
        "1. Opening (2 min)\n\n2. Listening (45 min)\n",
        "Intro.\n\n1) keep notes short\n",
        "- **Owner:** Sam\n",
        "**Never diagnose.**\n",
        "Intro text\n---\n\n---\n",
    ],
)
def test_lists_emphasis_and_rules_are_not_headings(text: str) -> None:
    assert all(h.title != "opening (2 min)" for h in parse(text).headings)
    assert [h.title for h in parse(text).headings] in ([], ["intro text"])


def test_bold_lines_rank_below_hash_headings_and_sections_nest() -> None:
    doc = parse("# Pack\n\n## Cadence\n\n**New hires**\n\nweekly\n\n## Career\n\ntext\n")
    levels = {h.title: h.level for h in doc.headings}
    assert levels == {"pack": 1, "cadence": 2, "new hires": 7, "career": 2}
    cadence = next(h for h in doc.headings if h.title == "cadence")
    inside = [doc.texts[i] for i in range(cadence.index, cadence.end)]
    assert inside == ["Cadence", "New hires", "weekly"]


def test_soft_wrapped_lines_join_and_keep_their_line_numbers() -> None:
    doc = parse(
        "Intro.\n\nShare themes with the lead,\nnever names or quotes.\n- item one\n  continues\n"
    )
    assert doc.texts[1] == "Share themes with the lead, never names or quotes."
    assert doc.line_of(1, 0) == 3
    assert doc.line_of(1, doc.norm[1].index("never")) == 4
    assert doc.texts[2] == "- item one continues"
    assert doc.kinds[2] == ITEM


def test_tables_keep_their_header_and_rows() -> None:
    doc = parse("| Action | **Owner** | Due |\n|---|---|---|\n| ship | Sam | 2024-06-01 |\n")
    [table] = doc.tables
    assert table.header == ("action", "owner", "due")
    assert [doc.texts[i] for i in table.rows] == ["ship | Sam | 2024-06-01"]
    assert doc.kinds[table.head] == ROW


def test_a_table_without_outer_pipes_is_still_a_table() -> None:
    doc = parse("Topic | Where\n---|---\nStatus | stand-up\n")
    assert doc.tables[0].header == ("topic", "where")


def test_code_blocks_are_content_but_never_headings() -> None:
    doc = parse("```\n# not a heading\nAgenda:\n```\n")
    assert doc.headings == []
    assert doc.texts == ["# not a heading", "Agenda:"]
    assert set(doc.kinds) == {CODE}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("One-on-ones are for you", "1:1s are for you"),
        ("our 1-on-1 and the one to one", "our 1:1 and the 1:1"),
        ("weekly check-ins, a Check-in", "weekly 1:1s, a 1:1"),
        ("Weekly 1-1s", "weekly 1:1s"),
        ("someone on one team; scale 1 to 10", "someone on one team; scale 1 to 10"),
        ("don’t", "don't"),
    ],
)
def test_synonyms_become_one_spelling(text: str, want: str) -> None:
    assert normalise(text) == want


@pytest.mark.parametrize(
    "heading",
    ["## Quality gate", "## 9. Quality gate", "**Quality gate**", "## Gate result"],
)
def test_a_quality_gate_section_is_skipped(heading: str) -> None:
    text = f"# Pack\n\n## Cadence\n\nweekly\n\n{heading}\n\n| A1 | pass |\n|---|---|\n\nClaims.\n"
    doc = parse(text + "\n## Next steps\n\nShip it.\n")
    assert "Claims." not in doc.texts
    assert not any("A1" in t for t in doc.texts)
    assert doc.texts[-1] == "Ship it."
    assert [h.title for h in doc.headings if doc.kinds[h.index] == HEADING][-1] == "next steps"


def test_the_word_index_finds_lines_by_word_and_prefix() -> None:
    doc = parse("Coaching first.\n\nThe coach asks.\n\nA 1:1 weekly.\n")
    assert list(ids_of(doc.lines_with(b"coach", False))) == [1]
    assert list(ids_of(doc.lines_with(b"coach", True))) == [0, 1]
    assert list(ids_of(doc.lines_with(b"oneonone", False))) == [2]
    assert doc.lines_with(b"zebra", False) == 0b111  # not a look-up word: every line
    assert list(ids_of(bits_of([0, 5, 64]))) == [0, 5, 64]
