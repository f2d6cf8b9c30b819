"""`oneos privacy`: find sensitive personal data in a context or in 1:1 notes."""

from __future__ import annotations

import json

import click

from oneos.cli._common import format_option, read_file
from oneos.model.base import to_builtins

HELP = """Lint FILE (or - for stdin) for sensitive personal data.

\b
Looks for health and diagnoses, mental-health terms, pregnancy, religion,
sexual orientation, union membership, immigration status, family matters,
email addresses, phone numbers and government ID numbers.

\b
Prints one line per finding:
  FILE:LINE:COL: category: "match" → suggestion
where the suggestion is an anonymised wording to use instead. With --redact,
prints the text with every finding replaced by its suggestion.

\b
Exit codes:
  0  nothing sensitive found
  1  findings (printed on stdout)
  2  FILE cannot be read (missing, a folder, not UTF-8)
"""


@click.command(name="privacy", help=HELP)
@click.argument("file")
@format_option("{file, count, findings: [...]}.")
@click.option("--redact", is_flag=True, help="Print the text with each finding replaced.")
@click.pass_context
def privacy_command(ctx: click.Context, file: str, fmt: str, redact: bool) -> None:
    from oneos.cli.output import emit
    from oneos.safety.privacy import lint_privacy
    from oneos.safety.privacy import redact as redacted

    text = read_file(file)
    name = "<stdin>" if file == "-" else file
    findings = lint_privacy(text)
    if redact:
        emit(redacted(text))
    elif fmt == "json":
        data = {
            "file": name,
            "count": len(findings),
            "findings": [to_builtins(f) for f in findings],
        }
        emit(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    elif findings:
        emit(
            "".join(
                f'{name}:{f.line}:{f.column}: {f.category}: "{f.match}" → {f.suggestion}\n'
                for f in findings
            )
        )
    summary = f"{len(findings)} finding{'s' if len(findings) != 1 else ''} in {name}"
    click.echo(summary if findings else f"no sensitive data found in {name}", err=True)
    ctx.exit(1 if findings else 0)
