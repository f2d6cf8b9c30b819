"""Step 3d: skip-levels reach the whole population within a quarter."""

from __future__ import annotations

import pytest
from tests.packs import START, build


@pytest.mark.parametrize("population", [1, 2, 5, 12, 13, 45, 120])
def test_everyone_is_covered_within_a_quarter(population: int) -> None:
    pack = build({"people": [{"alias": "A"}], "skip_level": {"population": population}})
    skip = pack.skip_level
    assert skip is not None
    assert sum(s.people for s in skip.schedule) == population
    assert skip.weeks_to_cover <= 12
    assert all((s.date - START).days < 7 * 14 for s in skip.schedule)
    if skip.format == "groups":
        assert all(3 <= s.people <= 5 for s in skip.schedule)


def test_small_populations_meet_one_to_one_and_large_ones_in_groups() -> None:
    small = build({"people": [{"alias": "A"}], "skip_level": {"population": 8}}).skip_level
    large = build({"people": [{"alias": "A"}], "skip_level": {"population": 45}}).skip_level
    assert small is not None and small.format == "individual" and small.minutes == 30
    assert large is not None and large.format == "groups" and large.minutes == 45


def test_a_tight_budget_moves_skip_levels_into_larger_groups() -> None:
    roomy = build({"people": [{"alias": "A"}], "skip_level": {"population": 12}})
    tight = build(
        {
            "manager": {"budget_hours_per_week": 0.8},
            "people": [{"alias": "A"}],
            "skip_level": {"population": 12},
        }
    )
    assert roomy.skip_level is not None and roomy.skip_level.format == "individual"
    assert tight.skip_level is not None and tight.skip_level.format == "groups"


def test_notes_are_themes_never_names() -> None:
    pack = build({"people": [{"alias": "A"}], "skip_level": {"population": 20}})
    assert pack.skip_level is not None
    assert "themes" in pack.skip_level.notes and "never names" in pack.skip_level.notes
