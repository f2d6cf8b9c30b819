"""Step 3d: a skip-level cadence that reaches the whole population within a quarter."""

from __future__ import annotations

import math
from datetime import date, timedelta

from oneos.content.text import phrase
from oneos.design.schedule import WorkCalendar
from oneos.model.base import Record
from oneos.model.context import WEEKDAYS, SkipLevel, Weekday
from oneos.model.pack import SkipLevelPlan, SkipSession

WEEKS_TO_COVER = 12  # a quarter, with a spare week
FIRST_WEEK = 2  # week 1 is for telling your managers about the programme first
INDIVIDUAL_MINUTES = 30
GROUP_MINUTES = 45
AUTO_INDIVIDUAL_UP_TO = 12
DEFAULT_GOAL = "signal"


class SkipShape(Record, frozen=True):
    """How skip-levels are held: one person at a time, or groups of 3–5."""

    format: str
    group_size: int
    minutes: int

    def sessions(self, population: int) -> int:
        if self.format == "individual":
            return population
        return math.ceil(population / self.group_size)

    def minutes_per_week(self, population: int) -> float:
        return self.sessions(population) * self.minutes / WEEKS_TO_COVER


def skip_shapes(skip: SkipLevel) -> tuple[SkipShape, ...]:
    """The shapes to try, richest first; load balancing walks down this list."""
    individual = SkipShape("individual", 1, INDIVIDUAL_MINUTES)
    groups = SkipShape("groups", skip.group_size, GROUP_MINUTES)
    largest = SkipShape("groups", 5, GROUP_MINUTES)
    leaner = (groups, largest) if skip.group_size < 5 else (groups,)
    if skip.format == "individual" or skip.population < 3:
        return (individual,)
    if skip.format == "groups":
        return leaner
    if skip.population <= AUTO_INDIVIDUAL_UP_TO:
        return (individual, *leaner)
    return leaner


def group_sizes(population: int, shape: SkipShape) -> list[int]:
    """Split the population into sessions as evenly as the group size allows."""
    count = shape.sessions(population)
    base, extra = divmod(population, count)
    return [base + (1 if i < extra else 0) for i in range(count)]


def plan_skip_level(
    skip: SkipLevel, shape: SkipShape, start: date, calendar: WorkCalendar, day: Weekday
) -> SkipLevelPlan:
    """Dated sessions spread evenly over the quarter, starting in week 2."""
    sizes = group_sizes(skip.population, shape)
    per_week = math.ceil(len(sizes) / WEEKS_TO_COVER)
    schedule = []
    for i, size in enumerate(sizes):
        week = FIRST_WEEK + i // per_week
        when = calendar.on(start + timedelta(weeks=week - 1), day) or start + timedelta(
            weeks=week - 1, days=WEEKDAYS.index(day)
        )
        label = (
            phrase("skip-individual-label", n=i + 1)
            if shape.format == "individual"
            else phrase("skip-group-label", n=i + 1, size=size)
        )
        schedule.append(SkipSession(date=when, label=label, people=size))
    return SkipLevelPlan(
        population=skip.population,
        goal=skip.goal or DEFAULT_GOAL,
        format="individual" if shape.format == "individual" else "groups",
        group_size=shape.group_size,
        minutes=shape.minutes,
        sessions=len(sizes),
        sessions_per_week=per_week,
        weeks_to_cover=math.ceil(len(sizes) / per_week),
        schedule=tuple(schedule),
        notes=phrase(f"skip-notes-{skip.notes}"),
    )
