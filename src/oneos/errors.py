"""The one exception family users can cause; everything else is a bug."""

from __future__ import annotations

from typing import NamedTuple


class OneosError(Exception):
    """Base for every error a user can cause; the CLI turns it into exit code 2."""

    exit_code = 2


class Problem(NamedTuple):
    """One input problem: where it is, what was there, and how to fix it."""

    # A NamedTuple, not a dataclass: `oneos --help` imports this module, and a dataclass
    # costs about a millisecond to define.

    path: str
    message: str
    value: object = None
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.path}: {self.message}" if self.path else self.message
        if self.hint:
            text += f" — {self.hint}"
        return text


class ContextError(OneosError):
    """A context (file, text or answers) that cannot be used, with every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @classmethod
    def single(cls, path: str, message: str, value: object = None, hint: str = "") -> ContextError:
        return cls([Problem(path=path, message=message, value=value, hint=hint)])


class InputError(OneosError):
    """An unreadable file, a bad option value or another input the user can fix."""
