"""`oneos triage`: is this a crisis, an HR process or a status-meeting request?"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from oneos.cli._common import format_option, read_stdin
from oneos.errors import InputError

if TYPE_CHECKING:
    from oneos.safety.triage import TriageResult

# Kept here (not imported) so `--help` stays fast; a test checks it matches the library.
OFFERS = ("feedback-plan", "expectations-doc", "what-goes-where")
EXIT_CODES = {"none": 0, "hr": 3, "status": 3, "crisis": 4}

HELP = """Check TEXT (or - for stdin) for what 1:1 templates must not handle.

\b
Categories, most urgent first:
  crisis  self-harm, suicide, violence or threats, abuse, immediate danger
  hr      PIPs, documenting performance for HR, investigations, complaints,
          disciplinary steps, termination, legal questions
  status  a request for a project status meeting cadence
  none    nothing to redirect: oneos can design 1:1s for this

Prints the category, the phrase that triggered it and oneos's response. A text
that only mentions a matter HR already owns (someone on a PIP run by HR) is
`none`, with that person listed as an HR mention.

\b
--offer makes what oneos can still produce after a redirect, in Markdown:
  feedback-plan     a feedback conversation plan (not a PIP)
  expectations-doc  an expectations document (not a PIP)
  what-goes-where   where status, 1:1 and urgent topics belong

\b
Exit codes:
  0  none (or an --offer was printed)
  2  bad input (empty text, unreadable stdin, bad option)
  3  hr or status: a redirect, no 1:1 templates
  4  crisis: safety first, no templates
"""


@click.command(name="triage", help=HELP)
@click.argument("text", required=False)
@format_option("category, trigger, message, offers and mentions.")
@click.option("--offer", "offer_id", type=click.Choice(OFFERS), help="Print an offer instead.")
@click.option("--person", help="A name to put on the offer's title.")
@click.pass_context
def triage_command(
    ctx: click.Context, text: str | None, fmt: str, offer_id: str | None, person: str | None
) -> None:
    from oneos.cli.output import emit

    if offer_id is not None:
        if text is not None:
            raise InputError("TEXT: give either TEXT to check or --offer, not both")
        from oneos.safety.offers import offer

        emit(offer(offer_id, person))
        return
    if text is None:
        raise InputError("TEXT: missing — give the text to check, or - to read it from stdin")
    if text == "-":
        text = read_stdin("TEXT")
    if not text.strip():
        raise InputError("TEXT: empty — give the text to check, or - to read it from stdin")

    from oneos.safety.triage import triage

    result = triage(text)
    emit(_as_json(result) if fmt == "json" else _as_text(result))
    ctx.exit(EXIT_CODES[result.category])


def _as_json(result: TriageResult) -> str:
    from oneos.model.base import to_builtins

    data = to_builtins(result)
    data.pop("rule", None)
    import json

    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _as_text(result: TriageResult) -> str:
    head = [f"category: {result.category}"]
    if result.trigger is not None:
        head.append(f'trigger: "{result.trigger}"')
    body = [result.message]
    if result.offers:
        offers = "\n".join(f"  oneos triage --offer {o.id:<17} {o.title}" for o in result.offers)
        it = "it" if len(result.offers) == 1 else "them"
        body.append(f"To get {it}, run:\n{offers}")
    if result.mentions:
        from oneos.safety.triage import message

        names = "\n".join(
            f'  - {m.person or "(no name found)"}: "{m.trigger}" in "{m.sentence}"'
            for m in result.mentions
        )
        body.append(f"HR-owned matters mentioned (flag: hr-process):\n{names}")
        body.append(message("hr_mention"))
    # In a crisis the guidance comes before anything else.
    parts = [*body, "\n".join(head)] if result.category == "crisis" else ["\n".join(head), *body]
    return "\n\n".join(parts) + "\n"
