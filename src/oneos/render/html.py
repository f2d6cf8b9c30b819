"""pack.html: the pack as one self-contained, printable HTML5 file (no scripts, no fetches)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from oneos.model.pack import Pack
from oneos.render.blocks import Heading, ListBlock, Note, Para, Table
from oneos.render.inline import runs
from oneos.render.outline import outline

if TYPE_CHECKING:
    import jinja2

# Tags around a run, outermost first; only these ever reach the page from block text.
_TAGS = (("code", "code"), ("bold", "strong"), ("italic", "em"))
_KINDS: dict[str, type] = {
    "heading": Heading,
    "para": Para,
    "note": Note,
    "listblock": ListBlock,
    "table": Table,
}


def inline_html(text: str) -> Markup:
    """Block text as safe HTML: every run escaped, then wrapped in its formatting tags."""
    parts: list[str] = []
    for run in runs(text):
        html = str(escape(run.text))
        for flag, tag in reversed(_TAGS):
            if getattr(run, flag):
                html = f"<{tag}>{html}</{tag}>"
        parts.append(html)
    return Markup("".join(parts))


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("oneos.render", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["inline"] = inline_html
    for name, kind in _KINDS.items():
        env.tests[name] = lambda block, kind=kind: isinstance(block, kind)
    return env


def render_html(pack: Pack) -> str:
    """The whole pack as one HTML document, with a table of contents and print styles."""
    return _environment().get_template("pack.html.j2").render(outline=outline(pack))
