"""Commands over the curated store: build, overview, countries, country, facts, sources,
conflicts, export."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from chinalac.cli.common import DB_OPTION, fail, opened
from chinalac.cli.output import Rows, console, error_console, listing
from chinalac.store.problems import BuildFailed

if TYPE_CHECKING:  # heavy modules load inside the commands that use them (fast --help)
    import pandas as pd


def build(
    data: Path | None = typer.Option(
        None, "--data", help="Data folder to build from (default: the package's own data)."
    ),
    db: Path | None = DB_OPTION,
    allow_shrink: bool = typer.Option(
        False,
        "--allow-shrink",
        help="Accept a table losing more than half its rows against the current store.",
    ),
) -> None:
    """Validate every data file and (re)build the store atomically.

    On any problem, prints `file:row:field: reason` for each, exits 1 and leaves the
    previous store untouched. A table that would lose more than half its rows against the
    current store is a problem too, unless --allow-shrink is given.

    Example: chinalac build --db /tmp/chinalac.duckdb
    """
    from rich.progress import Progress

    from chinalac.store.build import build_store

    try:
        with Progress(console=error_console, transient=True) as progress:
            task = progress.add_task("building", total=None)
            report = build_store(
                data,
                db,
                on_step=lambda s: progress.update(task, description=f"loading {s}"),
                allow_shrink=allow_shrink,
            )
    except BuildFailed as exc:
        for problem in exc.problems:
            error_console.print(str(problem), markup=False, highlight=False)
        raise fail(
            f"build failed with {len(exc.problems)} problem(s); the previous store is unchanged"
        ) from None
    rows = sum(report.tables.values())
    console.print(f"built {report.db_path} — {len(report.tables)} tables, {rows:,} rows")


@listing
def overview(db: Path | None = DB_OPTION):
    """The cooperation system: policy papers, forum, frameworks, ties per type, headline figures.

    Example: chinalac overview --json
    """
    with opened(db) as database:
        return database.overview()


@listing
def countries(db: Path | None = DB_OPTION):
    """China's ties with each of the 33 CELAC states, one row per state.

    Example: chinalac countries --csv
    """
    with opened(db) as database:
        return Rows(*database.countries(as_rows=True))


@listing
def country(
    name: str = typer.Argument(..., help="Name in English, Spanish or Portuguese, or ISO code."),
    db: Path | None = DB_OPTION,
):
    """A country's profile: dated ties, facts, projects, visits, commitments, finance — each
    line with its source id.

    Example: chinalac country Perú --json
    """
    with opened(db) as database:
        return database.country(name)


@listing
def facts(
    metric: str | None = typer.Option(None, "--metric", help="Metric id, e.g. trade_total."),
    country: str | None = typer.Option(None, "--country", help="Country name/code, or LAC."),
    year: int | None = typer.Option(None, "--year", help="Facts whose period covers this year."),
    db: Path | None = DB_OPTION,
):
    """Every quantitative figure in the store, with reporter and source.

    Example: chinalac facts --metric trade_total --json
    """
    with opened(db) as database:
        if metric and metric not in set(database.sql("SELECT metric FROM metrics")["metric"]):
            raise fail(f"unknown metric '{metric}': `chinalac facts` without --metric lists them")
        return database.facts(metric=metric, country=country, year=year)


@listing
def sources(
    source_id: str | None = typer.Argument(None, help="Show one source."),
    db: Path | None = DB_OPTION,
):
    """Every publication and web page the store cites.

    Example: chinalac sources CRS2022 --json
    """
    with opened(db) as database:
        if source_id:
            found = database.source(source_id)
            if found.empty:
                raise fail(f"unknown source id '{source_id}'")
            return found
        return database.sources()


@listing
def conflicts(db: Path | None = DB_OPTION):
    """Every disputed figure or tie, with all its values and their sources side by side.

    Example: chinalac conflicts --table
    """
    with opened(db) as database:
        return database.conflicts()


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    json = "json"


def export(
    fmt: ExportFormat = typer.Option(ExportFormat.csv, "--format", help="csv, parquet or json."),
    out: Path = typer.Option(..., "--out", help="Folder to write one file per table into."),
    db: Path | None = DB_OPTION,
) -> None:
    """Write every table and view of the store to OUT, one file each (written atomically).

    Example: chinalac export --format parquet --out ./chinalac-export
    """
    if out.exists() and not out.is_dir():
        raise fail(f"--out {out} is a file, not a folder: give a new or existing folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fail(f"--out {out}: cannot create the folder ({exc.strerror or exc})") from None
    from rich.progress import Progress

    with opened(db) as database:
        names = database.tables()
        with Progress(console=error_console) as progress:
            task = progress.add_task("exporting", total=len(names))
            for name in names:
                target = out / f"{name}.{fmt.value}"
                temporary = target.with_name(target.name + ".tmp")
                frame: pd.DataFrame = database.table(name)
                if fmt is ExportFormat.csv:
                    from chinalac.csv_cells import to_safe_csv

                    to_safe_csv(frame, temporary)  # text cells never start a formula
                elif fmt is ExportFormat.parquet:
                    frame.to_parquet(temporary, index=False)
                else:
                    frame.to_json(
                        temporary, orient="records", date_format="iso", force_ascii=False, indent=1
                    )
                os.replace(temporary, target)
                progress.advance(task)
    console.print(f"wrote {len(names)} tables to {out}")


COMMANDS = [build, overview, countries, country, facts, sources, conflicts, export]
