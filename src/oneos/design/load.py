"""Step 3c: meeting load before and after, and stepping cadences down to fit the budget."""

from __future__ import annotations

from collections.abc import Callable

from oneos.content.text import phrase
from oneos.design.cadence import (
    CATCH_UP_EVERY_WEEKS,
    CATCH_UP_MINUTES,
    CadenceChoice,
    later_cadence,
)
from oneos.design.skip_level import SkipShape
from oneos.model.base import Record, replace
from oneos.model.context import Cadence, Context
from oneos.model.pack import Load, LoadLine

TEMPORARY = {"new-relationship", "new-role", "strained", "under-change", "new-hire"}


class StepDown(Record, frozen=True):
    """One way to lighten the load, tried in order until the plan fits."""

    key: str
    applies: Callable[[CadenceChoice], bool]
    apply: Callable[[CadenceChoice], CadenceChoice]


def _shorter(c: CadenceChoice) -> CadenceChoice:
    return replace(c, minutes=c.floor_minutes)


def _less_often(c: CadenceChoice) -> CadenceChoice:
    return replace(c, every_weeks=c.every_weeks + 1)


# Senior and independent people first; new and strained relationships never below weekly
# (their floor_every_weeks is 1 in the track table).
STEP_DOWNS: tuple[StepDown, ...] = (
    StepDown(
        "senior-shorter", lambda c: c.track == "senior" and c.minutes > c.floor_minutes, _shorter
    ),
    StepDown(
        "senior-less-often",
        lambda c: c.track == "senior" and c.every_weeks < c.floor_every_weeks,
        _less_often,
    ),
    StepDown("skip-level", lambda c: False, lambda c: c),
    StepDown(
        "stable-less-often",
        lambda c: c.track == "stable" and c.every_weeks < c.floor_every_weeks,
        _less_often,
    ),
    StepDown(
        "temporary-shorter",
        lambda c: c.track in TEMPORARY and c.minutes > c.floor_minutes,
        _shorter,
    ),
    StepDown(
        "change-less-often",
        lambda c: c.track == "under-change" and c.every_weeks < c.floor_every_weeks,
        _less_often,
    ),
)


class Balanced(Record, frozen=True):
    """The result of load balancing."""

    choices: tuple[CadenceChoice, ...]
    skip_shape: SkipShape | None
    load: Load


def weekly_minutes(
    choices: tuple[CadenceChoice, ...], skip: SkipShape | None, population: int
) -> float:
    total = sum(c.minutes_per_week() for c in choices)
    total += sum(CATCH_UP_MINUTES / CATCH_UP_EVERY_WEEKS for c in choices if c.catch_up)
    if skip is not None:
        total += skip.minutes_per_week(population)
    return total


def balance_load(
    context: Context, choices: tuple[CadenceChoice, ...], shapes: tuple[SkipShape, ...]
) -> Balanced:
    """Step cadences down (senior first) until the plan fits the budget or reaches its floor."""
    budget = (
        context.manager.budget_hours_per_week * 60
        if context.manager.budget_hours_per_week is not None
        else None
    )
    population = context.skip_level.population if context.skip_level else 0
    shape_index = 0
    current = list(choices)
    # Each person's share, kept up to date as steps apply: the total is then one sum over a
    # list (in the same order as `weekly_minutes`, so the same float), not a pass over models.
    # Steps change minutes and weeks only, so the catch-ups stay as they are.
    per_week = [c.minutes_per_week() for c in current]
    catch_ups = [CATCH_UP_MINUTES / CATCH_UP_EVERY_WEEKS for c in current if c.catch_up]

    def total() -> float:
        shape = shapes[shape_index] if shapes else None
        minutes = sum(per_week) + sum(catch_ups)
        return minutes + shape.minutes_per_week(population) if shape is not None else minutes

    floor_choices = tuple(c.at_floor() for c in choices)
    floor = weekly_minutes(floor_choices, shapes[-1] if shapes else None, population)
    notes: list[str] = []
    if budget is not None and total() > budget:
        for step in STEP_DOWNS:
            if step.key == "skip-level":
                while shapes and shape_index < len(shapes) - 1 and total() > budget:
                    shape_index += 1
                    notes.append(phrase("load-skip-step", shape=_shape_words(shapes[shape_index])))
                continue
            for i, choice in enumerate(current):
                while total() > budget and step.applies(current[i]):
                    before = cadence_words_of(current[i])
                    current[i] = step.apply(current[i])
                    note = phrase(
                        "load-person-step",
                        alias=choice.profile.alias,
                        before=before,
                        after=cadence_words_of(current[i]),
                    )
                    current[i] = replace(current[i], adjustments=(*current[i].adjustments, note))
                    per_week[i] = current[i].minutes_per_week()
                    notes.append(note)
            if total() <= budget:
                break
    shape = shapes[shape_index] if shapes else None
    planned = total()
    lines = [
        LoadLine(
            who=c.profile.alias,
            current=_maybe(_current_minutes(context, c)),
            planned=_round(c.minutes_per_week() + (CATCH_UP_MINUTES / 4 if c.catch_up else 0)),
            later=_round(_later_minutes(c)),
        )
        for c in current
    ]
    if shape is not None:
        skip_minutes = _round(shape.minutes_per_week(population))
        lines.append(
            LoadLine(
                who=phrase("load-skip-line"), current=None, planned=skip_minutes, later=skip_minutes
            )
        )
    currents = [line.current for line in lines if line.who != phrase("load-skip-line")]
    current_total = (
        _round(sum(x for x in currents if x is not None))
        if currents and all(x is not None for x in currents)
        else None
    )
    load = Load(
        current_minutes_per_week=current_total,
        planned_minutes_per_week=_round(planned),
        later_minutes_per_week=_round(sum(line.later for line in lines)),
        budget_minutes_per_week=_maybe(budget),
        floor_minutes_per_week=_round(floor),
        lines=tuple(lines),
        adjustments=tuple(notes),
        over_budget=budget is not None and planned > budget + 1e-9,
    )
    return Balanced(choices=tuple(current), skip_shape=shape, load=load)


def current_cadence(context: Context, choice: CadenceChoice) -> Cadence | None:
    return choice.profile.person.current_cadence or context.current.cadence


def _current_minutes(context: Context, choice: CadenceChoice) -> float | None:
    cadence = current_cadence(context, choice)
    return cadence.minutes / cadence.every_weeks if cadence else None


def _later_minutes(choice: CadenceChoice) -> float:
    later = later_cadence(choice)
    catch_up = CATCH_UP_MINUTES / CATCH_UP_EVERY_WEEKS
    if later is None:
        return choice.minutes_per_week() + (catch_up if choice.catch_up else 0)
    every, minutes = later
    return minutes / every + catch_up


def _round(value: float) -> float:
    return round(value, 1)


def _maybe(value: float | None) -> float | None:
    return None if value is None else _round(value)


def cadence_words_of(choice: CadenceChoice) -> str:
    return phrase(
        "cadence-words" if choice.every_weeks > 1 else "cadence-words-weekly",
        every=choice.every_weeks,
        minutes=choice.minutes,
    )


def _shape_words(shape: SkipShape) -> str:
    if shape.format == "individual":
        return phrase("skip-shape-individual", minutes=shape.minutes)
    return phrase("skip-shape-groups", size=shape.group_size, minutes=shape.minutes)
