"""Who a stretch of text is about: a name, "two of them", "the rest", the manager, the team."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Literal

from oneos.intake.extraction import Sentence
from oneos.intake.lexicon import (
    NOT_NAMES,
    ROLE_ACRONYMS,
    ROLE_NOUNS,
    SENIORITY,
    role_name,
    role_pattern,
)
from oneos.intake.numbers import NUMBER, Quantity, count_starts, match_at, read_quantity
from oneos.intake.rx import lowered, rx
from oneos.model.places import lookup_place

SubjectKind = Literal["name", "count", "rest", "all", "half", "both", "group", "manager", "team"]

# What follows a subject: a verb, or "in"/"from" for "two in London".
VERB = (
    r"(?:is|are|was|were|has|have|had|just|recently|got|gets|comes|came|joined|joins|started|"
    r"starts|returns|returned|returning|will|keeps|seems|seem|needs|need|feels|feel|moved|"
    r"transferred|currently|still|also|really|used to|struggles|struggled|works|work|sits|lives|"
    r"live|based|in|on|from|out of|who|sadly|unfortunately|did|didn't|didn’t|does|doesn't|"
    r"doesn’t|can't|can’t|wants|want|asked|asks|remains|remain|handles|joining|starting|"
    r"being|goes|went)"
)
_FOLLOW = (
    rf"(?=,?\s+{VERB}\b|\s*['’](?:s|re)\b|\s*\(|,\s+(?:a|an|our|my|the|who|both|each)\b"
    r"|\s+and\s+I\b)"
)
# Counted subjects take a verb or "in"; "3 designers, a copywriter" is a list, not a subject.
_COUNT_FOLLOW = rf"(?=,?\s+{VERB}\b|\s*['’](?:s|re)\b|\s*\(|,\s+who\b)"
_PEOPLE_WORD = r"(?:\s+(?:people|folks|persons|reports|directs|of\s+my\s+reports|of\s+the\s+team))"
_ROLE_OR_GROUP = (
    r"(?:seniors|juniors|new hires|new joiners|folks|people|ones|team members|"
    + "|".join(re.escape(n) for n in sorted([*ROLE_NOUNS, *ROLE_ACRONYMS], key=len, reverse=True))
    + r")s?"
)


@cache
def _count_re() -> re.Pattern[str]:
    count = (
        rf"(?P<count>the\s+other\s+{NUMBER}|the\s+remaining\s+{NUMBER}|all\s+{NUMBER}|{NUMBER}"
        r"|another|the\s+other|the\s+others|the\s+rest|the\s+remaining|everyone\s+else"
        r"|all\s+of\s+them|half(?:\s+of\s+them|\s+the\s+team)?)"
    )
    scope = (
        rf"(?:\s+of\s+(?P<scope>them|those|these|whom|the\s+(?:remaining|other)\s+{NUMBER}|(?:the|my"
        rf"|our)\s+(?:\w+\s+)?{_ROLE_OR_GROUP}))"
    )
    role = rf"(?:\s+(?:{SENIORITY}\s+)?{role_pattern()}|{_PEOPLE_WORD})"
    return re.compile(rf"(?<![\w-])(?:{count}){scope}?{role}?{_COUNT_FOLLOW}", re.IGNORECASE)


@cache
def _group_re() -> re.Pattern[str]:
    """ "The designers (in Lisbon) are …": everyone with that role, or in that place."""
    return re.compile(
        rf"\b(?:the|my|our|both|all\s+the|all\s+my)\s+(?:{SENIORITY}\s+)?{role_pattern()}"
        r"(?P<where>\s+(?:in|on|from|based\s+in)\s+[^,.;:!?\n]{2,30}?)?"
        rf"{_FOLLOW}",
        re.IGNORECASE,
    )


_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_ONE_NAME = rf"[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}]?[{_LOWER}]+)?"
# A name takes a verb, not a preposition: "Docs in Notion" is not about a person.
_NAME_FOLLOW = _FOLLOW.replace("|in|on|from|out of|", "|")
_NAME = re.compile(
    rf"\b(?P<names>{_ONE_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_ONE_NAME})*){_NAME_FOLLOW}"
)
_MANAGER = re.compile(
    r"(?<![\w'’])(?<!and )I(?:['’](?:m|ve|d|ll))?(?![\w'’])"
    r"(?!\s+(?:really\s+)?(?:think|thought|feel|suspect|believe|guess|worry|fear|know|knew|heard"
    r"|hear|noticed|suppose|reckon)\b)|\bmyself\b|(?<![\w'’])[Ii]m(?![\w'’])"
)
_TEAM = (
    r"\b(?:we|we['’](?:re|ve)|our team|the (?:whole |entire )?team|my (?:whole |entire )?team"
    r"|everyone|everybody|they all|all of us)\b"
)
_ROSTER = re.compile(
    r"(?:\b(?:reports?|team|directs|people)\s*(?:are|is|:|includes?|\(|—|-)"
    r"|\bI\s+(?:manage|lead|look\s+after|have|work\s+with))\s*"
    rf"(?P<list>{_ONE_NAME}(?:\s*(?:,|and|&)\s*{_ONE_NAME}){{1,15}})"
)
_LOCATIVE = re.compile(r"(?:\bin|\bfrom|\bat|\bnear|\bout of|\bbased|\baround|\bto)\s*$", re.I)


@dataclass(frozen=True)
class Subject:
    """Who one stretch of a sentence is about, and how far that stretch runs."""

    kind: SubjectKind
    start: int
    end: int
    scope_end: int
    names: tuple[str, ...] = ()
    quantity: Quantity | None = None
    role: str | None = None
    seniority: str | None = None
    scope: str | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def is_name(word: str, text: str, start: int) -> bool:
    """A capitalised word that is a person's name, not a sentence opener, role or place."""
    if word in NOT_NAMES or len(word) < 2:
        return False
    if word.lower() in ROLE_NOUNS or word.lower().rstrip("s") in ROLE_NOUNS:
        return False
    place = lookup_place(word)
    if place is not None:
        if not place.person_like:
            return False
        return not _LOCATIVE.search(text[max(0, start - 12) : start])
    return True


def find_subjects(text: str, sentences: list[Sentence]) -> list[Subject]:
    """Every subject in the text, each with the stretch it governs (to the next subject or the
    end of its sentence)."""
    raw: list[Subject] = []
    for match in match_at(_count_re(), text, count_starts(lowered(text))):
        raw.append(_count_subject(match))
    for match in match_at(_group_re(), text, count_starts(lowered(text))):
        role = role_name(match.group("mod"), match.group("noun"))
        where = match.group("where")
        raw.append(
            Subject(
                "group",
                match.start(),
                match.end(),
                0,
                role=role,
                seniority=match.group("seniority"),
                scope=" ".join(where.split()) if where else None,
            )
        )
    for match in _NAME.finditer(text):
        names = tuple(
            m.group()
            for m in re.finditer(_ONE_NAME, match.group("names"))
            if is_name(m.group(), text, match.start() + m.start())
        )
        if names:
            raw.append(Subject("name", match.start(), match.end(), 0, names=names))
    for match in _MANAGER.finditer(text):
        raw.append(Subject("manager", match.start(), match.end(), 0))
    for match in rx(_TEAM).finditer(text, lowered(text)):
        raw.append(Subject("team", match.start(), match.end(), 0))
    raw.sort(key=lambda s: (s.start, -s.end, s.kind != "group"))
    kept: list[Subject] = []
    for subject in raw:
        if kept and subject.start < kept[-1].end:
            continue  # "the other two" already holds "two"
        kept.append(subject)
    out: list[Subject] = []
    starts = [s.start for s in sentences]
    for i, subject in enumerate(kept):
        at = bisect_right(starts, subject.start) - 1
        inside = at >= 0 and sentences[at].contains(subject.start)
        sentence_end = sentences[at].end if inside else len(text)
        following = kept[i + 1].start if i + 1 < len(kept) else len(text)
        out.append(_with_scope_end(subject, min(sentence_end, following)))
    return out


def roster_names(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Names listed as a roster: "my reports are Priya, Sam and Jo"."""
    out: list[tuple[str, tuple[int, int]]] = []
    for match in _ROSTER.finditer(text):
        base = match.start("list")
        for name in re.finditer(_ONE_NAME, match.group("list")):
            start = base + name.start()
            if is_name(name.group(), text, start):
                out.append((name.group(), (start, start + len(name.group()))))
    return out


def _count_subject(match: re.Match[str]) -> Subject:
    words = " ".join(match.group("count").lower().split())
    kind: SubjectKind = "count"
    quantity: Quantity | None = None
    if words in ("the other", "another"):
        quantity = Quantity(1, 1, 1)
    elif words in ("the others", "the rest", "the remaining", "everyone else"):
        kind = "rest"
    elif words == "all of them":
        kind = "all"
    elif words.startswith("half"):
        kind = "half"
    elif words == "both":
        kind = "both"
    else:
        number = re.sub(r"^(?:the other|the remaining|all)\s+", "", words)
        quantity = read_quantity(number)
        if words.startswith(("the remaining", "the other")):
            kind = "count"
        elif words.startswith("all "):
            kind = "all"
    if quantity is None and kind == "count":
        quantity = Quantity(1, 1, 1)
    role = role_name(match.group("mod"), match.group("noun")) if match.group("noun") else None
    scope = match.group("scope")
    return Subject(
        kind,
        match.start(),
        match.end(),
        0,
        quantity=quantity,
        role=role,
        seniority=match.group("seniority"),
        scope=" ".join(scope.split()) if scope else None,
    )


def _with_scope_end(subject: Subject, scope_end: int) -> Subject:
    return Subject(
        subject.kind,
        subject.start,
        subject.end,
        max(scope_end, subject.end),
        subject.names,
        subject.quantity,
        subject.role,
        subject.seniority,
        subject.scope,
    )
