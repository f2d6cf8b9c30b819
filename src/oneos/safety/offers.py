"""What oneos still makes after a redirect: a feedback plan, an expectations doc, a map."""

from __future__ import annotations

from typing import Any

from oneos.errors import InputError
from oneos.safety._data import load

OFFER_IDS: tuple[str, ...] = ("feedback-plan", "expectations-doc", "what-goes-where")


def _section(section: dict[str, Any]) -> list[str]:
    lines = ["", f"## {section['heading']}", ""]
    if "table" in section:
        columns: list[str] = section["table"]["columns"]
        lines.append("| " + " | ".join(columns) + " |")
        lines.append("|" + "---|" * len(columns))
        lines.extend("|" + "  |" * len(columns) for _ in range(int(section["table"]["rows"])))
    lines.extend(f"- {item}" for item in section.get("items", []))
    return lines


def _document(key: str, person: str | None) -> str:
    data: dict[str, Any] = load("offers.yaml")[key]
    title = data["title"] + (f": {person}" if person else "")
    lines = [f"# {title}", "", f"> {data['note']}"]
    for section in data["sections"]:
        lines.extend(_section(section))
    return "\n".join(lines) + "\n"


def feedback_plan(person: str | None = None) -> str:
    """A feedback conversation plan in Markdown: one clear conversation, not a PIP."""
    return _document("feedback_plan", person)


def expectations_doc(person: str | None = None) -> str:
    """An expectations document in Markdown: what good looks like, agreed; not a PIP."""
    return _document("expectations_doc", person)


def what_goes_where_map() -> str:
    """The what-goes-where map in Markdown: status in team rituals, not in 1:1s."""
    data: dict[str, Any] = load("offers.yaml")["what_goes_where"]
    lines = [f"# {data['title']}", "", f"> {data['note']}", ""]
    lines += ["| Where | What belongs there | How it looks |", "|---|---|---|"]
    lines += [f"| {r['place']} | {r['what']} | {r['examples']} |" for r in data["rows"]]
    return "\n".join(lines) + "\n"


def offer(offer_id: str, person: str | None = None) -> str:
    """The Markdown for one offer by id (see OFFER_IDS)."""
    if offer_id == "feedback-plan":
        return feedback_plan(person)
    if offer_id == "expectations-doc":
        return expectations_doc(person)
    if offer_id == "what-goes-where":
        return what_goes_where_map()
    raise InputError(
        f"--offer: {offer_id!r} is not an offer — choose one of {', '.join(OFFER_IDS)}"
    )
