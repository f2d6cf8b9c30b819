"""The context model: validation messages name the path, the value and the fix."""

from __future__ import annotations

import pytest

from oneos.errors import ContextError
from oneos.model.context import working_hours
from oneos.model.validation import parse_context


def problems(data: object) -> list[str]:
    with pytest.raises(ContextError) as info:
        parse_context(data)
    return [str(p) for p in info.value.problems]


def test_unknown_keys_get_a_did_you_mean() -> None:
    assert problems({"peple": []}) == ["peple: unknown key — did you mean people?"]
    assert problems({"manager": {"timezon": "UTC"}}) == [
        "manager.timezon: unknown key — did you mean timezone?"
    ]


def test_bad_time_zone_names_the_path_value_and_a_suggestion() -> None:
    (line,) = problems(
        {"people": [{"alias": "A"}, {"alias": "B"}, {"alias": "C", "timezone": "PTS"}]}
    )
    assert line.startswith("people[2].timezone: 'PTS' is not a time zone — did you mean")
    assert "PST" in line


def test_every_problem_is_reported_at_once() -> None:
    lines = problems(
        {
            "manager": {"budget_hours_per_week": -1, "working_model": "remot"},
            "people": [{"alias": "A", "flags": ["new-hier"], "stage": "stabel"}],
        }
    )
    assert len(lines) == 4
    joined = "\n".join(lines)
    assert "did you mean remote?" in joined
    assert "did you mean new-hire?" in joined
    assert "did you mean stable?" in joined
    assert "manager.budget_hours_per_week: -1 is too small" in joined


def test_cross_references_are_checked() -> None:
    (line,) = problems(
        {
            "people": [{"alias": "A"}],
            "events": [{"kind": "reorg", "date": "2026-10-01", "affected": ["Zed"]}],
        }
    )
    assert line.startswith("events[0].affected: 'Zed' is not in people")
    (dup,) = problems({"people": [{"alias": "Sam"}, {"alias": "sam"}]})
    assert "distinct alias" in dup


def test_abbreviations_resolve_to_iana_zones_and_hours_parse() -> None:
    ctx = parse_context(
        {"manager": {"timezone": "pst", "working_hours": "8:30-16:30"}, "people": [{"alias": "A"}]}
    )
    assert ctx.manager.timezone == "America/Los_Angeles"
    assert ctx.manager.working_hours == "08:30-16:30"
    assert working_hours(ctx.manager.working_hours).minutes == 480
    assert problems({"manager": {"working_hours": "17:00-09:00"}})[0].startswith(
        "manager.working_hours"
    )


def test_a_bad_country_code_gets_a_suggestion() -> None:
    (line,) = problems({"manager": {"country": "Germany"}})
    assert line.startswith("manager.country: 'Germany' is not a country code")
    assert "two-letter code" in line or "did you mean" in line
    (region,) = problems({"manager": {"country": "US-XX"}})
    assert "'XX' is not a region of US" in region


def test_context_schema_file_is_current() -> None:
    import json
    from pathlib import Path

    from oneos.model.schema import context_json_schema

    committed = Path(__file__).parent.parent / "schemas" / "context.schema.json"
    assert json.loads(committed.read_text()) == json.loads(json.dumps(context_json_schema())), (
        "run: oneos schema > schemas/context.schema.json"
    )


def test_required_fields_match_msgspec() -> None:
    # The validator reads a Struct's required keys from its tables (quicker than
    # msgspec.structs.fields); every context model and every model oneos ships must agree.
    import msgspec

    import oneos.model.context as context_models
    import oneos.model.guides as guide_models
    import oneos.model.pack as pack_models
    from oneos.model.validate import required_fields

    models = [
        value
        for module in (context_models, guide_models, pack_models)
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, msgspec.Struct)
    ]
    assert len(models) > 40
    for model in models:
        expected = {f.name for f in msgspec.structs.fields(model) if f.required}
        assert required_fields(model) == expected, model.__name__
    assert required_fields(context_models.Cadence) == {"every_weeks", "minutes"}
    assert required_fields(context_models.Person) == {"alias"}


def test_a_managers_own_topics_start_with_a_capital_among_the_written_items() -> None:
    from oneos.design.context import plan_purpose

    context = parse_context(
        {"excluded_topics": ["the reorg selection"], "must_cover": ["growth bets"]}
    )
    purpose = plan_purpose(context, None)
    assert "The reorg selection (you asked to keep this out of 1:1s)" in purpose.not_for
    assert "Growth bets (you asked for this in every 1:1)" in purpose.for_topics
