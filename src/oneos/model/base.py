"""The base of every oneos model: a frozen msgspec Struct that rejects unknown keys.

msgspec is used instead of a heavier validation library because `oneos pack` must start
fast (see docs/performance.md); `oneos.model.validate` adds the people-friendly errors.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import msgspec

S = TypeVar("S", bound=msgspec.Struct)


class Model(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """Frozen, keyword-only, and strict about unknown keys."""


class Record(msgspec.Struct, frozen=True):
    """A small frozen value the library passes between its own steps (not user data), so
    positional arguments are fine. A Struct rather than a dataclass: a dataclass costs about
    a millisecond to define, and `oneos pack` would pay that some thirty times on start-up."""


field = msgspec.field


class Check:
    """Annotated metadata: a function that validates (and may normalise) a value.

    `TimeZone = Annotated[str, Check(resolve)]`: the function returns the value to store or
    raises ValueError with a message that names the value and the fix.
    """

    def __init__(self, function: Callable[[Any], Any]) -> None:
        self.function = function


def doc(description: str, **constraints: Any) -> msgspec.Meta:
    """Field documentation (and optional constraints) for Annotated types and JSON Schema."""
    return msgspec.Meta(description=description, **constraints)


def to_builtins(value: Any) -> Any:
    """Plain Python data (dicts, lists, strings) for any model, e.g. for JSON."""
    return msgspec.to_builtins(value)


def compact(value: Any) -> Any:
    """Plain data without the fields that only repeat their defaults (for writing contexts)."""
    if isinstance(value, msgspec.Struct):
        out = {}
        for field in msgspec.structs.fields(value):
            item = getattr(value, field.name)
            default = (
                field.default_factory()
                if field.default_factory is not msgspec.NODEFAULT
                else field.default
            )
            if field.required or item != default:
                out[field.encode_name] = compact(item)
        return out
    if isinstance(value, (list, tuple)):
        return [compact(v) for v in value]
    return msgspec.to_builtins(value)


def replace(value: S, **changes: Any) -> S:
    """A copy of a frozen model with some fields changed."""
    return msgspec.structs.replace(value, **changes)
