"""The question bank and the agenda menu: tagged data, selected by tags."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict, Field

from oneos.content.loader import load_model
from oneos.content.vocabulary import Purpose, Seniority, Situation, Stage


class Question(BaseModel):
    """One question a manager can ask in a 1:1, tagged for selection."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*-\d{2}$", description="Stable id.")
    text: str = Field(min_length=10, description="The question, as the manager would ask it.")
    situations: tuple[Situation, ...] = Field(min_length=1, description="Where it fits.")
    stages: tuple[Stage, ...] = Field(default=(), description="Relationship stages; empty = any.")
    seniority: tuple[Seniority, ...] = Field(default=(), description="Seniority; empty = any.")
    purpose: Purpose = Field(description="What the question is for.")


class AgendaItem(BaseModel):
    """One item on the agenda menu (a meeting picks 1–3)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*-\d{2}$")
    theme: str = Field(description="Menu theme, e.g. priorities, feedback, growth.")
    text: str = Field(min_length=5, description="The agenda line as it appears in a shared doc.")
    situations: tuple[Situation, ...] = Field(default=(), description="Where it fits; empty = any.")
    stages: tuple[Stage, ...] = Field(default=())


def question_bank() -> tuple[Question, ...]:
    """Every question in the bank, validated."""
    return load_model("questions.yaml", tuple[Question, ...])


def agenda_menu() -> tuple[AgendaItem, ...]:
    """Every agenda menu item, validated."""
    return load_model("agenda.yaml", tuple[AgendaItem, ...])


def select_questions(
    situations: Sequence[Situation],
    *,
    stage: Stage | None = None,
    seniority: Seniority | None = None,
    purposes: Iterable[Purpose] | None = None,
    limit: int = 8,
) -> list[Question]:
    """Questions that fit, taken in turn from each situation (first situation first)."""
    wanted = set(purposes) if purposes is not None else None

    def fits(question: Question) -> bool:
        return (
            not (stage and question.stages and stage not in question.stages)
            and not (seniority and question.seniority and seniority not in question.seniority)
            and (wanted is None or question.purpose in wanted)
        )

    pools = [[q for q in question_bank() if s in q.situations and fits(q)] for s in situations]
    chosen: list[Question] = []
    seen: set[str] = set()
    depth = 0
    while len(chosen) < limit and any(depth < len(pool) for pool in pools):
        for pool in pools:
            if depth < len(pool) and pool[depth].id not in seen and len(chosen) < limit:
                chosen.append(pool[depth])
                seen.add(pool[depth].id)
        depth += 1
    return chosen


def select_agenda(
    situations: Sequence[Situation], *, stage: Stage | None = None, limit: int = 3
) -> list[AgendaItem]:
    """1–3 agenda items: those tagged for the first situations first, then general ones."""
    menu = [i for i in agenda_menu() if not (stage and i.stages and stage not in i.stages)]
    ranked = [i for s in situations for i in menu if s in i.situations]
    ranked += [i for i in menu if not i.situations]
    return list(dict.fromkeys(ranked))[:limit]
