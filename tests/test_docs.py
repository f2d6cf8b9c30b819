"""The README's commands and samples are real: they run, and the output matches."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from oneos.cli import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "oneos", *args], cwd=cwd, capture_output=True, text=True, timeout=90
    )


def test_readme_opens_with_what_oneos_is_and_exactly_two_setup_commands() -> None:
    intro = README.split("## ")[0]
    assert "oneos is the 1:1 operating system for people managers" in intro
    setup = re.findall(r"```sh\n(.*?)\n```", intro, flags=re.S)
    assert len(setup) == 2
    main_job, tests = setup
    assert "pip install" in main_job and main_job.endswith("oneos pack")
    assert "pip install" in tests and "pytest" in tests


def test_ci_runs_exactly_the_readme_test_command() -> None:
    intro = README.split("## ")[0]
    test_command = re.findall(r"```sh\n(.*?)\n```", intro, flags=re.S)[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci


def test_every_oneos_command_in_the_readme_runs(tmp_path: Path) -> None:
    (tmp_path / "my-team.yaml").write_text(blocks("yaml")[0], encoding="utf-8")
    commands = []
    for block in blocks("sh"):
        for line in block.splitlines():
            command = line.split(" # ")[0].strip()
            if command.startswith("oneos "):
                commands.append(shlex.split(command)[1:])
    assert len(commands) >= 3
    for args in commands:
        proc = run([*args, "--start", "2026-11-30"] if args[0] == "pack" else args, tmp_path)
        # (`oneos intake` without --from-text reads its answers from stdin: here, none)
        assert proc.returncode == 0, (args, proc.stderr)
        assert "Traceback" not in proc.stderr


def test_the_sample_table_row_is_what_the_default_pack_prints(tmp_path: Path) -> None:
    sample = next(b for b in blocks("text") if "| Avery |" in b)
    row = next(line for line in sample.splitlines() if line.startswith("| Avery"))
    proc = run(["pack", "--start", "2026-11-30"], tmp_path)
    assert row in proc.stdout


def test_the_sample_error_lines_are_real(tmp_path: Path) -> None:
    sample = next(b for b in blocks("text") if b.startswith("error:"))
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n  - {alias: A, timezone: PTS}\n  - {alias: B, flags: [new-hier]}\n")
    proc = run(["pack", str(bad)], tmp_path)
    assert proc.returncode == 2
    for line in sample.strip().splitlines():
        assert line.rstrip("…").rstrip() in proc.stderr, line


def test_the_mcp_snippet_starts_the_server_the_docs_describe() -> None:
    import json

    [snippet] = blocks("json")
    server = json.loads(snippet)["mcpServers"]["oneos"]
    assert [server["command"], *server["args"]] == ["oneos", "mcp"]
    assert "mcp" in COMMANDS
    assert snippet in (ROOT / "docs" / "mcp.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_documented(name: str) -> None:
    assert f"`oneos {name}" in README


def test_the_context_reference_page_is_current() -> None:
    from oneos.model.reference import context_reference

    page = (ROOT / "docs" / "context.md").read_text(encoding="utf-8")
    assert page == context_reference(), "run: oneos schema --format markdown > docs/context.md"
