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
    assert "HEAVY=\n" in python(code)


def python(code: str) -> str:
    """What a fresh interpreter running `code` prints (it must succeed)."""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_main_leaves_its_objects_out_of_the_collections_at_exit() -> None:
    # The process ends after main; the full collections Python runs on the way out skip frozen
    # objects (docs/performance.md). An error exit freezes them too.
    code = (
        "import gc, sys; from oneos.cli import main\n"
        "for args in (['--help'], ['frobnicate']):\n"
        "    gc.unfreeze()\n"
        "    try:\n        main(args)\n    except SystemExit:\n        pass\n"
        "    print('FROZEN', gc.get_freeze_count() > 1000)\n"
    )
    assert python(code).count("FROZEN True") == 2
