"""`chinalac check FILE|- [--json]`: check the numbers of an article against the knowledge base.

Thin on purpose: read bytes, call chinalac.claims.check, print. Registered by cli/app.py.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import typer

from chinalac.cli.output import console, error_console


def check(
    path: str = typer.Argument(
        ..., help="Text, Markdown or HTML file to check; - reads standard input."
    ),
    json_output: bool = typer.Option(
        False,
        "--json",
        help="Print JSON: one object per claim, with character offsets, verdict and sources.",
    ),
    date: str = typer.Option(
        None,
        "--date",
        help="The article's date (YYYY-MM-DD) for relative dates such as 'last year', used when "
        "the text has no dateline or front-matter date; else the file's modification time.",
    ),
) -> None:
    """Find the numeric claims of an article and check each against the knowledge base.

    Verdicts: supported, contradicted, inconsistent (the text contradicts itself), disputed
    (sources disagree), unverifiable (nothing stored). Reads at most 2 MB; needs no store.

    Relative dates ("last year", "el año pasado", "no ano passado") are read against the
    article's date: its dateline, a date line of its front matter, --date, or the file's
    modification time, in that order; the report says which.

    Example: chinalac check article.md --date 2025-05-20 --json
    """
    # The checker loads its lexicons and the knowledge base: only when a command runs it.
    from chinalac.claims import ClaimsInputError, render_report, results_to_json
    from chinalac.claims import check as check_claims

    try:
        data = _read(path)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            results = check_claims(data, date=date, path=None if path == "-" else path)
    except ClaimsInputError as exc:
        error_console.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None
    for warning in caught:
        error_console.print(f"[yellow]warning:[/yellow] {warning.message}", highlight=False)
    if json_output:
        sys.stdout.write(results_to_json(results) + "\n")
    else:
        render_report(results, console)
        used = next((r.claim.article_date for r in results if r.claim.article_date), None)
        if used:
            console.print(
                f"article date: {used['date']} ({used['found_by']}: {used['text']})",
                highlight=False,
            )


def _read(path: str) -> bytes:
    from chinalac.claims import ClaimsInputError
    from chinalac.claims.input_text import MAX_INPUT_BYTES

    # One byte more than the limit is enough to refuse an oversized input without reading it all.
    if path == "-":
        return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    file = Path(path)
    if not file.is_file():
        raise ClaimsInputError(f"no such file: {path}")
    with file.open("rb") as handle:
        return handle.read(MAX_INPUT_BYTES + 1)
