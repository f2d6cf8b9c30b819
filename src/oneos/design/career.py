"""Step 6: the three career conversations, dated per person, most urgent first."""

from __future__ import annotations

from datetime import date, timedelta

from oneos.content.library import career_guide
from oneos.content.text import phrase
from oneos.design.people import Profile
from oneos.design.schedule import Series, WorkCalendar, next_meeting_day
from oneos.model.context import Context
from oneos.model.pack import CareerKind, CareerSession

KINDS: tuple[CareerKind, ...] = ("life-story", "future-dreams", "career-action-plan")
PRIORITY_FLAGS = ("passed-over", "flight-risk")
NEW_HIRE_DAY = 75  # the first conversation lands between day 60 and day 90
STARTS_PER_WEEK = 2  # new sequences a week, so the manager's calendar absorbs them


def career_order(profiles: tuple[Profile, ...]) -> list[Profile]:
    """Passed-over and flight-risk people first, then everyone else in roster order."""
    return sorted(profiles, key=lambda p: (not any(p.has(f) for f in PRIORITY_FLAGS), p.index))


def start_week(
    profile: Profile, queue_week: int, reassess: date | None, start: date
) -> tuple[int, str]:
    """0-based week of the first conversation and a one-line note on why then."""
    tenure = profile.person.tenure_weeks
    if any(profile.has(f) for f in PRIORITY_FLAGS):
        return 1, phrase("career-note-priority", alias=profile.alias)
    if profile.has("new-hire") or (tenure is not None and tenure < 8):
        days_in = (tenure or 0) * 7
        week = max(queue_week, (NEW_HIRE_DAY - days_in) // 7)
        return week, phrase("career-note-new-hire", alias=profile.alias)
    if profile.track in ("returning", "struggling", "strained") and reassess is not None:
        week = max(queue_week, (reassess - start).days // 7)
        return week, phrase(f"career-note-after-{profile.track}", alias=profile.alias)
    return queue_week, phrase("career-note-queue", alias=profile.alias)


def plan_career(
    context: Context,
    calendar: WorkCalendar,
    profiles: tuple[Profile, ...],
    series: dict[str, Series],
    reassess: dict[str, date | None],
    start: date,
) -> dict[str, tuple[tuple[CareerSession, ...], str]]:
    """Three dedicated 45–60 min sessions, 1–2 weeks apart, never inside a tactical 1:1."""
    guide = career_guide()
    chosen = set(context.career.who) if context.career.who is not None else None
    out: dict[str, tuple[tuple[CareerSession, ...], str]] = {}
    queue_week, started_in_week = 2, 0
    for profile in career_order(profiles):
        alias = profile.alias
        if not context.career.run:
            out[alias] = ((), phrase("career-note-not-run"))
            continue
        if chosen is not None and alias not in chosen:
            out[alias] = ((), phrase("career-note-not-chosen", alias=alias))
            continue
        if profile.has("hr-process"):
            out[alias] = ((), phrase("career-note-hr", alias=alias))
            continue
        priority = any(profile.has(f) for f in PRIORITY_FLAGS)
        week, note = start_week(profile, queue_week, reassess[alias], start)
        if not priority and week == queue_week:
            started_in_week += 1
            if started_in_week >= STARTS_PER_WEEK:
                queue_week, started_in_week = queue_week + 1, 0
        gap = 1 if priority else 2
        day = next_meeting_day(calendar, series[alias].weekday)
        sessions = []
        offset = week
        for kind in KINDS:
            when = calendar.on(start + timedelta(weeks=offset), day)
            while when is None:  # a week with no open day at all: the next week
                offset += 1
                when = calendar.on(start + timedelta(weeks=offset), day)
            offset += gap
            session_guide = guide.session(kind)
            sessions.append(
                CareerSession(
                    kind=kind,
                    date=when,
                    minutes=session_guide.minutes,
                    outputs=session_guide.outputs,
                )
            )
        out[alias] = (tuple(sessions), note)
    return out
