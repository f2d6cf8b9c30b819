"""`oneos score --explain`: the checklist and the rubric, written out from their own tables."""

from __future__ import annotations

from oneos.gate.checklists import CHECKS, GROUPS, PARSED
from oneos.gate.needs import describe
from oneos.gate.reader import says
from oneos.gate.rubric import CATEGORIES
from oneos.gate.verdict import PASS_RULE

_INTRO = """\
How oneos scores a 1:1 pack

The gate reads a pack's Markdown the way a careful colleague would: it looks for what is
written, wherever and however it is written. Headings may use #, underlines, bold lines or
numbers ("3) Coaching toolkit", "Step 3 —"). "1:1", "one-on-one", "1-on-1", "one to one"
and "check-in" all count as the meeting. Tables count when their columns say what they hold:
an action-item table counts only with an owner column and a due-date or checkpoint column.
A sentence that warns against something ("never diagnose", "not a status meeting") is read
as the warning it is. A section headed "Quality gate" is a report, not content: it is
skipped, so a pack can be scored again with its gate section attached.
"""

_SCORES = """\
Each category scores 1 to 5, by one rule:
  1  missing, or harmful text found (for example, an instruction to diagnose someone)
  2  thin: fewer than half of the core parts
  3  present but partial (some core parts missing), or complete but generic
  4  every core part, and some signs it was tailored to this team
  5  every core part, and enough tailoring signs, including the ones marked 'a 5 needs'
"""


def explain() -> str:
    """The checklist and the rubric in plain words, with the pass rule."""
    out = [_INTRO, "Checklist (every item must pass)", ""]
    group = ""
    for check in CHECKS:
        if check.id[0] != group:
            group = check.id[0]
            out.append(f"{group}. {GROUPS[group]}")
        out.append(f"  {check.id}  {check.title}")
        out.append(_wrap("looks for: " + describe(PARSED[check.id]), 6))
        out.append(_wrap("fix: " + check.fix, 6))
    out += ["", "Rubric", "", _SCORES]
    for cat in CATEGORIES:
        out.append(f"{cat.title} ({cat.key})")
        out.append("  core parts:")
        out += [_wrap("- " + c.text, 4) for c in cat.core]
        out.append(
            f"  tailoring signs (4 needs {cat.for_4}, 5 needs {cat.for_5} of {len(cat.tailored)}):"
        )
        five = set(cat.five_needs)
        out += [
            _wrap("- " + c.text + (" (a 5 needs this)" if c.needs in five else ""), 4)
            for c in cat.tailored
        ]
        if cat.harmful:
            out.append("  scores 1 when it finds:")
            out += [_wrap("- " + says(h), 4) for h in cat.harmful]
        out.append("")
    out += ["Pass rule", "", _wrap(PASS_RULE, 0), ""]
    return "\n".join(out)


def _wrap(text: str, indent: int, width: int = 92) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width - indent:
            lines.append(line)
            line = "  " + word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(" " * indent + ln for ln in lines)
