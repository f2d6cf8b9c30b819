"""Load and validate the package's data files once per process.

The YAML files in `oneos/content/data/` are the source people edit. For speed the package
reads one pre-built JSON bundle of them (`bundle.json`, parsed by msgspec's C decoder), so
`oneos pack` does not pay for a YAML parser on every run. `python -m oneos.content.loader`
rebuilds the bundles, and the public-holiday table (`holidays.json`, see
`oneos.model.countries`) from the installed `holidays` package; tests fail when either is
out of date.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, TypeVar, cast

T = TypeVar("T")

DATA = Path(__file__).resolve().parent / "data"
SAFETY_DATA = DATA.parent.parent / "safety" / "data"
FOLDERS = (DATA, SAFETY_DATA)
BUNDLE_NAME = "bundle.json"


@cache
def _bundle(folder: Path) -> dict[str, Any]:
    import msgspec

    data: dict[str, Any] = msgspec.json.decode((folder / BUNDLE_NAME).read_bytes())
    return data


def read_data(name: str, folder: Path = DATA) -> Any:
    """The parsed content of one data file, e.g. 'questions.yaml' (cached)."""
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


def build_bundle(folder: Path = DATA) -> bytes:
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
    from oneos.model.countries import TABLE, build_table

    for folder in FOLDERS:
        (folder / BUNDLE_NAME).write_bytes(build_bundle(folder))
        print(f"wrote {folder / BUNDLE_NAME}")
    # Public holidays from the installed `holidays` package, so `pack` need not import it.
    Path(TABLE).write_bytes(build_table())
    print(f"wrote {TABLE}")
