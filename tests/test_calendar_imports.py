"""oneos.calendar stays pure: stdlib, zoneinfo and oneos.model only; icalendar at the edges."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.test_imports import imports_of

CALENDAR = Path(__file__).resolve().parent.parent / "src" / "oneos" / "calendar"
ICS_MODULES = {"busy.py", "ics.py"}
ALLOWED = ("oneos.model", "oneos.errors", "oneos.calendar")


def test_calendar_imports_only_stdlib_model_and_errors() -> None:
    bad = []
    for path in sorted(CALENDAR.glob("*.py")):
        for name in imports_of(path):
            top = name.split(".")[0]
            if top in sys.stdlib_module_names or top == "__future__" or name.startswith(ALLOWED):
                continue
            if top in ("icalendar", "recurring_ical_events") and path.name in ICS_MODULES:
                continue
            bad.append(f"{path.name} imports {name}")
    assert not bad, "\n".join(bad)


def test_building_a_pack_does_not_load_the_ics_libraries() -> None:
    code = (
        "import sys, datetime, oneos\n"
        "ctx, _ = oneos.load_context(None)\n"
        "oneos.build_pack(ctx, datetime.date(2026, 11, 30))\n"
        "print([m for m in ('icalendar', 'recurring_ical_events') if m in sys.modules])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
