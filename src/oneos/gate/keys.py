"""Which words a regular expression cannot match without, so only lines holding them are read.

The lexicon's expressions use a small subset of the regular-expression language: literals,
groups with alternatives, `?` `*` `+` `{n,m}`, classes, `\\b` and a few escapes. This module
parses that subset into a tree of required words: a sequence needs all of its required
parts, a group needs one of its alternatives. Anything it does not understand counts as "no
constraint", so the answer is always safe (it may read more lines, never fewer).
"""

from __future__ import annotations

from dataclasses import dataclass

from oneos.gate.text import ONE_ON_ONE, Document

Key = tuple[bytes, bool]  # a word, and whether longer words count too (a prefix)


@dataclass(frozen=True, slots=True)
class Need:
    """All of `words` and, for each group, one of its alternatives (each itself a Need)."""

    words: tuple[Key, ...]
    groups: tuple[tuple[Need, ...], ...]

    @property
    def empty(self) -> bool:
        return not self.words and not self.groups


_ANY = Need(words=(), groups=())


@dataclass(slots=True)
class _Item:
    kind: str  # "lit", "group", "bound", "other"
    char: str = ""
    alternatives: list[list[_Item]] | None = None
    optional: bool = False


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
    choice = _choice(alternatives, at_boundary=True)
    if choice is None:
        return _ANY
    return choice[0] if len(choice) == 1 else intern(Need(words=(), groups=(choice,)))


def _choice(alternatives: list[list[_Item]], at_boundary: bool) -> tuple[Need, ...] | None:
    """One Need per alternative, or None when some alternative needs nothing."""
    needs = tuple(_sequence(a, at_boundary) for a in alternatives)
    return None if any(n.empty for n in needs) else needs


def _sequence(items: list[_Item], at_boundary: bool) -> Need:
    """Required words of a sequence; `at_b` tracks whether we stand at a word boundary."""
    words: list[Key] = []
    groups: list[tuple[Need, ...]] = []
    word, word_ok, at_b = "", False, at_boundary

    def close(whole: bool) -> None:
        nonlocal word
        if word and word_ok:
            words.append((word.encode(), not whole or word[0].isdigit()))
        word = ""

    for item in items:
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
                choice = _choice(item.alternatives, at_boundary=at_b)
                if choice is not None and len(choice) == 1:
                    words.extend(choice[0].words)
                    groups.extend(choice[0].groups)
                elif choice is not None:
                    groups.append(choice)
            ends = all(_ends_at_boundary(a) for a in item.alternatives)
            at_b = ends and (at_b or not item.optional) if item.optional else ends
        elif item.kind in ("lit", "bound"):  # an optional character
            at_b = at_b and (item.kind == "bound" or not _is_word(item.char))
        else:
            at_b = False
    close(whole=False)
    return intern(Need(words=tuple(words), groups=tuple(groups)))


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


def lines_needed(doc: Document, need: Need) -> frozenset[int] | None:
    """Lines that could match (None: no constraint, read every line); cached per pack."""
    key = id(need)
    if key in doc.needs:
        return doc.needs[key]
    found: frozenset[int] | None = None
    for word, prefix in need.words:
        ids = doc.lines_with(word, prefix)
        found = ids if found is None else found & ids
        if not found:
            break
    else:
        for group in need.groups:
            union: set[int] = set()
            for alternative in group:
                ids_or_none = lines_needed(doc, alternative)
                if ids_or_none is None:
                    break
                union.update(ids_or_none)
            else:
                found = frozenset(union) if found is None else found & union
                if not found:
                    break
    doc.needs[key] = found
    return found


def intern(need: Need) -> Need:
    """One object per distinct tree, so the per-pack cache is shared across rules."""
    return _INTERNED.setdefault(need, need)


_INTERNED: dict[Need, Need] = {}
