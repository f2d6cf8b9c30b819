"""Sorted lists of [start, end) spans in minutes: merge, insert, subtract, intersect, overlap.

The slot search keeps each date's taken time as one sorted list of disjoint spans, so a
question about a date costs a binary search however many meetings the board holds. A span may
be empty (a zero-length busy event): it still splits a free window and still clashes with a
meeting that runs across it, exactly as a list of raw spans would.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

Span = tuple[int, int]


def merge(spans: Iterable[Span]) -> list[Span]:
    """Spans as a sorted list of disjoint ones; spans that touch or overlap become one."""
    out: list[Span] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def insert(merged: list[Span], span: Span) -> None:
    """Add a span to a merged list in place, merging it with the spans it touches."""
    a, b = span
    ends = [e for _, e in merged]  # small lists: a copy beats a second structure
    lo = bisect_left(ends, a)  # the first span that ends at or after a
    hi = lo
    while hi < len(merged) and merged[hi][0] <= b:
        hi += 1
    if hi > lo:
        a = min(a, merged[lo][0])
        b = max(b, merged[hi - 1][1])
    merged[lo:hi] = [(a, b)]


def overlaps(merged: list[Span], start: int, end: int) -> bool:
    """Whether [start, end) runs into any span of a merged list."""
    # The spans are disjoint, so their ends rise with their starts: of those starting before
    # `end`, the last reaches furthest.
    j = bisect_left(merged, (end,))
    return j > 0 and merged[j - 1][1] > start


def subtract(windows: Iterable[Span], blocked: list[Span]) -> list[Span]:
    """The parts of the windows that no blocked span touches (blocked is sorted)."""
    out: list[Span] = []
    for start, end in windows:
        lo = start
        for a, b in blocked[max(0, bisect_left(blocked, (start,)) - 1) :]:
            if b <= lo:
                continue
            if a >= end:
                break
            if a > lo:
                out.append((lo, a))
            lo = max(lo, b)
        if lo < end:
            out.append((lo, end))
    return out


def intersect(left: list[Span], right: list[Span]) -> list[Span]:
    """Intersection of two sorted lists of inclusive ranges."""
    out: list[Span] = []
    i = j = 0
    right = sorted(right)
    while i < len(left) and j < len(right):
        lo = max(left[i][0], right[j][0])
        hi = min(left[i][1], right[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if left[i][1] < right[j][1]:
            i += 1
        else:
            j += 1
    return out


def clash_marks(merged: list[Span], base: int, minutes: int, step: int, count: int) -> list[Span]:
    """The grid positions n (start base + n*step, n < count) whose meeting of `minutes` runs
    into a span, as sorted disjoint inclusive ranges of n."""
    out: list[Span] = []
    for a, b in merged[max(0, bisect_left(merged, (base - minutes,)) - 1) :]:
        # [base + n*step, +minutes) meets [a, b) when a - minutes < base + n*step < b.
        first = max(0, -(-(a - minutes + 1 - base) // step))
        last = min(count - 1, (b - 1 - base) // step)
        if first > count - 1:
            break
        if first > last:
            continue
        if out and first <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def stretch(windows: tuple[Span, ...], start: int, end: int) -> int:
    """Minutes [start, end) runs outside the nearest window (0: inside one; no window: two
    days' worth, so any window wins)."""
    best = 2 * 24 * 60
    for a, b in windows:
        outside = (a - start if a > start else 0) + (end - b if end > b else 0)
        if outside < best:
            best = outside
    return best


def stretches(windows: tuple[Span, ...], starts: list[int], minutes: int) -> list[int]:
    """`stretch` of a meeting of `minutes` at each start, for many starts at once."""
    if not windows:
        return [2 * 24 * 60] * len(starts)
    found: list[int] | None = None
    for a, b in windows:
        b -= minutes  # the meeting fits when a <= start <= b
        here = [(a - s if a > s else 0) + (s - b if s > b else 0) for s in starts]
        found = (
            here if found is None else [x if x < y else y for x, y in zip(found, here, strict=True)]
        )
    assert found is not None
    return found
