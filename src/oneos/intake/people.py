"""The roster from free text: headcount, role breakdown, names, and who each situation is about."""

from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from oneos.intake.extraction import Notebook, Sentence
from oneos.intake.lexicon import (
    PEOPLE_NOUNS,
    ROLE_MODIFIERS,
    SENIORITY,
    SENIORITY_WORDS,
    is_manager_role,
    role_name,
    role_pattern,
    same_role,
)
from oneos.intake.numbers import NUMBER, Quantity, count_starts, match_at, read_quantity
from oneos.intake.rx import lowered
from oneos.intake.subjects import Subject, find_subjects, roster_names
from oneos.intake.traits import Span, Traits, read_traits
from oneos.model.places import Place, find_places

MAX_PEOPLE = 60
_DOTTED = re.compile(r"\bdotted[- ]lines?\b")
_EACH_BEFORE = re.compile(
    r"\beach\s+(?:of\s+them\s+)?(?:has|have|with|supervises?|manages?|leads?|runs?)\s+(?:about\s+|around\s+|roughly\s+|~)?$",
    re.IGNORECASE,
)
# A count followed by one of these is the people under the manager's managers, not directs.
SKIP_TAIL = re.compile(
    r"^\s*(?:\w+\s+){0,2}(?:under\s+(?:them|my\s+managers|those\s+managers|the\s+managers|my\s+leads)"
    r"|below\s+them|in\s+(?:their|my|the)\s+(?:org|orgs|teams|organi[sz]ation)|across\s+(?:their|those|the)\s+teams"
    r"|in\s+total|total\b|overall|beneath|two\s+levels\s+down|as\s+skip)",
    re.IGNORECASE,
)


@cache
def _headcount_re() -> re.Pattern[str]:
    lead = (
        r"(?:\bI\s+(?:have|manage|lead|look\s+after|oversee|support|run)|\bI['’]ve\s+got"
        r"|\bI['’]m\s+(?:managing|leading)|\bmanaging|\bleading|\bwith|\bmy|\bteam\s+of"
        r"|\bgroup\s+of|\bhave|\bgot|\bof|\binherited|\bw/)"
    )
    adjectives = (
        r"(?:(?:direct|full-time|permanent|remote|amazing|great|lovely|talented|wonderful|awesome|"
        r"brilliant|smart|fantastic|total|current)\s+)*"
    )
    return re.compile(
        rf"{lead}\s+(?P<n>{NUMBER})\s+{adjectives}(?:{PEOPLE_NOUNS}\b|(?:{SENIORITY}\s+)?{role_pattern()})"
        rf"|\bteam\s+of\s+(?P<n2>{NUMBER})(?![\w-])"
        rf"|(?<![\w-])(?P<n3>{NUMBER})[- ](?:person|people|strong|member|head)\s+team\b"
        rf"|(?<![\w-])(?P<n4>{NUMBER})\s+(?:direct\s+)?reports\b"
        rf"|\bheadcount\s+(?:is\s+|of\s+)?(?P<n5>{NUMBER})(?![\w-])"
        rf"|\b(?:direct\s+)?reports\s*[:=]\s*(?P<n6>{NUMBER})(?![\w-])",
        re.IGNORECASE,
    )


@cache
def _breakdown_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?P<n>{NUMBER}|an?|one)\s+(?:{SENIORITY}\s+)?{role_pattern()}", re.IGNORECASE
    )


def placeholder_alias(i: int) -> str:
    """'Report A' … 'Report Z', then 'Report A2' …: names for people the text did not name."""
    return f"Report {string.ascii_uppercase[i % 26]}" + (str(i // 26 + 1) if i >= 26 else "")


@dataclass
class Draft:
    """A person as the extractor builds them."""

    alias: str
    named: bool = False
    role: str | None = None
    seniority: str | None = None
    flags: list[str] = field(default_factory=list)
    tenure_weeks: int | None = None
    timezone: str | None = None
    stage: str | None = None
    kind: str | None = None
    claimed: bool = False

    def data(self) -> dict[str, object]:
        out: dict[str, object] = {"alias": self.alias}
        for key in ("role", "seniority", "stage", "tenure_weeks", "timezone", "kind"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.flags:
            out["flags"] = list(self.flags)
        return out


@dataclass
class Roster:
    """The people being built, with what is known about the team as a whole."""

    nb: Notebook
    people: list[Draft] = field(default_factory=list)
    fixed_size: bool = False
    last_group: list[int] = field(default_factory=list)
    team_zones: list[tuple[str, Span]] = field(default_factory=list)

    def add_anonymous(self) -> int | None:
        if len(self.people) >= MAX_PEOPLE:
            return None
        taken = {p.alias for p in self.people}
        for i in range(MAX_PEOPLE):
            alias = placeholder_alias(i)
            if alias not in taken:
                self.people.append(Draft(alias))
                return len(self.people) - 1
        return None

    def index_of(self, name: str) -> int:
        for i, person in enumerate(self.people):
            if person.alias == name:
                return i
        self.people.append(Draft(name, named=True, claimed=True))
        return len(self.people) - 1

    def apply(self, indexes: list[int], traits: Traits, *, counted: bool) -> None:
        """Give each person the traits, recording one fact per person per trait."""
        for i in indexes:
            person = self.people[i]
            for flag, span in traits.flags:
                if flag not in person.flags:
                    person.flags.append(flag)
                    self.nb.fact(f"people[{i}].flags", flag, span)
                if flag == "senior" and counted and person.seniority is None:
                    person.seniority = "senior"
            if traits.dotted and person.kind is None:
                person.kind = "dotted-line"
            for attr in ("seniority", "tenure_weeks", "role", "timezone", "stage"):
                found = getattr(traits, "zone" if attr == "timezone" else attr)
                if found is not None and getattr(person, attr) is None:
                    setattr(person, attr, found[0])
                    self.nb.fact(f"people[{i}].{attr}", found[0], found[1])


def headcount(text: str) -> tuple[Quantity, Span] | None:
    """The first stated number of direct reports."""
    for match in _headcount_re().finditer(text):
        group = next(g for g in ("n", "n2", "n3", "n4", "n5", "n6") if match.group(g))
        if SKIP_TAIL.match(text[match.end() : match.end() + 40]):
            continue
        quantity = read_quantity(match.group(group))
        if quantity is not None and quantity.value > 0:
            if group == "n" and match.group("noun") and _LIST_GOES_ON.match(text, match.end()):
                continue  # "7 AEs and 2 SDRs" is a breakdown, counted there
            more = _MORE.match(text, match.end())
            extra = read_quantity(more.group("n")) if more else None
            if more and extra is not None:
                # "a team of 7 developers in Madrid and 2 in Buenos Aires"
                total = quantity.value + extra.value
                return Quantity(total, total, total, quantity.approximate), match.span()
            return quantity, match.span()
    return None


_LIST_GOES_ON = re.compile(rf"\s*(?:,|and|&|plus|\+)\s+(?:and\s+)?(?:{NUMBER}|an?)\s+\w", re.I)
_MORE = re.compile(
    rf"(?:\s+(?:in|on|from|based\s+in)\s+[^,.;:\d]{{1,30}}?)?\s*(?:,|and|plus|&)\s+"
    rf"(?:another\s+)?(?P<n>{NUMBER})\s+(?:more\s+)?(?:in|on|from|based)\b",
    re.IGNORECASE,
)


def breakdown(text: str) -> list[tuple[str, str | None, Quantity, Span]]:
    """(role, seniority, count, span) for each "3 PMs", "2 senior engineers", "a designer"."""
    out: list[tuple[str, str | None, Quantity, Span]] = []
    last_end = -10
    last_noun = ""
    for match in match_at(_breakdown_re(), text, count_starts(lowered(text))):
        if match.start() < last_end:
            continue
        word = match.group("n").lower()
        if word == "both" or _under_them(text, match.start(), match.end()):
            continue
        if word in ("a", "an") and not re.fullmatch(
            r"\s*(?:,|and|&|\+|plus)\s*(?:and\s+)?", text[last_end : match.start()]
        ):
            continue
        quantity = Quantity(1, 1, 1) if word in ("a", "an") else read_quantity(match.group("n"))
        if quantity is None or quantity.value <= 0:
            continue
        seniority = match.group("seniority")
        level = SENIORITY_WORDS.get(seniority.lower().replace(" ", "-")) if seniority else None
        role = role_name(match.group("mod"), match.group("noun"))
        out.append((role, level, quantity, match.span()))
        last_end = match.end()
        last_noun = match.group("noun")
        # "5 backend engineers, 2 frontend, 1 QA": the bare "2 frontend" borrows the noun.
        while (bare := _BARE_ITEM.match(text, last_end)) is not None:
            count = read_quantity(bare.group("n"))
            if count is None:
                break
            out.append((role_name(bare.group("mod2"), last_noun), None, count, bare.span()))
            last_end = bare.end()
    return out


_BARE_ITEM = re.compile(
    rf"\s*(?:,|and|&|\+|/)\s*(?:and\s+)?(?P<n>{NUMBER})\s+(?P<mod2>{ROLE_MODIFIERS})\b(?!\s+\w*(?:er|or|ist|ant)s?\b)",
    re.IGNORECASE,
)


_SENTENCE_UNDER = re.compile(
    r"\b(?:under|below|beneath)\s+(?:them|my\s+managers|those\s+managers)\b|\bin\s+their\s+teams\b|\bskip",
    re.IGNORECASE,
)


def _under_them(text: str, start: int, end: int) -> bool:
    """A count of the people under the manager's managers, not of their direct reports."""
    if SKIP_TAIL.match(text[end : end + 40]) or _EACH_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return True
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start))
    right = min(
        (i for i in (text.find(".", end), text.find("\n", end)) if i >= 0), default=len(text)
    )
    sentence = text[left + 1 : right]
    return bool(_SENTENCE_UNDER.search(sentence)) and not re.search(
        r"\b(?:I\s+(?:have|manage|lead)|my\s+directs?|report\s+to\s+me)\b",
        text[left + 1 : start],
        re.I,
    )


def read_people(
    nb: Notebook, sentences: list[Sentence], places: list[Place], today: date
) -> tuple[Roster, list[Subject]]:
    """Build the roster: names first, then anonymous "Report A…" up to the headcount, then the
    role breakdown in order, then each subject's situations on the people it is about."""
    text = nb.text
    roster = Roster(nb)
    subjects = find_subjects(text, sentences)
    for subject in subjects:
        for name in subject.names:
            roster.index_of(name)
    for name, span in roster_names(text):
        roster.index_of(name)
        nb.mark(span)
    stated = headcount(text)
    items = breakdown(text)
    # "one AE in Denver" picks from the roster a list or a headcount already gave; it adds
    # people only when nothing else counted them.
    said = {s.start for s in subjects if s.kind in ("count", "group")}
    listed = [item for item in items if item[3][0] not in said]
    if stated is not None or listed:
        items = listed
    total = sum(q.value for _, _, q, _ in items)
    if stated is not None:
        quantity, span = stated
        roster.fixed_size = True
        nb.mark(span)
        size = quantity.value
        if quantity.is_range:
            nb.assume("assume-range", text=nb.quote(span), value=size)
        elif quantity.guessed:
            nb.assume("assume-vague-count", text=nb.quote(span), value=size)
        if total > size:
            nb.assume("assume-breakdown-more", stated=size, total=total)
            size = total
        if len(roster.people) > size:
            nb.assume("assume-names-more", stated=size, named=len(roster.people))
        while len(roster.people) < min(size, MAX_PEOPLE) and roster.add_anonymous() is not None:
            pass
    else:
        while len(roster.people) < min(total, MAX_PEOPLE) and roster.add_anonymous() is not None:
            pass
    _assign_roles(roster, items)
    _apply_subjects(roster, subjects, places, today)
    return roster, subjects


def _assign_roles(roster: Roster, items: list[tuple[str, str | None, Quantity, Span]]) -> None:
    low = roster.nb.low
    for role, level, quantity, span in items:
        roster.nb.mark(span)
        dotted = _DOTTED.search(low, span[1], min(len(low), span[1] + 40)) is not None
        have = sum(1 for p in roster.people if p.role == role)
        need = quantity.value - have
        for i, person in enumerate(roster.people):
            if need <= 0:
                break
            if person.role is None:
                person.role = role
                roster.nb.fact(f"people[{i}].role", role, span)
                if dotted:
                    person.kind = "dotted-line"
                    roster.nb.fact(f"people[{i}].kind", "dotted-line", span)
                if level and person.seniority is None:
                    person.seniority = level
                    roster.nb.fact(f"people[{i}].seniority", level, span)
                need -= 1
        if quantity.guessed:
            roster.nb.assume("assume-vague-count", text=roster.nb.quote(span), value=quantity.value)
    managing = sum(q.value for role, _, q, _ in items if is_manager_role(role))
    if items and managing * 2 >= sum(q.value for _, _, q, _ in items):
        roster.nb.data.setdefault("_level_hint", "manager-of-managers")


def _apply_subjects(
    roster: Roster, subjects: list[Subject], places: list[Place], today: date
) -> None:
    text = roster.nb.text
    for subject in subjects:
        if subject.kind in ("manager", "team"):
            continue
        with_role = subject.kind == "name" or subject.role is None
        traits = read_traits(
            text, roster.nb.low, subject.end, subject.scope_end, today, places, with_role=with_role
        )
        if subject.kind == "name":
            if traits.empty():
                continue
            group = [roster.index_of(name) for name in subject.names]
            roster.apply(group, traits, counted=False)
            roster.nb.mark(subject.span)
            roster.last_group = group
            continue
        if traits.empty() and subject.role is None:
            continue
        group = _pick(roster, subject)
        if not group:
            continue
        if subject.role and subject.kind != "group":
            for i in group:
                if roster.people[i].role is None:
                    roster.people[i].role = subject.role
                    roster.nb.fact(f"people[{i}].role", subject.role, subject.span)
        roster.apply(group, traits, counted=True)
        roster.nb.mark(subject.span)
        if subject.quantity is not None and subject.quantity.is_range:
            roster.nb.assume("assume-range", text=roster.nb.quote(subject.span), value=len(group))
        elif subject.quantity is not None and subject.quantity.guessed:
            roster.nb.assume(
                "assume-vague-count", text=roster.nb.quote(subject.span), value=len(group)
            )
        roster.last_group = group


def _pool(roster: Roster, subject: Subject) -> list[int]:
    everyone = list(range(len(roster.people)))
    scope = subject.scope or ""
    if scope.lower() in ("them", "those", "these", "whom"):
        return list(roster.last_group) or everyone
    if scope:
        zones = {p.zone for p in find_places(scope)}
        if zones:
            return [i for i in everyone if roster.people[i].timezone in zones]
        word = scope.split()[-1].lower()
        if word.startswith("senior"):
            return [
                i
                for i in everyone
                if roster.people[i].seniority in ("senior", "lead")
                or "senior" in roster.people[i].flags
            ]
        if word.startswith("junior"):
            return [i for i in everyone if roster.people[i].seniority == "junior"]
        if word.startswith("new"):
            return [i for i in everyone if "new-hire" in roster.people[i].flags]
        matches = re.search(role_pattern(), scope, re.IGNORECASE)
        if matches:
            role = role_name(matches.group("mod"), matches.group("noun"))
            return [i for i in everyone if same_role(roster.people[i].role, role)]
    if subject.role:
        with_role = [i for i in everyone if same_role(roster.people[i].role, subject.role)]
        without = [i for i in everyone if roster.people[i].role is None]
        return with_role + without
    return everyone


def _group(roster: Roster, subject: Subject) -> list[int]:
    """Everyone a "the designers (in Lisbon)" subject names: by place if one is given."""
    people = roster.people
    if subject.scope:
        zones = {p.zone for p in find_places(subject.scope)}
        if zones:
            return [i for i, p in enumerate(people) if p.timezone in zones]
    return [i for i, p in enumerate(people) if same_role(p.role, subject.role)]


def _pick(roster: Roster, subject: Subject) -> list[int]:
    """The people a counted subject is about: unclaimed people first, in order."""
    people = roster.people
    if subject.kind == "group":
        return _group(roster, subject)
    if subject.kind == "all":
        return list(range(len(people)))
    if subject.kind == "rest":
        group = [i for i, p in enumerate(people) if not p.claimed]
        for i in group:
            people[i].claimed = True
        return group
    if subject.kind == "both" and len(roster.last_group) == 2:
        return list(roster.last_group)
    wanted = 2 if subject.kind == "both" else subject.quantity.value if subject.quantity else 1
    if subject.kind == "half":
        wanted = math.ceil(len(people) / 2) or 1
    pool = _pool(roster, subject)
    fresh = [i for i in pool if not people[i].claimed]
    group = fresh[:wanted]
    while len(group) < wanted and not roster.fixed_size and subject.scope is None:
        index = roster.add_anonymous()
        if index is None:
            break
        group.append(index)
    if len(group) < wanted:
        spare = sorted((i for i in pool if i not in group), key=lambda i: len(people[i].flags))
        group += spare[: wanted - len(group)]
        if len(group) == wanted and spare:
            roster.nb.assume(
                "assume-overlap", text=roster.nb.quote((subject.start, subject.scope_end))
            )
    for i in group:
        people[i].claimed = True
    return group
