"""A tiny document model shared by every writer: headings, paragraphs, lists and tables.

Layout code builds blocks once; the Markdown, HTML and DOCX writers only serialise them.
Inline text may carry three marks: **bold**, _italic_ and `code`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from oneos.content.text import human_date
from oneos.model.base import Record


class Heading(Record, frozen=True):
    level: int
    text: str


class Para(Record, frozen=True):
    text: str


class Note(Record, frozen=True):
    """A call-out (a blockquote in Markdown)."""

    text: str


class ListBlock(Record, frozen=True):
    items: tuple[str, ...]
    ordered: bool = False
    checkboxes: bool = False


class Table(Record, frozen=True):
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Para | Note | ListBlock | Table


def cell(value: object) -> str:
    """One table cell as text: dates readable, None as a dash, numbers without noise."""
    if value is None:
        return "—"
    if isinstance(value, date):
        return human_date(value)
    if isinstance(value, float):
        return f"{value:g}"
    return inline(str(value))


def inline(text: str) -> str:
    """Keep user text on one line."""
    return " ".join(str(text).split())


def heading(level: int, text: str) -> list[Block]:
    return [Heading(level, inline(text))]


def para(text: str) -> list[Block]:
    return [Para(inline(text))]


def note(text: str) -> list[Block]:
    return [Note(inline(text))]


def bullets(items: Iterable[str]) -> list[Block]:
    return [ListBlock(tuple(inline(i) for i in items))]


def numbered(items: Iterable[str]) -> list[Block]:
    return [ListBlock(tuple(inline(i) for i in items), ordered=True)]


def checklist(items: Iterable[str]) -> list[Block]:
    return [ListBlock(tuple(inline(i) for i in items), checkboxes=True)]


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> list[Block]:
    return [
        Table(
            tuple(inline(h) for h in headers),
            tuple(tuple(cell(v) for v in row) for row in rows),
        )
    ]


def blank_rows(columns: int, count: int) -> list[tuple[str, ...]]:
    """Empty rows for a template table to be filled in by hand."""
    return [("",) * columns for _ in range(count)]
