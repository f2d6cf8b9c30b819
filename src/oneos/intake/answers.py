"""Interview answers given in words ("one new hire, two senior") read with the text extractor."""

from __future__ import annotations

from datetime import date
from typing import Any

from oneos.intake.extraction import message

# What to put in front of an answer so the extractor reads it in the right frame.
_FRAMES = {
    "current.cadence": "Our 1:1s today: {text}",
    "current.failure_modes": "What is not working in our 1:1s: {text}",
    "events": "{text}",
}
_PERSON_FIELDS = ("role", "seniority", "stage", "tenure_weeks", "timezone", "kind")


def fill_words(data: dict[str, Any], field: str, text: str, today: date) -> list[str]:
    """Read an answer in words into the data; returns the assumptions it needed. What the
    extractor cannot use becomes an open question quoting the answer."""
    from oneos.intake.text import extract

    people = data.get("people") or []
    if field in ("people.flags", "people.timezone"):
        extraction = extract(f"{len(people)} reports. {text}", today=today)
        found = _merge_people(people, extraction.data.get("people") or [])
        zone = extraction.data.get("manager", {}).get("timezone")
        if field == "people.timezone" and zone and "timezone" not in data.get("manager", {}):
            data.setdefault("manager", {})["timezone"] = zone
    else:
        extraction = extract(_FRAMES[field].format(text=text), today=today)
        found = False
        if field == "events" and extraction.data.get("events"):
            data["events"] = [*data.get("events", []), *extraction.data["events"]]
            found = True
        elif field != "events":
            section, key = field.split(".")
            value = extraction.data.get(section, {}).get(key)
            if value:
                data.setdefault(section, {})[key] = value
                found = True
    if not found:
        quote = " ".join(text.split())
        data["open_questions"] = [
            *data.get("open_questions", []),
            message("ask-unrecognised", quote=quote if len(quote) <= 70 else quote[:69] + "…"),
        ]
    placeholders = message("assume-aliases", names="").split("(")[0]
    return [a for a in extraction.assumptions if not a.startswith(placeholders)]


def _merge_people(people: list[dict[str, Any]], found: list[dict[str, Any]]) -> bool:
    """Carry what the answer said onto the roster: people it names by alias, then the
    people it counts, in order, onto those not named."""
    by_alias = {str(p["alias"]).lower(): p for p in people}
    named = [f for f in found if str(f["alias"]).lower() in by_alias]
    counted = [f for f in found if f not in named and _said_something(f)]
    free = [p for p in people if p not in [by_alias[str(f["alias"]).lower()] for f in named]]
    pairs = [(by_alias[str(f["alias"]).lower()], f) for f in named] + list(
        zip(free, counted, strict=False)
    )
    changed = False
    for person, said in pairs:
        for flag in said.get("flags", []):
            if flag not in person.setdefault("flags", []):
                person["flags"].append(flag)
                changed = True
        for key in _PERSON_FIELDS:
            if key in said and key not in person:
                person[key] = said[key]
                changed = True
    return changed


def _said_something(person: dict[str, Any]) -> bool:
    return any(key in person for key in ("flags", *_PERSON_FIELDS))
