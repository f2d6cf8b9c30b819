"""Time-zone names: IANA names as they are, and common abbreviations mapped to one IANA zone."""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# One representative IANA zone per abbreviation people actually write in a context.
# Summer/winter variants map to the same zone: zoneinfo applies the right offset per date.
ABBREVIATIONS: dict[str, str] = {
    "UTC": "UTC",
    "GMT": "Europe/London",
    "BST": "Europe/London",
    "UK": "Europe/London",
    "WET": "Europe/Lisbon",
    "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin",
    "EET": "Europe/Helsinki",
    "EEST": "Europe/Helsinki",
    "MSK": "Europe/Moscow",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "PT": "America/Los_Angeles",
    "PACIFIC": "America/Los_Angeles",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "MT": "America/Denver",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "CT": "America/Chicago",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "ET": "America/New_York",
    "EASTERN": "America/New_York",
    "AKST": "America/Anchorage",
    "HST": "Pacific/Honolulu",
    "AST": "America/Halifax",
    "NST": "America/St_Johns",
    "BRT": "America/Sao_Paulo",
    "ART": "America/Argentina/Buenos_Aires",
    "WAT": "Africa/Lagos",
    "CAT": "Africa/Maputo",
    "EAT": "Africa/Nairobi",
    "SAST": "Africa/Johannesburg",
    "GST": "Asia/Dubai",
    "PKT": "Asia/Karachi",
    "IST": "Asia/Kolkata",
    "NPT": "Asia/Kathmandu",
    "ICT": "Asia/Bangkok",
    "WIB": "Asia/Jakarta",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "PHT": "Asia/Manila",
    "PHST": "Asia/Manila",
    "CST-CHINA": "Asia/Shanghai",
    "KST": "Asia/Seoul",
    "JST": "Asia/Tokyo",
    "AWST": "Australia/Perth",
    "ACST": "Australia/Adelaide",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
}


@cache
def resolve_zone(text: str) -> str | None:
    """The IANA name for an IANA name or a known abbreviation; None when it is neither."""
    name = text.strip()
    if not name:
        return None
    upper = name.upper()
    if upper in ABBREVIATIONS:
        return ABBREVIATIONS[upper]
    if "/" in name or upper == "UTC":
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            return None
        return name
    return None


def suggest_zone(text: str) -> str:
    """A 'did you mean' hint for an unknown zone name."""
    import difflib
    import zoneinfo

    candidates = sorted(zoneinfo.available_timezones()) + list(ABBREVIATIONS)
    by_upper = {c.upper(): c for c in candidates}
    close = difflib.get_close_matches(text.strip().upper(), list(by_upper), n=3, cutoff=0.6)
    if close:
        return "did you mean " + " or ".join(by_upper[c] for c in close) + "?"
    return "use an IANA name such as Europe/London or America/New_York, or an abbreviation like PST"
