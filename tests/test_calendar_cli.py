"""`oneos calendar`, and `--busy` / calendar.ics on `oneos pack`, through the real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import icalendar
from click.testing import CliRunner

from oneos.cli import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "new-manager-time-zones.yaml"
BUSY = Path(__file__).parent / "data" / "calendar" / "busy-london.ics"


def oneos(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "oneos", *args], capture_output=True)


def test_calendar_prints_an_ics_that_parses() -> None:
    proc = oneos("calendar", str(EXAMPLE), "--start", "2026-11-30")
    assert proc.returncode == 0, proc.stderr
    calendar = icalendar.Calendar.from_ical(proc.stdout)
    events = calendar.walk("VEVENT")
    assert len(events) > 10
    assert {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")} == {"America/Los_Angeles"}
    assert proc.stdout.startswith(b"BEGIN:VCALENDAR\r\n")


def test_calendar_writes_a_file_atomically(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    proc = oneos("calendar", "--start", "2026-11-30", "--out", str(target))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b""
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.ics"]


def test_busy_moves_the_slots() -> None:
    context = "manager: {timezone: Europe/London}\npeople: [{alias: Ann}, {alias: Bob}]\n"
    command = [sys.executable, "-m", "oneos", "pack", "-", "--start", "2026-11-30"]
    command += ["--format", "json"]
    plain = subprocess.run(command, input=context.encode(), capture_output=True)
    busy = subprocess.run(
        [*command, "--busy", str(BUSY)], input=context.encode(), capture_output=True
    )
    assert plain.returncode == 0 and busy.returncode == 0, busy.stderr
    before = [p["slot"] for p in json.loads(plain.stdout)["people"]]
    after = [p["slot"] for p in json.loads(busy.stdout)["people"]]
    assert before != after
    for slot in after:  # busy Mon–Thu 09:00–12:00, and 12:30–13:30 every day
        taken = [("12:30", "13:30")] + ([("09:00", "12:00")] if slot["weekday"] != "fri" else [])
        assert all(slot["end"] <= a or slot["start"] >= b for a, b in taken), slot


def test_user_mistakes_exit_2_with_one_error_line(tmp_path: Path) -> None:
    missing = oneos("calendar", "--busy", str(tmp_path / "nope.ics"), "--start", "2026-11-30")
    assert missing.returncode == 2
    assert missing.stderr.decode().startswith("error: --busy: ")
    assert b"Traceback" not in missing.stderr
    bad = tmp_path / "bad.ics"
    bad.write_text("hello")
    broken = oneos("pack", "--busy", str(bad), "--start", "2026-11-30")
    assert broken.returncode == 2 and b"export the calendar again" in broken.stderr
    tuesday = oneos("calendar", "--start", "2026-12-01")
    assert tuesday.returncode == 2 and b"Monday" in tuesday.stderr


def test_pack_out_writes_calendar_ics(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["pack", "--start", "2026-11-30", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    ics = (tmp_path / "calendar.ics").read_bytes()
    alone = CliRunner().invoke(cli, ["calendar", "--start", "2026-11-30"])
    assert alone.stdout_bytes == ics
    doc = (tmp_path / "people" / "casey.md").read_text()
    assert "**Standing 1:1:** Thu" in doc and "New York" in doc
