"""Asking interview questions at a terminal (prompt_toolkit) or from piped lines (stdin)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

import click

from oneos.intake.extraction import message
from oneos.intake.questions import Question

if TYPE_CHECKING:
    from prompt_toolkit.validation import Validator


def _heading(question: Question, out: TextIO, shown: set[str]) -> None:
    """The group's heading, once, before its first question."""
    if question.group not in shown:
        shown.add(question.group)
        click.echo(f"\n{question.heading}", file=out)


class LineAsker:
    """Reads one answer per line; a blank line takes the default. At end of input it says so
    and the interview uses defaults for the rest: it never waits on a closed stdin."""

    def __init__(self, source: TextIO, out: TextIO) -> None:
        self.source = source
        self.out = out
        self.shown: set[str] = set()

    def __call__(self, batch: list[Question]) -> tuple[dict[str, str], bool]:
        answers: dict[str, str] = {}
        for question in batch:
            _heading(question, self.out, self.shown)
            click.echo(f"  {question.prompt_text()} ", file=self.out, nl=False)
            line = self.source.readline()
            if not line:
                click.echo("", file=self.out)
                return answers, True
            answer = line.rstrip("\r\n")
            click.echo(answer, file=self.out)
            problem = question.problem(answer)
            if problem:
                click.echo(
                    "    " + message("interview-invalid", answer=answer, problem=problem),
                    file=self.out,
                )
            answers[question.id] = answer
        return answers, False


class TerminalAsker:
    """Asks at a real terminal with prompt_toolkit: the default in brackets, a completion
    list for choices, and an answer that does not fit is asked again with the reason."""

    def __init__(self) -> None:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.output import create_output

        # Prompts go to the terminal on stderr, so stdout stays the context YAML.
        self.session: PromptSession[str] = PromptSession(output=create_output(stdout=sys.stderr))
        self.shown: set[str] = set()

    def __call__(self, batch: list[Question]) -> tuple[dict[str, str], bool]:
        from prompt_toolkit.completion import WordCompleter

        answers: dict[str, str] = {}
        for question in batch:
            _heading(question, sys.stderr, self.shown)
            completer = WordCompleter(list(question.choices)) if question.choices else None
            try:
                answers[question.id] = self.session.prompt(
                    f"  {question.prompt_text()} ",
                    validator=_validator(question),
                    completer=completer,
                    validate_while_typing=False,
                    complete_while_typing=False,
                )
            except EOFError:
                return answers, True
            except KeyboardInterrupt:
                raise click.exceptions.Abort() from None
        return answers, False


def _validator(question: Question) -> Validator:
    """A prompt_toolkit validator that says why an answer does not fit."""
    from prompt_toolkit.document import Document
    from prompt_toolkit.validation import ValidationError, Validator

    class Fits(Validator):
        def validate(self, document: Document) -> None:
            problem = question.problem(document.text)
            if problem:
                raise ValidationError(cursor_position=len(document.text), message=problem)

    return Fits()


def asker(source: TextIO) -> LineAsker | TerminalAsker:
    """A terminal prompt when a person is at one; otherwise answers line by line."""
    if source.isatty() and sys.stderr.isatty():
        return TerminalAsker()
    return LineAsker(source, sys.stderr)
