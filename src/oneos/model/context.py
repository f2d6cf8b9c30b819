"""The typed context: everything a manager tells oneos about their team (REQUIREMENTS §1)."""

# No `from __future__ import annotations` here: msgspec reads these models' annotations
# on first use, and as strings each one costs a compile and an eval at start-up.

import re
from datetime import date, time
from typing import Annotated, Literal

import msgspec

from oneos.model.base import Check, Model, doc
from oneos.model.zones import resolve_zone, suggest_zone

Flag = Literal[
    "new-hire",
    "senior",
    "struggling",
    "passed-over",
    "strained",
    "returning-from-leave",
    "flight-risk",
    "hr-process",
    "former-peer",
    "new-to-role",
]
FLAG_MEANINGS: dict[str, str] = {
    "new-hire": "joined the team recently (weekly 1:1s at first; career talks after 60–90 days)",
    "senior": "senior and independent (less frequent standing 1:1s plus ad-hoc topical meetings)",
    "struggling": "struggling right now, e.g. with prioritisation or scope (temporarily weekly)",
    "passed-over": "recently passed over for a promotion (listening first; career sequence first)",
    "strained": "the working relationship is strained (weekly for a while, listening first)",
    "returning-from-leave": "coming back from a leave (weekly for the first weeks back)",
    "flight-risk": "might leave (career sequence first)",
    "hr-process": "in a process HR owns, e.g. a PIP or an investigation (no template touches it)",
    "former-peer": "was the manager's peer until recently (reset the relationship explicitly)",
    "new-to-role": "recently promoted or moved into a new role on the team",
}
Seniority = Literal["junior", "mid", "senior", "lead"]
Stage = Literal["new", "stable", "strained"]
WorkingModel = Literal["remote", "hybrid", "office"]
Experience = Literal["first-time", "new-to-team", "experienced"]
Level = Literal["team-lead", "manager", "manager-of-managers", "director", "executive"]
EventKind = Literal["layoffs", "reorg", "incident", "leadership-change", "acquisition", "other"]
FailureMode = Literal[
    "status-updates",
    "no-follow-through",
    "surprises",
    "cancelled-often",
    "no-career-talk",
    "one-sided",
    "no-agenda",
    "meeting-bloat",
    "no-feedback",
]
Goal = Literal[
    "coaching",
    "clarity",
    "morale",
    "growth",
    "retention",
    "execution",
    "feedback",
    "wellbeing",
    "alignment",
    "trust",
]
DocTool = Literal["google-docs", "notion", "confluence", "markdown", "word", "onenote", "other"]
Tracker = Literal["jira", "asana", "linear", "trello", "github", "shared-doc", "other"]
SkipGoal = Literal["signal", "coaching", "blockers"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_PILOT_WEEKS = 4

_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")
_ALIAS = re.compile(r"^[\w][\w .'’-]{0,39}$")


class WorkingHours(Model, frozen=True, kw_only=True):
    """A working day in local time."""

    start: time
    end: time

    def __str__(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"

    @property
    def minutes(self) -> int:
        """Length of the working day in minutes."""
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


def working_hours(text: str) -> WorkingHours:
    """Parse "09:00-17:00" (an en dash works too); ValueError says how to write it."""
    match = _HOURS.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a range of hours — write it like 09:00-17:00")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59:
        raise ValueError(f"{text!r} has an hour or minute out of range — write it like 09:00-17:00")
    start, end = time(h1, m1), time(23, 59) if h2 == 24 else time(h2, m2)
    if end <= start:
        raise ValueError(f"{text!r}: the working day must end after it starts, e.g. 09:00-17:00")
    return WorkingHours(start=start, end=end)


def _hours(text: str) -> str:
    hours = working_hours(text)
    return f"{hours.start:%H:%M}-{hours.end:%H:%M}"


def _zone(value: str) -> str:
    resolved = resolve_zone(value)
    if resolved is None:
        raise ValueError(f"{value!r} is not a time zone — {suggest_zone(value)}")
    return resolved


def _country(value: str) -> str:
    code = value.strip().upper()
    country, _, subdivision = code.partition("-")
    from oneos.model.countries import supported as known  # read only when a country is given

    supported = known()
    if country not in supported:
        import difflib

        close = difflib.get_close_matches(country, list(supported), n=1)
        hint = f"did you mean {close[0]}?" if close else "use a two-letter code such as GB or US"
        raise ValueError(f"{value!r} is not a country code oneos knows — {hint}")
    if subdivision and subdivision not in supported[country]:
        raise ValueError(
            f"{value!r}: {subdivision!r} is not a region of {country} — use one of "
            + ", ".join(supported[country][:12])
        )
    return code


def _alias(value: str) -> str:
    if not _ALIAS.match(value):
        raise ValueError(
            f"{value!r} must be 1–40 letters, digits, spaces, dots or hyphens — shorten it"
        )
    return value.strip()


TimeZone = Annotated[str, Check(_zone), doc("IANA zone (Europe/London) or abbreviation (PST).")]
Hours = Annotated[str, Check(_hours), doc("Local working day, e.g. 09:00-17:00.")]
Country = Annotated[
    str, Check(_country), doc("Country (and region) for public holidays: GB, US-CA, DE-BY.")
]
Alias = Annotated[str, Check(_alias), doc("Alias or first name; also names their shared doc.")]
Text = Annotated[str, msgspec.Meta(max_length=300)]
LongText = Annotated[str, msgspec.Meta(max_length=5000)]


class Cadence(Model, frozen=True, kw_only=True):
    """How often a standing meeting happens and how long it lasts."""

    every_weeks: Annotated[int, doc("Weeks between meetings (1 = weekly).", ge=1, le=8)]
    minutes: Annotated[int, doc("Length of each meeting in minutes.", ge=10, le=120)]


class Manager(Model, frozen=True, kw_only=True):
    """The manager: role, scope, working pattern and meeting constraints."""

    role: Annotated[str, doc("Role title, e.g. 'Product lead'.", max_length=120)] | None = None
    function: Annotated[str, doc("e.g. engineering, product.", max_length=80)] | None = None
    org_type: Annotated[str, doc("e.g. startup, enterprise.", max_length=80)] | None = None
    level: Level | None = None
    experience: Experience | None = None
    timezone: TimeZone | None = None
    working_hours: Hours | None = None
    working_model: WorkingModel | None = None
    calendar_utilisation: (
        Annotated[int, doc("Share of the working week already in meetings (%).", ge=0, le=100)]
        | None
    ) = None
    budget_hours_per_week: (
        Annotated[float, doc("Hours a week for 1:1s and skip-levels.", gt=0, le=40)] | None
    ) = None
    no_meeting_days: tuple[Weekday, ...] = ()
    country: Country | None = None
    days_off: tuple[date, ...] = ()
    max_one_on_ones_per_day: Annotated[int, doc("Most 1:1s on one day.", ge=1, le=8)] = 3


class Person(Model, frozen=True, kw_only=True):
    """Someone the manager holds 1:1s with. Use an alias, not a full name."""

    alias: Alias
    role: Annotated[str, doc("e.g. 'Backend engineer'.", max_length=80)] | None = None
    seniority: Seniority | None = None
    stage: Stage | None = None
    tenure_weeks: Annotated[int, doc("Weeks on the team.", ge=0, le=2600)] | None = None
    timezone: TimeZone | None = None
    working_hours: Hours | None = None
    flags: tuple[Flag, ...] = ()
    current_cadence: Cadence | None = None
    kind: Literal["direct", "dotted-line"] = "direct"
    topics: tuple[Text, ...] = ()
    notes: (
        Annotated[str, doc("Manager-only notes; never copied into shared docs.", max_length=2000)]
        | None
    ) = None


class SkipLevel(Model, frozen=True, kw_only=True):
    """Skip-level meetings with the people who report to the manager's managers."""

    population: Annotated[int, doc("How many people the skip-levels cover.", ge=1, le=5000)]
    goal: SkipGoal | None = None
    format: Literal["auto", "individual", "groups"] = "auto"
    group_size: Annotated[int, doc("People per group session.", ge=3, le=5)] = 4
    notes: Literal["themes-only", "themes-shared-with-managers"] = "themes-only"


class CurrentState(Model, frozen=True, kw_only=True):
    """How 1:1s run today and what is not working."""

    cadence: Cadence | None = None
    format: Text | None = None
    shared_doc: bool | None = None
    failure_modes: tuple[FailureMode, ...] = ()
    standing_meetings: tuple[Text, ...] = ()


class Event(Model, frozen=True, kw_only=True):
    """A recent organisational event that calls for listening first."""

    kind: EventKind
    date: date
    affected: tuple[str, ...] | Literal["all"] = "all"
    note: Text | None = None


class CareerPlan(Model, frozen=True, kw_only=True):
    """Whether and for whom to run the three-conversation career sequence."""

    run: bool = True
    who: tuple[str, ...] | None = None
    ladder: Annotated[str, msgspec.Meta(max_length=200)] | None = None


class Tools(Model, frozen=True, kw_only=True):
    """Where shared docs and action items live."""

    docs: DocTool | None = None
    tracker: Tracker | None = None


class Privacy(Model, frozen=True, kw_only=True):
    """Rules on notes and names."""

    manager_notes: Literal["none", "factual-only"] | None = None
    anonymize: bool = False
    rules: tuple[Text, ...] = ()


class Pilot(Model, frozen=True, kw_only=True):
    """The trial run of the new system."""

    weeks: Annotated[int, doc("Length of the pilot in weeks (2–4).", ge=2, le=4)] | None = None
    start: date | None = None


class Context(Model, frozen=True, kw_only=True):
    """Everything oneos knows about a manager's situation."""

    schema_version: Literal[1] = 1
    manager: Manager = msgspec.field(default_factory=Manager)
    people: tuple[Person, ...] = ()
    skip_level: SkipLevel | None = None
    current: CurrentState = msgspec.field(default_factory=CurrentState)
    goals: tuple[Goal, ...] = ()
    status_home: Annotated[str, msgspec.Meta(max_length=200)] | None = None
    must_cover: tuple[Text, ...] = ()
    excluded_topics: tuple[Text, ...] = ()
    events: tuple[Event, ...] = ()
    career: CareerPlan = msgspec.field(default_factory=CareerPlan)
    tools: Tools = msgspec.field(default_factory=Tools)
    privacy: Privacy = msgspec.field(default_factory=Privacy)
    pilot: Pilot = msgspec.field(default_factory=Pilot)
    notes: LongText | None = None
    assumptions: tuple[str, ...] = ()
    open_questions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        seen: dict[str, str] = {}
        for person in self.people:
            key = slug(person.alias)
            if key in seen:
                raise ValueError(
                    f"people: two people share the alias {person.alias!r} (or {seen[key]!r})"
                    " — give each person a distinct alias"
                )
            seen[key] = person.alias
        aliases = {p.alias for p in self.people}
        for i, event in enumerate(self.events):
            if event.affected != "all":
                for who in event.affected:
                    if who not in aliases:
                        raise ValueError(
                            f"events[{i}].affected: {who!r} is not in people"
                            " — use an alias from people, or 'all'"
                        )
        for who in self.career.who or ():
            if who not in aliases:
                raise ValueError(f"career.who: {who!r} is not in people — use an alias from people")

    @property
    def pilot_weeks(self) -> int:
        return self.pilot.weeks or DEFAULT_PILOT_WEEKS


def slug(alias: str) -> str:
    """A file-safe, lower-case form of an alias: 'Report A' -> 'report-a'."""
    cleaned = re.sub(r"[^\w]+", "-", alias.strip().lower(), flags=re.UNICODE).strip("-")
    return cleaned or "person"
