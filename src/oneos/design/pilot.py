"""Step 8: a dated 2–4 week pilot, week by week and person by person."""

from __future__ import annotations

from datetime import date, timedelta

from oneos.content.library import pilot_guide
from oneos.design.schedule import WorkCalendar
from oneos.model.pack import PersonPlan, PilotMeeting, PilotPlan, PilotWeek

PROMPTS_PER_WEEK = 3


def plan_pilot(
    weeks: int, start: date, people: tuple[PersonPlan, ...], calendar: WorkCalendar
) -> PilotPlan:
    """Each week's focus, every meeting that falls in it, and the prompts to review it by."""
    guide = pilot_guide()
    focus = guide.focus[str(weeks)]
    schedule = []
    for n in range(1, weeks + 1):
        week_start = start + timedelta(weeks=n - 1)
        week_end = week_start + timedelta(days=4)
        meetings = sorted(
            _meetings(people, week_start, week_start + timedelta(days=6)),
            key=lambda m: (m.date, m.alias),
        )
        if n == weeks:
            prompts = guide.final_review_prompts
        else:
            offset = (n - 1) * PROMPTS_PER_WEEK
            prompts = tuple(
                guide.review_prompts[(offset + i) % len(guide.review_prompts)]
                for i in range(PROMPTS_PER_WEEK)
            )
        schedule.append(
            PilotWeek(
                number=n,
                start=week_start,
                end=week_end,
                focus=focus[n - 1],
                meetings=tuple(meetings),
                review_prompts=prompts,
            )
        )
    end = start + timedelta(weeks=weeks - 1, days=4)
    review = calendar.last_open_day(start + timedelta(weeks=weeks - 1))
    return PilotPlan(
        weeks=weeks,
        start=start,
        end=end,
        schedule=tuple(schedule),
        success_signals=guide.success_signals,
        review_meeting=review,
    )


def _meetings(people: tuple[PersonPlan, ...], first: date, last: date) -> list[PilotMeeting]:
    out: list[PilotMeeting] = []
    for p in people:
        listening = p.listening_session.date if p.listening_session else None
        for day in p.meetings:
            if first <= day <= last and day != listening:
                out.append(PilotMeeting(date=day, alias=p.alias, kind="standing-1-1"))
        for day in p.catch_ups:
            if first <= day <= last:
                out.append(PilotMeeting(date=day, alias=p.alias, kind="monthly-catch-up"))
        if listening and first <= listening <= last:
            out.append(PilotMeeting(date=listening, alias=p.alias, kind="listening-session"))
        for session in p.career_sessions:
            if first <= session.date <= last:
                out.append(PilotMeeting(date=session.date, alias=p.alias, kind="career-session"))
    return out
