"""`oneos pack` through the real entry point: outputs, files, determinism, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parent.parent


def oneos(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "oneos", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


DELIVERABLES = [
    "## 1. Context + goals",
    "## 2. Cadence + meeting types plan",
    "## 3. Shared 1:1 doc templates",
    "## 4. Coaching toolkit",
    "## 5. Career development conversation plan",
    "## 6. Wellbeing / recovery check-in pattern",
    "## 7. Special-situation playbooks",
    "## 8. Risks / Open questions / Next steps",
]


def test_default_pack_has_the_eight_deliverables_in_order() -> None:
    proc = oneos("pack", "--start", "2026-11-30")
    assert proc.returncode == 0, proc.stderr
    positions = [proc.stdout.index(h) for h in DELIVERABLES]
    assert positions == sorted(positions)
    assert "default pack" in proc.stdout
    assert proc.stdout.count("**Assumption:**") >= 10


def test_default_start_is_the_next_monday() -> None:
    proc = oneos("pack", "--today", "2026-11-27", "--format", "json")
    assert json.loads(proc.stdout)["start"] == "2026-11-30"
    monday = oneos("pack", "--today", "2026-11-30", "--format", "json")
    assert json.loads(monday.stdout)["start"] == "2026-12-07"


def test_json_output_validates_against_the_committed_schema() -> None:
    schema = json.loads((ROOT / "schemas" / "pack.schema.json").read_text())
    for example in [None, *sorted((ROOT / "examples").glob("*.yaml"))]:
        args = ["pack", "--start", "2026-11-30", "--format", "json"]
        proc = oneos(*args, *([str(example)] if example else []))
        assert proc.returncode == 0, proc.stderr
        document = json.loads(proc.stdout)
        jsonschema.validate(document, schema)
        assert document["pack_produced"] is True
        assert document["manager"]["timezone"]
        assert document["people"] and all(p["cadence"]["every_weeks"] for p in document["people"])


def test_pack_schema_file_is_current() -> None:
    proc = oneos("schema", "--pack")
    assert json.loads(proc.stdout) == json.loads(
        (ROOT / "schemas" / "pack.schema.json").read_text()
    )


def test_out_writes_every_file_and_is_byte_identical_across_runs(tmp_path: Path) -> None:
    example = str(ROOT / "examples" / "meeting-bloat.yaml")
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        proc = oneos("pack", example, "--start", "2026-11-30", "--out", str(folder))
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout == ""
    names = sorted(str(p.relative_to(first)) for p in first.rglob("*") if p.is_file())
    assert "pack.md" in names and "pack.json" in names
    assert sum(n.startswith("people/") for n in names) == 9
    assert sum(n[:2].isdigit() for n in names) == 10  # eight deliverables, the pilot, the gate
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_context_from_stdin() -> None:
    proc = oneos(
        "pack", "-", "--start", "2026-11-30", stdin="people: [{alias: Zoe, flags: [new-hire]}]\n"
    )
    assert proc.returncode == 0, proc.stderr
    assert "Shared 1:1 doc: Zoe" in proc.stdout


def test_bad_input_is_one_message_per_problem_and_exit_2_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "people:\n  - alias: A\n    timezone: PTS\n  - alias: B\n    flags: [new-hier]\n"
    )
    proc = oneos("pack", str(bad))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    assert "error: people[0].timezone: 'PTS' is not a time zone" in proc.stderr
    assert (
        "error: people[1].flags[0]: 'new-hier' is not allowed — did you mean new-hire?"
        in proc.stderr
    )


def test_unreadable_inputs_exit_2(tmp_path: Path) -> None:
    cases = {
        "missing": [str(tmp_path / "nope.yaml")],
        "directory": [str(tmp_path)],
        "monday": ["--start", "2026-12-02"],
        "date": ["--start", "next week"],
    }
    (tmp_path / "syntax.yaml").write_text("people: [\n")
    cases["syntax"] = [str(tmp_path / "syntax.yaml")]
    (tmp_path / "latin1.yaml").write_bytes("manager: {role: caf\xe9}".encode("latin-1"))
    cases["encoding"] = [str(tmp_path / "latin1.yaml")]
    for name, args in cases.items():
        proc = oneos("pack", *args)
        assert proc.returncode == 2, (name, proc.stderr)
        assert proc.stderr.startswith("error: "), (name, proc.stderr)
        assert "Traceback" not in proc.stderr, name


def test_out_leaves_nothing_half_written_on_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("people: [{alias: A, stage: nope}]\n")
    out = tmp_path / "out"
    proc = oneos("pack", str(bad), "--out", str(out))
    assert proc.returncode == 2
    assert not out.exists()


def test_a_context_without_people_uses_the_illustrative_team_and_says_so() -> None:
    proc = oneos(
        "pack",
        "-",
        "--start",
        "2026-11-30",
        "--format",
        "json",
        stdin="manager: {role: Team lead}\n",
    )
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)
    assert len(document["people"]) == 5
    assert any("No people were given" in a for a in document["assumptions"])
    assert any("Who are your people" in q for q in document["open_questions"])


def test_written_files_are_private_and_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert oneos("pack", "--start", "2026-11-30", "--out", str(out)).returncode == 0
    assert (out / "pack.md").stat().st_mode & 0o777 == 0o600
    (out / "pack.md").chmod(0o640)
    assert oneos("pack", "--start", "2026-11-30", "--out", str(out)).returncode == 0
    assert (out / "pack.md").stat().st_mode & 0o777 == 0o640
