"""Serialise blocks as Markdown; the pack, each deliverable and each person's doc."""

from __future__ import annotations

from oneos.model.base import replace
from oneos.model.pack import Pack
from oneos.render.blocks import Block, Heading, ListBlock, Note, Para, Table
from oneos.render.layout import DELIVERABLES, pack_blocks, quality_gate
from oneos.render.person_doc import person_blocks


def to_markdown(blocks: list[Block]) -> str:
    """Markdown text for a list of blocks, one blank line between blocks."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            parts.append("#" * block.level + " " + block.text)
        elif isinstance(block, Para):
            parts.append(block.text)
        elif isinstance(block, Note):
            parts.append("> " + block.text)
        elif isinstance(block, ListBlock):
            parts.append("\n".join(_item(n, block, text) for n, text in enumerate(block.items, 1)))
        elif isinstance(block, Table):
            parts.append(_table(block))
    return "\n\n".join(parts) + "\n"


def _item(n: int, block: ListBlock, text: str) -> str:
    if block.ordered:
        return f"{n}. {text}"
    return f"- [ ] {text}" if block.checkboxes else f"- {text}"


def _table(block: Table) -> str:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    lines = [row(block.headers), "|" + "|".join("---" for _ in block.headers) + "|"]
    lines.extend(row(r) for r in block.rows)
    return "\n".join(lines)


def render_markdown(pack: Pack) -> str:
    """The whole pack as one Markdown document."""
    return to_markdown(pack_blocks(pack))


def render_body(pack: Pack) -> str:
    """The pack as Markdown without its quality-gate section: the text the gate scores."""
    return to_markdown(pack_blocks(replace(pack, gate=None)))


def with_gate_section(body: str, pack: Pack) -> str:
    """`render_markdown(pack)` from `render_body(pack)`, without rendering the body again.

    The gate section is the pack's last deliverable and `to_markdown` puts one blank line
    between blocks, so the whole pack is the body, a blank line and the section.
    """
    section = quality_gate(pack)
    if not section:
        return body
    return body[:-1] + "\n\n" + to_markdown(section)


def render_sections(pack: Pack) -> dict[str, str]:
    """One Markdown document per deliverable, keyed by file stem."""
    sections = {stem: section(pack) for stem, section in DELIVERABLES}
    return {stem: to_markdown(blocks) for stem, blocks in sections.items() if blocks}


def render_person(pack: Pack, alias: str) -> str:
    """One person's shared doc as a standalone Markdown file."""
    person = next(p for p in pack.people if p.alias == alias)
    return to_markdown(person_blocks(pack, person, level=1, standalone=True))
