"""Keep the import direction honest: design and gate never reach for I/O or front ends."""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "oneos"

FORBIDDEN = {
    "design": ("oneos.cli", "oneos.render", "oneos.mcp", "click", "jinja2", "docx", "oneos.api"),
    "gate": ("oneos.cli", "oneos.design", "oneos.render", "oneos.mcp", "click", "jinja2", "docx"),
    "model": ("oneos.cli", "oneos.design", "oneos.render", "oneos.content", "click"),
    "render": ("oneos.cli", "oneos.design", "click"),
    "content": ("oneos.cli", "oneos.design", "oneos.render"),
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_layers_import_only_downwards() -> None:
    bad = []
    for package, forbidden in FORBIDDEN.items():
        for path in (SRC / package).rglob("*.py"):
            for name in imports_of(path):
                if name.startswith(forbidden):
                    bad.append(f"{path.relative_to(SRC)} imports {name}")
    assert not bad, "\n".join(bad)


def test_design_does_no_io() -> None:
    calls = re.compile(
        r"(?<![\w.])(open|print|input)\(|\.(write_text|read_text|write_bytes)\("
        r"|date\.today\(|datetime\.now\("
    )
    for path in (SRC / "design").rglob("*.py"):
        found = calls.search(path.read_text(encoding="utf-8"))
        assert found is None, f"{path.name} calls {found.group(0) if found else ''}"
