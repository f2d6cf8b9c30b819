"""The typed pack: what the eight design steps decide, before any of it becomes text."""

from __future__ import annotations

from datetime import date, time
from typing import Annotated, Literal

import msgspec

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


Side = Literal["manager", "person"]


class SlotShift(Model, frozen=True, kw_only=True):
    """From this date on, the same slot falls at another local time for the person (DST)."""

    since: Annotated[
        date, msgspec.Meta(description="First meeting date (manager-local) with the new time.")
    ]
    person_weekday: Weekday
    person_start: time


class Recurrence(Model, frozen=True, kw_only=True):
    """A run of a recurring meeting: every N weeks from `first`, `count` times in the plan."""

    first: Annotated[date, msgspec.Meta(description="The first date of the rule (manager-local).")]
    every_weeks: Annotated[int, msgspec.Meta(ge=1, le=8)]
    count: Annotated[int, msgspec.Meta(ge=1)]
    minutes: int
    moved: Annotated[
        tuple[tuple[date, date | None], ...],
        msgspec.Meta(description="Rule dates that moved (to a new date) or were skipped (None)."),
    ] = ()


class Slot(Model, frozen=True, kw_only=True):
    """A recurring meeting's time, in both people's local time, and how well it fits."""

    weekday: Annotated[Weekday, msgspec.Meta(description="Weekday in the manager's time zone.")]
    start: Annotated[time, msgspec.Meta(description="Start time in the manager's time zone.")]
    minutes: int
    manager_zone: str
    person_zone: str
    person_weekday: Annotated[
        Weekday, msgspec.Meta(description="Weekday in the person's zone (first date).")
    ]
    person_start: Annotated[
        time, msgspec.Meta(description="Start time in the person's zone (first date).")
    ]
    shifts: Annotated[
        tuple[SlotShift, ...], msgspec.Meta(description="Later changes of the person's time.")
    ] = ()
    outside_hours: Annotated[
        tuple[Side, ...],
        msgspec.Meta(
            description="Whose working hours the slot runs outside of on some date (empty: none)."
        ),
    ] = ()
    clashes: Annotated[
        tuple[date, ...],
        msgspec.Meta(
            description="Dates it clashes with a busy time or a meeting, or exceeds the 1:1 limit."
        ),
    ] = ()
    runs: Annotated[
        tuple[Recurrence, ...], msgspec.Meta(description="The recurrence rules, in order.")
    ] = ()
    label: Annotated[
        str,
        msgspec.Meta(description="In words, e.g. 'Tue 16:00–16:30 London / 11:00–11:30 New York'."),
    ]

    @property
    def fits(self) -> bool:
        """Inside both people's working hours on every date, and clear of everything else."""
        return not self.outside_hours and not self.clashes


class EventTime(Model, frozen=True, kw_only=True):
    """When a one-off meeting starts on its date, in the manager's (and the person's) time."""

    start: Annotated[time, msgspec.Meta(description="Start time in the manager's time zone.")]
    minutes: int
    person_zone: str | None = None
    person_date: date | None = None
    person_start: time | None = None
    outside_hours: tuple[Side, ...] = ()
    clash: bool = False
    label: Annotated[
        str, msgspec.Meta(description="In words: '16:00–17:00 London / 11:00–12:00 New York'.")
    ]

    @property
    def fits(self) -> bool:
        return not self.outside_hours and not self.clash


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
    time: EventTime | None = None


class ListeningSession(Model, frozen=True, kw_only=True):
    """A one-off listening-first session (after a crisis, or to reset a strained relationship)."""

    date: date
    minutes: int
    reason: str
    time: EventTime | None = None


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
    slot: Annotated[Slot | None, msgspec.Meta(description="The standing 1:1's recurring time.")] = (
        None
    )
    catch_up_slot: Annotated[
        Slot | None, msgspec.Meta(description="The monthly catch-up's time.")
    ] = None


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
    time: EventTime | None = None


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
    review_time: EventTime | None = None


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
