"""Which words a regular expression cannot match without, so only lines holding them are read.

The lexicon's expressions use a small subset of the regular-expression language: literals,
groups with alternatives, `?` `*` `+` `{n,m}`, classes, `\\b` and a few escapes. This module
parses that subset into a tree of required words: a sequence needs all of its required
parts, a group needs one of its alternatives. Anything it does not understand counts as "no
constraint", so the answer is always safe (it may read more lines, never fewer).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from oneos.gate.document import Document
from oneos.gate.index import LOOKUPS, ONE_ON_ONE, Key, indexed

Clause = tuple[Key, ...]  # any one of these words
Group = tuple[tuple[Clause, ...], ...]  # any one alternative, each needing all its clauses


class Need(NamedTuple):
    """Every clause (one word of each), and for each group one alternative's clauses."""

    clauses: tuple[Clause, ...]
    groups: tuple[Group, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.clauses and not self.groups


_ANY = Need(clauses=())


class _Item:
    __slots__ = ("alternatives", "char", "kind", "optional")

    def __init__(
        self,
        kind: str,  # "lit", "group", "bound", "other"
        char: str = "",
        alternatives: list[list[_Item]] | None = None,
        optional: bool = False,
    ) -> None:
        self.kind = kind
        self.char = char
        self.alternatives = alternatives
        self.optional = optional


class _Parser:
    def __init__(self, source: str) -> None:
        self.s = source
        self.i = 0

    def alternatives(self) -> list[list[_Item]]:
        alts = [self.sequence()]
        while self.i < len(self.s) and self.s[self.i] == "|":
            self.i += 1
            alts.append(self.sequence())
        return alts

    def sequence(self) -> list[_Item]:
        items: list[_Item] = []
        s = self.s
        while self.i < len(s) and s[self.i] not in "|)":
            item = self.atom()
            self.quantifier(item)
            items.append(item)
        return items

    def atom(self) -> _Item:
        s, c = self.s, self.s[self.i]
        self.i += 1
        if c == "(":
            if s.startswith("?:", self.i):
                self.i += 2
            elif s.startswith("?", self.i):
                self._skip_group()
                return _Item("other", optional=True)
            alts = self.alternatives()
            self.i += 1  # ")"
            return _Item("group", alternatives=alts)
        if c == "[":
            while self.i < len(s) and s[self.i] != "]":
                self.i += 2 if s[self.i] == "\\" else 1
            self.i += 1
            return _Item("other")
        if c == "\\":
            e = s[self.i]
            self.i += 1
            if e == "b":
                return _Item("bound")
            if e in "dwsDWSB":
                return _Item("other")
            return _Item("lit", char=e)
        if c in ".^$":
            return _Item("other")
        return _Item("lit", char=c)

    def _skip_group(self) -> None:
        depth = 1
        while self.i < len(self.s) and depth:
            c = self.s[self.i]
            self.i += 2 if c == "\\" else 1
            depth += c == "("
            depth -= c == ")"

    def quantifier(self, item: _Item) -> None:
        s = self.s
        if self.i >= len(s):
            return
        c = s[self.i]
        if c in "?*":
            item.optional = True
            self.i += 1
        elif c == "+":
            if item.kind == "lit":
                item.kind = "other"  # "a+" may be "aaa": not a word we can look up
            self.i += 1
        elif c == "{":
            end = s.index("}", self.i)
            item.optional = s[self.i + 1 : end].split(",")[0].strip() in ("", "0")
            self.i = end + 1
        else:
            return
        if self.i < len(s) and s[self.i] == "?":
            self.i += 1  # lazy


def required(source: str) -> Need:
    """The words an expression cannot match without, as a tree (see `Need`)."""
    try:
        parser = _Parser(source.replace("1:1", ONE_ON_ONE))
        alternatives = parser.alternatives()
    except (IndexError, ValueError):
        return _ANY
    if parser.i != len(parser.s):
        return _ANY
    sequence = [_Item("group", alternatives=alternatives)]
    need = _sequence(sequence, at_boundary=True, end_boundary=False)
    return _NEEDS.setdefault(need, need)  # one object per distinct need: caches key on its id


def _choice(
    alternatives: list[list[_Item]], at_boundary: bool, end_boundary: bool
) -> tuple[Need, ...] | None:
    """One Need per alternative, or None when some alternative needs nothing."""
    needs = tuple(_sequence(a, at_boundary, end_boundary) for a in alternatives)
    return None if any(n.empty for n in needs) else needs


def _sequence(items: list[_Item], at_boundary: bool, end_boundary: bool) -> Need:
    """Required words of a sequence; `at_b` tracks whether we stand at a word boundary."""
    clauses: list[Clause] = []
    groups: list[Group] = []
    word, word_ok, at_b = "", False, at_boundary

    def close(whole: bool) -> None:
        nonlocal word
        prefix = not whole or word[:1].isdigit()
        if word and word_ok and indexed(word, prefix):
            LOOKUPS.add(word.encode(), prefix)
            clauses.append(((word.encode(), prefix),))
        word = ""

    for position, item in enumerate(items):
        if item.kind == "lit" and not item.optional and _is_word(item.char):
            if not word:
                word_ok = at_b
            word += item.char
            at_b = False
            continue
        if item.kind in ("lit", "bound") and not item.optional:
            close(whole=True)
            at_b = True
            continue
        close(whole=False)
        if item.kind == "group" and item.alternatives:
            if not item.optional:
                after = _boundary_after(items, position, end_boundary)
                choice = _choice(item.alternatives, at_b, after)
                if choice is not None:
                    _add_choice(choice, clauses, groups)
            ends = all(_ends_at_boundary(a) for a in item.alternatives)
            at_b = ends and (at_b or not item.optional) if item.optional else ends
        elif item.kind in ("lit", "bound"):  # an optional character
            at_b = at_b and (item.kind == "bound" or not _is_word(item.char))
        else:
            at_b = False
    close(whole=end_boundary)
    # One object per distinct clause or group, so per-pack caches keyed by id are shared.
    return Need(
        tuple(_CLAUSES.setdefault(c, c) for c in clauses),
        tuple(_GROUPS.setdefault(g, g) for g in groups),
    )


def _add_choice(choice: tuple[Need, ...], clauses: list[Clause], groups: list[Group]) -> None:
    """Fold a group's alternatives into the sequence's needs, as flat as possible.

    A group of one alternative adds its needs. Otherwise each alternative becomes a list of
    clauses (a nested group folds into one clause, see `_merged`; that only widens the
    candidates); alternatives of one clause each merge into one clause.
    """
    if len(choice) == 1:
        clauses.extend(choice[0].clauses)
        groups.extend(choice[0].groups)
        return
    alternatives = [n.clauses + _merged(n.groups) for n in choice]
    if not all(alternatives):
        return  # some alternative needs no word we can look up
    if all(len(a) == 1 for a in alternatives):
        clauses.append(tuple(dict.fromkeys(k for a in alternatives for k in a[0])))
    else:
        groups.append(tuple(alternatives))


def _merged(groups: tuple[Group, ...]) -> tuple[Clause, ...]:
    """A nested group as one clause: the longest single word of each alternative, if any."""
    out = []
    for group in groups:
        keys = []
        for alternative in group:
            single = [clause[0] for clause in alternative if len(clause) == 1]
            if not single:
                break
            keys.append(max(single, key=lambda k: len(k[0])))
        else:
            out.append(_CLAUSES.setdefault(tuple(keys), tuple(keys)))
    return tuple(out)


def _boundary_after(items: list[_Item], position: int, end_boundary: bool) -> bool:
    """Whether a word boundary certainly follows the item at `position`."""
    if position + 1 == len(items):
        return end_boundary
    nxt = items[position + 1]
    if nxt.optional:
        return False
    return nxt.kind == "bound" or (nxt.kind == "lit" and not _is_word(nxt.char))


def _ends_at_boundary(items: list[_Item]) -> bool:
    if not items:
        return False
    last = items[-1]
    if last.optional:
        return False
    if last.kind == "bound":
        return True
    if last.kind == "lit":
        return not _is_word(last.char)
    if last.kind == "group" and last.alternatives:
        return all(_ends_at_boundary(a) for a in last.alternatives)
    return False


def _is_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


Lookup = Callable[[Key, int], int]


def lines_needed(doc: Document, need: Need) -> int | None:
    """Lines that could match, as a bit set (None: no constraint, read every line)."""
    found = doc.needs.get(id(need))
    if found is None:
        if need.empty:  # after the per-pack cache, which an empty need never enters
            return None
        # Every key in a need was registered when the need was built: if no key was
        # registered after the pack was read, a key the index lacks is absent from the pack.
        if doc.version == LOOKUPS.version:
            get: Lookup = doc.index.get
        else:
            get = lambda key, _absent: doc.lines_of(key)  # noqa: E731
        planned = _PLANS.get(id(need))
        if planned is None:  # first use: a one-pack run need not pay for compiling
            _PLANS[id(need)] = (need, None)
            found = _walk(need, get)
        else:
            found = (planned[1] or _plan(need))(get)
        doc.needs[id(need)] = found
    return found


def _walk(need: Need, get: Lookup) -> int:
    """What the need's plan computes, by walking the tree."""

    def clause(keys: Clause) -> int:
        bits = 0
        for key in keys:
            bits |= get(key, 0)
        return bits

    found = -1  # every line
    for c in need.clauses:
        found &= clause(c)
    for group in need.groups:
        either = 0
        for alternative in group:
            both = -1
            for c in alternative:
                both &= clause(c)
            either |= both
        found &= either
    return found


def _plan(need: Need) -> Callable[[Lookup], int]:
    """The need as one expression of look-ups, `&` for all, `|` for any (compiled once).

    About 150 needs are evaluated per pack, over some 1,900 look-ups: one flat expression
    costs a few bytecodes a look-up, where walking the tree takes calls and loops. Compiling
    costs more than one walk, so a need is walked the first time and compiled the second.
    """

    def clause(keys: Clause) -> str:
        return "(" + " | ".join(f"g({key!r}, 0)" for key in keys) + ")"

    def alternative(clauses: tuple[Clause, ...]) -> str:
        return "(" + " & ".join(map(clause, clauses)) + ")"

    terms = [clause(c) for c in need.clauses]
    terms += ["(" + " | ".join(map(alternative, group)) + ")" for group in need.groups]
    # Keys are (bytes of [a-z0-9], bool): their repr is a literal, nothing else is spliced in.
    plan: Callable[[Lookup], int] = eval("lambda g: " + " & ".join(terms))
    _PLANS[id(need)] = (need, plan)
    return plan


_CLAUSES: dict[Clause, Clause] = {}
_GROUPS: dict[Group, Group] = {}
_NEEDS: dict[Need, Need] = {}
# By the need's id; holding the need keeps that id (and the per-pack caches keyed on it) its own.
_PLANS: dict[int, tuple[Need, Callable[[Lookup], int] | None]] = {}


# A need as data (for the rule table, see `signals.py`): (clauses, groups) of look-up keys,
# tuples all the way down, so the table holds them as constants and reading one back is
# interning it, not parsing it.
def need_data(need: Need) -> tuple[Any, ...]:
    """The need as plain tuples of keys."""
    return (need.clauses, need.groups)


def need_from_data(data: tuple[Any, ...]) -> Need:
    """The need `need_data` wrote, its words registered for look-up as `required` does."""
    clauses, groups = data
    need = Need(
        tuple(map(_clause, clauses)),
        tuple(
            _GROUPS.setdefault(g, g)
            for g in (tuple(tuple(map(_clause, alt)) for alt in group) for group in groups)
        ),
    )
    return _NEEDS.setdefault(need, need)


def _clause(clause: Clause) -> Clause:
    # Half the clauses in the table repeat (rules share their words), and the gate reads
    # them all at import: each one's words are registered the first time it is read.
    known = _CLAUSES.get(clause)
    if known is None:
        for word, prefix in clause:
            LOOKUPS.add(word, prefix)
        known = _CLAUSES[clause] = clause
    return known
