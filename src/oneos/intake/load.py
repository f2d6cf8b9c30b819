"""Read a context from YAML or JSON text, or the embedded default, and validate it."""

from __future__ import annotations

from oneos.content.loader import read_data
from oneos.errors import ContextError
from oneos.model.context import Context
from oneos.model.validation import parse_context


def default_context() -> Context:
    """The embedded default context (an illustrative team of five)."""
    return parse_context(read_data("default-context.yaml"))


def parse_context_text(text: str, source: str = "<context>") -> Context:
    """Parse YAML or JSON (JSON is YAML) and validate; syntax errors name the line."""
    if text.lstrip().startswith("{"):
        import msgspec

        try:  # the fast path for JSON; anything odd falls through to YAML's messages
            return parse_context(msgspec.json.decode(text))
        except msgspec.DecodeError:
            pass
    import yaml

    fast = getattr(yaml, "CSafeLoader", None)  # libyaml: several times quicker
    if fast is not None:
        try:
            return parse_context(yaml.load(text, Loader=fast))
        except yaml.YAMLError:
            pass  # the pure-Python parser below reads it again and words the error as before
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else source
        problem = getattr(exc, "problem", None) or "cannot be parsed"
        raise ContextError.single(
            where, f"not valid YAML or JSON: {problem}", hint="check the indentation and quotes"
        ) from None
    return parse_context(data)
