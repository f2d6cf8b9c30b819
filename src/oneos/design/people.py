"""Step 1 for each person: the effective stage, seniority, zone, track and situations."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from oneos.model.base import Record
from oneos.model.context import (
    Context,
    Event,
    Person,
    Seniority,
    Stage,
    WorkingHours,
    working_hours,
)
from oneos.model.pack import Track

DEFAULT_TIMEZONE = "UTC"
DEFAULT_HOURS = working_hours("09:00-17:00")
DEFAULT_SENIORITY: Seniority = "mid"
# An event this recent still calls for a listening-first conversation.
RECENT_EVENT_DAYS = 120
NEW_HIRE_WEEKS = 8


class Profile(Record, frozen=True):
    """A person as the design steps see them, with every default resolved."""

    person: Person
    index: int
    seniority: Seniority
    stage: Stage
    timezone: str
    hours: WorkingHours
    track: Track
    track_reason: str
    events: tuple[Event, ...]
    hours_apart: float
    remote: bool

    @property
    def alias(self) -> str:
        return self.person.alias

    def has(self, flag: str) -> bool:
        return flag in self.person.flags


def manager_timezone(context: Context) -> str:
    return context.manager.timezone or DEFAULT_TIMEZONE


def manager_hours(context: Context) -> WorkingHours:
    hours = context.manager.working_hours
    return working_hours(hours) if hours else DEFAULT_HOURS


def manager_is_new(context: Context) -> bool:
    return context.manager.experience in ("first-time", "new-to-team")


def recent_events(context: Context, start: date) -> tuple[Event, ...]:
    """Events recent enough (or soon enough) to plan a listening session for."""
    horizon = start - timedelta(days=RECENT_EVENT_DAYS)
    return tuple(e for e in context.events if e.date >= horizon)


def events_touching(person: Person, events: tuple[Event, ...]) -> tuple[Event, ...]:
    return tuple(e for e in events if e.affected == "all" or person.alias in e.affected)


def seniority_of(person: Person) -> Seniority:
    if person.seniority:
        return person.seniority
    return "senior" if "senior" in person.flags else DEFAULT_SENIORITY


def stage_of(person: Person, context: Context) -> Stage:
    """The relationship stage: given, or read from flags and the manager's newness."""
    if person.stage:
        return person.stage
    if "strained" in person.flags:
        return "strained"
    if (
        "new-hire" in person.flags
        or "former-peer" in person.flags
        or manager_is_new(context)
        or (person.tenure_weeks is not None and person.tenure_weeks < NEW_HIRE_WEEKS)
    ):
        return "new"
    return "stable"


def offset_hours(zone_a: str, zone_b: str, on: date) -> float:
    """How many hours zone_b is ahead of zone_a at noon on a given date."""
    noon = datetime(on.year, on.month, on.day, 12)
    a = noon.replace(tzinfo=ZoneInfo(zone_a)).utcoffset() or timedelta()
    b = noon.replace(tzinfo=ZoneInfo(zone_b)).utcoffset() or timedelta()
    return (b - a).total_seconds() / 3600


def choose_track(
    person: Person, context: Context, stage: Stage, seniority: Seniority, touched: bool
) -> tuple[Track, str]:
    """The cadence track (REQUIREMENTS §3 table): the first rule that applies wins."""
    flags = set(person.flags)
    is_new_hire = "new-hire" in flags or (
        person.tenure_weeks is not None and person.tenure_weeks < NEW_HIRE_WEEKS
    )
    rules: tuple[tuple[bool, Track, str], ...] = (
        (stage == "strained", "strained", "the relationship is strained"),
        (is_new_hire, "new-hire", "new to the team"),
        ("returning-from-leave" in flags, "returning", "coming back from leave"),
        ("struggling" in flags, "struggling", "struggling right now"),
        ("passed-over" in flags, "passed-over", "recently passed over for promotion"),
        ("former-peer" in flags, "new-relationship", "your peer until recently"),
        ("new-to-role" in flags, "new-role", "new in their role"),
        (manager_is_new(context), "new-relationship", "new to working with you"),
        (stage == "new", "new-relationship", "a new working relationship"),
        (touched, "under-change", "touched by a recent change"),
        (seniority in ("senior", "lead") or "senior" in flags, "senior", "senior and independent"),
    )
    for applies, track, reason in rules:
        if applies:
            return track, reason
    return "stable", "a stable working relationship"


def profile_people(context: Context, start: date) -> tuple[Profile, ...]:
    """Resolve every person's effective attributes once, for all later steps."""
    events = recent_events(context, start)
    home = manager_timezone(context)
    out = []
    for index, person in enumerate(context.people):
        stage = stage_of(person, context)
        seniority = seniority_of(person)
        touched = events_touching(person, events)
        track, reason = choose_track(person, context, stage, seniority, bool(touched))
        zone = person.timezone or home
        apart = offset_hours(home, zone, start)
        out.append(
            Profile(
                person=person,
                index=index,
                seniority=seniority,
                stage=stage,
                timezone=zone,
                hours=working_hours(person.working_hours)
                if person.working_hours
                else DEFAULT_HOURS,
                track=track,
                track_reason=reason,
                events=touched,
                hours_apart=apart,
                remote=abs(apart) >= 1 or context.manager.working_model == "remote",
            )
        )
    return tuple(out)
