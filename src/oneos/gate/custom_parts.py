"""Signals about the parts a pack has: a what-goes-where map, the closing lists, the playbooks.

Their word lists and thresholds are tables at the top of this module, like `custom.py`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from oneos.gate.custom import Hit, found_if
from oneos.gate.index import ids_of
from oneos.gate.patterns import compiled
from oneos.gate.reader import Reader, compile_kind, custom
from oneos.gate.signals import Finding, candidate_bits, scan
from oneos.gate.text import HEADING, ITEM, PARA

# Read only when a pack lacks a channel-map phrase: compiled then (see `compiled`).
WHERE_COLUMN = r"where|channel|venue|forum|home|goes|belongs|place|ritual|route"
CHANNEL = (
    r"1:1|stand-?up|team|async|skip|urgent|topical|slack|email|tracker|channel|retro|all-hands"
    r"|review|meeting"
)
ARROW_LINES = compile_kind(
    "arrow",
    " > |->|=> ... 1:1|stand-?up*|team|async*|skip*|urgent|topical|slack|email|tracker|channel"
    "|retro*|all-hands|review|meeting",
)
MAP_MIN_ROWS = 3
LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Risks", re.compile(r"\brisks?\b")),
    (
        "Open questions",
        re.compile(r"open questions?|unknowns|unresolved|questions to (answer|ask)"),
    ),
    ("Next steps", re.compile(r"next steps?")),
)
LABEL_LINE = re.compile(
    r"^(?:[-*+]\s+|\d+[.)]\s+)?[*_\s]*(risks?|open questions?|unknowns|next steps?)[*_\s]*:"
)
LABEL_FINDER = compile_kind("label", "risk*|open question*|unknowns|next step*")
# A word each of LABELS' expressions needs: a heading without one names no label.
LABEL_HINTS = ("risk", "open question", "unknowns", "unresolved", "questions to", "next step")
EMPTY = re.compile(r"[\s*_|:.-]*(tbd|none|n/?a|todo|to do)?[\s*_|:.-]*")
LABEL_WIDTH = 60  # a label ends with a colon within this many characters


@custom(
    "channel_map",
    "a what-goes-where map (which topics go to the 1:1, the team meeting, async, urgent "
    "meetings, skip-levels)",
)
def _channel_map(reader: Reader) -> Finding:
    phrase = reader.finding("channel_map_phrase")
    if phrase.found:
        return phrase
    doc = reader.doc
    for table in doc.tables:
        channels = sum(1 for c in table.header if compiled(CHANNEL).search(c))
        where = any(compiled(WHERE_COLUMN).search(c) for c in table.header)
        if (where or channels >= 2) and len(table.rows) >= MAP_MIN_ROWS:
            return found_if([(table.head, 0)], 1, 1)
    hits = scan(doc, ARROW_LINES, None, limit=0)
    return found_if(hits, len(hits), MAP_MIN_ROWS)


@custom(
    "risks_open_next",
    "Risks, Open questions and Next steps, each present and not empty",
)
def _risks_open_next(reader: Reader) -> Finding:
    doc = reader.doc
    found: dict[str, Hit] = {}
    for heading in doc.headings:
        for hint in LABEL_HINTS:  # `any(...)` without a generator: ~45 headings a pack
            if hint in heading.title:
                break
        else:
            continue  # most headings name none of the three
        for label, pattern in LABELS:
            if (
                label not in found
                and pattern.search(heading.title)
                and _has_body(reader, heading.index + 1, heading.end)
            ):
                found[label] = (heading.index, 0)
    # A label line ("Risks: ...") always holds a LABEL_FINDER match, so its candidate lines
    # go straight to the anchored LABEL_LINE, which fails at once on most of them.
    for i in ids_of(candidate_bits(doc, LABEL_FINDER, None)):
        if doc.kinds[i] not in (PARA, ITEM):
            continue
        m = LABEL_LINE.match(doc.norm[i])
        if m is None:
            continue
        label = next(lbl for lbl, p in LABELS if p.search(m.group(1)))
        rest = doc.norm[i][m.end() :]
        if label not in found and (not EMPTY.fullmatch(rest) or _has_body(reader, i + 1, i + 2)):
            found[label] = (i, 0)
    hits = [found[label] for label, _ in LABELS if label in found]
    return found_if(hits, len(found), len(LABELS))


def _has_body(reader: Reader, start: int, end: int) -> bool:
    doc = reader.doc
    for i in range(start, min(end, len(doc.norm))):
        if doc.kinds[i] != HEADING and not EMPTY.fullmatch(doc.norm[i]):
            return True
    return False


def _playbook(topic: str) -> Callable[[Reader], Finding]:
    def check(reader: Reader) -> Finding:
        headings = reader.headings(topic)
        if headings:
            return found_if([(i, 0) for i in headings], len(headings), 1)
        mentions = reader.mention_ids(topic)
        labels = [(i, 0) for i in mentions if _is_label(reader, topic, i)]
        return found_if(labels, len(labels), 1)

    return check


def _is_label(reader: Reader, topic: str, index: int) -> bool:
    """A line that opens with the topic's name and a colon ("Skip-level: ...") heads a part."""
    line = reader.doc.norm[index]
    colon = line.find(":", 0, LABEL_WIDTH)
    return colon != -1 and reader.mentions(topic, line[:colon])


custom("crisis_playbook", "a post-crisis listening session playbook")(_playbook("crisis"))
custom("urgent_playbook", "an urgent topical meeting playbook")(_playbook("urgent"))
custom("skip_playbook", "a skip-level playbook")(_playbook("skip"))
