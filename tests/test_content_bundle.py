"""The JSON bundles the package reads must match the YAML files people edit."""

from __future__ import annotations

import os

import pytest

from oneos.datafiles import BUNDLE_NAME, FOLDERS, build_bundle


@pytest.mark.parametrize(
    "folder", FOLDERS, ids=[os.path.basename(os.path.dirname(f)) for f in FOLDERS]
)
def test_bundle_is_up_to_date_with_the_yaml_sources(folder: str) -> None:
    with open(os.path.join(folder, BUNDLE_NAME), "rb") as handle:
        assert handle.read() == build_bundle(folder), (
            "a data YAML file changed: run `python -m oneos.datafiles` and commit the bundle"
        )
