"""What the gate looks for about care: wellbeing, special sessions, and harmful instructions.

Same pattern language and normalised text as `lexicon.py`. Harmful rows are `plain=True`:
they count only where no negation stands in the same clause.
"""

from __future__ import annotations

from oneos.gate.lexicon import MINUTES, NEG
from oneos.gate.signals import Signal

S = Signal

WELLBEING = (
    S(
        "energy_check",
        "a joy or energy check-in prompt",
        (
            "energy|joy|enjoy*|drain*|battery|recharg*|spark|scale of|out of (10|ten)"
            "|how are you (really )?(doing|feeling)|highlights?|low points?|lowlights?"
            "|how (they|people|you|your report|everyone)('re| are) (really )?(feeling|doing)",
            r"(1|one) ?(-|–|to) ?(10|ten)\b",
        ),
        scope="wellbeing",
    ),
    S(
        "energy_scale",
        "an energy score (1–10)",
        ("scale of|out of (10|ten)|on a scale", r"(1|one) ?(-|–|to) ?(10|ten)\b|\d+ ?/ ?10\b"),
        scope="wellbeing",
    ),
    S(
        "joy_prompt",
        "a joy prompt (what gave them energy or joy this week)",
        (
            "joy|enjoy*|fun|lit (you|them) up|gave you energy|energi[sz]ed|highlight*"
            "|best (part|moment)|proud|went well",
        ),
        scope="wellbeing",
    ),
    S(
        "activation",
        "one small activation to try (a small change that restores energy)",
        (
            "activation*|small (thing|step|change|experiment|win|habit|action)|recharg*"
            "|one (small )?(thing|change|habit|activity) (to|you could|you'd like to) (try|do"
            "|change)|something (small )?to try|one thing to try",
        ),
        scope="wellbeing",
    ),
    S(
        "respectful",
        "the check-in is optional and respects privacy",
        (
            "optional|can skip|can pass|can decline|can say no|may skip|may pass|may decline"
            "|always pass|can always|never have to (explain|share|answer|say)"
            "|no pressure|opt-out|opt out|never push|don't push|do not push|never pry|don't pry"
            "|do not pry|don't probe|only (share )?what (they|you) (want|choose|are comfortable)"
            "|comfortable sharing|at (their|your) (own )?pace|respect* (their|your) (privacy"
            "|boundaries|answer)|own words|pass on (any|this)|no need to explain",
        ),
        scope="wellbeing",
    ),
    S(
        "not_therapist",
        "a boundary: you are not a therapist and never diagnose",
        (
            "not (a |their |your |the )?(therapist|counsel*|doctor|clinician|psychologist"
            "|medical professional)|never diagnos*|not diagnos*|no diagnos*|don't diagnos*"
            "|do not diagnos*|without diagnos*|avoid diagnos*|not therapy|isn't therapy"
            "|is not therapy|not a therapy|not counsel*",
            "you're not|you are not|managers are not|a manager is not|manager isn't"
            "|you aren't ... therapist|counsel*|doctor|clinician|psychologist",
            "leave|refer ... diagnos*|treatment|medical (advice|questions)",
            f"spot|notice ... risk|signs?|patterns? ... {NEG} ... diagnos*",
        ),
    ),
    S(
        "workload",
        "workload, scope or priorities change when energy stays low",
        (
            "change|adjust|reduc*|cut|lighten*|shift|move|drop|rebalanc*|renegotiat*"
            "|reprioriti[sz]*|re-prioriti[sz]*|depriorit*|take (something|things|work) off"
            "|hand off|pause|delay"
            "|push back|protect ... workload|scope|priorit*|expectations|load|deadlines?|plate"
            "|projects?|on-call|hours|focus time",
            "workload|scope|priorit*|load|deadlines? ... change*|adjust*|reduc*|cut|lighten*"
            "|shift*|rebalanc*|lower*|smaller",
        ),
        scope="wellbeing",
    ),
    S(
        "escalation",
        "escalation guidance (company support, HR, professional help, emergency services)",
        (
            "eap|employee assistance|hr|people team|people partner|hrbp|human resources"
            "|professional (help|support|care|services)|doctor|gp|clinician|counselling service*"
            "|emergency|crisis line|helpline|company polic*|occupational health|911|999|112"
            "|urgent care|mental health (support|services|benefit)",
        ),
        scope="wellbeing crisis",
    ),
    S(
        "risk_signal_plan",
        "persistent low energy treated as a risk signal with a written plan",
        (
            "persistent*|ongoing|several weeks|weeks in a row|in a row|keeps? (coming|showing) "
            "(up|back)|written plan|repeated*|week after week",
        ),
        scope="wellbeing",
    ),
)

SPECIAL = (
    S(
        "listening_first",
        "the post-crisis session is listening first (reflect back, do not defend or explain)",
        (
            f"listen* ... first|before|most|majority|mostly|bulk|{MINUTES}",
            "mostly|just|only|first ... listen*",
            f"{NEG}|resist* ... defend*|explain*|justify*|fix*|solv*|problem-solv*|rebut*|argu*"
            "|debat*|correct*",
            "feel heard|hear (them|people|each person|everyone) out|reflect (back|what)|play back",
        ),
        scope="crisis",
    ),
    S(
        "minute_plan",
        "a minute-by-minute plan for the listening session",
        (MINUTES,),
        scope="crisis",
        min_hits=3,
    ),
    S(
        "crisis_not_status",
        "the listening session is not a status meeting; actions are about support",
        (
            "not a status|no status|not about (status|projects|work updates)|no project updates"
            "|no agenda|only support|support only",
            "actions?|action items|next steps ... only|limited|just ... support|clarity",
            "limit* ... actions?|action items|next steps ... support|clarity",
        ),
        scope="crisis",
    ),
    S(
        "skip_purpose",
        "a stated purpose for skip-levels (signals and org health, coaching, blockers)",
        (
            "purpose|goal*|aim*|why|signal*|org health|team health|health check|pulse"
            "|coaching at a distance|career support|remov* blockers|unblock*|hear (directly|from)"
            "|learn (what|how|about)|listen for|understand (how|what)|culture",
        ),
        scope="skip",
    ),
    S(
        "no_bypass",
        "skip-levels never go around the direct manager",
        (
            f"{NEG}|never a ... bypass*|go* around|going around|undermin*|overrul*|override"
            "|work* around|end-run|over (their|the) (manager|head)|replac* (the|their) "
            "(direct )?manager|conflict* with (the|their) (direct )?manager|second-guess*",
            "manager ... in the loop|informed|first|stays in charge|owns|knows|heads-up|heads up",
            "loop in|brief|inform|debrief|tell ... (the |their )?(direct )?manager",
            "keep ... manager (in the loop|informed|posted)",
            "through (their|the) (direct )?manager",
        ),
        scope="skip",
    ),
    S(
        "themes_not_names",
        "skip-level notes share themes, never names or quotes",
        (
            f"themes?|patterns?|trends? ... {NEG}|only ... names?|quotes?|quoting|attribut*"
            "|who said|individuals|verbatim|people",
            f"{NEG} ... names?|quotes?|quoting|attribut*|who said|verbatim ... themes?|patterns?"
            "|trends?|aggregat*|anonymi[sz]*|summar*",
            "anonymi[sz]* ... themes?|summar*|feedback|notes|input",
            "themes? only|patterns only|only themes?",
        ),
        scope="skip",
    ),
    S(
        "skip_promises",
        "no promises you cannot keep (confidentiality, changes)",
        (
            f"{NEG}|can't|cannot ... promise*|guarantee*|commit* ... confidential*|anything"
            "|changes?|outcomes?|fix*|decisions?|that",
            "confidential*|privacy ... limits?|what you can|honest about|can't|cannot",
            "no commitments?|no promises|make no (promises|commitments)",
        ),
        scope="skip",
    ),
)

HARM = (
    S(
        "harm_status",
        "an instruction to use the 1:1 as the status meeting",
        (
            "1:1s? (is|are|becomes?|doubles? as|serves? as|acts? as|works? as|will be) "
            "(our|the|a|your|my|their|an) ((weekly|main|primary|regular|standing|key) )?(status"
            "|progress|project (update|review|sync)|update|reporting|tracker)",
            "use|run|treat|keep ... 1:1s? (as|for) (a |the |our |your |an )?((weekly|main"
            "|primary) )?(status|progress|project (update|review)|ticket|task (review|list)"
            "|update)",
            "start*|open*|begin*|kick* off ... 1:1s? (with|on|by) (a |the |an |your |our )?"
            "(status|project update*|progress|ticket*|task*|tracker|jira|board|walk-?through"
            "|round of updates)",
            "status (update|round|review|report|check)s?|project updates?|progress updates? ... "
            r"[1-9]\d? ?min*",
        ),
        plain=True,
    ),
    S(
        "harm_pip",
        "an instruction to run a PIP, termination or HR investigation through 1:1 templates",
        (
            "pip|pips|performance improvement plan*|termination*|disciplinary|formal warning*"
            "|written warning*|investigation* ... (in|through|during|via|with|using|into|inside) "
            "(the |a |your |this |our |each |every )?(1:1|template|shared doc|agenda|notes)",
            "use|run|start|manage|handle|conduct|deliver|document|begin|build ... 1:1|template"
            "|shared doc|agenda ... pip|pips|performance improvement plan*|termination*"
            "|disciplinary|formal warning*|case against",
        ),
        plain=True,
    ),
    S(
        "harm_instant_answers",
        "an instruction to hand over answers by default",
        (
            "always ... (give|tell|provide|hand) (them |the report |your report )?(the |an |your )?"
            "(answer|solution|what to do|fix|advice)",
            "by default|default to ... (giv*|tell*|provid*) (them |the report )?(the |an )?"
            "(answer|solution|advice|what to do)",
            "give|tell|provide ... (the )?(answer|solution|fix) (right away|straight away"
            "|immediately|up front|upfront)",
            "your job|manager's job|the manager's role|job as (a |the )?manager ... is to (solve"
            "|fix|answer|give (the )?answers|have (the|all the) answers)",
        ),
        plain=True,
    ),
    S(
        "harm_promise_promotion",
        "a promise of a promotion, raise or title",
        (
            "promise*|guarantee* ... (a |the |them a |their )?(promotion|raise|pay rise|title"
            "|bonus)",
        ),
        plain=True,
    ),
    S(
        "harm_diagnose",
        "an instruction to diagnose or assess someone's mental health",
        (
            "diagnos* ... mental|depress*|anxi*|burn-?out|burnt out|disorder*|condition*|illness*"
            "|adhd|trauma|ptsd|bipolar|what's wrong|what is wrong",
            "assess|evaluate|judge|determine|figure out|work out|decide|tell ... (whether|if) "
            "(they|he|she|the person|the report|your report) (is|are|has|have|might be) "
            "(depress*|anxious|burn*|mentally|ill|sick|clinically)",
            "assess|evaluate|screen ... (their|the report's|your report's) (mental health"
            "|mental state|psychological|state of mind)",
        ),
        plain=True,
    ),
    S(
        "harm_therapist",
        "an instruction to act as the report's therapist",
        (
            "act as|become|play the role of|serve as|be their|be a|be the|step in as ... therapist"
            "|counsel*|psychologist|doctor",
        ),
        plain=True,
    ),
    S(
        "harm_skip_names",
        "an instruction to pass skip-level names or quotes to the manager",
        (
            "share|pass|report|forward|send|give|tell ... names?|who said|quotes?|verbatim"
            "|word for word|exact words|individual comments ... manager|lead|boss",
            "share|pass|report|forward|send|give|tell ... manager|lead|boss ... names?|who said"
            "|quotes?|verbatim|word for word|exact words|individual comments",
            "tell|inform|let ... (the|their|your) (direct )?(manager|lead) (know )?(who said"
            "|exactly who|what each person|which (person|report|people))",
            "quote* ... (by name|attendees|people|individuals|reports|them) ... manager|lead|boss",
        ),
        plain=True,
    ),
    S(
        "harm_confidentiality",
        "a promise of full confidentiality that a manager cannot keep",
        (
            "promise|guarantee|assure ... (full|complete|total|absolute|strict|100%|perfect) "
            "(confidential*|anonymity|secrecy)",
            "everything|anything ... (stays|will stay|is kept) (100% |fully |completely )?"
            "(confidential|secret|off the record)",
        ),
        plain=True,
    ),
)
