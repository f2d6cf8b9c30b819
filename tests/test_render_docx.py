"""pack.docx: read back with python-docx; headings, people's sections, tables, lists, stability."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn

import oneos
from oneos.model.pack import Pack
from oneos.render.blocks import Heading, ListBlock, Table
from oneos.render.docx import TABLE_STYLE, column_widths, render_docx
from oneos.render.layout import DELIVERABLES, pack_blocks

START = date(2026, 11, 30)
DATA = Path(__file__).parent / "data" / "render"


@pytest.fixture(scope="module")
def pack() -> Pack:
    context, is_default = oneos.load_context(None)
    return oneos.build_pack(context, START, is_default=is_default)


@pytest.fixture(scope="module")
def data(pack: Pack) -> bytes:
    return render_docx(pack)


@pytest.fixture(scope="module")
def document(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def _styled(document: Document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name == style]


def test_title_and_every_deliverable_heading_have_real_heading_styles(
    pack: Pack, document: Document
) -> None:
    markdown = oneos.render_markdown(pack).splitlines()
    assert _styled(document, "Title") == [markdown[0][2:]]
    h2 = [line[3:] for line in markdown if line.startswith("## ")]
    assert len(h2) == len(DELIVERABLES)
    assert _styled(document, "Heading 1") == h2
    h3 = [line[4:] for line in markdown if line.startswith("### ")]
    assert _styled(document, "Heading 2") == h3
    assert _styled(document, "Heading 4"), "person-doc subsections use Heading 4"


def test_each_person_has_a_section_of_their_own(pack: Pack, document: Document) -> None:
    titles = [f"Shared 1:1 doc: {p.alias}" for p in pack.people]
    assert [t for t in _styled(document, "Heading 3") if t.startswith("Shared")] == titles
    headers = [s.header.paragraphs[0].text for s in document.sections]
    for title in titles:
        assert headers.count(title) == 1, title
    for stem, section in DELIVERABLES:
        heading = section(pack)[0]
        assert isinstance(heading, Heading) and heading.text in headers, stem
    # Each person's doc opens its section: the first paragraph after the break is its heading.
    body = document.element.body
    starts = [
        p
        for p in body.iterchildren(qn("w:p"))
        if p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
    ]
    following = [s.getnext() for s in starts]
    opened = {"".join(t.text or "" for t in p.iter(qn("w:t"))) for p in following}
    assert set(titles) <= opened


def test_tables_have_a_styled_repeating_header_row(pack: Pack, document: Document) -> None:
    tables = [b for b in pack_blocks(pack) if isinstance(b, Table)]
    assert len(document.tables) == len(tables)
    for table, block in zip(document.tables, tables, strict=True):
        assert table.style is not None and table.style.name == TABLE_STYLE
        assert tuple(c.text for c in table.rows[0].cells) == block.headers
        assert len(table.rows) == 1 + len(block.rows)
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        assert table.rows[-1].cells[-1].text == (block.rows[-1][-1] if block.rows else "")


def test_lists_use_list_styles_and_numbering_restarts(pack: Pack, document: Document) -> None:
    lists = [b for b in pack_blocks(pack) if isinstance(b, ListBlock)]
    bullets = sum(len(b.items) for b in lists if not b.ordered and not b.checkboxes)
    ordered = [b for b in lists if b.ordered]
    boxes = sum(len(b.items) for b in lists if b.checkboxes)
    assert len(_styled(document, "List Bullet")) == bullets
    numbered = [
        p for p in document.paragraphs if p.style is not None and p.style.name == "List Number"
    ]
    assert len(numbered) == sum(len(b.items) for b in ordered)
    # One numbering instance per ordered list, so each list counts from 1 again.
    num_ids = Counter(p._p.pPr.numPr.numId.val for p in numbered)
    assert sorted(num_ids.values()) == sorted(len(b.items) for b in ordered)
    checkbox = [t for t in _styled(document, "List Paragraph") if t.startswith("☐ ")]
    assert len(checkbox) == boxes > 0


def test_inline_marks_become_bold_italic_and_code_runs(document: Document) -> None:
    runs = [r for p in document.paragraphs for r in p.runs]
    assert any(r.bold and r.text == "default pack" for r in runs)
    assert any(r.italic and r.text.startswith("Picked because") for r in runs)
    code = [r for r in runs if r.style is not None and r.style.name == "Code"]
    assert any(r.text == "oneos pack your-context.yaml" for r in code)
    assert not any("**" in r.text or "`" in r.text for r in runs)


def test_core_properties_are_fixed_by_the_plan_start(document: Document) -> None:
    props = document.core_properties
    assert props.title == "1:1 Operating System Pack — People manager"
    assert props.author == "oneos"
    assert props.created is not None
    # python-docx 1.1 reads the stamp back without its zone, 1.2 with UTC.
    assert props.created.replace(tzinfo=None) == datetime(2026, 11, 30)
    assert props.modified == props.created


def test_same_pack_same_bytes_across_processes(pack: Pack, data: bytes, tmp_path: Path) -> None:
    # python-docx stamps zip entries with the clock; the writer pins them to the plan start.
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert {i.date_time for i in package.infolist()} == {(2026, 11, 30, 0, 0, 0)}
        assert package.namelist()[0] == "[Content_Types].xml"
    assert render_docx(pack) == data
    command = [sys.executable, "-m", "oneos", "pack", "--start", "2026-11-30", "--format", "docx"]
    first = subprocess.run(command, capture_output=True)
    assert first.returncode == 0, first.stderr
    assert first.stdout == data
    out = tmp_path / "out"
    command = [sys.executable, "-m", "oneos", "pack", "--start", "2026-11-30", "--out", str(out)]
    written = subprocess.run(command, capture_output=True, text=True)
    assert written.returncode == 0, written.stderr
    assert (out / "pack.docx").read_bytes() == data
    assert (out / "pack.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_docx_to_a_terminal_is_refused_with_a_way_out() -> None:
    if sys.platform == "win32":
        pytest.skip("needs a pseudo-terminal")
    import pty

    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "oneos", "pack", "--format", "docx"],
            stdout=follower,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: --format docx:")
    assert "--out" in proc.stderr and "> pack.docx" in proc.stderr


def test_hostile_text_is_kept_as_literal_text() -> None:
    context, _ = oneos.load_context(
        (DATA / "hostile-context.yaml").read_text(encoding="utf-8"), "hostile"
    )
    document = docx.Document(io.BytesIO(render_docx(oneos.build_pack(context, START))))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Shared 1:1 doc: Jo_Ann_Lee" in text
    assert "☐ <script>alert(1)</script>" in text


def test_column_widths_fill_the_line_and_favour_long_text() -> None:
    block = Table(
        ("Person", "Day", "Why"),
        (("Avery", "Tuesday", "New to the team: weekly until about their eighth week " * 3),),
    )
    widths = column_widths(block, 6_000_000)
    assert sum(widths) == 6_000_000
    assert widths[2] > widths[0] and widths[2] > widths[1]
    assert min(widths) >= 68_580 * 8, "room for the longest word of each column"
    short = Table(("A", "B"), (("x", "y"),))
    assert column_widths(short, 1000) == [500, 500]


def _office() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_office() is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_it_to_pdf(data: bytes, tmp_path: Path) -> None:
    source = tmp_path / "pack.docx"
    source.write_bytes(data)
    office = _office()
    assert office is not None
    proc = subprocess.run(
        [
            office,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    pdf = tmp_path / "pack.pdf"
    assert pdf.exists(), proc.stdout + proc.stderr
    head = pdf.read_bytes()
    assert head.startswith(b"%PDF-")
    assert len(head) > 50_000
