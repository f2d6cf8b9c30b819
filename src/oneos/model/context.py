"""The typed context: everything a manager tells oneos about their team (REQUIREMENTS §1)."""

from __future__ import annotations

import re
from datetime import date, time
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    model_validator,
)

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

_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")
_ALIAS = re.compile(r"^[\w][\w .'’-]{0,39}$")


def _zone(value: str) -> str:
    resolved = resolve_zone(value)
    if resolved is None:
        raise ValueError(f"{value!r} is not a time zone — {suggest_zone(value)}")
    return resolved


TimeZone = Annotated[str, AfterValidator(_zone)]


def _country(value: str) -> str:
    code = value.strip().upper()
    country, _, subdivision = code.partition("-")
    import holidays  # only when a country is given: the package is large

    supported = holidays.list_supported_countries()
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


Country = Annotated[str, AfterValidator(_country)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class WorkingHours(_Model):
    """A working day in local time, e.g. "09:00-17:00"."""

    start: time = Field(description="First minute of the working day, local time.")
    end: time = Field(description="End of the working day, local time.")

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: object) -> object:
        if isinstance(data, str):
            match = _HOURS.match(data)
            if not match:
                raise ValueError(f"{data!r} is not a range of hours — write it like 09:00-17:00")
            h1, m1, h2, m2 = (int(g) for g in match.groups())
            if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59:
                raise ValueError(f"{data!r} has an hour or minute out of range")
            end = time(23, 59) if h2 == 24 else time(h2, m2)
            return {"start": time(h1, m1), "end": end}
        return data

    @model_validator(mode="after")
    def _ordered(self) -> WorkingHours:
        if self.end <= self.start:
            raise ValueError("the working day must end after it starts, e.g. 09:00-17:00")
        return self

    def __str__(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"

    @property
    def minutes(self) -> int:
        """Length of the working day in minutes."""
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


class Cadence(_Model):
    """How often a standing meeting happens and how long it lasts."""

    every_weeks: int = Field(ge=1, le=8, description="Weeks between meetings (1 = weekly).")
    minutes: int = Field(ge=10, le=120, description="Length of each meeting in minutes.")


class Manager(_Model):
    """The manager: role, scope, working pattern and meeting constraints."""

    role: str | None = Field(None, max_length=120, description="Role title, e.g. 'Product lead'.")
    function: str | None = Field(None, max_length=80, description="e.g. engineering, product.")
    org_type: str | None = Field(None, max_length=80, description="e.g. startup, enterprise.")
    level: Level | None = Field(None, description="Management level.")
    experience: Experience | None = Field(
        None, description="first-time manager, new to this team, or experienced with it."
    )
    timezone: TimeZone | None = Field(None, description="IANA zone or abbreviation (PST, CET).")
    working_hours: WorkingHours | None = Field(
        None, description="Local working day, e.g. 09:00-17:00."
    )
    working_model: WorkingModel | None = Field(None, description="remote, hybrid or office.")
    calendar_utilisation: int | None = Field(
        None, ge=0, le=100, description="Share of the working week already in meetings (%)."
    )
    budget_hours_per_week: float | None = Field(
        None, gt=0, le=40, description="Hours a week the manager can give to 1:1s and skip-levels."
    )
    no_meeting_days: tuple[Weekday, ...] = Field((), description="Days kept free of meetings.")
    country: Country | None = Field(
        None, description="Country (and region) for public holidays, e.g. GB, US-CA, DE-BY."
    )
    days_off: tuple[date, ...] = Field((), description="Other dates with no meetings.")
    max_one_on_ones_per_day: int = Field(3, ge=1, le=8, description="Most 1:1s on one day.")


class Person(_Model):
    """Someone the manager holds 1:1s with. Use an alias, not a full name."""

    alias: str = Field(description="Alias or first name; also the name of their shared doc.")
    role: str | None = Field(None, max_length=80, description="e.g. 'Backend engineer'.")
    seniority: Seniority | None = Field(None, description="junior, mid, senior or lead.")
    stage: Stage | None = Field(None, description="Relationship stage: new, stable or strained.")
    tenure_weeks: int | None = Field(None, ge=0, le=2600, description="Weeks on the team.")
    timezone: TimeZone | None = Field(None, description="Their zone; default: the manager's.")
    working_hours: WorkingHours | None = Field(None, description="Their local working day.")
    flags: tuple[Flag, ...] = Field((), description="Situations from the documented vocabulary.")
    current_cadence: Cadence | None = Field(None, description="Their 1:1 cadence today.")
    kind: Literal["direct", "dotted-line"] = Field("direct", description="Reporting line.")
    topics: tuple[str, ...] = Field(
        (), description="Topics to seed their shared backlog (shared with them: keep it work)."
    )
    notes: str | None = Field(
        None, max_length=2000, description="Manager-only notes; never copied into shared docs."
    )

    @model_validator(mode="after")
    def _alias_shape(self) -> Person:
        if not _ALIAS.match(self.alias):
            raise ValueError(
                f"alias {self.alias!r} must be 1–40 letters, digits, spaces, dots or hyphens"
            )
        return self


class SkipLevel(_Model):
    """Skip-level meetings with the people who report to the manager's managers."""

    population: int = Field(ge=1, le=5000, description="How many people the skip-levels cover.")
    goal: SkipGoal = Field("signal", description="signal gathering, coaching, or blockers.")
    format: Literal["auto", "individual", "groups"] = Field("auto", description="Meeting shape.")
    group_size: int = Field(4, ge=3, le=5, description="People per group session.")
    notes: Literal["themes-only", "themes-shared-with-managers"] = Field(
        "themes-only", description="How notes are handled: themes only, never names or quotes."
    )


class CurrentState(_Model):
    """How 1:1s run today and what is not working."""

    cadence: Cadence | None = Field(None, description="Today's usual 1:1 cadence.")
    format: str | None = Field(None, max_length=300, description="Today's format, in words.")
    shared_doc: bool | None = Field(None, description="Is there a shared doc per person today?")
    failure_modes: tuple[FailureMode, ...] = Field((), description="What is not working.")
    standing_meetings: tuple[str, ...] = Field(
        (), description="Other recurring meetings the manager runs (candidates for the barbell)."
    )


class Event(_Model):
    """A recent organisational event that calls for listening first."""

    kind: EventKind
    date: date
    affected: tuple[str, ...] | Literal["all"] = Field(
        "all", description="Aliases of the people it touched, or 'all'."
    )
    note: str | None = Field(None, max_length=300)


class CareerPlan(_Model):
    """Whether and for whom to run the three-conversation career sequence."""

    run: bool = Field(True, description="Run the career sequence at all.")
    who: tuple[str, ...] | None = Field(None, description="Aliases; default: everyone eligible.")
    ladder: str | None = Field(None, max_length=200, description="Ladder or competency model.")


class Tools(_Model):
    """Where shared docs and action items live."""

    docs: DocTool | None = None
    tracker: Tracker | None = None


class Privacy(_Model):
    """Rules on notes and names."""

    manager_notes: Literal["none", "factual-only"] = Field(
        "factual-only", description="Private manager notes: none, or factual job-relevant only."
    )
    anonymize: bool = Field(False, description="Replace names with aliases in every output.")
    rules: tuple[str, ...] = Field((), description="Company rules on notes, in words.")


class Pilot(_Model):
    """The trial run of the new system."""

    weeks: int = Field(4, ge=2, le=4, description="Length of the pilot in weeks (2–4).")
    start: date | None = Field(None, description="First day; default: next Monday.")


class Context(_Model):
    """Everything oneos knows about a manager's situation."""

    schema_version: Literal[1] = 1
    manager: Manager = Field(default_factory=Manager)
    people: tuple[Person, ...] = Field((), description="Direct reports and dotted lines.")
    skip_level: SkipLevel | None = None
    current: CurrentState = Field(default_factory=CurrentState)
    goals: tuple[Goal, ...] = Field((), description="What should be more true in 4–8 weeks.")
    status_home: str | None = Field(None, max_length=200, description="Where status lives.")
    must_cover: tuple[str, ...] = Field((), description="Topics that must be in 1:1s.")
    excluded_topics: tuple[str, ...] = Field((), description="Topics that must not be.")
    events: tuple[Event, ...] = ()
    career: CareerPlan = Field(default_factory=CareerPlan)
    tools: Tools = Field(default_factory=Tools)
    privacy: Privacy = Field(default_factory=Privacy)
    pilot: Pilot = Field(default_factory=Pilot)
    notes: str | None = Field(None, max_length=5000, description="Anything else, in words.")
    assumptions: tuple[str, ...] = Field(
        (), description="Defaults the intake chose (from free text or the interview)."
    )
    open_questions: tuple[str, ...] = Field(
        (), description="What the intake could not tell and would like to know."
    )

    @model_validator(mode="after")
    def _references(self) -> Context:
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
        return self


def slug(alias: str) -> str:
    """A file-safe, lower-case form of an alias: 'Report A' -> 'report-a'."""
    cleaned = re.sub(r"[^\w]+", "-", alias.strip().lower(), flags=re.UNICODE).strip("-")
    return cleaned or "person"
