"""The typed shape of the library's guides: what a pack carries for its renderers."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FlowStep(_Model):
    minutes: int
    step: str


class Table(_Model):
    columns: tuple[str, ...]
    rows: int = Field(ge=1, le=10)


class CareerSessionGuide(_Model):
    kind: str
    title: str
    minutes: int = Field(ge=45, le=60)
    purpose: str
    prep_report: str
    prep_manager: str
    flow: tuple[FlowStep, ...]
    prompts: tuple[str, ...]
    outputs: tuple[str, ...]
    output_table: Table


class CareerGuide(_Model):
    intro: str
    rules: tuple[str, ...]
    link_to_tactical: tuple[str, ...]
    sessions: tuple[CareerSessionGuide, ...] = Field(min_length=3, max_length=3)

    def session(self, kind: str) -> CareerSessionGuide:
        return next(s for s in self.sessions if s.kind == kind)


class ScriptStep(_Model):
    step: str
    ask: str
    purpose: str


class ModeSignal(_Model):
    signal: str
    mode: str
    move: str


class Exception_(_Model):
    id: str
    title: str
    text: str


class CoachingGuide(_Model):
    intro: str
    rules: tuple[str, ...]
    script: tuple[ScriptStep, ...] = Field(min_length=5, max_length=5)
    disagreement: tuple[str, ...]
    coach_vs_advisor: tuple[ModeSignal, ...]
    directive_exceptions: tuple[Exception_, ...]
    success: str


class CheckPrompt(_Model):
    prompt: str
    note: str


class Activation(_Model):
    area: str
    text: str


class RiskSignal(_Model):
    signal: str
    response: str


class EscalationStep(_Model):
    when: str
    do: str


class WellbeingGuide(_Model):
    intro: str
    quick_check: tuple[CheckPrompt, ...]
    how_often: dict[str, str]
    activations: tuple[Activation, ...]
    boundaries: tuple[str, ...]
    risk_signals: tuple[RiskSignal, ...]
    escalation: tuple[EscalationStep, ...]
    persistent_joy_plan: str


class ListeningStep(_Model):
    name: str
    minutes: str
    guidance: str
    prompts: tuple[str, ...]


class ListeningPlaybook(_Model):
    title: str
    minutes: int
    when: str
    steps: tuple[ListeningStep, ...]
    dont: tuple[str, ...]
    actions_rule: str


class UrgentPlaybook(_Model):
    title: str
    sla_hours: int = Field(le=48)
    minutes: str
    purpose: str
    triggers: tuple[str, ...]
    how_to_ask: tuple[str, ...]
    rules: tuple[str, ...]
    outcome_template: tuple[str, ...]


class SkipLevelPlaybook(_Model):
    title: str
    minutes_individual: int
    minutes_group: int
    purposes: dict[str, str]
    agenda: tuple[str, ...]
    rules: tuple[str, ...]
    notes_rules: tuple[str, ...]


class Playbooks(_Model):
    listening: ListeningPlaybook
    urgent: UrgentPlaybook
    skip_level: SkipLevelPlaybook


class PurposeGuide(_Model):
    statement: str
    goal_lines: dict[str, str]
    for_topics: tuple[str, ...]
    not_for: tuple[str, ...]
    channels: tuple[tuple[str, str, str], ...]


class DocSection(_Model):
    name: str
    text: str


class SharedDocGuide(_Model):
    intro: str
    sections: tuple[DocSection, ...]
    working_agreements: tuple[str, ...]
    prework_report: tuple[str, ...]
    prework_manager: tuple[str, ...]
    private_notes: dict[str, str]
    action_columns: tuple[str, ...]
    notes_rules: tuple[str, ...]


class PilotGuide(_Model):
    focus: dict[int, tuple[str, ...]]
    review_prompts: tuple[str, ...]
    final_review_prompts: tuple[str, ...]
    success_signals: tuple[tuple[str, str], ...]


class FlagGuide(_Model):
    situations: tuple[str, ...]
    reason: str
    backlog: tuple[str, ...] = ()
    wellbeing: str | None = None
    boundary: str | None = None


class PeopleGuide(_Model):
    flags: dict[str, FlagGuide]
    signals: dict[str, FlagGuide]
    baseline_backlog: tuple[str, ...]
    first_meeting: tuple[str, ...]
    first_meeting_listening: str
    every_meeting_close: str


class Guides(_Model):
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
