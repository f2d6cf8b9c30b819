"""The rubric's graded scores: 1 missing or harmful, 2 thin, 3 partial or generic, 4, 5 tailored."""

from __future__ import annotations

import pytest

from oneos.gate import score
from oneos.gate.rubric import CATEGORIES


def _score(text: str, key: str) -> int:
    return score(text).scores()[key]


def test_the_six_categories_have_stable_keys_and_sensible_thresholds() -> None:
    assert [c.key for c in CATEGORIES] == [
        "scope",
        "cadence",
        "documentation",
        "coaching",
        "career",
        "wellbeing",
    ]
    for cat in CATEGORIES:
        tailored = {c.needs for c in cat.tailored}
        assert 0 < cat.for_4 <= cat.for_5 <= len(cat.tailored), cat.key
        assert set(cat.five_needs) <= tailored, cat.key


CADENCE_STEPS = [
    (1, "Our team likes coffee.\n"),
    (3, "## Cadence\n\nWe meet weekly for 30 minutes.\n"),
    (
        4,
        "## Cadence\n\n- New hires: weekly, 45 minutes.\n- Stable reports: every two weeks, "
        "30 minutes.\n\nWe replace the standing Friday meeting with a monthly walk. We review "
        "the cadence after four weeks.\n",
    ),
    (
        5,
        "## Cadence\n\n- New hires: weekly, 45 minutes.\n- Stable reports: every two weeks, "
        "30 minutes.\n- Skip-levels: each of my managers' reports once a quarter, in groups of "
        "four.\n\nWe replace the standing Friday meeting with a monthly walk. We review "
        "the cadence after four weeks.\n\nUrgent topics get a slot within 48 hours.\n",
    ),
]


@pytest.mark.parametrize(("want", "text"), CADENCE_STEPS, ids=[str(s) for s, _ in CADENCE_STEPS])
def test_cadence_climbs_from_missing_to_tailored(want: int, text: str) -> None:
    assert _score(text, "cadence") == want


def test_a_tailored_cadence_without_an_urgent_time_limit_stops_at_4() -> None:
    report = score(CADENCE_STEPS[2][1])
    reasons = next(c.reasons for c in report.categories if c.key == "cadence")
    assert any("a 5 also needs" in r and "48 hours" in r for r in reasons)


COACHING_STEPS = [
    (1, "We ship on Fridays.\n"),
    (2, "## Coaching\n\nAsk open questions.\n"),
    (
        3,
        "## Coaching\n\nAsk open questions and listen more than you talk.\n\n- How are things?\n"
        "- What is on your mind?\n- How can I help?\n",
    ),
    (
        3,
        "## Coaching\n\nAsk before you answer.\n\n- What do you want?\n- What options do you "
        "see?\n- What are the tradeoffs?\n\nBe directive only for safety or legal issues.\n",
    ),
]


@pytest.mark.parametrize(("want", "text"), COACHING_STEPS)
def test_coaching_partial_or_generic_is_3_and_thin_is_2(want: int, text: str) -> None:
    assert _score(text, "coaching") == want


def test_a_full_coaching_toolkit_is_5() -> None:
    questions = "\n".join(
        f"- Question {n} about your options and what you want?" for n in range(12)
    )
    text = (
        "## Coaching\n\nAsk before you answer. Do you want my advice, or a sounding board?\n\n"
        f"{questions}\n- What are the tradeoffs?\n- What is the smallest step this week?\n\n"
        "When to be directive: safety; legal or ethical issues; a production incident; a "
        "pattern that repeats after clear expectations.\n\nWhen we disagree: what would change "
        "your mind?\n"
    )
    assert _score(text, "coaching") == 5


def test_harm_scores_1_even_when_everything_else_is_there() -> None:
    full = (
        "## Wellbeing\n\nEnergy 1 to 10? What brought you joy? You are not a therapist. Point "
        "to the EAP.\n\nAssess whether your report is depressed and note it.\n"
    )
    assert _score(full, "wellbeing") == 1
    warned = full.replace("Assess whether your report is depressed and note it.", "")
    assert _score(warned, "wellbeing") > 1


def test_a_negated_harm_is_not_harm() -> None:
    text = (
        "Our 1:1s are for coaching, not status. Status goes to the stand-up. This is not our "
        "status meeting, and we never start a 1:1 with a status round.\n"
    )
    assert _score(text, "scope") == 3


def test_every_category_gives_reasons_that_name_what_was_found_and_missing() -> None:
    report = score("## Cadence\n\nWe meet weekly for 30 minutes.\n")
    cadence = next(c for c in report.categories if c.key == "cadence")
    assert cadence.reasons[0].startswith("3/5: present but generic")
    assert any(r.startswith("+ core:") and "line 3" in r for r in cadence.reasons)
    assert any(r.startswith("- tailored:") for r in cadence.reasons)


@pytest.mark.parametrize(
    ("scores", "passed"),
    [
        ([3, 5, 5, 3, 3, 3], True),  # 22, none below 3
        ([3, 5, 4, 3, 3, 3], False),  # 21
        ([2, 5, 5, 5, 5, 3], False),  # 25, but one category at 2
    ],
)
def test_the_pass_rule_needs_22_and_no_category_below_3(scores: list[int], passed: bool) -> None:
    from oneos.gate.report import CategoryResult, GateReport

    categories = tuple(
        CategoryResult(key=str(i), title=str(i), score=s, reasons=()) for i, s in enumerate(scores)
    )
    report = GateReport(checks=(), categories=categories)
    assert report.rubric_passed is passed
    assert report.passed is passed
