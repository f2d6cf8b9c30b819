"""The context file's reference in Markdown, generated from the model so it cannot drift."""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec import inspect

from oneos.model.context import FLAG_MEANINGS, Context


def context_reference() -> str:
    """docs/context.md: every section and field of a context file, with types and meanings."""
    root = inspect.type_info(Context)
    assert isinstance(root, inspect.StructType)
    lines = [
        "# The context file",
        "",
        "Everything oneos knows about your team comes from a context: a YAML or JSON file (or",
        "stdin) for `oneos pack`. Every field is optional; what is missing becomes a labelled",
        "assumption or an open question. Unknown keys are rejected with a suggestion. This page",
        "is generated from the model (`oneos schema --format markdown`); the JSON Schema is",
        "`oneos schema`.",
        "",
    ]
    seen: set[type] = set()
    queue: list[tuple[str, inspect.StructType]] = [("context", root)]
    while queue:
        path, struct = queue.pop(0)
        if struct.cls in seen:
            continue
        seen.add(struct.cls)
        title = path if path != "context" else "Top level"
        doc = (struct.cls.__doc__ or "").strip()
        lines += [f"## {title}", "", doc, "", "| key | type | meaning |", "|---|---|---|"]
        for field in struct.fields:
            lines.append(f"| `{field.name}` | {_type(field.type)} | {_meaning(field)} |")
            for inner in _structs(field.type):
                queue.append((f"{path}.{field.name}" if path != "context" else field.name, inner))
        lines.append("")
    lines += ["## Person flags", "", "| flag | meaning |", "|---|---|"]
    lines += [f"| `{flag}` | {meaning} |" for flag, meaning in FLAG_MEANINGS.items()]
    return "\n".join(lines) + "\n"


def _meaning(field: inspect.Field) -> str:
    texts = [str((m.extra_json_schema or {}).get("description", "")) for m in _metas(field.type)]
    texts = [t for t in texts if t]
    texts += [(s.cls.__doc__ or "").strip() for s in _structs(field.type)]
    description = texts[0] if texts else ""
    if field.default is not msgspec.NODEFAULT and field.default not in (None, (), [], ""):
        default = field.default
        shown = default if not isinstance(default, msgspec.Struct) else None
        if shown is not None:
            description += f" Default: `{shown}`."
    if field.required:
        description += " Required."
    return description.strip().replace("|", "\\|")


def _metas(t: Any) -> list[inspect.Metadata]:
    if isinstance(t, inspect.Metadata):
        return [t, *_metas(t.type)]
    if isinstance(t, inspect.UnionType):
        return [m for option in t.types for m in _metas(option)]
    return []


def _structs(t: Any) -> list[inspect.StructType]:
    if isinstance(t, inspect.StructType):
        return [t]
    if isinstance(t, inspect.Metadata):
        return _structs(t.type)
    if isinstance(t, inspect.UnionType):
        return [s for option in t.types for s in _structs(option)]
    if isinstance(t, inspect.VarTupleType | inspect.ListType):
        return _structs(t.item_type)
    return []


def _type(t: Any) -> str:
    if isinstance(t, inspect.Metadata):
        return _type(t.type)
    if isinstance(t, inspect.UnionType):
        options = [o for o in t.types if not isinstance(o, inspect.NoneType)]
        return " or ".join(_type(o) for o in options)
    if isinstance(t, inspect.LiteralType):
        return " \\| ".join(f"`{v}`" for v in t.values)
    if isinstance(t, inspect.VarTupleType | inspect.ListType):
        return f"list of {_type(t.item_type)}"
    if isinstance(t, inspect.StructType):
        return f"mapping ({t.cls.__name__})"
    names: dict[type, str] = {
        inspect.StrType: "text",
        inspect.IntType: "whole number",
        inspect.FloatType: "number",
        inspect.BoolType: "true/false",
        inspect.DateType: "date (YYYY-MM-DD)",
        inspect.TimeType: "time (HH:MM)",
    }
    return names.get(type(t), type(t).__name__)
