"""Triage: spot a crisis, an HR process or a status-meeting request before any 1:1 template."""

from __future__ import annotations

from functools import cache
from typing import Literal

from oneos.model.base import Model
from oneos.safety._data import load

# The rules themselves live in `_engine`, imported on the first text to read: a pack whose
# context holds no free text, and `import oneos.safety`, never load them.

Category = Literal["crisis", "hr", "status", "none"]
PRECEDENCE: tuple[Category, ...] = ("crisis", "hr", "status")


class Offer(Model, frozen=True, kw_only=True):
    """Something oneos can still produce after a redirect."""

    id: str  # The offer's id, as `oneos triage --offer` takes it.
    title: str  # What the offer is, in one line.


class Mention(Model, frozen=True, kw_only=True):
    """A matter HR already owns, mentioned in a context: the pack goes ahead, flagged."""

    person: str | None  # The name nearest the mention, if any.
    trigger: str  # The exact phrase from the text.
    span: tuple[int, int]  # Start and end offsets of the phrase.
    sentence: str  # The sentence that holds the mention, stripped.
    rule: str  # The id of the rule that matched.


class TriageResult(Model, frozen=True, kw_only=True):
    """What triage found in a text and what oneos says about it."""

    category: Category  # crisis > hr > status > none.
    trigger: str | None  # The exact phrase that decided the category.
    span: tuple[int, int] | None  # Offsets of the trigger in the text.
    message: str  # oneos's response for the category.
    offers: tuple[Offer, ...]  # What oneos can still produce on request.
    mentions: tuple[Mention, ...]  # HR-owned matters only mentioned.
    rule: str | None  # The id of the rule behind the trigger.

    @property
    def pack_allowed(self) -> bool:
        """True when a 1:1 pack may be produced (no crisis, HR process or status request)."""
        return self.category == "none"


@cache
def _offers(category: Category) -> tuple[Offer, ...]:
    return tuple(Offer(**raw) for raw in load("offers.yaml")["offers"][category])


def message(category: Category | Literal["hr_mention"]) -> str:
    """oneos's response text for a category (or `hr_mention`, the boundary note)."""
    text: str = load("messages.yaml")[category]
    return text


def triage(text: str, *, prefilter: bool = True) -> TriageResult:
    """Classify a free text: crisis > hr > status > none, with the phrase that decided it.

    `prefilter=False` runs every rule on every text; it exists so tests can show the keyword
    prefilter never changes an answer.
    """
    from oneos.safety._engine import find_hits, find_mentions

    hits = find_hits(text, prefilter)
    for category in PRECEDENCE:
        decisive = next((h for h in hits if h.verdict == category), None)
        if decisive is not None:
            break
    else:
        decisive, category = None, "none"
    return TriageResult(
        category=category,
        trigger=text[decisive.start : decisive.end] if decisive else None,
        span=(decisive.start, decisive.end) if decisive else None,
        message=message(category),
        offers=_offers(category),
        mentions=find_mentions(text, hits),
        rule=decisive.rule.id if decisive else None,
    )


def hr_mentions(text: str) -> list[Mention]:
    """The HR-owned matters a text only mentions (e.g. someone already on a PIP run by HR)."""
    from oneos.safety._engine import find_hits, find_mentions

    return list(find_mentions(text, find_hits(text)))
