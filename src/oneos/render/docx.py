"""pack.docx: the pack as a Word document with real heading, list and table styles."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime, time
from typing import Any

import docx
from docx.document import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Inches, Pt
from docx.text.paragraph import Paragraph

from oneos.model.pack import Pack
from oneos.render.blocks import Block, Heading, ListBlock, Note, Para, Table
from oneos.render.inline import plain_text, runs
from oneos.render.outline import outline

TABLE_STYLE = "Light Grid Accent 1"
CODE_STYLE = "Code"
CHECKBOX = "☐"
TABLE_POINTS = 9
_CHAR = 68580  # EMU: one character of 9 pt table text, bold headers included (0.075 in)


def heading_style(level: int) -> str:
    """Block heading level to Word style: the pack title is 'Title', deliverables 'Heading 1'."""
    return "Title" if level <= 1 else f"Heading {min(level - 1, 9)}"


def render_docx(pack: Pack) -> bytes:
    """The whole pack as .docx bytes; the same pack gives the same bytes."""
    document = docx.Document()
    view = outline(pack)
    _set_up(document, view.title, pack.start)
    writer = _Writer(document)
    writer.block(view.head)
    writer.blocks(view.front)
    for part in view.parts:
        _new_section(document, part.title)
        for n, block in enumerate(part.blocks):
            doc = part.doc_at(n)
            if doc is not None:
                _new_section(document, doc.title)
            writer.block(block)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue(), pack.start)


def _set_up(document: Document, title: str, start: date) -> None:
    """Margins, the code style, fixed document properties and a page-number footer."""
    first = document.sections[0]  # later sections copy it
    first.left_margin = first.right_margin = Inches(1)
    code = document.styles.add_style(CODE_STYLE, WD_STYLE_TYPE.CHARACTER)
    code.font.name = "Courier New"
    document.styles[TABLE_STYLE].font.size = Pt(TABLE_POINTS)
    moment = datetime.combine(start, time(0, 0), tzinfo=UTC)
    props = document.core_properties
    props.title = title
    props.subject = "1:1 Operating System Pack"
    props.author = "oneos"
    props.last_modified_by = "oneos"
    props.comments = "Made with oneos from your context; edit freely."
    props.created = moment
    props.modified = moment
    props.revision = 1
    footer = first.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number(footer)


class _Writer:
    """Appends blocks to a document, one paragraph or table each."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._ids: dict[str, str] = {}
        section = document.sections[0]
        self.width = int(section.page_width or 0) - int(section.left_margin or 0)
        self.width -= int(section.right_margin or 0)

    def style_id(self, name: str) -> str:
        # Looked up once per name: python-docx resolves a style name by scanning every
        # style on each call, which made rendering several times slower.
        if name not in self._ids:
            self._ids[name] = self.document.styles[name].style_id
        return self._ids[name]

    def blocks(self, blocks: tuple[Block, ...] | list[Block]) -> None:
        for block in blocks:
            self.block(block)

    def block(self, block: Block) -> None:
        if isinstance(block, Heading):
            self._inline(self._paragraph(heading_style(block.level)), block.text)
        elif isinstance(block, Para):
            self._inline(self._paragraph(None), block.text)
        elif isinstance(block, Note):
            self._inline(self._paragraph("Quote"), block.text)
        elif isinstance(block, ListBlock):
            self._list(block)
        elif isinstance(block, Table):
            self._table(block)

    def _paragraph(self, style: str | None) -> Paragraph:
        paragraph = self.document.add_paragraph()
        if style is not None:
            paragraph._p.style = self.style_id(style)
        return paragraph

    def _list(self, block: ListBlock) -> None:
        if block.checkboxes:
            for item in block.items:
                self._inline(self._paragraph("List Paragraph"), f"{CHECKBOX} {item}")
            return
        if not block.ordered:
            for item in block.items:
                self._inline(self._paragraph("List Bullet"), item)
            return
        num_id = _restarted_numbering(self.document)
        for item in block.items:
            paragraph = self._paragraph("List Number")
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = num_id
            self._inline(paragraph, item)

    def _table(self, block: Table) -> None:
        table = self.document.add_table(rows=1, cols=len(block.headers))
        table._tbl.tblStyle_val = self.style_id(TABLE_STYLE)
        table.autofit = False
        widths = [Emu(w) for w in column_widths(block, self.width)]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        header = table.rows[0]
        _repeat_as_header(header._tr)
        for row, texts in enumerate((block.headers, *block.rows)):
            cells = header.cells if row == 0 else table.add_row().cells
            for cell, text, width in zip(cells, texts, widths, strict=True):
                cell.width = width
                self._inline(cell.paragraphs[0], text)

    def _inline(self, paragraph: Paragraph, text: str) -> None:
        for run in runs(text):
            added = paragraph.add_run(run.text)
            if run.code:
                added._r.style = self.style_id(CODE_STYLE)
            if run.bold:
                added.bold = True
            if run.italic:
                added.italic = True


def column_widths(block: Table, total: int) -> list[int]:
    """Share `total` (EMU) between the columns by the text each holds.

    Word and LibreOffice otherwise give every column the same width, which squeezes a
    long 'Why' column next to short 'Day' and 'First' ones. Every column first gets room
    for its longest word; what is left goes to the columns with more text to hold.
    """
    floors: list[float] = []
    wants: list[float] = []
    for n, header in enumerate(block.headers):
        texts = [plain_text(header), *(plain_text(row[n]) for row in block.rows)]
        floors.append(max((len(w) for t in texts for w in t.split()), default=1) + 3)
        wants.append(max(min(max(len(t) for t in texts), 60) + 3, floors[-1]))
    spare = total / _CHAR - sum(floors)
    extra = [w - f for w, f in zip(wants, floors, strict=True)]
    if spare >= sum(extra):
        shares = wants  # everything fits on one line: scale the natural widths up
    elif spare > 0:
        shares = [f + spare * e / sum(extra) for f, e in zip(floors, extra, strict=True)]
    else:
        shares = floors
    widths = [int(total * s / sum(shares)) for s in shares]
    widths[-1] += total - sum(widths)
    return widths


def _new_section(document: Document, title: str) -> None:
    """A new page with its own running header, so a printed page says what it belongs to."""
    section = document.add_section(WD_SECTION_START.NEW_PAGE)
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = title


def _restarted_numbering(document: Document) -> int:
    """A fresh numbering instance for 'List Number', so each ordered list starts at 1."""
    numbering = document.part.numbering_part.element
    style: Any = document.styles["List Number"]
    style_num = style.element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return int(num.numId)


def _repeat_as_header(tr: Any) -> None:
    """Mark a table row as the header row Word repeats at the top of each page."""
    tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _page_number(paragraph: Paragraph) -> None:
    """A PAGE field: the page number, filled in by the word processor."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    # A placeholder result; Word and LibreOffice put the real page number in when drawn.
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _fixed_zip(data: bytes, when: date) -> bytes:
    """Rewrite the package with one fixed timestamp per entry, so output is byte-stable.

    python-docx stamps each zip entry with the current time; nothing else varies.
    """
    stamp = (max(when.year, 1980), when.month, when.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry.filename))
    return out.getvalue()
