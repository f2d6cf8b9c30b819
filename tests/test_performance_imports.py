"""What keeps `oneos pack` quick to start (docs/performance.md): it loads only what it needs."""

from __future__ import annotations

import subprocess
import sys
import typing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Slow to import and not needed to build and print a pack from a context without free text.
NOT_FOR_A_PACK = (
    "holidays",
    "yaml",
    "oneos.safety._engine",
    "oneos.safety.privacy",
    "icalendar",
    "recurring_ical_events",
    "jinja2",
    "docx",
    "pydantic",
    "mcp",
)


def loaded_after(args: list[str], watch: tuple[str, ...]) -> list[str]:
    code = (
        "import io, runpy, sys\n"
        f"sys.argv = ['oneos', *{args!r}]\n"
        "sys.stdout = io.StringIO()\n"
        "try:\n    runpy.run_module('oneos', run_name='__main__')\n"
        "except SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "sys.stdout = sys.__stdout__\n"
        f"print(','.join(m for m in {watch!r} if m in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return [m for m in proc.stdout.strip().split(",") if m]


# Not needed when every zone is an IANA name (the default context's are).
NOT_FOR_IANA_ZONES = ("oneos.model.places",)


def test_the_default_pack_loads_nothing_it_does_not_use() -> None:
    watch = NOT_FOR_A_PACK + NOT_FOR_IANA_ZONES
    assert loaded_after(["pack", "--start", "2026-11-30"], watch) == []


def test_a_yaml_context_with_a_country_and_free_text_loads_only_yaml_and_the_rules() -> None:
    args = ["pack", "examples/meeting-bloat.yaml", "--start", "2026-11-30", "--format", "json"]
    assert loaded_after(args, NOT_FOR_A_PACK) == [
        "yaml",
        "oneos.safety._engine",
        "oneos.safety.privacy",
    ]


def test_importing_oneos_safety_loads_no_rules() -> None:
    code = (
        "import sys, oneos.safety\n"
        "print([m for m in ('oneos.safety._engine', 'oneos.safety.privacy', 'oneos.safety.offers')"
        " if m in sys.modules])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_the_models_msgspec_converts_keep_real_annotations() -> None:
    # As strings, every annotation costs a compile and an eval when msgspec first reads it.
    from oneos.content.bank import Question
    from oneos.design.cadence import TrackRule
    from oneos.model.context import Context, Person
    from oneos.model.guides import CareerGuide

    for model in (Context, Person, CareerGuide, Question, TrackRule):
        raw = model.__annotations__
        assert not any(isinstance(value, str) for value in raw.values()), model.__name__
    assert typing.get_type_hints(Context)  # and they still resolve
