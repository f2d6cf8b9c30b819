"""What the gate looks for in a pack's text: one row per signal, in the pattern language.

Read `signals.py` for the language. Patterns match normalised text: lower case, and `1:1`
for one-on-one, 1-on-1, one to one and check-in. Rows marked `plain=True` describe harmful
instructions; they count only where the clause carries no negation, so "never diagnose"
and "this is not a status meeting" are read as the warnings they are.

After changing a pattern here (or in `lexicon_care.py`, `lexicon_people.py`, `topics.py` or
the custom signals), run `python -m oneos.datafiles` to rebuild `rule_table.py`, the
worked-out rules the gate reads at import; a test fails until you do.
"""

from __future__ import annotations

from oneos.gate.signals import Signal

# How often something happens; every alternative starts with a literal, for speed.
FREQ = (
    "weekly|biweekly|bi-weekly|fortnightly|monthly|quarterly|every week|every other week"
    "|every (\\d+|two|three|four|six|eight)([-–]\\d+)? (weeks|months)|every month|every quarter"
    "|every sprint|twice a (week|month|quarter|year)|once a (week|fortnight|month|quarter)"
    "|each week|each month|per week|per month|per quarter"
    "|every (monday|tuesday|wednesday|thursday|friday)|on (mondays|tuesdays|wednesdays"
    "|thursdays|fridays)"
)
NEG = "not|never|no|without|don't|do not|won't|isn't|aren't|avoid*|rather than|instead of"
MINUTES = r"\d+ ?(-|–|to)? ?\d* ?(min|mins|minutes)\b"
LENGTH = MINUTES + "|an hour|half an hour|hour-long|one hour"

S = Signal

PURPOSE = (
    S(
        "purpose_statement",
        "a sentence saying what your 1:1s are for",
        (
            "1:1s? ... is for|are for|is about|are about|is where|are where|is a place|are a place"
            "|is the place|is your time|is their time|are your time|is protected|are protected"
            "|exists? to|exist for|is time for|are time for|is a space|are a space",
            "purpose|point|goal|aim|job ... of (the |our |these |your |a |every |each |this )?1:1",
            "what (the |our |your |these )?1:1s? (is|are) for",
            "use (the |our |your |these )?1:1s? (to|for)",
            "1:1s? (help|helps|let|lets|allow|allows|give|gives|build|builds)",
        ),
    ),
    S(
        "not_for",
        "a line saying what 1:1s are not for (status reports, task lists)",
        (
            "not for|not a|not the|not about|not where|not used for|isn't|aren't|never|no longer"
            "|instead of ... status|progress report*|project update*|updates|task list*"
            "|to-do list*|todo list*|ticket*|reporting|report-outs?",
            "1:1s?|meetings? ... not for|aren't for|isn't for",
            "status|progress report*|project update*|updates ... is not|isn't|are not|aren't"
            "|doesn't belong|don't belong|never|no longer|stays? out|not on",
        ),
        gap=50,
    ),
    S(
        "status_home",
        "status updates have a home outside the 1:1 (team meeting, written update, tracker)",
        (
            "status|progress|project update*|updates ... stand-?up*|standup*|team (meeting|ritual"
            "|sync|channel|call|review)|async*|written update*|weekly update*|tracker|jira|asana"
            "|linear|trello|dashboard|board|slack|sprint (review|planning|demo)|email"
            "|ops review|project review|team thread",
            "stand-?up*|standup*|team meeting|team sync|team ritual|async* (update|channel|note)"
            "|written update*|weekly update*|tracker|dashboard ... status|progress",
        ),
        gap=80,
    ),
    S(
        "channel_map_phrase",
        "a what-goes-where map",
        (
            "what goes where|where (it|things|topics|each topic|stuff|that) (goes|go|belongs?"
            "|lives?)|what belongs where|channel map|right (channel|forum|meeting|place) for"
            "|which (meeting|channel|forum) (for|to use)",
        ),
    ),
    S("assumptions", "assumptions written down and labelled", ("assum*|labelled default*",)),
    S(
        "team_context",
        "a snapshot of the team (how many reports, where and how they work)",
        (
            "reports (across|in|spread)|direct reports|time ?zones?|timezones?|remote|hybrid"
            "|distributed|co-located|colocated|office-based|on-site",
            r"(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (direct )?reports",
        ),
    ),
    S(
        "out_of_scope_hr",
        "HR processes (PIPs, investigations, terminations) sent to HR, not run in 1:1s",
        (
            "pip|pips|performance improvement plan*|investigation*|disciplinary|termination*"
            "|firing|legal (question|matter|issue)* ... hr|legal|people team|people partner"
            "|company process|employee relations|formal process",
            "hr|people team|legal ... pip|pips|performance improvement|investigation*"
            "|disciplinary|termination*",
        ),
    ),
)

CADENCE = (
    S("frequency", "how often standing 1:1s happen", (FREQ,)),
    S(
        "cadence_plan",
        "a cadence: how often and how long you meet (e.g. weekly, 30 minutes)",
        (f"{FREQ} ... {LENGTH}", f"{MINUTES} ... {FREQ}", f"an hour|half an hour ... {FREQ}"),
    ),
    S(
        "new_report_cadence",
        "more frequent 1:1s for someone new (first weeks, onboarding)",
        (
            "new hire*|new report*|new joiner*|new starter*|new to the team|new team member*"
            r"|new manager|onboarding|first \d+ weeks|first (few|four|six|eight|two|three) weeks"
            "|first month|ramp* ... weekly|every week|twice a week|45|60|more often|more frequent*",
            "weekly|every week|twice a week ... new hire*|new report*|new joiner*|new starter*"
            r"|onboarding|first (\d+|few|four|six|eight) weeks",
        ),
        gap=80,
    ),
    S(
        "barbell",
        "a barbell: a monthly relationship catch-up that replaces some standing 1:1s",
        (
            "barbell|relationship catch-?up*|walk-and-talk|walking 1:1*"
            "|monthly (walk|coffee|lunch|catch-?up|relationship)",
            "catch-?up* ... walk|coffee|lunch|no laptop*|no agenda",
            "replac* ... standing|weekly|recurring|regular|biweekly|fortnightly",
            "walk|coffee|lunch ... monthly|once a month|every month|each month",
        ),
    ),
    S(
        "urgent_meeting",
        "an urgent topical meeting for time-sensitive topics",
        (
            "urgent|topical|fast path|fast-path|fast-track|ad-hoc|ad hoc|escalation|hot topic"
            " ... meeting*|1:1|slot*|call*|session*|huddle|chat|sync|conversation",
            "urgent topic*|topical",
        ),
    ),
    S(
        "urgent_sla",
        "a time limit for urgent requests (for example, within 48 hours)",
        (
            r"within (\d+|one|two|three|a|an) ?(business |working )?(h|hrs?|hours?|days?"
            "|minutes)",
            "same-day|same day|next business day|next working day|sla|service level",
            r"(24|48|72) ?(h|hrs?|hours?)\b",
        ),
        scope="urgent",
    ),
    S(
        "skip_cadence",
        "how often skip-levels happen",
        (
            FREQ,
            "once a quarter|twice a year|once a year|every (two|three|six|\\d+) months"
            "|per quarter|each quarter|a quarter",
        ),
        scope="skip",
    ),
    S(
        "load_change",
        "the meeting load before and after the change",
        (
            r"meeting load|1:1 load|calendar load|load|hours per week|hours a week|h/week"
            r"|hrs/week|hours of 1:1s|time in 1:1s ... \d ... \d",
            "before ... after",
        ),
    ),
    S(
        "reassess",
        "a point to review the cadence after a few weeks",
        (
            "reassess*|revisit*|reevaluat*|re-evaluat*|review*|adjust*|recheck*|re-check*"
            "|check again|recalibrat*"
            r" ... (after|in|every|at|for) (the )?(first )?(\d+|two|three|four|six|eight)"
            r"([-–]\d+)? ?weeks",
            r"after (the )?first (\d+|two|three|four|six|eight)([-–]\d+)? ?weeks",
        ),
    ),
    S(
        "cuts_bloat",
        "standing meetings removed or made less frequent",
        (
            "cancel*|drop*|remov*|retir*|cut*|fewer|reduc*|stop*|free* up|sav* ... standing"
            "|weekly|recurring|1:1s|meeting*|calendar|hours|round|sync|catch-?up*",
            "meeting bloat|calendar bloat|overloaded calendar|from weekly to|weekly → |weekly -> ",
        ),
    ),
    S(
        "pilot",
        "a short pilot or trial period",
        (
            "pilot*|trial*|experiment*",
            r"try (this|it|the plan|the new|these) ... (\d+|two|three|four|six|eight) ?weeks",
        ),
    ),
    S(
        "light_touch",
        "something that keeps the system light (short prep, a lightweight template)",
        (
            "lightweight|light-weight|light-touch|light touch|light enough|keep it light"
            "|keep it short|keep it small|keep it simple|sustainable|easy to keep|minimal"
            "|low-effort|low effort|no more than|at most",
            r"(\d+|five|ten|two|three) ?(-|–|to)? ?\d* ?(min|mins|minutes) (of )?(prep"
            "|preparation|to prep|to prepare|before|beforehand)",
            r"prep|preparation|prepare ... (\d+|five|ten|two|three) ?(min|mins|minutes)",
        ),
    ),
)

DOCS = (
    S(
        "shared_doc",
        "a shared 1:1 document",
        (
            "shared (1:1 )?(doc|docs|document|notes?|page|file|notebook|agenda)"
            "|running (doc|document|notes|agenda|page)|living (doc|document)"
            "|1:1 (doc|docs|document|page|notebook|notes)|google doc*|notion page|confluence page",
        ),
    ),
    S(
        "per_person_doc",
        "one shared doc per person or pair",
        (
            "doc* (per|for each|for every|with each) (person|report|direct|pair|relationship"
            "|team member|employee|1:1)|page (per|for each|for every) (person|report|pair)",
            "per[- ](person|report|pair|relationship|direct|employee)",
            "each|every ... (report|person|direct|team member|pair) ... (own|their|a) "
            "(shared |1:1 )*(doc|document|page|notebook)",
        ),
        gap=40,
    ),
    S("agenda", "an agenda", ("agenda*",)),
    S("notes", "a place for notes", ("notes",)),
    S(
        "action_items",
        "action items or next steps",
        (
            "action items?|action points?|next steps?|todo*|to-do list*|to do list*"
            "|follow-?ups?|actions|takeaways|commitments",
        ),
    ),
    S(
        "backlog",
        "a running topics backlog",
        (
            "backlog|parking lot|running (list|topics|agenda)|topics? (list|queue|log|backlog)"
            "|open topics|rolling (list|agenda)|ongoing topics",
        ),
    ),
    S("decisions", "decisions written down", ("decision*|decided",)),
    S(
        "owner_due_rule",
        "each next step has an owner and a due date or checkpoint",
        (
            "owner|owners|owned by|assignee|responsible person ... due|deadline|by when"
            "|checkpoint*|date|target date|when",
            "due date*|due by|deadline|by when|checkpoint* ... owner|owners|assignee|who",
            "who does what by when|who, what, (by )?when|what, who, when|what / who / when",
        ),
    ),
    S(
        "ends_with_next_steps",
        "every meeting ends with written next steps",
        (
            r"end*|close*|closing|wrap*|finish*|last (\d+|few|five|two|ten) min* ... next steps?"
            "|action items?|actions|owners?|written|agree*|recap|summar*|commit*",
            "every (meeting|1:1|session|conversation) (ends|closes|finishes|wraps)",
            "before (you|we) (leave|hang up|close|end|finish)",
            r"next steps?|action items?|actions|recap|wrap-?up ... \d+ ?min*",
        ),
    ),
    S(
        "pre_work_both",
        "pre-work for both sides (both add topics before the meeting)",
        (
            "both|each of you|either of you|you and your report|you and they|manager and report"
            "|report and manager ... add*|prep*|bring*|writ*|put*|list*|prework|pre-work"
            "|agenda|topics?",
            "prework|pre-work|prep ... both|each of you|either of you|you and your report"
            "|manager and report|report and manager",
        ),
        gap=70,
    ),
    S(
        "private_notes_rule",
        "a rule for sensitive content and private notes",
        (
            "private (manager )?notes?|manager-only|manager only notes",
            "sensitive|medical|health (details|information|info)|personal (details|matters"
            "|information) ... not|never|out of|off|keep|stay|only|private|separate",
            "never|don't|do not|not ... write|put|record|note|keep|store ... sensitive|medical"
            "|health|diagnos*|family|personal",
        ),
    ),
)
