"""The pack's blocks grouped for page-based writers: title, deliverables and each person's doc."""

from __future__ import annotations

from oneos.model.base import Record
from oneos.model.pack import Pack
from oneos.render.blocks import Block, Heading, inline
from oneos.render.inline import plain_text
from oneos.render.layout import DELIVERABLES, title_blocks
from oneos.render.person_doc import doc_title


class DocStart(Record, frozen=True):
    """Where a person's shared doc starts inside a deliverable."""

    index: int
    anchor: str
    title: str


class Part(Record, frozen=True):
    """One deliverable: a stable anchor, its title (its first heading) and its blocks."""

    anchor: str
    title: str
    blocks: tuple[Block, ...]
    docs: tuple[DocStart, ...]

    def doc_at(self, index: int) -> DocStart | None:
        """The person's doc whose heading is block `index`, if any."""
        return next((d for d in self.docs if d.index == index), None)


class Outline(Record, frozen=True):
    """The whole pack as a writer with pages and a table of contents sees it."""

    head: Heading
    front: tuple[Block, ...]
    parts: tuple[Part, ...]

    @property
    def title(self) -> str:
        """The pack's title as plain text."""
        return plain_text(self.head.text)


def outline(pack: Pack) -> Outline:
    """Group the pack's blocks; the blocks are exactly the Markdown writer's, in its order."""
    head, *front = title_blocks(pack)
    assert isinstance(head, Heading)
    docs = {inline(doc_title(pack, p)): f"doc-{p.slug}" for p in pack.people}
    parts = []
    for stem, section in DELIVERABLES:
        blocks = tuple(section(pack))
        first = blocks[0]
        assert isinstance(first, Heading)
        starts = tuple(
            DocStart(n, docs[b.text], plain_text(b.text))
            for n, b in enumerate(blocks)
            if isinstance(b, Heading) and b.level > first.level and b.text in docs
        )
        parts.append(Part(stem, plain_text(first.text), blocks, starts))
    return Outline(head, tuple(front), tuple(parts))
