"""The one exception family users can cause; everything else is a bug."""

from __future__ import annotations


class OneosError(Exception):
    """Base for every error a user can cause; the CLI turns it into exit code 2."""

    exit_code = 2


class Problem:
    """One input problem: where it is, what was there, and how to fix it."""

    # A plain slotted class, not a dataclass or a named tuple: `oneos --help` imports this
    # module, and defining either costs several times as much.

    __slots__ = ("hint", "message", "path", "value")

    def __init__(self, path: str, message: str, value: object = None, hint: str = "") -> None:
        self.path = path
        self.message = message
        self.value = value
        self.hint = hint

    def __repr__(self) -> str:
        return f"Problem({self.path!r}, {self.message!r}, {self.value!r}, {self.hint!r})"

    def _fields(self) -> tuple[object, ...]:
        return (self.path, self.message, self.value, self.hint)

    def __eq__(self, other: object) -> bool:  # by value, as the named tuple it was
        return self._fields() == other._fields() if isinstance(other, Problem) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._fields())

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
