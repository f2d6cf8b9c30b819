"""oneos.safety imports only the stdlib, msgspec, the model base, the data loader and errors."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import oneos.safety

ALLOWED = {
    "msgspec",
    "oneos.errors",
    "oneos.safety",
    "oneos.model",
    "oneos.datafiles",
}


def test_safety_imports_stay_inside_its_allowance() -> None:
    root = Path(oneos.safety.__file__).parent
    bad = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                allowed = any(name == a or name.startswith(a + ".") for a in ALLOWED)
                if not (allowed or top in sys.stdlib_module_names or top == "__future__"):
                    bad.append(f"{path.name}: {name}")
    assert not bad, bad


def test_safety_data_files_ship_in_the_package() -> None:
    from importlib import resources

    data = resources.files("oneos.safety").joinpath("data")
    names = {p.name for p in data.iterdir()}
    assert {"triage.yaml", "privacy.yaml", "messages.yaml", "offers.yaml", "bundle.json"} <= names
