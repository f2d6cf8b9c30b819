"""Country codes for public holidays, and the holidays themselves, from a shipped table.

The table (`content/data/holidays.json`) is built from the `holidays` package by
`python -m oneos.datafiles`: every code it knows (aliases such as UK too) with its
regions, and the public holidays of every country and region for the years most plans fall
in. Importing `holidays` and building a country's calendar takes longer than the rest of
`oneos pack`, so the package is imported only for a year the table does not cover; a test
checks the table matches the installed package.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any

TABLE = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "content", "data", "holidays.json"
)
FIRST_YEAR, LAST_YEAR = 2024, 2032


@cache
def _table() -> dict[str, Any]:
    import msgspec

    with open(TABLE, "rb") as handle:
        table: dict[str, Any] = msgspec.json.decode(handle.read())
    return table


def supported() -> dict[str, list[str]]:
    """Every country code `holidays` knows (aliases such as UK and USA too), with its regions."""
    countries: dict[str, list[str]] = _table()["countries"]
    return countries


def public_holidays(code: str, years: Iterable[int]) -> set[date]:
    """The public holidays of a country ('GB') or region ('US-CA') in the given years, as
    `holidays.country_holidays` gives them."""
    table = _table()
    wanted = list(years)
    country, _, region = code.partition("-")
    canonical = table["aliases"].get(country, country) + (f"-{region}" if region else "")
    rows = table["dates"].get(canonical)
    first, last = table["years"]
    if rows is not None and all(first <= year <= last for year in wanted):
        return {
            date(year, int(day[:2]), int(day[2:]))
            for year in wanted
            for day in rows[year - first].split()
        }
    import holidays

    return set(holidays.country_holidays(country, subdiv=region or None, years=wanted))


def build_table(first: int = FIRST_YEAR, last: int = LAST_YEAR) -> bytes:
    """The table as it should be for the installed `holidays` package (one code a line)."""
    import holidays
    import msgspec

    countries = holidays.list_supported_countries()
    canonical = holidays.list_supported_countries(include_aliases=False)
    aliases = {
        code: holidays.country_holidays(code).country for code in countries if code not in canonical
    }
    dates: dict[str, list[str]] = {}
    for country, regions in canonical.items():
        for region in (None, *regions):
            found = holidays.country_holidays(country, subdiv=region, years=range(first, last + 1))
            by_year: dict[int, list[date]] = {year: [] for year in range(first, last + 1)}
            for day in sorted(found):
                by_year[day.year].append(day)
            dates[f"{country}-{region}" if region else country] = [
                " ".join(f"{d:%m%d}" for d in days) for days in by_year.values()
            ]
    encode = msgspec.json.encode
    version = getattr(holidays, "__version__", "?")
    lines = [
        "{",
        f' "source": {encode(f"holidays {version}").decode()},',
        f' "years": [{first}, {last}],',
        f' "aliases": {encode(aliases).decode()},',
        f' "countries": {encode(countries).decode()},',
        ' "dates": {',
        ",\n".join(
            f"  {encode(code).decode()}: {encode(row).decode()}" for code, row in dates.items()
        ),
        " }",
        "}",
        "",
    ]
    return "\n".join(lines).encode()
