"""Golden files: the default pack and every example, byte for byte (`--update-golden` rewrites)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.packs import EXAMPLES, START

import oneos

GOLDEN = Path(__file__).parent / "golden"
CASES = [("default", None), *((p.stem, p) for p in EXAMPLES)]


def files_for(source: Path | None) -> dict[str, str | bytes]:
    text = source.read_text(encoding="utf-8") if source else None
    ctx, is_default = oneos.load_context(text, str(source))
    pack = oneos.build_pack(ctx, START, is_default=is_default)
    # The Word file is binary: test_render_docx reads it back; golden files stay reviewable text.
    return {k: v for k, v in oneos.pack_files(pack).items() if not k.endswith(".docx")}


@pytest.mark.parametrize(("name", "source"), CASES, ids=[c[0] for c in CASES])
def test_pack_matches_golden_files(name: str, source: Path | None, update_golden: bool) -> None:
    folder = GOLDEN / name
    files = files_for(source)
    if update_golden:
        for old in folder.rglob("*"):
            if old.is_file():
                old.unlink()
        for relative, data in files.items():
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            raw = data.encode("utf-8") if isinstance(data, str) else data
            target.write_bytes(raw)
        return
    expected = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    assert expected == set(files), "file list changed: run pytest --update-golden and review"
    for relative, data in files.items():
        raw = data.encode("utf-8") if isinstance(data, str) else data
        assert (folder / relative).read_bytes() == raw, f"{name}/{relative} differs from golden"


def test_examples_cover_the_three_seed_situations() -> None:
    names = {p.stem for p in EXAMPLES}
    assert {"new-manager-time-zones", "meeting-bloat", "post-reorg-director"} <= names
