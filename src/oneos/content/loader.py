"""Load and validate the package's data files once per process."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any, TypeVar, cast

T = TypeVar("T")


@cache
def read_data(name: str) -> Any:
    """Parse one YAML file from `oneos.content.data` (cached)."""
    import yaml

    text = resources.files("oneos.content.data").joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


def load_model(name: str, model: type[T]) -> T:
    """Parse a data file and validate it against a pydantic model type (cached per file)."""
    hashable: Any = model  # generic aliases such as tuple[X, ...] hash fine at run time
    return cast(T, _load_model(name, hashable))


@cache
def _load_model(name: str, model: type[Any]) -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(model).validate_python(read_data(name))
