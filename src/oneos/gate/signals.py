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
On the first lines of a first pack, a rule reads its phrases instead (`phrases.py`): the
same matches, without paying to compile the expression.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from oneos.gate.document import Document
from oneos.gate.index import bits_of, ids_of
from oneos.gate.keys import (
    Need,
    lines_needed,
    need_data,
    need_from_data,
    required,
)
from oneos.gate.patterns import alternatives_of, compiled, expression, written
from oneos.gate.phrases import Form
from oneos.gate.phrases import first as first_phrase
from oneos.gate.phrases import starts as phrase_starts

if TYPE_CHECKING:
    from oneos.gate.report import Evidence

_CLAUSE_END = ".;!?"
_SINGLE_WORD = r"[a-z]{3,}\*?"
# Words that turn a harmful-looking instruction into a warning against it.
NEGATION = (
    r"\b(?:not|never|no|nor|neither|none|nothing|without|avoid\w*|refrain\w*|stop\w*|"
    r"instead of|rather than|cannot|can't|don't|doesn't|isn't|aren't|won't|shouldn't|"
    r"mustn't|wouldn't|didn't)\b|n't\b"
)
MAX_EVIDENCE = 1  # lines of evidence kept per signal: the first place it is found
# A rule reads its phrases (`phrases.py`) for this many lines of the first pack it reads,
# then its whole expression, which is faster once compiled.
FIRST_LINES = 32
# Longer lines read the expression: phrases keep every position a step may reach, which on a
# long run of digits or candidates grows faster than the line (the engine stops early).
PHRASE_LINE_MAX = 2_000


# The gate's internal records are named tuples, immutable as frozen dataclasses are, or,
# where their fields are read on every pack, plain slotted classes (`Signal`, `Rule`,
# `needs.Node`, `text.Heading`): defining a frozen dataclass costs several times what
# either does, and the gate defines a dozen at import, on the critical path of `oneos pack`.
# The public report types (`report.py`, `Evidence` among them) stay dataclasses; they load
# with the report, which `oneos pack` does without (see `verdict.py`).
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
    """A pattern's expression, compiled on first use, its phrases, and the words no match can
    do without.

    Compiling every expression at import was most of what importing the gate cost, and many
    rules never run on a given pack (their words are absent, or the word index alone answers
    them), so each expression is compiled the first time a line needs it, and on a first
    pack, only after its phrases have read `FIRST_LINES` lines (see `first`).
    """

    __slots__ = (
        *("_ascii", "_one_form", "_regex"),
        *("form", "left", "need", "pack", "source", "words_only"),
    )

    def __init__(
        self, source: str, need: Need, words_only: bool = False, form: Form | None = None
    ) -> None:
        self.source = source
        self.need = need
        self.words_only = words_only
        """The pattern is a list of single words: the word index alone answers it."""
        self.form = form
        """The pattern written out as phrases, or None (see `phrases.py`)."""
        self.left = FIRST_LINES if form else 0
        """Lines still to read with the phrases rather than the whole expression."""
        self.pack = 0
        """The `id` of the pack it read them in: the next pack reads the whole expression."""
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
            source, need, words_only, form = known
            rules.append(Rule(source, need_from_data(need), words_only, form))
    return tuple(rules)


def build_rule(pattern: str, gap: int) -> Rule:
    """One pattern's rule, worked out from the pattern."""
    single = " ... " not in pattern
    alternatives = alternatives_of(pattern) if single else []
    words_only = single and all(compiled(_SINGLE_WORD).fullmatch(a) for a in alternatives)
    # `required` reads the plain form, which it understands; the engine runs the fast one.
    need = required(expression(pattern, gap))
    return Rule(expression(pattern, gap, lead=True), need, words_only, written(pattern, gap))


# What `build_rule` gives for each of the lexicon's patterns ships in `rule_table.py`:
# working them out was most of what importing the gate cost. It is Python (tuples of
# constants) rather than JSON, so loading it is reading its compiled bytecode, not importing
# `json` and decoding 120 KB. `python -m oneos.datafiles` rebuilds it, and a test fails when
# it is out of date; a pattern it lacks is worked out.
TABLE = os.path.join(os.path.dirname(os.path.realpath(__file__)), "rule_table.py")
_PATTERNS: set[tuple[int, str]] = set()  # (gap, pattern) of every rule compiled so far


@cache
def _table() -> dict[str, Any]:
    try:
        from oneos.gate.rule_table import RULES
    except ImportError:
        return {}
    return RULES


def build_table() -> bytes:
    """`rule_table.py` as it should be: each pattern of the gate's rules, worked out.

    It covers the rules compiled in this process, so run it in a fresh one.
    """
    import oneos.gate  # noqa: F401  (compiles every rule of the gate)

    rows = []
    for gap, pattern in sorted(_PATTERNS):
        rule = build_rule(pattern, gap)
        row = (rule.source, need_data(rule.need), rule.words_only, rule.form)
        rows.append(f"    {f'{gap} {pattern}'!r}: {row!r},\n")
    head = '"""The gate\'s rules worked out from their patterns: generated by `python -m '
    head += 'oneos.datafiles`."""\n\nfrom typing import Any\n\nRULES: dict[str, Any] = {\n'
    return (head + "".join(rows) + "}\n").encode()


def needs_full_read(rules: tuple[Rule, ...]) -> bool:
    """True when some rule has no words to locate it (it reads every line of its scope)."""
    return any(r.need.empty for r in rules)


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
    if len(rules) == 1:
        rule = rules[0]
        for index in ids_of(_candidate_bits(doc, rule, scope)):
            start = first(doc, rule, index, plain)
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
                start = first(doc, rule, index, plain)
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
        bits = _candidate_bits(doc, rule, scope)
        whole = not (rule.left or plain)  # then `first` runs the whole expression: inline
        while bits:  # `ids_of`, inline too (some 93 scans a pack, 750 lines)
            index = (low := bits & -bits).bit_length() - 1
            bits ^= low
            if index in found:
                continue
            if whole:
                m = rule.on(line := norm[index]).search(line)
                start = -1 if m is None else m.start()
            else:
                start = first(doc, rule, index, plain)
            if start >= 0:
                found[index] = start
                if limit and len(found) >= limit:
                    return sorted(found.items())
    return sorted(found.items())


def first(doc: Document, rule: Rule, index: int, plain: bool = False) -> int:
    """Where the rule first matches on a candidate line (-1: nowhere).

    For its first `FIRST_LINES` lines of its first pack, a rule reads its phrases (see
    `phrases.py`) rather than compiling its expression: a process that scores one pack
    compiles only the rules that read many lines of it; one that scores many runs the whole
    expressions from its second pack. A negation-aware scan reads every match, which the
    phrases give too unless a match may span clauses.
    """
    line = doc.norm[index]
    if rule.left:
        form = rule.form
        if rule.pack not in (0, id(doc)):
            rule.left = 0
        elif form is not None and not (plain and form[1]) and len(line) <= PHRASE_LINE_MAX:
            rule.pack = id(doc)
            rule.left -= 1
            if plain:
                return _unnegated_start(line, phrase_starts(line, form))
            return first_phrase(line, form)
    if plain:
        return _unnegated(rule.on(line), line)
    m = rule.on(line).search(line)
    return -1 if m is None else m.start()


def _unnegated_start(line: str, starts: list[int]) -> int:
    """The first of these match starts whose clause has no negation (matches that do not
    span clauses: the clause around a match is the one around its start)."""
    for start in starts:
        if not negated(line, start, start):
            return start
    return -1


def _unnegated(regex: re.Pattern[str], line: str) -> int:
    for m in regex.finditer(line):
        if not negated(line, m.start(), m.end()):
            return m.start()
    return -1


def negated(line: str, start: int, end: int) -> bool:
    """True when the clause around a match carries a negation ("never", "don't", ...)."""
    begin = max(line.rfind(c, 0, start) for c in _CLAUSE_END) + 1
    stops = [p for p in (line.find(c, end) for c in _CLAUSE_END) if p != -1]
    return compiled(NEGATION).search(line, begin, min(stops) if stops else len(line)) is not None


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
    from oneos.gate.report import Evidence

    return tuple(Evidence(doc.line_of(i, at), doc.excerpt(i, at)) for i, at in hits[:MAX_EVIDENCE])
