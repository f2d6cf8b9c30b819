"""Load the library's guide files into their typed models (cached)."""

from __future__ import annotations

from oneos.content.loader import load_model
from oneos.model.guides import (
    CareerGuide,
    CoachingGuide,
    Guides,
    PeopleGuide,
    PilotGuide,
    Playbooks,
    PurposeGuide,
    SharedDocGuide,
    WellbeingGuide,
)


def career_guide() -> CareerGuide:
    return load_model("career.yaml", CareerGuide)


def coaching_guide() -> CoachingGuide:
    return load_model("coaching.yaml", CoachingGuide)


def wellbeing_guide() -> WellbeingGuide:
    return load_model("wellbeing.yaml", WellbeingGuide)


def playbooks() -> Playbooks:
    return load_model("playbooks.yaml", Playbooks)


def purpose_guide() -> PurposeGuide:
    return load_model("purpose.yaml", PurposeGuide)


def shared_doc_guide() -> SharedDocGuide:
    return load_model("shared_doc.yaml", SharedDocGuide)


def pilot_guide() -> PilotGuide:
    return load_model("pilot.yaml", PilotGuide)


def people_guide() -> PeopleGuide:
    return load_model("people.yaml", PeopleGuide)


def guides() -> Guides:
    """Every guide a pack renders."""
    return Guides(
        coaching=coaching_guide(),
        career=career_guide(),
        wellbeing=wellbeing_guide(),
        playbooks=playbooks(),
        shared_doc=shared_doc_guide(),
        labels=load_model("labels.yaml", dict[str, str]),
        titles=load_model("titles.yaml", dict[str, dict[str, str]]),
    )


def titles(kind: str) -> dict[str, str]:
    """Display titles for situations or tracks."""
    return load_model("titles.yaml", dict[str, dict[str, str]])[kind]
