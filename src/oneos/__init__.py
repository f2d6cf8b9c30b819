"""oneos: the 1:1 operating system for people managers.

The library is the product; the CLI and the MCP server call these same functions:

    >>> import oneos
    >>> context, _ = oneos.load_context(None)          # the embedded default
    >>> pack = oneos.build_pack(context, start=datetime.date(2026, 11, 30))
    >>> text = oneos.render_markdown(pack)
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = (
    "build_pack",
    "load_context",
    "render_markdown",
    "render_json",
    "render_html",
    "render_docx",
    "pack_files",
    "next_monday",
    "calendar_ics",
    "read_busy",
)


def __getattr__(name: str) -> Any:
    # Imported on first use, so `import oneos` (and `oneos --help`) stays fast.
    if name in _API:
        from oneos import api

        return getattr(api, name)
    raise AttributeError(f"module 'oneos' has no attribute {name!r}")
