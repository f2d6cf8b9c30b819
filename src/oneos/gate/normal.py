"""Text as rules read it: lower case, ASCII punctuation, one spelling for the 1:1 meeting."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Every spelling of the meeting becomes `1:1`, so rules name it once.
_SYN_WORDS = re.compile(r"one[- ](?:on|to)[- ]one(s?)(?![a-z])")
_SYN_DIGITS = re.compile(r"1[- ](?:on|to)[- ]1(s?)(?![0-9a-z])|1-1(s?)(?![0-9a-z:])")
_SYN_CHECKIN = re.compile(r"check-?in(s?)(?![a-z])")


# Typographic characters folded to ASCII, one for one (so offsets keep their meaning): most
# packs then become plain ASCII, which every later step handles much faster.
_FOLD = (
    ("’", "'"),
    ("‘", "'"),
    ("“", '"'),
    ("”", '"'),
    ("—", "-"),
    ("–", "-"),
    ("→", ">"),
    ("…", "."),
    ("•", "*"),
    ("\u00a0", " "),
    ("×", "x"),
)


def normalise(text: str) -> str:
    """Lower case, ASCII punctuation, one spelling for the 1:1 meeting (one-on-one, check-in…)."""
    if not text.isascii():
        for typographic, plain in _FOLD:
            if typographic in text:
                text = text.replace(typographic, plain)
    low = (_lower(text) if len(text) >= _BULK else text.lower()).replace("_", " ")
    # Each spelling needs its word or digit: most texts (every heading and table cell goes
    # through here) skip the expressions.
    if "one" in low:
        low = _SYN_WORDS.sub(_one_on_one, low)
    if "1" in low:
        low = _SYN_DIGITS.sub(_one_on_one, low)
    if "check" in low:
        low = _SYN_CHECKIN.sub(_one_on_one, low)
    return low


_ASCII = bytes(range(128))
_BULK = 1000  # characters: below this, the plain way is as fast
# The Latin-1 letters beyond ASCII that lower case changes (À to Þ but ×).
_LATIN_CAPITALS = tuple(c for c in map(chr, range(128, 256)) if c.lower() != c)


def _lower(text: str) -> str:
    """`text.lower()`, exactly, but faster for a long text with a few non-ASCII characters.

    `str.lower()` takes a per-character Unicode path for the whole text as soon as one
    character is not ASCII (a name like Tomás). Here the ASCII letters are lowered in bulk
    and each distinct other character is replaced by its lower case, which depends on the
    character alone (lower case is idempotent) except for the capital sigma, whose lower
    case depends on its neighbours.
    """
    if text.isascii() or len(text) < _BULK or "\u03a3" in text:
        return text.lower()
    try:
        # Latin-1, the common case once typography is folded (names like Tomás), is copied
        # byte for byte, and only its 30 capitals need looking for.
        low = text.encode("latin-1").lower().decode("latin-1")  # bytes.lower(): A-Z only
        changing: Iterable[str] = _LATIN_CAPITALS
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")
        low = raw.lower().decode("utf-8", "surrogatepass")
        changing = set(raw.translate(None, _ASCII).decode("utf-8", "surrogatepass"))
    for char in changing:
        if char in low:
            lowered = char.lower()
            if lowered != char:
                low = low.replace(char, lowered)
    return low


def _one_on_one(match: re.Match[str]) -> str:
    start = match.start()
    if start and (match.string[start - 1].isalnum() or match.string[start - 1] in "-/."):
        return match.group(0)
    return "1:1s" if "s" in match.groups("") else "1:1"
