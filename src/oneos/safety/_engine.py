"""The triage rules at work: load and compile them once, find every hit in a text, and name
who an HR mention is about. `oneos.safety.triage` turns the hits into a verdict."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from oneos.model.base import Record
from oneos.safety._data import QUOTES, KeywordFinder, Pattern, compile_any, load, sentences
from oneos.safety._reading import Benign, read
from oneos.safety.triage import Category, Mention

_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


class _Matcher(Record, frozen=True):
    pattern: Pattern
    requires: Pattern | None


class _AskedBefore(Record, frozen=True):
    """A request cue must come shortly before the match, with no turning word between."""

    within: int
    cue: Pattern
    not_between: Pattern

    def start(self, source: str, sentence_start: int, match_start: int) -> int | None:
        """Where the governing cue starts, or None when nothing asks for the match."""
        left = max(sentence_start, match_start - self.within)
        for cue in self.cue.finditer(source, left, match_start):
            if not self.not_between.search(source, cue.end(), match_start):
                return cue.start()
        return None


class _Rule(Record, frozen=True):
    id: str
    category: Category
    kind: str
    raw: bool
    keywords: tuple[str, ...]
    matchers: tuple[_Matcher, ...]
    requires: Pattern | None
    unless: Pattern | None
    asked_before: _AskedBefore | None


class _Rules(Record, frozen=True):
    benign: tuple[Benign, ...]
    rules: tuple[_Rule, ...]
    mention_cues: Pattern
    request_cues: Pattern
    keywords: KeywordFinder
    not_names: frozenset[str]


class _Hit(Record, frozen=True):
    rule: _Rule
    start: int
    end: int
    sentence: tuple[int, int]
    verdict: str  # a category, or "mention"
    carried: bool = False  # a later reference to a matter already mentioned


def _keywords(raw: list[Any]) -> tuple[str, ...]:
    return tuple(str(k).lower() for k in raw)


@cache
def _rules() -> _Rules:
    data = load("triage.yaml")
    fragments: dict[str, str] = data["fragments"]

    def optional(pattern: str | None) -> Pattern | None:
        return compile_any(pattern, fragments) if pattern else None

    def asked_before(raw: dict[str, Any] | None) -> _AskedBefore | None:
        if raw is None:
            return None
        return _AskedBefore(
            within=int(raw["within"]),
            cue=compile_any(raw["cue"], fragments),
            not_between=compile_any(raw["not_between"], fragments),
        )

    def rule(raw: dict[str, Any]) -> _Rule:
        matchers = [_Matcher(compile_any(raw["patterns"], fragments), None)]
        for extra in raw.get("conditional", []):
            matchers.append(
                _Matcher(compile_any(extra["pattern"], fragments), optional(extra["requires"]))
            )
        return _Rule(
            id=raw["id"],
            category=raw["category"],
            kind=raw.get("kind", "always"),
            raw=bool(raw.get("raw", False)),
            keywords=_keywords(raw["keywords"]),
            matchers=tuple(matchers),
            requires=optional(raw.get("requires")),
            unless=optional(raw.get("unless")),
            asked_before=asked_before(raw.get("asked_before")),
        )

    benign = tuple(
        (_keywords(b["keywords"]), compile_any(b["pattern"], fragments)) for b in data["benign"]
    )
    rules = tuple(rule(r) for r in data["rules"])
    every = {k for keywords, _ in benign for k in keywords} | {k for r in rules for k in r.keywords}
    return _Rules(
        benign=benign,
        rules=rules,
        keywords=KeywordFinder(every),
        not_names=frozenset(str(n) for n in data["not_names"]),
        mention_cues=compile_any(data["mention_cues"], fragments),
        request_cues=Pattern(
            "|".join(f"(?:{p})" for p in data["request_cues"]),
            re.IGNORECASE | re.ASCII | re.MULTILINE,
        ),
    )


def _sentence_allows(rule: _Rule, matcher: _Matcher, sentence: str) -> bool:
    """The rule's sentence-level conditions; checked only once a pattern has matched."""
    if rule.requires and not rule.requires.search(sentence):
        return False
    if matcher.requires and not matcher.requires.search(sentence):
        return False
    return not (rule.unless and rule.unless.search(sentence))


class _Verdicts:
    """Decides whether an hr match asks for the HR process or mentions one HR owns."""

    def __init__(self, rules: _Rules, masked: str) -> None:
        self.rules = rules
        self.masked = masked
        self.owned: dict[tuple[int, int], bool] = {}

    def __call__(self, rule: _Rule, start: int, sentence: tuple[int, int]) -> str:
        if rule.category != "hr" or rule.kind == "always":
            return rule.category
        owned = self.owned.get(sentence)
        if owned is None:
            text = self.masked[sentence[0] : sentence[1]]
            owned = self.owned[sentence] = bool(self.rules.mention_cues.search(text))
        if rule.kind == "topic" or not owned:
            return "mention" if owned else "hr"
        asked = self.rules.request_cues.search(self.masked[sentence[0] : start])
        return "hr" if asked else "mention"


def find_hits(original: str, prefilter: bool = True) -> list[_Hit]:
    rules = _rules()
    text = original.translate(QUOTES)
    reading = read(text, sentences(text), rules.keywords, rules.benign, prefilter)
    verdict = _Verdicts(rules, reading.masked)
    hits: list[_Hit] = []
    for rule in rules.rules:
        source = text if rule.raw else reading.masked
        for bounds in reading.where(rule.keywords, rule.raw):
            for matcher in rule.matchers:
                allowed: bool | None = None
                for match in matcher.pattern.finditer(source, bounds[0], bounds[1]):
                    if allowed is None:
                        allowed = _sentence_allows(rule, matcher, source[bounds[0] : bounds[1]])
                    if not allowed:
                        break
                    start: int | None = match.start()
                    if rule.asked_before is not None:
                        start = rule.asked_before.start(source, bounds[0], match.start())
                    if start is None or match.end() == start:
                        continue
                    hits.append(
                        _Hit(rule, start, match.end(), bounds, verdict(rule, start, bounds))
                    )
    hits.sort(key=lambda h: (h.start, -h.end))
    return _carry_mentions(hits)


def _carry_mentions(hits: list[_Hit]) -> list[_Hit]:
    """Once a text says HR owns a matter, later bare references to HR topics are the same one.

    "Noor is on a PIP run by HR. Keep anything about the PIP out." is one mention, not a
    request; asking to act ("start a PIP") is an `always` or `action` rule and stays hr.
    """
    carried: list[_Hit] = []
    owned = False
    for hit in hits:
        if owned and hit.verdict == "hr" and hit.rule.kind == "topic":
            hit = _Hit(hit.rule, hit.start, hit.end, hit.sentence, "mention", carried=True)
        owned = owned or hit.verdict == "mention"
        carried.append(hit)
    return carried


def _person(text: str, start: int, sentence: tuple[int, int]) -> str | None:
    """The capitalised word nearest before the mention (else after) that is not a non-name."""
    not_names = _rules().not_names
    before = [m.group() for m in _NAME.finditer(text, sentence[0], start)]
    after = [m.group() for m in _NAME.finditer(text, start, sentence[1])]
    for name in [*reversed(before), *after]:
        if name not in not_names:
            return name
    return None


def find_mentions(text: str, hits: list[_Hit]) -> tuple[Mention, ...]:
    found: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for hit in hits:
        if hit.verdict != "mention" or hit.carried or hit.sentence in seen:
            continue
        seen.add(hit.sentence)
        found.append(
            Mention(
                person=_person(text, hit.start, hit.sentence),
                trigger=text[hit.start : hit.end],
                span=(hit.start, hit.end),
                sentence=text[hit.sentence[0] : hit.sentence[1]].strip(),
                rule=hit.rule.id,
            )
        )
    return tuple(found)
