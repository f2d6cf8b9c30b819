"""Step 4: each person's shared 1:1 doc, pre-filled: first agenda, backlog and actions."""

from __future__ import annotations

from datetime import date
from functools import cache

from oneos.content.bank import select_agenda
from oneos.content.library import career_guide, people_guide, shared_doc_guide
from oneos.content.text import phrase
from oneos.content.vocabulary import Situation
from oneos.design.people import Profile
from oneos.design.schedule import WorkCalendar
from oneos.model.context import Stage
from oneos.model.pack import ActionItem, CareerSession, ListeningSession

AGENDA_PICKS = 2


def first_agenda(
    profile: Profile, situations: list[Situation], listening: ListeningSession | None, first: date
) -> tuple[str, ...]:
    """The first meeting: working agreements, then 1–2 menu items that fit, then next steps."""
    guide = people_guide()
    if listening is not None and listening.date <= first:
        return (guide.first_meeting_listening,)
    picks = _agenda(tuple(situations), profile.stage)
    return (*guide.first_meeting, *picks, guide.every_meeting_close)


@cache
def _agenda(situations: tuple[Situation, ...], stage: Stage) -> tuple[str, ...]:
    return tuple(i.text for i in select_agenda(situations, stage=stage, limit=AGENDA_PICKS))


def seeded_backlog(profile: Profile, career: tuple[CareerSession, ...]) -> tuple[str, ...]:
    """Their own topics first, then what their situation suggests, then the baseline."""
    guide = people_guide()
    items: list[str] = list(profile.person.topics)
    for flag in profile.person.flags:
        items.extend(guide.flags[flag].backlog)
    if career:
        items.append(phrase("backlog-career", date=career[0].date))
    items.extend(guide.baseline_backlog)
    return tuple(dict.fromkeys(items))


def seeded_actions(
    profile: Profile,
    calendar: WorkCalendar,
    start: date,
    first: date,
    career: tuple[CareerSession, ...],
) -> tuple[ActionItem, ...]:
    """The first action items, so the table starts with real owners and dates."""
    manager = phrase("owner-manager")
    actions = [
        ActionItem(
            action=phrase("action-share-doc", alias=profile.alias),
            owner=manager,
            due=calendar.workday_before(start),
        ),
        ActionItem(
            action=phrase("action-add-topics"),
            owner=profile.alias,
            due=calendar.workday_before(first),
        ),
        ActionItem(
            action=phrase("action-agree-agreements"), owner=phrase("both-of-you"), due=first
        ),
    ]
    if career:
        actions.append(
            ActionItem(
                action=phrase("action-career-prep"),
                owner=profile.alias,
                due=calendar.workday_before(career[0].date),
            )
        )
    return tuple(actions)


def boundary_note(profile: Profile) -> str | None:
    guide = people_guide()
    notes = [
        guide.flags[f].boundary.format(alias=profile.alias)  # type: ignore[union-attr]
        for f in profile.person.flags
        if guide.flags[f].boundary
    ]
    return " ".join(notes) or None


def wellbeing_note(profile: Profile) -> str | None:
    guide = people_guide()
    notes = [guide.flags[f].wellbeing for f in profile.person.flags if guide.flags[f].wellbeing]
    if profile.events:
        notes.append(phrase("wellbeing-after-change"))
    return " ".join(n for n in notes if n) or None


WEEKDAY_NAMES = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}


def cadence_words(every_weeks: int, minutes: int) -> str:
    """'30 min every 2 weeks' / '45 min weekly'."""
    if every_weeks == 1:
        return phrase("weekly-words", minutes=minutes)
    return phrase("every-words", minutes=minutes, every=every_weeks)


def working_agreements(
    *,
    cadence: tuple[int, int],
    weekday: str,
    slot_label: str | None,
    status_home: str,
    sla: int,
    private_notes: str,
    reassess: date | None,
    later: tuple[int, int] | None,
    catch_ups: tuple[date, ...],
    catch_up_minutes: int,
    listening: ListeningSession | None,
    career: tuple[CareerSession, ...],
) -> tuple[str, ...]:
    """The doc's working agreements, with this person's cadence, dates and exceptions."""
    guide = shared_doc_guide()
    blanks = {
        "cadence": cadence_words(*cadence),
        "slot": phrase("agreement-slot-time", slot=slot_label)
        if slot_label
        else phrase("agreement-slot", day=WEEKDAY_NAMES[weekday]),
        "status_home": status_home,
        "sla": sla,
        "private_notes": guide.private_notes[private_notes],
    }
    out = [a.format(**blanks) for a in guide.working_agreements]
    if reassess is not None and later is not None:
        out.append(phrase("agreement-temporary", date=reassess, later=cadence_words(*later)))
    if catch_ups:
        out.append(phrase("agreement-catch-up", minutes=catch_up_minutes, date=catch_ups[0]))
    if listening is not None:
        out.append(phrase("agreement-listening", date=listening.date, minutes=listening.minutes))
    if career:
        titles = {s.kind: s.title for s in career_guide().sessions}
        sessions = ", ".join(
            phrase("career-session-date", title=titles[s.kind], date=s.date) for s in career
        )
        out.append(phrase("agreement-career", sessions=sessions))
    return tuple(out)
