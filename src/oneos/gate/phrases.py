"""Matching a rule without compiling it: its pattern written out as phrases.

Compiling a regular expression is most of what scoring one pack costs (`re` parses and
assembles it in Python, and `oneos pack` scores one pack per process), while most rules run
on a line or two of it. Most patterns are alternatives of words and short phrases, so they
can be written out: `1:1s? (is|are) for` is the text `1:1`, then `s` or nothing, then ` is
for` or ` are for`. A phrase's first text is found with `str.find`, the rest is checked
where it ends, and the word boundaries are checked by hand. `signals.first` runs a rule this
way on the first lines of its first pack, where compiling would cost more than it saves.

A phrase is a row of steps, each one of: a text; a branch of texts or rows of steps (the
empty text for an optional piece), which may repeat (`(shared |1:1 )*`); the rest of a word
(`word*`, `\\w*`); a run of digits (`\\d`, `\\d+`, `\\d{1,2}`); or a word boundary.
Matching keeps every position each step may end at, so a phrase that matches from a start
has every end the engine could reach by backtracking. The parts of a ` ... ` pattern chain
when the next part starts within `gap` characters of where the one before ends, in the same
clause. That is exactly what the expression asks of the engine; `tests/test_gate_phrases.py`
compares the two on every line of every fixture and golden pack and on generated lines.

Patterns using anything else (look-arounds, `.`, `\\s`, counted repeats of anything but
digits, lazy quantifiers) are not written out; their rules compile as before. Every pattern
the gate ships is written out (a test says so). `signals.build_table` writes the phrases
into the rule table at build time. This module imports only the standard library.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, TypeAlias

# A step: a text; a branch, a tuple whose items are texts (the empty text: the branch is
# optional) or rows of steps, and which starts with `REPEAT` when it repeats; or an int:
# -1 for a word boundary, 0 for the rest of a word, and otherwise a run of digits, 100 ×
# the fewest plus the most (99: no most), so `\d+` is 199.
Step: TypeAlias = "str | tuple[int | str | tuple[Step, ...], ...] | int"
# A phrase: whether a word boundary comes before it (1) and after it (2), added up, then
# its steps (`Step`), the first a text to look for or digits. Tuples of plain constants:
# the rule table holds hundreds of them, loaded on every run. Typed loosely: mypy cannot
# narrow a tuple by position, and every read here is on the hot path.
Phrase: TypeAlias = "tuple[Any, ...]"
# A pattern written out: the most characters between two parts, whether a match may hold a
# clause end (then it may span clauses, which negation-aware reading cannot allow), and
# each part's phrases.
Form: TypeAlias = "tuple[int, bool, tuple[tuple[Phrase, ...], ...]]"

CLAUSE_END = ".;!?\n"  # what ` ... ` may not cross (as `patterns.expression` writes it)
BOUNDARY = -1
WORD_REST = 0
REPEAT = -2  # first item of a branch taken any number of times, none included
_UNBOUNDED = 99
_MAX_PHRASES = 64  # per part: each optional or branching first step adds phrases


class _Unsupported(Exception):
    """The pattern uses something that is not written out (its rule compiles)."""


def form_of(parts: list[list[tuple[str, bool, bool]]], gap: int) -> Form | None:
    """A pattern's parts written out, or None when some alternative cannot be.

    `parts` gives each part's alternatives as the expression has them: the alternative with
    `word*` already turned into `\\w*`, and whether a word boundary comes before and after.
    """
    written = []
    try:
        for part in parts:
            phrases: list[Phrase] = []
            for body, before, after in part:
                for steps in _leading(_steps(body)):
                    flag = before + 2 * after
                    if steps[0] == BOUNDARY:  # `\b` first: the phrase's own
                        flag, steps = flag | 1, steps[1:]
                    phrases.append((flag, *steps))
                if len(phrases) > _MAX_PHRASES:
                    raise _Unsupported
            if not phrases:
                raise _Unsupported  # a part with no alternatives (`a ... |`)
            written.append(tuple(dict.fromkeys(phrases)))
    except _Unsupported:
        return None
    spans = any(_holds_clause_end(p[1:]) for part in written for p in part)
    return gap, spans, tuple(written)


def _holds_clause_end(steps: tuple[object, ...]) -> bool:
    for step in steps:
        if isinstance(step, str) and any(c in CLAUSE_END for c in step):
            return True
        if isinstance(step, tuple) and _holds_clause_end(step):
            return True
    return False


def _steps(body: str) -> list[Step]:
    parser = _Parser(body)
    steps = parser.sequence()
    if parser.i != len(body):
        raise _Unsupported  # a top-level `|` inside one alternative, or a stray `)`
    return steps


def _leading(steps: list[Step], depth: int = 0) -> list[list[Step]]:
    """The phrase as rows that each start with a text to look for (or digits): a branch
    first becomes one row per item, an optional first step a row with it and one without."""
    if not steps or depth > 8:
        raise _Unsupported  # would match the empty text, or a repeat of what may be empty
    head, rest = steps[0], steps[1:]
    if isinstance(head, str):
        return [steps]
    if isinstance(head, int):
        if head == BOUNDARY:
            after = _leading(rest, depth + 1)
            return [row if row[0] == BOUNDARY else [BOUNDARY, *row] for row in after]
        if head == WORD_REST:
            raise _Unsupported
        if head >= 100:
            return [steps]
        # `\d*` or `\d?`: one digit or more, or none
        return [[100 + head, *rest], *_leading(rest, depth + 1)]
    rows: list[list[Step]] = []
    if head[0] == REPEAT:  # none of it, or one of its items and then any number
        rows += _leading(rest, depth + 1)
        for item in head[1:]:
            if item:
                rows += _leading(
                    [*(item if isinstance(item, tuple) else (item,)), head, *rest], depth + 1
                )
        return rows
    for item in head:
        if isinstance(item, tuple):
            rows += _leading([*item, *rest], depth + 1)
        elif isinstance(item, int):
            raise _Unsupported  # only a repeat has one (it starts with `REPEAT`)
        elif not item:
            rows += _leading(rest, depth + 1)
        elif rest and isinstance(rest[0], str):
            rows.append([item + rest[0], *rest[1:]])
        else:
            rows.append([item, *rest])
        if len(rows) > _MAX_PHRASES:
            raise _Unsupported
    return rows


class _Parser:
    """Writes out the subset of the expression language alternatives use: literals, groups
    with `|`, `?` after a character or group, classes of a few characters, `\\w*`, and
    `\\d` with `?`, `*`, `+` or `{m,n}`."""

    def __init__(self, source: str) -> None:
        self.s = source
        self.i = 0

    def sequence(self) -> list[Step]:
        steps: list[Step] = []
        s = self.s
        while self.i < len(s) and s[self.i] not in "|)":
            for step in self.steps():
                if isinstance(step, str) and steps and isinstance(steps[-1], str):
                    steps[-1] += step
                else:
                    steps.append(step)
        return steps

    def steps(self) -> list[Step]:
        """The next atom with its quantifier, as one step or two (`x+` is `x`, then `x*`)."""
        s = self.s
        if s.startswith("\\d", self.i):
            self.i += 2
            low, high = self._count()
            return [100 * low + high]
        if s.startswith("\\w*", self.i):
            self.i += 3
            return [WORD_REST]
        if s.startswith("\\b", self.i):
            self.i += 2
            return [BOUNDARY]
        items = list(dict.fromkeys(self.atom()))
        one: Step = items[0] if len(items) == 1 and isinstance(items[0], str) else tuple(items)
        quantifier = s[self.i : self.i + 1]
        if quantifier and quantifier in "?*+{":
            self.i += 1
            if s[self.i : self.i + 1] in ("?", "+") or quantifier == "{":
                raise _Unsupported  # lazy or possessive, or a count
        if quantifier == "?":
            return [tuple(dict.fromkeys([*items, ""]))]
        if quantifier == "*":
            return [(REPEAT, *items)]
        if quantifier == "+":
            return [one, (REPEAT, *items)]
        return [one]

    def _count(self) -> tuple[int, int]:
        s, i = self.s, self.i
        c = s[i : i + 1]
        if c in ("?", "*", "+"):
            self.i += 1
            return {"?": (0, 1), "*": (0, _UNBOUNDED), "+": (1, _UNBOUNDED)}[c]
        if c == "{":
            end = s.find("}", i)
            low, comma, high = s[i + 1 : end].partition(",")
            if (
                end < 0
                or not _count_digits(low)
                or not (_count_digits(high) or (comma and not high))
            ):
                raise _Unsupported  # `re` reads only ASCII digits as a count
            self.i = end + 1
            most = int(high) if high else _UNBOUNDED
            if not 0 < most <= _UNBOUNDED or not int(low) <= min(most, _UNBOUNDED - 1):
                raise _Unsupported  # none at most, or a count the step cannot say
            if high and most == _UNBOUNDED:
                raise _Unsupported  # 99 itself would read as "no most"
            return int(low), most
        return 1, 1

    def atom(self) -> list[str | tuple[Step, ...]]:
        """The items one atom (a character, a class or a group) may match."""
        s = self.s
        c = s[self.i]
        self.i += 1
        if c == "(":
            if s.startswith("?:", self.i):
                self.i += 2
            elif s.startswith("?", self.i):
                raise _Unsupported  # a look-around or a flag
            items = [self._item(self.sequence())]
            while self.i < len(s) and s[self.i] == "|":
                self.i += 1
                items.append(self._item(self.sequence()))
            if self.i >= len(s) or s[self.i] != ")":
                raise _Unsupported
            self.i += 1
            return items
        if c == "[":
            return list(self._class())
        if c == "\\":
            e = s[self.i : self.i + 1]
            self.i += 1
            if not e or e.isalnum() or e == "_":
                raise _Unsupported  # \b, \s, \w alone, back-references...
            return [e]
        if c in ".^$*+{}?|)":
            raise _Unsupported
        return [c]

    @staticmethod
    def _item(row: list[Step]) -> str | tuple[Step, ...]:
        if not row:
            return ""
        return row[0] if len(row) == 1 and isinstance(row[0], str) else tuple(row)

    def _class(self) -> list[str]:
        """The characters of a class such as `[- ]`, `[sz]` or `[1-4]`; anything less plain
        (negation, `\\d` inside, a range next to a range, an escape at a range's end, more
        than a few characters in a range) is not written out."""
        s, members = self.s, []  # (character, escaped)
        if s[self.i : self.i + 1] in ("^", "]"):
            raise _Unsupported
        while self.i < len(s) and s[self.i] != "]":
            if s[self.i] == "\\":
                e = s[self.i + 1 : self.i + 2]
                if not e or e.isalnum() or e == "_":
                    raise _Unsupported  # \d, \w... inside a class
                members.append((e, True))
                self.i += 2
            else:
                members.append((s[self.i], False))
                self.i += 1
        if self.i >= len(s) or not members:
            raise _Unsupported
        self.i += 1
        chars: list[str] = []
        k = 0
        while k < len(members):
            c, escaped = members[k]
            dash = k + 1 < len(members) - 1 and members[k + 1] == ("-", False)
            if dash:  # a range: two plain characters around a plain `-`
                high, high_escaped = members[k + 2]
                if escaped or high_escaped or not 0 <= ord(high) - ord(c) <= 10:
                    raise _Unsupported
                chars.extend(chr(n) for n in range(ord(c), ord(high) + 1))
                k += 3
                if k < len(members) - 1 and members[k] == ("-", False):
                    raise _Unsupported  # `[a-c-e]`: a `-` right after a range
                continue
            if (c, escaped) == ("-", False) and 0 < k < len(members) - 1:
                raise _Unsupported  # a `-` that is not first, last or in a range
            chars.append(c)
            k += 1
        return list(dict.fromkeys(chars))


def _count_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _word(c: str) -> bool:
    """`\\w` for one character: what `re` counts as a word character, in both of the forms
    `Rule.on` runs (ASCII on ASCII lines, where the two agree, and Unicode)."""
    return c.isalnum() or c == "_"


def _boundary(line: str, at: int) -> bool:
    """`\\b` at a position of the line."""
    before = at > 0 and _word(line[at - 1])
    after = at < len(line) and _word(line[at])
    return before != after


def _step(line: str, ats: set[int], step: Step) -> set[int]:
    """Every position the step may end at, from any of these."""
    if isinstance(step, str):
        return {at + len(step) for at in ats if line.startswith(step, at)}
    if isinstance(step, tuple):
        if step[0] == REPEAT:
            reached, new = set(ats), set(ats)
            while new:
                new = _step(line, new, step[1:]) - reached
                reached |= new
            return reached
        out: set[int] = set()
        for item in step:
            if isinstance(item, str):
                out.update(at + len(item) for at in ats if line.startswith(item, at))
            elif isinstance(item, tuple):
                out |= _row(line, ats, item)
        return out
    if step == BOUNDARY:
        return {at for at in ats if _boundary(line, at)}
    size, out = len(line), set()
    low, high = divmod(step, 100) if step else (0, _UNBOUNDED)
    test = str.isdecimal if step else _word
    for at in ats:
        end, most = at, size if high == _UNBOUNDED else min(size, at + high)
        while end < most and test(line[end]):
            end += 1
        out.update(range(at + low, end + 1))
    return out


def _row(line: str, ats: set[int], steps: tuple[Step, ...]) -> set[int]:
    for step in steps:
        ats = _step(line, ats, step)
        if not ats:
            break
    return ats


def _heads(line: str, head: str | int, before: int) -> list[int]:
    """Where a phrase may start: where its first text is (every digit, for digits), at a
    word boundary when it needs one."""
    if head.__class__ is str:
        found, at = [], line.find(head)
        while at >= 0:
            if not before or _boundary(line, at):
                found.append(at)
            at = line.find(head, at + 1)
        return found
    return [
        at for at, c in enumerate(line) if c.isdecimal() and (not before or _boundary(line, at))
    ]


def _ends(line: str, phrase: Phrase, start: int) -> set[int]:
    """Where a match of the phrase from `start` may end (none: it does not match there)."""
    if len(phrase) == 2 and phrase[1].__class__ is str:  # one text: most phrases
        end = start + len(phrase[1])
        return {end} if not phrase[0] & 2 or _boundary(line, end) else set()
    ats = _row(line, {start}, phrase[1:])
    if phrase[0] & 2:
        ats = {at for at in ats if _boundary(line, at)}
    return ats


def starts(line: str, form: Form) -> list[int]:
    """Every position where the whole pattern matches, ascending.

    A position counts when some way of matching the first part there leads, part by part,
    to a match of the last: the next part starting at most `gap` characters after the end of
    the one before, with no clause end between them.
    """
    gap, _, parts = form
    reach: list[int] | None = None  # where the parts after this one may start, ascending
    stops: list[int] = []  # the line's clause ends, ascending (worked out when needed)
    for part in reversed(parts):
        if reach is not None and not stops:
            stops = sorted(at for c in CLAUSE_END for at in _all(line, c)) or [len(line)]
        heads: set[int] = set()
        for phrase in part:
            for start in _heads(line, phrase[1], phrase[0] & 1):
                if start in heads:
                    continue
                ends = _ends(line, phrase, start)
                if ends and (reach is None or any(_joins(e, gap, reach, stops) for e in ends)):
                    heads.add(start)
        if not heads:
            return []
        reach = sorted(heads)
    return reach or []


def _all(line: str, text: str) -> list[int]:
    found, at = [], line.find(text)
    while at >= 0:
        found.append(at)
        at = line.find(text, at + 1)
    return found


def _joins(end: int, gap: int, reach: list[int], stops: list[int]) -> bool:
    """Whether a next part starts within `gap` characters of `end`, in the same clause."""
    k = bisect_left(stops, end)
    limit = min(end + gap, stops[k]) if k < len(stops) else end + gap
    k = bisect_left(reach, end)
    return k < len(reach) and reach[k] <= limit


def first(line: str, form: Form) -> int:
    """Where the pattern first matches on the line (-1: nowhere), as `search` would say."""
    parts = form[2]
    if len(parts) > 1:
        found = starts(line, form)
        return found[0] if found else -1
    best = len(line) + 1
    for phrase in parts[0]:
        head, before = phrase[1], phrase[0] & 1
        if head.__class__ is not str:  # digits first
            for start in _heads(line, head, before):
                if start >= best:
                    break
                if _ends(line, phrase, start):
                    best = start
                    break
            continue
        stop = best - 1 + len(head)  # only starts before the best so far
        at = line.find(head, 0, stop)
        while at >= 0:
            if (not before or _boundary(line, at)) and _ends(line, phrase, at):
                best = at
                break
            at = line.find(head, at + 1, stop)
    return best if best <= len(line) else -1
