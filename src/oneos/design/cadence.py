"""Step 3a: each person's cadence from their track (REQUIREMENTS §3 cadence table)."""

# No `from __future__ import annotations` here: msgspec reads TrackRule's annotations when it
# converts tracks.yaml, and as strings each one would be compiled and evaluated first.
from datetime import date, timedelta
from functools import cache
from typing import Annotated, Literal

from msgspec import Meta

from oneos.content.library import titles
from oneos.content.loader import load_model
from oneos.design.people import NEW_HIRE_WEEKS, Profile
from oneos.model.base import Model, Record, replace
from oneos.model.pack import RelationshipType, Track

CATCH_UP_EVERY_WEEKS = 4
CATCH_UP_MINUTES = 30


Weeks = Annotated[int, Meta(ge=1, le=8)]
Minutes = Annotated[int, Meta(ge=15, le=90)]


class TrackRule(Model, frozen=True, kw_only=True):
    """One row of the cadence table (content/data/tracks.yaml)."""

    every_weeks: Weeks
    minutes: Minutes
    floor_every_weeks: Weeks
    floor_minutes: Minutes
    temporary_weeks: Annotated[int, Meta(ge=1, le=12)] | None
    catch_up: bool
    then: Literal["base"] | None
    rationale: str


@cache  # asked for per person and per step; hashing the Literal key type each time adds up
def track_table() -> dict[Track, TrackRule]:
    return load_model("tracks.yaml", dict[Track, TrackRule])


class CadenceChoice(Record, frozen=True):
    """A person's standing 1:1 as chosen, and how far it may be stepped down."""

    profile: Profile
    every_weeks: int
    minutes: int
    floor_every_weeks: int
    floor_minutes: int
    temporary_weeks: int | None
    catch_up: bool
    adjustments: tuple[str, ...] = ()

    @property
    def track(self) -> Track:
        return self.profile.track

    def minutes_per_week(self) -> float:
        return self.minutes / self.every_weeks

    def at_floor(self) -> "CadenceChoice":
        return replace(self, every_weeks=self.floor_every_weeks, minutes=self.floor_minutes)


def base_track(profile: Profile) -> Track:
    """Where a temporary cadence goes back to: senior or stable."""
    senior = profile.seniority in ("senior", "lead") or profile.has("senior")
    return "senior" if senior else "stable"


def choose_cadence(profile: Profile) -> CadenceChoice:
    """The track's default cadence, adjusted for tenure and for the base it returns to."""
    rule = track_table()[profile.track]
    every, minutes, floor_every = rule.every_weeks, rule.minutes, rule.floor_every_weeks
    temporary = rule.temporary_weeks
    tenure = profile.person.tenure_weeks
    if profile.track == "new-hire":
        if tenure is not None and tenure < 4:
            minutes = 60
        if tenure is not None:
            temporary = max(4, NEW_HIRE_WEEKS - tenure)
    if profile.track == "under-change":
        # "temporarily more often": one step more often than their usual rhythm.
        base = track_table()[base_track(profile)]
        every = max(1, base.every_weeks - 1)
        floor_every = max(every, min(floor_every, base.every_weeks))
    return CadenceChoice(
        profile=profile,
        every_weeks=every,
        minutes=minutes,
        floor_every_weeks=max(every, floor_every),
        floor_minutes=min(minutes, rule.floor_minutes),
        temporary_weeks=temporary,
        catch_up=rule.catch_up,
    )


def reassess_date(choice: CadenceChoice, start: date) -> date | None:
    """The Monday after a temporary cadence's last week."""
    if choice.temporary_weeks is None:
        return None
    return start + timedelta(weeks=choice.temporary_weeks)


def later_cadence(choice: CadenceChoice) -> tuple[int, int] | None:
    """(every_weeks, minutes) after reassessment, for temporary cadences."""
    rule = track_table()[choice.track]
    if rule.then is None:
        return None
    base = track_table()[base_track(choice.profile)]
    return base.every_weeks, base.minutes


def rationale(choice: CadenceChoice) -> str:
    rule = track_table()[choice.track]
    return rule.rationale.format(
        minutes=choice.minutes,
        every=choice.every_weeks,
        weeks=choice.temporary_weeks or "",
        reason=choice.profile.track_reason,
    )


def relationship_types(choices: tuple[CadenceChoice, ...]) -> tuple[RelationshipType, ...]:
    """The cadence table, each row with the people on this team it applies to."""
    names = titles("tracks")
    rows = []
    for track, rule in track_table().items():
        every = "weekly" if rule.every_weeks == 1 else f"every {rule.every_weeks} weeks"
        temporary = (
            f" for {rule.temporary_weeks} weeks, then reassess" if rule.temporary_weeks else ""
        )
        rows.append(
            RelationshipType(
                track=track,
                title=names[track],
                default=f"{rule.minutes} min {every}{temporary}",
                people=tuple(c.profile.alias for c in choices if c.track == track),
            )
        )
    return tuple(rows)
