"""The privacy lint (sensitive personal data in contexts and notes) and stable name aliases."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from typing import Any, Literal

from oneos.model.base import Model, Record
from oneos.safety._data import QUOTES, KeywordFinder, Pattern, compile_any, load
from oneos.safety._reading import line_spans, read

PrivacyCategory = Literal[
    "health",
    "mental-health",
    "pregnancy",
    "religion",
    "sexual-orientation",
    "union",
    "immigration",
    "family",
    "email",
    "phone",
    "government-id",
]
# Contact details and identifiers: where two overlap, the earlier in this list names it.
_IDENTIFIERS: tuple[str, ...] = ("email", "government-id", "phone")


class PrivacyFinding(Model, frozen=True, kw_only=True):
    """One piece of sensitive personal data, where it is, and a safer wording."""

    line: int  # 1-based line number.
    column: int  # 1-based column of the first character of the match.
    category: PrivacyCategory  # What kind of sensitive data it is.
    match: str  # The exact text that was found.
    suggestion: str  # An anonymised wording to use instead of the match.
    rule: str  # The id of the rule that matched.


class _Rule(Record, frozen=True):
    id: str
    category: PrivacyCategory
    keywords: tuple[str, ...]
    pattern: Pattern
    unless: Pattern | None
    replace: str
    check: str | None


class _Rules(Record, frozen=True):
    rules: tuple[_Rule, ...]
    keywords: KeywordFinder


@cache
def _rules() -> _Rules:
    data = load("privacy.yaml")
    fragments: dict[str, str] = data.get("fragments", {})
    defaults: dict[str, str] = data["suggestions"]

    def rule(raw: dict[str, Any]) -> _Rule:
        unless = raw.get("unless")
        return _Rule(
            id=raw["id"],
            category=raw["category"],
            keywords=tuple(str(k).lower() for k in raw.get("keywords", [])),
            pattern=compile_any(raw["patterns"], fragments),
            unless=compile_any(unless, fragments) if unless else None,
            replace=raw.get("replace", defaults[raw["category"]]),
            check=raw.get("check"),
        )

    rules = tuple(rule(r) for r in data["rules"])
    return _Rules(rules, KeywordFinder({k for r in rules for k in r.keywords}))


_DATE = re.compile(r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$")


def _looks_like_phone(candidate: str) -> bool:
    """A phone number, not a date, a version, a range or a big round number."""
    digits = sum(c.isdigit() for c in candidate)
    if not 9 <= digits <= 15 or _DATE.match(candidate):
        return False
    groups = re.split(r"[\s.()-]+", candidate.lstrip("+").strip("()"))
    groups = [g for g in groups if g]
    dotted = "." in candidate and not re.search(r"[\s()-]", candidate)
    if dotted and any(len(g) <= 2 for g in groups):
        return False  # a version number such as 10.4.12.1003
    # Thousands written with spaces ("120 000 000") are money or counts, not phones.
    return not (len(groups) > 2 and all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3)


def lint_privacy(text: str) -> list[PrivacyFinding]:
    """Every piece of sensitive personal data in `text`, in reading order."""
    rules = _rules()
    original, text = text, text.translate(QUOTES)
    spans = line_spans(text)
    starts = [start for start, _ in spans]
    reading = read(text, spans, rules.keywords)
    found: list[_Found] = []
    for rule in rules.rules:
        for start, end in reading.where(rule.keywords):
            for match in rule.pattern.finditer(text, start, end):
                if match.end() == match.start():
                    continue
                if rule.check == "phone" and not _looks_like_phone(match.group()):
                    continue
                if rule.unless and rule.unless.search(text, start, end):
                    break
                line = bisect_right(starts, match.start()) - 1
                column = match.start() - start
                exact = original[match.start() : match.end()]
                found.append(_Found(line, column, match.end() - start, rule, exact))
    return [
        PrivacyFinding(
            line=f.line + 1,
            column=f.start + 1,
            category=f.rule.category,
            match=f.text,
            suggestion=f.rule.replace,
            rule=f.rule.id,
        )
        for f in _drop_overlaps(found)
    ]


class _Found(Record, frozen=True):
    line: int
    start: int
    end: int
    rule: _Rule
    text: str

    def overlaps(self, other: _Found) -> bool:
        return self.line == other.line and self.start < other.end and other.start < self.end


def _drop_overlaps(found: list[_Found]) -> list[_Found]:
    """One finding per span and category; an identifier is named once (email > id > phone)."""
    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: (f.line, f.start, f.start - f.end)):
        clashes = [k for k in kept if k.overlaps(item)]
        if any(k.rule.category == item.rule.category for k in clashes):
            continue
        rivals = [k for k in clashes if k.rule.category in _IDENTIFIERS]
        if item.rule.category in _IDENTIFIERS and rivals:
            rank = _IDENTIFIERS.index
            if all(rank(item.rule.category) < rank(k.rule.category) for k in rivals):
                kept = [k for k in kept if k not in rivals]
                kept.append(item)
            continue
        kept.append(item)
    return sorted(kept, key=lambda f: (f.line, f.start))


def redact(text: str) -> str:
    """`text` with each finding replaced by its suggestion; the longest wins where they overlap."""
    chosen: list[PrivacyFinding] = []
    for finding in sorted(lint_privacy(text), key=lambda f: -len(f.match)):
        start = finding.column - 1
        end = start + len(finding.match)
        if all(
            c.line != finding.line or end <= c.column - 1 or c.column - 1 + len(c.match) <= start
            for c in chosen
        ):
            chosen.append(finding)
    lines = text.split("\n")
    for finding in sorted(chosen, key=lambda f: (f.line, f.column), reverse=True):
        line = lines[finding.line - 1]
        start = finding.column - 1
        lines[finding.line - 1] = (
            line[:start] + finding.suggestion + line[start + len(finding.match) :]
        )
    return "\n".join(lines)


def _letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: spreadsheet-style, so aliases never run out."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def alias_map(names: Sequence[str]) -> dict[str, str]:
    """Stable aliases, "Person A", "Person B", … in order of first appearance in `names`."""
    aliases: dict[str, str] = {}
    for raw in names:
        name = raw.strip()
        if name and name not in aliases:
            aliases[name] = f"Person {_letters(len(aliases))}"
    return aliases


@lru_cache(maxsize=64)
def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    # Longest first, so "Sam Lee" wins over "Sam"; whole words only, so "Sam" spares "Samir".
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)")


def anonymize(text: str, names: Sequence[str] | Mapping[str, str]) -> str:
    """Replace every whole-word, case-sensitive occurrence of each name with its alias.

    `names` is either the list of names (aliases come from `alias_map`) or an alias map
    already made, so every output of one run can share the same aliases. Possessives follow:
    "Sam's" becomes "Person A's".
    """
    aliases = dict(names) if isinstance(names, Mapping) else alias_map(names)
    aliases = {name: alias for name, alias in aliases.items() if name}
    if not aliases:
        return text
    pattern = _name_pattern(tuple(sorted(aliases)))
    return pattern.sub(lambda m: aliases[m.group()], text)
