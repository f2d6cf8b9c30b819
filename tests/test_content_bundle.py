"""The JSON bundles the package reads must match the YAML files people edit."""

from __future__ import annotations

import pytest

from oneos.datafiles import BUNDLE_NAME, FOLDERS, build_bundle


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.parent.name for f in FOLDERS])
def test_bundle_is_up_to_date_with_the_yaml_sources(folder: object) -> None:
    from pathlib import Path

    assert isinstance(folder, Path)
    assert (folder / BUNDLE_NAME).read_bytes() == build_bundle(folder), (
        "a data YAML file changed: run `python -m oneos.datafiles` and commit the bundle"
    )
