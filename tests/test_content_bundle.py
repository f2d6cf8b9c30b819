"""The JSON content bundle the package reads must match the YAML files people edit."""

from __future__ import annotations

from oneos.content.loader import BUNDLE, build_bundle


def test_bundle_is_up_to_date_with_the_yaml_sources() -> None:
    assert BUNDLE.read_bytes() == build_bundle(), (
        "a content YAML file changed: run `python -m oneos.content.loader` and commit bundle.json"
    )
