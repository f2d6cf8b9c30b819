"""House-style checks for content lines: near-duplicates, banned phrases, question shape."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

# Two questions whose normalised texts score at least this are the same question reworded.
# Calibrated on tests/data/content/near_duplicates.yaml: 0.80 keeps precision at 1.0 there
# while catching most rewordings; 0.85 lets a third of them through, 0.75 flags distinct
# pairs such as "what made your work harder" / "what would make your work easier".
NEAR_DUPLICATE = 0.80

MIN_WORDS, MAX_WORDS = 4, 20
MAX_QUESTION_CHARS = 110
AGENDA_CHARS = (15, 90)

# Words that carry no meaning of their own in a 1:1 question: articles, pronouns,
# auxiliaries, question words and soft fillers ("really", "right now").
_STOP_TEXT = """a an the and or but of to in on at for with by from as is are was were be been
being do does did has have had am you your yours i me my we us our it its this that these those
what which who whom whose when where why how would could should can will shall may might must if
there here so than then about into over just more most some any like up out not now right really"""
_STOP_WORDS = frozenset(_STOP_TEXT.split())
_SUFFIXES = ("ing", "ed", "es", "s", "e")

# Each category maps to patterns matched on word boundaries, case-insensitively.
BANNED: dict[str, tuple[str, ...]] = {
    "jargon": (
        r"synerg\w*",
        r"bandwidth",
        r"circle back",
        r"touch base",
        r"leverag\w*",
        r"deep[- ]dive",
        r"low[- ]hanging fruit",
        r"move the needle",
        r"paradigm",
        r"actionable",
        r"going forward",
        r"double[- ]click",
        r"take (?:it|this|that) offline",
        r"boil the ocean",
        r"north star",
        r"value[- ]add",
        r"learnings",
        r"stakeholders?",
        r"ecosystem",
        r"empower\w*",
        r"best practices?",
        r"win[- ]win",
        r"outside the box",
        r"drill down",
        r"sync up",
        r"deliverables?",
        r"kpis?",
        r"okrs?",
        r"alignment",
        r"holistic",
        r"mindshare",
        r"journey",
    ),
    "therapy language": (
        r"make[s]? you feel",
        r"trauma\w*",
        r"trigger\w*",
        r"process (?:your|those|these|the) (?:emotions|feelings)",
        r"safe space",
        r"hold space",
        r"heal(?:ing|ed|s)?",
        r"validat\w*",
        r"inner child",
        r"self[- ]care",
        r"vulnerab\w*",
        r"unpack",
    ),
    "health or family details": (
        r"health",
        r"medical",
        r"medication",
        r"diagnos\w*",
        r"illness",
        r"sick",
        r"doctor",
        r"therap\w*",
        r"mental",
        r"anxi\w*",
        r"depress\w*",
        r"burn(?:ed|t)? ?out",
        r"pregnan\w*",
        r"bab(?:y|ies)",
        r"your (?:family|partner|kids|children|spouse|wife|husband)",
        r"religio\w*",
        r"divorce\w*",
    ),
    "leading question": (
        r"don't you",
        r"wouldn't you",
        r"isn't it",
        r"aren't you",
        r"shouldn't you",
        r"why didn't you",
        r"why haven't you",
        r"surely",
        r"obviously",
        r"do you agree",
    ),
}
_BANNED_RE = {
    category: re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)
    for category, patterns in BANNED.items()
}
# "…, and what…" is where one question quietly becomes two.
_CHAINED = re.compile(r",\s*(?:and|or)\s+(?:what|how|why|who|where|when|which)\b", re.IGNORECASE)
# Addressed to the person: "you", or the inclusive "we" of two people working something out.
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|we|us|our)\b", re.IGNORECASE)


def normalise(text: str) -> tuple[str, ...]:
    """The words that carry meaning: lowercased, no punctuation or stop words, crudely stemmed."""
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"'(?:s|re|ve|d|ll|m|t)\b", "", text)
    return tuple(_stem(w) for w in re.findall(r"[a-z0-9]+", text) if w not in _STOP_WORDS)


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def similarity(a: str, b: str) -> float:
    """How alike two texts are, 0–1: the better of word order kept and word order ignored."""
    return _similarity(normalise(a), normalise(b), 0.0)


def _similarity(a: tuple[str, ...], b: tuple[str, ...], floor: float) -> float:
    best = 0.0
    for left, right in ((" ".join(a), " ".join(b)), (_bag(a), _bag(b))):
        matcher = difflib.SequenceMatcher(None, left, right)
        # quick_ratio is an upper bound: skip the exact ratio when it cannot reach the floor
        if matcher.quick_ratio() >= max(floor, best):
            best = max(best, matcher.ratio())
    return best


def _bag(words: tuple[str, ...]) -> str:
    return " ".join(sorted(set(words)))


def near_duplicates(
    texts: Sequence[tuple[str, str]], threshold: float = NEAR_DUPLICATE
) -> list[tuple[str, str, float]]:
    """Pairs of (id, text) whose texts score at least `threshold`: (first id, second id, score)."""
    normalised = [(key, normalise(text)) for key, text in texts]
    found: list[tuple[str, str, float]] = []
    for i, (key_a, words_a) in enumerate(normalised):
        for key_b, words_b in normalised[i + 1 :]:
            score = _similarity(words_a, words_b, threshold)
            if score >= threshold:
                found.append((key_a, key_b, round(score, 3)))
    return found


def banned_phrases(text: str) -> list[tuple[str, str]]:
    """Every banned phrase in a text, as (category, the words found)."""
    return [
        (category, match.group(0))
        for category, pattern in _BANNED_RE.items()
        for match in pattern.finditer(text)
    ]


def question_problems(text: str) -> list[str]:
    """What breaks house style in one question; an empty list means it is fine."""
    problems = [f"{category}: {found!r}" for category, found in banned_phrases(text)]
    words = len(text.split())
    if not text.endswith("?"):
        problems.append("does not end with '?'")
    if text.count("?") > 1 or _CHAINED.search(text):
        problems.append("asks more than one question")
    if not _SECOND_PERSON.search(text):
        problems.append("is not addressed to the person ('you' or 'we')")
    if not MIN_WORDS <= words <= MAX_WORDS:
        problems.append(f"has {words} words (keep {MIN_WORDS}–{MAX_WORDS})")
    if len(text) > MAX_QUESTION_CHARS:
        problems.append(f"has {len(text)} characters (keep ≤ {MAX_QUESTION_CHARS})")
    if text != text.strip() or "  " in text:
        problems.append("has stray spaces")
    return problems


def agenda_problems(text: str) -> list[str]:
    """What breaks house style in one agenda line; an empty list means it is fine."""
    problems = [f"{category}: {found!r}" for category, found in banned_phrases(text)]
    low, high = AGENDA_CHARS
    if not low <= len(text) <= high:
        problems.append(f"has {len(text)} characters (keep {low}–{high})")
    if text.endswith((".", "?", "!", ":")):
        problems.append("ends with punctuation (an agenda line is a heading, not a sentence)")
    if text[:1] != text[:1].upper():
        problems.append("does not start with a capital letter")
    return problems
