"""Turn raw data into a model, reporting every problem at once as `path: message — fix`.

msgspec stops at the first error and speaks to programmers; this walker checks each field on
its own, so a manager sees every problem in a file in one go, with a "did you mean" wherever
one can be given. Values behind `Check` metadata are validated and normalised on the way.
"""

from __future__ import annotations

import re
import types
import typing
from functools import cache
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

import msgspec

from oneos.errors import ContextError, Problem
from oneos.model.base import Check

T = TypeVar("T")

_BOUNDS = re.compile(r"Expected `(\w+)` (>=|<=|>|<) (-?[\d.]+)")
_LENGTH = re.compile(r"Expected `(\w+)` of length (>=|<=) (\d+)")


def convert(data: Any, target: type[T]) -> T:
    """Validate `data` against a Struct type, or raise ContextError listing every problem."""
    problems: list[Problem] = []
    cleaned = _check(data, target, "", problems)
    if problems:
        raise ContextError(problems)
    try:
        return msgspec.convert(cleaned, target)
    except msgspec.ValidationError as exc:
        # Cross-field rules (a Struct's __post_init__) speak last, with their own path.
        message, _, where = str(exc).partition(" - at `$")
        path = where.rstrip("`").lstrip(".")
        if ": " in message and not path:
            path, _, message = message.partition(": ")
        raise ContextError([_problem(path, message)]) from None


@cache
def _hints(struct: type) -> dict[str, Any]:
    return get_type_hints(struct, include_extras=True)


def struct_fields(struct: type) -> list[str]:
    """The keys a Struct accepts, in order."""
    return list(struct.__struct_fields__)  # type: ignore[attr-defined]


@cache
def required_fields(struct: type) -> frozenset[str]:
    """The keys a Struct cannot do without: those with neither a default nor a factory.

    Read from the Struct's own tables (its defaults line up with its last fields), as
    `msgspec.structs.fields` does, which would also work out every field's type first.
    """
    names: tuple[str, ...] = struct.__struct_fields__  # type: ignore[attr-defined]
    defaults: tuple[Any, ...] = struct.__struct_defaults__  # type: ignore[attr-defined]
    padded = (msgspec.NODEFAULT,) * (len(names) - len(defaults)) + defaults
    return frozenset(
        name for name, default in zip(names, padded, strict=True) if default is msgspec.NODEFAULT
    )


def _check(value: Any, annotation: Any, path: str, problems: list[Problem]) -> Any:
    """Check one value; return it (normalised) or record problems and return it unchanged."""
    base, leaf, checks = _unwrap(annotation)
    origin = get_origin(base)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(base) if a is not type(None)]
        if value is None and len(options) < len(get_args(base)):
            return None
        if len(options) == 1:
            return _check(value, options[0], path, problems)
        return _leaf(value, leaf, checks, path, problems)
    if isinstance(base, type) and issubclass(base, msgspec.Struct):
        return _struct(value, base, path, problems)
    if origin in (tuple, list) and (origin is list or get_args(base)[-1:] == (...,)):
        if not isinstance(value, (list, tuple)):
            problems.append(_problem(path, f"{value!r} should be a list", "write it as [a, b]"))
            return value
        item = get_args(base)[0]
        before = len(problems)
        out = [_check(v, item, f"{path}[{i}]", problems) for i, v in enumerate(value)]
        if len(problems) > before or (leaf is base and not checks):
            return out  # the items' own problems say it better than the list's
        return _leaf(out, leaf, checks, path, problems)
    if origin is Literal:
        allowed = [str(a) for a in get_args(base)]
        if value not in get_args(base):
            close = _close(str(value), allowed)
            hint = (
                (f"did you mean {close[0]}? " if close else "")
                + "use one of: "
                + ", ".join(allowed)
            )
            problems.append(_problem(path, f"{value!r} is not allowed", hint))
        return value
    return _leaf(value, leaf, checks, path, problems)


def _struct(value: Any, struct: type, path: str, problems: list[Problem]) -> Any:
    if not isinstance(value, dict):
        problems.append(
            _problem(path, f"should be a mapping of keys to values, not {type(value).__name__}")
        )
        return value
    known = struct_fields(struct)
    hints = _hints(struct)
    required = required_fields(struct)
    out = {}
    for key, item in value.items():
        where = f"{path}.{key}" if path else str(key)
        if key not in hints:
            close = _close(str(key), known)
            hint = f"did you mean {close[0]}?" if close else "known keys: " + ", ".join(known)
            problems.append(_problem(where, "unknown key", hint))
            continue
        out[key] = _check(item, hints[key], where, problems)
    for key in sorted(required - set(value)):
        where = f"{path}.{key}" if path else key
        problems.append(_problem(where, "is required", "add it"))
    return out


def _leaf(
    value: Any, annotation: Any, checks: list[Check], path: str, problems: list[Problem]
) -> Any:
    try:
        converted = msgspec.convert(value, annotation)
    except msgspec.ValidationError as exc:
        problems.append(_translate(value, str(exc).partition(" - at `$")[0], path))
        return value
    for check in checks:
        try:
            converted = check.function(converted)
        except ValueError as exc:
            problems.append(_problem(path, str(exc)))
            return value
    return converted if checks else value


def _translate(value: Any, message: str, path: str) -> Problem:
    bound = _BOUNDS.match(message)
    if bound:
        _, op, limit = bound.groups()
        size = "too small" if op in (">=", ">") else "too large"
        words = {">=": "at least", ">": "more than", "<=": "at most", "<": "less than"}[op]
        return _problem(path, f"{value!r} is {size}", f"use {words} {limit}")
    length = _LENGTH.match(message)
    if length:
        kind, op, limit = length.groups()
        unit = "characters" if kind == "str" else "items"
        words = "at least" if op == ">=" else "at most"
        return _problem(
            path, f"is too {'short' if op == '>=' else 'long'}", f"use {words} {limit} {unit}"
        )
    if message.startswith("Expected `"):
        wanted = message.split("`")[1]
        plain = {
            "int": "a whole number",
            "float": "a number",
            "str": "text",
            "bool": "true or false",
            "date": "a date like 2026-11-30",
            "time": "a time like 09:30",
            "array": "a list",
            "object": "a mapping",
        }.get(wanted, wanted)
        return _problem(path, f"{value!r} should be {plain}")
    return _problem(path, f"{value!r}: {message}")


def _unwrap(annotation: Any) -> tuple[Any, Any, list[Check]]:
    """(the bare type to dispatch on, the type msgspec converts with, our Check functions).

    msgspec's own Meta constraints stay on the second; Check metadata is ours alone.
    """
    if get_origin(annotation) is not typing.Annotated:
        return annotation, annotation, []
    base, *meta = get_args(annotation)
    checks = [m for m in meta if isinstance(m, Check)]
    constraints = [m for m in meta if not isinstance(m, Check)]
    leaf = typing.Annotated[(base, *constraints)] if constraints else base
    return base, leaf, checks


def _close(word: str, choices: list[str]) -> list[str]:
    import difflib  # only for a mistake, to say "did you mean"

    return difflib.get_close_matches(word, choices, n=1, cutoff=0.5)


def _problem(path: str, message: str, hint: str = "") -> Problem:
    return Problem(path=path, message=message, hint=hint)
