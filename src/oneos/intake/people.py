"""The roster from free text: headcount, role breakdown, names, and who each situation is about."""

from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass, field
from datetime import date

from oneos.intake.counts import breakdown, headcount
from oneos.intake.extraction import Notebook, Sentence
from oneos.intake.lexicon import (
    is_manager_role,
    role_name,
    role_pattern,
    same_role,
)
from oneos.intake.numbers import Quantity
from oneos.intake.subjects import Subject, find_subjects, roster_names
from oneos.intake.traits import Span, Traits, read_traits
from oneos.model.places import Place, find_places

MAX_PEOPLE = 60
_DOTTED = re.compile(r"\bdotted[- ]lines?\b")
_PREPOSITION = re.compile(r"\s+(?:in|on|from|out\s+of|based)\b", re.IGNORECASE)


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
        if _PREPOSITION.match(text, subject.end):
            # "two in London" says where they are, "one on leave" how they are; neither says
            # what they do ("5 people in March, when my director left").
            traits.role = None
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
        doubled = spare[: wanted - len(group)]
        group += doubled
        # Only worth a word when someone now really carries two situations; a team described
        # first ("5 engineers in London") has claimed everyone without giving them any.
        if len(group) == wanted and any(people[i].flags or people[i].seniority for i in doubled):
            roster.nb.assume(
                "assume-overlap", text=roster.nb.quote((subject.start, subject.scope_end))
            )
    for i in group:
        people[i].claimed = True
    return group
