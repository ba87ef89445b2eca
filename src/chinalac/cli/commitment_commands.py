"""`chinalac commitments [show ID]`: every pledge with its status as of a date, and one pledge with
its sources and every delivery row side by side. The status is computed in
domain/commitments.py; this module only presents it."""

from __future__ import annotations

from pathlib import Path

import typer

from chinalac.cli.common import DB_OPTION, fail, opened
from chinalac.cli.output import error_console, render

commitments_app = typer.Typer(
    help="Pledges of the cooperation system, each with its status as of a date.",
    invoke_without_command=True,
)

AS_OF_HELP = "Status as of this date: 2024, 2024-06 or 2024-06-30 (default: today)."


def _format(as_json: bool, as_csv: bool, as_table: bool) -> str:
    if as_json + as_csv + as_table > 1:
        error_console.print("[red]error:[/red] choose one of --json, --csv, --table")
        raise typer.Exit(2)
    return "json" if as_json else "csv" if as_csv else "table"


@commitments_app.callback()
def commitments(
    context: typer.Context,
    plan: str | None = typer.Option(None, "--plan", help="One plan, e.g. xi_brasilia_2014."),
    status: str | None = typer.Option(
        None,
        "--status",
        help="met, on track, behind, missed, disputed, not comparable or unmeasurable.",
    ),
    as_of: str | None = typer.Option(None, "--as-of", help=AS_OF_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON (one object per row)."),
    as_csv: bool = typer.Option(False, "--csv", help="Print CSV."),
    as_table: bool = typer.Option(False, "--table", help="Print a table (the default)."),
    db: Path | None = DB_OPTION,
) -> None:
    """Every pledge with target, deadline, status as of a date, the reason and its source.

    Statements such as "fully implemented" are listed as claims, never as measurements.

    Example: chinalac commitments --plan xi_brasilia_2014 --as-of 2024 --json
    """
    if context.invoked_subcommand:
        return
    from chinalac.domain.commitments import CommitmentError

    fmt = _format(as_json, as_csv, as_table)
    with opened(db) as database:
        try:
            frame = database.commitments(plan=plan, as_of=as_of, status=status)
        except CommitmentError as exc:
            raise fail(str(exc)) from None
    if fmt == "table" and not frame.empty:
        # The reason and sources are long prose: --json or --csv, or `commitments show ID`.
        frame = frame[["commitment_id", "target_value", "unit", "deadline", "status"]]
    render(frame, fmt)


@commitments_app.command("show")
def show(
    commitment_id: str = typer.Argument(..., help="A commitment id from `chinalac commitments`."),
    as_of: str | None = typer.Option(None, "--as-of", help=AS_OF_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    as_csv: bool = typer.Option(False, "--csv", help="Print CSV."),
    as_table: bool = typer.Option(False, "--table", help="Print tables (the default)."),
    db: Path | None = DB_OPTION,
) -> None:
    """One pledge: its status, every statement of it with its source, every delivery row side by
    side (measurement or a party's statement, and how the status rule used it), the path.

    Example: chinalac commitments show brasilia2014_trade_500bn --as-of 2024
    """
    from chinalac.domain.commitments import CommitmentError

    fmt = _format(as_json, as_csv, as_table)
    with opened(db) as database:
        try:
            detail = database.commitment(commitment_id, as_of=as_of)
        except CommitmentError as exc:
            raise fail(str(exc)) from None
    if fmt == "table":
        detail = _readable(detail)
    render(detail, fmt)


def _readable(detail: dict) -> dict:
    """Terminal tables: the pledge as field/value lines, the other sections' short columns."""
    import pandas as pd

    pledge = detail["pledge"].iloc[0]
    shown = {
        "pledge": pd.DataFrame(
            {"field": list(pledge.index), "value": [str(v) for v in pledge.values]}
        ),
        "statements": detail["statements"][
            ["statement_id", "target_value", "unit", "period_start", "period_end", "source_id"]
        ],
        "delivery": detail["delivery"][
            ["as_of", "value_text", "unit", "kind", "used_as", "reporter"]
        ],
    }
    if not detail["path"].empty:
        shown["path"] = detail["path"]
    if not detail["conflicts"].empty:
        shown["conflicts"] = detail["conflicts"]
    return shown
