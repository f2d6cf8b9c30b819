"""The gate's small pattern language, turned into regular expressions (see `signals.py`).

A pattern's parts are separated by ` ... ` ("later in the same clause"); a part is a list of
alternatives separated by `|`; `word*` means the word with any ending; a word boundary is
added at each end of an alternative that starts or ends with a letter or digit.
"""

from __future__ import annotations

import re
from functools import cache

from oneos.gate.phrases import Form, form_of

_QUANT = set("?*+{")
# After an ASCII word character: the one before it is not one. `(?<!\w\w)` says the same
# (the character just read is one); `.` compiles with less work than a second `\w`.
_AFTER_START = r"(?<!\w.)"
# Expressions most packs never need are compiled on first use (see `compiled`).
_SUFFIX = r"(?<=[a-z0-9])(?<!\\[a-zA-Z])\*"  # `word*`, not `\d*`


@cache
def compiled(source: str) -> re.Pattern[str]:
    """An expression compiled the first time it is needed, for those that most packs never
    need (compiling is most of what importing the gate costs)."""
    return re.compile(source)


def expression(pattern: str, gap: int = 60, lead: bool = False) -> str:
    """The regular expression for one pattern.

    With `lead`, the form the engine runs: the leading word boundary is checked after the
    first letter (`\\bx...` is `x(?<!\\w.)...` for an ASCII word character x), so the regex
    engine can skip to the letters a match can start with instead of trying every position;
    and it is written with fewer groups and boundaries (see `_lean`). Same matches.
    """
    joint = rf"[^.;!?\n]{{0,{gap}}}?"
    parts = pattern.split(" ... ")
    if lead:
        return joint.join(_lean(alternatives_of(p), lead=not k) for k, p in enumerate(parts))
    return joint.join(map(_part, parts))


def alternatives_of(part: str) -> list[str]:
    """Split on `|` at the top level (not inside groups or classes), trimmed."""
    return [a.strip() for a in top_level(part) if a.strip()]


def top_level(part: str) -> list[str]:
    """Split on `|` at the top level (not inside groups or classes), as written."""
    out, depth, start, escaped, in_class = [], 0, 0, False, False
    for i, c in enumerate(part):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(part[start:i])
            start = i + 1
    out.append(part[start:])
    return out


def lead_boundaries(source: str) -> str:
    """A regular expression with each leading `\\bx` (x a word character) written as
    `x(?<!\\w.)`: the same matches (see `expression`), and when every alternative then
    starts with a letter the engine skips to the letters a match can start with."""
    alternatives = top_level(source)
    for k, alternative in enumerate(alternatives):
        rest = alternative[2:]
        if alternative.startswith("\\b") and _leads(rest):
            alternatives[k] = rest[0] + _AFTER_START + rest[1:]
    return "|".join(alternatives)


def _leads(body: str) -> bool:
    """Whether a leading `\\b` may be checked after the first character (see `expression`)."""
    first = body[:1]
    return first.isascii() and first.isalnum() and body[1:2] not in _QUANT


def _ends_word(alternative: str) -> bool:
    """Whether an alternative ends with a word character, so a word boundary follows it."""
    tail = alternative.rstrip(")")
    if tail.endswith("?") and not tail.endswith("\\?"):
        return tail[-2:-1].isalnum() or tail[-2:-1] == ")"
    return tail[-1:].isalnum() or tail.endswith("*")


def _bounded(alternative: str, start: bool = True) -> str:
    body = compiled(_SUFFIX).sub(r"\\w*", alternative)
    head = r"\b" if start and alternative[0].isalnum() else ""
    return f"{head}(?:{body})" + (r"\b" if _ends_word(alternative) else "")


def _part(part: str) -> str:
    """A part in its plain form: each alternative in a group with its own boundaries."""
    alternatives = alternatives_of(part)
    if all(a[0].isalnum() for a in alternatives):
        # One leading boundary for all: the engine then tries alternatives at word starts only.
        return r"\b(?:" + "|".join(_bounded(a, start=False) for a in alternatives) + ")"
    return "(?:" + "|".join(_bounded(a) for a in alternatives) + ")"


def _lean(alternatives: list[str], lead: bool) -> str:
    """A part as `_part` writes it, in a shorter source that the engine runs the same way.

    Compiling the rules is most of a first score, and the regex parser's cost grows with the
    source: an alternative needs no group of its own (it has no top-level `|`), and when
    every alternative ends with a word boundary, one `\\b` after the group does what one per
    alternative did, trying the alternatives in the same order.
    """
    shared = not lead and all(a[0].isalnum() for a in alternatives)
    bodies, ends = [], []
    for alternative in alternatives:
        body = compiled(_SUFFIX).sub(r"\\w*", alternative)
        if lead and _leads(body):
            body = body[0] + _AFTER_START + body[1:]
        elif not shared and alternative[0].isalnum():
            body = r"\b" + body
        bodies.append(body)
        ends.append(_ends_word(alternative))
    tail = r"\b" if all(ends) else ""
    if not tail:
        bodies = [b + r"\b" if e else b for b, e in zip(bodies, ends, strict=True)]
    if lead:
        bodies = _merge_leads(bodies)
    group = bodies[0] if len(bodies) == 1 else "(?:" + "|".join(bodies) + ")"
    return (r"\b" if shared else "") + group + tail


def _merge_leads(bodies: list[str]) -> list[str]:
    """Neighbouring alternatives with the same first letter share it and its boundary check:
    `x(?<!\\w.)(?:ab|cd)` for `x(?<!\\w.)ab|x(?<!\\w.)cd`. The same alternatives are tried
    in the same order, so the matches are the same; the engine checks the letter and the
    boundary once instead of once per alternative, and the source is shorter to compile."""
    size = 1 + len(_AFTER_START)
    merged, k = [], 0
    while k < len(bodies):
        head, end = bodies[k][:size], k + 1
        if head.endswith(_AFTER_START):
            while end < len(bodies) and bodies[end][:size] == head:
                end += 1
        if end - k > 1:
            merged.append(head + "(?:" + "|".join(b[size:] for b in bodies[k:end]) + ")")
        else:
            merged.append(bodies[k])
        k = end
    return merged


def written(pattern: str, gap: int) -> Form | None:
    """The pattern written out as phrases (see `phrases.py`), or None when it cannot be.

    Each alternative as `_part` reads it: `word*` as `\\w*`, with a word boundary before it
    when it starts with a letter or digit and after it when it ends with one."""
    suffix = compiled(_SUFFIX)
    parts = [
        [(suffix.sub(r"\\w*", a), a[0].isalnum(), _ends_word(a)) for a in alternatives_of(part)]
        for part in pattern.split(" ... ")
    ]
    return form_of(parts, gap)
