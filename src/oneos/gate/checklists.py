"""The checklist: groups A–F, one row per item, each with what it needs and how to fix it."""

from __future__ import annotations

from oneos.gate import custom as _custom  # noqa: F401  (registers the custom signals)
from oneos.gate import custom_parts as _parts  # noqa: F401  (registers the custom signals)
from oneos.gate.needs import Node, Outcome, evaluate, parse_need
from oneos.gate.reader import Reader

GROUPS: dict[str, str] = {
    "A": "Completeness",
    "B": "System",
    "C": "Coaching",
    "D": "Career",
    "E": "Wellbeing",
    "F": "Skip-level and special sessions",
}


class Check:
    """One checklist item: a stable id, what it needs (see `needs.py`) and the fix.

    A plain slotted class, as `signals.Signal` is (defining a named tuple costs several
    times as much, on the critical path of `oneos pack`)."""

    __slots__ = ("fix", "id", "needs", "title")

    def __init__(self, id: str, title: str, needs: str, fix: str) -> None:
        self.id = id
        self.title = title
        self.needs = needs
        self.fix = fix

    @property
    def group(self) -> str:
        return GROUPS[self.id[0]]


CHECKS: tuple[Check, ...] = (
    Check(
        "A1",
        "Purpose and a what-goes-where map",
        "purpose_statement & channel_map",
        "Open the pack with two or three sentences on what your 1:1s are for and what they are "
        "not for, then add a small table that sends each kind of topic to its place: 1:1, team "
        "meeting, written update, urgent meeting or skip-level.",
    ),
    Check(
        "A2",
        "Cadence plan for direct reports and skip-levels",
        "cadence_plan & skip_cadence",
        "Write down how often and how long you meet each direct report, and how often you hold "
        "skip-levels (for example, a 30-minute skip-level per person each quarter).",
    ),
    Check(
        "A3",
        "Shared doc template: agenda, notes, action items, topics backlog",
        "shared_doc & agenda & notes & action_items & backlog",
        "Add a shared 1:1 doc template with four parts: this week's agenda, notes, action items "
        "and a running backlog of topics either of you can add to.",
    ),
    Check(
        "A4",
        "Coaching toolkit: rules, questions, when to be directive",
        "(questions_first | open_questions_rule) & coaching_questions & directive_exceptions",
        "Add a coaching section with a short rule (ask before you answer), a handful of open "
        "questions, and the few cases where you will simply decide.",
    ),
    Check(
        "A5",
        "Career plan with its three conversations",
        "life_story & future_dreams & action_plan",
        "Plan three career conversations: one on their story so far, one on the futures they "
        "could imagine, and one that turns those into a written plan.",
    ),
    Check(
        "A6",
        "Wellbeing check-in with boundaries and escalation",
        "energy_check & not_therapist & escalation",
        "Add a short energy check-in (for example, energy from 1 to 10), say plainly that you "
        "are not a therapist and never diagnose, and say where to point someone who needs more "
        "help (company support, HR, a doctor, emergency services).",
    ),
    Check(
        "A7",
        "The three special playbooks",
        "crisis_playbook & urgent_playbook & skip_playbook",
        "Add the three special playbooks: a listening session after a crisis, an urgent topical "
        "meeting, and a skip-level template.",
    ),
    Check(
        "A8",
        "Risks, open questions and next steps",
        "risks_open_next",
        "End the pack with three short lists — Risks, Open questions, Next steps — each with at "
        "least one real entry.",
    ),
    Check(
        "B1",
        "Status has a home outside the 1:1",
        "status_home & !harm_status",
        "Move status to the team meeting, a written weekly update or the tracker, and say so in "
        "the pack; keep the 1:1 for the conversations that cannot happen anywhere else.",
    ),
    Check(
        "B2",
        "Cadence fits each relationship and trims meeting load",
        "cadence_by_relationship & (cuts_bloat | barbell | load_change)",
        "Give different relationships different rhythms (new: weekly; stable: every two weeks; "
        "senior: every few weeks) and show what you drop or replace, with the meeting hours "
        "before and after.",
    ),
    Check(
        "B3",
        "Every meeting ends with written next steps, each with an owner and a due date",
        "ends_with_next_steps & (action_table | owner_due_rule) & !action_table_incomplete",
        "End every meeting by writing next steps in the shared doc, each with an owner and a "
        "due date or checkpoint; give the action-item table Owner and Due columns.",
    ),
    Check(
        "B4",
        "Light enough to keep up for 4–8 weeks",
        "(pilot | reassess) & light_touch",
        "Keep the system small enough to last: a few minutes of prep, a lightweight template, "
        "and a dated pilot or review after a few weeks to adjust it.",
    ),
    Check(
        "C1",
        "Prompts make the report generate options and weigh tradeoffs",
        "options_prompt & tradeoffs_prompt",
        "Add questions that make the report do the thinking: 'What options do you see?' and "
        "'What would each one cost you?'.",
    ),
    Check(
        "C2",
        "Questions before answers by default",
        "questions_first & !harm_instant_answers",
        "Write the default down: ask questions first and hold your own answer until they have "
        "laid out their options.",
    ),
    Check(
        "C3",
        "Directive exceptions are explicit",
        "directive_exceptions",
        "List when you will be directive instead of coaching: safety; legal, HR-policy or "
        "ethical issues; a time-critical incident; a pattern that repeats after expectations "
        "were made clear.",
    ),
    Check(
        "D1",
        "Career conversations are dedicated sessions",
        "dedicated_sessions",
        "Give each career conversation its own 45–60 minute session instead of squeezing it "
        "into a regular 1:1.",
    ),
    Check(
        "D2",
        "1–3 growth bets with practice loops and checkpoints",
        "growth_bets & practice_loop & checkpoints",
        "Turn the plan into one to three growth bets, each with a way to practise and get "
        "feedback, and a monthly checkpoint to review progress.",
    ),
    Check(
        "D3",
        "Growth is tied to real work",
        "real_work",
        "Tie each growth bet to real work: a project to lead, something to own, a stretch "
        "assignment.",
    ),
    Check(
        "E1",
        "Joy and energy check-ins",
        "energy_check",
        "Add a quick check-in on energy and joy, for example 'Energy this week, 1 to 10?' and "
        "'What gave you energy?'.",
    ),
    Check(
        "E2",
        "Respectful, no diagnosing",
        "not_therapist & !harm_diagnose & !harm_therapist",
        "State the boundary: you notice and ask, you never diagnose, and you are not their "
        "therapist; remove any instruction to judge someone's mental health.",
    ),
    Check(
        "E3",
        "Workload and scope changes are considered",
        "workload",
        "Say what you will change when energy stays low for work reasons: scope, priorities, "
        "deadlines or expectations.",
    ),
    Check(
        "E4",
        "Escalation guidance",
        "escalation",
        "Say where to turn when it is more than a bad week: company support such as an EAP, HR, "
        "professional care, and emergency services if someone is in danger.",
    ),
    Check(
        "F1",
        "Skip-levels have a clear purpose",
        "skip_purpose",
        "Open the skip-level template with its purpose, for example hearing how the team is "
        "doing, coaching at a distance, or clearing blockers.",
    ),
    Check(
        "F2",
        "Skip-levels never bypass the direct manager",
        "no_bypass",
        "Say that skip-levels never go around the direct manager: no decisions or promises that "
        "cut across them, and they hear the themes first.",
    ),
    Check(
        "F3",
        "Skip-level notes share themes, never names or quotes",
        "themes_not_names & !harm_skip_names",
        "Share only themes from skip-levels, never names or quotes, and say so to the people "
        "you meet.",
    ),
    Check(
        "F4",
        "The post-crisis session is listening-first",
        "listening_first",
        "Make the post-crisis session mostly listening: a short opening, a long stretch where "
        "you reflect back without defending or explaining, then support and a short close.",
    ),
)
PARSED: dict[str, Node] = {c.id: parse_need(c.needs) for c in CHECKS}


def run_checks(reader: Reader) -> list[tuple[Check, Outcome]]:
    """Every checklist item on one pack, in table order."""
    return [(check, evaluate(PARSED[check.id], reader)) for check in CHECKS]
