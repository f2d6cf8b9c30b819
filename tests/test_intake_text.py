"""Free-text intake: labelled paragraphs, per-field precision/recall, and properties."""

from __future__ import annotations

import os
import re
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from oneos.intake.extraction import _messages, split_sentences
from oneos.intake.numbers import read_quantity
from oneos.intake.text import context_from_text, extract
from oneos.intake.when import find_dates
from oneos.model.base import compact
from oneos.model.context import Context

DATA = Path(__file__).parent / "data" / "intake" / "paragraphs.yaml"
TODAY = date(2026, 11, 18)
CASES: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
HOLDOUT: list[dict[str, Any]] = yaml.safe_load(
    (DATA.parent / "holdout.yaml").read_text(encoding="utf-8")
)
MANAGER_FIELDS = (
    "role",
    "function",
    "org_type",
    "level",
    "experience",
    "timezone",
    "country",
    "working_model",
    "budget_hours_per_week",
    "calendar_utilisation",
    "no_meeting_days",
)
FIELDS = (
    "people",
    "flags",
    "named",
    "roles",
    "zones",
    "tenure",
    "kinds",
    "stages",
    *(f"manager.{f}" for f in MANAGER_FIELDS),
    "cadence",
    "events",
    "skip",
    "failure_modes",
    "goals",
    "pilot_weeks",
    "career_who",
    "career_run",
    "tools",
    "status_home",
    "shared_doc",
    "unrecognised",
)


def _is_placeholder(alias: str) -> bool:
    return re.fullmatch(r"Report [A-Z]\d*", alias) is not None


def predicted(context: Context, data: dict[str, Any]) -> dict[str, Counter[Any]]:
    """Atomic facts per field, from the validated context (and the raw data for what was set)."""
    people = context.people
    out: dict[str, Counter[Any]] = {f: Counter() for f in FIELDS}
    if people:
        out["people"][len(people)] += 1
    for p in people:
        out["flags"].update(p.flags)
        if not _is_placeholder(p.alias):
            out["named"].update((p.alias, f) for f in p.flags)
            out["named"][(p.alias, "*")] += 1
        if p.role:
            out["roles"][p.role] += 1
        if p.timezone:
            out["zones"][p.timezone] += 1
        if p.tenure_weeks is not None:
            out["tenure"][p.tenure_weeks] += 1
        if p.kind != "direct":
            out["kinds"][p.kind] += 1
        if p.stage:
            out["stages"][p.stage] += 1
    manager = data.get("manager", {})
    for name in MANAGER_FIELDS:
        if name in manager:
            value = getattr(context.manager, name)
            out[f"manager.{name}"][_plain(value)] += 1
    if context.current.cadence:
        out["cadence"][(context.current.cadence.every_weeks, context.current.cadence.minutes)] += 1
    out["events"].update((e.kind, e.date.isoformat()) for e in context.events)
    if context.skip_level:
        skip = context.skip_level
        out["skip"][("population", skip.population)] += 1
        given = compact(skip)
        for key in ("goal", "format", "group_size"):
            if key in given:
                out["skip"][(key, getattr(skip, key))] += 1
    out["failure_modes"].update(context.current.failure_modes)
    out["goals"].update(context.goals)
    if context.pilot.weeks is not None:
        out["pilot_weeks"][context.pilot.weeks] += 1
    out["career_who"].update(context.career.who or ())
    if not context.career.run:
        out["career_run"][False] += 1
    if context.tools.docs:
        out["tools"][("docs", context.tools.docs)] += 1
    if context.tools.tracker:
        out["tools"][("tracker", context.tools.tracker)] += 1
    if context.status_home:
        out["status_home"][context.status_home] += 1
    if context.current.shared_doc is not None:
        out["shared_doc"][context.current.shared_doc] += 1
    unused = sum(1 for q in context.open_questions if q.startswith(_prefix("ask-unrecognised")))
    if unused:
        out["unrecognised"][unused] += 1
    return out


def expected(case: dict[str, Any]) -> dict[str, Counter[Any]]:
    exp = case.get("expect", {})
    out: dict[str, Counter[Any]] = {f: Counter() for f in FIELDS}
    if exp.get("people"):
        out["people"][exp["people"]] += 1
    out["flags"].update({k: v for k, v in exp.get("flags", {}).items()})
    for alias, flags in exp.get("named", {}).items():
        out["named"].update((alias, f) for f in flags)
        out["named"][(alias, "*")] += 1
    for key in ("roles", "zones", "kinds", "stages"):
        out[key].update(exp.get(key, {}))
    out["tenure"].update(exp.get("tenure", []))
    for name, value in exp.get("manager", {}).items():
        out[f"manager.{name}"][_plain(value)] += 1
    if exp.get("cadence"):
        out["cadence"][(exp["cadence"]["every_weeks"], exp["cadence"]["minutes"])] += 1
    out["events"].update((e["kind"], str(e["date"])) for e in exp.get("events", []))
    for key, value in (exp.get("skip") or {}).items():
        out["skip"][(key, value)] += 1
    out["failure_modes"].update(exp.get("failure_modes", []))
    out["goals"].update(exp.get("goals", []))
    if "pilot_weeks" in exp:
        out["pilot_weeks"][exp["pilot_weeks"]] += 1
    out["career_who"].update(exp.get("career_who", []))
    if exp.get("career_run") is False:
        out["career_run"][False] += 1
    for key, value in (exp.get("tools") or {}).items():
        out["tools"][(key, value)] += 1
    if "status_home" in exp:
        out["status_home"][exp["status_home"]] += 1
    if "shared_doc" in exp:
        out["shared_doc"][exp["shared_doc"]] += 1
    if exp.get("unrecognised"):
        out["unrecognised"][exp["unrecognised"]] += 1
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _prefix(key: str) -> str:
    """The fixed start of a message template (up to its first blank)."""
    return _messages()[key].split("{")[0].strip()


def _run(case: dict[str, Any]) -> tuple[Context, dict[str, Any]]:
    today = case.get("today", TODAY)
    context, extraction = context_from_text(case["text"], today=today)
    return context, dict(extraction.data)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_paragraph_yields_what_a_reader_would_take_from_it(case: dict[str, Any]) -> None:
    context, data = _run(case)
    got, want = predicted(context, data), expected(case)
    problems = [
        f"{field}: expected {dict(want[field])}, got {dict(got[field])}"
        for field in FIELDS
        if got[field] != want[field]
    ]
    for key in case.get("expect", {}).get("asks", []):
        if not any(q.startswith(_prefix(key)) for q in context.open_questions):
            problems.append(f"open question {key} missing from {context.open_questions}")
    for key in case.get("expect", {}).get("assumes", []):
        if not any(a.startswith(_prefix(key)) for a in context.assumptions):
            problems.append(f"assumption {key} missing from {context.assumptions}")
    assert not problems, "\n".join(problems)


def test_labelled_set_is_large_and_varied() -> None:
    assert len(CASES) >= 32
    assert len({c["id"] for c in CASES}) == len(CASES)
    lengths = sorted(len(c["text"].split()) for c in CASES)
    assert lengths[0] <= 8 and lengths[-1] >= 80


def scores(cases: list[dict[str, Any]]) -> tuple[str, float, float]:
    """Per-field precision/recall over a set: a prediction nobody expected is a false
    positive, an expectation not met is a false negative. Returns the table and the totals."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for case in cases:
        context, data = _run(case)
        got, want = predicted(context, data), expected(case)
        for field in FIELDS:
            tp[field] += sum((got[field] & want[field]).values())
            fp[field] += sum((got[field] - want[field]).values())
            fn[field] += sum((want[field] - got[field]).values())
    lines = [f"{'field':28} {'P':>6} {'R':>6}  tp fp fn"]
    for field in FIELDS:
        p = tp[field] / (tp[field] + fp[field]) if tp[field] + fp[field] else 1.0
        r = tp[field] / (tp[field] + fn[field]) if tp[field] + fn[field] else 1.0
        lines.append(f"{field:28} {p:6.2f} {r:6.2f}  {tp[field]} {fp[field]} {fn[field]}")
    total_tp, total_fp, total_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    precision = total_tp / (total_tp + total_fp)
    recall = total_tp / (total_tp + total_fn)
    lines.append(f"{'ALL':28} {precision:6.2f} {recall:6.2f}  {total_tp} {total_fp} {total_fn}")
    return "\n".join(lines), precision, recall


def test_precision_and_recall_per_field(capsys: pytest.CaptureFixture[str]) -> None:
    table, precision, recall = scores(CASES)
    with capsys.disabled():
        print(f"\nlabelled set ({len(CASES)} paragraphs)\n{table}")
    assert precision >= 0.95 and recall >= 0.95


@pytest.mark.parametrize("batch", [1, 2, 3])
def test_precision_and_recall_on_held_out_paragraphs(
    batch: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """Paragraphs written apart from the rules: the honest estimate, with a floor that
    catches a regression rather than a target to tune towards. Batches 1 and 2 were later
    used to find bugs; batch 3 too, after its first run (see holdout.yaml for first-run scores)."""
    cases = [c for c in HOLDOUT if c.get("batch", 1) == batch]
    table, precision, recall = scores(cases)
    with capsys.disabled():
        print(f"\nheld-out batch {batch} ({len(cases)} paragraphs)\n{table}")
    assert precision >= 0.7 and recall >= 0.6


def test_explain_names_each_fact_with_its_span() -> None:
    text = CASES[3]["text"]
    extraction = extract(text, today=TODAY)
    explained = extraction.explain()
    cadence = next(f for f in extraction.facts if f.field == "current.cadence")
    start, end = cadence.span
    assert text[start:end] == cadence.source
    assert (
        f'[{start}:{end}] "{cadence.source}" → current.cadence = every 1 week, 30 min' in explained
    )
    for fact in extraction.facts:
        if fact.span != (0, 0):
            assert text[fact.span[0] : fact.span[1]] == fact.source


def test_personal_details_never_land_in_shared_topics() -> None:
    for case in CASES:
        context, _ = _run(case)
        assert all(not p.topics for p in context.people), case["id"]
        assert all(p.notes is None for p in context.people), case["id"]


def test_context_from_text_carries_assumptions_and_questions() -> None:
    context, extraction = context_from_text(CASES[3]["text"], today=TODAY)
    assert context.assumptions == extraction.assumptions
    assert context.open_questions == extraction.open_questions


def test_unrecognised_sentences_become_quoted_questions() -> None:
    context, _ = context_from_text(
        "I have 4 reports. The coffee machine on floor three is broken again.", today=TODAY
    )
    assert any("coffee machine" in q for q in context.open_questions)


def test_numbers_dates_and_sentences() -> None:
    assert read_quantity("5-6") is not None and read_quantity("5-6").value == 6  # type: ignore[union-attr]
    assert read_quantity("a couple").value == 2  # type: ignore[union-attr]
    assert read_quantity("~45").approximate  # type: ignore[union-attr]
    assert read_quantity("forty-five").value == 45  # type: ignore[union-attr]
    when = {w.text: w.date for w in find_dates("last month, two weeks ago, in March", TODAY)}
    assert when == {
        "last month": date(2026, 10, 18),
        "two weeks ago": date(2026, 11, 4),
        "in March": date(2026, 3, 15),
    }
    assert [s.text for s in split_sentences("One. Two e.g. three; four\n- five")] == [
        "One.",
        "Two e.g. three",
        "four",
        "five",
    ]


def test_a_thousand_words_read_in_under_twenty_ms() -> None:
    """CPU time, best of seven, each run on a text not seen before so no per-text cache helps.

    The budget is 20 ms. On a shared, busy machine CPU time itself inflates, so the hard
    check is 20 ms only with ONEOS_STRICT_TIMING=1; otherwise a 60 ms ceiling still catches
    an accidental slow path (a quadratic loop, a pattern that backtracks)."""
    words = " ".join(c["text"] for c in CASES).split()
    text = " ".join((words * 3)[:1000])
    extract(text, today=TODAY)  # load tables and compile patterns once per process
    best = min(_timed(f"{text} run{i}") for i in range(7))
    budget = 0.020 if os.environ.get("ONEOS_STRICT_TIMING") else 0.060
    assert best < budget, f"{best * 1000:.1f} ms"


def _timed(text: str) -> float:
    start = time.process_time()
    extract(text, today=TODAY)
    return time.process_time() - start


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_text_yields_a_valid_context(text: str) -> None:
    context, extraction = context_from_text(text, today=TODAY)
    assert isinstance(context, Context)
    for fact in extraction.facts:
        assert 0 <= fact.span[0] <= fact.span[1] <= len(text)


_WORDS = st.sampled_from(
    [
        "I",
        "I'm",
        "have",
        "6",
        "reports",
        "one",
        "two",
        "is",
        "are",
        "new",
        "hire",
        "senior",
        "struggling",
        "passed",
        "over",
        "for",
        "promotion",
        "in",
        "London",
        "PST",
        "EST",
        "weekly",
        "30-minute",
        "1:1s",
        "5",
        "hours",
        "a",
        "week",
        "85%",
        "reorg",
        "last",
        "month",
        "skip-level",
        "~45",
        "engineers",
        "under",
        "them",
        "Priya",
        "Sam",
        "was",
        "my",
        "peer",
        "parental",
        "leave",
        "the",
        "rest",
        "both",
        "another",
        ",",
        ".",
        ";",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=60))
def test_word_salad_of_cues_yields_a_valid_context(words: list[str]) -> None:
    context, _ = context_from_text(" ".join(words), today=TODAY)
    assert isinstance(context, Context)


def test_a_team_described_first_does_not_make_later_situations_look_doubled() -> None:
    from oneos.intake.text import extract

    found = extract(
        "I manage 5 engineers in London; one is a new hire and one was passed over for promotion.",
        today=date(2026, 11, 27),
    )
    flags = [p.get("flags") for p in found.data["people"]]
    assert flags == [["new-hire"], ["passed-over"], None, None, None]
    assert not any("more situations than people" in a for a in found.assumptions)
    two = extract("I have two reports; both are senior and one is new.", today=date(2026, 11, 27))
    assert any("more situations than people" in a for a in two.assumptions)
