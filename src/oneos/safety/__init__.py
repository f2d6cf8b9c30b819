"""Safety boundaries and privacy: triage, the privacy lint, anonymising and the HR offers.

Cheap to import: the triage rules load on the first text to read, and the privacy lint and
the offers on first use of one of their names.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from oneos.safety.triage import Mention, Offer, TriageResult, hr_mentions, message, triage

if TYPE_CHECKING:
    from oneos.safety.offers import (
        OFFER_IDS,
        expectations_doc,
        feedback_plan,
        offer,
        what_goes_where_map,
    )
    from oneos.safety.privacy import PrivacyFinding, alias_map, anonymize, lint_privacy, redact

_LAZY = {
    "OFFER_IDS": "offers",
    "expectations_doc": "offers",
    "feedback_plan": "offers",
    "offer": "offers",
    "what_goes_where_map": "offers",
    "PrivacyFinding": "privacy",
    "alias_map": "privacy",
    "anonymize": "privacy",
    "lint_privacy": "privacy",
    "redact": "privacy",
}

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


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f"oneos.safety.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'oneos.safety' has no attribute {name!r}")
