"""The manager from free text: role, experience, level, working model, budget, calendar, days."""

from __future__ import annotations

import re

from oneos.intake.extraction import Notebook
from oneos.intake.numbers import word_value
from oneos.intake.rx import rx

_TITLE_NOUN = (
    r"(?:lead|manager|director(?:\s+of\s+\w+)?|head\s+of\s+(?:the\s+)?[\w&]+(?:\s+(?:department"
    r"|team|group|unit|and\s+[\w&]+))?|vp(?:\s+of\s+\w+)?|vice\s+president(?:\s+of\s+\w+)?"
    r"|cto|cpo|coo|ceo|founder|co-founder|supervisor|chief\s+\w+\s+officer|owner|coordinator"
    r"|partner"
    r"|editor|superintendent|headteacher|head\s+teacher|charge\s+nurse|foreman|captain|principal"
    r"|em)"
)
_I_AM = (
    r"\bI(?:['’]?m|\s+am|\s+work\s+as|\s+was\s+hired\s+as|\s+(?:just\s+|recently\s+)?became"
    r"|\s+(?:was|got)\s+(?:just\s+|recently\s+)?(?:promoted\s+to|made|appointed(?:\s+as)?)"
    r"|['’]ve\s+(?:just\s+|recently\s+)?(?:become|been\s+(?:made|promoted\s+to"
    r"|appointed(?:\s+as)?|hired\s+as)))"
)
_ROLE = (
    rf"(?:{_I_AM}\s+(?:(?:a|an|the)\s+)?"
    r"|(?:(?:^|\n)\s*(?:[-*•]\s*)?|[.!?;(]\s*)(?:(?:as|role\s*[:=-])\s*(?:(?:a|an|the)\s+)?)?)"
    r"(?P<new>(?:brand[- ]new|new|newly\s+(?:promoted|appointed|hired)|first[- ]time"
    r"|recently\s+promoted)\s+)?"
    r"(?!(?:i|my|our|their|his|her|the|a|an|this|that|one|two|three|no|every|each|we|they)\b)"
    rf"(?P<role>(?:(?!(?:i|so|and|but|we|my|our|the|a|an|who"
    rf"|that)\b)[\w-]+\s+){{0,3}}?{_TITLE_NOUN})\b(?!['’-])"
)
_FIRST_TIME = (
    r"\bfirst[- ]time\s+(?:people\s+)?(?:manager|lead|managing)\b|\bnever\s+managed\b"
    r"|\bfirst\s+(?:time\s+)?managing\b"
    r"|\bfirst\s+management\s+(?:role|job)\b"
    r"|\bI(?:['’]m|\s+am)\s+(?:\w+\s+)?new\s+to\s+(?:management|managing|people\s+management"
    r"|leading)\b"
    r"|(?<!my\s)(?<!our\s)\bnew\s+(?:people\s+)?manager\b(?!\s+(?:of|joined|started|came))"
    r"|\b(?:just|recently)\s+became\s+a\s+manager\b"
    r"|\b(?:just|recently)\s+(?:got\s+)?promoted\s+(?:to|into)\s+(?:management|manager|lead"
    r"|team\s+lead)\b"
    r"|\bfirst\s+time\s+as\s+a\s+manager\b|\bmy\s+first\s+(?:team|reports)\b"
)
_NEW_TO_TEAM = (
    r"\binherited\b(?![^.]{0,40}dotted)|\bI\s+(?:just|recently)\s+(?:took\s+over|joined"
    r"|started)\b|\bnew\s+to\s+(?:the|this|my)\s+team\b"
    r"|\btook\s+over\s+(?:the|this|a)\s+team\b|\btaking\s+over\b|\bI['’]m\s+new\s+(?:here"
    r"|in\s+(?:my|the)\s+role|to\s+the\s+company)\b"
    r"|\bI\s+started\s+(?:here|this\s+role|the\s+job)\b|\bI\s+joined\s+as\s+(?:their|the\s+team['’]s)\b"
)
_EXPERIENCED = (
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|many)\+?\s+(?:years?"
    r"|yrs?)\s+(?:of\s+)?"
    r"(?:managing|management|as\s+a\s+manager|leading\s+teams|people\s+management"
    r"|experience\s+managing)\b"
    r"|\bexperienced,?\s+(?:\d+|\w+)\s+(?:years?|yrs?)\b"
    r"|\bexperienced\s+(?:people\s+)?manager\b|\bseasoned\s+manager\b|\b(?:been"
    r"|have\s+been)\s+(?:managing|a\s+manager)\s+(?:\w+\s+){0,3}?(?:for|since)\b"
    r"|\brole\s*:[^\n.]{0,60}\bexperienced\b|\bI['’]m\s+(?:an?\s+)?(?:experienced|seasoned)\b"
)
_LEVEL: tuple[tuple[str, str], ...] = (
    ("executive", r"\b(?:vp|vice\s+president|svp|cto|cpo|coo|ceo|chief\s+\w+\s+officer)\b"),
    ("director", r"\bdirector\b|\bhead\s+of\b"),
    (
        "manager-of-managers",
        r"\bmanager\s+of\s+managers\b"
        r"|\bI\s+manage\s+(?:\S+\s+){0,2}(?:managers|EMs|team\s+leads|leads|supervisors)\b",
    ),
    ("team-lead", r"\b(?:team|tech)\s+lead\b"),
    ("manager", r"\bmanager\b"),
)
FUNCTIONS: tuple[tuple[str, str], ...] = (
    ("product", r"\bproduct\b"),
    ("design", r"\bdesign\b|\bux\b"),
    ("data", r"\bdata\b|\banalytics\b|\bml\b"),
    (
        "engineering",
        r"\bengineering\b|\bsoftware\b|\bplatform\b|\binfrastructure\b|\bbackend\b|\bfrontend\b"
        r"|\bmobile\b|\bem\b|\bcto\b|\bdevelopment\b",
    ),
    ("marketing", r"\bmarketing\b|\bgrowth\b|\bbrand\b"),
    ("sales", r"\bsales\b|\baccount\b"),
    ("customer support", r"\bsupport\b|\bcustomer\s+success\b|\bcustomer\s+service\b"),
    (
        "operations",
        r"\boperations\b|\bops\b|\bproduction\b|\bmanufacturing\b|\bplant\b|\bwarehouse\b",
    ),
    ("finance", r"\bfinance\b|\baccounting\b"),
    ("people", r"\bhr\b|\bpeople\s+(?:team|ops|operations)\b|\btalent\b|\brecruiting\b"),
    ("research", r"\bresearch\b"),
    ("nursing", r"\bnurs\w+|\bward\b|\bclinical\b"),
    ("teaching", r"\bteach\w*|\bschool\b|\bdepartment\s+head\b"),
    ("editorial", r"\beditor\w*|\bnewsroom\b|\bcontent\b"),
    ("legal", r"\blegal\b|\blaw\s+firm\b"),
)
ORG_TYPES: tuple[tuple[str, str], ...] = (
    ("startup", r"\bstart-?ups?\b"),
    ("scale-up", r"\bscale-?ups?\b"),
    (
        "enterprise",
        r"\benterprise\b|\bbig\s+tech\b|\bcorporate\b|\bfortune\s+500\b|\blarge\s+company\b",
    ),
    ("agency", r"\bagency\b"),
    ("consultancy", r"\bconsultanc(?:y|ies)\b|\bconsulting\s+firm\b"),
    ("non-profit", r"\bnon-?profit\b|\bcharity\b|\bngo\b"),
    ("hospital", r"\bhospital\b|\bclinic\b|\bnhs\b"),
    ("university", r"\buniversity\b|\bcollege\b"),
    ("school", r"\bschool\b"),
    ("public sector", r"\bgovernment\b|\bpublic\s+sector\b|\bcouncil\b|\bcivil\s+service\b"),
    ("bank", r"(?<!question )\bbank\b"),
    ("fintech", r"\bfintech\b"),
    ("retailer", r"\bretail(?:er)?\b|\be-?commerce\b"),
    ("newsroom", r"\bnewsroom\b|\bnewspaper\b"),
    ("law firm", r"\blaw\s+firm\b"),
)
_WORKING_MODEL: tuple[tuple[str, str], ...] = (
    (
        "hybrid",
        r"\bhalf\s+(?:the\s+team|of\s+(?:us|them|the\s+team))\s+(?:works?|are"
        r"|is)\s+(?:from\s+home|remote(?:ly)?)\b|\bhybrid\b|\b(?:\d|one|two|three"
        r"|four)\s+days?\s+(?:a\s+week\s+)?in\s+(?:the\s+)?office\b|\bpart(?:ly)?[- ]remote\b",
    ),
    (
        "remote",
        r"\b(?:fully|all|100%)\s+remote\b|\bremote[- ]first\b|\bremote\s+team\b"
        r"|\bdistributed\s+team\b|\bwe\s+(?:all\s+)?work\s+remotely\b|\bwe['’]re\s+remote\b"
        r"|\bremote\b(?!ly)",
    ),
    (
        "office",
        r"\bin\s+the\s+office\s+every\s+day\b|\boffice-?based\b|\bon-?site\b|\bco-?located\b"
        r"|\bsame\s+office\b|\bin\s+person\b|\bin\s+the\s+office\b",
    ),
)
_HOURS = (
    r"(?P<h>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half\s+an|an)\s*"
    r"(?P<unit>hours?|hrs?|h|minutes|mins?)\s*(?:a|per|/|each|every)\s*week"
)
_BUDGET_CUE = (
    r"\bbudget\b|\bcan\s+(?:only\s+|probably\s+|realistically\s+|maybe\s+|just\s+"
    r"|really\s+)?(?:give|spare|afford|put\s+in|dedicate|commit|manage|do)\b|\bat\s+most\b"
    r"|\bno\s+more\s+than\b"
    r"|\bmax(?:imum)?\b|\bcap\b|\bdown\s+to\b|\bwant\s+to\s+spend\b|\bwilling\s+to\s+spend\b"
    r"|\bonly\s+have\b"
    r"|\bI(?:['’]ve|\s+have)\s+(?:got\s+)?(?:about\s+|around\s+|roughly\s+)?\S+\s+(?:hours?"
    r"|hrs?)\b|\blimit\b|\bup\s+to\b|\bset\s+aside\b"
)
_SPEND = r"\bspend(?:ing)?\b|\bcurrently\b|\btoday\b|\bright\s+now\b|\beats?\b|\btakes?\s+up\b"
_UTILISATION = r"(?P<pct>\d{1,3})\s*(?:%|\s+per\s*cent|\s+percent)"
_CALENDAR = (
    r"\bcalendar\b|\bbooked\b|\bmeetings?\b|\bfull\b|\butili[sz]ation\b"
    r"|\bof\s+my\s+(?:week|time|day)\b|\bscheduled\b"
)
_DAYS = "monday|tuesday|wednesday|thursday|friday"
_NO_MEETING = (
    rf"\bno[- ]meetings?(?:\s+days?)?\s+(?:on\s+)?(?P<a>{_DAYS})s?\b|\b(?P<b>{_DAYS})s?\s+(?:are"
    rf"|is)\s+(?:meeting[- ]free|no[- ]meeting|focus|protected)"
    rf"|\bmeeting[- ]free\s+(?P<c>{_DAYS})s?\b|\b(?:keep|protect"
    rf"|block)\s+(?P<d>{_DAYS})s?\s+(?:free|clear|for\s+focus)"
)
_LEADS = (
    r"\bI\s+(?:lead|run|manage|head(?:\s+up)?|look\s+after)\s+(?:the\s+|a\s+"
    r"|our\s+)?(?P<what>[\w-]+(?:\s+[\w-]+)?)"
    r"(?:\s+(?:team|group|department|org|function)\b|\s+at\b)"
)
_ROLE_FOR = r"\s+(?:for|of|in)\s+(?:the\s+)?(?P<what>[\w-]+(?:\s+[\w-]+)?)"
_CUTS = r"\b(?:layoffs?|cut|laid)\b"


def read_manager(nb: Notebook) -> None:
    """Fill manager.* from the text."""
    text = nb.text
    role = nb.find(_ROLE)
    if role:
        words = " ".join(text[role.start("role") : role.end("role")].split())
        title = words[0].upper() + words[1:]
        if len(title) <= 120:
            nb.set("manager.role", title, role.span("role"))
        _function(nb, role.group("role"), role.span("role"))
        scope = nb.find(_ROLE_FOR, role.end("role"), role.end("role") + 40)
        if scope and scope.start() == role.end("role") and not nb.has("manager.function"):
            _function(nb, scope.group("what"), scope.span("what"))
        if role.group("new"):
            if "first" in role.group("new") or re.search(r"\bmanager\b", role.group("role")):
                nb.set("manager.experience", "first-time", role.span())
            else:
                nb.set("manager.experience", "new-to-team", role.span())
                nb.assume("assume-new-manager", text=nb.quote(role.span()))
    for kind, pattern in (
        ("first-time", _FIRST_TIME),
        ("new-to-team", _NEW_TO_TEAM),
        ("experienced", _EXPERIENCED),
    ):
        match = nb.find(pattern)
        if match and not nb.has("manager.experience"):
            nb.set("manager.experience", kind, match.span())
    _level(nb, role)
    if not nb.has("manager.function"):
        lead = nb.find(_LEADS)
        if lead:
            _function(nb, lead.group("what"), lead.span("what"))
    for key, table in (("manager.org_type", ORG_TYPES), ("manager.working_model", _WORKING_MODEL)):
        for value, pattern in table:
            match = nb.find(pattern)
            if match:
                nb.set(key, value, match.span())
                break
    _budget(nb)
    _utilisation(nb)
    days: list[str] = []
    for match in rx(_NO_MEETING).finditer(text, nb.low):
        day = next(g for g in match.groups() if g)[:3]
        if day not in days:
            days.append(day)
            nb.fact("manager.no_meeting_days", day, match.span())
    if days:
        nb.set("manager.no_meeting_days", days, (0, 0), record=False)


def _level(nb: Notebook, role: re.Match[str] | None) -> None:
    """An executive or director title wins; then managing managers (said anywhere, or read
    from the roles of the people); then team lead or manager from the title."""
    hint = nb.data.pop("_level_hint", None)
    title = role.group("role") if role is not None else ""
    for level, pattern in _LEVEL[:2]:
        if role is not None and rx(pattern).search(title, title):
            nb.set("manager.level", level, role.span("role"))
            return
    many = nb.find(_LEVEL[2][1])
    if many:
        nb.set("manager.level", "manager-of-managers", many.span())
        return
    if hint:
        nb.set("manager.level", hint, (0, 0), record=False)
        return
    for level, pattern in _LEVEL[3:]:
        if role is not None and rx(pattern).search(title, title):
            nb.set("manager.level", level, role.span("role"))
            return


def _function(nb: Notebook, words: str, span: tuple[int, int]) -> None:
    for function, pattern in FUNCTIONS:
        if rx(pattern).search(words, words):
            nb.set("manager.function", function, span)
            return


_DOWN_TO = (
    r"\b(?:down\s+to|cut\s+(?:it|that|this)\s+to|reduce\s+(?:it|that|this)\s+to|no\s+more\s+than"
    r"|at\s+most)"
    r"\s+(?P<h>\d{1,2}(?:\.\d)?)\b(?!\s*(?:%|min|people|reports|engineers|weeks?))"
)


def _budget(nb: Notebook) -> None:
    for match in rx(_DOWN_TO).finditer(nb.text, nb.low):
        left, right = _sentence_around(nb.text, match.start(), match.end())
        hours = float(match.group("h"))
        if nb.find(r"\bhours?\b|\bhrs?\b", left, right) and 0 < hours <= 40:
            nb.set("manager.budget_hours_per_week", hours, match.span())
            return
    for match in rx(_HOURS).finditer(nb.text, nb.low):
        left, right = _sentence_around(nb.text, match.start(), match.end())
        amount = match.group("h")
        value = {"half an": 0.5, "an": 1.0}.get(amount) or float(word_value(amount) or amount)
        hours = float(value) / (60 if match.group("unit").startswith("m") else 1)
        if nb.find(_BUDGET_CUE, left, right) or nb.find(
            _BUDGET_CUE, max(0, match.start() - 80), match.end()
        ):
            if 0 < hours <= 40:
                nb.set("manager.budget_hours_per_week", round(hours, 2), match.span())
                return
        elif nb.find(_SPEND, left, right):
            nb.mark(match.span())
            nb.ask("ask-budget-from-spend", hours=f"{hours:g}")
            return


def _utilisation(nb: Notebook) -> None:
    for match in rx(_UTILISATION).finditer(nb.text, nb.low):
        left, right = _sentence_around(nb.text, match.start(), match.end())
        pct = int(match.group("pct"))
        if nb.find(_CALENDAR, left, right) and pct <= 100 and not nb.find(_CUTS, left, right):
            nb.set("manager.calendar_utilisation", pct, match.span())
            return


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start))
    rights = [i for i in (text.find(".", end), text.find("\n", end), text.find(";", end)) if i >= 0]
    return left + 1, min(rights) if rights else len(text)
