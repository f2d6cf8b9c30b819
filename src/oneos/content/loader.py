"""Load and validate the package's data files once per process.

The YAML files in `oneos/content/data/` are the source people edit. For speed the package
reads one pre-built JSON bundle of them (`bundle.json`, parsed by msgspec's C decoder), so
`oneos pack` does not pay for a YAML parser on every run. `python -m oneos.content.loader`
rebuilds the bundles, and the public-holiday table (`holidays.json`, see
`oneos.model.countries`) from the installed `holidays` package; tests fail when either is
out of date.
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from pathlib import Path

T = TypeVar("T")

# Plain strings: pathlib (with urllib and ipaddress behind it) is slow to import, and a pack
# needs none of it. DATA, SAFETY_DATA and FOLDERS are Paths, made on first use.
DATA_DIR = os.path.join(os.path.dirname(os.path.realpath(__file__)), "data")
SAFETY_DIR = os.path.join(os.path.dirname(os.path.dirname(DATA_DIR)), "safety", "data")
BUNDLE_NAME = "bundle.json"


def __getattr__(name: str) -> Any:
    if name in ("DATA", "SAFETY_DATA", "FOLDERS"):
        from pathlib import Path

        data, safety = Path(DATA_DIR), Path(SAFETY_DIR)
        return {"DATA": data, "SAFETY_DATA": safety, "FOLDERS": (data, safety)}[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def _bundle(folder: str) -> dict[str, Any]:
    import msgspec

    with open(os.path.join(folder, BUNDLE_NAME), "rb") as handle:
        data: dict[str, Any] = msgspec.json.decode(handle.read())
    return data


def read_data(name: str, folder: str | Path = DATA_DIR) -> Any:
    """The parsed content of one data file, e.g. 'questions.yaml' (cached)."""
    folder = os.fspath(folder)
    try:
        return _bundle(folder)[name]
    except KeyError:
        raise KeyError(
            f"{name} is not in {folder}/{BUNDLE_NAME}: run python -m oneos.content.loader"
        ) from None


def load_model(name: str, model: type[T]) -> T:
    """Parse a data file and validate it against a model type (cached per file)."""
    hashable: Any = model  # generic aliases such as tuple[X, ...] hash fine at run time
    return cast(T, _load_model(name, hashable))


@cache
def _load_model(name: str, model: type[Any]) -> Any:
    import msgspec

    try:
        return msgspec.convert(read_data(name), model)
    except msgspec.ValidationError as exc:  # a broken data file is a bug in oneos: say where
        raise ValueError(f"oneos content file {name}: {exc}") from None


def build_bundle(folder: str | Path = DATA_DIR) -> bytes:
    """A folder's bundle as it should be: every YAML file in it, by file name, as JSON."""
    from pathlib import Path

    import msgspec
    import yaml

    folder = Path(folder)

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    files = {
        path.name: yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        for path in sorted(folder.glob("*.yaml"))
    }
    return msgspec.json.format(msgspec.json.encode(files), indent=1) + b"\n"


if __name__ == "__main__":
    from pathlib import Path

    from oneos.model.countries import TABLE, build_table

    for folder in (Path(DATA_DIR), Path(SAFETY_DIR)):
        (folder / BUNDLE_NAME).write_bytes(build_bundle(folder))
        print(f"wrote {folder / BUNDLE_NAME}")
    # Public holidays from the installed `holidays` package, so `pack` need not import it.
    Path(TABLE).write_bytes(build_table())
    print(f"wrote {TABLE}")
