"""Each checklist item, one rule at a time: a short pack that passes it and one that fails it."""

from __future__ import annotations

import pytest

from oneos.gate import score
from oneos.gate.checklists import CHECKS

# (item, a text that meets it, a text that does not)
CASES: list[tuple[str, str, str]] = [
    (
        "A1",
        "Our 1:1s are for coaching and growth.\n\n| Topic | Where |\n|---|---|\n"
        "| Status | stand-up |\n| Career | 1:1 |\n| Incidents | urgent meeting |\n",
        "Our 1:1s are for coaching and growth.\n",
    ),
    (
        "A2",
        "We meet weekly for 30 minutes.\n\n## Skip-levels\n\nOnce a quarter with each person.\n",
        "We meet weekly for 30 minutes.\n",
    ),
    (
        "A3",
        "One shared doc with the agenda, notes, action items and a topics backlog.\n",
        "One shared doc with the agenda, notes and action items.\n",
    ),
    (
        "A4",
        "## Coaching\n\nAsk before you answer.\n\n- What do you want?\n- What have you tried?\n"
        "- What is next?\n\nBe directive only for safety or legal issues.\n",
        "## Coaching\n\nAsk before you answer.\n\n- What do you want?\n- What have you tried?\n"
        "- What is next?\n",
    ),
    (
        "A5",
        "## Career\n\nLife story first, then future dreams, then a career action plan.\n",
        "## Career\n\nLife story first, then a career action plan.\n",
    ),
    (
        "A6",
        "## Wellbeing\n\nEnergy this week, 1 to 10? You are not a therapist. Point people to the "
        "EAP.\n",
        "## Wellbeing\n\nEnergy this week, 1 to 10? Point people to the EAP.\n",
    ),
    (
        "A7",
        "## Listening session after a layoff\n\nListen first.\n\n## Urgent topics\n\nWithin "
        "48 hours.\n\n## Skip-levels\n\nThemes, not names.\n",
        "## Listening session after a layoff\n\nListen first.\n\n## Skip-levels\n\nThemes.\n",
    ),
    (
        "A8",
        "## Risks\n\n- Time zones.\n\n## Open questions\n\n- Cadence for Wen?\n\n## Next steps\n\n"
        "- Share the draft.\n",
        "## Risks\n\n- Time zones.\n\n## Open questions\n\n## Next steps\n\n- Share the draft.\n",
    ),
    (
        "B1",
        "Status updates go in the Monday stand-up.\n",
        "Status updates go in the Monday stand-up. The 1:1 is our weekly status meeting.\n",
    ),
    (
        "B2",
        "## Cadence\n\n- New hires: weekly.\n- Stable reports: every two weeks.\n\nThis drops "
        "two standing meetings.\n",
        "## Cadence\n\n- New hires: weekly.\n- Stable reports: every two weeks.\n",
    ),
    (
        "B3",
        "Every meeting ends with next steps.\n\n| Action | Owner | Due |\n|---|---|---|\n"
        "| x | y | z |\n",
        "Every meeting ends with next steps.\n\n| Action items | Status |\n|---|---|\n| x | y |\n",
    ),
    (
        "B4",
        "Keep it lightweight. Run a four-week pilot.\n",
        "Run a four-week pilot.\n",
    ),
    (
        "C1",
        "- What options do you see?\n- What are the tradeoffs?\n",
        "- What options do you see?\n- What do you need?\n",
    ),
    (
        "C2",
        "Ask questions before you give advice.\n",
        "Ask questions before you give advice. Always give them the answer quickly.\n",
    ),
    (
        "C3",
        "When to be directive: safety issues, legal questions, and production incidents.\n",
        "When to be directive: safety issues.\n",
    ),
    (
        "D1",
        "## Career\n\nEach career conversation is a dedicated 60-minute session.\n",
        "## Career\n\nTalk about career in the weekly 1:1 when there is time.\n",
    ),
    (
        "D2",
        "## Career\n\nPick one to three growth bets, each with a practice loop and a monthly "
        "checkpoint.\n",
        "## Career\n\nPick one to three growth bets, each with a monthly checkpoint.\n",
    ),
    (
        "D3",
        "## Career\n\nEach bet comes with a stretch project to lead.\n",
        "## Career\n\nEach bet comes with a book to read.\n",
    ),
    (
        "E1",
        "## Wellbeing\n\nWhat gave you energy this week?\n",
        "## Wellbeing\n\nWe keep an eye on each other.\n",
    ),
    (
        "E2",
        "## Wellbeing\n\nI never diagnose; I notice and ask.\n",
        "## Wellbeing\n\nI never diagnose. Assess whether they are depressed before the review.\n",
    ),
    (
        "E3",
        "## Wellbeing\n\nIf energy stays low, we reduce scope or move a deadline.\n",
        "## Wellbeing\n\nIf energy stays low, we talk about it.\n",
    ),
    (
        "E4",
        "## Wellbeing\n\nFor more than a hard week, point to the EAP or a doctor.\n",
        "## Wellbeing\n\nFor more than a hard week, talk it through.\n",
    ),
    (
        "F1",
        "## Skip-levels\n\nPurpose: hear how the team is doing.\n",
        "## Skip-levels\n\nThirty minutes, quarterly.\n",
    ),
    (
        "F2",
        "## Skip-levels\n\nNever go around the direct manager.\n",
        "## Skip-levels\n\nThirty minutes, quarterly.\n",
    ),
    (
        "F3",
        "## Skip-levels\n\nShare themes, never names or quotes.\n",
        "## Skip-levels\n\nShare themes, never names or quotes. Afterwards, send the manager the "
        "names of who said what.\n",
    ),
    (
        "F4",
        "## Listening session after a reorg\n\nMostly listen; do not defend the decision.\n",
        "## Listening session after a reorg\n\nPresent the new org chart and take questions.\n",
    ),
]


def _item(text: str, item: str) -> bool:
    return next(c.passed for c in score(text).checks if c.id == item)


def test_every_item_has_a_case_and_the_ids_are_stable() -> None:
    ids = [c.id for c in CHECKS]
    assert ids == [
        *(f"A{i}" for i in range(1, 9)),
        *(f"B{i}" for i in range(1, 5)),
        *(f"C{i}" for i in range(1, 4)),
        *(f"D{i}" for i in range(1, 4)),
        *(f"E{i}" for i in range(1, 5)),
        *(f"F{i}" for i in range(1, 5)),
    ]
    assert sorted(item for item, _, _ in CASES) == sorted(ids)


@pytest.mark.parametrize(("item", "good", "bad"), CASES, ids=[c[0] for c in CASES])
def test_item_passes_on_the_good_text_and_fails_on_the_bad(item: str, good: str, bad: str) -> None:
    assert _item(good, item), f"{item} should pass"
    assert not _item(bad, item), f"{item} should fail"


def test_a_failing_item_says_what_is_missing_and_how_to_fix_it() -> None:
    check = next(c for c in score("Our 1:1s are for coaching.\n").checks if c.id == "A3")
    assert not check.passed
    assert check.missing and check.fix
    assert "shared 1:1 doc" in check.fix


def test_a_passing_item_gives_line_numbers_and_the_matched_words() -> None:
    text = "# Plan\n\nIntro.\n\nStatus updates go in the Monday stand-up.\n"
    check = next(c for c in score(text).checks if c.id == "B1")
    assert check.passed
    assert [(e.line, e.text) for e in check.evidence] == [
        (5, "Status updates go in the Monday stand-up.")
    ]


def test_a_harmful_line_is_named_with_its_line_number() -> None:
    text = "Status lives in Jira.\n\nStart every 1:1 with a status round.\n"
    check = next(c for c in score(text).checks if c.id == "B1")
    assert not check.passed
    [(said, where)] = check.harmful
    assert "status meeting" in said
    assert where.line == 3


@pytest.mark.parametrize(
    ("item", "warning"),
    [
        (
            "B1",
            "Status lives in Jira. This 1:1 is not a status meeting; never start it with a "
            "status round.",
        ),
        ("B1", "Status lives in Jira. Don't use the 1:1 for status updates."),
        ("E2", "## Wellbeing\n\nYou are not a therapist: never diagnose depression or anxiety."),
        ("E2", "## Wellbeing\n\nNever diagnose. Diagnosing burnout is not your job."),
        ("F3", "## Skip-levels\n\nShare themes with the manager, never names or quotes."),
        ("F3", "## Skip-levels\n\nThemes only: do not pass names or quotes to their manager."),
        ("C2", "Ask before you answer. Don't always give them the answer."),
    ],
)
def test_a_warning_against_harm_is_not_read_as_harm(item: str, warning: str) -> None:
    assert _item(warning, item)


@pytest.mark.parametrize(
    "harm",
    [
        "Use the 1:1 as the weekly status meeting.",
        "Start each 1:1 with a walk-through of the Jira board.",
        "Run the PIP through the 1:1 template.",
        "Diagnose whether burnout or depression is behind the drop.",
        "After skip-levels, tell the manager who said what.",
        "Promise full confidentiality to everyone in the skip-level.",
    ],
)
def test_a_harmful_instruction_fails_the_gate_even_in_the_complete_pack(harm: str) -> None:
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "gate" / "complete.md").read_text()
    report = score(text + "\n" + harm + "\n")
    assert not report.passed
    assert min(c.score for c in report.categories) == 1
