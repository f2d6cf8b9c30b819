"""Turn raw data into a Context, reporting every problem as `path: message — fix`."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel, ValidationError

from oneos.errors import ContextError, Problem
from oneos.model.context import Context


def parse_context(data: object) -> Context:
    """Validate raw data (from YAML, JSON or intake) into a Context, or raise ContextError."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ContextError.single(
            "", f"a context must be a mapping of keys to values, not {type(data).__name__}"
        )
    try:
        return Context.model_validate(data)
    except ValidationError as exc:
        raise ContextError(problems_from(exc, Context)) from None


def problems_from(exc: ValidationError, root: type[BaseModel]) -> list[Problem]:
    """One Problem per pydantic error, with a readable path and a fix where we can give one."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for error in exc.errors(include_url=False):
        loc = _field_loc(error["loc"])
        path = format_path(loc)
        kind = error["type"]
        value = error.get("input")
        hint = ""
        if kind == "extra_forbidden":
            known = _fields_at(root, loc[:-1])
            close = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.5)
            hint = f"did you mean {close[0]}?" if close else "known keys: " + ", ".join(known)
            message = "unknown key"
        elif kind == "literal_error":
            expected = _literal_values(str(error.get("ctx", {}).get("expected", "")))
            close = difflib.get_close_matches(str(value), expected, n=1, cutoff=0.5)
            message = f"{value!r} is not allowed"
            hint = (
                (f"did you mean {close[0]}? " if close else "")
                + "use one of: "
                + ", ".join(expected)
            )
        elif kind == "missing":
            message = "is required"
            hint = "add it to the context"
        elif kind.startswith("value_error") or kind == "assertion_error":
            message = str(error["msg"]).removeprefix("Value error, ")
            if not loc and ": " in message:
                path, _, message = message.partition(": ")
        elif kind in _BOUNDS:
            ctx = error.get("ctx", {})
            bound = next(iter(ctx.values()), "")
            message = f"{value!r} is {_BOUNDS[kind][0]}"
            hint = f"use {_BOUNDS[kind][1]} {bound}"
        else:
            message = f"{value!r}: {error['msg'][0].lower()}{error['msg'][1:]}"
        text = f"{path}|{message}"
        if text in seen:
            continue
        seen.add(text)
        problems.append(Problem(path=path, message=message, value=value, hint=hint))
    return problems


_BOUNDS = {
    "greater_than_equal": ("too small", "at least"),
    "greater_than": ("too small", "more than"),
    "less_than_equal": ("too large", "at most"),
    "less_than": ("too large", "less than"),
    "too_long": ("too long", "at most (characters or items)"),
    "string_too_long": ("too long", "at most this many characters:"),
    "too_short": ("too short", "at least (items)"),
}


def format_path(loc: tuple[str | int, ...]) -> str:
    """('people', 2, 'timezone') -> 'people[2].timezone'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


def _field_loc(loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    # Unions add the branch type to the location ("tuple[str, ...]", "literal['all']");
    # people do not write those, so drop them.
    return tuple(p for p in loc if isinstance(p, int) or ("[" not in p and "-" not in p))


def _fields_at(root: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    model: Any = root
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part) if hasattr(model, "model_fields") else None
        if field is None:
            return []
        model = _model_in(field.annotation)
        if model is None:
            return []
    return sorted(model.model_fields) if hasattr(model, "model_fields") else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _literal_values(expected: str) -> list[str]:
    # pydantic writes "'new', 'stable' or 'strained'"
    return [part.strip().strip("'\"") for part in expected.replace(" or ", ", ").split(",") if part]
