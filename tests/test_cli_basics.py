"""The CLI front door: help, version, unknown commands."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from oneos.cli import COMMANDS, cli


def test_help_lists_every_command_with_its_help() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name, (_, _, short_help) in COMMANDS.items():
        assert name in result.output
        assert short_help.split()[0] in result.output


def test_every_registered_command_imports_and_has_help() -> None:
    for name in COMMANDS:
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert "Usage:" in result.output


def test_unknown_command_is_a_usage_error_through_the_real_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "oneos", "frobnicate"], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert "No such command" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_help_does_not_import_heavy_modules() -> None:
    code = (
        "import sys; from oneos.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('pydantic', 'yaml', 'jinja2', 'docx', 'icalendar', 'mcp')"
        " if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "HEAVY=\n" in proc.stdout
