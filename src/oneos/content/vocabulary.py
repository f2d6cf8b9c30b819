"""The documented tag vocabulary that content files and contexts share."""

from __future__ import annotations

from typing import Literal, get_args

Situation = Literal[
    "status-trap",
    "onboarding",
    "prioritisation",
    "passed-over",
    "senior-independent",
    "strained",
    "remote",
    "feedback",
    "career-growth",
    "wellbeing",
    "disagreement",
    "delegation",
    "after-change",
    "returning-from-leave",
    "skip-level",
    "former-peer",
    "retention",
]
Stage = Literal["new", "stable", "strained"]
Seniority = Literal["junior", "mid", "senior", "lead"]
Purpose = Literal["coach", "feedback", "career", "wellbeing", "skip-level", "listening"]
# Agenda menu themes: a meeting's 1–3 items are best drawn from different themes.
Theme = Literal[
    "priorities",
    "decisions",
    "blockers",
    "feedback",
    "growth",
    "wellbeing",
    "relationship",
    "recognition",
    "onboarding",
    "change",
    "team",
]

SITUATIONS: tuple[str, ...] = get_args(Situation)
STAGES: tuple[str, ...] = get_args(Stage)
SENIORITIES: tuple[str, ...] = get_args(Seniority)
PURPOSES: tuple[str, ...] = get_args(Purpose)
THEMES: tuple[str, ...] = get_args(Theme)
