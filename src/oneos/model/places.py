"""Places and zone names people write (cities, regions, countries, abbreviations) -> IANA zones."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from oneos.datafiles import MODEL, read_data
from oneos.model.zones import is_zone

PlaceKind = Literal["iana", "abbreviation", "region", "country", "city"]


@dataclass(frozen=True)
class PlaceName:
    """One entry of the places table."""

    name: str
    zone: str
    kind: PlaceKind
    country: str | None = None
    person_like: bool = False


@dataclass(frozen=True)
class Place:
    """A place found in a text: where it is, what was written, and the zone it stands for."""

    start: int
    end: int
    text: str
    entry: PlaceName

    @property
    def zone(self) -> str:
        return self.entry.zone

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True)
class PlaceTable:
    """The table, indexed for lookup: exact-case names and lower-case word sequences."""

    exact: dict[str, PlaceName]
    folded: dict[str, PlaceName]
    longest: int
    first_words: frozenset[str]

    def lookup(self, text: str) -> PlaceName | None:
        """The entry for a name as a whole (any case, extra spaces and dots ignored)."""
        words = _WORD.findall(text)
        if not words:
            return None
        joined = " ".join(words)
        return (
            self.exact.get(joined)
            or self.exact.get(joined.upper())
            or self.folded.get(joined.lower())
        )


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_GAP = re.compile(r"[ \t.'’-]{1,3}")
_IANA = re.compile(r"\b[A-Z][A-Za-z_]+/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?\b")


def _key(name: str) -> str:
    return " ".join(_WORD.findall(name))


@cache
def place_table() -> PlaceTable:
    """Load places.yaml once."""
    raw_data = read_data("places.yaml", MODEL)
    data = raw_data
    exact: dict[str, PlaceName] = {}
    folded: dict[str, PlaceName] = {}
    lowercase_ok = set(data["lowercase_ok"])
    for abbr, zone in data["abbreviations"].items():
        entry = PlaceName(abbr, zone, "abbreviation")
        exact[abbr] = entry
        if abbr.lower() in lowercase_ok:
            folded[abbr.lower()] = entry
    for name, zone in data["regions"].items():
        _add(exact, folded, PlaceName(name, zone, "region"))
    for row in data["countries"]:
        _add(exact, folded, PlaceName(row["name"], row["zone"], "country", row["country"]))
    person_like = {n.lower() for n in data["person_like"]}
    for group in data["cities"]:
        for name in group["names"]:
            entry = PlaceName(
                name, group["zone"], "city", group["country"], name.lower() in person_like
            )
            _add(exact, folded, entry)
    longest = max(len(k.split()) for k in (*exact, *folded))
    # The first word of every name, as written and lower-cased: most words of a text are not
    # one, so they are skipped after one set lookup.
    firsts = {k.split()[0] for k in exact} | {k.split()[0] for k in folded}
    return PlaceTable(exact, folded, longest, frozenset(firsts))


def _add(exact: dict[str, PlaceName], folded: dict[str, PlaceName], entry: PlaceName) -> None:
    key = _key(entry.name)
    if entry.name.isupper():
        exact[key] = entry
    else:
        folded[key.lower()] = entry


@cache
def abbreviations() -> dict[str, str]:
    """Abbreviation -> IANA zone, e.g. PST -> America/Los_Angeles.

    Read from the data as it is: resolving a zone name need not build the place table.
    """
    return dict(read_data("places.yaml", MODEL)["abbreviations"])


def lookup_place(text: str) -> PlaceName | None:
    """The table entry for a whole name: 'Bengaluru', 'east coast', 'PST'; None if unknown."""
    return place_table().lookup(text)


def find_places(text: str) -> list[Place]:
    """Every place or zone name in a text, longest match first, left to right.

    Names written in capitals in the table (NYC, PST) match only as written; the rest ignore
    case. Literal IANA names ("Europe/London") are found too.
    """
    table = place_table()
    found: list[Place] = []
    covered: list[tuple[int, int]] = []
    for match in _IANA.finditer(text):
        if is_zone(match.group()):
            entry = PlaceName(match.group(), match.group(), "iana")
            found.append(Place(match.start(), match.end(), match.group(), entry))
            covered.append(match.span())
    words = list(_WORD.finditer(text))
    if covered:
        words = [w for w in words if not any(a <= w.start() < b for a, b in covered)]
    firsts = table.first_words
    taken_until = -1
    for i, first in enumerate(words):
        word = first.group()
        if (word not in firsts and word.lower() not in firsts) or first.start() < taken_until:
            continue
        # Adjacent words only, longest run first ("New York City" before "York").
        run = [first]
        for j in range(i + 1, min(i + table.longest, len(words))):
            if not _GAP.fullmatch(text[words[j - 1].end() : words[j].start()]):
                break
            run.append(words[j])
        for size in range(len(run), 0, -1):
            joined = " ".join(m.group() for m in run[:size])
            found_entry = table.exact.get(joined) or table.folded.get(joined.lower())
            if found_entry is not None:
                end = run[size - 1].end()
                found.append(Place(first.start(), end, text[first.start() : end], found_entry))
                taken_until = end
                break
    return sorted(found, key=lambda p: p.start)
