"""The small pattern language the gate's rules are written in, and the engine that runs it.

A pattern is matched against one logical line of normalised text (lower case, `1:1` for
every spelling of the meeting). Its parts are separated by ` ... `, which means "later in
the same clause" (no `.`, `;`, `!` or `?` in between, at most `gap` characters). A part is a
list of alternatives separated by `|`; `word*` means the word with any ending; a word
boundary is added at each end of an alternative that starts or ends with a letter or digit.
Anything else is a regular expression.

Speed matters (a 40 KB pack in a few milliseconds), so a pattern's regular expression only
runs on candidate lines: `keys.required` works out which words a match cannot do without,
and the pack's word index gives the lines holding them. A pattern that needs no word we can
look up reads every line of its scope (fine for a topic, avoided for the whole pack).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from oneos.gate.index import bits_of, ids_of
from oneos.gate.keys import Need, lines_needed, need_data, need_from_data, required
from oneos.gate.text import Document

_META = set("\\.^$*+?{}[]()|")
_QUANT = set("?*+{")
# After an ASCII word character: the one before it is not one. `(?<!\w\w)` says the same
# (the character just read is one); `.` compiles with less work than a second `\w`.
_AFTER_START = r"(?<!\w.)"
_SUFFIX = re.compile(r"(?<=[a-z0-9])(?<!\\[a-zA-Z])\*")  # `word*`, not `\d*`
_CLAUSE_END = ".;!?"
_SINGLE_WORD = re.compile(r"[a-z]{3,}\*?")
# Words that turn a harmful-looking instruction into a warning against it.
NEGATION = re.compile(
    r"\b(?:not|never|no|nor|neither|none|nothing|without|avoid\w*|refrain\w*|stop\w*|"
    r"instead of|rather than|cannot|can't|don't|doesn't|isn't|aren't|won't|shouldn't|"
    r"mustn't|wouldn't|didn't)\b|n't\b"
)
MAX_EVIDENCE = 1  # lines of evidence kept per signal: the first place it is found


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a rule matched: the physical line number and the author's words there."""

    line: int
    text: str


# The gate's internal records are named tuples, immutable as frozen dataclasses are, or,
# where their fields are read on every pack, plain slotted classes (`Signal`, `Rule`,
# `needs.Node`, `text.Heading`): defining a frozen dataclass costs several times what
# either does, and the gate defines a dozen at import, on the critical path of `oneos pack`.
# The public report types (`Evidence`, `report.py`) stay dataclasses.
class Finding(NamedTuple):
    """The outcome of one signal on one pack: found or not, and where (logical line, offset)."""

    found: bool
    hits: tuple[tuple[int, int], ...] = ()
    count: int = 0  # type: ignore[assignment]  # shadows tuple.count, which nothing calls


class Signal:
    """One thing the gate looks for, written in the pattern language above.

    A plain slotted class, as `Rule` is: its fields are read on every pack; never changed.
    """

    __slots__ = ("gap", "id", "min_hits", "patterns", "plain", "says", "scope")

    def __init__(
        self,
        id: str,
        says: str,
        patterns: tuple[str, ...],
        scope: str = "doc",
        plain: bool = False,
        gap: int = 60,
        min_hits: int = 1,
    ) -> None:
        self.id = id
        self.says = says
        """What it looks for, in plain words (shown in reasons, fixes and `--explain`)."""
        self.patterns = patterns
        self.scope = scope
        """`doc`, or topic names separated by spaces (their sections plus lines naming them)."""
        self.plain = plain
        """Count only matches whose clause has no negation: used for harmful instructions."""
        self.gap = gap
        self.min_hits = min_hits


class Rule:
    """A pattern's expression, compiled on first use, and the words no match can do without.

    Compiling is most of what importing the gate costs, and many rules never run on a given
    pack (their words are absent, or the word index alone answers them), so each expression
    is compiled the first time a line needs it.
    """

    __slots__ = ("_ascii", "_one_form", "_regex", "need", "source", "words_only")

    def __init__(self, source: str, need: Need, words_only: bool = False) -> None:
        self.source = source
        self.need = need
        self.words_only = words_only
        """The pattern is a list of single words: the word index alone answers it."""
        self._regex: re.Pattern[str] | None = None
        self._ascii: re.Pattern[str] | None = None
        # On ASCII lines, \b and \w may take the cheap ASCII tests and mean the same; \s
        # may not (it also matches non-ASCII spaces), so such an expression keeps one form.
        self._one_form = "\\s" in source or "\\S" in source

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled expression."""
        if self._regex is None:
            self._regex = re.compile(self.source)
        return self._regex

    def on(self, line: str) -> re.Pattern[str]:
        """The compiled expression to run on this line."""
        if self._one_form or not line.isascii():
            return self.regex
        if self._ascii is None:
            self._ascii = re.compile(self.source, re.ASCII)
        return self._ascii


def compile_signal(signal: Signal) -> tuple[Rule, ...]:
    """Turn a signal's patterns into rules that know which words locate their candidates."""
    table = _table()
    rules = []
    for pattern in signal.patterns:
        _PATTERNS.add((signal.gap, pattern))
        known = table.get(f"{signal.gap} {pattern}")
        if known is None:
            rules.append(build_rule(pattern, signal.gap))
        else:
            source, need, words_only = known
            rules.append(Rule(source, need_from_data(need), words_only))
    return tuple(rules)


def build_rule(pattern: str, gap: int) -> Rule:
    """One pattern's rule, worked out from the pattern."""
    words_only = " ... " not in pattern and all(
        _SINGLE_WORD.fullmatch(a) for a in _alternatives(pattern)
    )
    # `required` reads the plain form, which it understands; the engine runs the fast one.
    need = required(expression(pattern, gap))
    return Rule(expression(pattern, gap, lead=True), need, words_only)


# What `build_rule` gives for each of the lexicon's patterns ships in `data/rules.json`:
# working them out was most of what importing the gate cost. `python -m oneos.datafiles`
# rebuilds it, and a test fails when it is out of date; a pattern it lacks is worked out.
TABLE = os.path.join(os.path.dirname(os.path.realpath(__file__)), "data", "rules.json")
_PATTERNS: set[tuple[int, str]] = set()  # (gap, pattern) of every rule compiled so far


@cache
def _table() -> dict[str, Any]:
    import json

    try:
        with open(TABLE, encoding="utf-8") as handle:
            table: dict[str, Any] = json.load(handle)
    except FileNotFoundError:
        return {}
    return table


def build_table() -> bytes:
    """`data/rules.json` as it should be: each pattern of the gate's rules, worked out.

    It covers the rules compiled in this process, so run it in a fresh one.
    """
    import json

    import oneos.gate  # noqa: F401  (compiles every rule of the gate)

    table = {}
    for gap, pattern in sorted(_PATTERNS):
        rule = build_rule(pattern, gap)
        table[f"{gap} {pattern}"] = [rule.source, need_data(rule.need), rule.words_only]
    return (json.dumps(table, indent=1, ensure_ascii=False) + "\n").encode()


def expression(pattern: str, gap: int = 60, lead: bool = False) -> str:
    """The regular expression for one pattern.

    With `lead`, the form the engine runs: the leading word boundary is checked after the
    first letter (`\\bx...` is `x(?<!\\w.)...` for an ASCII word character x), so the regex
    engine can skip to the letters a match can start with instead of trying every position;
    and it is written with fewer groups and boundaries (see `_lean`). Same matches.
    """
    joint = rf"[^.;!?\n]{{0,{gap}}}?"
    parts = pattern.split(" ... ")
    if lead:
        return joint.join(_lean(_alternatives(p), lead=not k) for k, p in enumerate(parts))
    return joint.join(map(_part, parts))


def needs_full_read(rules: tuple[Rule, ...]) -> bool:
    """True when some rule has no words to locate it (it reads every line of its scope)."""
    return any(r.need.empty for r in rules)


def _alternatives(part: str) -> list[str]:
    """Split on `|` at the top level (not inside groups or classes), trimmed."""
    return [a.strip() for a in top_level(part) if a.strip()]


def top_level(part: str) -> list[str]:
    """Split on `|` at the top level (not inside groups or classes), as written."""
    out, depth, start, escaped, in_class = [], 0, 0, False, False
    for i, c in enumerate(part):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(part[start:i])
            start = i + 1
    out.append(part[start:])
    return out


def lead_boundaries(source: str) -> str:
    """A regular expression with each leading `\\bx` (x a word character) written as
    `x(?<!\\w.)`: the same matches (see `expression`), and when every alternative then
    starts with a letter the engine skips to the letters a match can start with."""
    alternatives = top_level(source)
    for k, alternative in enumerate(alternatives):
        rest = alternative[2:]
        if alternative.startswith("\\b") and _leads(rest):
            alternatives[k] = rest[0] + _AFTER_START + rest[1:]
    return "|".join(alternatives)


def _leads(body: str) -> bool:
    """Whether a leading `\\b` may be checked after the first character (see `expression`)."""
    first = body[:1]
    return first.isascii() and first.isalnum() and body[1:2] not in _QUANT


def _ends_word(alternative: str) -> bool:
    """Whether an alternative ends with a word character, so a word boundary follows it."""
    tail = alternative.rstrip(")")
    if tail.endswith("?") and not tail.endswith("\\?"):
        return tail[-2:-1].isalnum() or tail[-2:-1] == ")"
    return tail[-1:].isalnum() or tail.endswith("*")


def _bounded(alternative: str, start: bool = True) -> str:
    body = _SUFFIX.sub(r"\\w*", alternative)
    head = r"\b" if start and alternative[0].isalnum() else ""
    return f"{head}(?:{body})" + (r"\b" if _ends_word(alternative) else "")


def _part(part: str) -> str:
    """A part in its plain form: each alternative in a group with its own boundaries."""
    alternatives = _alternatives(part)
    if all(a[0].isalnum() for a in alternatives):
        # One leading boundary for all: the engine then tries alternatives at word starts only.
        return r"\b(?:" + "|".join(_bounded(a, start=False) for a in alternatives) + ")"
    return "(?:" + "|".join(_bounded(a) for a in alternatives) + ")"


def _lean(alternatives: list[str], lead: bool) -> str:
    """A part as `_part` writes it, in a shorter source that the engine runs the same way.

    Compiling the rules is most of a first score, and the regex parser's cost grows with the
    source: an alternative needs no group of its own (it has no top-level `|`), and when
    every alternative ends with a word boundary, one `\\b` after the group does what one per
    alternative did, trying the alternatives in the same order.
    """
    shared = not lead and all(a[0].isalnum() for a in alternatives)
    bodies, ends = [], []
    for alternative in alternatives:
        body = _SUFFIX.sub(r"\\w*", alternative)
        if lead and _leads(body):
            body = body[0] + _AFTER_START + body[1:]
        elif not shared and alternative[0].isalnum():
            body = r"\b" + body
        bodies.append(body)
        ends.append(_ends_word(alternative))
    tail = r"\b" if all(ends) else ""
    if not tail:
        bodies = [b + r"\b" if e else b for b, e in zip(bodies, ends, strict=True)]
    group = bodies[0] if len(bodies) == 1 else "(?:" + "|".join(bodies) + ")"
    return (r"\b" if shared else "") + group + tail


def candidates(doc: Document, rule: Rule, scope: int | None) -> Iterator[int]:
    """Lines holding every word the rule needs, in order; all scope lines if it needs none."""
    return ids_of(_candidate_bits(doc, rule, scope))


def _candidate_bits(doc: Document, rule: Rule, scope: int | None) -> int:
    found = lines_needed(doc, rule.need)
    if found is None:
        return scope if scope is not None else (1 << len(doc.norm)) - 1
    return found if scope is None else found & scope


def candidate_bits(doc: Document, rules: tuple[Rule, ...], scope: int | None) -> int:
    """Every line some rule may match (a superset of where they match), as a bit set."""
    bits = 0
    for rule in rules:
        bits |= _candidate_bits(doc, rule, scope)
    return bits


def matches(
    doc: Document, rules: tuple[Rule, ...], scope: int | None, *, plain: bool = False
) -> Iterator[tuple[int, int]]:
    """What `scan(..., limit=0)` returns, lazily, for a caller that may stop early: each
    line's offset comes from the first rule, in order, that matches it."""
    norm = doc.norm
    if len(rules) == 1:
        rule = rules[0]
        for index in candidates(doc, rule, scope):
            line = norm[index]
            start = _match(rule.on(line), line, plain)
            if start >= 0:
                yield index, start
        return
    each = [(rule, _candidate_bits(doc, rule, scope)) for rule in rules]
    union = 0
    for _, bits in each:
        union |= bits
    for index in ids_of(union):
        for rule, bits in each:
            if bits >> index & 1:
                line = norm[index]
                start = _match(rule.on(line), line, plain)
                if start >= 0:
                    yield index, start
                    break


def scan(
    doc: Document,
    rules: tuple[Rule, ...],
    scope: int | None,
    *,
    plain: bool = False,
    limit: int = MAX_EVIDENCE,
) -> list[tuple[int, int]]:
    """(logical line, offset) of matches in the scope (a bit set), one per line, in order.

    Stops once `limit` lines are found (0 = find them all). Deterministic: rules are tried
    in order, each from the top of the scope.
    """
    found: dict[int, int] = {}
    norm = doc.norm
    for rule in rules:
        for index in candidates(doc, rule, scope):
            if index in found:
                continue
            line = norm[index]
            start = _match(rule.on(line), line, plain)
            if start >= 0:
                found[index] = start
                if limit and len(found) >= limit:
                    return sorted(found.items())
    return sorted(found.items())


def _match(regex: re.Pattern[str], line: str, plain: bool) -> int:
    if not plain:
        m = regex.search(line)
        return -1 if m is None else m.start()
    for m in regex.finditer(line):
        if not negated(line, m.start(), m.end()):
            return m.start()
    return -1


def negated(line: str, start: int, end: int) -> bool:
    """True when the clause around a match carries a negation ("never", "don't", ...)."""
    begin = max(line.rfind(c, 0, start) for c in _CLAUSE_END) + 1
    stops = [p for p in (line.find(c, end) for c in _CLAUSE_END) if p != -1]
    return NEGATION.search(line, begin, min(stops) if stops else len(line)) is not None


def lines_matching(doc: Document, rules: tuple[Rule, ...]) -> int:
    """Every line where some rule matches, as a bit set (offsets not needed).

    Word-only rules take the index's answer as it is; it can include a line where the word
    touches a non-ASCII letter, which is harmless for deciding what belongs to a topic.
    """
    bits = 0
    for rule in rules:
        if rule.words_only and not rule.need.empty:
            bits |= lines_needed(doc, rule.need) or 0
        else:
            bits |= bits_of(i for i, _ in scan(doc, (rule,), None, limit=0))
    return bits


def evidence(doc: Document, hits: tuple[tuple[int, int], ...]) -> tuple[Evidence, ...]:
    """Line numbers and the author's words for the first few hits."""
    return tuple(
        Evidence(line=doc.line_of(i, start), text=doc.excerpt(i, start))
        for i, start in hits[:MAX_EVIDENCE]
    )
