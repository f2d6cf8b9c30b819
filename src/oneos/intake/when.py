"""When things happened, as people say it ("last month", "two weeks ago", "in March") -> dates."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from oneos.intake.numbers import word_value
from oneos.intake.rx import lowered, rx

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_OF_WEEK = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_COUNT = (
    r"(?P<count>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a couple of|a few|couple of|few)"
)
_UNIT = r"(?P<unit>day|week|month|quarter|year)s?"
# Where in a month "early/mid/late March" falls; plain "March" is taken as the middle.
SEASONS = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}
PART_OF_MONTH = {
    "early": 5,
    "beginning of": 3,
    "start of": 3,
    "mid": 15,
    "middle of": 15,
    "late": 25,
    "end of": 26,
    None: 15,
}


@dataclass(frozen=True)
class When:
    """A date found in a text."""

    start: int
    end: int
    text: str
    date: date
    future: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def minus_months(day: date, months: int) -> date:
    """The same day of the month `months` earlier (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _ago(count: int, unit: str, today: date, sign: int) -> date:
    if unit == "day":
        return today - timedelta(days=sign * count)
    if unit == "week":
        return today - timedelta(weeks=sign * count)
    months = {"month": 1, "quarter": 3, "year": 12}[unit] * count
    return minus_months(today, sign * months)


def _count(text: str) -> int:
    text = text.lower().replace(" of", "")
    return {"a": 1, "an": 1, "a couple": 2, "couple": 2, "a few": 3, "few": 3}.get(
        text, word_value(text) or 1
    )


def _month_day(today: date, month: int, day: int, year: str | None, ahead: bool) -> date | None:
    if year:
        return _safe_date(int(year), month, day)
    this_year = _safe_date(today.year, month, day)
    if this_year is None:
        return None
    if ahead:
        return this_year if this_year >= today else _safe_date(today.year + 1, month, day)
    return this_year if this_year <= today else _safe_date(today.year - 1, month, day)


_RULES: tuple[tuple[str, str], ...] = (
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    ("ago", rf"\b{_COUNT}\s+{_UNIT}\s+ago\b"),
    ("in-n", rf"\b(?:in|within)\s+(?:the\s+next\s+)?{_COUNT}\s+{_UNIT}\b(?!\s+ago)"),
    ("past-n", rf"\b(?:in\s+|over\s+)?(?:the\s+)?(?:last|past)\s+{_COUNT}\s+{_UNIT}\b"),
    ("last", r"\b(?:last|past|previous)\s+(?P<unit>week|month|quarter|year)\b"),
    ("next", r"\bnext\s+(?P<unit>week|month|quarter|year)\b"),
    ("this", r"\b(?:earlier\s+)?this\s+(?P<unit>week|month|quarter|year)\b"),
    ("yesterday", r"\byesterday\b"),
    ("today", r"\btoday\b"),
    ("weekday", rf"\b(?P<rel>last|this|next|on)\s+{_DAY_OF_WEEK}\b"),
    (
        "day-month",
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:\s+(?P<y>\d{{4}}))?\b",
    ),
    ("month-day", rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?"),
    (
        "season",
        r"\b(?P<rel>in|last|this|over|during|since)\s+(?:the\s+)?(?P<season>spring|summer|autumn"
        r"|fall|winter)\b",
    ),
    ("month", rf"\b{_MONTH}(?:\s+(?P<y>\d{{4}}))?\b"),
)
# What may stand before a month name: "in", "last", "early", "the end of".
_MONTH_PREFIX = re.compile(
    r"(?:\b(?P<rel>in|last|this|next|since|back\s+in|during|from|by|until|over)\s+)?"
    r"(?:(?:the\s+)?(?P<part>early|mid|late|beginning\s+of|start\s+of|middle\s+of"
    r"|end\s+of)[\s-]*)?$"
)
# Month abbreviations that are also everyday words: only count them after "in", "last" etc.
_WORDY_MONTHS = {"may", "mar", "jun", "jan", "oct", "dec", "sep", "aug", "apr", "feb", "nov", "jul"}


@lru_cache(maxsize=8)
def dates_in_text(text: str, today: date) -> tuple[When, ...]:
    """find_dates over a whole text, kept for the rules that each look at one sentence."""
    return tuple(find_dates(text, today))


def dates_between(text: str, today: date, start: int, end: int) -> list[When]:
    """The dates of a text that lie within text[start:end] (offsets into the whole text)."""
    return [w for w in dates_in_text(text, today) if start <= w.start and w.end <= end]


def find_dates(text: str, today: date) -> list[When]:
    """Every date expression in a text, resolved against `today`, left to right."""
    found: list[When] = []
    taken: list[tuple[int, int]] = []
    low = lowered(text)
    for name, pattern in _RULES:
        for match in rx(pattern).finditer(text, low):
            start, end = match.span()
            groups = match.groupdict()
            if name == "month":
                prefix = _MONTH_PREFIX.search(low, max(0, start - 30), start)
                if prefix and prefix.group():
                    groups |= {"rel": prefix.group("rel"), "part": prefix.group("part")}
                    start = prefix.start()
            if any(a < end and start < b for a, b in taken):
                continue
            resolved = _resolve(name, groups, today)
            if resolved is None:
                continue
            day, future = resolved
            found.append(When(start, end, text[start:end], day, future))
            taken.append((start, end))
    return sorted(found, key=lambda w: w.start)


def _resolve(name: str, g: dict[str, Any], today: date) -> tuple[date, bool] | None:
    if name == "iso":
        day = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return None if day is None else (day, day > today)
    if name in ("ago", "past-n"):
        return _ago(_count(g["count"]), g["unit"].lower(), today, 1), False
    if name == "in-n":
        return _ago(_count(g["count"]), g["unit"].lower(), today, -1), True
    if name == "last":
        return _ago(1, g["unit"].lower(), today, 1), False
    if name == "next":
        return _ago(1, g["unit"].lower(), today, -1), True
    if name == "this":
        return today, False
    if name == "yesterday":
        return today - timedelta(days=1), False
    if name == "today":
        return today, False
    if name == "weekday":
        target = WEEKDAYS[g["weekday"].lower()]
        rel = g["rel"].lower()
        if rel == "next":
            return today + timedelta(days=(target - today.weekday()) % 7 or 7), True
        back = (today.weekday() - target) % 7 or 7
        return today - timedelta(days=back), False
    if name == "season":
        month = SEASONS[g["season"].lower()]
        rel = (g.get("rel") or "").lower()
        year = today.year if date(today.year, month, 15) <= today else today.year - 1
        if rel == "last" and year == today.year:
            year -= 1
        return date(year, month, 15), False
    if name in ("day-month", "month-day"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        day = _month_day(today, month, int(g["d"]), g.get("y"), ahead=False)
        return None if day is None else (day, day > today)
    month_word = g["month"].lower().rstrip(".")
    rel = (g.get("rel") or "").lower()
    if month_word in _WORDY_MONTHS and not rel:
        return None
    month = MONTHS[month_word]
    dom = PART_OF_MONTH[(g.get("part") or "").lower() or None]
    ahead = rel in ("next", "by", "until")
    if rel in ("in", "") and not g.get("y") and 0 < month - today.month <= 2:
        # "in December", said in November, is weeks away, not eleven months ago.
        ahead = True
    if rel == "last" and not g.get("y"):
        year = today.year if month < today.month else today.year - 1
        return date(year, month, dom), False
    day = _month_day(today, month, dom, g.get("y"), ahead=ahead)
    if day is None:
        return None
    return day, day > today
