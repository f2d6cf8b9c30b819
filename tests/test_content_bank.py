"""The question bank and agenda menu: every data file validated, and selection by tags."""

from __future__ import annotations

import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any, get_args

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from msgspec import ValidationError, convert

from oneos.content.bank import (
    AgendaItem,
    Question,
    agenda_menu,
    question_bank,
    select_agenda,
    select_questions,
    situation_notes,
)
from oneos.content.checks import (
    NEAR_DUPLICATE,
    agenda_problems,
    banned_phrases,
    near_duplicates,
    question_problems,
    similarity,
)
from oneos.content.vocabulary import (
    PURPOSES,
    SENIORITIES,
    SITUATIONS,
    STAGES,
    THEMES,
    Seniority,
    Situation,
    Stage,
)

DATA = Path(__file__).parent / "data" / "content"
ISSUE_FLOOR = 8  # issue 3: every situation type has at least 8 questions
OUR_FLOOR = 10  # ours: every situation is the home (first tag) of at least 10
# A situation that cannot happen at this stage or seniority: no question need fit it.
CONTRADICTIONS = {("onboarding", "stable"), ("onboarding", "strained")}


def _raw(name: str) -> list[dict[str, Any]]:
    text = resources.files("oneos.content.data").joinpath(name).read_text(encoding="utf-8")
    rows = yaml.safe_load(text)
    assert isinstance(rows, list)
    return rows


# --- schema, ids and tags -------------------------------------------------------------


def test_every_data_file_loads_through_its_model() -> None:
    assert len(question_bank()) >= 220
    assert len(agenda_menu()) >= 40
    assert list(situation_notes()) == list(SITUATIONS)
    assert len(_raw("questions.yaml")) == len(question_bank())
    assert len(_raw("agenda.yaml")) == len(agenda_menu())


@pytest.mark.parametrize(
    ("model", "row", "field"),
    [
        (
            Question,
            {"id": "x-01", "text": "What now for you?", "situations": [], "purpose": "coach"},
            "situations",
        ),
        (
            Question,
            {
                "id": "x-01",
                "text": "What now for you?",
                "situations": ["pased-over"],
                "purpose": "coach",
            },
            "situations",
        ),
        (
            Question,
            {
                "id": "x-01",
                "text": "What now for you?",
                "situations": ["remote"],
                "purpose": "advice",
            },
            "purpose",
        ),
        (
            Question,
            {
                "id": "x-01",
                "text": "What now for you?",
                "situations": ["remote"],
                "stages": ["old"],
                "purpose": "coach",
            },
            "stages",
        ),
        (
            Question,
            {
                "id": "X_1",
                "text": "What now for you?",
                "situations": ["remote"],
                "purpose": "coach",
            },
            "id",
        ),
        (
            Question,
            {
                "id": "x-01",
                "text": "What now for you?",
                "situations": ["remote"],
                "purpose": "coach",
                "note": "extra",
            },
            "note",
        ),
        (AgendaItem, {"id": "x-01", "theme": "gossip", "text": "Anything at all"}, "theme"),
    ],
)
def test_models_reject_unknown_tags_and_fields(
    model: type[Question] | type[AgendaItem], row: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        convert(row, model)
    assert field in str(caught.value)


def test_every_tag_in_the_raw_files_is_from_the_vocabulary() -> None:
    allowed = {"situations": SITUATIONS, "stages": STAGES, "seniority": SENIORITIES}
    bad = [
        (row["id"], key, tag)
        for name in ("questions.yaml", "agenda.yaml")
        for row in _raw(name)
        for key, vocabulary in allowed.items()
        for tag in row.get(key, [])
        if tag not in vocabulary
    ]
    bad += [
        (r["id"], "purpose", r["purpose"])
        for r in _raw("questions.yaml")
        if r["purpose"] not in PURPOSES
    ]
    bad += [(r["id"], "theme", r["theme"]) for r in _raw("agenda.yaml") if r["theme"] not in THEMES]
    assert bad == []


def test_ids_are_unique() -> None:
    for rows in (question_bank(), agenda_menu()):
        counts = Counter(row.id for row in rows)
        assert [key for key, n in counts.items() if n > 1] == []


def test_question_id_is_its_first_situation_and_agenda_id_its_theme() -> None:
    wrong = [q.id for q in question_bank() if q.id.rsplit("-", 1)[0] != q.situations[0]]
    wrong += [i.id for i in agenda_menu() if i.id.rsplit("-", 1)[0] != i.theme]
    assert wrong == []


def test_tags_are_not_repeated_within_a_row() -> None:
    repeated = [
        q.id
        for q in question_bank()
        for tags in (q.situations, q.stages, q.seniority)
        if len(set(tags)) != len(tags)
    ]
    assert repeated == []


# --- coverage ---------------------------------------------------------------------------


def test_every_situation_has_enough_questions() -> None:
    tagged = Counter(s for q in question_bank() for s in q.situations)
    home = Counter(q.situations[0] for q in question_bank())
    assert {s: tagged[s] for s in SITUATIONS if tagged[s] < ISSUE_FLOOR} == {}
    assert {s: home[s] for s in SITUATIONS if home[s] < OUR_FLOOR} == {}


def test_every_purpose_is_well_covered() -> None:
    purposes = Counter(q.purpose for q in question_bank())
    assert purposes["coach"] >= 80
    assert purposes["skip-level"] >= 12
    assert purposes["listening"] >= 12
    assert min(purposes[p] for p in PURPOSES) >= 12
    about_the_manager = [
        q
        for q in question_bank()
        if q.purpose == "feedback" and re.search(r"\b(I|me|my)\b", q.text)
    ]
    assert len(about_the_manager) >= 15, "feedback must go both ways: ask about the manager too"


@pytest.mark.parametrize("situation", SITUATIONS)
def test_every_situation_fits_every_stage_and_seniority(situation: Situation) -> None:
    for stage in get_args(Stage):
        if (situation, stage) not in CONTRADICTIONS:
            assert len(select_questions([situation], stage=stage, limit=20)) >= 5, stage
    for seniority in get_args(Seniority):
        assert len(select_questions([situation], seniority=seniority, limit=20)) >= 5, seniority


def test_skip_level_questions_stay_in_skip_levels() -> None:
    # They speak of "your manager": in a direct report's 1:1 that would be the asker.
    for q in question_bank():
        is_skip = "skip-level" in q.situations or q.purpose == "skip-level"
        if is_skip:
            assert q.situations == ("skip-level",) and q.purpose == "skip-level", q.id


def test_onboarding_questions_are_for_new_relationships() -> None:
    assert all(q.stages == ("new",) for q in question_bank() if q.situations[0] == "onboarding")


def test_returning_from_leave_never_asks_why_they_were_away() -> None:
    asks_why = [
        q.id
        for q in question_bank()
        if "returning-from-leave" in q.situations and re.search(r"\b(why|reason)", q.text, re.I)
    ]
    assert asks_why == []


# --- house style ------------------------------------------------------------------------


def test_every_question_meets_house_style() -> None:
    problems = {q.id: found for q in question_bank() if (found := question_problems(q.text))}
    assert problems == {}


def test_every_agenda_line_and_situation_note_meets_house_style() -> None:
    problems = {i.id: found for i in agenda_menu() if (found := agenda_problems(i.text))}
    problems |= {
        note.situation: [c for c, _ in banned_phrases(note.summary + " " + note.why)]
        for note in situation_notes().values()
        if banned_phrases(note.summary + " " + note.why)
    }
    assert problems == {}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("What's your bandwidth this sprint?", "jargon"),
        ("Can we circle back on the roadmap with you?", "jargon"),
        ("How does that make you feel?", "therapy language"),
        ("What triggered you in that meeting?", "therapy language"),
        ("How can you process your emotions about it?", "therapy language"),
        ("How is your health holding up?", "health or family details"),
        ("How are your kids coping with your hours?", "health or family details"),
        ("Don't you think the plan is good?", "leading question"),
        ("What went well, and what would you change?", "more than one question"),
        ("What went well? What would you change?", "more than one question"),
        ("Tell me about your week.", "does not end with '?'"),
        ("What did the team ship this week?", "is not addressed"),
        ("Why?", "words"),
        ("What " + "very " * 20 + "big thing worries you?", "words"),
    ],
)
def test_style_check_catches_each_kind_of_problem(text: str, problem: str) -> None:
    assert any(problem in found for found in question_problems(text)), question_problems(text)


def test_style_check_passes_a_good_question() -> None:
    assert question_problems("What's the smallest step you could take before we next meet?") == []


def test_every_agenda_theme_has_at_least_three_items() -> None:
    themes = Counter(item.theme for item in agenda_menu())
    assert {t: themes[t] for t in THEMES if themes[t] < 3} == {}
    assert sum(1 for item in agenda_menu() if not item.situations) >= 3, "general fallback"


# --- near-duplicates --------------------------------------------------------------------


def test_no_near_duplicate_questions() -> None:
    assert near_duplicates([(q.id, q.text) for q in question_bank()]) == []
    assert near_duplicates([(i.id, i.text) for i in agenda_menu()]) == []


def test_near_duplicate_check_on_labelled_pairs() -> None:
    pairs = yaml.safe_load((DATA / "near_duplicates.yaml").read_text(encoding="utf-8"))
    flagged = [(p, similarity(p["a"], p["b"]) >= NEAR_DUPLICATE) for p in pairs]
    tp = sum(1 for p, hit in flagged if hit and p["duplicate"])
    fp = sum(1 for p, hit in flagged if hit and not p["duplicate"])
    fn = sum(1 for p, hit in flagged if not hit and p["duplicate"])
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(
        f"near-duplicates at {NEAR_DUPLICATE}: precision {precision:.2f} recall {recall:.2f}"
        f" ({tp} caught, {fp} false alarms, {fn} missed of {len(pairs)} pairs)"
    )
    assert precision == 1.0
    assert recall >= 0.8


def test_near_duplicates_names_the_pair() -> None:
    rows = [
        ("a-01", "What skill would you most like to build this year?"),
        ("b-01", "Which skill would you most like to build over this year?"),
        ("c-01", "What gave you a bit of joy at work this week?"),
    ]
    assert [(a, b) for a, b, _ in near_duplicates(rows)] == [("a-01", "b-01")]


# --- selection --------------------------------------------------------------------------


def test_selection_differs_where_people_differ() -> None:
    passed_over = select_questions(["passed-over", "career-growth"])
    new_hire = select_questions(["onboarding"], stage="new")
    assert len(passed_over) == len(new_hire) == 8
    assert {q.id for q in passed_over}.isdisjoint(q.id for q in new_hire)
    assert {"career", "listening"} <= {q.purpose for q in passed_over}
    assert all("onboarding" in q.situations for q in new_hire)
    assert len({q.purpose for q in new_hire}) >= 3


def test_first_situation_leads_and_the_bank_opener_comes_first() -> None:
    chosen = select_questions(["strained", "feedback"], stage="strained", limit=4)
    assert chosen[0].id == "strained-01"
    assert "feedback" in chosen[1].situations


@pytest.mark.parametrize("situation", SITUATIONS)
def test_each_situation_opens_with_its_own_first_question(situation: Situation) -> None:
    own = next(q for q in question_bank() if q.situations[0] == situation)
    assert select_questions([situation], limit=1) == [own]


def test_listening_situations_stay_mostly_listening() -> None:
    chosen = select_questions(["after-change"], limit=8)
    purposes = Counter(q.purpose for q in chosen)
    assert purposes["listening"] >= 5 and len(purposes) >= 2


def test_shared_questions_are_not_repeated() -> None:
    # passed-over-02 and -08 carry both situations
    chosen = select_questions(["passed-over", "career-growth"], limit=60)
    assert len(chosen) == len({q.id for q in chosen})
    assert {"passed-over-02", "passed-over-08"} <= {q.id for q in chosen}


def test_filters_are_firm() -> None:
    assert select_questions(["onboarding"], stage="stable") == []
    chosen = select_questions(["delegation"], seniority="junior", limit=30)
    assert chosen and all(not q.seniority or "junior" in q.seniority for q in chosen)
    only = select_questions(["passed-over"], purposes=["listening"], limit=30)
    assert only and {q.purpose for q in only} == {"listening"}


def test_selection_is_deterministic_and_limits_hold() -> None:
    args: list[Situation] = ["remote", "wellbeing", "remote"]
    assert select_questions(args) == select_questions(args)
    assert select_questions(args, limit=0) == []
    assert select_questions([]) == []
    assert len(select_questions(args, limit=3)) == 3


situations_st = st.lists(st.sampled_from(get_args(Situation)), max_size=6)
stage_st = st.none() | st.sampled_from(get_args(Stage))
seniority_st = st.none() | st.sampled_from(get_args(Seniority))


@settings(max_examples=150, deadline=None)
@given(
    situations=situations_st,
    stage=stage_st,
    seniority=seniority_st,
    purposes=st.none() | st.sets(st.sampled_from(PURPOSES)),
    limit=st.integers(min_value=-2, max_value=30),
)
def test_any_person_gets_unique_fitting_questions(
    situations: list[Situation],
    stage: Stage | None,
    seniority: Seniority | None,
    purposes: set[Any] | None,
    limit: int,
) -> None:
    chosen = select_questions(
        situations, stage=stage, seniority=seniority, purposes=purposes, limit=limit
    )
    assert len(chosen) <= max(limit, 0)
    assert len({q.id for q in chosen}) == len(chosen)

    def fits(q: Question) -> bool:
        return (
            bool(set(q.situations) & set(situations))
            and (not (stage and q.stages) or stage in q.stages)
            and (not (seniority and q.seniority) or seniority in q.seniority)
            and (purposes is None or q.purpose in purposes)
        )

    assert all(fits(q) for q in chosen)
    fitting = [q for q in question_bank() if fits(q)]
    assert len(chosen) == min(max(limit, 0), len(fitting)), "fills up to the limit"
    if chosen:
        first = next(s for s in situations if any(s in q.situations for q in fitting))
        assert first in chosen[0].situations, "the first situation with a fit goes first"


# --- agenda -----------------------------------------------------------------------------


def test_agenda_follows_the_person() -> None:
    new_hire = select_agenda(["onboarding"], stage="new")
    assert new_hire[0].theme == "onboarding"
    assert all("onboarding" in item.situations for item in new_hire)
    passed_over = select_agenda(["passed-over", "career-growth"])
    assert passed_over[0].id == "growth-04"
    assert {i.id for i in new_hire}.isdisjoint(i.id for i in passed_over)


def test_agenda_prefers_different_themes_and_falls_back_to_general_items() -> None:
    chosen = select_agenda(["disagreement", "remote"])
    assert len({item.theme for item in chosen}) == 3
    general = select_agenda([])
    assert len(general) == 3 and all(not item.situations for item in general)
    few = select_agenda(["returning-from-leave"], limit=2)
    assert [("returning-from-leave" in item.situations) for item in few] == [True, True]


def test_agenda_stage_filter_and_limits() -> None:
    assert all(
        not item.stages or "stable" in item.stages
        for item in select_agenda(["onboarding", "strained"], stage="stable")
    )
    for bad in (0, 4):
        with pytest.raises(ValueError, match="1 to 3"):
            select_agenda(["remote"], limit=bad)


@settings(max_examples=100, deadline=None)
@given(situations=situations_st, stage=stage_st, limit=st.integers(min_value=1, max_value=3))
def test_any_person_gets_one_to_three_agenda_items(
    situations: list[Situation], stage: Stage | None, limit: int
) -> None:
    chosen = select_agenda(situations, stage=stage, limit=limit)
    assert len(chosen) == limit
    assert len({item.id for item in chosen}) == len(chosen)
    for item in chosen:
        assert not item.situations or set(item.situations) & set(situations)
        assert not (stage and item.stages) or stage in item.stages


# --- documentation ----------------------------------------------------------------------


def test_docs_describe_every_situation_with_its_summary() -> None:
    docs = (Path(__file__).parent.parent / "docs" / "content.md").read_text(encoding="utf-8")
    missing = [
        note.situation
        for note in situation_notes().values()
        if f"`{note.situation}`" not in docs or note.summary not in docs
    ]
    assert missing == []
    for word in (*PURPOSES, *STAGES, *SENIORITIES, *THEMES):
        assert f"`{word}`" in docs, word
