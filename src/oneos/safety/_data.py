"""Loading the safety rules and messages shipped in `oneos.safety.data`, once per process."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from oneos.datafiles import SAFETY, read_data

# A sentence ends at ., ! or ? followed by a space or the end (so "v2.3" stays whole), or at ;
# or a line break. Rules look only inside the sentence that holds a match.
_END_MARK = re.compile(r"[.!?;\n]")
# Typographic apostrophes and quotes read as plain ones; each stays one character, so every
# offset into the original text still holds.
QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
# ASCII case-folding is several times faster than Unicode's, and the rules are English.
_FLAGS = re.IGNORECASE | re.ASCII


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed YAML file `name` from the package's data folder (via the JSON bundle)."""
    data = read_data(name, SAFETY)
    if not isinstance(data, dict):
        raise TypeError(f"oneos.safety/data/{name} must hold a mapping")
    return data


def expand(pattern: str, fragments: dict[str, str]) -> str:
    """Replace each `{{NAME}}` with its fragment; fragments may use earlier fragments."""
    for _ in range(5):
        if "{{" not in pattern:
            return pattern
        for key, value in fragments.items():
            pattern = pattern.replace("{{" + key + "}}", value)
    if "{{" in pattern:
        raise KeyError(f"unknown fragment in {pattern!r}")
    return pattern


class Pattern:
    """A regex compiled on first use.

    The rules hold a few dozen large patterns, and compiling them all costs tens of
    milliseconds; most texts only ever reach the few whose keywords they contain.
    """

    __slots__ = ("_compiled", "flags", "source")

    def __init__(self, source: str, flags: int = _FLAGS) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)


def compile_any(patterns: str | list[str], fragments: dict[str, str]) -> Pattern:
    """One case-insensitive regex matching any of `patterns`, compiled when first used."""
    items = [patterns] if isinstance(patterns, str) else patterns
    joined = "|".join(f"(?:{expand(p, fragments)})" for p in items)
    return Pattern(joined)


def sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each non-empty sentence, in order, without its end mark."""
    spans: list[tuple[int, int]] = []
    left = 0
    size = len(text)
    for match in _END_MARK.finditer(text):
        at = match.start()
        if match.group() in ".!?":
            # ". " ends a sentence; "v2.3", "e.g.x" and "..." inside a word do not.
            after = match.end()
            while after < size and text[after] in ".!?":
                after += 1
            if after < size and not text[after].isspace():
                continue
        if at > left:
            spans.append((left, at))
        left = at + 1
    if left < size:
        spans.append((left, size))
    return spans


class KeywordFinder:
    """Finds, in one pass, the words of a text that start with any of many keywords.

    A long text is scanned with one trie-shaped regex; building and compiling it costs a few
    milliseconds, more than a short text (a context's fields) takes to scan in Python, so
    the regex is made only when a long text comes. Both scans find the same words.
    """

    SHORT = 2000  # characters scanned in Python; longer texts use the regex

    def __init__(self, keywords: Iterable[str]) -> None:
        self.keywords = frozenset(k.lower() for k in keywords)
        self.lengths = sorted({len(k) for k in self.keywords})
        self._longest_first = self.lengths[::-1]
        firsts = "".join(sorted({re.escape(k[0]) for k in self.keywords if k}))
        # Where a keyword can start: its first letter, not inside a word.
        self._starts = re.compile(f"(?<![a-z0-9])[{firsts}]") if firsts else None
        self._pattern: re.Pattern[str] | None = None
        self._cache: dict[str, tuple[str, ...]] = {}

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            # One scan of the text instead of one `find` per keyword.
            self._pattern = re.compile(r"(?<![a-z0-9])" + _trie_regex(self.keywords))
        return self._pattern

    def occurrences(self, text: str) -> list[tuple[int, tuple[str, ...]]] | None:
        """(offset, keywords) for each word of `text` that starts with keywords; None if the
        lower-cased text would not line up with the original."""
        lower = text.lower()
        if len(lower) != len(text):  # a few letters lower-case to two; offsets would drift
            return None
        if len(lower) > self.SHORT:
            return [(m.start(), self._starting(m.group())) for m in self.pattern.finditer(lower)]
        return [(at, self._starting(word)) for at, word in self.scan(lower)]

    def scan(self, lower: str) -> list[tuple[int, str]]:
        """What the regex finds, found in Python: at each place a keyword may start (after
        the end of the last one found), the longest keyword the text goes on with."""
        found: list[tuple[int, str]] = []
        if self._starts is None:
            return found
        after = 0
        for match in self._starts.finditer(lower):
            at = match.start()
            if at < after:
                continue
            for length in self._longest_first:
                word = lower[at : at + length]
                if word in self.keywords:
                    found.append((at, word))
                    after = at + len(word)
                    break
        return found

    def regex_scan(self, lower: str) -> list[tuple[int, str]]:
        """The regex's finds, for tests comparing the two scans."""
        return [(m.start(), m.group()) for m in self.pattern.finditer(lower)]

    def _starting(self, word: str) -> tuple[str, ...]:
        found = self._cache.get(word)
        if found is None:
            found = tuple(word[:n] for n in self.lengths if word[:n] in self.keywords)
            if len(self._cache) < 10_000:
                self._cache[word] = found
        return found


def _trie_regex(words: Iterable[str]) -> str:
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)
