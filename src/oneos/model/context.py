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


class Cadence(Model, frozen=True, kw_only=True):
    """How often a standing meeting happens and how long it lasts."""

    every_weeks: Annotated[int, doc("Weeks between meetings (1 = weekly).", ge=1, le=8)]
    minutes: Annotated[int, doc("Length of each meeting in minutes.", ge=10, le=120)]


class Manager(Model, frozen=True, kw_only=True):
    """The manager: role, scope, working pattern and meeting constraints."""

    role: Annotated[str, doc("Role title, e.g. 'Product lead'.", max_length=120)] | None = None
    function: Annotated[str, doc("e.g. engineering, product.", max_length=80)] | None = None
    org_type: Annotated[str, doc("e.g. startup, enterprise.", max_length=80)] | None = None
    level: Annotated[Level, doc("Management level.")] | None = None
    experience: (
        Annotated[Experience, doc("First-time manager, new to this team, or experienced.")] | None
    ) = None
    timezone: TimeZone | None = None
    working_hours: Hours | None = None
    working_model: Annotated[WorkingModel, doc("Remote, hybrid or office.")] | None = None
    calendar_utilisation: (
        Annotated[int, doc("Share of the working week already in meetings (%).", ge=0, le=100)]
        | None
    ) = None
    budget_hours_per_week: (
        Annotated[float, doc("Hours a week for 1:1s and skip-levels.", gt=0, le=40)] | None
    ) = None
    no_meeting_days: Annotated[tuple[Weekday, ...], doc("Days kept free of meetings.")] = ()
    country: Country | None = None
    days_off: Annotated[tuple[date, ...], doc("Other dates with no meetings (YYYY-MM-DD).")] = ()
    max_one_on_ones_per_day: Annotated[int, doc("Most 1:1s on one day.", ge=1, le=8)] = 3


class Person(Model, frozen=True, kw_only=True):
    """Someone the manager holds 1:1s with. Use an alias, not a full name."""

    alias: Alias
    role: Annotated[str, doc("e.g. 'Backend engineer'.", max_length=80)] | None = None
    seniority: Annotated[Seniority, doc("Default: mid (an assumption).")] | None = None
    stage: (
        Annotated[Stage, doc("Relationship stage; default: read from flags and tenure.")] | None
    ) = None
    tenure_weeks: Annotated[int, doc("Weeks on the team.", ge=0, le=2600)] | None = None
    timezone: TimeZone | None = None
    working_hours: Hours | None = None
    flags: Annotated[tuple[Flag, ...], doc("Situations from the documented vocabulary.")] = ()
    current_cadence: Annotated[Cadence, doc("Their 1:1 cadence today.")] | None = None
    kind: Annotated[Literal["direct", "dotted-line"], doc("Reporting line.")] = "direct"
    topics: Annotated[
        tuple[Text, ...], doc("Work topics to seed their shared backlog (they will see them).")
    ] = ()
    notes: (
        Annotated[str, doc("Manager-only notes; never copied into shared docs.", max_length=2000)]
        | None
    ) = None


class SkipLevel(Model, frozen=True, kw_only=True):
    """Skip-level meetings with the people who report to the manager's managers."""

    population: Annotated[int, doc("How many people the skip-levels cover.", ge=1, le=5000)]
    goal: Annotated[SkipGoal, doc("Default: signal gathering (an assumption).")] | None = None
    format: Annotated[
        Literal["auto", "individual", "groups"], doc("Auto: one to one up to 12 people.")
    ] = "auto"
    group_size: Annotated[int, doc("People per group session.", ge=3, le=5)] = 4
    notes: Annotated[
        Literal["themes-only", "themes-shared-with-managers"],
        doc("How notes are handled: themes only, never names or quotes."),
    ] = "themes-only"


class CurrentState(Model, frozen=True, kw_only=True):
    """How 1:1s run today and what is not working."""

    cadence: Annotated[Cadence, doc("The usual 1:1 cadence today.")] | None = None
    format: Annotated[Text, doc("Today's format, in words.")] | None = None
    shared_doc: Annotated[bool, doc("Is there a shared doc per person today?")] | None = None
    failure_modes: Annotated[tuple[FailureMode, ...], doc("What is not working.")] = ()
    standing_meetings: Annotated[
        tuple[Text, ...], doc("Other recurring meetings you run (the barbell reviews them).")
    ] = ()


class Event(Model, frozen=True, kw_only=True):
    """A recent organisational event that calls for listening first."""

    kind: Annotated[EventKind, doc("What happened.")]
    date: Annotated[date, doc("When (YYYY-MM-DD); within ~4 months calls for listening.")]
    affected: Annotated[
        tuple[str, ...] | Literal["all"], doc("Aliases of the people it touched, or all.")
    ] = "all"
    note: Annotated[Text, doc("Anything else about it.")] | None = None


class CareerPlan(Model, frozen=True, kw_only=True):
    """Whether and for whom to run the three-conversation career sequence."""

    run: Annotated[bool, doc("Run the career sequence at all.")] = True
    who: Annotated[tuple[str, ...], doc("Aliases; default: everyone eligible.")] | None = None
    ladder: Annotated[str, doc("Ladder or competency model.", max_length=200)] | None = None


class Tools(Model, frozen=True, kw_only=True):
    """Where shared docs and action items live."""

    docs: Annotated[DocTool, doc("Where shared docs live.")] | None = None
    tracker: Annotated[Tracker, doc("Where action items are tracked.")] | None = None


class Privacy(Model, frozen=True, kw_only=True):
    """Rules on notes and names."""

    manager_notes: (
        Annotated[
            Literal["none", "factual-only"], doc("Private manager notes; default factual-only.")
        ]
        | None
    ) = None
    anonymize: Annotated[bool, doc("Replace names with aliases in every output.")] = False
    rules: Annotated[tuple[Text, ...], doc("Company rules on notes, in words.")] = ()


class Pilot(Model, frozen=True, kw_only=True):
    """The trial run of the new system."""

    weeks: Annotated[int, doc("Length of the pilot in weeks (2–4).", ge=2, le=4)] | None = None
    start: Annotated[date, doc("A Monday; default: the next Monday.")] | None = None


class Context(Model, frozen=True, kw_only=True):
    """Everything oneos knows about a manager's situation."""

    schema_version: Annotated[Literal[1], doc("Always 1 for now.")] = 1
    manager: Manager = msgspec.field(default_factory=Manager)
    people: Annotated[tuple[Person, ...], doc("Direct reports and dotted lines.")] = ()
    skip_level: Annotated[SkipLevel, doc("Skip-levels, if any.")] | None = None
    current: CurrentState = msgspec.field(default_factory=CurrentState)
    goals: Annotated[tuple[Goal, ...], doc("What should be more true in 4–8 weeks.")] = ()
    status_home: Annotated[str, doc("Where project status lives.", max_length=200)] | None = None
    must_cover: Annotated[tuple[Text, ...], doc("Topics that must be in 1:1s.")] = ()
    excluded_topics: Annotated[tuple[Text, ...], doc("Topics that must not be.")] = ()
    events: Annotated[tuple[Event, ...], doc("Recent layoffs, reorgs, incidents.")] = ()
    career: CareerPlan = msgspec.field(default_factory=CareerPlan)
    tools: Tools = msgspec.field(default_factory=Tools)
    privacy: Privacy = msgspec.field(default_factory=Privacy)
    pilot: Pilot = msgspec.field(default_factory=Pilot)
    notes: Annotated[str, doc("Anything else, in words (screened).", max_length=5000)] | None = None
    assumptions: Annotated[tuple[str, ...], doc("Defaults the intake chose.")] = ()
    open_questions: Annotated[tuple[str, ...], doc("What the intake could not tell.")] = ()

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
