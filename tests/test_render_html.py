"""pack.html: structure, table of contents, escaping, no fetches, print styles, a real browser."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from msgspec.structs import replace

import oneos
from oneos.model.pack import Pack
from oneos.render.blocks import ListBlock, Table
from oneos.render.html import inline_html, render_html
from oneos.render.layout import DELIVERABLES, pack_blocks

START = date(2026, 11, 30)
DATA = Path(__file__).parent / "data" / "render"
HOSTILE = "<script>alert(1)</script>"


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: list[str] = field(default_factory=list)

    @property
    def content(self) -> str:
        return "".join(self.text).strip()


class Tree(HTMLParser):
    """Every element with its attributes and the text inside it (nested text included)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.open: list[Element] = []
        self.data: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.elements.append(element)
        if tag not in {"meta", "br", "img", "link", "input", "hr"}:
            self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            if self.open.pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        self.data.append(data)
        for element in self.open:
            element.text.append(data)

    def all(self, tag: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag]


def _pack(text: str | None = None) -> Pack:
    context, is_default = oneos.load_context(text)
    return oneos.build_pack(context, START, is_default=is_default)


@pytest.fixture(scope="module")
def pack() -> Pack:
    return _pack()


@pytest.fixture(scope="module")
def html(pack: Pack) -> str:
    return render_html(pack)


@pytest.fixture(scope="module")
def tree(html: str) -> Tree:
    return Tree(html)


def test_is_one_html5_document_with_title_and_language(html: str, tree: Tree) -> None:
    assert html.startswith("<!DOCTYPE html>\n")
    assert tree.all("html")[0].attrs["lang"] == "en"
    assert tree.all("meta")[0].attrs == {"charset": "utf-8"}
    assert tree.all("title")[0].content == "1:1 Operating System Pack — People manager"
    assert len(tree.all("h1")) == 1


def test_one_h2_per_deliverable_in_the_markdown_order(pack: Pack, tree: Tree) -> None:
    markdown_h2 = [
        line[3:] for line in oneos.render_markdown(pack).splitlines() if line.startswith("## ")
    ]
    assert len(markdown_h2) == len(DELIVERABLES)
    assert [h.content for h in tree.all("h2")] == markdown_h2
    sections = [s for s in tree.all("section") if "deliverable" in s.attrs.get("class", "")]
    assert [s.attrs["id"] for s in sections] == [stem for stem, _ in DELIVERABLES]


def test_table_of_contents_links_resolve_to_every_deliverable_and_person_doc(
    pack: Pack, tree: Tree
) -> None:
    ids = [e.attrs["id"] for e in tree.elements if "id" in e.attrs]
    assert len(ids) == len(set(ids)), "ids must be unique"
    nav = tree.all("nav")
    assert len(nav) == 1
    links = [a.attrs["href"] for a in tree.all("a")]
    assert links, "the table of contents has links"
    assert all(href.startswith("#") and href[1:] in ids for href in links)
    expected = [f"#{stem}" for stem, _ in DELIVERABLES] + [f"#doc-{p.slug}" for p in pack.people]
    assert set(expected) <= set(links)
    for person in pack.people:
        heading = next(e for e in tree.elements if e.attrs.get("id") == f"doc-{person.slug}")
        assert heading.tag.startswith("h")
        assert heading.content == f"Shared 1:1 doc: {person.alias}"


def test_every_table_has_a_header_row_matching_its_cells(pack: Pack, html: str) -> None:
    blocks = pack_blocks(pack)
    tables = [b for b in blocks if isinstance(b, Table)]
    found = re.findall(r"<table>(.*?)</table>", html, flags=re.S)
    assert len(found) == len(tables)
    for body, block in zip(found, tables, strict=True):
        assert body.count('<th scope="col">') == len(block.headers)
        assert body.count("<tr>") == 1 + len(block.rows)


def test_checkbox_items_render_as_boxes(pack: Pack, tree: Tree) -> None:
    expected = sum(
        len(b.items) for b in pack_blocks(pack) if isinstance(b, ListBlock) and b.checkboxes
    )
    boxed = [li for li in tree.all("li") if li.content.startswith("☐ ")]
    assert expected > 0
    assert len(boxed) == expected


def test_inline_marks_become_tags_after_escaping() -> None:
    assert str(inline_html("**a** _b_ `c`")) == "<strong>a</strong> <em>b</em> <code>c</code>"
    assert str(inline_html("**<script>**")) == "<strong>&lt;script&gt;</strong>"
    assert str(inline_html("`**not bold**` and `a_b_c`")) == (
        "<code>**not bold**</code> and <code>a_b_c</code>"
    )
    assert str(inline_html('<b>x</b> & "q" Jo_Ann_Lee')) == (
        "&lt;b&gt;x&lt;/b&gt; &amp; &#34;q&#34; Jo_Ann_Lee"
    )
    assert str(inline_html("a * b ** c _ d")) == "a * b ** c _ d"
    assert str(inline_html("_Picked for Jo_Ann._")) == "<em>Picked for Jo_Ann.</em>"


def test_hostile_text_in_the_context_appears_only_escaped() -> None:
    html = render_html(_pack((DATA / "hostile-context.yaml").read_text(encoding="utf-8")))
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 4  # title, h1, roles, topics
    tree = Tree(html)
    assert not tree.all("script") and not tree.all("img")
    assert HOSTILE in "".join(tree.data), "shown to the reader as text"
    assert not any(e.tag == "em" and "Ann" in e.content for e in tree.elements)


def test_an_alias_with_markup_is_escaped_even_if_validation_let_it_through(pack: Pack) -> None:
    # Aliases are validated to letters and digits, so the writer's escaping is the second
    # line of defence: put the hostile alias straight into a built pack.
    person = replace(pack.people[0], alias=HOSTILE, role=HOSTILE)
    hostile = replace(pack, people=(person, *pack.people[1:]))
    html = render_html(hostile)
    assert "<script" not in html.lower()
    assert f"Shared 1:1 doc: {HOSTILE}" in "".join(Tree(html).data)


def test_nothing_is_fetched_and_nothing_runs(html: str, tree: Tree) -> None:
    assert "<script" not in html.lower()
    for element in tree.elements:
        for name, value in element.attrs.items():
            assert not name.startswith("on"), (element.tag, name)
            if name in {"src", "href", "action", "data", "poster", "srcset", "formaction"}:
                assert "http" not in value and "//" not in value, (element.tag, name, value)
    assert not tree.all("link") and not tree.all("img") and not tree.all("iframe")
    style = tree.all("style")[0].content
    assert "url(" not in style and "@import" not in style
    csp = next(m for m in tree.all("meta") if m.attrs.get("http-equiv"))
    assert "default-src 'none'" in csp.attrs["content"]


def test_print_styles_break_the_page_before_each_deliverable(tree: Tree) -> None:
    style = tree.all("style")[0].content
    printing = style[style.index("@media print") :]
    rule = re.search(r"section\.deliverable\s*\{([^}]*)\}", printing)
    assert rule is not None
    assert "break-before: page" in rule.group(1)
    assert "page-break-before: always" in rule.group(1)
    assert "thead { display: table-header-group; }" in printing


def test_same_pack_same_html(pack: Pack, html: str) -> None:
    assert render_html(pack) == html


def test_cli_prints_html_and_out_writes_pack_html(tmp_path: Path, html: str) -> None:
    printed = subprocess.run(
        [sys.executable, "-m", "oneos", "pack", "--start", "2026-11-30", "--format", "html"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout == html
    out = tmp_path / "out"
    written = subprocess.run(
        [sys.executable, "-m", "oneos", "pack", "--start", "2026-11-30", "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert written.returncode == 0, written.stderr
    assert (out / "pack.html").read_text(encoding="utf-8") == html
    assert (out / "pack.md").exists()


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


@pytest.mark.skipif(_chromium() is None, reason="Chromium is not installed")
def test_headless_chromium_renders_a_screenshot(tmp_path: Path, html: str) -> None:
    page = tmp_path / "pack.html"
    page.write_text(html, encoding="utf-8")
    shot = tmp_path / "pack.png"
    browser = _chromium()
    assert browser is not None
    proc = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1200,1600",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 20_000, "a blank page compresses to a few kilobytes"
