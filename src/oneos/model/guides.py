"""The typed shape of the library's guides: what a pack carries for its renderers."""

# No `from __future__ import annotations` here: msgspec reads these models' annotations
# on first use, and as strings each one costs a compile and an eval at start-up.

from typing import Annotated

import msgspec

from oneos.model.base import Model


class FlowStep(Model, frozen=True, kw_only=True):
    minutes: int
    step: str


class Table(Model, frozen=True, kw_only=True):
    columns: tuple[str, ...]
    rows: Annotated[int, msgspec.Meta(ge=1, le=10)]


class CareerSessionGuide(Model, frozen=True, kw_only=True):
    kind: str
    title: str
    minutes: Annotated[int, msgspec.Meta(ge=45, le=60)]
    purpose: str
    prep_report: str
    prep_manager: str
    flow: tuple[FlowStep, ...]
    prompts: tuple[str, ...]
    outputs: tuple[str, ...]
    output_table: Table


class CareerGuide(Model, frozen=True, kw_only=True):
    intro: str
    rules: tuple[str, ...]
    link_to_tactical: tuple[str, ...]
    sessions: Annotated[tuple[CareerSessionGuide, ...], msgspec.Meta(min_length=3, max_length=3)]

    def session(self, kind: str) -> CareerSessionGuide:
        return next(s for s in self.sessions if s.kind == kind)


class ScriptStep(Model, frozen=True, kw_only=True):
    step: str
    ask: str
    purpose: str


class ModeSignal(Model, frozen=True, kw_only=True):
    signal: str
    mode: str
    move: str


class Exception_(Model, frozen=True, kw_only=True):
    id: str
    title: str
    text: str


class CoachingGuide(Model, frozen=True, kw_only=True):
    intro: str
    rules: tuple[str, ...]
    script: Annotated[tuple[ScriptStep, ...], msgspec.Meta(min_length=5, max_length=5)]
    disagreement: tuple[str, ...]
    coach_vs_advisor: tuple[ModeSignal, ...]
    directive_exceptions: tuple[Exception_, ...]
    success: str


class CheckPrompt(Model, frozen=True, kw_only=True):
    prompt: str
    note: str


class Activation(Model, frozen=True, kw_only=True):
    area: str
    text: str


class RiskSignal(Model, frozen=True, kw_only=True):
    signal: str
    response: str


class EscalationStep(Model, frozen=True, kw_only=True):
    when: str
    do: str


class WellbeingGuide(Model, frozen=True, kw_only=True):
    intro: str
    quick_check: tuple[CheckPrompt, ...]
    how_often: dict[str, str]
    activations: tuple[Activation, ...]
    boundaries: tuple[str, ...]
    risk_signals: tuple[RiskSignal, ...]
    escalation: tuple[EscalationStep, ...]
    persistent_joy_plan: str


class ListeningStep(Model, frozen=True, kw_only=True):
    name: str
    minutes: str
    guidance: str
    prompts: tuple[str, ...]


class ListeningPlaybook(Model, frozen=True, kw_only=True):
    title: str
    minutes: int
    when: str
    steps: tuple[ListeningStep, ...]
    dont: tuple[str, ...]
    actions_rule: str


class UrgentPlaybook(Model, frozen=True, kw_only=True):
    title: str
    sla_hours: Annotated[int, msgspec.Meta(ge=1, le=48)]
    minutes: str
    purpose: str
    triggers: tuple[str, ...]
    how_to_ask: tuple[str, ...]
    rules: tuple[str, ...]
    outcome_template: tuple[str, ...]


class SkipLevelPlaybook(Model, frozen=True, kw_only=True):
    title: str
    minutes_individual: int
    minutes_group: int
    purposes: dict[str, str]
    agenda: tuple[str, ...]
    rules: tuple[str, ...]
    notes_rules: tuple[str, ...]


class Playbooks(Model, frozen=True, kw_only=True):
    listening: ListeningPlaybook
    urgent: UrgentPlaybook
    skip_level: SkipLevelPlaybook


class PurposeGuide(Model, frozen=True, kw_only=True):
    statement: str
    goal_lines: dict[str, str]
    for_topics: tuple[str, ...]
    not_for: tuple[str, ...]
    channels: tuple[tuple[str, str, str], ...]


class DocSection(Model, frozen=True, kw_only=True):
    name: str
    text: str


class SharedDocGuide(Model, frozen=True, kw_only=True):
    intro: str
    sections: tuple[DocSection, ...]
    working_agreements: tuple[str, ...]
    prework_report: tuple[str, ...]
    prework_manager: tuple[str, ...]
    private_notes: dict[str, str]
    action_columns: tuple[str, ...]
    notes_rules: tuple[str, ...]


class PilotGuide(Model, frozen=True, kw_only=True):
    focus: dict[str, tuple[str, ...]]  # by pilot length in weeks
    review_prompts: tuple[str, ...]
    final_review_prompts: tuple[str, ...]
    success_signals: tuple[tuple[str, str], ...]


class FlagGuide(Model, frozen=True, kw_only=True):
    situations: tuple[str, ...]
    reason: str
    backlog: tuple[str, ...] = ()
    wellbeing: str | None = None
    boundary: str | None = None


class PeopleGuide(Model, frozen=True, kw_only=True):
    flags: dict[str, FlagGuide]
    signals: dict[str, FlagGuide]
    baseline_backlog: tuple[str, ...]
    first_meeting: tuple[str, ...]
    first_meeting_listening: str
    every_meeting_close: str


class Guides(Model, frozen=True, kw_only=True):
    """The fixed guidance a pack renders around its tailored parts."""

    coaching: CoachingGuide
    career: CareerGuide
    wellbeing: WellbeingGuide
    playbooks: Playbooks
    shared_doc: SharedDocGuide
    labels: dict[str, str]
    titles: dict[str, dict[str, str]]

    def label(self, key: str, /, **values: object) -> str:
        """A layout sentence from labels.yaml with its blanks filled."""
        return self.labels[key].format(**values)
