"""One person's shared 1:1 doc, pre-filled, as blocks (standalone or inside the pack)."""

from __future__ import annotations

from oneos.content.text import human_date
from oneos.model.pack import Pack, PersonPlan
from oneos.render.blocks import (
    Block,
    blank_rows,
    bullets,
    checklist,
    heading,
    numbered,
    para,
    table,
)


def doc_title(pack: Pack, person: PersonPlan) -> str:
    """The heading of a person's shared doc, e.g. 'Shared 1:1 doc: Avery'."""
    return pack.guides.label("doc-title", alias=person.alias)


def person_blocks(pack: Pack, person: PersonPlan, level: int, standalone: bool) -> list[Block]:
    """The doc both people write in: agreements, backlog, first agenda, notes, actions.

    Standalone docs repeat the general rules (pre-work, notes) so they work on their own;
    inside the pack those rules are written once above the per-person docs.
    """
    g = pack.guides
    guide = g.shared_doc
    h = level
    out = heading(h, doc_title(pack, person))
    out += para(
        g.label(
            "doc-line",
            role=person.role,
            cadence=person.cadence.label,
            day=person.weekday_name,
            first=human_date(person.first_meeting),
            zone=person.timezone,
        )
    )
    if person.slot:
        out += para(g.label("doc-slot", slot=person.slot.label))
    if person.catch_up_slot:
        out += para(g.label("doc-catch-up-slot", slot=person.catch_up_slot.label))
    if standalone:
        out += para(guide.intro)
    out += heading(h + 1, "Working agreements")
    out += bullets(person.agreements)
    if standalone:
        out += heading(h + 1, "Before each meeting")
        manager = g.label("doc-manager")
        out += table(
            ["Who", "What"],
            [(person.alias, item) for item in guide.prework_report]
            + [(manager, item) for item in guide.prework_manager],
        )
    out += heading(h + 1, "Topics backlog")
    out += para(g.label("doc-backlog-intro"))
    out += checklist(person.backlog)
    out += heading(h + 1, f"Agenda — {human_date(person.first_meeting)}")
    out += numbered(person.agenda)
    if person.wellbeing_note:
        out += para(g.label("doc-check-in", text=person.wellbeing_note))
    out += heading(h + 1, "Notes")
    if standalone:
        out += bullets(guide.notes_rules)
    else:
        out += para("—")
    out += heading(h + 1, "Decisions")
    out += table(["Date", "Decision", "Why"], blank_rows(3, 1))
    out += heading(h + 1, "Action items")
    rows = [(n, a.action, a.owner, a.due, "open") for n, a in enumerate(person.actions, 1)]
    out += table(guide.action_columns, rows)
    return out
