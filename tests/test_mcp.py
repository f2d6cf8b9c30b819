"""`oneos mcp` end to end: a real subprocess spoken to with the MCP SDK's own client."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import anyio
import pytest
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.types import CallToolResult, TextContent

from oneos.api import build_pack, load_context, render_markdown

TOOLS = {"triage", "intake_questions", "build_pack", "score_pack", "plan_calendar"}
LIMIT_SECONDS = 30

Calls = dict[str, Any]


def _server() -> StdioServerParameters:
    return StdioServerParameters(command=sys.executable, args=["-m", "oneos", "mcp"])


def _session(script: Callable[[ClientSession], Awaitable[Calls]]) -> Calls:
    async def main() -> Calls:
        with anyio.fail_after(LIMIT_SECONDS):
            async with (
                stdio_client(_server()) as (read, write),
                ClientSession(read, write, read_timeout_seconds=LIMIT_SECONDS) as client,
            ):
                await client.initialize()
                return await script(client)

    return anyio.run(main)


def _text(result: CallToolResult) -> str:
    assert result.content and isinstance(result.content[0], TextContent)
    return result.content[0].text


async def _everything(client: ClientSession) -> Calls:
    calls: Calls = {"tools": (await client.list_tools()).tools}
    pack_args = {"start": "2026-11-30"}
    calls["md"] = await client.call_tool("build_pack", pack_args)
    calls["json"] = await client.call_tool("build_pack", {**pack_args, "format": "json"})
    calls["object"] = await client.call_tool(
        "build_pack",
        {"context": {"people": [{"alias": "Robin", "role": "Analyst"}]}, "start": "2026-11-30"},
    )
    calls["bad_context"] = await client.call_tool(
        "build_pack", {"context": "people:\n  - alias: Sam\n    seniority: boss\n"}
    )
    calls["bad_yaml"] = await client.call_tool("build_pack", {"context": "people: ["})
    calls["hr_request"] = await client.call_tool(
        "build_pack",
        {"context": {"notes": "I need to document poor performance and start a PIP."}},
    )
    calls["tuesday"] = await client.call_tool("build_pack", {"start": "2026-12-01"})
    calls["bad_format"] = await client.call_tool("build_pack", {"format": "pdf"})
    calls["both"] = await client.call_tool(
        "build_pack", {"context": {}, "text": "I manage 4 people"}
    )
    calls["text"] = await client.call_tool(
        "build_pack",
        {"text": "I lead 4 engineers in Berlin, one joined last month.", "start": "2026-11-30"},
    )
    calls["triage_hr"] = await client.call_tool(
        "triage", {"text": "I need to document poor performance and start a PIP"}
    )
    calls["triage_none"] = await client.call_tool(
        "triage", {"text": "Help me set up 1:1s with my five new reports"}
    )
    calls["triage_missing"] = await client.call_tool("triage", {})
    calls["questions"] = await client.call_tool("intake_questions", {"context": {}})
    calls["questions_3"] = await client.call_tool(
        "intake_questions", {"context": "people:\n  - alias: Sam\n", "limit": 3}
    )
    calls["questions_bad"] = await client.call_tool("intake_questions", {"context": "- a list"})
    calls["score"] = await client.call_tool("score_pack", {"markdown": _default_markdown()})
    calls["score_thin"] = await client.call_tool("score_pack", {"markdown": "# A pack\n\nHi.\n"})
    calls["score_missing"] = await client.call_tool("score_pack", {})
    calls["ics"] = await client.call_tool("plan_calendar", pack_args)
    calls["ics_bad"] = await client.call_tool("plan_calendar", {"start": "someday"})
    # Still serving after every error above.
    calls["after"] = await client.call_tool("build_pack", {**pack_args, "format": "json"})
    return calls


def _default_markdown() -> str:
    context, is_default = load_context(None)
    return render_markdown(build_pack(context, date(2026, 11, 30), is_default=is_default))


@pytest.fixture(scope="module")
def calls() -> Calls:
    return _session(_everything)


def test_lists_the_five_tools_each_with_a_schema_and_a_description(calls: Calls) -> None:
    tools = {t.name: t for t in calls["tools"]}
    assert set(tools) == TOOLS
    for tool in tools.values():
        assert tool.input_schema["type"] == "object"
        assert tool.description and len(tool.description) > 60
    build = tools["build_pack"].input_schema
    assert set(build["properties"]) == {"context", "text", "start", "format"}
    assert build.get("required", []) == []
    assert tools["triage"].input_schema["required"] == ["text"]
    assert tools["score_pack"].input_schema["required"] == ["markdown"]
    limit = tools["intake_questions"].input_schema["properties"]["limit"]
    assert (limit["minimum"], limit["maximum"]) == (1, 5)


def test_build_pack_returns_the_same_markdown_as_the_library(calls: Calls) -> None:
    result = calls["md"]
    assert not result.is_error
    assert _text(result) == _default_markdown()


def test_build_pack_json_and_a_context_object(calls: Calls) -> None:
    document = json.loads(_text(calls["json"]))
    assert document["pack_produced"] is True
    assert document["start"] == "2026-11-30"
    assert len(document["people"]) == 5
    robin = _text(calls["object"])
    assert "Shared 1:1 doc: Robin" in robin
    assert not calls["object"].is_error


@pytest.mark.parametrize(
    ("call", "says"),
    [
        ("bad_context", "people[0].seniority"),
        ("bad_yaml", "not valid YAML or JSON"),
        ("tuesday", "is a Tuesday"),
        ("bad_format", "format"),
        ("both", "not both"),
        ("triage_missing", "text"),
        ("score_missing", "markdown"),
        ("ics_bad", "start"),
    ],
)
def test_bad_input_is_a_tool_error_naming_the_problem(calls: Calls, call: str, says: str) -> None:
    result = calls[call]
    assert result.is_error, _text(result)
    assert says in _text(result)


def test_the_server_keeps_serving_after_errors(calls: Calls) -> None:
    assert not calls["after"].is_error
    assert json.loads(_text(calls["after"]))["pack_produced"] is True


def test_triage_flags_an_hr_process_and_lets_a_1_1_request_through(calls: Calls) -> None:
    hr = calls["triage_hr"]
    assert not hr.is_error, _text(hr)
    assert hr.structured_content["category"] == "hr"
    assert hr.structured_content["message"]
    assert calls["triage_none"].structured_content["category"] == "none"


def test_intake_questions_returns_three_to_five_questions(calls: Calls) -> None:
    first = calls["questions"]
    assert not first.is_error, _text(first)
    questions = first.structured_content["result"]
    assert 3 <= len(questions) <= 5
    for question in questions:
        assert set(question) == {"id", "group", "prompt", "default"}
        assert question["prompt"]
    assert len(calls["questions_3"].structured_content["result"]) <= 3
    assert calls["questions_bad"].is_error


def test_build_pack_from_free_text(calls: Calls) -> None:
    result = calls["text"]
    assert not result.is_error, _text(result)
    assert _text(result).startswith("# 1:1 Operating System Pack")


def test_score_pack_passes_the_default_and_fails_a_thin_pack(calls: Calls) -> None:
    report = calls["score"]
    assert not report.is_error, _text(report)
    assert report.structured_content["passed"] is True
    thin = calls["score_thin"]
    assert not thin.is_error
    assert thin.structured_content["passed"] is False


def test_plan_calendar_returns_ics_text(calls: Calls) -> None:
    result = calls["ics"]
    assert not result.is_error, _text(result)
    text = _text(result)
    assert text.startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in text


def test_stdout_carries_only_the_protocol() -> None:
    """Raw JSON-RPC over a pipe: every line the server writes must parse as a message."""
    messages = [
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "initialize",
            "params": {
                "protocolVersion": "2025-06-18",
                "capabilities": {},
                "clientInfo": {"name": "test", "version": "0"},
            },
        },
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {
            "jsonrpc": "2.0",
            "id": 2,
            "method": "tools/call",
            "params": {"name": "build_pack", "arguments": {"context": "people: 3"}},
        },
        {
            "jsonrpc": "2.0",
            "id": 3,
            "method": "tools/call",
            "params": {"name": "build_pack", "arguments": {"start": "2026-11-30"}},
        },
    ]
    proc = subprocess.Popen(
        [sys.executable, "-m", "oneos", "mcp"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert proc.stdin and proc.stdout and proc.stderr
    watchdog = threading.Timer(LIMIT_SECONDS, proc.kill)
    watchdog.start()
    replies: list[dict[str, Any]] = []
    try:
        proc.stdin.write("".join(json.dumps(m) + "\n" for m in messages))
        proc.stdin.flush()
        # Keep stdin open until every answer is in: end of input stops the server.
        for line in proc.stdout:
            replies.append(json.loads(line))
            if {r.get("id") for r in replies} >= {1, 2, 3}:
                break
        proc.stdin.close()
        proc.wait(timeout=LIMIT_SECONDS)
        rest = proc.stdout.read()
        stderr = proc.stderr.read()
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
    replies += [json.loads(line) for line in rest.splitlines() if line.strip()]
    assert all(r["jsonrpc"] == "2.0" for r in replies)
    by_id = {r["id"]: r for r in replies if "id" in r}
    assert set(by_id) == {1, 2, 3}, stderr[-2000:]
    assert by_id[2]["result"]["isError"] is True
    assert by_id[3]["result"]["isError"] is False
    assert proc.returncode == 0
    assert "Traceback" not in stderr


def test_build_pack_answers_an_hr_request_with_the_redirect_not_a_pack(calls: Calls) -> None:
    result = calls["hr_request"]
    assert not result.is_error
    text = _text(result)
    assert "No 1:1 pack" in text and "feedback-plan" in text
    assert "## 1. Context" not in text
