"""Step 5: each person's situations, and the questions picked for them (with the reason why)."""

from __future__ import annotations

from functools import cache
from typing import cast

from oneos.content.bank import Question, select_questions
from oneos.content.library import people_guide, titles
from oneos.content.text import phrase
from oneos.content.vocabulary import Situation
from oneos.design.people import Profile
from oneos.model.context import Context, Seniority, Stage
from oneos.model.guides import FlagGuide
from oneos.model.pack import BankSection, SelectedQuestion

QUESTIONS_PER_PERSON = 8


def person_signals(profile: Profile, context: Context) -> list[tuple[FlagGuide, dict[str, str]]]:
    """What we know about this person, as guides from people.yaml, most important first."""
    guide = people_guide()
    found: list[tuple[FlagGuide, dict[str, str]]] = []
    for event in profile.events:
        found.append((guide.signals["after-change"], {"event": event.kind.replace("-", " ")}))
    for flag in profile.person.flags:
        found.append((guide.flags[flag], {}))
    if profile.track == "new-relationship" and not profile.person.flags:
        found.append((guide.signals["new-manager"], {}))
    if abs(profile.hours_apart) >= 1:
        found.append((guide.signals["remote"], {"hours": hours_apart_words(profile.hours_apart)}))
    elif profile.remote:
        found.append((guide.signals["remote-same-zone"], {}))
    for mode, key in (
        ("status-updates", "status-trap"),
        ("no-career-talk", "no-career-talk"),
        ("no-feedback", "no-feedback"),
    ):
        if mode in context.current.failure_modes:
            found.append((guide.signals[key], {}))
    if profile.seniority in ("senior", "lead") and "senior" not in profile.person.flags:
        found.append((guide.flags["senior"], {}))
    return found


def situations_for(profile: Profile, context: Context) -> tuple[list[Situation], str]:
    """Situations in priority order (baseline last) and the one-line reason for the choice."""
    signals = person_signals(profile, context)
    situations: list[Situation] = []
    reasons: list[str] = []
    for guide, values in signals:
        for situation in guide.situations:
            if situation not in situations:
                situations.append(cast(Situation, situation))
        reason = guide.reason.format(alias=profile.alias, **values)
        if reason and reason not in reasons:
            reasons.append(reason)
    for situation in people_guide().signals["baseline"].situations:
        if situation not in situations:
            situations.append(cast(Situation, situation))
    if reasons:
        why = phrase("questions-why", alias=profile.alias, reasons=join_words(reasons))
    else:
        why = phrase("questions-why-baseline", alias=profile.alias)
    return situations, why


def pick_questions(profile: Profile, situations: list[Situation]) -> tuple[SelectedQuestion, ...]:
    """The person's question set from the bank, fitted to their stage and seniority.

    The specific situations lead; the baseline ones that follow are rotated by the person's
    place on the roster, so two people in the same situation do not get identical sets.
    """
    common = people_guide().signals["baseline"].situations
    specific = [s for s in situations if s not in common]
    baseline = [s for s in situations if s in common]
    turn = profile.index % len(baseline) if baseline else 0
    ordered = (*specific, *baseline[turn:], *baseline[:turn])
    return _pick(ordered, profile.stage, profile.seniority)


@cache
def _pick(
    situations: tuple[Situation, ...], stage: Stage, seniority: Seniority
) -> tuple[SelectedQuestion, ...]:
    # Many people share a situation mix; the bank is searched once per distinct mix.
    chosen = select_questions(
        situations, stage=stage, seniority=seniority, limit=QUESTIONS_PER_PERSON
    )
    return tuple(_selected(q) for q in chosen)


def hours_apart_words(hours: float) -> str:
    """'8 hours ahead of you' / '5.5 hours behind you'."""
    amount = abs(hours)
    number = f"{amount:g}"
    unit = "hour" if amount == 1 else "hours"
    side = "ahead of you" if hours > 0 else "behind you"
    return f"{number} {unit} {side}"


def join_words(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


CORE_SITUATIONS: tuple[Situation, ...] = (
    "status-trap",
    "feedback",
    "disagreement",
    "delegation",
    "career-growth",
    "wellbeing",
)
BANK_PER_SITUATION = 6
SKIP_QUESTIONS = 8


def team_bank(person_situations: list[list[Situation]]) -> tuple[BankSection, ...]:
    """The toolkit's question bank: the situations on this team first, then the core ones."""
    counts: dict[Situation, int] = {}
    for situations in person_situations:
        for situation in situations:
            counts[situation] = counts.get(situation, 0) + 1
    specific = [s for s in counts if s not in CORE_SITUATIONS]
    ordered = [*specific, *CORE_SITUATIONS]
    names = titles("situations")
    sections = []
    for situation in ordered:
        chosen = select_questions([situation], limit=BANK_PER_SITUATION)
        if chosen:
            sections.append(
                BankSection(
                    situation=situation,
                    title=names.get(situation, situation),
                    questions=tuple(_selected(q) for q in chosen),
                )
            )
    return tuple(sections)


def skip_level_questions() -> tuple[SelectedQuestion, ...]:
    """Five to eight questions for skip-level meetings."""
    chosen = select_questions(["skip-level"], purposes=["skip-level"], limit=SKIP_QUESTIONS)
    return tuple(_selected(q) for q in chosen)


def _selected(question: Question) -> SelectedQuestion:
    return SelectedQuestion(id=question.id, text=question.text, purpose=question.purpose)
