"""Signals that need more than one pattern: tables, counts, and kinds of things in a window.

Their thresholds and word lists are tables at the top of this module, to tune in one place.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from oneos.gate.document import Table
from oneos.gate.index import bits_of
from oneos.gate.lexicon import MINUTES
from oneos.gate.reader import RULES, Reader, compile_kind, custom
from oneos.gate.signals import MAX_EVIDENCE, Finding, Rule, matches, scan

# How many questions make a question list, and in which part of the pack they count.
QUESTION_COUNTS: dict[str, tuple[str, int, str]] = {
    "coaching_questions": ("coaching", 3, "at least 3 coaching questions"),
    "question_bank": ("coaching", 12, "a coaching question bank of 12 or more questions"),
    "skip_questions": ("skip", 5, "at least 5 skip-level questions"),
}

# Kinds of things a rule wants to see, and how many kinds are enough.
DIRECTIVE_ANCHOR = compile_kind(
    "directive",
    "directive|be direct|tell (them|the report|your report|people) what to do|make the call"
    "|step in|take over|decide for (them|the report)|override"
    "|give (a |the )?(clear |direct )?(answer|instruction|direction)",
)
DIRECTIVE_KINDS: tuple[tuple[str, tuple[Rule, ...]], ...] = (
    ("safety", compile_kind("safety", "safety|unsafe|harm*|danger*|injur*|security|hurt*")),
    (
        "legal, HR policy or ethics",
        compile_kind(
            "legal",
            "legal|law|laws|hr|ethic*|complian*|harass*|discriminat*|fraud|regulat*|integrity"
            "|privacy|polic*",
        ),
    ),
    (
        "a time-critical incident",
        compile_kind(
            "time",
            "time-critical|time critical|time-sensitive|urgent|incident*|outage*|emergency"
            "|deadline*|production|on fire|crisis|no time",
        ),
    ),
    (
        "a repeated pattern after clear expectations",
        compile_kind(
            "pattern",
            "repeat*|again|pattern|expectations (were |was |have been |are )?(clear*|set|agreed"
            "|explicit)|after (clear )?expectations|third time|keeps? (happening|missing|slipping)"
            "|recurring",
        ),
    ),
    (
        "someone new who lacks context",
        compile_kind(
            "new",
            "new hire*|new joiner*|new starter*|new to the team|new person|lack* (the )?context"
            "|missing context|no context|first weeks|onboarding",
        ),
    ),
)
DIRECTIVE_WINDOW = 10  # logical lines after a "when to be directive" line
DIRECTIVE_MIN, DIRECTIVE_FULL = 2, 4

ESCALATION_KINDS: tuple[tuple[str, tuple[Rule, ...]], ...] = (
    (
        "company support (EAP)",
        compile_kind(
            "support",
            "eap|employee assistance|assistance program*|wellbeing (benefit|service|programme"
            "|program|support)|support line|helpline|mental health (benefit|support|service)"
            "|counselling service*",
        ),
    ),
    ("HR or the people team", compile_kind("hr", "hr|people team|people partner|hrbp|human res*")),
    (
        "professional care",
        compile_kind(
            "care",
            "professional (help|care|support|services)|doctor|gp|clinician|medical (help|care"
            "|advice|professional)|health ?care (provider|professional)",
        ),
    ),
    (
        "emergency services",
        compile_kind(
            "emergency", "emergency|911|999|112|immediate (danger|risk)|crisis line|urgent care"
        ),
    ),
    ("company policy", compile_kind("policy", "company polic*|polic*")),
)
ESCALATION_FULL = 3

URGENT_KINDS: tuple[tuple[str, tuple[Rule, ...]], ...] = (
    (
        "when to call one",
        compile_kind(
            "triggers",
            "trigger*|when to (use|call|ask|request)|use (it|this|one) (when|for)|examples?"
            "|for (a |an )?(decision|incident|blocker|escalation|risk)s?",
        ),
    ),
    (
        "one decision per meeting",
        compile_kind("one", "one (decision|topic|issue|question|thing)|single (decision|topic)"),
    ),
    (
        "a written outcome",
        compile_kind("outcome", "written|write (down|up)|record*|outcome|decision log|summar*"),
    ),
    ("a length", compile_kind("length", MINUTES)),
    ("how to ask", compile_kind("ask", "request*|ask for|book*|ping|message|slack|dm|calendar")),
)
URGENT_MIN = 3

FREQUENCY_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(pattern))
    for label, pattern in (
        ("twice a week", r"twice a week"),
        (
            "every 2 weeks",
            r"\bbi-?weekly|fortnightly|every other week|every (two|2) weeks|twice a month",
        ),
        ("every 2–4 weeks", r"every (2|two) ?(-|–|to) ?(3|4|three|four) weeks"),
        ("every 3 weeks", r"every (three|3) weeks"),
        ("monthly", r"monthly|every (four|4) weeks|once a month|every month|each month"),
        ("every 6 weeks", r"every (six|6) weeks"),
        ("quarterly", r"quarterly|every quarter|once a quarter"),
        ("weekly", r"(?<!bi)(?<!bi-)\bweekly|every week|each week|once a week|per week"),
    )
)
RELATIONSHIP = re.compile(
    r"\b(new|stable|senior|strained|struggling|tenured|experienced|independent|onboarding"
    r"|hires?|junior|mid-level|principal|ramping|established|trusted|at risk|low-trust"
    r"|high-trust|veteran|seasoned|self-directed|under (change|pressure)|first (\d+|four|six"
    r"|eight) weeks|team leads?|tech leads?)\b"
)
CLASSES_SHOWN = 3  # enough distinct rhythms to show; two already pass
NOT_A_DIRECT = re.compile(r"skip|urgent|topical|catch-?up|walk|coffee|lunch|career|pilot|retro")
WHO_COLUMN = re.compile(
    r"person|who|report|name|relationship|direct|team member|people|role|type|stage|tier|group"
)
ACTION_COLUMN = re.compile(
    r"action|item|what|next step|task|commitment|to-?do|follow-?up|step|decision"
)
STRICT_ACTION_COLUMN = re.compile(
    r"action items?|action points?|next steps?|to-?dos?|follow-?ups?|commitments?|tasks?|actions"
)
OWNER_COLUMN = re.compile(r"owner|\bwho\b|assignee|responsible|by whom")
DUE_COLUMN = re.compile(r"due|when|deadline|date|checkpoint|target|1:1|review")


Hit = tuple[int, int]


def found_if(hits: list[Hit], count: int, need: int) -> Finding:
    """A finding that counts `count` things and is found when there are at least `need`."""
    return Finding(found=count >= need, hits=tuple(hits[:MAX_EVIDENCE]), count=count)


def _question_check(topic: str, need: int) -> Callable[[Reader], Finding]:
    def check(reader: Reader) -> Finding:
        count, hits = reader.memo(f"questions {topic}", lambda: _questions(reader, topic))
        return found_if(hits, count, need)

    return check


def _questions(reader: Reader, topic: str) -> tuple[int, list[Hit]]:
    """How many question marks the topic's lines hold, and the first lines holding one."""
    ids = reader.scope_ids(topic)
    lines = list(map(reader.doc.norm.__getitem__, ids))
    hits: list[Hit] = []
    for i, line in zip(ids, lines, strict=True):
        if "?" in line:
            hits.append((i, 0))
            if len(hits) == MAX_EVIDENCE:
                break
    return "\n".join(lines).count("?"), hits


for _signal, (_topic, _need, _says) in QUESTION_COUNTS.items():
    custom(_signal, _says)(_question_check(_topic, _need))


def _kinds(
    reader: Reader, kinds: tuple[tuple[str, tuple[Rule, ...]], ...], ids: int | None
) -> list[Hit]:
    """The first line of each kind that appears in the given lines."""
    seen = []
    for _label, rules in kinds:
        hits = scan(reader.doc, rules, ids, limit=1)
        if hits:
            seen.append(hits[0])
    return seen


def _directive_window(reader: Reader) -> int:
    doc = reader.doc
    starts = sorted(h.index for h in doc.headings)
    ends = {h.index: h.end for h in doc.headings}
    bits = 0
    for i, _ in scan(doc, DIRECTIVE_ANCHOR, None, limit=0):
        if i in ends:
            stop = ends[i]
        else:
            later = starts[bisect.bisect_right(starts, i) :]
            stop = min(i + 1 + DIRECTIVE_WINDOW, later[0] if later else len(doc.norm))
        bits |= ((1 << (stop - i)) - 1) << i  # lines i to stop - 1
    return bits


def _directive(need: int) -> Callable[[Reader], Finding]:
    def check(reader: Reader) -> Finding:
        seen = reader.memo(
            "directive", lambda: _kinds(reader, DIRECTIVE_KINDS, _directive_window(reader))
        )
        return found_if(seen, len(seen), need)

    return check


custom(
    "directive_exceptions",
    "a 'when to be directive' list with at least two cases (e.g. safety, legal or ethics)",
)(_directive(DIRECTIVE_MIN))
custom(
    "directive_exceptions_full",
    "directive exceptions covering safety, legal/HR/ethics, time-critical incidents and a "
    "repeated pattern after clear expectations",
)(_directive(DIRECTIVE_FULL))


def _kinds_in_scope(
    scope: str, kinds: tuple[tuple[str, tuple[Rule, ...]], ...], need: int
) -> Callable[[Reader], Finding]:
    def check(reader: Reader) -> Finding:
        seen = _kinds(reader, kinds, reader.scope(scope))
        return found_if(seen, len(seen), need)

    return check


custom(
    "escalation_full",
    "escalation paths of at least three kinds (company support such as an EAP, HR, "
    "professional care, emergency services, company policy)",
)(_kinds_in_scope("wellbeing crisis", ESCALATION_KINDS, ESCALATION_FULL))
custom(
    "urgent_rules",
    "urgent-meeting rules: at least three of when to call one, how to ask, its length, one "
    "decision per meeting, a written outcome",
)(_kinds_in_scope("urgent", URGENT_KINDS, URGENT_MIN))


@custom(
    "cadence_by_relationship",
    "a cadence that differs by person or relationship (e.g. new: weekly, stable: every two weeks)",
)
def _cadence_by_relationship(reader: Reader) -> Finding:
    doc = reader.doc
    who_rows = {
        r for t in doc.tables if t.header and WHO_COLUMN.search(t.header[0]) for r in t.rows
    }
    cadence = reader.scope("cadence") or 0
    elsewhere = reader.section_bits("skip") | reader.section_bits("career")
    lines = (cadence | bits_of(who_rows)) & ~elsewhere
    classes: dict[str, int] = {}
    for i, _ in matches(doc, RULES["frequency"], lines):  # lazily: it stops at three rhythms
        line = doc.norm[i]
        if NOT_A_DIRECT.search(line):
            continue
        if i not in who_rows and not RELATIONSHIP.search(line):
            continue
        for label, pattern in FREQUENCY_CLASSES:
            if label not in classes and pattern.search(line):
                classes[label] = i
        if len(classes) >= CLASSES_SHOWN:
            break
    hits = [(i, 0) for i in sorted(set(classes.values()))]
    return found_if(hits, len(classes), 2)


def _is_action_table(table: Table) -> bool:
    header = table.header
    return (
        any(ACTION_COLUMN.search(c) for c in header)
        and any(OWNER_COLUMN.search(c) for c in header)
        and any(DUE_COLUMN.search(c) for c in header)
    )


def _action_tables(reader: Reader) -> list[bool]:
    """For each table, whether it is an action table (two signals ask)."""
    return reader.memo("action tables", lambda: [_is_action_table(t) for t in reader.doc.tables])


@custom("action_table", "an action-item table with owner and due (or checkpoint) columns")
def _action_table(reader: Reader) -> Finding:
    tables = zip(reader.doc.tables, _action_tables(reader), strict=True)
    heads = [(t.head, 0) for t, is_action in tables if is_action]
    return found_if(heads, len(heads), 1)


@custom(
    "action_table_incomplete",
    "an action-item table without an owner or a due-date column",
)
def _action_table_incomplete(reader: Reader) -> Finding:
    tables = zip(reader.doc.tables, _action_tables(reader), strict=True)
    heads = [
        (t.head, 0)
        for t, is_action in tables
        if not is_action and any(STRICT_ACTION_COLUMN.search(c) for c in t.header)
    ]
    return found_if(heads, len(heads), 1)
