"""The question bank and the agenda menu: tagged data, selected by tags."""

# No `from __future__ import annotations` here: msgspec reads these models' annotations
# on first use, and as strings each one costs a compile and an eval at start-up.

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Annotated, Protocol, TypeVar

from msgspec import Meta

from oneos.content.loader import load_model
from oneos.content.vocabulary import Purpose, Seniority, Situation, Stage, Theme
from oneos.model.base import Model

_ID = r"^[a-z0-9]+(-[a-z0-9]+)*-\d{2}$"


class Question(Model, frozen=True, kw_only=True):
    """One question a manager can ask in a 1:1, tagged for selection."""

    id: Annotated[str, Meta(pattern=_ID, description="The first situation and a number.")]
    text: Annotated[str, Meta(min_length=10, description="As the manager would ask it.")]
    situations: Annotated[tuple[Situation, ...], Meta(min_length=1, description="Where it fits.")]
    purpose: Purpose
    stages: tuple[Stage, ...] = ()  # relationship stages it fits; empty = any
    seniority: tuple[Seniority, ...] = ()  # seniority it fits; empty = any


class AgendaItem(Model, frozen=True, kw_only=True):
    """One item on the agenda menu (a meeting picks 1–3)."""

    id: Annotated[str, Meta(pattern=_ID, description="The theme and a number.")]
    theme: Theme
    text: Annotated[str, Meta(min_length=5, description="The line as it appears in a doc.")]
    situations: tuple[Situation, ...] = ()  # where it fits; empty = any
    stages: tuple[Stage, ...] = ()  # relationship stages it fits; empty = any


class SituationNote(Model, frozen=True, kw_only=True):
    """What a situation tag means, and the line a pack shows to say why it was picked."""

    situation: Situation
    summary: Annotated[str, Meta(min_length=10, description="What the situation is.")]
    why: Annotated[str, Meta(min_length=10, description="Why these questions, for the pack.")]


def question_bank() -> tuple[Question, ...]:
    """Every question in the bank, validated."""
    return load_model("questions.yaml", tuple[Question, ...])


def agenda_menu() -> tuple[AgendaItem, ...]:
    """Every agenda menu item, validated."""
    return load_model("agenda.yaml", tuple[AgendaItem, ...])


def situation_notes() -> dict[Situation, SituationNote]:
    """The note for every situation tag, in vocabulary order."""
    notes = load_model("situations.yaml", tuple[SituationNote, ...])
    return {note.situation: note for note in notes}


def find_questions(
    situations: Iterable[Situation] = (),
    *,
    stage: Stage | None = None,
    seniority: Seniority | None = None,
    purpose: Purpose | None = None,
) -> list[Question]:
    """Browse the bank: questions with any of the situations (none given = all) that fit."""
    wanted = set(situations)
    purposes = None if purpose is None else frozenset((purpose,))
    return [
        q
        for q in question_bank()
        if (not wanted or wanted.intersection(q.situations))
        and _fits(q, stage, seniority, purposes)
    ]


def find_agenda(
    situations: Iterable[Situation] = (), *, stage: Stage | None = None
) -> list[AgendaItem]:
    """Browse the menu: items for any of the situations (none given = all) that fit the stage."""
    wanted = set(situations)
    return [
        item
        for item in agenda_menu()
        if (not wanted or wanted.intersection(item.situations)) and _stage_fits(item, stage)
    ]


def select_questions(
    situations: Sequence[Situation],
    *,
    stage: Stage | None = None,
    seniority: Seniority | None = None,
    purposes: Iterable[Purpose] | None = None,
    limit: int = 8,
) -> list[Question]:
    """Questions for one person, their situations (priority order) taking turns; no repeats.

    Filters are firm: a question tagged only for other stages or seniorities, or of a purpose
    not wanted, never appears; untagged questions fit anyone, so they are the fallback when
    nothing is tagged for this person. Within a situation, questions whose home (first)
    situation it is come first, in bank order; purposes then take turns in proportion to
    their share, so one kind does not crowd out the rest.
    """
    if limit <= 0:
        return []
    wanted = None if purposes is None else frozenset(purposes)
    pools = [_pool(s, stage, seniority, wanted) for s in dict.fromkeys(situations)]
    return _take_in_turns(pools, limit)


@cache
def _pool(
    situation: Situation,
    stage: Stage | None,
    seniority: Seniority | None,
    wanted: frozenset[Purpose] | None,
) -> tuple[Question, ...]:
    """One situation's fitting questions in the order they are offered (the same for everyone
    with the same stage, seniority and purposes, so worked out once)."""
    fitting = [q for q in _by_situation().get(situation, ()) if _fits(q, stage, seniority, wanted)]
    # questions whose home (first) situation this is come first; sorting is stable
    fitting.sort(key=lambda q: q.situations[0] != situation)
    return tuple(_purposes_in_turn(fitting))


def select_agenda(
    situations: Sequence[Situation], *, stage: Stage | None = None, limit: int = 3
) -> list[AgendaItem]:
    """One to three agenda items: the first situation first, different themes preferred.

    Items for the person's situations come before general (untagged) items, which only fill
    what is left; among either, an item from a theme not yet used wins over a repeat theme.
    """
    if not 1 <= limit <= 3:
        raise ValueError(f"a meeting picks 1 to 3 agenda items, not {limit}")
    menu = [item for item in agenda_menu() if _stage_fits(item, stage)]
    pools = [
        sorted((item for item in menu if s in item.situations), key=lambda i: i.situations[0] != s)
        for s in dict.fromkeys(situations)
    ]
    specific = _take_in_turns(pools, len(menu))
    general = [item for item in menu if not item.situations]
    chosen: list[AgendaItem] = []
    for candidates, fresh_theme_only in (
        (specific, True),
        (specific, False),
        (general, True),
        (general, False),
    ):
        for item in candidates:
            used = {c.theme for c in chosen}
            if (
                len(chosen) < limit
                and item not in chosen
                and not (fresh_theme_only and item.theme in used)
            ):
                chosen.append(item)
    return chosen


@cache
def _by_situation() -> dict[Situation, list[Question]]:
    """The bank's questions under each situation they carry, in bank order."""
    index: dict[Situation, list[Question]] = {}
    for q in question_bank():
        for situation in dict.fromkeys(q.situations):
            index.setdefault(situation, []).append(q)
    return index


def _fits(
    q: Question,
    stage: Stage | None,
    seniority: Seniority | None,
    purposes: frozenset[Purpose] | None,
) -> bool:
    return (
        not (stage and q.stages and stage not in q.stages)
        and not (seniority and q.seniority and seniority not in q.seniority)
        and (purposes is None or q.purpose in purposes)
    )


def _stage_fits(item: AgendaItem, stage: Stage | None) -> bool:
    return not (stage and item.stages and stage not in item.stages)


def _purposes_in_turn(questions: list[Question]) -> list[Question]:
    """Interleave purposes in proportion to their share (smooth weighted round robin).

    The first question (the bank's opener for the situation) stays first; after it, a
    situation whose questions are mostly listening stays mostly listening, yet every purpose
    gets an early turn; ties go to the purpose that appears first.
    """
    groups: dict[str, list[Question]] = {}
    for q in questions:
        groups.setdefault(q.purpose, []).append(q)
    lists = list(groups.values())
    sizes = [len(group) for group in lists]
    credit = [0] * len(lists)
    taken = [0] * len(lists)
    ordered: list[Question] = []
    for _ in questions:
        pick = -1
        for i, size in enumerate(sizes):
            credit[i] += size
            # the most credit among purposes with questions left; ties to the first
            if taken[i] < size and (pick < 0 or credit[i] > credit[pick]):
                pick = i
        if not ordered:
            pick = list(groups).index(questions[0].purpose)
        ordered.append(lists[pick][taken[pick]])
        taken[pick] += 1
        credit[pick] -= len(questions)
    return ordered


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_T = TypeVar("_T", bound=_HasId)


def _take_in_turns(pools: Sequence[Sequence[_T]], limit: int) -> list[_T]:
    """One from each pool in turn (first pool first), skipping anything already taken."""
    chosen: list[_T] = []
    seen: set[str] = set()
    cursors = [0] * len(pools)
    while len(chosen) < limit:
        took = False
        for index, pool in enumerate(pools):
            while cursors[index] < len(pool) and pool[cursors[index]].id in seen:
                cursors[index] += 1
            if cursors[index] < len(pool) and len(chosen) < limit:
                item = pool[cursors[index]]
                chosen.append(item)
                seen.add(item.id)
                cursors[index] += 1
                took = True
        if not took:
            break
    return chosen
