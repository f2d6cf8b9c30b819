"""The places table behind time zones: cities, regions, countries and abbreviations."""

from __future__ import annotations

import zoneinfo
from importlib import resources

import holidays
import pytest
import yaml

from oneos.model.places import abbreviations, find_places, lookup_place, place_table
from oneos.model.zones import ABBREVIATIONS, resolve_zone, suggest_zone

RAW = yaml.safe_load(
    resources.files("oneos.model.data").joinpath("places.yaml").read_text(encoding="utf-8")
)


def test_table_has_at_least_three_hundred_cities() -> None:
    names = [n for group in RAW["cities"] for n in group["names"]]
    assert len(names) >= 300
    assert len({n.lower() for n in names}) == len(names), "a city is listed twice"


def test_every_zone_is_a_real_iana_zone() -> None:
    available = zoneinfo.available_timezones() | {"UTC"}
    zones = {e.zone for e in place_table().exact.values()} | {
        e.zone for e in place_table().folded.values()
    }
    assert zones <= available, zones - available


def test_every_country_code_has_public_holidays() -> None:
    codes = {g["country"] for g in RAW["cities"]} | {c["country"] for c in RAW["countries"]}
    assert codes <= set(holidays.list_supported_countries())


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("PST", "America/Los_Angeles"),
        ("cet", "Europe/Berlin"),
        ("Europe/London", "Europe/London"),
        ("UTC", "UTC"),
        ("Bengaluru", "Asia/Kolkata"),
        ("Bangalore", "Asia/Kolkata"),
        ("NYC", "America/New_York"),
        ("east coast", "America/New_York"),
        ("Central Europe", "Europe/Berlin"),
        ("São Paulo", "America/Sao_Paulo"),
        ("sao paulo", "America/Sao_Paulo"),
    ],
)
def test_resolve_zone_reads_names_people_write(text: str, zone: str) -> None:
    assert resolve_zone(text) == zone


@pytest.mark.parametrize("text", ["", "Atlantis", "Europe/Nowhere", "PTS"])
def test_resolve_zone_refuses_what_it_does_not_know(text: str) -> None:
    assert resolve_zone(text) is None


def test_existing_callers_keep_their_abbreviations_and_hints() -> None:
    assert ABBREVIATIONS["PST"] == "America/Los_Angeles"
    assert ABBREVIATIONS["IST"] == "Asia/Kolkata"
    assert "PST" in suggest_zone("PTS")


def test_find_places_prefers_the_longest_name_and_keeps_spans() -> None:
    text = "Two in New York City, one in York, and the rest are on PST (est. 2019)."
    found = [(text[p.start : p.end], p.zone) for p in find_places(text)]
    assert found == [
        ("New York City", "America/New_York"),
        ("York", "Europe/London"),
        ("PST", "America/Los_Angeles"),
    ]


def test_abbreviations_only_count_when_written_as_abbreviations() -> None:
    assert find_places("the IST folks") and not find_places("an ist word, est. 2019, art")
    assert lookup_place("Sydney") is not None and lookup_place("Sydney").person_like  # type: ignore[union-attr]


def test_abbreviations_read_from_the_data_are_the_tables_abbreviations() -> None:
    table = place_table().exact
    assert abbreviations() == {k: v.zone for k, v in table.items() if v.kind == "abbreviation"}
    assert abbreviations()["PST"] == "America/Los_Angeles"


def test_no_abbreviation_holds_a_slash() -> None:
    # resolve_zone answers names with a slash as IANA names without the table.
    assert not [name for name in abbreviations() if "/" in name]
    assert resolve_zone(" Europe/London ") == "Europe/London"
    assert resolve_zone("Europe/Nowhere") is None
