"""A text cut into sentences or lines, with harmless senses blanked and keywords indexed."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence

from oneos.model.base import Record
from oneos.safety._data import KeywordFinder, Pattern

Span = tuple[int, int]
Benign = tuple[tuple[str, ...], Pattern]  # (keywords, pattern)
_Located = tuple[int, int, tuple[str, ...]]  # (offset, span index, keywords)


class Reading(Record, frozen=True):
    """`masked` is the text with harmless senses blanked; `where` says which spans to read."""

    masked: str
    spans: list[Span]
    # keyword -> indices of the spans holding it, in the raw and in the blanked text;
    # None when the text could not be indexed, so every span must be read.
    holding: dict[bool, dict[str, set[int]]] | None

    def where(self, keywords: tuple[str, ...], raw: bool = True) -> list[Span]:
        """The spans holding any of `keywords`, in order; all spans for no keywords."""
        if self.holding is None or not keywords:
            return self.spans
        index = self.holding[raw]
        found: set[int] = set()
        for keyword in keywords:
            found |= index.get(keyword, set())
        return [self.spans[i] for i in sorted(found)]


def line_spans(text: str) -> list[Span]:
    """The (start, end) of every line, without its line break."""
    spans = []
    left = 0
    for line in text.split("\n"):
        spans.append((left, left + len(line)))
        left += len(line) + 1
    return spans


def _locate(found: list[tuple[int, tuple[str, ...]]], spans: list[Span]) -> list[_Located]:
    """Which span each keyword occurrence falls in (occurrences between spans are dropped)."""
    starts = [start for start, _ in spans]
    located = []
    for at, keywords in found:
        index = bisect_right(starts, at) - 1
        if index >= 0 and at < spans[index][1]:
            located.append((at, index, keywords))
    return located


def _holding(located: Iterable[_Located]) -> dict[str, set[int]]:
    """keyword -> the indices of the spans holding it."""
    by_words: dict[tuple[str, ...], set[int]] = {}
    for _, index, keywords in located:
        by_words.setdefault(keywords, set()).add(index)
    holding: dict[str, set[int]] = {}
    for keywords, indices in by_words.items():
        for keyword in keywords:
            holding.setdefault(keyword, set()).update(indices)
    return holding


def _outside(located: list[_Located], blanks: list[Span]) -> Iterator[_Located]:
    """The occurrences that are not inside any of `blanks` (sorted, merged)."""
    blank_starts = [start for start, _ in blanks]
    for item in located:
        blank = bisect_right(blank_starts, item[0]) - 1
        if blank < 0 or item[0] >= blanks[blank][1]:
            yield item


def _blank(text: str, blanks: list[Span]) -> tuple[str, list[Span]]:
    """`text` with the spans in `blanks` replaced by spaces, and those spans merged, sorted."""
    merged: list[Span] = []
    for start, end in sorted(blanks):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    pieces: list[str] = []
    left = 0
    for start, end in merged:
        pieces += [text[left:start], " " * (end - start)]
        left = end
    pieces.append(text[left:])
    return "".join(pieces), merged


def read(
    text: str,
    spans: list[Span],
    finder: KeywordFinder,
    benign: Sequence[Benign] = (),
    prefilter: bool = True,
) -> Reading:
    """Index `text`'s keywords by span and blank its harmless senses ("pip install")."""
    found = finder.occurrences(text) if prefilter else None
    located = None if found is None else _locate(found, spans)
    raw = None if located is None else _holding(located)
    first = Reading(text, spans, None if raw is None else {True: raw, False: raw})
    blanks: list[Span] = []
    for keywords, pattern in benign:
        for left, right in first.where(keywords):
            blanks.extend(m.span() for m in pattern.finditer(text, left, right))
    if not blanks:
        return first
    masked, merged = _blank(text, blanks)
    if raw is None or located is None:
        return Reading(masked, spans, None)
    # Blanking only removes words, so the raw index would be a safe superset; this is tighter.
    return Reading(masked, spans, {True: raw, False: _holding(_outside(located, merged))})
