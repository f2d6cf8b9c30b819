"""Load and validate the content library's data files once per process (see oneos.datafiles)."""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar, cast

from oneos.datafiles import CONTENT, SAFETY, read_data

__all__ = ["CONTENT", "SAFETY", "load_model", "read_data"]

T = TypeVar("T")


def load_model(name: str, model: type[T]) -> T:
    """Parse a data file and validate it against a model type (cached per file)."""
    hashable: Any = model  # generic aliases such as tuple[X, ...] hash fine at run time
    return cast(T, _load_model(name, hashable))


@cache
def _load_model(name: str, model: type[Any]) -> Any:
    import msgspec

    try:
        return msgspec.convert(read_data(name), model)
    except msgspec.ValidationError as exc:  # a broken data file is a bug in oneos: say where
        raise ValueError(f"oneos content file {name}: {exc}") from None
