"""The package's data files, read fast: each data folder ships a JSON bundle of its YAML files.

The YAML files are the source people edit. Reading one pre-built JSON bundle per folder with
msgspec's C decoder spares every command a YAML parser. `python -m oneos.datafiles` rebuilds
the bundles; a test fails when one is out of date with its YAML.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
CONTENT = ROOT / "content" / "data"
SAFETY = ROOT / "safety" / "data"
INTAKE = ROOT / "intake" / "data"
MODEL = ROOT / "model" / "data"
FOLDERS = (CONTENT, SAFETY, INTAKE, MODEL)
BUNDLE_NAME = "bundle.json"


@cache
def _bundle(folder: Path) -> dict[str, Any]:
    import msgspec

    data: dict[str, Any] = msgspec.json.decode((folder / BUNDLE_NAME).read_bytes())
    return data


def read_data(name: str, folder: Path = CONTENT) -> Any:
    """The parsed content of one data file, e.g. 'questions.yaml' (cached)."""
    try:
        return _bundle(folder)[name]
    except KeyError:
        raise KeyError(
            f"{name} is not in {folder}/{BUNDLE_NAME}: run python -m oneos.datafiles"
        ) from None


def build_bundle(folder: Path) -> bytes:
    """A folder's bundle as it should be: every YAML file in it, by file name, as JSON."""
    import msgspec
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    files = {
        path.name: yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        for path in sorted(folder.glob("*.yaml"))
    }
    return msgspec.json.format(msgspec.json.encode(files), indent=1) + b"\n"


if __name__ == "__main__":
    for folder in FOLDERS:
        (folder / BUNDLE_NAME).write_bytes(build_bundle(folder))
        print(f"wrote {folder / BUNDLE_NAME}")
