"""The words intake listens for: situations, roles, events, failure modes, goals and tools."""

from __future__ import annotations

import re
from functools import cache

from oneos.intake.rx import Rx, rx

# Situations a person can be in (the Flag vocabulary), as people describe them. Each pattern
# is read inside one subject's stretch of text ("one is …", "Priya was …").
FLAG_CUES: tuple[tuple[str, str], ...] = (
    (
        "new-hire",
        r"\bnew[- ](?:hire|joiner|starter|grad|graduate|recruit)s?\b|\bnewly hired\b"
        r"|\b(?:just|recently|only just) (?:joined|started|been hired|came on board)\b"
        r"|\bjoined (?:us |the team |the company )?(?:last|this|in|on|\d|a |an |one |two |three "
        r"|four |five |six |a couple)"
        r"|\bstart(?:s|ed|ing)? (?:on |this |next |last |in )?(?:monday|tuesday|wednesday"
        r"|thursday|friday|week|month|\d)"
        r"|\b(?:is|are|'s|’s) (?:brand |very |still |pretty |quite )?new\b(?!\s+to\s+(?:the\s+"
        r"|their\s+|his\s+|her\s+)?(?:role|job\s+title|management|managing|leading|people))"
        r"|\b(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|[4-9]th) (?:week|month)\b"
        r"|\bweek \d{1,2}\b"
        r"|\bstill onboarding\b|\bonboarding\b|\bramping up\b|\bstill ramping\b"
        r"|\b\d{1,2} weeks in\b"
        r"|\bstarted\s+(?:a|one|two|three|four|five|six|seven|eight|\d{1,2}|a\s+couple\s+of"
        r"|a\s+few)\s+(?:days?|weeks?|months?)\s+ago\b"
        r"|\bnewly qualified\b|(?-i:\bNQT\b)|\bfirst term\b|\b(?:just|recently)\s+hired\b"
        r"|\bstarts?\s+(?:in|on|next)\b",
    ),
    (
        "senior",
        r"\b(?:very |quite |really )?(?:senior|senoir|snr)\b(?! (?:leader|leadership|management"
        r"|manager|director|vp|exec))"
        r"|\bstaff[- ]level\b|\bprincipal[- ]level\b|\blow[- ]maintenance\b"
        r"|\bself[- ](?:sufficient|directed|starters?|managing|driven)\b|\bindependent\b"
        r"|\bautonomous\b"
        r"|\bvery experienced\b|\bseasoned\b|\bveterans?\b|\brun(?:s)? (?:things "
        r"|their area )?on (?:their|his|her) own\b"
        r"|\bneeds? (?:very )?little (?:from me|management|direction|hand-?holding|oversight)\b",
    ),
    (
        "struggling",
        r"\bstrugg?l\w*|\bunder-?perform\w*|\bhaving a (?:hard|tough|rough) time\b"
        r"|\bfalling behind\b"
        r"|\b(?:overwhelmed|drowning|not coping|burn(?:ed|t|ing)? ?out|burnout)\b"
        r"|\bmissing deadlines\b"
        r"|\bcan'?t keep up\b|\bneeds? (?:a lot of|lots of|more) (?:support|help|guidance)\b",
    ),
    (
        "passed-over",
        r"\bpassed over\b|\b(?:didn'?t|did not|failed to|wasn'?t able to) get (?:the |a |their "
        r"|his |her )?promot\w*"
        r"|\b(?:missed|lost) out on (?:a |the |their )?promotion\b|\bpromotion (?:was "
        r"|got )?(?:denied|rejected|turned down|declined)\b"
        r"|\b(?:wasn'?t|was not|weren'?t|were not|not) promoted\b|\bskipped (?:over )?for (?:a "
        r"|the )?promotion\b"
        r"|\bsomeone else got (?:the|their) (?:promotion|role|job)\b",
    ),
    (
        "strained",
        r"\bstrained\b|\btense\b|\bfriction\b|\brocky\b|\b(?:don'?t|do not|doesn'?t"
        r"|does not) trust (?:me|us)\b"
        r"|\bclash(?:es|ed|ing)?\b|\bdifficult relationship\b|\b(?:don'?t|do not) get (?:along"
        r"|on)\b"
        r"|\b(?:upset|angry|frustrated|annoyed) with me\b|\brelationship (?:is|has been) (?:hard"
        r"|difficult|bad|poor|rough)\b",
    ),
    (
        "returning-from-leave",
        r"\b(?:back|returning|returns?|returned|coming back|comes back|came back"
        r"|is back) from (?:a |her |his |their |an )?(?:\w+[- ]){0,2}leave\b"
        r"|\b(?:parental|maternity|paternity|medical|sick|long-term|extended|adoption) leave\b"
        r"|\bsabbatical\b",
    ),
    (
        "flight-risk",
        r"\bflight risk\b|\b(?:might|may|could|is going to|about to|thinking (?:of|about)"
        r"|considering) (?:leave|leaving|quit|quitting|resign)\b"
        r"|\binterviewing (?:elsewhere|with other|at other|outside)\b|\blooking (?:around"
        r"|elsewhere|for (?:a |another )?(?:new )?job)\b"
        r"|\b(?:got|has|have) (?:an|another) (?:outside |external )?offer\b|\b(?:retention"
        r"|attrition) risk\b|\brisk of leaving\b"
        r"|\bdisengaged\b|\bchecked out\b",
    ),
    (
        "hr-process",
        r"(?-i:\bPIP\b)|\bperformance improvement plan\b|\bperformance plan\b|\binvestigation\b"
        r"|\bdisciplinary\b"
        r"|\bformal warning\b|\bwritten warning\b|\bgrievance\b|\bHR (?:case|process"
        r"|is involved)\b",
    ),
    (
        "former-peer",
        r"\b(?:was|were|used to be) (?:my |a |one of my )?(?:peer|teammate|team-mate|colleague"
        r"|co-?worker)s?\b"
        r"|\bformer (?:peer|teammate|colleague)s?\b|\bex-peers?\b|\bwe were peers\b"
        r"|\bpromoted over (?:them|him|her)\b"
        r"|\bmy peer until\b",
    ),
    (
        "new-to-role",
        r"\b(?:just|recently|newly) (?:been )?promoted\b|\bnew (?:to|in) (?:the|their|his"
        r"|her) role\b"
        r"|\b(?:moved|switched|transferred) (?:into|to) (?:a |the )?new role\b|\bstepped up (?:as"
        r"|to|into)\b"
        r"|\bchanged roles?\b|\bnew (?:tech |team )?lead\b"
        r"|\b(?:brand\s+)?new\s+to\s+(?:managing|management|leading|people\s+management"
        r"|the\s+role|their\s+role)\b",
    ),
)

SENIORITY_WORDS: dict[str, str] = {
    "junior": "junior",
    "graduate": "junior",
    "entry-level": "junior",
    "mid": "mid",
    "mid-level": "mid",
    "mid level": "mid",
    "intermediate": "mid",
    "senior": "senior",
    "staff": "lead",
    "principal": "lead",
    "lead": "lead",
}
SENIORITY = (
    r"(?P<seniority>junior|graduate|entry-level|mid[- ]level|mid|intermediate|senior"
    r"|staff|principal|lead)"
)

# Role nouns: singular or plural form -> the role name written into the context.
ROLE_NOUNS: dict[str, str] = {
    "engineer": "Engineer",
    "software engineer": "Software engineer",
    "developer": "Developer",
    "devs": "Developer",
    "programmer": "Developer",
    "architect": "Architect",
    "data scientist": "Data scientist",
    "scientist": "Scientist",
    "analyst": "Analyst",
    "product manager": "Product manager",
    "product owner": "Product owner",
    "project manager": "Project manager",
    "program manager": "Program manager",
    "programme manager": "Programme manager",
    "engineering manager": "Engineering manager",
    "manager": "Manager",
    "team lead": "Team lead",
    "tech lead": "Tech lead",
    "designer": "Designer",
    "researcher": "Researcher",
    "writer": "Writer",
    "editor": "Editor",
    "journalist": "Journalist",
    "producer": "Producer",
    "marketer": "Marketer",
    "recruiter": "Recruiter",
    "sales rep": "Sales rep",
    "account executive": "Account executive",
    "account manager": "Account manager",
    "customer success manager": "Customer success manager",
    "support agent": "Support agent",
    "support engineer": "Support engineer",
    "agent": "Agent",
    "nurse": "Nurse",
    "teacher": "Teacher",
    "accountant": "Accountant",
    "lawyer": "Lawyer",
    "paralegal": "Paralegal",
    "consultant": "Consultant",
    "coordinator": "Coordinator",
    "specialist": "Specialist",
    "technician": "Technician",
    "scrum master": "Scrum master",
    "tester": "Tester",
    "artist": "Artist",
    "animator": "Animator",
    "intern": "Intern",
    "associate": "Associate",
    "pharmacist": "Pharmacist",
    "planner": "Planner",
    "eng": "Engineer",
    "copywriter": "Copywriter",
    "postdoc": "Postdoc",
    "phd student": "PhD student",
    "student": "Student",
    "supervisor": "Supervisor",
    "lead": "Lead",
    "photographer": "Photographer",
    "reporter": "Reporter",
    "sub-editor": "Sub-editor",
    "operator": "Operator",
    "head of design": "Head of design",
    "head of engineering": "Head of engineering",
    "head of product": "Head of product",
    "head of data": "Head of data",
    "head of marketing": "Head of marketing",
    "head of sales": "Head of sales",
    "head of research": "Head of research",
    "head of operations": "Head of operations",
}
# Acronyms, matched only in capitals ("3 PMs", not "3 pm").
ROLE_ACRONYMS: dict[str, str] = {
    "PM": "Product manager",
    "EM": "Engineering manager",
    "SWE": "Software engineer",
    "SRE": "Site reliability engineer",
    "QA": "QA engineer",
    "TPM": "Technical program manager",
    "CSM": "Customer success manager",
    "AE": "Account executive",
    "SDR": "Sales development rep",
    "BDR": "Business development rep",
    "UXR": "UX researcher",
    "DS": "Data scientist",
    "RN": "Registered nurse",
}
ROLE_MODIFIERS = (
    "backend|back-end|frontend|front-end|full-stack|fullstack|full stack|mobile|iOS|Android|web|"
    "platform|data|ML|machine learning|AI|infrastructure|infra|software|QA|test|security|cloud|"
    "DevOps|site reliability|product|UX|UI|visual|graphic|content|technical|growth|brand|"
    "marketing|sales|support|customer|field|clinical|staff|research|design|game|hardware|"
    "embedded|firmware|solutions|systems|network|finance|financial|HR|people|operations|ops|"
    "motion|lab|shift|charge|group|senior\\s+staff|account|regional|area|store|ward"
)
MANAGER_ROLES = {"Manager", "Engineering manager", "Team lead", "Tech lead", "Supervisor", "Lead"}


def same_role(a: str | None, b: str | None) -> bool:
    """'Supervisor' names the same people as 'Shift supervisor'; 'PM' as 'Product manager'."""
    if not a or not b:
        return False
    x, y = a.lower(), b.lower()
    return x == y or x.endswith(" " + y) or y.endswith(" " + x)


def is_manager_role(role: str) -> bool:
    """A role whose holder manages people: 'Shift lead', 'Engineering manager'."""
    if role in MANAGER_ROLES:
        return True
    last = role.split()[-1].lower()
    not_people = ("product", "project", "program", "account", "customer success", "tech", "lab")
    return last in ("manager", "lead", "supervisor") and not role.lower().startswith(not_people)


def _plural(noun: str) -> str:
    last = noun.split()[-1]
    if last.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


@cache
def role_pattern() -> str:
    """A regex for a role noun with an optional modifier; groups `mod` and `noun`."""
    nouns = sorted(ROLE_NOUNS, key=len, reverse=True)
    words = "|".join(f"{re.escape(n)}(?:s|es)?" for n in nouns)
    acronyms = "|".join(ROLE_ACRONYMS)
    return (
        rf"(?:(?P<mod>{ROLE_MODIFIERS})\s+)?"
        rf"(?P<noun>(?:{words})|(?-i:(?:{acronyms})s?))\b"
    )


def role_name(mod: str | None, noun: str) -> str:
    """'backend', 'engineers' -> 'Backend engineer'; 'PMs' -> 'Product manager'."""
    bare = noun[:-1] if noun.endswith("s") and noun[:-1] in ROLE_ACRONYMS else noun
    if bare in ROLE_ACRONYMS:
        base = ROLE_ACRONYMS[bare]
    else:
        low = noun.lower()
        for candidate in (low, low[:-1], low[:-2]):
            if candidate in ROLE_NOUNS:
                base = ROLE_NOUNS[candidate]
                break
        else:
            base = noun.capitalize()
    if mod and mod.lower() not in base.lower():
        return f"{mod[0].upper()}{mod[1:]} {base[0].lower()}{base[1:]}"
    return base


# Words for "the people who report to me".
PEOPLE_NOUNS = (
    r"(?:direct\s+reports?|reports|directs|people|folks|persons|(?:team\s+)?members|ICs|staff|"
    r"employees|humans|individual contributors|teammates|heads)"
)

EVENT_CUES: tuple[tuple[str, str], ...] = (
    (
        "layoffs",
        r"\blay-?offs?\b|\blaid off\b|\bredundanc(?:y|ies)\b|\bmade redundant\b|(?-i:\bRIF\b)"
        r"|\breduction in force\b|\bjob cuts\b|\bheadcount cuts?\b|\bdownsiz\w+|\bwere let go\b"
        r"|\blet go of\b"
        r"|\b(?:roles?|jobs?|positions?|people)\s+(?:were\s+|was\s+|got\s+)?(?:cut|eliminated)\b",
    ),
    (
        "reorg",
        r"\bre-?orgs?\b|\breorgani[sz]ation\b|\brestructur\w+|\bmerged (?:our |two |the "
        r"|with another )?teams?\b"
        r"|\bteam (?:merger?|split)\b|\bnew reporting lines?\b",
    ),
    (
        "incident",
        r"\bincidents?\b|\boutages?\b|\b(?:data |security )?breach\b|\bsev ?[0-2]\b"
        r"|(?-i:\bP[01]\b)"
        r"|\bpost-?mortem\b|\bwent down\b|\bdata loss\b|\bsecurity issue\b|\bproduction (?:issue"
        r"|fire)\b|\bcrisis\b",
    ),
    (
        "leadership-change",
        r"\bnew (?:CEO|CTO|CPO|COO|VP|SVP|director|head of \w+|boss|leadership|leadership team)\b"
        r"|\b(?:CEO|CTO|CPO|founder|VP|my boss|my manager|my director|our director"
        r"|our head of \w+|(?:previous|old|former|last) (?:manager|boss|lead|director))\s+(?:left"
        r"|quit|resigned|departed|was replaced|stepped down|was fired)\b"
        r"|\bleadership change\b|\bchange (?:in|of) leadership\b",
    ),
    (
        "acquisition",
        r"\b(?:got |were |was )?acquired\b|\bacquisition\b|\bmerger\b|\bbought (?:by|out)\b"
        r"|\btakeover\b",
    ),
    (
        "other",
        r"\bhiring freeze\b|\bpay freeze\b|\boffice clos(?:ure|ing)\b"
        r"|\breturn[- ]to[- ]office (?:mandate|push)\b"
        r"|\b(?:moved|migrated|switched)\s+to\s+a\s+new\s+(?:\w+\s+)?(?:system|platform|tool)\b",
    ),
)
# An event cue counts only with a sign it happened (or is coming):
# not "fast escalation on incidents".
EVENT_HAPPENED = (
    r"\b(?:had|has had|have had|went through|going through|after|since|following|recent|recently"
    r"|just|"
    r"last|big|major|huge|another|upcoming|coming|announced|happened|hit|were|was|is|are|got|"
    r"rough|painful|ago|this (?:week|month|quarter|year))\b"
)
NEGATED = r"\b(?:no|not|without|never|any|avoid|prevent)\s+(?:\w+\s+)?$"

FAILURE_CUES: tuple[tuple[str, str], ...] = (
    (
        "status-updates",
        r"\bstatus(?: updates?| reports?| meetings?| reviews?| checks?)?\b|\bproject updates\b"
        r"|\bread(?:ing)? out (?:their )?tickets\b|\bjust updates\b|\bprogress reports?\b"
        r"|\bpipeline reviews?\b",
    ),
    (
        "no-follow-through",
        r"\bno follow[- ]?(?:through|up)\b|\bfollow[- ]?(?:through|up) (?:is|are) (?:weak|poor"
        r"|bad|missing|lacking)\b"
        r"|\bnothing happens after\b|\baction items? (?:get |are |go )?(?:lost|forgotten|dropped"
        r"|ignored)\b"
        r"|\b(?:never|don'?t|rarely) follow (?:up|through)\b|\bnothing gets done\b"
        r"|\bsame (?:issues|problems|topics) (?:every|each) (?:week|time)\b",
    ),
    (
        "surprises",
        r"\bsurprises?\b|\bsurprised\b|\bblindsided\b|\bfound out too late\b"
        r"|\bcaught (?:me )?off guard\b"
        r"|\bhear about (?:problems|issues|things) (?:too )?late\b|\bout of the blue\b",
    ),
    (
        "cancelled-often",
        r"\bcancel(?:l?ed|l?ing|s)?\b|\breschedul\w+|\bget (?:bumped|skipped|moved)\b"
        r"|\bkeep (?:getting )?(?:bumped|skipping|moving)\b",
    ),
    (
        "no-career-talk",
        r"\b(?:never|don'?t|rarely|no) (?:talk about |discuss |time for |room for )?(?:career"
        r"|growth|development)\b"
        r"|\bno career (?:conversations?|talk|discussions?)\b",
    ),
    (
        "one-sided",
        r"\bone-?sided\b|\bI do (?:all|most) (?:of )?the talking\b|\bmonologues?\b|\b(?:they"
        r"|people) (?:just )?(?:sit|listen) (?:quietly|and nod)\b",
    ),
    (
        "no-agenda",
        r"\bno agenda\b|\bwithout an agenda\b|\bwing(?:ing)? it\b|\bunstructured\b"
        r"|\bno structure\b",
    ),
    (
        "meeting-bloat",
        r"\bmeeting bloat\b|\btoo many (?:meetings|1:1s|one-on-ones)\b"
        r"|\bcalendar (?:is )?(?:overloaded|packed|full|slammed|crammed|jammed|drowning)\b"
        r"|\boverloaded (?:with|calendar)\b|\bback-to-back\b|\bbarbell\b"
        r"|\bfewer (?:standing )?meetings\b|\bcut (?:down )?(?:on )?meetings\b"
        r"|\bno time (?:left )?for (?:deep|real|actual) work\b",
    ),
    (
        "no-feedback",
        r"\b(?:no|never|rarely|don'?t) (?:give |get |share )?(?:real |honest |any )?feedback\b"
        r"|\bfeedback (?:never|rarely|doesn'?t) (?:happens?|comes up)\b",
    ),
)

GOAL_CUES: tuple[tuple[str, str], ...] = (
    ("coaching", r"\bcoach\w*"),
    ("clarity", r"\bclarity\b|\bclear(?:er)? (?:priorities|expectations|goals)\b"),
    ("morale", r"\bmorale\b|\bspirits\b|\bteam energy\b"),
    ("growth", r"\bgrowth\b|\bgrow\b|\bdevelop(?:ment)?\b"),
    (
        "retention",
        r"\bretention\b|\bretain\b|\bkeep (?:my|our|the) (?:people|team|good people)\b"
        r"|\b(?:don'?t|not) (?:want to )?lose\b"
        r"|\battrition\b|\b(?:keep\s+)?losing (?:people|staff|good people)\b",
    ),
    (
        "execution",
        r"\bexecution\b|\bdeliver(?:y|ing)?\b|\bship(?:ping)? (?:faster|more)\b|\bvelocity\b",
    ),
    ("feedback", r"\bfeedback\b"),
    ("wellbeing", r"\bwell-?being\b|\bburn-?out\b"),
    ("alignment", r"\balign(?:ment|ed)?\b"),
    ("trust", r"\btrust\b"),
)
WANT = (
    r"\b(?:want|wants|love|hope|goal|goals|would like|I'd like|wish|aim|more|better|improve"
    r"|should|need|focus on|priority|in 4|in 8|in (?:a few|the next) (?:weeks|months))\b"
)

DOC_TOOLS: tuple[tuple[str, str], ...] = (
    ("google-docs", r"\bgoogle (?:docs?|drive)\b|\bgdocs?\b"),
    ("notion", r"\bnotion\b"),
    ("confluence", r"\bconfluence\b"),
    ("markdown", r"\bmarkdown\b|\bobsidian\b"),
    ("word", r"\b(?:ms |microsoft )?word docs?\b|\bsharepoint\b"),
    ("onenote", r"\bonenote\b"),
)
TRACKERS: tuple[tuple[str, str], ...] = (
    ("jira", r"\bjira\b"),
    ("asana", r"\basana\b"),
    ("linear", r"(?-i:\bLinear\b)|\blinear (?:board|tickets?|issues?)\b"),
    ("trello", r"\btrello\b"),
    ("github", r"\bgithub(?: issues| projects)?\b"),
)

# Capitalised words that start sentences or name things but are not people.
NOT_NAMES = frozenset(
    [
        "I",
        "I'm",
        "I've",
        "I'd",
        "Im",
        "A",
        "An",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Here",
        "It",
        "Its",
        "It's",
        "We",
        "We're",
        "Our",
        "Ours",
        "They",
        "Their",
        "Them",
        "He",
        "She",
        "His",
        "Her",
        "You",
        "Your",
        "My",
        "Me",
        "Mine",
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Eleven",
        "Twelve",
        "Another",
        "Other",
        "Others",
        "Both",
        "Each",
        "Every",
        "Everyone",
        "Everybody",
        "Everything",
        "Someone",
        "Somebody",
        "Something",
        "Nobody",
        "Nothing",
        "None",
        "All",
        "Most",
        "Some",
        "Many",
        "Few",
        "Half",
        "Several",
        "Also",
        "Plus",
        "And",
        "But",
        "Or",
        "So",
        "Then",
        "Now",
        "Currently",
        "Recently",
        "Honestly",
        "Basically",
        "Lately",
        "Unfortunately",
        "Luckily",
        "Sadly",
        "Meanwhile",
        "However",
        "Still",
        "Just",
        "Only",
        "Even",
        "Maybe",
        "Perhaps",
        "Anyway",
        "Actually",
        "Overall",
        "What",
        "Which",
        "Who",
        "Whom",
        "Why",
        "How",
        "When",
        "Where",
        "While",
        "If",
        "Because",
        "Since",
        "After",
        "Before",
        "Until",
        "Right",
        "Status",
        "Budget",
        "Calendar",
        "Team",
        "Teams",
        "Product",
        "Engineering",
        "Design",
        "Sales",
        "Marketing",
        "Support",
        "Data",
        "Hiring",
        "Recruiting",
        "Morale",
        "Time",
        "Work",
        "Meetings",
        "Meeting",
        "Everyone's",
        "Nobody's",
        "Today",
        "Tomorrow",
        "Yesterday",
        "Last",
        "Next",
        "This",
        "Week",
        "Month",
        "Year",
        "Quarter",
        "Q1",
        "Q2",
        "Q3",
        "Q4",
        "Help",
        "Please",
        "Thanks",
        "Thank",
        "Hi",
        "Hello",
        "Hey",
        "Ideally",
        "Also",
        "Oh",
        "Ok",
        "Okay",
        "Yes",
        "No",
        "Not",
        "New",
        "Old",
        "Senior",
        "Junior",
        "Staff",
        "Principal",
        "Lead",
        "Manager",
        "Managers",
        "Director",
        "VP",
        "CEO",
        "CTO",
        "CPO",
        "COO",
        "HR",
        "PM",
        "PMs",
        "EM",
        "EMs",
        "QA",
        "IC",
        "ICs",
        "UX",
        "UI",
        "AI",
        "ML",
        "Reports",
        "People",
        "Folks",
        "Skip",
        "Skips",
        "Career",
        "Pilot",
        "Cadence",
        "Agenda",
        "Agendas",
        "Barbell",
        "Layoffs",
        "Reorg",
        "Incident",
        "Outage",
        "Jira",
        "Asana",
        "Linear",
        "Trello",
        "Notion",
        "Confluence",
        "Slack",
        "Zoom",
        "Teams",
        "Google",
        "GitHub",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Mondays",
        "Tuesdays",
        "Wednesdays",
        "Thursdays",
        "Fridays",
        "Weekends",
        "Docs",
        "Tickets",
        "Notes",
        "Updates",
        "Standups",
        "Standup",
        "Reviews",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Christmas",
        "Easter",
        "Covid",
        "Engineer",
        "Engineers",
        "Designer",
        "Designers",
        "Nobody",
        "Said",
        "Given",
        "Note",
        "Goal",
        "Goals",
        "Context",
        "Sure",
        "Well",
        "Yeah",
        "Background",
        "Situation",
        "Problem",
        "Problems",
        "Issue",
        "Issues",
        "Ask",
        "Asks",
        "Request",
        "Constraints",
        "Constraint",
        "Need",
        "Needs",
        "Want",
        "Wants",
        "Would",
        "Could",
        "Should",
        "Can",
        "Will",
        "Let",
        "Make",
        "Give",
        "Propose",
        "Design",
        "Create",
        "Include",
        "Build",
        "Set",
        "Keep",
        "Looking",
        "Trying",
        "Running",
        "Managing",
        "Leading",
        "Ran",
        "First",
        "Second",
        "Third",
        "Fourth",
        "Fifth",
        "Biweekly",
        "Weekly",
        "Monthly",
        "Daily",
        "Fortnightly",
        "Remote",
        "Hybrid",
        "Office",
        "Everyone",
        "Anyone",
        "Whoever",
        "Mostly",
        "Usually",
        "Often",
        "Sometimes",
        "Never",
        "Always",
        "Again",
        "Between",
        "Across",
        "Under",
        "Over",
        "Around",
        "About",
    ]
)


@cache
def compiled(table_name: str) -> tuple[tuple[str, Rx], ...]:
    """A cue table with its patterns compiled once (run them on lowered text, see rx.py)."""
    table: tuple[tuple[str, str], ...] = globals()[table_name]
    return tuple((key, rx(pattern)) for key, pattern in table)
