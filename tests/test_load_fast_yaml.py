"""Contexts are read with libyaml when it is there: it must read every file as PyYAML does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
GLOBS = ("examples/*.yaml", "tests/data/**/*.yaml", "src/oneos/*/data/*.yaml")
FILES = sorted(path for pattern in GLOBS for path in ROOT.glob(pattern))
TRICKY = [
    "manager: {timezone: 'America/New_York', working_hours: 09:00-17:00}\n",
    "people:\n  - {alias: Zoë, tenure_weeks: 010}\n  - alias: 'O''Neil'\n    flags: [new-hire]\n",
    "pilot: {start: 2026-11-30}\nnotes: |\n  Line one\r\n  line two\n",
    "must_cover: [yes, no, on, off, ~, 1_000, 0x1F, 1e3, .inf]\n",
    "\ufeffmanager: {role: Lead}\n",
]


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")
@pytest.mark.parametrize("text", [p.read_text(encoding="utf-8") for p in FILES] + TRICKY)
def test_libyaml_reads_like_pyyaml(text: str) -> None:
    assert yaml.load(text, Loader=yaml.CSafeLoader) == yaml.safe_load(text)


def test_there_are_files_to_compare() -> None:
    assert len(FILES) > 10
