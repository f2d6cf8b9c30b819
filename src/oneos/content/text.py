"""Sentences with blanks, kept as data: `phrase("risk-over-budget", budget=300)`."""

from __future__ import annotations

from datetime import date
from functools import cache

from oneos.content.loader import read_data

# English names as %a and %b give them (packs are written in English whatever the locale).
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def human_date(day: date) -> str:
    """'Tue 8 Dec': how a date reads in a pack."""
    return f"{DAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]}"


def phrase(key: str, /, **values: object) -> str:
    """The phrase `key` from phrases.yaml with its {blanks} filled (dates made readable)."""
    template = _phrases().get(key)
    if template is None:
        raise KeyError(f"no phrase {key!r} in phrases.yaml")
    for name, value in values.items():
        if isinstance(value, date):
            values[name] = human_date(value)
    return template.format(**values).strip()


def sentence_start(text: str) -> str:
    """The text with a capital first letter, to stand as an item among written ones (a
    manager's own words often start lower case: "the details of the reorg")."""
    return text[:1].upper() + text[1:]


@cache
def _phrases() -> dict[str, str]:
    phrases: dict[str, str] = read_data("phrases.yaml")
    return phrases
