"""Time-zone names: IANA names as they are; abbreviations, cities and regions mapped to one zone."""

from __future__ import annotations

from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# oneos.model.places (the place table, its records and expressions) is imported where it is
# used: a context whose zones are all IANA names, as the default one's are, never needs it.


def __getattr__(name: str) -> Any:
    # ABBREVIATIONS used to be a constant here; it now comes from model/data/places.yaml.
    if name == "ABBREVIATIONS":
        from oneos.model.places import abbreviations

        return abbreviations()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def resolve_zone(text: str) -> str | None:
    """The IANA name for an IANA name, a known abbreviation (PST), city (Bengaluru) or region
    (East Coast); None when it is none of these."""
    name = text.strip()
    if not name:
        return None
    if "/" in name:
        # No abbreviation holds a slash (tests/test_model_places.py keeps it so), so an IANA
        # name is answered without reading the place table.
        return name if is_zone(name) else None
    from oneos.model.places import abbreviations, lookup_place

    upper = name.upper()
    known = abbreviations()
    if upper in known:
        return known[upper]
    if upper == "UTC":
        return name if is_zone(name) else None
    entry = lookup_place(name)
    return entry.zone if entry is not None else None


def is_zone(name: str) -> bool:
    """Whether zoneinfo knows this IANA name."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def suggest_zone(text: str) -> str:
    """A 'did you mean' hint for an unknown zone name."""
    import difflib
    import zoneinfo

    from oneos.model.places import abbreviations

    candidates = sorted(zoneinfo.available_timezones()) + list(abbreviations())
    by_upper = {c.upper(): c for c in candidates}
    close = difflib.get_close_matches(text.strip().upper(), list(by_upper), n=3, cutoff=0.6)
    if close:
        return "did you mean " + " or ".join(by_upper[c] for c in close) + "?"
    return "use an IANA name such as Europe/London or America/New_York, or an abbreviation like PST"
