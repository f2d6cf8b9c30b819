"""Counts as people write them: digits, number words, ranges, "a couple", "~45", "about 40"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

UNITS = {
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Vague amounts: the value oneos uses, and whether that is a guess worth labelling.
VAGUE = {
    "a couple of": (2, False),
    "a couple": (2, False),
    "couple of": (2, False),
    "a pair of": (2, False),
    "both": (2, False),
    "a dozen": (12, False),
    "half a dozen": (6, False),
    "a few": (3, True),
    "a handful of": (4, True),
    "a handful": (4, True),
    "several": (4, True),
    "a hundred": (100, False),
}
APPROX = (
    "about",
    "around",
    "roughly",
    "approximately",
    "approx",
    "nearly",
    "almost",
    "some",
    "circa",
    "maybe",
    "ca",
)

_WORD_NUMBER = (
    r"(?:(?:" + "|".join(TENS) + r")(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|" + "|".join(sorted((u for u in UNITS if len(u) > 2), key=len, reverse=True)) + r")"
)
_ONE = rf"(?:\d{{1,4}}|{_WORD_NUMBER})"
_VAGUE = "|".join(sorted((re.escape(v) for v in VAGUE), key=len, reverse=True))
_APPROX = r"(?:~\s*|(?:" + "|".join(APPROX) + r")\.?\s+|(?:over|more than|under|up to)\s+)"
# A count: an optional approximate marker, then a number, a range or a vague amount, then an
# optional "ish", "+" or "-odd".
NUMBER = (
    rf"(?:{_APPROX})?(?:{_VAGUE}|{_ONE}(?:\s*(?:-|–|to|or)\s*{_ONE})?)"
    r"(?:\s*\+|-?ish\b|-odd\b)?"
)
NUMBER_RE = re.compile(rf"(?<!\w){NUMBER}(?!\w)", re.IGNORECASE)


_TOKEN = re.compile(r"~|[^\W_]+")
# Words a count can start with; anchored matches are tried only where one stands.
_STARTERS = frozenset(
    [
        *UNITS,
        *TENS,
        *APPROX,
        "a",
        "an",
        "half",
        "couple",
        "both",
        "several",
        "over",
        "more",
        "under",
        "up",
        "another",
        "the",
        "all",
        "everyone",
        "everybody",
        "~",
        "my",
        "our",
    ]
)


@lru_cache(maxsize=8)
def count_starts(low: str) -> list[int]:
    """Offsets in lower-cased text where a count (or "the other", "all of them") may start."""
    return [
        m.start() for m in _TOKEN.finditer(low) if m.group() in _STARTERS or m.group()[0].isdigit()
    ]


def match_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """Anchored matches of a pattern at the given offsets, without overlaps, in order.

    Much faster than a scan for patterns that open with a long alternation of number words:
    the engine tries them only where a number can start.
    """
    out: list[re.Match[str]] = []
    end = -1
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match:
            out.append(match)
            end = match.end()
    return out


@dataclass(frozen=True)
class Quantity:
    """A count as written: the value oneos uses, and how it was read."""

    value: int
    low: int
    high: int
    approximate: bool = False
    guessed: bool = False

    @property
    def is_range(self) -> bool:
        return self.low != self.high


def word_value(word: str) -> int | None:
    """'six' -> 6, 'forty-five' -> 45, '12' -> 12; None for anything else."""
    text = word.strip().lower()
    if text.isdigit():
        return int(text)
    if text in UNITS:
        return UNITS[text]
    parts = re.split(r"[\s-]+", text)
    if parts and parts[0] in TENS:
        rest = UNITS.get(parts[1], 0) if len(parts) == 2 else 0
        if len(parts) <= 2 and rest < 10:
            return TENS[parts[0]] + rest
    return None


def read_quantity(text: str) -> Quantity | None:
    """Read one count. Ranges use their upper end ("5-6" -> 6): a plan sized for the larger
    number does not fall short."""
    raw = " ".join(text.lower().split())
    approximate = bool(re.match(_APPROX, raw)) or raw.endswith(("ish", "+", "odd"))
    core = re.sub(rf"^{_APPROX}", "", raw)
    core = re.sub(r"\s*(?:\+|-?ish|-odd)$", "", core).strip()
    if core in VAGUE:
        value, guessed = VAGUE[core]
        return Quantity(value, value, value, approximate, guessed)
    bits = re.split(r"\s*(?:–|\bto\b|\bor\b|(?<=\d)-(?=\d)|(?<=[a-z])-(?=\d)|\s-\s)\s*", core)
    values = [word_value(b) for b in bits if b]
    if not values or any(v is None for v in values):
        whole = word_value(core)
        return None if whole is None else Quantity(whole, whole, whole, approximate)
    numbers = [v for v in values if v is not None]
    low, high = min(numbers), max(numbers)
    return Quantity(high, low, high, approximate or low != high)
