"""The word index: which logical lines hold which look-up words, as bit sets (bit i = line i).

Rules never read every line: `keys.py` works out the words a rule cannot match without, and
this index answers "which lines hold them" in a few set operations. Only words some rule may
look up are kept, and a few very common words are never looked up at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

# The word index sees letters and digits only; `1:1` becomes the word `oneonone`.
_KEEP = b"abcdefghijklmnopqrstuvwxyz0123456789\n"
_TO_WORDS = bytes(c if c in _KEEP else 32 for c in range(256))
_LINE = b"."  # a line break among the words: never a word, as "." is not kept
ONE_ON_ONE = "oneonone"
# Words too common to locate anything: rules never look them up (see keys.py), so the index
# does not keep them. Two-letter words are looked up only if they are not on this list.
COMMON_WORDS = frozenset(
    {
        *("the", "and", "you", "your", "for", "that", "with", "this", "are", "will", "can"),
        *("they", "them", "their", "our", "from", "have", "has", "was", "but", "not"),
        *("a", "an", "to", "of", "in", "is", "it", "on", "at", "be", "by", "do", "go", "he"),
        *("if", "me", "my", "no", "or", "so", "up", "us", "we", "am", "as", "i", "oh", "ok"),
    }
)
Key = tuple[bytes, bool]  # a word, and whether longer words count too (a prefix)
_SEEN_MAX = 100_000  # words classified across packs before the caches start afresh


def indexed(word: str, prefix: bool) -> bool:
    """Whether a lookup of this word (or, with `prefix`, of words starting with it) is safe."""
    if prefix:
        return len(word) > 2 and not any(common.startswith(word) for common in COMMON_WORDS)
    return len(word) > 1 and word not in COMMON_WORDS


class _Lookups:
    """Every word a rule may look up. The index keeps only the keys a pack's words meet, so
    its other words cost nothing; a look-up registered after a pack was read gets "every
    line" for that pack (slower, never wrong)."""

    def __init__(self) -> None:
        self.exact: set[bytes] = set()
        self.prefixes: set[bytes] = set()
        self.lengths: tuple[int, ...] = ()
        self.version = 0
        self.since: dict[Key, int] = {}
        self.keys_of: dict[bytes, tuple[Key, ...]] = {}
        self.relevant = _Relevance(self)
        """The look-up keys each kept word meets (itself, and registered prefixes of it)."""

    def add(self, word: bytes, prefix: bool) -> None:
        if (word, prefix) in self.since:
            return
        self.version += 1
        self.since[(word, prefix)] = self.version
        (self.prefixes if prefix else self.exact).add(word)
        if prefix and len(word) not in self.lengths:
            self.lengths = tuple(sorted((*self.lengths, len(word))))
        if len(self.relevant) > 1:  # only the line marker while the gate's own rules load
            self.relevant.clear()

    def classify(self, word: bytes) -> bool:
        """Whether the index should keep this word; remember the keys it meets if so."""
        keys: list[Key] = [(word, False)] if word in self.exact else []
        size, prefixes = len(word), self.prefixes
        keys.extend((word[:n], True) for n in self.lengths if n <= size and word[:n] in prefixes)
        if keys:
            self.keys_of[word] = tuple(keys)
        return bool(keys)


class _Relevance(dict[bytes, bytes]):
    """Word -> the word itself if the index keeps it, else b"" (false), worked out on first
    sight (a pack's words repeat, and packs share most of their words). Handing back the one
    stored object lets the index's own dict find it by identity, without comparing bytes;
    the line break marker maps to itself."""

    def __init__(self, lookups: _Lookups) -> None:
        super().__init__()
        self.lookups = lookups
        self[_LINE] = _LINE

    def clear(self) -> None:
        super().clear()
        self.lookups.keys_of.clear()
        self[_LINE] = _LINE

    def __missing__(self, word: bytes) -> bytes:
        kept = self[word] = word if self.lookups.classify(word) else b""
        return kept


LOOKUPS = _Lookups()


def bits_of(ids: Iterable[int]) -> int:
    """A bit set of logical lines from their numbers."""
    bits = 0
    for i in ids:
        bits |= 1 << i
    return bits


def ids_of(bits: int) -> Iterator[int]:
    """The logical line numbers in a bit set, in order (lazily: scans often stop early)."""
    while bits:
        low = bits & -bits
        yield low.bit_length() - 1
        bits ^= low


def build_index(normalised: str) -> dict[Key, int]:
    """Each look-up key the text meets and the lines holding it (lines are split on newline)."""
    # ASCII with "?" for anything else: the index only needs words and line breaks, and this
    # is much cheaper than UTF-8 for text with a few typographic characters.
    raw = normalised.encode("ascii", "replace")
    words = raw.replace(b"1:1", b" " + ONE_ON_ONE.encode()).translate(_TO_WORDS)
    if len(LOOKUPS.relevant) > _SEEN_MAX:
        LOOKUPS.relevant.clear()  # start afresh between packs, never while reading one
    by_word: dict[bytes, int] = {}
    get = by_word.get
    line = _LINE
    bit = 1
    # One split of the whole text, each line break a word of its own, and the kept words
    # filtered in C: the loop below sees only the words the index keeps and the breaks.
    flat = words.replace(b"\n", b" . ").split()
    for word in filter(None, map(LOOKUPS.relevant.__getitem__, flat)):
        if word is line:
            bit <<= 1
        else:
            by_word[word] = get(word, 0) | bit
    # Keys are resolved once per distinct word here, so a look-up is one dict access.
    index: dict[Key, int] = {}
    keys_of = LOOKUPS.keys_of
    for word, bits in by_word.items():
        for key in keys_of[word]:
            index[key] = index.get(key, 0) | bits
    return index
