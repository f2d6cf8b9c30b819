"""How many people, and in what roles: "6 reports", "a team of five", "3 PMs, 1 designer"."""

from __future__ import annotations

import re
from functools import cache

from oneos.intake.lexicon import (
    PEOPLE_NOUNS,
    ROLE_MODIFIERS,
    SENIORITY,
    SENIORITY_WORDS,
    role_name,
    role_pattern,
)
from oneos.intake.numbers import NUMBER, Quantity, count_starts, match_at, read_quantity
from oneos.intake.rx import lowered

Span = tuple[int, int]

_EACH_BEFORE = re.compile(
    r"\beach\s+(?:of\s+them\s+)?(?:has|have|with|supervises?|manages?|leads?|runs?)\s+(?:about\s+|around\s+|roughly\s+|~)?$",
    re.IGNORECASE,
)
# A count followed by one of these is the people under the manager's managers, not directs.
# "them", "my 4 managers", "those leads": the managers the skip-level population sits under.
THEIR_MANAGERS = (
    r"(?:them|(?:my|the|those|our|their)\s+(?:\w+\s+)?"
    r"(?:managers|leads|supervisors|ems|team\s+leads))"
)
SKIP_TAIL = re.compile(
    rf"^\s*(?:\w+\s+){{0,2}}(?:under\s+{THEIR_MANAGERS}"
    r"|below\s+them|in\s+(?:their|my|the)\s+(?:org|orgs|teams|organi[sz]ation)|across\s+(?:their|those|the)\s+teams"
    r"|in\s+total|total\b|overall|beneath|two\s+levels\s+down|as\s+skip)",
    re.IGNORECASE,
)


@cache
def _headcount_re() -> re.Pattern[str]:
    lead = (
        r"(?:\bI\s+(?:have|manage|lead|look\s+after|oversee|support|run)|\bI['’]ve\s+got"
        r"|\bI['’]m\s+(?:managing|leading)|\bmanaging|\bleading|\bwith|\bmy|\bteam\s+of"
        r"|\bgroup\s+of|\bhave|\bgot|\bof|\binherited|\bw/)"
    )
    adjectives = (
        r"(?:(?:direct|full-time|permanent|remote|amazing|great|lovely|talented|wonderful|awesome|"
        r"brilliant|smart|fantastic|total|current)\s+)*"
    )
    return re.compile(
        rf"{lead}\s+(?P<n>{NUMBER})\s+{adjectives}(?:{PEOPLE_NOUNS}\b|(?:{SENIORITY}\s+)?{role_pattern()})"
        rf"|\bteam\s+of\s+(?P<n2>{NUMBER})(?![\w-])"
        rf"|(?<![\w-])(?P<n3>{NUMBER})[- ](?:person|people|strong|member|head)\s+team\b"
        rf"|(?<![\w-])(?P<n4>{NUMBER})\s+(?:direct\s+)?(?:reports|directs)\b"
        rf"|(?:^|(?<=[.,;:\n]\s))(?P<n7>{NUMBER})\s+(?:people|folks|engineers|staff)\b"
        rf"|\bheadcount\s+(?:is\s+|of\s+)?(?P<n5>{NUMBER})(?![\w-])"
        rf"|\b(?:direct\s+)?reports\s*[:=]\s*(?P<n6>{NUMBER})(?![\w-])",
        re.IGNORECASE,
    )


@cache
def _breakdown_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?P<n>{NUMBER}|an?|one)\s+(?:{SENIORITY}\s+)?{role_pattern()}", re.IGNORECASE
    )


def headcount(text: str) -> tuple[Quantity, Span] | None:
    """The first stated number of direct reports."""
    for match in _headcount_re().finditer(text):
        group = next(g for g in ("n", "n2", "n3", "n4", "n5", "n6", "n7") if match.group(g))
        if SKIP_TAIL.match(text[match.end() : match.end() + 40]):
            continue
        quantity = read_quantity(match.group(group))
        if quantity is not None and quantity.value > 0:
            if group == "n" and match.group("noun") and _LIST_GOES_ON.match(text, match.end()):
                continue  # "7 AEs and 2 SDRs" is a breakdown, counted there
            more = _MORE.match(text, match.end())
            extra = read_quantity(more.group("n")) if more else None
            if more and extra is not None:
                # "a team of 7 developers in Madrid and 2 in Buenos Aires"
                total = quantity.value + extra.value
                return Quantity(total, total, total, quantity.approximate), match.span()
            return quantity, match.span()
    return None


_LIST_GOES_ON = re.compile(rf"\s*(?:,|and|&|plus|\+)\s+(?:and\s+)?(?:{NUMBER}|an?)\s+\w", re.I)
_MORE = re.compile(
    rf"(?:\s+(?:in|on|from|based\s+in)\s+[^,.;:\d]{{1,30}}?)?\s*(?:,|and|plus|&)\s+"
    rf"(?:another\s+)?(?P<n>{NUMBER})\s+(?:more\s+)?(?:in|on|from|based)\b",
    re.IGNORECASE,
)


def breakdown(text: str) -> list[tuple[str, str | None, Quantity, Span]]:
    """(role, seniority, count, span) for each "3 PMs", "2 senior engineers", "a designer"."""
    out: list[tuple[str, str | None, Quantity, Span]] = []
    last_end = -10
    last_noun = ""
    for match in match_at(_breakdown_re(), text, count_starts(lowered(text))):
        if match.start() < last_end:
            continue
        word = match.group("n").lower()
        if word == "both" or _under_them(text, match.start(), match.end()):
            continue
        if word in ("a", "an") and not re.fullmatch(
            r"\s*(?:,|and|&|\+|plus)\s*(?:and\s+)?", text[last_end : match.start()]
        ):
            continue
        quantity = Quantity(1, 1, 1) if word in ("a", "an") else read_quantity(match.group("n"))
        if quantity is None or quantity.value <= 0:
            continue
        seniority = match.group("seniority")
        level = SENIORITY_WORDS.get(seniority.lower().replace(" ", "-")) if seniority else None
        role = role_name(match.group("mod"), match.group("noun"))
        out.append((role, level, quantity, match.span()))
        last_end = match.end()
        last_noun = match.group("noun")
        # "5 backend engineers, 2 frontend, 1 QA": the bare "2 frontend" borrows the noun.
        while (bare := _BARE_ITEM.match(text, last_end)) is not None:
            count = read_quantity(bare.group("n"))
            if count is None:
                break
            out.append((role_name(bare.group("mod2"), last_noun), None, count, bare.span()))
            last_end = bare.end()
    return out


_BARE_ITEM = re.compile(
    rf"\s*(?:,|and|&|\+|/)\s*(?:and\s+)?(?P<n>{NUMBER})\s+(?P<mod2>{ROLE_MODIFIERS})\b(?!\s+\w*(?:er|or|ist|ant)s?\b)",
    re.IGNORECASE,
)


_SENTENCE_UNDER = re.compile(
    rf"\b(?:under|below|beneath)\s+{THEIR_MANAGERS}\b|\bin\s+their\s+teams\b|\bskip",
    re.IGNORECASE,
)


_UNDER_WHOM = re.compile(r"\b(?:under|below|beneath)\s+(?:my|the|our|those|their)\s+$", re.I)


def _under_them(text: str, start: int, end: int) -> bool:
    """A count of the people under the manager's managers, not of their direct reports."""
    if SKIP_TAIL.match(text[end : end + 40]) or _EACH_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return True
    if _UNDER_WHOM.search(text, max(0, start - 20), start):
        return False  # "under my 4 managers": these are the managers, the directs
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start))
    right = min(
        (i for i in (text.find(".", end), text.find("\n", end)) if i >= 0), default=len(text)
    )
    sentence = text[left + 1 : right]
    return bool(_SENTENCE_UNDER.search(sentence)) and not re.search(
        r"\b(?:I\s+(?:have|manage|lead)|my\s+directs?|report\s+to\s+me)\b",
        text[left + 1 : start],
        re.I,
    )
