"""Step 3b: the barbell — what standing meetings go, and what takes their place."""

from __future__ import annotations

from oneos.content.library import playbooks
from oneos.content.text import phrase
from oneos.design.cadence import CATCH_UP_EVERY_WEEKS, CATCH_UP_MINUTES, CadenceChoice
from oneos.design.context import status_home
from oneos.design.load import cadence_words_of, current_cadence
from oneos.model.context import Context
from oneos.model.pack import Barbell

URGENT_MINUTES = (15, 30)


def plan_barbell(context: Context, choices: tuple[CadenceChoice, ...]) -> Barbell:
    """Compare today's cadence with the plan, person by person, and name the replacements."""
    removed: list[str] = [phrase("barbell-removed-status", home=status_home(context))]
    for choice in choices:
        today = current_cadence(context, choice)
        if today is None:
            continue
        today_rate = today.minutes / today.every_weeks
        if choice.every_weeks > today.every_weeks or choice.minutes_per_week() < today_rate:
            removed.append(
                phrase(
                    "barbell-removed-person",
                    alias=choice.profile.alias,
                    before=phrase(
                        "cadence-words" if today.every_weeks > 1 else "cadence-words-weekly",
                        every=today.every_weeks,
                        minutes=today.minutes,
                    ),
                    after=cadence_words_of(choice),
                )
            )
    for meeting in context.current.standing_meetings:
        removed.append(phrase("barbell-review-meeting", meeting=meeting))
    catch_up_people = tuple(c.profile.alias for c in choices if c.catch_up)
    sla = playbooks().urgent.sla_hours
    replaced = [
        phrase("barbell-catch-up", minutes=CATCH_UP_MINUTES, every=CATCH_UP_EVERY_WEEKS),
        phrase("barbell-urgent", sla=sla, low=URGENT_MINUTES[0], high=URGENT_MINUTES[1]),
        phrase("barbell-async", home=status_home(context)),
    ]
    return Barbell(
        removed=tuple(removed),
        replaced_by=tuple(replaced),
        catch_up_every_weeks=CATCH_UP_EVERY_WEEKS,
        catch_up_minutes=CATCH_UP_MINUTES,
        catch_up_people=catch_up_people,
        urgent_sla_hours=sla,
        urgent_minutes=URGENT_MINUTES,
    )
