"""Sentences with blanks, kept as data: `phrase("risk-over-budget", budget=300)`."""

from __future__ import annotations

from datetime import date

from oneos.content.loader import read_data


def human_date(day: date) -> str:
    """'Tue 8 Dec': how a date reads in a pack."""
    return f"{day:%a} {day.day} {day:%b}"


def phrase(key: str, /, **values: object) -> str:
    """The phrase `key` from phrases.yaml with its {blanks} filled (dates made readable)."""
    phrases: dict[str, str] = read_data("phrases.yaml")
    try:
        template = phrases[key]
    except KeyError:
        raise KeyError(f"no phrase {key!r} in phrases.yaml") from None
    filled = {k: human_date(v) if isinstance(v, date) else v for k, v in values.items()}
    return template.format(**filled).strip()
