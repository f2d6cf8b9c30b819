"""Screen a whole context before any pack: triage every free text, flag HR-owned matters,
keep sensitive details out of shared docs, and anonymise names on request."""

from __future__ import annotations

from collections.abc import Iterator

from oneos.model.base import Model, replace
from oneos.model.context import Context, Person
from oneos.safety.triage import PRECEDENCE, TriageResult, message, triage

CATEGORY_RANK = {category: rank for rank, category in enumerate(PRECEDENCE)}


class Warning_(Model, frozen=True, kw_only=True):
    """Something the manager should know about their input; the pack still goes ahead."""

    path: str
    text: str


class Screening(Model, frozen=True, kw_only=True):
    """The verdict on a context, and the context to build from."""

    triage: TriageResult
    context: Context
    warnings: tuple[Warning_, ...] = ()

    @property
    def pack_allowed(self) -> bool:
        return self.triage.pack_allowed


def free_texts(context: Context) -> Iterator[tuple[str, str]]:
    """Every free-text field of a context, with its path."""
    singles = {
        "notes": context.notes,
        "status_home": context.status_home,
        "current.format": context.current.format,
        "career.ladder": context.career.ladder,
    }
    for path, text in singles.items():
        if text:
            yield path, text
    lists = {
        "must_cover": context.must_cover,
        "excluded_topics": context.excluded_topics,
        "current.standing_meetings": context.current.standing_meetings,
        "privacy.rules": context.privacy.rules,
    }
    for path, items in lists.items():
        for i, text in enumerate(items):
            yield f"{path}[{i}]", text
    for i, event in enumerate(context.events):
        if event.note:
            yield f"events[{i}].note", event.note
    for i, person in enumerate(context.people):
        if person.notes:
            yield f"people[{i}].notes", person.notes
        for j, topic in enumerate(person.topics):
            yield f"people[{i}].topics[{j}]", topic


def screen(context: Context, text: str | None = None) -> Screening:
    """Triage `text` (the manager's own words, if any) and every free text in the context.

    The most serious category wins (crisis > hr > status). HR matters that are only
    mentioned flag the person they name with `hr-process`. Topics bound for shared docs lose
    sensitive details; every finding becomes a warning naming its field.
    """
    sources = [("text", text)] if text else []
    sources += list(free_texts(context))
    if sources:  # the privacy rules load only when there is text to read
        from oneos.safety.privacy import lint_privacy
    verdict: TriageResult | None = None
    flagged: set[str] = set()
    warnings: list[Warning_] = []
    by_name = {p.alias.lower(): p.alias for p in context.people}
    for path, source in sources:
        result = triage(source)
        if verdict is None or _rank(result) < _rank(verdict):
            verdict = result
        for mention in result.mentions:
            alias = by_name.get((mention.person or "").lower())
            if alias:
                flagged.add(alias)
            else:
                warnings.append(
                    Warning_(path=path, text=f'{message("hr_mention")} ("{mention.trigger}")')
                )
        for finding in lint_privacy(source):
            warnings.append(
                Warning_(
                    path=path,
                    text=f'{finding.category}: "{finding.match}" — {finding.suggestion}',
                )
            )
    if verdict is None:  # nothing to read: no need to load the rules at all
        verdict = TriageResult(
            category="none",
            trigger=None,
            span=None,
            message=message("none"),
            offers=(),
            mentions=(),
            rule=None,
        )
    people = tuple(_screen_person(p, p.alias in flagged) for p in context.people)
    return Screening(
        triage=verdict, context=replace(context, people=people), warnings=tuple(warnings)
    )


def _rank(result: TriageResult) -> int:
    return CATEGORY_RANK.get(result.category, len(PRECEDENCE))


def _screen_person(person: Person, hr_owned: bool) -> Person:
    flags = person.flags
    if hr_owned and "hr-process" not in flags:
        flags = (*flags, "hr-process")
    # Topics are seeded into the doc shared with the person: keep only the work, never
    # health or family details someone typed into a context.
    topics = person.topics
    if topics:
        from oneos.safety.privacy import redact

        topics = tuple(redact(t) for t in topics)
    return replace(person, flags=flags, topics=topics)


def anonymize_context(context: Context) -> Context:
    """Replace every person's alias with a stable one (Person A, B, …) in every field."""
    from oneos.safety.privacy import alias_map, anonymize

    names = alias_map([p.alias for p in context.people])

    def clean(text: str | None) -> str | None:
        return anonymize(text, names) if text else text

    def clean_all(items: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(anonymize(t, names) for t in items)

    people = tuple(
        replace(
            p,
            alias=names[p.alias],
            topics=clean_all(p.topics),
            notes=clean(p.notes),
        )
        for p in context.people
    )
    events = tuple(
        replace(
            e,
            affected=e.affected if e.affected == "all" else tuple(names[a] for a in e.affected),
            note=clean(e.note),
        )
        for e in context.events
    )
    career = replace(
        context.career,
        who=tuple(names[w] for w in context.career.who) if context.career.who else None,
    )
    return replace(
        context,
        people=people,
        events=events,
        career=career,
        notes=clean(context.notes),
        must_cover=clean_all(context.must_cover),
        excluded_topics=clean_all(context.excluded_topics),
        assumptions=clean_all(context.assumptions),
        open_questions=clean_all(context.open_questions),
    )
