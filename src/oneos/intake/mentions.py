"""Situations mentioned without a counted subject: "I have a new hire", "someone on a PIP"."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from oneos.intake.extraction import Sentence
from oneos.intake.lexicon import role_pattern
from oneos.intake.numbers import NUMBER, read_quantity
from oneos.intake.people import Roster
from oneos.intake.subjects import Subject
from oneos.intake.traits import cue_index, read_traits
from oneos.model.places import Place

# Cues that name a person by themselves ("a new hire"), so they need no subject.
_NOUN_CUE = re.compile(
    r"new[- ](?:hire|joiner|starter|grad|graduate|recruit)s?|former\s+(?:peer|teammate|colleague)s?"
    r"|flight\s+risk|(?-i:PIP)|performance\s+improvement\s+plan|investigation",
    re.IGNORECASE,
)
_PLURAL = re.compile(
    r"(?:hires|joiners|starters|grads|graduates|recruits|peers|teammates|colleagues)$", re.I
)


@cache
def _person_before() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:someone|somebody|a\s+person|one\s+person|one\s+report|a\s+report|a\s+direct(?:\s+report)?"
        r"|one\s+of\s+(?:them|my\s+\w+|the\s+\w+)|(?:an?|one)\s+(?:\w+\s+)?"
        + role_pattern()
        + r")\b",
        re.IGNORECASE,
    )


def read_mentions(
    roster: Roster,
    subjects: list[Subject],
    sentences: list[Sentence],
    places: list[Place],
    today: date,
) -> None:
    """People described but not counted: each cue outside a counted or named subject adds
    people (or, when the headcount is fixed, describes the next people not yet described)."""
    text = roster.nb.text
    covered = [(s.start, s.scope_end) for s in subjects if s.kind not in ("manager", "team")]
    done_until = -1
    low = roster.nb.low
    for cue_start, cue_end, _ in cue_index(text).flags:
        match = _Span(cue_start, cue_end)
        if match.start() < done_until or any(a <= match.start() < b for a, b in covered):
            continue
        sentence = next((s for s in sentences if s.contains(match.start())), None)
        if sentence is None:
            continue
        scope_start = max(
            [sentence.start]
            + [s.end for s in subjects if sentence.start <= s.start < match.start()]
        )
        lead = text[scope_start : match.start()]
        noun = _NOUN_CUE.search(text, match.start(), match.end())
        person = _person_before().search(lead)
        if noun is None and person is None:
            continue
        count = 1
        number = re.search(
            rf"(?P<n>{NUMBER})\s+(?:\w+\s+)?$", text[scope_start : match.start()], re.I
        )
        if noun is not None and number:
            quantity = read_quantity(number.group("n"))
            count = quantity.value if quantity else 1
        elif noun is not None and _PLURAL.search(text, match.start(), match.end()):
            count = 2
            roster.nb.assume("assume-plural-two", text=roster.nb.quote(match.span()))
        start = (
            scope_start + person.start()
            if person
            else (scope_start + number.start() if number else match.start())
        )
        end = next(
            (s.start for s in subjects if s.start > match.end() and s.start < sentence.end),
            sentence.end,
        )
        traits = read_traits(text, low, start, end, today, places)
        group = _take(roster, count)
        roster.apply(group, traits, counted=True)
        done_until = end
        covered.append((start, end))


class _Span:
    """A cue's place in the text (what the loop above needs of a match)."""

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return (self._start, self._end)


def _take(roster: Roster, count: int) -> list[int]:
    people = roster.people
    group = [i for i, p in enumerate(people) if not p.claimed and not p.named][:count]
    while len(group) < count and not roster.fixed_size:
        index = roster.add_anonymous()
        if index is None:
            break
        group.append(index)
    if len(group) < count:
        group += sorted(
            (i for i in range(len(people)) if i not in group), key=lambda i: len(people[i].flags)
        )[: count - len(group)]
    for i in group:
        people[i].claimed = True
    return group
