"""The MCP server: oneos as tools an AI assistant calls over stdio, a thin layer over oneos.api."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Literal

import msgspec
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import BaseModel, Field

from oneos import __version__, api
from oneos.errors import OneosError

if TYPE_CHECKING:
    from oneos.model.context import Context
    from oneos.model.pack import Pack

INSTRUCTIONS = """\
oneos designs a people manager's 1:1 operating system: cadence, shared 1:1 docs, coaching
questions, career conversations, wellbeing check-ins, special playbooks and a pilot.
Run `triage` on what the manager wrote before anything else: HR processes, status meetings
and crises are not 1:1 work. Then ask `intake_questions` for the next few questions, build
the pack with `build_pack`, check it with `score_pack`, and offer `plan_calendar` for the
dates. Everything runs offline; names should be aliases, never full names.
"""

ContextArg = Annotated[
    str | dict[str, Any] | None,
    Field(
        description="The manager's context as YAML or JSON text, or as an object"
        " (see `oneos schema context`). Leave out for the illustrative default team."
    ),
]
TextArg = Annotated[
    str | None,
    Field(description="The manager's own words, instead of `context`; oneos reads the facts."),
]
StartArg = Annotated[
    date | None,
    Field(
        description="The Monday the plan starts, YYYY-MM-DD. Default: the context's"
        " pilot.start, else next Monday."
    ),
]


@contextmanager
def _tool_errors() -> Iterator[None]:
    """User mistakes come back as a tool error the assistant can read and fix."""
    try:
        yield
    except OneosError as exc:
        raise ToolError(str(exc)) from None
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("oneos."):
            raise
        raise ToolError(
            f"this tool is not available in this build of oneos ({exc.name} is missing)"
        ) from None


def _context(context: str | dict[str, Any] | None, text: str | None) -> tuple[Context, bool]:
    if context is not None and text is not None:
        raise ToolError("give either `context` or `text`, not both")
    if text is not None:
        from oneos.intake.text import context_from_text

        extracted, _ = context_from_text(text, today=date.today())
        return extracted, False
    if isinstance(context, dict):
        return api.load_context(json.dumps(context), "context")
    return api.load_context(context, "context")


class _Redirect(Exception):
    """Triage said no pack: the tool answers with the redirect instead (not an error)."""

    def __init__(self, markdown: str, as_json: str) -> None:
        self.markdown = markdown
        self.as_json = as_json


def _pack(context: str | dict[str, Any] | None, text: str | None, start: date | None) -> Pack:
    built, is_default = _context(context, text)
    screening = api.screen(built, text)
    if not screening.pack_allowed:
        verdict = screening.triage
        raise _Redirect(api.redirect_markdown(verdict), api.redirect_json(verdict))
    return api.build_pack(screening.context, start, is_default=is_default)


def _plain(value: Any) -> Any:
    """A result object as JSON-ready data, whatever model type it is."""
    if isinstance(value, msgspec.Struct):
        return msgspec.to_builtins(value)
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def triage(
    text: Annotated[str, Field(description="What the manager wrote, in their words.")],
) -> dict[str, Any]:
    """Check a request before designing anything.

    Returns `category` (none, hr, status or crisis), the `trigger` phrase found, a
    `message` for the manager and `offers` of what oneos can still do. When the category
    is not `none`, show the message and do not build 1:1 templates for that request.
    """
    with _tool_errors():
        from oneos.safety.triage import triage as run

        result = run(text)
        return {
            "category": _plain(result.category),
            "trigger": _plain(result.trigger),
            "message": _plain(result.message),
            "offers": _plain(result.offers),
        }


def intake_questions(
    context: Annotated[
        str | dict[str, Any] | None,
        Field(description="What is known so far (YAML/JSON text or an object); may be partial."),
    ] = None,
    limit: Annotated[int, Field(ge=1, le=5, description="How many questions, at most.")] = 5,
) -> list[dict[str, Any]]:
    """The next few questions to ask the manager, most useful first.

    Each has an `id`, a `group`, a `prompt` to ask in your own words, and the `default`
    oneos assumes if the manager skips it. Ask them, merge the answers into the context,
    and call again until it returns nothing or the manager wants the pack now.
    """
    with _tool_errors():
        import yaml

        from oneos.intake.questions import next_questions

        partial: Any = context
        if isinstance(context, str):
            try:
                partial = yaml.safe_load(context)
            except yaml.YAMLError as exc:
                raise ToolError(f"context: not valid YAML or JSON ({exc})") from None
        if partial is None:
            partial = {}
        if not isinstance(partial, dict):
            raise ToolError("context: must be a mapping of fields, e.g. {people: [...]}")
        questions = next_questions(partial, limit=limit)
        return [
            {
                "id": _plain(q.id),
                "group": _plain(q.group),
                "prompt": _plain(q.prompt),
                "default": _plain(q.default),
            }
            for q in questions
        ]


def build_pack(
    context: ContextArg = None,
    text: TextArg = None,
    start: StartArg = None,
    format: Annotated[
        Literal["md", "json"],
        Field(description="md: the whole pack as Markdown; json: the documented pack.json."),
    ] = "md",
) -> str:
    """Build the manager's 1:1 Operating System Pack.

    Give `context` (structured) or `text` (the manager's words), or neither for the
    illustrative default. Markdown is the pack to show or save; every assumption oneos
    made is labelled in it, so show those to the manager to confirm or correct.
    """
    with _tool_errors():
        try:
            pack = _pack(context, text, start)
        except _Redirect as redirect:
            return redirect.as_json if format == "json" else redirect.markdown
        return api.render_json(pack) if format == "json" else api.render_markdown(pack)


def score_pack(
    markdown: Annotated[str, Field(description="A pack in Markdown, oneos-made or not.")],
) -> dict[str, Any]:
    """Run the quality gate on a pack: checklists and the six-category rubric.

    Returns the gate report: whether it passed, the total out of 30, each category's
    score and what is missing. Use it to check a pack before handing it over.
    """
    with _tool_errors():
        from oneos.gate import score

        return dict(_plain(score(markdown).to_dict()))


def plan_calendar(
    context: ContextArg = None,
    text: TextArg = None,
    start: StartArg = None,
) -> str:
    """The plan's meetings as iCalendar (.ics) text: 1:1s, catch-ups, career sessions.

    Save it as a .ics file for the manager to import into their calendar.
    """
    with _tool_errors():
        from oneos.calendar.ics import calendar_ics

        try:
            pack = _pack(context, text, start)
        except _Redirect as redirect:
            raise ToolError(redirect.markdown) from None
        ics: bytes = calendar_ics(pack)
        return ics.decode("utf-8")


def create_server() -> MCPServer:
    """The oneos MCP server with its five tools."""
    server: MCPServer = MCPServer(
        "oneos", version=__version__, instructions=INSTRUCTIONS, log_level="WARNING"
    )
    structured: tuple[Callable[..., Any], ...] = (triage, intake_questions, score_pack)
    text_only: tuple[Callable[..., Any], ...] = (build_pack, plan_calendar)
    for tool in structured:
        server.add_tool(tool)
    for tool in text_only:
        server.add_tool(tool, structured_output=False)
    return server


def serve() -> None:
    """Serve over stdin/stdout until the client closes the connection."""
    create_server().run("stdio")
