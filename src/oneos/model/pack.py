"""The typed pack: what the eight design steps decide, before any of it becomes text."""

from __future__ import annotations

from datetime import date
from typing import Literal

from oneos.model.base import Model
from oneos.model.context import Flag, Seniority, Stage, Weekday
from oneos.model.guides import Guides

MeetingType = Literal[
    "standing-1-1",
    "monthly-catch-up",
    "urgent-topical",
    "listening-session",
    "career-session",
]
CareerKind = Literal["life-story", "future-dreams", "career-action-plan"]
Track = Literal[
    "new-hire",
    "new-relationship",
    "new-role",
    "strained",
    "struggling",
    "returning",
    "passed-over",
    "under-change",
    "stable",
    "senior",
]


class PlannedCadence(Model, frozen=True, kw_only=True):
    """A person's standing 1:1 and the other meeting types they get."""

    every_weeks: int
    minutes: int
    label: str  # In words, e.g. '30 min every 2 weeks'.
    meeting_types: tuple[MeetingType, ...]


class CareerSession(Model, frozen=True, kw_only=True):
    """One of the three career conversations, dated."""

    kind: CareerKind
    date: date
    minutes: int
    outputs: tuple[str, ...]


class ListeningSession(Model, frozen=True, kw_only=True):
    """A one-off listening-first session (after a crisis, or to reset a strained relationship)."""

    date: date
    minutes: int
    reason: str


class SelectedQuestion(Model, frozen=True, kw_only=True):
    """A question picked from the bank for one person."""

    id: str
    text: str
    purpose: str


class ActionItem(Model, frozen=True, kw_only=True):
    """A row of a shared doc's action table."""

    action: str
    owner: str
    due: date


class PersonPlan(Model, frozen=True, kw_only=True):
    """Everything the pack decides for one person."""

    alias: str
    slug: str
    role: str
    seniority: Seniority
    stage: Stage
    flags: tuple[Flag, ...]
    timezone: str
    kind: Literal["direct", "dotted-line"]
    track: Track
    cadence: PlannedCadence
    rationale: str  # One line: why this cadence for this person.
    reassess_on: date | None  # When a temporary cadence is reviewed.
    then: PlannedCadence | None  # The cadence expected after reassessment.
    weekday: Weekday
    weekday_name: str
    first_meeting: date
    meetings: tuple[date, ...]  # Standing 1:1 dates in the first 12 weeks.
    catch_ups: tuple[date, ...]  # Monthly catch-up dates in the first 12 weeks.
    adjustments: tuple[str, ...]  # Load step-downs applied to this person.
    career_sessions: tuple[CareerSession, ...]
    career_note: str
    listening_session: ListeningSession | None
    situations: tuple[str, ...]  # Content situations, most important first.
    questions: tuple[SelectedQuestion, ...]
    questions_why: str
    agreements: tuple[str, ...]  # Working agreements for their shared doc.
    agenda: tuple[str, ...]  # The first meeting's agenda.
    backlog: tuple[str, ...]  # Seeded topics backlog.
    actions: tuple[ActionItem, ...]  # Seeded action items.
    boundary_note: str | None
    wellbeing_note: str | None


class Purpose(Model, frozen=True, kw_only=True):
    """Step 2: what 1:1s are for here, and where everything else goes."""

    statement: str
    for_topics: tuple[str, ...]
    not_for: tuple[str, ...]
    channels: tuple[
        tuple[str, str, str], ...
    ]  # (channel, what goes there, when/how) rows of the what-goes-where map.
    status_home: str


class Snapshot(Model, frozen=True, kw_only=True):
    """Step 1: the context as the pack understood it."""

    rows: tuple[tuple[str, str], ...]
    goals: tuple[str, ...]
    failure_modes: tuple[str, ...]


class Barbell(Model, frozen=True, kw_only=True):
    """Step 3: fewer standing meetings, a relationship catch-up and a fast urgent path."""

    removed: tuple[str, ...]
    replaced_by: tuple[str, ...]
    catch_up_every_weeks: int
    catch_up_minutes: int
    catch_up_people: tuple[str, ...]
    urgent_sla_hours: int
    urgent_minutes: tuple[int, int]


class LoadLine(Model, frozen=True, kw_only=True):
    """One person's or meeting series' share of the weekly 1:1 load."""

    who: str
    current: float | None
    planned: float
    later: float


class Load(Model, frozen=True, kw_only=True):
    """Step 3: meeting minutes per week, before and after, against the budget."""

    current_minutes_per_week: float | None
    planned_minutes_per_week: float
    later_minutes_per_week: float
    budget_minutes_per_week: float | None
    floor_minutes_per_week: float
    lines: tuple[LoadLine, ...]
    adjustments: tuple[str, ...]
    over_budget: bool


class SkipSession(Model, frozen=True, kw_only=True):
    """One dated skip-level session."""

    date: date
    label: str
    people: int


class SkipLevelPlan(Model, frozen=True, kw_only=True):
    """Step 3: skip-levels that reach the whole population within a quarter."""

    population: int
    goal: str
    format: Literal["individual", "groups"]
    group_size: int
    minutes: int
    sessions: int
    sessions_per_week: int
    weeks_to_cover: int
    schedule: tuple[SkipSession, ...]
    notes: str


class PilotMeeting(Model, frozen=True, kw_only=True):
    """A meeting inside the pilot."""

    date: date
    alias: str
    kind: MeetingType


class PilotWeek(Model, frozen=True, kw_only=True):
    """One week of the pilot."""

    number: int
    start: date
    end: date
    focus: str
    meetings: tuple[PilotMeeting, ...]
    review_prompts: tuple[str, ...]


class PilotPlan(Model, frozen=True, kw_only=True):
    """Step 8: a dated 2–4 week trial with review prompts and success signals."""

    weeks: int
    start: date
    end: date
    schedule: tuple[PilotWeek, ...]
    success_signals: tuple[tuple[str, str], ...]  # (signal, how to measure)
    review_meeting: date


class BankSection(Model, frozen=True, kw_only=True):
    """Questions from the bank for one situation that matters on this team."""

    situation: str
    title: str
    questions: tuple[SelectedQuestion, ...]


class RelationshipType(Model, frozen=True, kw_only=True):
    """A row of the cadence-by-relationship table: the default and who on the team it fits."""

    track: Track
    title: str
    default: str
    people: tuple[str, ...]


class Pack(Model, frozen=True, kw_only=True):
    """The whole 1:1 Operating System Pack, as data."""

    start: date
    manager_role: str
    manager_timezone: str
    is_default: bool
    snapshot: Snapshot
    purpose: Purpose
    people: tuple[PersonPlan, ...]
    barbell: Barbell
    load: Load
    skip_level: SkipLevelPlan | None
    relationship_types: tuple[RelationshipType, ...]
    bank: tuple[BankSection, ...]
    skip_questions: tuple[SelectedQuestion, ...]
    guides: Guides
    pilot: PilotPlan
    assumptions: tuple[str, ...]
    open_questions: tuple[str, ...]
    risks: tuple[str, ...]
    next_steps: tuple[str, ...]
