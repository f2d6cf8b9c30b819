"""What the gate looks for about people: coaching, career, wellbeing, special sessions, harm.

Same pattern language and normalised text as `lexicon.py`.
"""

from __future__ import annotations

from oneos.gate.signals import Signal

S = Signal
MONTH = (
    "(january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
DAY = "(0?[1-9]|[12][0-9]|3[01])"
ADVICE = "answer*|advice|advis*|solution*|tell*|solv*|fix*|suggest*|opinion*"

COACHING = (
    S(
        "questions_first",
        "a rule to ask before you answer (coach, not advisor)",
        (
            f"ask|question* ... before|first|instead of|rather than|over ... {ADVICE}",
            "don't|do not|resist*|avoid*|hold back|hold off|try not|not ... jump*|rush*|giv*"
            "|offer*|hand*|provid*|leap* ... answer*|advice|solution*|fix*",
            r"coach*,? not (an? )?(advis*|fix*|problem[- ]solv*)|coach (vs\.?|versus|or) advis*",
            "questions|curiosity|curious ... before|first|over ... answers|advice|solutions",
            "let|help ... (them|the report|your report) (think|work|figure|solve|find|reason)",
            "their own (answer|solution|thinking|options)",
        ),
    ),
    S(
        "open_questions_rule",
        "a coaching rule such as 'ask open questions' or 'listen more than you talk'",
        (
            "ask open|asking open|use open|open-ended questions|listen more than|ask more than"
            "|stay curious|be curious|curiosity first",
        ),
    ),
    S(
        "options_prompt",
        "a question that makes the report list options",
        (
            "options?|alternatives?|choices|paths|approaches|what else|ways|possibilit*"
            r"|could you (do|try)|could we ... \?",
        ),
    ),
    S(
        "tradeoffs_prompt",
        "a question that makes the report weigh tradeoffs and risks",
        (
            "trade-?offs?|tradeoffs?|risks?|downsides?|costs?|pros and cons|give up"
            r"|what could go wrong|worst case|second-order ... \?",
        ),
    ),
    S(
        "coach_vs_advisor",
        "a prompt to agree whether you coach or advise (which hat)",
        (
            "advice|advis* ... or|vs\\.?|versus ... think*|coach*|sounding board|listen*|vent*"
            "|brainstorm*|explor*|talk it through|questions",
            "think*|coach*|sounding board|listen*|vent* ... or|vs\\.?|versus ... advice|advis*"
            "|answer|opinion|solution|my take",
            r"coach* (vs\.?|versus|or|not) (an? )?advis*",
            "want|need|looking for|prefer ... (my )?(advice|opinion|take|an answer"
            "|a sounding board|to vent|help thinking|me to (listen|solve|decide|weigh in))",
            "which hat|what hat|hat (am i|should i|do you)",
        ),
    ),
    S(
        "smallest_next_step",
        "a prompt for the smallest next step",
        (
            "smallest|small(est)? (next )?step|first step|next step this week|one step|tiny step"
            "|one thing (you|to) (do|try)",
        ),
        scope="coaching",
    ),
    S(
        "disagreement",
        "a way to handle disagreement (their reasoning, what would change their mind)",
        (
            "change (your|their|my) mind|what (data|evidence|would convince)|smallest test"
            "|cheapest test|disagree*|push ?back",
        ),
    ),
    S(
        "independence",
        "a sign of success: the report tries options before escalating",
        (
            "same (problem|issue|question|kind of problem|type of problem)s? ... again|escalat*",
            "escalat* ... again|repeated*|every time|same",
            "on (their|your) own|independen*|self-?suffic*|own (the |their )?(decision|problem"
            "|solution)s?|without (me|my help|the manager|you)|options first|tried (options"
            "|something|a few things) first",
        ),
        scope="coaching",
    ),
)

CAREER = (
    S(
        "life_story",
        "a Life Story conversation (what shaped their choices)",
        (
            "life story|life-story|your story|their story|personal history|story so far"
            "|where (you|they)('ve| have) been|looking back|what shaped|formative"
            "|past (chapters|roles|choices|jobs)|journey so far|career story|career history",
        ),
        scope="career",
    ),
    S(
        "future_dreams",
        "a Future Dreams conversation (several possible long-term futures)",
        (
            "future dreams?|dreams?|long[- ]term (futures?|paths?|visions?|aspirations?|goals?"
            "|direction)|possible futures?|plausible futures?|future (selves|self|paths?"
            "|versions?)|where (you|they) (want|hope|would like|'d like) to (go|be)"
            "|ideal (future|job|role)|aspiration*",
            "(\\d+|five|ten|three) years? (from now|out|ahead|time)",
        ),
        scope="career",
    ),
    S(
        "action_plan",
        "a Career Action Plan conversation",
        (
            "career action plan|action plan|development plan|growth plan|career plan"
            "|individual development plan|idp|growth bets?|plan (session|conversation)",
        ),
        scope="career",
    ),
    S(
        "dedicated_sessions",
        "career conversations as their own 45–60 minute sessions, not inside a tactical 1:1",
        (
            "dedicated|separate|standalone|stand-alone|its own|their own (slot|session|meeting"
            "|time)|own session|own meeting|not (in|during|inside|squeezed|part of|crammed|mixed"
            "|tacked)|never (in|during|inside|squeezed|crammed|mixed|tacked)|outside (of )?"
            "(the |your |a )?(regular|weekly|tactical|usual|normal|standing)"
            "|instead of (a |the |your )?(regular|weekly|usual|standing)",
            "life story|dreams|action plan|career (conversation|session|chat|talk)|session ... "
            r"(45|50|60|75|90) ?(-|–|to)? ?(\d+ )?min*|(one|1|an) hour|hour-long|half a day",
        ),
        scope="career",
    ),
    S(
        "growth_bets",
        "1–3 growth bets",
        (
            "growth bets?|bets?|development goals?|growth goals?|growth areas?|focus areas?"
            "|stretch goals?|skills? to (build|grow|develop|practi[cs]e)",
            "(1|one) ?(-|–|to) ?(3|three) (bets|goals|areas|skills|focus|things)",
        ),
        scope="career",
    ),
    S(
        "practice_loop",
        "a practice loop for each bet (try, get feedback, adjust)",
        (
            "practice loop|practi[cs]e (plan|cycle|weekly|each week|every week|it|this|on|in)"
            "|deliberate practice|feedback loop|shadow*|pair* (with|up)|mentor*|reps"
            "|repetition*",
            "try|practi[cs]e ... then|and ... reflect|review|debrief|get feedback|talk it through",
        ),
        scope="career",
    ),
    S(
        "checkpoints",
        "checkpoints to review progress on the bets",
        (
            "checkpoint*|progress review*|review (progress|the bets?|the plan|it|them)"
            "|revisit (the bets?|the plan|progress)",
            "monthly|every month|each month|quarterly|every quarter|every (\\d+|two|four|six) weeks"
            " ... review*|1:1|check*|look*|revisit*|progress|update*|retro*",
        ),
        scope="career",
    ),
    S(
        "real_work",
        "growth tied to real work (projects, ownership, scope)",
        (
            "real (projects?|work|assignments?|opportunit*|deadlines?)|stretch (projects?"
            "|assignments?|roles?|opportunit*)|on-the-job|assignment*|opportunit(y|ies)",
            "own|lead|ownership of|leading|owning|run|running|drive|driving ... (a |the |an |one )?"
            "(project|initiative|launch|feature|workstream|migration|review|process|rollout|retro"
            "|incident review|hiring|interview*|design|roadmap)",
            "scope|responsibilit* ... increase|change|expansion|grow*|bigger",
            "expand* ... scope|role|remit",
        ),
        scope="career",
    ),
    S(
        "dates",
        "dated checkpoints",
        (
            r"20\d\d-\d\d-\d\d|week \d+|q[1-4]|end of (the )?(month|quarter|year)|by (the )?end of"
            r"|day \d+",
            rf"\b{MONTH}\.? {DAY}\b",
            rf"\b{DAY} {MONTH}\b",
        ),
        scope="career pilot",
    ),
    S(
        "themes_drivers",
        "Life Story themes and motivation drivers",
        ("themes?|motivat*|drivers?|values|what (energi[sz]es|drives|motivates)|through-lines?",),
        scope="career",
    ),
    S(
        "links_back",
        "tactical 1:1s link back to the growth bets",
        (
            "link* (back )?to|tie* (back )?to|tied to|connect* (back )?to|refer* (back )?to"
            "|come back to|map* (back )?to ... bets?|plan|goals?|growth",
            "tactical|regular|weekly|every|each ... 1:1s? ... bets?|growth goals?|career plan"
            "|action plan",
        ),
        scope="career",
    ),
)
