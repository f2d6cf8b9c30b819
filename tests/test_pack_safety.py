"""`oneos pack` screens the context first: redirects, crisis guidance, HR flags, privacy."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def pack(tmp_path: Path, yaml_text: str, *args: str) -> subprocess.CompletedProcess[str]:
    context = tmp_path / "context.yaml"
    context.write_text(yaml_text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "oneos", "pack", str(context), "--start", "2026-11-30", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_seed_boundary_example_gets_the_hr_redirect_and_the_offer_but_no_pack(
    tmp_path: Path,
) -> None:
    proc = pack(tmp_path, "notes: I need to document poor performance and start a PIP.\n")
    assert proc.returncode == 3
    assert "No 1:1 pack" in proc.stdout and "## 1. Context" not in proc.stdout
    assert "HR" in proc.stdout
    assert "feedback-plan" in proc.stdout and "expectations-doc" in proc.stdout
    as_json = pack(
        tmp_path,
        "notes: I need to document poor performance and start a PIP.\n",
        "--format",
        "json",
    )
    document = json.loads(as_json.stdout)
    assert document["pack_produced"] is False
    assert document["triage"]["category"] == "hr"
    assert document["triage"]["message"]
    assert document["people"] == []


def test_a_crisis_gets_immediate_guidance_its_own_exit_code_and_no_pack(tmp_path: Path) -> None:
    proc = pack(
        tmp_path,
        "people: [{alias: Kim, notes: 'Kim told me she wants to end her life.'}]\n",
    )
    assert proc.returncode == 4
    assert "## 1. Context" not in proc.stdout
    assert "emergency" in proc.stdout.lower()


def test_a_status_meeting_request_is_redirected_to_team_rituals(tmp_path: Path) -> None:
    proc = pack(tmp_path, "notes: Set up a weekly status meeting cadence for my team.\n")
    assert proc.returncode == 3
    assert "what-goes-where" in proc.stdout


def test_an_hr_owned_matter_only_mentioned_still_gets_a_pack_with_a_boundary(
    tmp_path: Path,
) -> None:
    proc = pack(
        tmp_path,
        "people:\n  - alias: Dana\n    notes: Dana is already on a PIP that HR is running.\n"
        "  - alias: Lee\n",
        "--format",
        "json",
    )
    assert proc.returncode == 0, proc.stderr
    people = {p["alias"]: p for p in json.loads(proc.stdout)["people"]}
    assert "hr-process" in people["Dana"]["flags"]
    assert people["Dana"]["boundary_note"] and "HR" in people["Dana"]["boundary_note"]
    assert people["Dana"]["career_sessions"] == []
    assert "hr-process" not in people["Lee"]["flags"]


def test_sensitive_details_are_warned_about_and_kept_out_of_shared_docs(tmp_path: Path) -> None:
    proc = pack(
        tmp_path,
        "people:\n  - alias: Lee\n    topics: ['Plan the return after her depression treatment']\n"
        "    notes: 'Private: call her at +44 7700 900123'\n",
    )
    assert proc.returncode == 0
    assert "warning: people[0].topics[0]: mental-health" in proc.stderr
    assert "warning: people[0].notes: phone" in proc.stderr
    assert "depression" not in proc.stdout
    assert "7700" not in proc.stdout


def test_anonymize_replaces_names_in_every_output(tmp_path: Path) -> None:
    yaml_text = (
        "people:\n  - {alias: Priya, flags: [passed-over]}\n  - {alias: Marcus}\n"
        "events: [{kind: reorg, date: 2026-11-02, affected: [Priya]}]\n"
        "career: {who: [Priya]}\n"
    )
    out = tmp_path / "out"
    proc = pack(tmp_path, yaml_text, "--anonymize", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    for path in out.rglob("*"):
        if path.is_file() and path.suffix in {".md", ".json", ".html"}:
            text = path.read_text(encoding="utf-8")
            assert "Priya" not in text and "Marcus" not in text, path
    assert (out / "people" / "person-a.md").exists()
