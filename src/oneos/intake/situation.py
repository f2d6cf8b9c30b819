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
from oneos.intake.numbers import NUMBER, Quantity, read_quantity
from oneos.intake.people import SKIP_TAIL
from oneos.intake.rx import rx
from oneos.intake.when import dates_between

MEETING = (
    r"(?:1:1s?|1-on-1s?|1on1s?|one[- ]on[- ]ones?|one[- ]to[- ]ones?|1to1s?|1-1s?|121s?|o3s?"
    r"|check-?ins?"
    r"|catch-?ups?|syncs?|meetings?)"
)
FREQUENCIES: tuple[tuple[int, str], ...] = (
    (
        2,
        r"\bbi-?weekly\b|\bfortnightly\b|\b(?:every|each)\s+(?:other|second|two|2)\s+weeks?\b"
        r"|\btwice\s+a\s+month\b|\bsemi-?monthly\b",
    ),
    (3, r"\bevery\s+(?:three|3)\s+weeks\b"),
    (4, r"\bmonthly\b|\bonce\s+a\s+month\b|\bevery\s+(?:month|four\s+weeks|4\s+weeks)\b"),
    (1, r"\bw?e+kly\b|\bevery\s+week\b|\bonce\s+a\s+week\b|\beach\s+week\b"),
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
_SKIP = (
    r"\b(?:meet|see|hear\s+from|talk\s+to|sessions?\s+with)\s+(?:the|their|those"
    r"|all\s+the)\s+[\w-]+\s+in\s+(?:small\s+)?groups\b"
    r"|\bskip[- ]?levels?\b|\bskips\b|\bskip\s+(?:meetings|1:1s)\b|\bindirect\s+reports\b"
    r"|\bindirects\b"
    r"|\bpeople\s+under\s+my\s+managers\b|\btheir\s+reports\b"
)
_POPULATION = (
    rf"(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:people|folks|ics|staff|employees|persons"
    rf"|indirects"
    rf"|indirect\s+reports|individual\s+contributors|members|[a-z]{{2,}}s)\b"
    rf"|\borg\s+of\s+(?P<n2>{NUMBER})"
)
_EACH = r"\beach\s+(?:of\s+them\s+)?(?:has|have|with|supervises?|manages?|leads?)\s+$"
_NO_SKIP = r"\b(?:no|not|without|don'?t\s+(?:do|want|need))\s+(?:any\s+)?skip"
_NOT_ONE_ON_ONE = (
    r"\bno\s+(?:real\s+|regular\s+|proper\s+|formal\s+)?(?:1:1s|one-on-ones|1-1s)"
    r"|\bas\s+a\s+(?:group|team|department)\b"
    r"|\bstand-?ups?\b|\bteam\s+meetings?\b|\bgroup\s+meetings?\b"
    r"|\bdon'?t\s+do\s+(?:any\s+)?(?:formal\s+|regular\s+)?(?:1:1s|one-on-ones)"
)
_UNDER = (
    r"\beach\s+(?:of\s+them\s+)?(?:has|have|with|supervises?|manages?|leads?)\b"
    r"|\bunder\s+(?:them|my\s+managers|those\s+managers)|\bbelow\s+them|\bin\s+(?:their"
    r"|my)\s+(?:org|teams)|\bin\s+total|\btotal\b|\bacross\s+(?:their|those)\s+teams|\bskip"
)
_SKIP_GOALS: tuple[tuple[str, str], ...] = (
    ("blockers", r"\bblock(?:ers?|ed)\b|\bunblock\w*|\bobstacles?\b"),
    ("coaching", r"\bcoach\w*|\bmentor\w*|\bcareer\b|\bdevelop\w*"),
    (
        "signal",
        r"\bsignal\b|\bpulse\b|\bhealth\b|\bhear\b|\blisten\w*|\btemperature\b"
        r"|\bwhat['’]s\s+(?:really\s+)?going\s+on\b|\bmorale\b",
    ),
)
_PILOT = (
    rf"(?P<n>{NUMBER})[- ]weeks?[- ](?:pilot|trial)\b|\b(?:pilot|trial)(?:\s+run)?\s+(?:of|for"
    rf"|over|lasting)\s+(?P<n2>{NUMBER})\s+weeks?\b"
    r"|\b(?P<month>a\s+)?month[- ]long\s+(?:pilot|trial)\b|\b(?:pilot|trial)\s+(?:for|of)\s+(?:a"
    r"|one)\s+month\b"
)
_CAREER = (
    r"\bcareer\s+(?:conversation|development|growth)?\s*(?:plans?|conversations?|sequence|talks?"
    r"|discussions?|paths?)"
    r"(?:\s+plans?)?(?:\s+(?:for|with)\s+(?P<who>[^.;:!?\n]{1,80}))?"
)
_NO_CAREER = (
    r"\b(?:no|skip|without|not\s+now|not\s+ready\s+for)\s+(?:the\s+)?career\b"
    r"|\bcareer\s+(?:stuff\s+)?can\s+wait\b"
)
_LADDER = (
    r"\b(?:career\s+)?(?:ladder|competency\s+(?:model|framework)|career\s+framework"
    r"|levelling\s+guide|leveling\s+guide)\b"
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
_REQUEST = (
    r"\b(?:design|create|propose|include|build|make|draft|write|give\s+me|set\s+up|help\s+me|need"
    r"|want|would\s+like|looking\s+for)\b"
    r"[^.!?\n]{0,120}?\b(?:cadence|template|doc|agenda|question\s+bank|questions|plan|pilot"
    r"|toolkit|playbook|barbell|structure|system|approach|format"
    r"|relationships?|escalation|urgent|rhythm|setup|set-up)"
)
_FILLER = (
    r"^\W*(?:hi|hello|hey|thanks?|thank\s+you|cheers|please|help|context|background|ok"
    r"|so)\b\W*$|^\W*$"
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
        if not meeting or nb.find(_SKIP, s, e):
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
_GROUPS = (
    rf"\bin\s+(?:small\s+)?groups\b(?:\s+of\s+(?P<size>{NUMBER}))?|\bgroup\s+skip"
    rf"|(?P<size2>{NUMBER})\s+(?:people\s+)?at\s+a\s+time\b"
)
_INDIVIDUAL = r"\bindividual(?:ly)?\b|\bone[- ](?:on|to)[- ]one\b|\b1:1\b"


def read_skip_level(nb: Notebook, sentences: list[Sentence], managers: int) -> None:
    """Skip-level intent, the population it covers, its goal and its format. `managers` is
    the number of direct reports, for "each of them has about 12"."""
    intent = None
    population = None
    for sentence in nb.sentences_with([_SKIP, _UNDER, r"\borg\s+of\b"], sentences):
        s, e = sentence.start, sentence.end
        skip = nb.find(_SKIP, s, e)
        if skip and nb.find(_NO_SKIP, s, e):
            nb.mark(skip.span())
            skip = None
        if skip and intent is None:
            intent = skip.span()
        if population is None and (skip or nb.find(_UNDER, s, e) or nb.find(r"\borg\s+of\b", s, e)):
            population = _population(nb, s, e, managers)
        if skip:
            for goal, pattern in _SKIP_GOALS:
                found = nb.find(pattern, skip.end(), e)
                if found and not nb.has("skip_level.goal"):
                    nb.set("skip_level.goal", goal, found.span())
            group = nb.find(_GROUPS, s, e)
            if group:
                nb.set("skip_level.format", "groups", group.span())
                size = read_quantity(group.group("size") or group.group("size2") or "")
                if size is not None:
                    nb.set("skip_level.group_size", max(3, min(5, size.value)), group.span())
            elif nb.find(_INDIVIDUAL, skip.end(), e):
                found = nb.find(_INDIVIDUAL, skip.end(), e)
                assert found is not None
                nb.set("skip_level.format", "individual", found.span())
    if population is not None:
        quantity, span = population
        if intent is None:
            nb.mark(span)
            nb.data.pop("skip_level", None)
            nb.ask("ask-skip-population-without-intent", n=quantity.value)
            return
        nb.set("skip_level.population", max(1, min(5000, quantity.value)), span)
        if quantity.approximate:
            nb.assume("assume-approximate", text=nb.quote(span), value=quantity.value)
    elif intent is not None:
        nb.mark(intent)
        nb.data.pop("skip_level", None)
        nb.ask("ask-skip-population")


_COMPLAINT = (
    r"\b(?:all|just|only|mostly|always|become|turn(?:ed|s)?\s+into|end\s+up|devolve"
    r"|status\s+updates"
    r"|read\s+out|nothing\s+but|too\s+much)\b"
)
_CANCEL_CONTEXT = r"\b(?:1:1|one|meeting|check|often|keep|always|get|half|lot)"


def _population(
    nb: Notebook, start: int, end: int, managers: int
) -> tuple[Quantity, tuple[int, int]] | None:
    """The count in a sentence that is the skip-level population: one said to be "under
    them" or "each" manager's first, else the largest (the directs are the smaller number)."""
    found: list[tuple[int, int, Quantity, tuple[int, int]]] = []
    for match in rx(_POPULATION).finditer(nb.text, nb.low, start, end):
        quantity = read_quantity(match.group("n") or match.group("n2"))
        if quantity is None or quantity.value <= 0:
            continue
        span = match.span()
        each = nb.find(_EACH, max(start, match.start() - 40), match.start())
        under = SKIP_TAIL.match(nb.text[match.end() : match.end() + 40]) is not None
        if each and managers > 1:
            total = quantity.value * managers
            nb.assume(
                "assume-each", text=nb.quote((each.start(), match.end())), n=managers, total=total
            )
            quantity, span = Quantity(total, total, total, True), (each.start(), match.end())
        found.append(
            (int(bool(each or under or match.group("n2"))), quantity.value, quantity, span)
        )
    if not found:
        return None
    _, _, quantity, span = max(found, key=lambda f: (f[0], f[1]))
    return quantity, span


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


def read_asks(nb: Notebook, sentences: list[Sentence]) -> None:
    """What the manager asks for: pilot length, career plans, deliverables."""
    pilot = nb.find(_PILOT)
    if pilot:
        if pilot.group("month") is not None or "month" in pilot.group():
            weeks = 4
        else:
            quantity = read_quantity(pilot.group("n") or pilot.group("n2"))
            weeks = quantity.value if quantity else 4
        clamped = max(2, min(4, weeks))
        if clamped != weeks:
            nb.assume("assume-pilot-clamped", asked=weeks, weeks=clamped)
        nb.set("pilot.weeks", clamped, pilot.span())
    no_career = nb.find(_NO_CAREER)
    if no_career:
        nb.set("career.run", False, no_career.span())
    ladder = nb.find(_LADDER)
    if ladder and not nb.find(r"\bno\s+(?:career\s+)?(?:ladder|framework)"):
        nb.set(
            "career.ladder", " ".join(nb.text[ladder.start() : ladder.end()].split()), ladder.span()
        )
    for sentence in nb.sentences_with([_REQUEST], sentences):
        nb.mark((sentence.start, sentence.end))
    for sentence in sentences:
        if len(sentence.text) < 40 and rx(_FILLER).search(sentence.text, sentence.text.lower()):
            nb.mark((sentence.start, sentence.end))


_WHO_BY_FLAG = {
    "passed-over": r"passed[- ]over|promotion",
    "senior": r"senior",
    "new-hire": r"new\s+hire|new\s+joiner|newest",
    "struggling": r"struggl",
    "flight-risk": r"flight|leav",
    "former-peer": r"peer",
    "returning-from-leave": r"return|leave",
}
_EVERYONE = r"\b(?:everyone|everybody|all|the\s+whole\s+team|each)\b"


def career_who(nb: Notebook, people: list[dict[str, object]]) -> None:
    """ "Career plan for Priya / for the passed-over one / for the two seniors" -> career.who."""
    match = nb.find(_CAREER)
    if not match:
        return
    if match.group("who") is None:
        nb.mark(match.span())
        return
    span = match.span("who")
    who_text = nb.text[span[0] : span[1]]
    chosen = [
        str(p["alias"]) for p in people if re.search(rf"\b{re.escape(str(p['alias']))}\b", who_text)
    ]
    if not chosen:
        for person in people:
            role = str(person.get("role") or "")
            if role and nb.find(rf"\b{re.escape(role.lower())}s?\b", *span):
                chosen.append(str(person["alias"]))
    if not chosen:
        for flag, pattern in _WHO_BY_FLAG.items():
            if nb.find(pattern, *span):
                chosen += [str(p["alias"]) for p in people if flag in _flags(p)]
    if chosen:
        nb.set("career.who", list(dict.fromkeys(chosen)), span)
    else:
        nb.mark(span)


def _flags(person: dict[str, object]) -> list[str]:
    flags = person.get("flags", [])
    return [str(f) for f in flags] if isinstance(flags, list) else []
