"""Inline marks (**bold**, _italic_, `code`) as styled runs, for the HTML and DOCX writers."""

from __future__ import annotations

import re

from oneos.model.base import Record

_CODE = re.compile(r"`([^`]+)`")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# An underscore opens or closes italics only at a word edge, so names such as
# `Jo_Ann` or `snake_case_ids` stay plain text (the CommonMark rule for `_`).
_ITALIC = re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")


class Run(Record, frozen=True):
    """A stretch of text with one formatting: plain, bold, italic, code, or bold italic."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False


def runs(text: str) -> list[Run]:
    """Split one line of block text into runs; the marks themselves are dropped.

    Code spans are taken first and never styled further, so a mark inside a code span
    (an id like `a_b_c`) is shown as written. Anything that does not pair up stays
    literal text.
    """
    out: list[Run] = []
    for plain, code in _split(_CODE, text):
        if code:
            out.append(Run(plain, code=True))
            continue
        for outer, bold in _split(_BOLD, plain):
            for inner, italic in _split(_ITALIC, outer):
                out.append(Run(inner, bold=bold, italic=italic))
    return [r for r in out if r.text]


def plain_text(text: str) -> str:
    """The text without its marks (what a reader sees)."""
    return "".join(r.text for r in runs(text))


def _split(pattern: re.Pattern[str], text: str) -> list[tuple[str, bool]]:
    """Alternate (outside, False) and (inside, True) pieces of text around each match."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for match in pattern.finditer(text):
        pieces.append((text[at : match.start()], False))
        pieces.append((match.group(1), True))
        at = match.end()
    pieces.append((text[at:], False))
    return pieces
