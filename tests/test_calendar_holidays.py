"""Public holidays come from the shipped table, exactly as the `holidays` package gives them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import holidays
import pytest

from oneos.model.countries import FIRST_YEAR, LAST_YEAR, TABLE, build_table, public_holidays

# The codes the docs, examples and tests use, a few regions, and two aliases.
CODES = [
    "GB", "US", "US-CA", "DE", "DE-BY", "FR", "IN", "NL", "IE", "CA", "AU", "ES", "IT", "PL",
    "SE", "BR", "JP", "SG", "NZ", "GB-SCT", "CA-QC", "AU-NSW", "UK", "USA",
]  # fmt: skip


def from_the_package(code: str, years: range) -> set[object]:
    country, _, region = code.partition("-")
    return set(holidays.country_holidays(country, subdiv=region or None, years=years))


def test_the_table_matches_the_installed_holidays_package() -> None:
    assert Path(TABLE).read_bytes() == build_table(), (
        "the holidays package changed: run `python -m oneos.datafiles` and commit the table"
    )


@pytest.mark.parametrize("code", CODES)
def test_every_plan_year_gets_the_packages_holidays(code: str) -> None:
    # A plan asks for the year it starts in and the next one.
    for year in range(FIRST_YEAR, LAST_YEAR):
        years = range(year, year + 2)
        assert public_holidays(code, years) == from_the_package(code, years), (code, year)


def test_years_past_the_table_come_from_the_package() -> None:
    years = range(LAST_YEAR, LAST_YEAR + 2)
    assert public_holidays("GB", years) == from_the_package("GB", years)


def run(code: str) -> str:
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_a_pack_with_a_country_does_not_import_the_holidays_package() -> None:
    code = (
        "import sys, datetime, oneos\n"
        "ctx, _ = oneos.load_context(open('examples/meeting-bloat.yaml').read())\n"
        "assert ctx.manager.country == 'GB'\n"
        "pack = oneos.build_pack(ctx, datetime.date(2026, 12, 21))\n"
        "from oneos.model.countries import public_holidays\n"
        "off = public_holidays('GB', [2026, 2027])\n"
        "assert datetime.date(2026, 12, 28) in off  # a Monday: Boxing Day moved\n"
        "assert not off.intersection(d for p in pack.people for d in p.meetings)\n"
        "print('holidays' in sys.modules)\n"
    )
    assert run(code) == "False"


def test_a_year_past_the_table_imports_the_package() -> None:
    code = (
        "import sys\n"
        "from oneos.model.countries import public_holidays\n"
        f"public_holidays('GB', range({LAST_YEAR + 1}, {LAST_YEAR + 3}))\n"
        "print('holidays' in sys.modules)\n"
    )
    assert run(code) == "True"
