"""Shared output for listing commands: `--json`, `--csv` or `--table` (default), one decorator.

A listing command returns a DataFrame, or a dict of titled DataFrames (sections); `listing`
adds the three flags to its signature and renders what it returns.
"""

from __future__ import annotations

import functools
import inspect
import json
import sys
from collections.abc import Callable

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from chinalac.csv_cells import to_safe_csv

console = Console(soft_wrap=False)
error_console = Console(stderr=True, soft_wrap=True)

Result = pd.DataFrame | dict[str, pd.DataFrame]


def records(frame: pd.DataFrame) -> list[dict]:
    return json.loads(frame.to_json(orient="records", date_format="iso", force_ascii=False))


def to_json(result: Result) -> str:
    if isinstance(result, pd.DataFrame):
        return json.dumps(records(result), ensure_ascii=False, indent=2)
    return json.dumps({k: records(v) for k, v in result.items()}, ensure_ascii=False, indent=2)


def to_csv(result: Result) -> str:
    if isinstance(result, pd.DataFrame):
        return to_safe_csv(result)
    frames = [v.assign(section=k) for k, v in result.items() if not v.empty]
    return to_safe_csv(pd.concat(frames, ignore_index=True)) if frames else ""


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 10_000:
            return str(int(value))  # years and small counts read better without separators
        return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"
    return str(value)


# Long prose columns make a terminal table unreadable; --json and --csv keep them.
TABLE_HIDDEN = (
    "evidence",
    "source_url",
    "source_title",
    "detail",
    "note",
    "summary",
    "description",
    "tier_reason",
)
# Detail columns of wide listings such as `chinalac countries` (each tie's label, quality,
# tier, rows; the other-language names; yes/no views of the same statuses).
TABLE_HIDDEN_SUFFIXES = ("_label", "_quality", "_tier", "_rows", "_count")
TABLE_HIDDEN_WIDE = (
    "name_es",
    "name_pt",
    "subregion",
    "confucius",
    "confucius_since",
    "recognises_taiwan",
    "prc_relations_since",
    "bri_member",
    "fta_in_force",
    "aiib_member",
    "as_of",
)


def render_table(frame: pd.DataFrame, title: str | None = None) -> None:
    hidden = [c for c in TABLE_HIDDEN if c in frame.columns and len(frame.columns) > 4]
    if len(frame.columns) > 12:
        hidden += [
            c
            for c in frame.columns
            if str(c).endswith(TABLE_HIDDEN_SUFFIXES) or c in TABLE_HIDDEN_WIDE
        ]
    frame = frame.drop(columns=hidden)
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in frame.columns:
        table.add_column(str(column), overflow="fold")
    for row in frame.itertuples(index=False):
        table.add_row(*(_cell(v) for v in row))
    console.print(table)
    if frame.empty:
        console.print("[dim](no rows)[/dim]")
    elif hidden:
        console.print(f"[dim]({', '.join(hidden)} not shown: use --json or --csv)[/dim]")


def render(result: Result, fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(to_json(result) + "\n")
    elif fmt == "csv":
        sys.stdout.write(to_csv(result))
    elif isinstance(result, pd.DataFrame):
        render_table(result)
    else:
        for title, frame in result.items():
            render_table(frame, title=title)


def listing(func: Callable[..., Result]) -> Callable[..., None]:
    """Give a command `--json/--csv/--table` and render the DataFrame(s) it returns."""
    flags = [
        inspect.Parameter(
            "as_json",
            inspect.Parameter.KEYWORD_ONLY,
            annotation=bool,
            default=typer.Option(False, "--json", help="Print JSON (one object per row)."),
        ),
        inspect.Parameter(
            "as_csv",
            inspect.Parameter.KEYWORD_ONLY,
            annotation=bool,
            default=typer.Option(False, "--csv", help="Print CSV."),
        ),
        inspect.Parameter(
            "as_table",
            inspect.Parameter.KEYWORD_ONLY,
            annotation=bool,
            default=typer.Option(False, "--table", help="Print a table (the default)."),
        ),
    ]

    @functools.wraps(func)
    def wrapper(
        *args, as_json: bool = False, as_csv: bool = False, as_table: bool = False, **kwargs
    ):
        if as_json + as_csv + as_table > 1:
            error_console.print("[red]error:[/red] choose one of --json, --csv, --table")
            raise typer.Exit(2)
        render(func(*args, **kwargs), "json" if as_json else "csv" if as_csv else "table")

    signature = inspect.signature(func)
    params = list(signature.parameters.values()) + flags
    wrapper.__signature__ = signature.replace(parameters=params, return_annotation=None)
    return wrapper
