"""`oneos questions`: browse the question bank and the agenda menu outside a pack."""

from __future__ import annotations

import click


@click.command(name="questions")
@click.option(
    "--situation",
    "situations",
    multiple=True,
    metavar="S",
    help="Only questions for this situation (repeat for several), e.g. passed-over.",
)
@click.option("--stage", metavar="S", help="Relationship stage: new, stable or strained.")
@click.option("--seniority", metavar="S", help="Seniority: junior, mid, senior or lead.")
@click.option(
    "--purpose",
    metavar="P",
    help="Purpose: coach, feedback, career, wellbeing, skip-level or listening.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Text grouped by situation (or theme), or a stable JSON list.",
)
@click.option("--agenda", is_flag=True, help="List the agenda menu instead of the questions.")
def questions(
    situations: tuple[str, ...],
    stage: str | None,
    seniority: str | None,
    purpose: str | None,
    fmt: str,
    agenda: bool,
) -> None:
    """List the question bank (or the agenda menu) so you can browse it outside a pack.

    Filters combine: --situation picks any of the situations given; --stage and --seniority
    keep questions tagged for them plus those that fit anyone.
    """
    from oneos.cli.output import emit
    from oneos.content.listing import browse

    emit(
        browse(
            situations=situations,
            stage=stage,
            seniority=seniority,
            purpose=purpose,
            agenda=agenda,
            fmt="json" if fmt == "json" else "text",
        )
    )
