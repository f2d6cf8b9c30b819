"""The JSON Schema of a context file, for editors and for other tools that write contexts."""

from __future__ import annotations

from typing import Any

from oneos.model.context import FLAG_MEANINGS, Context


def context_json_schema() -> dict[str, Any]:
    schema = Context.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://oneos.dev/schemas/context.schema.json"
    flags = schema.get("$defs", {}).get("Person", {}).get("properties", {}).get("flags")
    if flags is not None:
        flags["description"] = "Situations from the documented vocabulary: " + "; ".join(
            f"{k}: {v}" for k, v in FLAG_MEANINGS.items()
        )
    return schema
