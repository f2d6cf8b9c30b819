"""The word index: which logical lines hold which words, as bit sets (bit i = line i).

Rules never read every line: `keys.py` works out the words a rule cannot match without, and
this index answers "which lines hold them" in a few set operations. Only words some rule may
look up are kept, and a few very common words are never looked up at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

# The word index sees letters and digits only; `1:1` becomes the word `oneonone`.
_KEEP = b"abcdefghijklmnopqrstuvwxyz0123456789\n"
_TO_WORDS = bytes(c if c in _KEEP else 32 for c in range(256))
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


def indexed(word: str, prefix: bool) -> bool:
    """Whether a lookup of this word (or, with `prefix`, of words starting with it) is safe."""
    if prefix:
        return len(word) > 2 and not any(common.startswith(word) for common in COMMON_WORDS)
    return len(word) > 1 and word not in COMMON_WORDS


class _Lookups:
    """Every word a rule may look up. The index keeps only these words and words they prefix,
    so a pack's other words cost nothing; a look-up registered after a pack was read gets
    "every line" for that pack (slower, never wrong)."""

    def __init__(self) -> None:
        self.exact: set[bytes] = set()
        self.prefixes: set[bytes] = set()
        self.lengths: tuple[int, ...] = ()
        self.version = 0
        self.since: dict[tuple[bytes, bool], int] = {}
        self.relevant = _Relevance(self)

    def add(self, word: bytes, prefix: bool) -> None:
        if (word, prefix) in self.since:
            return
        self.version += 1
        self.since[(word, prefix)] = self.version
        (self.prefixes if prefix else self.exact).add(word)
        self.lengths = tuple(sorted({len(p) for p in self.prefixes}))
        self.relevant.clear()

    def is_relevant(self, word: bytes) -> bool:
        """Whether the index should keep this word."""
        return word in self.exact or any(
            word[:n] in self.prefixes for n in self.lengths if n <= len(word)
        )


class _Relevance(dict[bytes, bool]):
    """Word -> kept by the index, worked out on first sight (a pack's words repeat)."""

    def __init__(self, lookups: _Lookups) -> None:
        super().__init__()
        self.lookups = lookups

    def __missing__(self, word: bytes) -> bool:
        if len(self) > 100_000:
            self.clear()
        kept = self[word] = self.lookups.is_relevant(word)
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


def build_index(normalised: str) -> dict[bytes, int]:
    """Each look-up word in the text and the lines holding it (lines are split on newline)."""
    # ASCII with "?" for anything else: the index only needs words and line breaks, and this
    # is much cheaper than UTF-8 for text with a few typographic characters.
    raw = normalised.encode("ascii", "replace")
    words = raw.replace(b"1:1", b" " + ONE_ON_ONE.encode()).translate(_TO_WORDS)
    index: dict[bytes, int] = {}
    get = index.get
    relevant = LOOKUPS.relevant.__getitem__  # filtering runs in C for words seen before
    bit = 1
    for line in words.split(b"\n"):
        for word in filter(relevant, line.split()):
            index[word] = get(word, 0) | bit
        bit <<= 1
    return index
