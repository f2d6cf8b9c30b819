"""Fast cue matching: patterns run on lower-cased text without IGNORECASE.

Python's regex engine skips ahead quickly only when it knows a pattern's possible first
characters; IGNORECASE and a leading word boundary both hide them. So cue patterns are written
in lower case, run on a lower-cased copy of the text (same length, same offsets), and a leading
boundary is checked by hand. Branches that must keep their case (`(?-i:PIP)`) run separately on
the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache


def lowered(text: str) -> str:
    """The text in lower case with every offset unchanged."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character outside escapes and character classes, with the group depth after it."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def _branches(pattern: str) -> list[str]:
    """Top-level alternatives of a pattern (outside groups and character classes)."""
    out: list[str] = []
    start = 0
    for i, c, depth in _structure(pattern):
        if c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def _lower_pattern(pattern: str) -> str:
    """Lower-case a pattern's literals, leaving escapes (\\S, \\W) and group names alone."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif pattern.startswith(("(?P<", "(?P="), i):
            close = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i : close + 1])
            i = close + 1
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


_META = set("\\.^$*+?{}[]()|")


def _group_end(pattern: str) -> int:
    """The index of the parenthesis closing the group that opens the pattern."""
    for i, c, depth in _structure(pattern):
        if c == ")" and depth == 0:
            return i
    return len(pattern)


def _after_quantifier(rest: str) -> tuple[str, bool]:
    """The pattern after a quantifier at its start, and whether that quantifier allows zero."""
    if rest[:1] in ("?", "*"):
        return rest[1:].lstrip("?+"), True
    if rest[:1] == "+":
        return rest[1:].lstrip("?+"), False
    if rest[:1] == "{":
        close = rest.index("}")
        return rest[close + 1 :].lstrip("?+"), rest[1:2] == "0"
    return rest, False


def _heads(branch: str) -> list[str] | None:
    """Literal texts one of which every match of the branch starts with: ['new'] for
    'new[- ]hire', ['is', 'are'] for '(?:is|are) new'; None when that cannot be said."""
    b = branch
    while True:
        if b.startswith("\\b"):
            b = b[2:]
        elif b.startswith(("(?<!", "(?<=")):
            b = b[_group_end(b) + 1 :]
        else:
            break
    if b.startswith(("(?:", "(?P<")):
        end = _group_end(b)
        inner = b[3:end] if b.startswith("(?:") else b[b.index(">") + 1 : end]
        rest, optional = _after_quantifier(b[end + 1 :])
        heads: list[str] = []
        for option in _branches(inner):
            found = _heads(option)
            if found is None:
                return None
            heads += found
        if optional:
            more = _heads(rest)
            if more is None:
                return None
            heads += more
        return heads
    if b.startswith("\\d"):
        rest, optional = _after_quantifier(b[2:])
        return None if optional else list("0123456789")
    if b.startswith("["):
        found_class = _class_heads(b)
        if found_class is None:
            return None
        chars, rest = found_class
        rest, optional = _after_quantifier(rest)
        if not optional:
            return chars
        more = _heads(rest)
        return None if more is None else chars + more
    if b.startswith("~"):
        return ["~"]
    head = _literal(b)
    return [head] if head else None


def _usable(heads: list[str]) -> bool:
    """Heads worth searching for: no single letters (they are everywhere)."""
    return all(len(h) >= 2 or not h.isalpha() for h in heads)


def _literal(text: str) -> str:
    """The literal characters a pattern starts with ('a couple' for 'a\\ couple\\ of')."""
    out = ""
    i = 0
    while i < len(text):
        c = text[i]
        step = 1
        if c == "\\" and i + 1 < len(text) and not text[i + 1].isalnum():
            c, step = text[i + 1], 2
        elif c in _META:
            break
        if text[i + step : i + step + 1] in ("?", "*", "{"):
            break
        out += c
        i += step
    return out


def _class_heads(b: str) -> tuple[list[str], str] | None:
    """The characters of a simple class at the start ('[4-9]th' -> 4…9) and what follows."""
    close = b.find("]", 1)
    body = b[1:close]
    if close < 0 or not body or body.startswith("^") or "\\" in body:
        return None
    chars: list[str] = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            chars += [chr(x) for x in range(ord(body[i]), ord(body[i + 2]) + 1)]
            i += 3
        else:
            chars.append(body[i])
            i += 1
    return chars, b[close + 1 :]


class Rx:
    """A cue pattern: `finditer(text, low)` yields matches with offsets into the text."""

    def __init__(self, pattern: str) -> None:
        branches = _branches(pattern)
        cased = [b for b in branches if b.startswith("(?-i:")]
        plain = [b for b in branches if not b.startswith("(?-i:")]
        self.bounded = bool(plain) and all(b.startswith(r"\b") for b in plain)
        stripped = [_lower_pattern(b[2:] if self.bounded else b) for b in plain]
        self.plain = re.compile("|".join(stripped)) if plain else None
        self.cased = re.compile("|".join(b[5:-1] for b in cased)) if cased else None
        # Literal words every match starts with, when each branch has them: a whole-text
        # scan then only tries the pattern where one of them stands.
        heads = [_heads(b) for b in stripped]
        self.heads: tuple[str, ...] | None = (
            tuple(sorted({h for hs in heads if hs for h in hs}))
            if heads and all(hs and _usable(hs) for hs in heads)
            else None
        )

    def _plain_matches(self, low: str, pos: int, end: int) -> list[re.Match[str]]:
        assert self.plain is not None
        if self.heads is None:
            return list(self.plain.finditer(low, pos, end))
        starts: set[int] = set()
        for head in self.heads:
            at = low.find(head, pos, end)
            while at >= 0:
                starts.add(at)
                at = low.find(head, at + 1, end)
        out: list[re.Match[str]] = []
        reach = -1
        for at in sorted(starts):
            if at < reach:
                continue
            match = self.plain.match(low, at, end)
            if match:
                out.append(match)
                reach = match.end()
        return out

    def finditer(
        self, text: str, low: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        found: list[re.Match[str]] = []
        if self.plain is not None:
            for match in self._plain_matches(low, pos, end):
                at = match.start()
                if self.bounded and at > 0 and (low[at - 1].isalnum() or low[at - 1] == "_"):
                    continue
                found.append(match)
        if self.cased is not None:
            found.extend(self.cased.finditer(text, pos, end))
            found.sort(key=lambda m: m.start())
        return iter(found)

    def search(
        self, text: str, low: str, pos: int = 0, endpos: int | None = None
    ) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        found = self.cased.search(text, pos, end) if self.cased is not None else None
        if self.plain is None:
            return found
        while True:
            match = self.plain.search(low, pos, end)
            if match is None:
                return found
            at = match.start()
            if not (self.bounded and at > 0 and (low[at - 1].isalnum() or low[at - 1] == "_")):
                return match if found is None or at <= found.start() else found
            pos = at + 1


@cache
def rx(pattern: str) -> Rx:
    """The compiled cue for a pattern (cached)."""
    return Rx(pattern)
