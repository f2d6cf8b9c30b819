"""The rubric: six categories scored 1–5 from core parts, tailoring signs and harmful text.

Scoring is one rule for every category (see `score_category`): harmful text or no core part
gives 1; fewer than half the core parts gives 2; some core parts missing, or all core parts
but little tailoring, gives 3; all core parts and enough tailoring gives 4; 5 needs all core
parts, `for_5` tailoring signs and the category's `five_needs`.
"""

from __future__ import annotations

from typing import NamedTuple

from oneos.gate.needs import Node, Outcome, evaluate, parse_need
from oneos.gate.reader import Reader, says


# The rubric's records are plain slotted classes, as `signals.Signal` is: defining a named
# tuple costs several times as much, and `oneos pack` imports the rubric for its verdict.
class Criterion:
    """One thing a category looks for; `label` defaults to the signal's own words."""

    __slots__ = ("label", "needs")

    def __init__(self, needs: str, label: str = "") -> None:
        self.needs = needs
        self.label = label

    @property
    def text(self) -> str:
        return self.label or says(self.needs)


class Category:
    """A rubric category: what makes it present (core) and what makes it tailored."""

    __slots__ = ("core", "five_needs", "for_4", "for_5", "harmful", "key", "tailored", "title")

    def __init__(
        self,
        key: str,
        title: str,
        core: tuple[Criterion, ...],
        tailored: tuple[Criterion, ...],
        harmful: tuple[str, ...],
        for_4: int,
        for_5: int,
        five_needs: tuple[str, ...],
    ) -> None:
        self.key = key
        self.title = title
        self.core = core
        self.tailored = tailored
        self.harmful = harmful
        self.for_4 = for_4
        self.for_5 = for_5
        self.five_needs = five_needs
        """Tailoring criteria (by `needs`) a 5 cannot do without."""


C = Criterion
CATEGORIES: tuple[Category, ...] = (
    Category(
        "scope",
        "Scope + purpose clarity",
        core=(C("purpose_statement"), C("not_for"), C("status_home")),
        tailored=(
            C("channel_map"),
            C("assumptions"),
            C("team_context"),
            C("out_of_scope_hr"),
            C("risks_open_next"),
        ),
        harmful=("harm_status", "harm_pip"),
        for_4=2,
        for_5=4,
        five_needs=("channel_map", "risks_open_next"),
    ),
    Category(
        "cadence",
        "Cadence + meeting design",
        core=(C("cadence_plan"),),
        tailored=(
            C("cadence_by_relationship"),
            C("new_report_cadence"),
            C("barbell"),
            C("urgent_sla"),
            C("skip_cadence"),
            C("load_change"),
            C("pilot | reassess", "a pilot or a review point after a few weeks"),
            C("cuts_bloat"),
        ),
        harmful=(),
        for_4=3,
        for_5=5,
        five_needs=("cadence_by_relationship", "urgent_sla"),
    ),
    Category(
        "documentation",
        "Documentation + follow-through",
        core=(C("shared_doc"), C("agenda"), C("action_items")),
        tailored=(
            C("per_person_doc"),
            C(
                "(action_table | owner_due_rule) & !action_table_incomplete",
                "next steps with an owner and a due date or checkpoint (an action table needs "
                "both columns)",
            ),
            C("backlog"),
            C("pre_work_both"),
            C("ends_with_next_steps"),
            C("decisions"),
            C("private_notes_rule"),
        ),
        harmful=("harm_pip",),
        for_4=3,
        for_5=5,
        five_needs=(
            "per_person_doc",
            "(action_table | owner_due_rule) & !action_table_incomplete",
            "backlog",
        ),
    ),
    Category(
        "coaching",
        "Coaching effectiveness",
        core=(
            C("questions_first | open_questions_rule", "a coaching rule (ask before you answer)"),
            C("coaching_questions"),
            C("directive_exceptions"),
        ),
        tailored=(
            C("question_bank"),
            C("options_prompt & tradeoffs_prompt", "prompts for options and for tradeoffs"),
            C("coach_vs_advisor"),
            C("directive_exceptions_full"),
            C("smallest_next_step"),
            C("disagreement"),
            C("independence"),
        ),
        harmful=("harm_instant_answers",),
        for_4=3,
        for_5=5,
        five_needs=(
            "question_bank",
            "options_prompt & tradeoffs_prompt",
            "directive_exceptions_full",
        ),
    ),
    Category(
        "career",
        "Career development",
        core=(C("life_story"), C("future_dreams"), C("action_plan"), C("growth_bets")),
        tailored=(
            C("dedicated_sessions"),
            C("practice_loop"),
            C("checkpoints"),
            C("real_work"),
            C("dates"),
            C("themes_drivers"),
            C("links_back"),
        ),
        harmful=("harm_promise_promotion",),
        for_4=3,
        for_5=5,
        five_needs=("dedicated_sessions", "practice_loop", "checkpoints", "real_work"),
    ),
    Category(
        "wellbeing",
        "Wellbeing + special situations",
        core=(
            C("energy_check"),
            C("not_therapist"),
            C("escalation"),
            C("listening_first"),
            C("urgent_meeting"),
            C("skip_purpose"),
            C("themes_not_names"),
            C("no_bypass"),
        ),
        tailored=(
            C("energy_scale & joy_prompt", "an energy score and a joy prompt"),
            C("activation"),
            C("respectful"),
            C("workload"),
            C("escalation_full"),
            C("risk_signal_plan"),
            C("minute_plan"),
            C("crisis_not_status"),
            C("urgent_sla"),
            C("urgent_rules"),
            C("skip_questions"),
            C("skip_promises"),
        ),
        harmful=("harm_diagnose", "harm_therapist", "harm_skip_names", "harm_confidentiality"),
        for_4=4,
        for_5=8,
        five_needs=("workload", "escalation_full", "minute_plan", "urgent_rules"),
    ),
)
PARSED: dict[str, Node] = {
    c.needs: parse_need(c.needs) for cat in CATEGORIES for c in (*cat.core, *cat.tailored)
}


class Met(NamedTuple):
    """One criterion on one pack."""

    criterion: Criterion
    tier: str  # "core" or "tailored"
    outcome: Outcome


class Scored(NamedTuple):
    """A category's score with everything that led to it."""

    category: Category
    score: int
    met: tuple[Met, ...]
    harmful: tuple[str, ...]
    """Harmful signals found."""
    verdict: str


def _met(criterion: Criterion, tier: str, outcome: Outcome) -> Met:
    """One shared `Met` per criterion and outcome (outcomes are shared, see `evaluate`)."""
    key = (id(criterion), tier, id(outcome))  # a Met keeps both alive: their ids stay theirs
    met = _METS.get(key)
    if met is None:
        met = _METS[key] = Met(criterion, tier, outcome)
    return met


_METS: dict[tuple[int, str, int], Met] = {}


def grade(category: Category, harmful: bool, core: int, tailored: int, five: bool) -> int:
    """The one scoring rule (module docstring), from what a pack shows of a category: whether
    harmful text was found, how many core and tailoring criteria are met, and whether the
    signs a 5 needs are all there. `score_category` and `verdict` both score with it."""
    if harmful or core == 0:
        return 1
    if core * 2 < len(category.core):
        return 2
    if core < len(category.core) or tailored < category.for_4:
        return 3
    return 5 if five and tailored >= category.for_5 else 4


def score_category(category: Category, reader: Reader) -> Scored:
    """Apply the one scoring rule (module docstring) to one category."""
    met = tuple(
        _met(c, tier, evaluate(PARSED[c.needs], reader))
        for tier, group in (("core", category.core), ("tailored", category.tailored))
        for c in group
    )
    harmful = tuple(h for h in category.harmful if reader.found(h))
    core = sum(1 for m in met if m.tier == "core" and m.outcome.ok)
    tailored = sum(1 for m in met if m.tier == "tailored" and m.outcome.ok)
    have = {m.criterion.needs for m in met if m.outcome.ok}
    five = set(category.five_needs) <= have
    score = grade(category, bool(harmful), core, tailored, five)
    total_core = len(category.core)
    signs = f"{tailored} tailoring sign{'' if tailored == 1 else 's'}"
    if score == 1:
        verdict = "harmful text found" if harmful else "missing"
    elif score == 2:
        verdict = f"thin: {core} of {total_core} core parts"
    elif score == 3 and core < total_core:
        verdict = f"partial: {core} of {total_core} core parts"
    elif score == 3:
        verdict = f"present but generic: {signs} (4 needs {category.for_4})"
    elif score == 4:
        verdict = f"complete, partly tailored: {signs}"
    else:
        verdict = f"complete and tailored: {signs}"
    return Scored(category=category, score=score, met=met, harmful=harmful, verdict=verdict)


# The checklist items behind each category: a 5 means "complete", so a category with one of
# its items failing scores 4 at most.
CATEGORY_CHECKS: dict[str, tuple[str, ...]] = {
    "scope": ("A1", "B1"),
    "cadence": ("A2", "B2"),
    "documentation": ("A3", "B3"),
    "coaching": ("A4", "C1", "C2", "C3"),
    "career": ("A5", "D1", "D2", "D3"),
    "wellbeing": ("A6", "A7", "E1", "E2", "E3", "E4", "F1", "F2", "F3", "F4"),
}


def run_rubric(reader: Reader) -> list[Scored]:
    """All six categories, in table order."""
    return [score_category(category, reader) for category in CATEGORIES]
