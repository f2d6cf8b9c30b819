"""The parts of a pack the gate can scope a rule to: a topic's sections plus lines naming it.

A topic's scope is every section whose heading matches `heading` (with its subsections) and
every line that matches `mention`, wherever it stands, so a rule about skip-levels also
reads a skip-level sentence that an author put under "Cadence".
"""

from __future__ import annotations

import re

from oneos.gate.patterns import lead_boundaries
from oneos.gate.signals import Signal


class Topic:
    """A part of a pack: how its headings read and how a line names it (a plain slotted
    class, as `Signal` is)."""

    __slots__ = ("heading", "id", "mention")

    def __init__(self, id: str, heading: re.Pattern[str], mention: Signal | None) -> None:
        self.id = id
        self.heading = heading
        self.mention = mention


def _topic(topic_id: str, heading: str, mention: str | None = None) -> Topic:
    signal = None
    if mention:
        signal = Signal(id=f"topic:{topic_id}", says=f"mentions {topic_id}", patterns=(mention,))
    return Topic(id=topic_id, heading=re.compile(lead_boundaries(heading)), mention=signal)


TOPICS: dict[str, Topic] = {
    t.id: t
    for t in (
        _topic(
            "purpose",
            r"purpose|\bgoals?\b|context|\bwhy\b|what .*\bfor\b|principles|charter|ground rules"
            r"|overview|introduction|what goes where",
        ),
        _topic(
            "cadence",
            r"cadence|rhythm|schedule|frequency|how often|meeting types|calendar|meeting plan"
            r"|roster|time budget|\bload\b|barbell|who (i|we) meet|1:1 plan",
            "cadence*|barbell",
        ),
        _topic(
            "coaching",
            r"coach|question bank|questions|conversation rules|asking|advice|advis|problem.solving",
            "coach*",
        ),
        _topic(
            "career",
            r"career|growth|development|aspiration|life story|dreams|future|action plan"
            r"|progression",
            "career*|growth bet*|life story|future dreams|promotion*",
        ),
        _topic(
            "wellbeing",
            r"well-?being|wellness|energy|recovery|burn-?out|stress|\bjoy\b|looking after"
            r"|mental health|self-care|how .*(doing|feeling)|morale",
            "well-?being|wellness|energy|joy|burn-?out|burnt out|stress*|mental health|exhaust*"
            "|overwhelm*",
        ),
        _topic(
            "crisis",
            r"crisis|listening session|listen first|layoff|lay-off|redundanc|reorg|re-org"
            r"|restructur|incident|hard news|bad news|feel heard|difficult (time|week|news)"
            r"|tough (time|week|news)|post-(crisis|incident|layoff|reorg)"
            r"|after (a|the) (layoff|reorg|incident|crisis|change|hard|bad|difficult)",
            "crisis|layoff*|lay-offs?|reorg*|re-org*|listening session*|restructur*",
        ),
        _topic(
            "urgent",
            r"urgent|topical|fast.?path|fast-track|hot topic|ad.hoc|quick decision|escalation",
            "urgent|topical|fast path|fast-path|fast-track",
        ),
        _topic("skip", r"skip", "skip-level*|skip level*|skiplevel*|skips"),
        _topic("pilot", r"pilot|trial|roll-?out|experiment", "pilot*"),
    )
}
