"""Turn raw data into a Context, reporting every problem as `path: message — fix`."""

from __future__ import annotations

from oneos.errors import ContextError
from oneos.model.context import Context
from oneos.model.validate import convert


def parse_context(data: object) -> Context:
    """Validate raw data (from YAML, JSON or intake) into a Context, or raise ContextError."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ContextError.single(
            "", f"a context must be a mapping of keys to values, not {type(data).__name__}"
        )
    return convert(data, Context)
