"""Triage: the labelled phrase set (precision/recall per category), word sense, HR mentions."""

from __future__ import annotations

import re
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from oneos.errors import InputError
from oneos.safety import (
    OFFER_IDS,
    expectations_doc,
    feedback_plan,
    hr_mentions,
    offer,
    triage,
    what_goes_where_map,
)

DATA = Path(__file__).parent / "data" / "safety" / "triage.yaml"
CATEGORIES = ("crisis", "hr", "status", "none")
SEED_BOUNDARY = "I need to document poor performance and start a PIP"
TRICKY_NEGATIVES = (
    "pip install",
    "killing it",
    "fired up",
    "deadline is killing me",
    "termination of the old status meeting",
    "fire drill",
    "Shoot me a message",
    "execute the plan",
    "kill the weekly status sync",
    "1:1s turn into status updates",
)


def _phrases() -> list[dict[str, Any]]:
    phrases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))["phrases"]
    return phrases


def _confusion() -> tuple[Counter[tuple[str, str]], list[str]]:
    confusion: Counter[tuple[str, str]] = Counter()
    wrong = []
    for phrase in _phrases():
        got = triage(phrase["text"])
        confusion[(phrase["category"], got.category)] += 1
        if got.category != phrase["category"]:
            wrong.append(f"  want {phrase['category']:<6} got {got.category:<6} {phrase['text']!r}")
    return confusion, wrong


def _table(confusion: Counter[tuple[str, str]]) -> tuple[str, dict[str, tuple[float, float]]]:
    scores = {}
    rows = ["want \\ got " + "".join(f"{c:>8}" for c in CATEGORIES) + "  precision  recall"]
    for want in CATEGORIES:
        tp = confusion[(want, want)]
        predicted = sum(confusion[(other, want)] for other in CATEGORIES)
        actual = sum(confusion[(want, other)] for other in CATEGORIES)
        precision = tp / predicted if predicted else 1.0
        recall = tp / actual if actual else 1.0
        scores[want] = (precision, recall)
        cells = "".join(f"{confusion[(want, got)]:>8}" for got in CATEGORIES)
        rows.append(f"{want:<11}{cells}  {precision:>9.3f}  {recall:>6.3f}")
    return "\n".join(rows), scores


def test_the_labelled_set_is_big_and_balanced_enough() -> None:
    phrases = _phrases()
    counts = Counter(p["category"] for p in phrases)
    assert len(phrases) >= 130
    assert all(counts[c] >= 20 for c in CATEGORIES), counts
    texts = " ".join(p["text"] for p in phrases)
    for negative in TRICKY_NEGATIVES:
        assert negative in texts, negative
    assert any(p["text"] == SEED_BOUNDARY and p["category"] == "hr" for p in phrases)
    assert any(p.get("mention") and p["category"] == "none" for p in phrases)


def test_precision_and_recall_are_at_least_95_percent_per_category() -> None:
    confusion, wrong = _confusion()
    table, scores = _table(confusion)
    print("\n" + table)
    low = {c: s for c, s in scores.items() if min(s) < 0.95}
    assert not low, f"\n{table}\nmisread:\n" + "\n".join(wrong)


def test_expected_triggers_and_mentions_are_found() -> None:
    problems = []
    for phrase in _phrases():
        result = triage(phrase["text"])
        if "trigger" in phrase and result.category == phrase["category"]:
            start = phrase["text"].index(phrase["trigger"])
            end = start + len(phrase["trigger"])
            assert result.span is not None
            if not (result.span[0] < end and start < result.span[1]):
                problems.append(f"{phrase['text']!r}: trigger {result.trigger!r}")
        if "mention" in phrase and phrase["mention"] not in [m.person for m in result.mentions]:
            problems.append(f"{phrase['text']!r}: mentions {result.mentions}")
    assert not problems, "\n".join(problems)


def test_the_seed_boundary_example_gets_the_hr_redirect_and_the_offers() -> None:
    result = triage(SEED_BOUNDARY)
    assert result.category == "hr"
    assert not result.pack_allowed
    assert result.trigger is not None and result.trigger in SEED_BOUNDARY
    assert result.span is not None
    assert SEED_BOUNDARY[result.span[0] : result.span[1]] == result.trigger
    assert [o.id for o in result.offers] == ["feedback-plan", "expectations-doc"]
    for needle in ("HR", "legal", "company's process", "feedback conversation plan"):
        assert needle in result.message, needle
    assert "expectations document" in result.message


@pytest.mark.parametrize("negative", TRICKY_NEGATIVES)
def test_tricky_negatives_alone_are_none(negative: str) -> None:
    assert triage(negative).category == "none"
    assert triage(f"The team said: {negative}.").category == "none"


def test_word_sense_flips_with_the_object() -> None:
    assert triage("We fired up the new build server.").category == "none"
    assert triage("I want to fire Sam next week.").category == "hr"
    assert triage("She's killing it in her new role.").category == "none"
    assert triage("He said he would kill himself.").category == "crisis"
    assert triage("Run pip install before the demo.").category == "none"
    assert triage("Put Jo on a PIP.").category == "hr"


def test_precedence_is_crisis_then_hr_then_status() -> None:
    text = (
        "Set up a weekly status meeting cadence for my team. "
        "I need to start a PIP for Alex. "
        "Also, Kim told me she has been thinking about suicide."
    )
    assert triage(text).category == "crisis"
    assert triage(text.rsplit(" Also", 1)[0]).category == "hr"
    assert triage(text.split(" I need", 1)[0]).category == "status"


def test_asking_for_the_hr_process_differs_from_mentioning_one_hr_owns() -> None:
    mentioned = triage("Dana is already on a PIP that HR is running.")
    assert mentioned.category == "none" and mentioned.pack_allowed
    assert [m.person for m in mentioned.mentions] == ["Dana"]
    assert mentioned.mentions[0].trigger in mentioned.mentions[0].sentence
    asked = triage("Help me build a case to fire Sam.")
    assert asked.category == "hr" and not asked.mentions
    assert [m.person for m in hr_mentions("Dana is already on a PIP that HR is running.")] == [
        "Dana"
    ]
    assert hr_mentions("My 1:1s turn into status updates.") == []


def test_status_mentions_are_not_status_requests() -> None:
    assert triage("My 1:1s turn into status updates.").category == "none"
    assert triage("Set up a weekly status meeting cadence for my team.").category == "status"


def test_messages_say_what_the_issue_asks_for() -> None:
    crisis = triage("He told me he wants to kill himself.")
    assert crisis.category == "crisis" and crisis.offers == ()
    first = crisis.message.split("\n\n")[1]
    assert "emergency services" in first  # immediate danger comes first
    for needle in ("crisis line", "employee assistance programme", "HR", "listen", "policy"):
        assert needle in crisis.message, needle
    assert "not their counsellor" in crisis.message
    assert not re.search(r"\d{3}", crisis.message)  # no phone numbers that may be wrong
    status = triage("How often should we hold project status meetings?")
    assert "team" in status.message and "what-goes-where" in status.message
    assert [o.id for o in status.offers] == ["what-goes-where"]
    assert triage("Plan my career conversations.").message


def test_the_offers_are_not_a_pip_and_say_so() -> None:
    for document in (feedback_plan(), expectations_doc()):
        assert document.startswith("# ")
        assert "not a performance improvement plan" in document
        assert "HR process" in document
        assert "{" not in document and "}" not in document  # no YAML slip
    assert feedback_plan("Sam").splitlines()[0] == "# Feedback conversation plan: Sam"
    assert "| Outcome |" in expectations_doc()
    assert "| 1:1 |" in what_goes_where_map()
    assert set(OFFER_IDS) == {"feedback-plan", "expectations-doc", "what-goes-where"}
    assert offer("what-goes-where") == what_goes_where_map()
    with pytest.raises(InputError, match="--offer"):
        offer("pip-template")


def test_the_keyword_prefilter_never_changes_an_answer() -> None:
    for phrase in _phrases():
        fast, full = triage(phrase["text"]), triage(phrase["text"], prefilter=False)
        assert fast == full, phrase["text"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes_and_prefilter_agrees(text: str) -> None:
    result = triage(text)
    assert result.category in CATEGORIES
    if result.span is not None:
        assert text[result.span[0] : result.span[1]] == result.trigger
    assert result == triage(text, prefilter=False)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from([p["text"] for p in _phrases()] + ["İstanbul", "ß", "…", "\n", ";"]),
        max_size=6,
    )
)
def test_mixed_labelled_phrases_agree_with_and_without_prefilter(parts: list[str]) -> None:
    text = " ".join(parts)
    assert triage(text) == triage(text, prefilter=False)


def test_a_2kb_paragraph_triages_in_well_under_a_millisecond() -> None:
    paragraphs = [p["text"] for p in _phrases() if len(p["text"]) > 250]
    text = (" ".join(paragraphs) * 3)[:2048]
    triage(text)
    timings = []
    for _ in range(30):
        start = time.process_time()
        for _ in range(10):
            triage(text)
        timings.append((time.process_time() - start) / 10)
    # Measured at about 0.5 ms on the 2-core dev machine; the bound leaves room for noise.
    assert statistics.median(timings) < 0.003


def test_typographic_apostrophes_read_like_plain_ones() -> None:
    text = "My report said she doesn’t want to be alive anymore."
    result = triage(text)
    assert result.category == "crisis"
    assert result.span is not None and text[result.span[0] : result.span[1]] == result.trigger
    assert "’" in (result.trigger or "")


def test_a_later_bare_reference_to_an_owned_matter_stays_a_mention() -> None:
    text = "Noor is on a PIP run by HR. Keep anything about the PIP out of the templates."
    result = triage(text)
    assert result.category == "none"
    assert [m.person for m in result.mentions] == ["Noor"]
    assert triage(text + " Also, I want to start a PIP for Sam.").category == "hr"
