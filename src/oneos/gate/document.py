"""A parsed pack as the gate's rules read it: logical lines, headings, tables, a word index.

`text.parse` builds it from Markdown.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from oneos.gate.index import LOOKUPS, Key

_EMPHASIS = re.compile(r"[*_`]+")


class Heading:
    """A heading in any style, with the span of logical lines it heads.

    A plain slotted class (its fields are read on every pack, and slots read fastest);
    never changed once built.
    """

    __slots__ = ("end", "index", "level", "line", "title")

    def __init__(self, index: int, line: int, level: int, title: str, end: int = 0) -> None:
        self.index = index
        """Logical line of the heading itself."""
        self.line = line
        """Physical line number (1-based)."""
        self.level = level
        """1–6 for `#` and setext; bold and numbered lines rank below them (7, 8)."""
        self.title = title
        """Heading text without markers, normalised."""
        self.end = end
        """Logical line where the section (with its subsections) ends, exclusive."""


class Table(NamedTuple):
    """A pipe table: its header cells (normalised) and the logical lines of its body rows."""

    line: int
    header: tuple[str, ...]
    head: int
    """Logical line of the header row."""
    rows: tuple[int, ...]


class Document:
    """A parsed pack. `texts` keeps the author's words; `norm` is what rules match against.

    A plain class: the parser fills it in place, and a dataclass costs more to define.
    """

    __slots__ = (
        "breaks",
        "headings",
        "index",
        "kinds",
        "needs",
        "norm",
        "tables",
        "texts",
        "version",
    )

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.kinds: list[str] = []
        self.breaks: list[tuple[tuple[int, int], ...]] = []
        self.headings: list[Heading] = []
        self.tables: list[Table] = []
        self.norm: list[str] = []
        self.index: dict[Key, int] = {}
        """Each look-up key the pack meets and the logical lines holding it (bit i = line i)."""
        self.needs: dict[int, int | None] = {}
        """Per-pack cache of `keys.lines_needed`, by the (interned) tree's id."""
        self.version = 0
        """How many look-up words rules had registered when this pack was read."""

    def lines_with(self, word: bytes, prefix: bool) -> int:
        """Logical lines (a bit set) holding `word`, or with `prefix` any word starting with it."""
        return self.lines_of((word, prefix))

    def lines_of(self, key: Key) -> int:
        """Logical lines (a bit set) meeting a look-up key; every line if it is not indexed."""
        found = self.index.get(key)
        if found is None:
            added = LOOKUPS.since.get(key)
            if added is None or added > self.version:
                return (1 << len(self.norm)) - 1  # not indexed for this pack: every line
            return 0
        return found

    def line_of(self, index: int, offset: int = 0) -> int:
        """Physical line number of a character offset inside logical line `index`."""
        pieces = self.breaks[index]
        if len(pieces) == 1:
            return pieces[0][1]
        original, normal = len(self.texts[index]), len(self.norm[index])
        if original != normal and normal:
            offset = offset * original // normal
        line = pieces[0][1]
        for start, number in pieces:
            if start > offset:
                break
            line = number
        return line

    def excerpt(self, index: int, start: int = 0) -> str:
        """The author's words around a match, trimmed to a readable length."""
        text = unemphasised(self.texts[index]).strip()
        if len(text) <= 110:
            return text
        normal = len(self.norm[index]) or 1
        begin = max(0, start * len(self.texts[index]) // normal - 30)
        snippet = unemphasised(self.texts[index][begin : begin + 140]).strip()
        cut = snippet[:110].rsplit(" ", 1)[0] if len(snippet) > 110 else snippet
        return ("…" if begin else "") + cut + "…"


def unemphasised(text: str) -> str:
    """The text without `*`, `_` and backtick markers (most text has none to remove)."""
    if "*" in text or "_" in text or "`" in text:
        return _EMPHASIS.sub("", text)
    return text
