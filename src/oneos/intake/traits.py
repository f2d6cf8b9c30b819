"""What one stretch of text says about the person (or people) it is about."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from oneos.intake.lexicon import SENIORITY_WORDS, compiled, role_name, role_pattern
from oneos.intake.numbers import word_value
from oneos.intake.rx import lowered, rx
from oneos.intake.when import find_dates
from oneos.model.places import Place

Span = tuple[int, int]

_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
}
_TENURE = re.compile(
    r"\bweek\s+(?P<week>\d{1,2})\b"
    r"|\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|1st|2nd|3rd"
    r"|[4-9]th)\s+(?P<ounit>week|month)\b"
    r"|\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|a couple of)\s+(?P<unit>weeks?|months?)\s+in\b"
    r"|\b(?:for|only)\s+(?P<n2>\d{1,2}|one|two|three|four|five|six|seven|eight"
    r"|a couple of)\s+(?P<unit2>weeks?|months?)\b",
    re.IGNORECASE,
)
_JOINED = re.compile(r"\b(?:joined|started|hired|came on board|arrived)\b", re.IGNORECASE)
_STARTS_SOON = re.compile(r"\bstarts?\b|\bstarting\b|\bwill (?:join|start)\b", re.IGNORECASE)
NEW_HIRE_MAX_WEEKS = 12
_COVERING = re.compile(r"\b(?:covering|cover\s+for|covers|filling\s+in\s+for)\b[^.]*$")
_DOTTED = re.compile(r"\bdotted[- ]lines?\b")
_STABLE = rx(
    r"\b(?:solid|stable|steady|reliable|doing (?:great|well|fine)|(?:are|is) (?:fine|great|good))\b"
)
_SENIORITY_RE = rx(
    r"\b(junior|graduate|entry-level|mid[- ]level|intermediate|senior|staff|principal)\b"
    r"(?! (?:leader|leadership|management|manager|director|vp|exec))"
)


@cache
def _role_re() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:a|an|our|my|the|as|is|one)\s+(?:(?:brand[- ]new|new|great|strong|solid|senior|"
        r"junior|mid-level)\s+)*" + role_pattern(),
        re.IGNORECASE,
    )


@dataclass
class Traits:
    """Attributes found in one subject's stretch, each with the span it came from."""

    flags: list[tuple[str, Span]] = field(default_factory=list)
    seniority: tuple[str, Span] | None = None
    tenure_weeks: tuple[int, Span] | None = None
    role: tuple[str, Span] | None = None
    zone: tuple[str, Span] | None = None
    stage: tuple[str, Span] | None = None
    dotted: bool = False

    def empty(self) -> bool:
        return not (
            self.flags
            or self.seniority
            or self.tenure_weeks
            or self.role
            or self.zone
            or self.stage
        )


@dataclass(frozen=True)
class CueIndex:
    """Every cue of a text found once, sorted by offset, so each subject's stretch is a lookup."""

    flags: tuple[tuple[int, int, str], ...]
    seniority: tuple[re.Match[str], ...]
    roles: tuple[re.Match[str], ...]
    stable: tuple[re.Match[str], ...]
    starts: dict[str, list[int]] = field(default_factory=dict)

    def first(self, kind: str, start: int, end: int) -> re.Match[str] | None:
        """The first match of a kind that lies within text[start:end]."""
        found: tuple[re.Match[str], ...] = getattr(self, kind)
        if kind not in self.starts:
            self.starts[kind] = [m.start() for m in found]
        i = bisect_left(self.starts[kind], start)
        return found[i] if i < len(found) and found[i].end() <= end else None


@lru_cache(maxsize=4)
def cue_index(text: str) -> CueIndex:
    low = lowered(text)
    flags = sorted(
        (m.start(), m.end(), flag)
        for flag, pattern in compiled("FLAG_CUES")
        for m in pattern.finditer(text, low)
    )
    return CueIndex(
        flags=tuple(flags),
        seniority=tuple(_SENIORITY_RE.finditer(text, low)),
        roles=tuple(_role_re().finditer(text)),
        stable=tuple(_STABLE.finditer(text, low)),
    )


def read_traits(
    text: str,
    low: str,
    start: int,
    end: int,
    today: date,
    places: list[Place],
    *,
    with_role: bool = True,
) -> Traits:
    """Flags, seniority, tenure, role, zone and stage said within text[start:end]."""
    traits = Traits()
    index = cue_index(text)
    seen: set[str] = set()
    at = bisect_left(index.flags, (start, -1, ""))
    for cue_start, cue_end, flag in index.flags[at:]:
        if cue_start >= end:
            break
        if cue_end <= end and flag not in seen:
            seen.add(flag)
            traits.flags.append((flag, (cue_start, cue_end)))
    senior = index.first("seniority", start, end)
    if senior:
        word = senior.group(1).replace(" ", "-")
        traits.seniority = (SENIORITY_WORDS.get(word, "mid"), senior.span())
    # "covering a maternity leave" is someone else's leave.
    traits.flags = [
        (f, sp)
        for f, sp in traits.flags
        if not (
            f == "returning-from-leave" and _COVERING.search(low, max(start, sp[0] - 16), sp[0])
        )
    ]
    flags = {f for f, _ in traits.flags}
    if "new-hire" in flags:
        traits.tenure_weeks = _tenure(text[start:end], start, today)
        if traits.tenure_weeks is not None and traits.tenure_weeks[0] > NEW_HIRE_MAX_WEEKS:
            # "Joined in July" months ago: no longer new, but the tenure still tells.
            traits.flags = [(f, sp) for f, sp in traits.flags if f != "new-hire"]
    traits.dotted = _DOTTED.search(low, start, end) is not None
    role = index.first("roles", start, end)
    if role:
        # "a senior designer" says seniority, not "senior and independent".
        inside = role.span()
        traits.flags = [
            (f, s) for f, s in traits.flags if not (f == "senior" and inside[0] <= s[0] < inside[1])
        ]
        if with_role:
            traits.role = (role_name(role.group("mod"), role.group("noun")), inside)
    here = [p for p in places if start <= p.start < end]
    if len({p.zone for p in here}) == 1:
        # One place: theirs. Several ("across Dublin and Seattle"): the team's, spread later.
        traits.zone = (here[0].zone, here[0].span)
    stable = index.first("stable", start, end)
    if stable and not flags & {"struggling", "strained"}:
        traits.stage = ("stable", stable.span())
    return traits


def _shift(span: tuple[int, int], by: int) -> Span:
    return (span[0] + by, span[1] + by)


def _tenure(chunk: str, offset: int, today: date) -> tuple[int, Span] | None:
    """Weeks on the team: "week 3" -> 3, "two months in" -> 8, "joined last month" -> 4."""
    match = _TENURE.search(chunk)
    if match:
        span = _shift(match.span(), offset)
        if match.group("week"):
            return int(match.group("week")), span
        if match.group("ord"):
            ordinal = match.group("ord").lower()
            n = _ORDINALS.get(ordinal) or int(ordinal[:-2])
            # "in their second month": about two weeks into that month.
            return (n if match.group("ounit").lower() == "week" else (n - 1) * 4 + 2), span
        number = match.group("n") or match.group("n2")
        unit = match.group("unit") or match.group("unit2")
        value = 2 if number.lower() == "a couple of" else word_value(number) or 1
        return value * (4 if unit.lower().startswith("month") else 1), span
    joined = _JOINED.search(chunk)
    for when in find_dates(chunk, today):
        if joined and when.date <= today:
            return (today - when.date).days // 7, _shift((joined.start(), when.end), offset)
        if when.future and _STARTS_SOON.search(chunk):
            return 0, _shift(when.span, offset)
    return None
