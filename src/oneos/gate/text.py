"""Markdown as the gate reads it: logical lines with line numbers, headings, tables, a word index.

The gate must read anyone's pack, so headings come in every style: `#` lines, setext
underlines, bold-only lines (`**Cadence**`) and numbered lines (`3) Coaching toolkit`,
`Step 3 — ...`). Soft-wrapped paragraphs and list items are joined into one logical line so
that a sentence split over two lines still reads as one. A section headed "Quality gate" is
a report, not content, and is skipped. The parse is one pass over the physical lines with
cheap string tests before any regular expression, because a 40 KB pack must take a few
milliseconds.
"""

from __future__ import annotations

import re

# The parsed document's types live in document.py (this module stays under 400 lines).
from oneos.gate.document import _EMPHASIS as _EMPHASIS  # tests read the markers here
from oneos.gate.document import Document, Heading, Table, unemphasised
from oneos.gate.index import LOOKUPS, build_index
from oneos.gate.normal import normalise

_GATE_TITLE = re.compile(r"(?:\d+[.)]?\s*)?(?:quality (?:gate|checks?)|gate(?: result| report)?)\b")
_ATX = re.compile(r"(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
_SETEXT = re.compile(r"(?:=+|-+)\s*$")
_RULE_LINE = re.compile(r"(?:-\s*){3,}$|(?:\*\s*){3,}$|(?:_\s*){3,}$")
_BOLD_LINE = re.compile(r"(\*\*|__)(.{1,90}?)\1\s*:?\s*$")
_NUMBERED = re.compile(
    r"(?:(\d{1,2})\s*[.)]|(?:step|part|section|stage)\s+(\d{1,2})\s*[:.)—–-]?)\s+(\S.{0,70})$",
    re.IGNORECASE,
)
_ORDERED_ITEM = re.compile(r"\d{1,3}[.)]\s")
_FIRST_NUMBER = re.compile(r"\D*(\d+)")
_TABLE_RULE = re.compile(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
PARA, ITEM, HEADING, ROW, CODE = "para", "item", "heading", "row", "code"
_STRUCTURE = frozenset("#=-|*_0123456789SsPp`~>+")


def parse(text: str) -> Document:
    """Read Markdown into logical lines, headings, tables and a word index."""
    return _Parser(text).run()


class _Parser:
    """One pass over physical lines; the common case (plain text) takes the shortest path."""

    def __init__(self, text: str) -> None:
        # One-character searches first: they are far cheaper than the longer ones they spare.
        raw = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
        raw = raw.lstrip("\ufeff")
        self.lines = raw.split("\n")
        self.doc = Document()
        self.has_atx = ("#" in raw and (raw.startswith("#") or "\n#" in raw)) or _setext_equals(raw)
        self.pseudo_rank: dict[str, int] = {}
        self.open = False  # the last logical line may take a continuation
        self.para_start = -1  # a paragraph a setext underline would turn into a heading
        self.skip_level = 0  # inside a gate section: skip until a heading this high or higher
        self.table: tuple[int, tuple[str, ...], list[int]] | None = None
        # (logical line, physical line, level, title): each `Heading` is built once, with its
        # end, when the parse is over (building a frozen dataclass is not cheap).
        self.heads: list[tuple[int, int, int, str]] = []

    def run(self) -> Document:
        doc = self.doc
        texts, kinds, breaks = doc.texts, doc.kinds, doc.breaks
        fence = ""
        blank_before = True
        for number, line in enumerate(self.lines, start=1):
            s = line.strip()
            if not s:
                if not fence:
                    self.open = False
                    self.para_start = -1
                    if self.table is not None:
                        self._end_table()
                    blank_before = True
                continue
            first = s[0]
            if fence:
                if s.startswith(fence):
                    fence = ""
                elif not self.skip_level:
                    texts.append(s)
                    kinds.append(CODE)
                    breaks.append(((0, number),))
                continue
            if (
                first not in _STRUCTURE
                and self.table is None
                and not self.skip_level
                and "|" not in s
            ):
                # Plain text: continue the open paragraph or item, or start a paragraph.
                if self.open:
                    last = len(texts) - 1
                    breaks[last] += ((len(texts[last]) + 1, number),)
                    texts[last] = texts[last] + " " + s
                    if line[0] in " \t":
                        self.para_start = -1
                else:
                    texts.append(s)
                    kinds.append(PARA)
                    breaks.append(((0, number),))
                    self.para_start = -1 if line[0] in " \t" else len(texts) - 1
                    self.open = True
            elif (
                first in "-*+"
                and s[1:2] == " "
                and s[2:3] not in "-*_"
                and self.table is None
                and not self.skip_level
                and "|" not in s
            ):
                # A list item (not a rule like "- - -"): a new logical line.
                texts.append(s)
                kinds.append(ITEM)
                breaks.append(((0, number),))
                self.para_start = -1
                self.open = True
            elif first == "|" and self.table is not None and not self.skip_level:
                # A row of the open table, the commonest structured line (as `_row` reads it).
                if not _is_table_rule(s):
                    text = s.strip("|").strip()
                    if "<" in text:
                        text = text.replace("<br>", " ").replace("<br/>", " ")
                    self.table[2].append(len(texts))
                    texts.append(text)
                    kinds.append(ROW)
                    breaks.append(((0, number),))
                    self.open = False
            elif first in "`~" and s.startswith(("```", "~~~")):
                self._close()
                fence = s[:3]
            elif not self._structure(s, first, number, blank_before):
                self._text(s, line, first, number)
            blank_before = False
        self._close()
        return self._finish()

    def _structure(self, s: str, first: str, number: int, blank_before: bool) -> bool:
        """Headings, rules and table rows; False when the line is ordinary text."""
        if first == "#":
            m = _ATX.match(s)
            if m:
                self._heading(m.group(2) or "", len(m.group(1)), number)
                return True
        elif first in "=-" and self.para_start >= 0 and _SETEXT.match(s):
            self._setext(1 if first == "=" else 2)
            return True
        # Cheap necessary conditions first: a rule line is its marker and spaces only; a bold
        # line ends with its marker (and maybe a colon).
        if first in "-*_" and not s.replace(first, "").strip() and _RULE_LINE.match(s):
            self._close()
            return True
        if first == "|" or ("|" in s and (self.table is not None or self._table_follows(number))):
            self._row(s, number)
            return True
        if self.table is not None:
            self._end_table()
        if first in "*_" and s[1:2] == first:
            title = bold_title(s)
            if title is not None and title.strip()[-1:] not in ".!?,;" and not self._in_item():
                self._heading(title, self._pseudo_level("bold"), number)
                return True
        elif blank_before and first not in "-+>=`~|#*_":
            m = _NUMBERED.match(s)
            if m and self._numbered_heading(m, number):
                self._heading(m.group(3), self._pseudo_level("numbered"), number)
                return True
        return False

    def _in_item(self) -> bool:
        return self.open and self.doc.kinds[-1] == ITEM

    def _numbered_heading(self, m: re.Match[str], number: int) -> bool:
        title = m.group(3).rstrip()
        if not (title[0].isupper() or title[0].isdigit()):
            return False
        if title[-1] in ".,;?" or len(title.split()) > 9:
            return False
        # A numbered line next to the number before or after it is a list, not a heading.
        current = int(m.group(1) or m.group(2))
        following, before = self._nearest(number, 1), self._nearest(number - 2, -1)
        return _number(following) != current + 1 and _number(before) != current - 1

    def _nearest(self, start: int, step: int) -> str:
        """The nearest non-blank physical line from index `start`, going by `step`."""
        lines, at = self.lines, start
        while 0 <= at < len(lines):
            if lines[at].strip():
                return lines[at].strip()
            at += step
        return ""

    def _pseudo_level(self, style: str) -> int:
        rank = self.pseudo_rank.setdefault(style, len(self.pseudo_rank) + 1)
        return (6 if self.has_atx else 0) + rank

    def _heading(self, title: str, level: int, number: int) -> None:
        self._close()
        clean = unemphasised(title).strip().rstrip(":").strip()
        low = normalise(clean)
        if self.skip_level:
            if level > self.skip_level:
                return
            self.skip_level = 0
        if ("gate" in low or "quality" in low) and _GATE_TITLE.match(low):
            self.skip_level = level
            return
        index = self._add(clean, number, HEADING)
        self.heads.append((index, number, level, low))

    def _setext(self, level: int) -> None:
        doc, index = self.doc, self.para_start
        title = doc.texts.pop(index)
        number = doc.breaks.pop(index)[0][1]
        doc.kinds.pop(index)
        self._heading(title, level, number)

    def _table_follows(self, number: int) -> bool:
        return number < len(self.lines) and _is_table_rule(self.lines[number].strip())

    def _row(self, s: str, number: int) -> None:
        if _is_table_rule(s):
            return
        if self.table is None:
            self._close()
            cells = s.strip("|").split("|")
            header = tuple(normalise(unemphasised(c)).strip() for c in cells)
            self.table = (number, header, [])
        if not self.skip_level:
            text = s.strip("|").strip()
            if "<" in text:
                text = text.replace("<br>", " ").replace("<br/>", " ")
            self.table[2].append(self._add(text, number, ROW))

    def _end_table(self) -> None:
        if self.table is not None:
            line, header, rows = self.table
            if rows and not self.skip_level:
                table = Table(line, header, rows[0], tuple(rows[1:]))
                self.doc.tables.append(table)
            self.table = None

    def _text(self, s: str, line: str, first: str, number: int) -> None:
        if self.skip_level:
            return
        if first == ">":
            s = s.lstrip("> ").strip() or s
            first = s[0]
        is_item = (first in "-*+" and s[1:2] == " ") or (
            first.isdigit() and _ORDERED_ITEM.match(s) is not None
        )
        doc = self.doc
        if self.open and not is_item:
            last = len(doc.texts) - 1
            doc.breaks[last] = (*doc.breaks[last], (len(doc.texts[last]) + 1, number))
            doc.texts[last] = doc.texts[last] + " " + s
            return
        index = self._add(s, number, ITEM if is_item else PARA)
        self.para_start = index if not is_item and not line[0].isspace() else -1
        self.open = True

    def _add(self, text: str, number: int, kind: str) -> int:
        doc = self.doc
        doc.texts.append(text)
        doc.kinds.append(kind)
        doc.breaks.append(((0, number),))
        self.open = False
        return len(doc.texts) - 1

    def _close(self) -> None:
        self.open = False
        self.para_start = -1
        self._end_table()

    def _finish(self) -> Document:
        doc = self.doc
        joined = normalise("\n".join(doc.texts))
        doc.norm = joined.split("\n")
        doc.index = build_index(joined)
        doc.version = LOOKUPS.version
        doc.headings = _with_ends(self.heads, len(doc.texts))
        return doc


def bold_title(s: str) -> str | None:
    """What `_BOLD_LINE.match(s).group(2)` gives for a stripped line, without the expression.

    The closing marker can only be the last one (what may follow it is a colon and spaces),
    so the title is what lies between the markers, if it is 1 to 90 characters long.
    """
    core = s[:-1].rstrip() if s.endswith(":") else s
    if not (core.endswith(s[:2]) and 5 <= len(core) <= 94) or "\n" in core:
        return None
    return core[2:-2]


def _setext_equals(raw: str) -> bool:
    """`"\\n==" in raw`, looking first at the few places "=" occurs, if they are few."""
    at = raw.find("=")
    for _ in range(8):
        if at < 0:
            return False
        if at and raw.startswith("\n==", at - 1):
            return True
        at = raw.find("=", at + 1)
    return "\n==" in raw


def _is_table_rule(s: str) -> bool:
    """`|---|:--:|` and the like; a rule holds only bars, colons, dashes and spaces."""
    if "--" not in s or s.replace("-", "").replace("|", "").replace(":", "").strip():
        return False
    return _TABLE_RULE.match(s) is not None


def _number(line: str) -> int | None:
    """The number a numbered line or list item starts with, if it is one."""
    if not (_NUMBERED.match(line) or _ORDERED_ITEM.match(line)):
        return None
    digits = _FIRST_NUMBER.match(line)
    return int(digits.group(1)) if digits else None


def _with_ends(heads: list[tuple[int, int, int, str]], total: int) -> list[Heading]:
    """Each heading's section runs to the next heading at its level or higher."""
    ends = [total] * len(heads)
    stack: list[int] = []
    for position, (index, _line, level, _title) in enumerate(heads):
        while stack and heads[stack[-1]][2] >= level:
            ends[stack.pop()] = index
        stack.append(position)
    return [
        Heading(index, line, level, title, end)
        for (index, line, level, title), end in zip(heads, ends, strict=True)
    ]
