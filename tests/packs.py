"""Helpers shared by the pack tests: build contexts and packs with a fixed start date."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import oneos
from oneos.model.context import Context
from oneos.model.pack import Pack, PersonPlan
from oneos.model.validation import parse_context

START = date(2026, 11, 30)
ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def context(data: dict[str, Any]) -> Context:
    return parse_context(data)


def build(data: dict[str, Any] | Context, start: date = START) -> Pack:
    ctx = data if isinstance(data, Context) else parse_context(data)
    return oneos.build_pack(ctx, start)


def person(pack: Pack, alias: str) -> PersonPlan:
    return next(p for p in pack.people if p.alias == alias)
