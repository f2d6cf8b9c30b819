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
_NUMBER_BEFORE = re.compile(rf"(?P<n>{NUMBER})\s+(?:\w+\s+)?$", re.IGNORECASE)
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
        if cue_start < done_until or any(a <= cue_start < b for a, b in covered):
            continue
        sentence = next((s for s in sentences if s.contains(cue_start)), None)
        if sentence is None:
            continue
        scope_start = max(
            [sentence.start] + [s.end for s in subjects if sentence.start <= s.start < cue_start]
        )
        noun = _NOUN_CUE.search(text, cue_start, cue_end)
        person = _person_before().search(text, scope_start, cue_start)
        if noun is None and person is None:
            continue
        count = 1
        number = _NUMBER_BEFORE.search(text, scope_start, cue_start)
        if noun is not None and number:
            quantity = read_quantity(number.group("n"))
            count = quantity.value if quantity else 1
        elif noun is not None and _PLURAL.search(text, cue_start, cue_end):
            count = 2
            roster.nb.assume("assume-plural-two", text=roster.nb.quote((cue_start, cue_end)))
        start = person.start() if person else (number.start() if number else cue_start)
        end = next(
            (s.start for s in subjects if cue_end < s.start < sentence.end),
            sentence.end,
        )
        traits = read_traits(text, low, start, end, today, places)
        roster.apply(_take(roster, count), traits, counted=True)
        done_until = end
        covered.append((start, end))


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
