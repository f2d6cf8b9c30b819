"""What the manager asks for in free text: pilot length, career plans, deliverables."""

from __future__ import annotations

import re

from oneos.intake.extraction import Notebook, Sentence
from oneos.intake.numbers import NUMBER, read_quantity
from oneos.intake.rx import rx

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
