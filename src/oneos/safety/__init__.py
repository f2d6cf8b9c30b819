"""Safety boundaries and privacy: triage, the privacy lint, anonymising and the HR offers."""

from __future__ import annotations

from oneos.safety.offers import (
    OFFER_IDS,
    expectations_doc,
    feedback_plan,
    offer,
    what_goes_where_map,
)
from oneos.safety.privacy import PrivacyFinding, alias_map, anonymize, lint_privacy, redact
from oneos.safety.triage import Mention, Offer, TriageResult, hr_mentions, message, triage

__all__ = [
    "OFFER_IDS",
    "Mention",
    "Offer",
    "PrivacyFinding",
    "TriageResult",
    "alias_map",
    "anonymize",
    "expectations_doc",
    "feedback_plan",
    "hr_mentions",
    "lint_privacy",
    "message",
    "offer",
    "redact",
    "triage",
    "what_goes_where_map",
]
