"""Shared output for listing commands: `--json`, `--csv` or `--table`, one decorator.

A listing command returns a DataFrame (or `Rows`, a query result without pandas, for commands
that must start fast), or a dict of titled ones (sections); `listing` adds the three flags to
its signature and renders what it returns. Without a flag, a terminal gets a table that fits
its width (long cells end in "…"), and a pipe or file gets plain tab-separated text: a header
line, then one line per row (sections: a `# title` line before each block).

pandas is imported only when a result needs it, so `chinalac --help` never loads it.
"""

from __future__ import annotations

import csv
import datetime
import decimal
import functools
import inspect
import io
import json
import math
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import typer
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table

from chinalac.csv_cells import escape_cell, to_safe_csv

if TYPE_CHECKING:
    import pandas as pd

console = Console(soft_wrap=False)
error_console = Console(stderr=True, soft_wrap=True, highlight=False)


@dataclass(frozen=True)
class Rows:
    """Column names and row tuples straight from DuckDB, for listings that need no pandas."""

    columns: list[str]
    rows: list[tuple]

    @property
    def empty(self) -> bool:
        return not self.rows


Frame = Any  # pd.DataFrame | Rows
Result = Any  # Frame | dict[str, Frame]


def _is_rows(frame: Frame) -> bool:
    return isinstance(frame, Rows)


def _columns_and_rows(frame: Frame) -> tuple[list[str], Iterator[tuple]]:
    if _is_rows(frame):
        return list(frame.columns), iter(frame.rows)
    return [str(c) for c in frame.columns], frame.itertuples(index=False, name=None)


def _missing(value) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    if "pandas" in sys.modules:  # pd.NA and NaT only exist once pandas is loaded
        import pandas as pd

        return value is pd.NA or value is pd.NaT
    return False


def _json_value(value):
    if _missing(value):
        return None
    if isinstance(value, datetime.date | datetime.datetime | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


def records(frame: Frame) -> list[dict]:
    if _is_rows(frame):
        return [
            {c: _json_value(v) for c, v in zip(frame.columns, row, strict=True)}
            for row in frame.rows
        ]
    return json.loads(frame.to_json(orient="records", date_format="iso", force_ascii=False))


def to_json(result: Result) -> str:
    if not isinstance(result, dict):
        return json.dumps(records(result), ensure_ascii=False, indent=2)
    return json.dumps({k: records(v) for k, v in result.items()}, ensure_ascii=False, indent=2)


def _as_pandas(frame: Frame) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(frame.rows, columns=frame.columns) if _is_rows(frame) else frame


def to_csv(result: Result) -> str:
    if _is_rows(result):
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([escape_cell(str(c)) for c in result.columns])
        writer.writerows(
            [("" if _missing(v) else escape_cell(v)) for v in row] for row in result.rows
        )
        return buffer.getvalue()
    if not isinstance(result, dict):
        return to_safe_csv(result)
    import pandas as pd

    frames = [_as_pandas(v).assign(section=k) for k, v in result.items() if not v.empty]
    return to_safe_csv(pd.concat(frames, ignore_index=True)) if frames else ""


def _plain(value) -> str:
    """A cell of tab-separated output: full precision, no tabs or line breaks inside."""
    if _missing(value):
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = value.isoformat() if isinstance(value, datetime.date) else str(value)
    return " ".join(text.split("\t")).replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def to_tsv(result: Result) -> str:
    sections = result.items() if isinstance(result, dict) else [(None, result)]
    blocks = []
    for title, frame in sections:
        columns, rows = _columns_and_rows(frame)
        lines = [f"# {title}"] if title is not None else []
        lines.append("\t".join(_plain(c) for c in columns))
        lines += ["\t".join(_plain(v) for v in row) for row in rows]
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def _cell(value) -> str:
    if _missing(value):
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 10_000:
            return str(int(value))  # years and small counts read better without separators
        return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"
    return " ".join(str(value).split())  # one line per row: line breaks and tabs become spaces


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
# A column is never narrower than this (or its longest cell, if shorter): "Bras…" still reads.
MIN_COLUMN_WIDTH = 8
# No column is wider than this on a terminal: the rest of a long cell is "…".
MAX_COLUMN_WIDTH = 48


def fit_widths(natural: Sequence[int], total: int) -> list[int]:
    """Column widths for a table `total` cells wide (each column adds 2 cells of padding and a
    border, the table one more border).

    Short columns keep their natural width; the widest are cut down to one common cap, never
    below MIN_COLUMN_WIDTH. Columns that still do not fit get width 0 (left out, from the right).
    """
    natural = [min(max(n, 1), MAX_COLUMN_WIDTH) for n in natural]
    floors = [min(n, MIN_COLUMN_WIDTH) for n in natural]
    kept = len(natural)
    while kept > 1 and sum(floors[:kept]) + 3 * kept + 1 > total:
        kept -= 1
    budget = total - 3 * kept - 1
    widths, floors = natural[:kept], floors[:kept]

    def capped(cap: int) -> list[int]:
        return [max(min(n, cap), f) for n, f in zip(widths, floors, strict=True)]

    cap = max(widths, default=0)
    while cap > MIN_COLUMN_WIDTH and sum(capped(cap)) > budget:
        cap -= 1
    return capped(cap) + [0] * (len(natural) - kept)


def render_table(frame: Frame, title: str | None = None) -> None:
    columns, rows = _columns_and_rows(frame)
    hidden = [c for c in TABLE_HIDDEN if c in columns and len(columns) > 4]
    if len(columns) > 12:
        hidden += [
            c for c in columns if c.endswith(TABLE_HIDDEN_SUFFIXES) or c in TABLE_HIDDEN_WIDE
        ]
    keep = [i for i, c in enumerate(columns) if c not in hidden]
    columns = [columns[i] for i in keep]
    cells = [[_cell(row[i]) for i in keep] for row in rows]
    natural = [max([cell_len(c)] + [cell_len(r[j]) for r in cells]) for j, c in enumerate(columns)]
    widths = fit_widths(natural, console.width)
    shown = [j for j, w in enumerate(widths) if w]
    table = Table(title=title, title_justify="left", show_lines=False)
    for j in shown:
        table.add_column(columns[j], width=widths[j], no_wrap=True, overflow="ellipsis")
    for row in cells:
        table.add_row(*(row[j] for j in shown))
    console.print(table)
    notes = []
    if not cells:
        notes.append("no rows")
    dropped = [columns[j] for j, w in enumerate(widths) if not w]
    if hidden or dropped:
        notes.append(f"{', '.join(hidden + dropped)} not shown: use --json or --csv")
    for note in notes:
        console.print(f"[dim]({note})[/dim]", soft_wrap=True)


def render(result: Result, fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(to_json(result) + "\n")
    elif fmt == "csv":
        sys.stdout.write(to_csv(result))
    elif fmt == "tsv":
        sys.stdout.write(to_tsv(result))
    elif not isinstance(result, dict):
        render_table(result)
    else:
        for title, frame in result.items():
            render_table(frame, title=title)


def default_format() -> str:
    """A table for a terminal, tab-separated text for a pipe or a file."""
    return "table" if console.is_terminal else "tsv"


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
            default=typer.Option(
                False,
                "--table",
                help="Print a table (the default on a terminal; piped output is tab-separated).",
            ),
        ),
    ]

    @functools.wraps(func)
    def wrapper(
        *args, as_json: bool = False, as_csv: bool = False, as_table: bool = False, **kwargs
    ):
        if as_json + as_csv + as_table > 1:
            error_console.print("[red]error:[/red] choose one of --json, --csv, --table")
            raise typer.Exit(2)
        chosen = "json" if as_json else "csv" if as_csv else "table" if as_table else None
        render(func(*args, **kwargs), chosen or default_format())

    signature = inspect.signature(func)
    params = list(signature.parameters.values()) + flags
    wrapper.__signature__ = signature.replace(parameters=params, return_annotation=None)
    return wrapper
