"""The whole intake: free text (if any), then the interview, then a valid context and its YAML."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from oneos.intake.extraction import Extraction
from oneos.intake.questions import Ask, interview
from oneos.model.base import compact
from oneos.model.context import Context


@dataclass(frozen=True)
class IntakeResult:
    """What the intake produced: the context, its data as written, and the text extraction."""

    context: Context
    data: dict[str, Any]
    extraction: Extraction | None


def build_context(words: str | None, *, ask: Ask | None, today: date) -> IntakeResult:
    """Read the words (through the safety hook in `receive_text`), ask what is still open
    when an asker is given, and return a context that always validates."""
    from oneos.intake.text import extract, receive_text, to_context_data, validated

    extraction = extract(receive_text(words), today=today) if words is not None else None
    data: dict[str, Any] = to_context_data(extraction) if extraction is not None else {}
    if ask is not None:
        data, notes = interview(data, ask, today=today)
        if notes:
            data["assumptions"] = list(dict.fromkeys([*data.get("assumptions", []), *notes]))
    context = validated(data)
    written = compact(context)
    return IntakeResult(context=context, data=written, extraction=extraction)


def context_yaml(data: dict[str, Any], *, today: date) -> str:
    """The context as YAML with a short header saying where it came from."""
    import yaml

    header = (
        f"# oneos context, written by `oneos intake` on {today.isoformat()}.\n"
        "# Correct anything oneos got wrong; `oneos pack <this file>` builds your pack from it.\n"
    )
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100) if data else "{}\n"
    return header + body
