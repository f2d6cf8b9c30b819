"""The package's data files, read fast: each data folder ships a JSON bundle of its YAML files.

The YAML files are the source people edit. Reading one pre-built JSON bundle per folder with
msgspec's C decoder spares every command a YAML parser. `python -m oneos.datafiles` rebuilds
the bundles, the public-holiday table (`content/data/holidays.json`, see
`oneos.model.countries`) and the gate's rule table (`gate/rule_table.py`, see
`oneos.gate.signals`); tests fail when any is out of date.
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

# Plain strings: pathlib (with urllib and ipaddress behind it) is slow to import, and a pack
# needs none of it.
ROOT = os.path.dirname(os.path.realpath(__file__))
CONTENT = os.path.join(ROOT, "content", "data")
SAFETY = os.path.join(ROOT, "safety", "data")
INTAKE = os.path.join(ROOT, "intake", "data")
MODEL = os.path.join(ROOT, "model", "data")
FOLDERS = (CONTENT, SAFETY, INTAKE, MODEL)
BUNDLE_NAME = "bundle.json"


@cache
def _bundle(folder: str) -> dict[str, Any]:
    import msgspec

    with open(os.path.join(folder, BUNDLE_NAME), "rb") as handle:
        data: dict[str, Any] = msgspec.json.decode(handle.read())
    return data


def read_data(name: str, folder: str | Path = CONTENT) -> Any:
    """The parsed content of one data file, e.g. 'questions.yaml' (cached)."""
    folder = os.fspath(folder)
    try:
        return _bundle(folder)[name]
    except KeyError:
        raise KeyError(
            f"{name} is not in {folder}/{BUNDLE_NAME}: run python -m oneos.datafiles"
        ) from None


def build_bundle(folder: str | Path) -> bytes:
    """A folder's bundle as it should be: every YAML file in it, by file name, as JSON."""
    from pathlib import Path

    import msgspec
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    files = {
        path.name: yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        for path in sorted(Path(folder).glob("*.yaml"))
    }
    return msgspec.json.format(msgspec.json.encode(files), indent=1) + b"\n"


if __name__ == "__main__":
    from oneos.model.countries import TABLE, build_table

    for folder in FOLDERS:
        target = os.path.join(folder, BUNDLE_NAME)
        with open(target, "wb") as handle:
            handle.write(build_bundle(folder))
        print(f"wrote {target}")
    # Public holidays from the installed `holidays` package, so `pack` need not import it.
    with open(TABLE, "wb") as handle:
        handle.write(build_table())
    print(f"wrote {TABLE}")
    # The gate's rules worked out, so scoring need not parse its patterns.
    from oneos.gate import signals

    with open(signals.TABLE, "wb") as handle:
        handle.write(signals.build_table())
    print(f"wrote {signals.TABLE}")
