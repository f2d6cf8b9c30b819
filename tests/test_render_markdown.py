"""The Markdown of a checked pack is rendered once: the gate's body plus the gate section."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.packs import EXAMPLES, START

from oneos import api
from oneos.model.base import replace
from oneos.model.pack import Pack
from oneos.render.layout import DELIVERABLES, quality_gate
from oneos.render.markdown import render_body, render_markdown, with_gate_section


def checked(source: Path | None) -> Pack:
    ctx, is_default = api.load_context(source.read_text() if source else None)
    return api.build_pack(ctx, START, is_default=is_default)


def test_the_gate_section_is_the_last_deliverable() -> None:
    # with_gate_section relies on it: the gate section is appended to the body's text.
    assert DELIVERABLES[-1][1] is quality_gate


@pytest.mark.parametrize("source", [None, *EXAMPLES], ids=["default", *(p.stem for p in EXAMPLES)])
def test_a_checked_pack_prints_as_a_fresh_render(source: Path | None) -> None:
    pack = checked(source)
    text = api.render_markdown(pack)
    assert text == render_markdown(pack)
    assert text.startswith(render_body(pack)[:-1])
    assert "## Quality gate" in text


def test_the_body_is_the_text_the_gate_scored() -> None:
    pack = checked(None)
    body = render_body(pack)
    assert "## Quality gate" not in body
    assert with_gate_section(body, pack) == render_markdown(pack)
    assert with_gate_section(body, replace(pack, gate=None)) == body


def test_only_the_last_checked_pack_is_kept() -> None:
    first, second = checked(None), checked(EXAMPLES[0])
    assert api._last_checked is not None and api._last_checked[0] is second
    # Packs checked earlier, and copies of the last one, are rendered afresh.
    assert api.render_markdown(first) == render_markdown(first)
    renamed = replace(second, manager_role="Head of Testing")
    assert api.render_markdown(renamed) == render_markdown(renamed)
    assert "Head of Testing" in api.render_markdown(renamed)
