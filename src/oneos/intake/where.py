"""Where everyone works: the manager's place, the team's places, and spreading zones over people."""

from __future__ import annotations

from collections import Counter

from oneos.intake.extraction import Notebook
from oneos.intake.people import Roster
from oneos.intake.subjects import Subject
from oneos.model.places import Place

_MANAGER_BEFORE = (
    r"(?:\bI(?:['’]m|\s+am)\s+(?:\w+\s+){0,2}?(?:in|on|out\s+of|near|from)"
    r"|\bI\s+(?:live|work|sit|am\s+based|['’]m\s+based)\s+(?:\w+\s+){0,2}?(?:in|on|out\s+of|from"
    r"|near)"
    r"|\bmy\s+(?:own\s+)?(?:time\s*zone|tz|base|office)\s+(?:is|:)"
    r"|\b(?:I['’]m|I\s+am)\s+(?:based|located)\s+(?:in|on|out\s+of)"
    r"|\bme\s*[:(]|\bmyself\s*[:(]|\blocation\s*:|\bI['’]m|(?:^|[.;!?\n]\s*)based\s+(?:in|out\s+of))"
    r"\s*(?:the\s+)?$"
)
_SPREAD = (
    r"\b(?:across|between|spread|split|distributed|scattered|over|different|several|multiple|many"
    r"|various|globally|all\s+over)\b"
    r"[^.;\n]{0,30}?\btime[- ]?zones?\b|\bdistributed\s+team\b|\bglobally\s+distributed\b"
    r"|\ball\s+over\s+the\s+(?:world|globe|map)\b"
)
_TEAM_WORDS = (
    r"\b(?:reports|directs|across|spread|split|between|distributed|scattered|team\s+(?:is|are))\b"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b"
    r"(?![- ](?:person|people|employee|strong))"
)
_LOCATIVE_END = r"\b(?:in|from|at|near|out\s+of|based|across|between|and)\s*$|[,/&]\s*$"


def _after_role(nb: Notebook, place: Place) -> bool:
    """'CTO at a startup in Berlin': a place said of the manager's own title."""
    role = next((f for f in nb.facts if f.field == "manager.role"), None)
    if role is None or not role.span[1] <= place.start <= role.span[1] + 60:
        return False
    between = (role.span[1], place.start)
    return nb.find(r"[.;\n]", *between) is None and nb.find(_TEAM_WORDS, *between) is None


def read_places(nb: Notebook, roster: Roster, places: list[Place], subjects: list[Subject]) -> None:
    """Manager's zone from "I'm in London"; team places spread over people without a zone.

    "6 reports across PST and EST" says which zones but not who is where. Leaving zones unset
    would plan every slot in one zone, which a manager with a split team would read as wrong;
    so the people without a zone are spread over the named zones in turn, the split is written
    as an assumption naming each person, and the manager's own zone (when not said) is taken
    from the first place named. "Across time zones" with no place at all becomes a question.
    """
    used = {tuple(f.span) for f in nb.facts if f.field.endswith(".timezone")}
    names = [s.span for s in subjects if s.kind in ("name", "group")]
    team: list[Place] = []
    for place in places:
        if place.span in used or any(a <= place.start < b for a, b in names):
            continue
        lookback = max(0, place.start - 40)
        owner = next((s for s in reversed(subjects) if s.start <= place.start < s.scope_end), None)
        is_manager = (
            bool(nb.find(_MANAGER_BEFORE, lookback, place.start))
            or (
                nb.find(r"-based\b", place.end, place.end + 8) is not None
                and nb.find(r"\bi['’]m\s*$", lookback, place.start) is not None
            )
            or _after_role(nb, place)
            or (
                owner is not None
                and owner.kind == "manager"
                and nb.find(_LOCATIVE_END, max(0, place.start - 12), place.start) is not None
                and nb.find(_TEAM_WORDS, owner.end, place.start) is None
            )
        )
        if is_manager and not nb.has("manager.timezone"):
            nb.set("manager.timezone", place.zone, place.span)
            if place.entry.country and place.entry.kind in ("city", "country"):
                nb.set("manager.country", place.entry.country, place.span)
            continue
        if place.entry.person_like and not nb.find(_LOCATIVE_END, lookback, place.start):
            continue
        team.append(place)
    zones = list(dict.fromkeys(p.zone for p in team))
    if zones and not nb.has("manager.timezone"):
        nb.set("manager.timezone", zones[0], team[0].span)
        nb.assume("assume-manager-zone", zone=team[0].text)
    placed = Counter(p.timezone for p in roster.people if p.timezone)
    if placed and not nb.has("manager.timezone"):
        # Most people sit where most of their team is; say so, and let them correct it.
        zone = placed.most_common(1)[0][0]
        where = next(f for f in nb.facts if f.field.endswith(".timezone") and f.value == zone)
        nb.set("manager.timezone", zone, where.span)
        nb.assume("assume-manager-zone-most", zone=where.source)
    unplaced = [i for i, p in enumerate(roster.people) if p.timezone is None]
    if zones and unplaced:
        by_zone = {p.zone: p for p in team}
        for n, i in enumerate(unplaced):
            zone = zones[n % len(zones)]
            roster.people[i].timezone = zone
            nb.fact(f"people[{i}].timezone", zone, by_zone[zone].span)
        if len(zones) > 1:
            groups = {
                by_zone[z].text: [
                    roster.people[i].alias
                    for n, i in enumerate(unplaced)
                    if zones[n % len(zones)] == z
                ]
                for z in zones
            }
            nb.assume(
                "assume-zones-spread",
                places=", ".join(by_zone[z].text for z in zones),
                split="; ".join(f"{place}: {', '.join(names)}" for place, names in groups.items()),
            )
    for place in team:
        nb.mark(place.span)
    spread = nb.find(_SPREAD)
    if spread and not places:
        nb.mark(spread.span())
        nb.ask("ask-which-zones")
