"""Skip-level intent from free text: who they would cover, what they are for, their shape."""

from __future__ import annotations

from oneos.intake.counts import SKIP_TAIL, THEIR_MANAGERS
from oneos.intake.extraction import Notebook, Sentence
from oneos.intake.numbers import NUMBER, Quantity, read_quantity
from oneos.intake.rx import rx

SKIP = (
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
_UNDER = (
    r"\beach\s+(?:of\s+them\s+)?(?:has|have|with|supervises?|manages?|leads?)\b"
    rf"|\bunder\s+{THEIR_MANAGERS}|\bbelow\s+them|\bin\s+(?:their"
    r"|my)\s+(?:org|teams)|\bin\s+total|\btotal\b|\bacross\s+(?:their|those)\s+teams|\bskip"
    r"|\btogether\s+(?:have|manage|lead|look\s+after)\b|\bbetween\s+them\b"
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
_GROUPS = (
    rf"\b(?:in|with)\s+(?:small\s+)?groups\b(?:\s+of\s+(?P<size>{NUMBER}))?|\bgroup\s+skip"
    rf"|(?P<size2>{NUMBER})\s+(?:people\s+)?at\s+a\s+time\b"
)
_INDIVIDUAL = r"\bindividual(?:ly)?\b|\bone[- ](?:on|to)[- ]one\b|\b1:1\b"


def read_skip_level(nb: Notebook, sentences: list[Sentence], managers: int) -> None:
    """Skip-level intent, the population it covers, its goal and its format. `managers` is
    the number of direct reports, for "each of them has about 12"."""
    intent = None
    population = None
    for sentence in nb.sentences_with([SKIP, _UNDER, r"\borg\s+of\b"], sentences):
        s, e = sentence.start, sentence.end
        skip = nb.find(SKIP, s, e)
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
    if intent is not None:
        nb.mark(intent)
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
