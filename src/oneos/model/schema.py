"""JSON Schemas: a context file (for editors and other tools) and any other model."""

from __future__ import annotations

from typing import Any

from oneos.model.context import FLAG_MEANINGS, Context


def json_schema(model: type, schema_id: str) -> dict[str, Any]:
    """A draft 2020-12 JSON Schema for a model, with its $defs."""
    import msgspec

    schema: dict[str, Any] = msgspec.json.schema(model)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://oneos.dev/schemas/{schema_id}",
        **schema,
    }


def context_json_schema() -> dict[str, Any]:
    schema = json_schema(Context, "context.schema.json")
    person = schema.get("$defs", {}).get("Person", {}).get("properties", {})
    if "flags" in person:
        person["flags"]["description"] = "Situations from the documented vocabulary: " + "; ".join(
            f"{k}: {v}" for k, v in FLAG_MEANINGS.items()
        )
    return schema
