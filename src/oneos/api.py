"""The library's front door: every capability the CLI and the MCP server offer, as functions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from oneos.errors import InputError
from oneos.model.context import Context
from oneos.model.pack import Pack

if TYPE_CHECKING:
    from pathlib import Path

    from oneos.calendar.slots import BusyInterval
    from oneos.safety.screen import Screening
    from oneos.safety.triage import TriageResult


def next_monday(today: date) -> date:
    """The Monday after `today` (a Monday gives the following one)."""
    return today + timedelta(days=7 - today.weekday())


def read_text(source: str | Path) -> str:
    """Read a UTF-8 text file, with a clear error for anything that cannot be read."""
    from pathlib import Path

    path = Path(source)
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text — save it as UTF-8") from None
    except OSError as exc:
        raise unreadable(path, exc) from None


def unreadable(path: Path, exc: OSError, what: str = "") -> InputError:
    """The error for a file that cannot be opened; `what` names the option it came from."""
    where = f"{what}: {path}" if what else str(path)
    if isinstance(exc, FileNotFoundError):
        return InputError(f"{where}: no such file — check the path")
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{where}: is a directory — give a file")
    return InputError(f"{where}: cannot be read ({exc.strerror})")


def load_context(text: str | None, source: str = "<context>") -> tuple[Context, bool]:
    """A context from YAML/JSON text, or the embedded default when text is None.

    Returns the context and whether it is the default.
    """
    from oneos.intake.load import default_context, parse_context_text

    if text is None:
        return default_context(), True
    return parse_context_text(text, source), False


def resolve_start(context: Context, start: date | None, today: date) -> date:
    """--start wins, then the context's pilot.start, then the next Monday."""
    chosen = start or context.pilot.start or next_monday(today)
    if chosen.weekday() != 0:
        monday = chosen - timedelta(days=chosen.weekday())
        raise InputError(
            f"start: {chosen} is a {chosen:%A} — the plan starts on a Monday;"
            f" use {monday} or {monday + timedelta(days=7)}"
        )
    return chosen


def screen(context: Context, text: str | None = None, *, anonymize: bool = False) -> Screening:
    """Safety first: triage, HR mentions, privacy; optionally anonymise names everywhere."""
    from oneos.safety.screen import anonymize_context
    from oneos.safety.screen import screen as run

    if anonymize or context.privacy.anonymize:
        context = anonymize_context(context)
    return run(context, text)


def redirect_markdown(result: TriageResult) -> str:
    """What `pack` prints instead of a pack when triage says no: the why, and what it offers."""
    lines = ["# No 1:1 pack for this request", "", result.message.strip(), ""]
    if result.trigger:
        lines += [f'Triggered by: "{result.trigger}"', ""]
    if result.offers:
        lines += ["## What oneos can do instead", ""]
        lines += [f"- {o.title}: `oneos triage --offer {o.id}`" for o in result.offers]
        lines.append("")
    return "\n".join(lines)


def redirect_json(result: TriageResult) -> str:
    """pack.json when no pack is produced: `pack_produced` false and the triage verdict."""
    from oneos.render.json import OfferOut, PackJson, TriageOut, dumps

    return dumps(
        PackJson(
            pack_produced=False,
            triage=TriageOut(
                category=result.category,
                message=result.message,
                trigger=result.trigger,
                offers=[OfferOut(id=o.id, title=o.title) for o in result.offers],
            ),
        )
    )


def build_pack(
    context: Context,
    start: date | None = None,
    *,
    today: date | None = None,
    is_default: bool = False,
    busy: Sequence[BusyInterval] = (),
    check: bool = True,
) -> Pack:
    """Run the eight design steps, then the quality gate on the rendered pack.

    `today` defaults to the real date only here, at the edge. `busy` holds times the
    manager is already busy (see `read_busy`); slots avoid them. `check=False` skips the
    gate (the pack then has no `gate` verdict)."""
    from oneos.design.build import build_pack as design

    when = resolve_start(context, start, today or date.today())
    if not context.people and not is_default:
        context = with_illustrative_people(context)
    pack = design(context, when, is_default=is_default, busy=busy)
    return check_pack(pack) if check else pack


def read_busy(source: str | Path, start: date, timezone: str = "UTC") -> tuple[BusyInterval, ...]:
    """Busy times from a calendar export (.ics) over the half-year from `start`.

    Times without a zone are read in `timezone` (the manager's)."""
    from pathlib import Path

    from oneos.calendar.busy import busy_intervals

    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc, "--busy") from None
    return busy_intervals(data, start=start, default_zone=timezone, source=f"--busy: {path}")


def calendar_ics(pack: Pack) -> bytes:
    """calendar.ics: every meeting of the plan as an iCalendar file (RFC 5545)."""
    from oneos.calendar.ics import calendar_ics as write

    return write(pack)


def with_illustrative_people(context: Context) -> Context:
    """A context without people gets the default roster, labelled as an assumption."""
    from oneos.content.text import phrase
    from oneos.intake.load import default_context
    from oneos.model.base import replace

    return replace(
        context,
        people=default_context().people,
        assumptions=(*context.assumptions, phrase("assume-no-people")),
        open_questions=(*context.open_questions, phrase("q-default-roster")),
    )


# The pack `check_pack` returned last, with the Markdown of its body that the gate scored.
# Printing a pack comes right after checking it (`oneos pack`, the MCP tool), and then only the
# gate section is left to render. Packs are frozen, so the same object renders the same text.
# One pack at most is kept, so a long-running server holds no more than that.
_last_checked: tuple[Pack, str] | None = None


def check_pack(pack: Pack) -> Pack:
    """Score the rendered pack with the quality gate and keep the verdict in the pack."""
    global _last_checked
    from oneos.gate.verdict import MAX_SCORE, PASS_RULE, passed, verdict
    from oneos.model.base import replace
    from oneos.model.pack import GateCategory, GateCheck, GateSummary
    from oneos.render.markdown import render_body

    body = render_body(pack)
    # The verdict alone: the pack keeps no evidence or reasons, so none are built.
    checks, scores = verdict(body)
    summary = GateSummary(
        total=sum(s for _, _, s in scores),
        max=MAX_SCORE,
        passed=passed(checks, scores),
        rule=PASS_RULE,
        categories=tuple(GateCategory(key=k, title=t, score=s) for k, t, s in scores),
        checks=tuple(GateCheck(id=i, title=t, passed=ok) for i, t, ok in checks),
    )
    checked = replace(pack, gate=summary)
    _last_checked = (checked, body)
    return checked


def render_markdown(pack: Pack) -> str:
    """The whole pack as Markdown."""
    from oneos.render.markdown import render_markdown as render
    from oneos.render.markdown import with_gate_section

    last = _last_checked
    if last is not None and last[0] is pack:
        return with_gate_section(last[1], pack)
    return render(pack)


def render_json(pack: Pack) -> str:
    """pack.json as text."""
    from oneos.render.json import dumps, pack_json_model

    return dumps(pack_json_model(pack))


def render_html(pack: Pack) -> str:
    """pack.html: one self-contained, printable HTML file."""
    from oneos.render.html import render_html as render

    return render(pack)


def render_docx(pack: Pack) -> bytes:
    """pack.docx: a Word document; the same pack gives the same bytes."""
    from oneos.render.docx import render_docx as render

    return render(pack)


def pack_files(pack: Pack) -> dict[str, str | bytes]:
    """Every file `pack --out` writes, by relative path: all rendered before any is written."""
    from oneos.render.markdown import render_person, render_sections

    files: dict[str, str | bytes] = {"pack.md": render_markdown(pack)}
    files.update({f"{stem}.md": text for stem, text in render_sections(pack).items()})
    for person in pack.people:
        files[f"people/{person.slug}.md"] = render_person(pack, person.alias)
    files["pack.json"] = render_json(pack)
    files["pack.html"] = render_html(pack)
    files["pack.docx"] = render_docx(pack)
    files["calendar.ics"] = calendar_ics(pack)
    return files
