"""The words free-text intake listens for, loaded from intake/data/lexicon.yaml."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from oneos.datafiles import INTAKE, read_data
from oneos.intake.rx import Rx, rx

Table = tuple[tuple[str, str], ...]


def _load() -> dict[str, Any]:
    raw_data = read_data("lexicon.yaml", INTAKE)
    data: dict[str, Any] = raw_data
    return data


def _table(name: str) -> Table:
    return tuple((key, "|".join(alternatives)) for key, alternatives in _LEXICON[name].items())


_LEXICON = _load()
FLAG_CUES = _table("flags")
EVENT_CUES = _table("events")
FAILURE_CUES = _table("failure_modes")
GOAL_CUES = _table("goals")
DOC_TOOLS = _table("doc_tools")
TRACKERS = _table("trackers")
EVENT_HAPPENED = "|".join(_LEXICON["event_happened"])
WANT = "|".join(_LEXICON["want"])
SENIORITY_WORDS: dict[str, str] = _LEXICON["seniority_words"]
ROLE_NOUNS: dict[str, str] = _LEXICON["roles"]
ROLE_ACRONYMS: dict[str, str] = _LEXICON["role_acronyms"]
ROLE_MODIFIERS = "|".join(_LEXICON["role_modifiers"])
MANAGER_ROLES = frozenset(_LEXICON["manager_roles"])
NOT_NAMES = frozenset(_LEXICON["not_names"])
SENIORITY = (
    r"(?P<seniority>junior|graduate|entry-level|mid[- ]level|mid|intermediate|senior"
    r"|staff|principal|lead)"
)

# Role nouns: singular or plural form -> the role name written into the context.
# Words for "the people who report to me".
PEOPLE_NOUNS = (
    r"(?:direct\s+reports?|reports|directs|people|folks|persons|(?:team\s+)?members|ICs|staff|"
    r"employees|humans|individual contributors|teammates|heads)"
)

NEGATED = r"\b(?:no|not|without|never|any|avoid|prevent)\s+(?:\w+\s+)?$"


def same_role(a: str | None, b: str | None) -> bool:
    """'Supervisor' names the same people as 'Shift supervisor'; 'PM' as 'Product manager'."""
    if not a or not b:
        return False
    x, y = a.lower(), b.lower()
    return x == y or x.endswith(" " + y) or y.endswith(" " + x)


def is_manager_role(role: str) -> bool:
    """A role whose holder manages people: 'Shift lead', 'Engineering manager'."""
    if role in MANAGER_ROLES:
        return True
    last = role.split()[-1].lower()
    not_people = ("product", "project", "program", "account", "customer success", "tech", "lab")
    return last in ("manager", "lead", "supervisor") and not role.lower().startswith(not_people)


def _plural(noun: str) -> str:
    last = noun.split()[-1]
    if last.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


@cache
def role_pattern() -> str:
    """A regex for a role noun with an optional modifier; groups `mod` and `noun`."""
    nouns = sorted(ROLE_NOUNS, key=len, reverse=True)
    words = "|".join(f"{re.escape(n)}(?:s|es)?" for n in nouns)
    acronyms = "|".join(ROLE_ACRONYMS)
    return (
        rf"(?:(?P<mod>{ROLE_MODIFIERS})\s+)?"
        rf"(?P<noun>(?:{words})|(?-i:(?:{acronyms})s?))\b"
    )


def role_name(mod: str | None, noun: str) -> str:
    """'backend', 'engineers' -> 'Backend engineer'; 'PMs' -> 'Product manager'."""
    bare = noun[:-1] if noun.endswith("s") and noun[:-1] in ROLE_ACRONYMS else noun
    if bare in ROLE_ACRONYMS:
        base = ROLE_ACRONYMS[bare]
    else:
        low = noun.lower()
        for candidate in (low, low[:-1], low[:-2]):
            if candidate in ROLE_NOUNS:
                base = ROLE_NOUNS[candidate]
                break
        else:
            base = noun.capitalize()
    if mod and mod.lower() not in base.lower():
        return f"{mod[0].upper()}{mod[1:]} {base[0].lower()}{base[1:]}"
    return base


# Words for "the people who report to me".


@cache
def compiled(table_name: str) -> tuple[tuple[str, Rx], ...]:
    """A cue table with its patterns compiled once (run them on lowered text, see rx.py)."""
    table: Table = globals()[table_name]
    return tuple((key, rx(pattern)) for key, pattern in table)
