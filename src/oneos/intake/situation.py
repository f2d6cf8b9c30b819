"""Today's 1:1s and the team's situation from free text: cadence, events, skip-levels, pains."""

from __future__ import annotations

import re
from datetime import date, timedelta

from oneos.intake.extraction import Notebook, Sentence
from oneos.intake.lexicon import (
    DOC_TOOLS,
    EVENT_CUES,
    EVENT_HAPPENED,
    FAILURE_CUES,
    NEGATED,
    TRACKERS,
    WANT,
    compiled,
)
from oneos.intake.rx import rx
from oneos.intake.skip import SKIP
from oneos.intake.when import dates_between

MEETING = (
    r"(?:1:1s?|1-on-1s?|1on1s?|one[- ]on[- ]ones?|one[- ]to[- ]ones?|1to1s?|1-1s?|121s?|o3s?"
    r"|check-?ins?"
    r"|catch-?ups?|catch\s+up|syncs?|meetings?|meet|see\s+(?:my|them|each|everyone|all\s+of\s+them))"
)
FREQUENCIES: tuple[tuple[int, str], ...] = (
    (
        2,
        r"\bbi-?weekly\b|\bfortnightly\b|\b(?:every|each)\s+(?:other|second|two|2)\s+weeks?\b"
        r"|\btwice\s+a\s+month\b|\bsemi-?monthly\b",
    ),
    (3, r"\bevery\s+(?:three|3)\s+weeks\b"),
    (4, r"\bmonthly\b|\bonce\s+a\s+month\b|\bevery\s+(?:month|four\s+weeks|4\s+weeks)\b"),
    (
        1,
        r"\bw?e+kly\b|\bevery\s+week\b|\bonce\s+a\s+week\b|\beach\s+week\b"
        r"|\bevery\s+(?:monday|tuesday|wednesday|thursday|friday)\b",
    ),
    (0, r"\bdaily\b|\bevery\s+(?:day|morning)\b|\btwice\s+a\s+week\b"),
)
_LENGTH = (
    r"\b(?P<m>\d{1,3})[- ]?(?:min(?:ute)?s?|mins?|m)\b|\b(?P<half>half[- ]an[- ]hour|half-hour"
    r"|30-minute)\b"
    r"|\b(?P<hour>an\s+hour|one\s+hour|1\s*h(?:ou)?r?|hour-long|60\s+minutes)\b"
)
_DESIRED = (
    r"\b(?:want|would\s+like|I['’]d\s+like|should|propose|ideally|move\s+to|switch\s+to"
    r"|go\s+to|plan\s+to)\b"
)
_NOT_ONE_ON_ONE = (
    r"\bno\s+(?:real\s+|regular\s+|proper\s+|formal\s+)?(?:1:1s|one-on-ones|1-1s)"
    r"|\bas\s+a\s+(?:group|team|department)\b"
    r"|\bstand-?ups?\b|\bteam\s+meetings?\b|\bgroup\s+meetings?\b"
    r"|\bdon'?t\s+do\s+(?:any\s+)?(?:formal\s+|regular\s+)?(?:1:1s|one-on-ones)"
)
_STATUS_HOME = (
    r"\b(?:status|updates|progress)\s+(?:already\s+)?(?:lives?|is\s+tracked|are\s+tracked|goes|go"
    r"|is\s+posted|are\s+posted|happens?|is\s+shared|are\s+shared)\s+"
    r"(?:in|on|via|through|at)\s+(?P<home>(?:a|an|the|our)?\s*[\w'’ -]{2,40}?)(?=[.,;:!?\n]"
    r"|\s+and\b|$)"
    r"|\b(?:we|the\s+team)\s+(?:track|post|share|write|give)\s+(?:status|updates"
    r"|progress)\s+(?:in|on|via|at)\s+(?P<home2>(?:a|an|the|our)?\s*[\w'’ -]{2,40}?)(?=[.,;:!?\n]"
    r"|\s+and\b|$)"
    r"|(?:^|[.;\n]\s*|\n\s*[-*•]\s*)status\s*(?:in|on|via"
    r"|:)\s+(?P<home3>[\w'’ -]{2,40}?)(?=[.,;:!?\n]|\s+and\b|$)"
)


def read_cadence(nb: Notebook, sentences: list[Sentence]) -> None:
    """Today's cadence: frequency and length near a meeting word, not a wish or a skip-level."""
    for sentence in nb.sentences_with([MEETING, _DESIRED, _NOT_ONE_ON_ONE], sentences):
        s, e = sentence.start, sentence.end
        meeting = nb.find(MEETING, s, e)
        if not meeting and nb.find(_DESIRED, s, e) and _frequency(nb, s, e)[0] is not None:
            nb.mark((s, e))  # "I'd like them fortnightly"
            continue
        if nb.find(_NOT_ONE_ON_ONE, s, e) and not nb.find(_LENGTH, s, e):
            nb.mark((s, e))
        if meeting and nb.find(_NO_REGULAR, s, e):
            nb.mark((s, e))
            continue
        if meeting and nb.find(_NOT_ONE_ON_ONE, s, e):
            nb.mark((s, e))
            continue
        if not meeting or nb.find(SKIP, s, e):
            continue
        if nb.find(_DESIRED, s, meeting.start()) and not nb.find(_NOW, s, e):
            if _frequency(nb, s, e)[0] is not None or nb.find(_LENGTH, s, e):
                nb.mark((s, e))  # a wished-for cadence, not how things are today
            continue
        every, every_span = _frequency(nb, s, e)
        length = nb.find(_LENGTH, s, e)
        if every is None and length is None:
            continue
        if (
            nb.find(_DESIRED, s, e)
            and not nb.find(_NOW, s, e)
            and nb.find(_DESIRED, s, every_span[0] if every_span else e)
        ):
            nb.mark((s, e))
            continue
        minutes = _minutes(length) if length else None
        spans = [x for x in (every_span, length.span() if length else None) if x]
        start = min(min(x[0] for x in spans), meeting.start())
        end = max(max(x[1] for x in spans), meeting.end())
        if nb.has("current.cadence"):
            nb.mark((start, end))
            continue
        if minutes is None:
            minutes = 30
            nb.assume("assume-cadence-minutes", text=nb.quote((start, end)))
        if every is None:
            every = 1
            nb.assume("assume-cadence-weekly", text=nb.quote((start, end)))
        elif every == 0:
            # Daily or twice-weekly check-ins: count their weekly minutes, capped at 2 hours.
            per_week = 2 if nb.find(r"twice\s+a\s+week", s, e) else 5
            minutes = min(120, minutes * per_week)
            every = 1
            nb.assume("assume-cadence-daily", text=nb.quote((start, end)), minutes=minutes)
        minutes = max(10, min(120, minutes))
        nb.set("current.cadence", {"every_weeks": every, "minutes": minutes}, (start, end))


_NO_REGULAR = (
    r"\b(?:don'?t|do\s+not|never)\s+(?:really\s+)?(?:do|have|hold|run)\s+(?:any\s+)?(?:regular"
    r"|formal|proper|real)?\s*(?:1:1s|one-on-ones|one-to-ones)"
    r"|\bno\s+(?:regular|formal|proper|real)?\s*(?:1:1s|one-on-ones|one-to-ones|cadence)\b"
    r"|\bnothing\s+regular\b"
)
_NOW = r"\b(?:currently|today|right\s+now|now|at\s+the\s+moment)\b"


def _frequency(nb: Notebook, start: int, end: int) -> tuple[int | None, tuple[int, int] | None]:
    for weeks, pattern in FREQUENCIES:
        match = nb.find(pattern, start, end)
        if match:
            return weeks, match.span()
    return None, None


def _minutes(match: re.Match[str]) -> int:
    if match.group("m"):
        return int(match.group("m"))
    if match.group("half"):
        return 30
    return 60


def read_events(nb: Notebook, sentences: list[Sentence], today: date) -> None:
    """Layoffs, reorgs, incidents… with a date from the same sentence (or an assumed one)."""
    events: list[dict[str, object]] = []
    cues = compiled("EVENT_CUES")
    for sentence in nb.sentences_with([pattern for _, pattern in EVENT_CUES], sentences):
        s, e = sentence.start, sentence.end
        hits = [(kind, m) for kind, cue in cues if (m := cue.search(nb.text, nb.low, s, e))]
        if not hits:
            continue
        dates = dates_between(nb.text, today, s, e)
        for kind, match in hits:
            if rx(NEGATED).search(nb.text, nb.low, max(s, match.start() - 30), match.start()):
                continue
            if not dates and not nb.find(EVENT_HAPPENED, s, e):
                continue
            if nb.find(_DESIRED, s, match.start()) and not nb.find(_AFTER, s, e):
                continue
            span = match.span()
            if dates:
                nearest = min(dates, key=lambda w: abs(w.start - match.start()))
                when = nearest.date
                span = (min(span[0], nearest.start), max(span[1], nearest.end))
            else:
                coming = nb.find(_COMING, s, e)
                when = today + timedelta(days=14) if coming else today - timedelta(days=14)
                nb.assume("assume-event-date", event=kind.replace("-", " "), date=when.isoformat())
            if any(x["kind"] == kind and x["date"] == when for x in events):
                continue
            nb.fact(f"events[{len(events)}]", {"kind": kind, "date": when.isoformat()}, span)
            events.append({"kind": kind, "date": when})
    if events:
        nb.data["events"] = events


_AFTER = r"\b(?:after|since|following)\b"
_COMING = r"\b(?:upcoming|coming|next|planned|announced\s+for)\b"
_COMPLAINT = (
    r"\b(?:all|just|only|mostly|always|become|turn(?:ed|s)?\s+into|end\s+up|devolve"
    r"|status\s+updates"
    r"|read\s+out|nothing\s+but|too\s+much)\b"
)
_CANCEL_CONTEXT = r"\b(?:1:1|one|meeting|check|often|keep|always|get|half|lot)"


def read_failure_modes(nb: Notebook, sentences: list[Sentence]) -> None:
    """What is not working today."""
    found: list[str] = []
    for sentence in nb.sentences_with([pattern for _, pattern in FAILURE_CUES], sentences):
        s, e = sentence.start, sentence.end
        for mode, pattern in compiled("FAILURE_CUES"):
            if mode in found:
                continue
            match = pattern.search(nb.text, nb.low, s, e)
            if not match:
                continue
            if mode == "status-updates" and (
                nb.find(_STATUS_HOME, s, e) or not nb.find(_COMPLAINT, s, e)
            ):
                continue
            if mode == "cancelled-often" and not nb.find(_CANCEL_CONTEXT, s, e):
                continue
            found.append(mode)
            nb.fact("current.failure_modes", mode, match.span())
    if found:
        nb.set("current.failure_modes", found, (0, 0), record=False)


_NO_FEEDBACK = r"\b(?:no|never|rarely)\s+\w*\s*feedback"


def read_goals(nb: Notebook, sentences: list[Sentence]) -> None:
    goals: list[str] = []
    for sentence in nb.sentences_with([WANT], sentences):
        s, e = sentence.start, sentence.end
        for goal, pattern in compiled("GOAL_CUES"):
            match = pattern.search(nb.text, nb.low, s, e)
            if match and goal not in goals:
                if goal == "feedback" and nb.find(_NO_FEEDBACK, s, e):
                    continue
                goals.append(goal)
                nb.fact("goals", goal, match.span())
    if goals:
        nb.set("goals", goals, (0, 0), record=False)


_NO_SHARED_DOC = (
    r"\bno\s+shared\s+(?:docs?|notes)\b|\bdon'?t\s+(?:have|use|keep)\s+(?:a\s+"
    r"|any\s+)?shared\s+(?:docs?|notes)\b"
    r"|\bnothing\s+(?:is\s+|gets\s+)?written\s+down\b|\bno\s+notes\b"
)
_SHARED_DOC = (
    r"\b(?:we\s+(?:have|use|keep)|there['’]?s|there\s+is)\s+(?:a\s+)?shared\s+(?:docs?|notes)\b"
    r"|\bshared\s+docs?\s+(?:per|for\s+each|with\s+each)\b"
)


def read_tools(nb: Notebook) -> None:
    for shared, pattern in ((False, _NO_SHARED_DOC), (True, _SHARED_DOC)):
        match = nb.find(pattern)
        if match:
            nb.set("current.shared_doc", shared, match.span())
            break
    for key, table in (("tools.docs", DOC_TOOLS), ("tools.tracker", TRACKERS)):
        for value, pattern in table:
            match = nb.find(pattern)
            if match:
                nb.set(key, value, match.span())
                break
    home = nb.find(_STATUS_HOME)
    if home:
        group = next(g for g in ("home", "home2", "home3") if home.group(g))
        words = " ".join(nb.text[home.start(group) : home.end(group)].split())
        if words:
            nb.set("status_home", words, home.span(group))
