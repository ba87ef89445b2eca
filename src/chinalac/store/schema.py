"""Column specifications and the generic CSV validator used by every loader.

A table is described once (`TableSpec`); `read_table` checks columns, types, required cells,
allowed values, signs and duplicate keys, and reports each failure as a `Problem` naming the
file, line and field. References to other tables are checked after every loader has run.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from chinalac.store.problems import Problem

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Older names of columns, read under their current name. `quote` was a copied excerpt; its
# successor `evidence` is a note in our own words. Only the files below still carry `quote`, until
# their new versions land (then delete them here); any other file with `quote` fails validation,
# and tests/test_own_words.py fails while any data file has such a column.
LEGACY_COLUMNS = {"quote": "evidence"}
LEGACY_FILES: frozenset[str] = frozenset()
TRUE = {"true", "yes", "1"}
FALSE = {"false", "no", "0"}


@dataclass(frozen=True)
class Column:
    name: str
    type: str = "str"  # str | int | float | bool | date (ISO, precision kept as written)
    required: bool = False
    allowed: frozenset[str] | None = None
    nonnegative: bool = False
    references: tuple[str, str] | None = None  # (table, column) that must hold the value


@dataclass(frozen=True)
class TableSpec:
    name: str
    path: str  # relative to the data folder
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()
    extra_columns_allowed: bool = False
    may_be_empty: bool = False  # False: a file with a header and no rows is a problem

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


@dataclass
class Reference:
    file: str
    row: int
    field: str
    value: str
    table: str
    column: str


@dataclass
class ReadResult:
    frame: pd.DataFrame | None
    problems: list[Problem] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)


def read_csv_text(path: Path, label: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Read a CSV as strings ('' for empty), or report why it cannot be read.

    Blank lines are skipped; `line_numbers(frame)` gives the physical line on which each row
    starts in the file (blank lines and line breaks inside quoted cells counted), which is
    the number every problem reports.
    """
    if not path.exists():
        return None, [Problem(label, None, None, "file is missing")]
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [
            Problem(label, None, None, f"not valid UTF-8 ({exc.reason} at byte {exc.start})")
        ]
    except OSError as exc:
        return None, [Problem(label, None, None, f"unreadable: {exc.strerror or exc}")]
    if not text.strip():
        return None, [Problem(label, None, None, "file is empty")]
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        return None, [Problem(label, line, None, "NUL byte: a binary file, not CSV text")]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] | None = None
    rows: list[list[str]] = []
    lines: list[int] = []
    problems: list[Problem] = []
    next_line = 1
    try:
        for record in reader:
            start, next_line = next_line, reader.line_num + 1
            if not record or (len(record) == 1 and not record[0].strip() and header):
                continue  # a blank line
            if header is None:
                header = [name.strip() for name in record]
                continue
            if len(record) != len(header):
                problems.append(
                    Problem(
                        label,
                        start,
                        None,
                        f"{len(record)} fields where the header has {len(header)}"
                        + (" (truncated?)" if len(record) < len(header) else ""),
                    )
                )
                continue
            rows.append(record)
            lines.append(start)
    except csv.Error as exc:
        hint = (
            " (the file ends inside a quoted cell: truncated?)" if "end of data" in str(exc) else ""
        )
        return None, [Problem(label, reader.line_num, None, f"malformed CSV: {exc}{hint}")]
    if problems:
        return None, problems
    if header is None:
        return None, [Problem(label, None, None, "file is empty")]
    duplicated = sorted({name for name in header if header.count(name) > 1})
    if duplicated:
        return None, [
            Problem(label, 1, name, "column appears twice in the header") for name in duplicated
        ]
    frame = pd.DataFrame(rows, columns=header, dtype=object)
    if label in LEGACY_FILES:
        frame = with_current_column_names(frame)
    frame.attrs["lines"] = lines
    return frame, []


def with_current_column_names(frame: pd.DataFrame) -> pd.DataFrame:
    """Rename legacy columns (LEGACY_COLUMNS) unless the current name is already there."""
    renames = {
        old: new
        for old, new in LEGACY_COLUMNS.items()
        if old in frame.columns and new not in frame.columns
    }
    return frame.rename(columns=renames) if renames else frame


def line_numbers(frame: pd.DataFrame) -> list[int]:
    """The physical line of each row of a frame read by `read_csv_text` / `read_table`."""
    lines = frame.attrs.get("lines")
    if lines is not None and len(lines) == len(frame):
        return list(lines)
    return list(range(2, len(frame) + 2))


def line_of(frame: pd.DataFrame, index: int) -> int:
    """The physical line of the row whose (positional, unchanged) index is `index`."""
    lines = frame.attrs.get("lines")
    if lines is not None and 0 <= index < len(lines):
        return lines[index]
    return index + 2


def _check_date(value: str) -> str | None:
    """None for a real calendar date in ISO form (YYYY, YYYY-MM or YYYY-MM-DD), else why not."""
    if not DATE_RE.match(value):
        return f"'{value}' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"
    parts = [int(part) for part in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        return f"'{value}' is not a real date ({exc})"
    return None


def _convert(value: str, column: Column):
    """Return (converted value, error message or None)."""
    if column.type == "str":
        return value, None
    if "\x00" in value:
        return None, "NUL byte in the value"
    if column.type == "date":
        return value, _check_date(value)
    if column.type == "bool":
        low = value.lower()
        if low in TRUE:
            return True, None
        if low in FALSE:
            return False, None
        return None, f"'{value}' is not true/false"
    try:
        number = float(value.replace("_", ""))
    except ValueError:
        return None, f"'{value}' is not a number"
    if not math.isfinite(number):  # nan, inf, -inf, 1e999
        return None, f"'{value}' is not a finite number"
    if column.type == "int":
        if number != int(number):
            return None, f"'{value}' is not a whole number"
        number = int(number)
    if column.nonnegative and number < 0:
        return None, f"negative value {value} (must be ≥ 0)"
    return number, None


def read_table(data_dir: Path, spec: TableSpec) -> ReadResult:
    label = spec.path
    frame, problems = read_csv_text(data_dir / spec.path, label)
    if frame is None:
        return ReadResult(None, problems)
    missing = [c for c in spec.column_names if c not in frame.columns]
    for name in missing:
        problems.append(Problem(label, 1, name, "required column is missing from the header"))
    unknown = [c for c in frame.columns if c not in spec.column_names]
    if unknown and not spec.extra_columns_allowed:
        for name in unknown:
            problems.append(
                Problem(label, 1, name, "unknown column (not in the table's specification)")
            )
    if missing:
        return ReadResult(None, problems)

    lines = line_numbers(frame)
    if not lines and not spec.may_be_empty:
        problems.append(
            Problem(label, None, None, "the file has a header but no rows (truncated or emptied?)")
        )
        return ReadResult(None, problems)
    references: list[Reference] = []
    out: dict[str, list] = {c.name: [] for c in spec.columns}
    for index, record in enumerate(frame.to_dict("records")):
        line = lines[index]
        for column in spec.columns:
            value = (record[column.name] or "").strip()
            if value == "":
                if column.required:
                    problems.append(Problem(label, line, column.name, "required value is empty"))
                out[column.name].append(None)
                continue
            if column.allowed is not None and value not in column.allowed:
                allowed = ", ".join(sorted(column.allowed))
                problems.append(
                    Problem(label, line, column.name, f"'{value}' is not one of: {allowed}")
                )
            converted, error = _convert(value, column)
            if error:
                problems.append(Problem(label, line, column.name, error))
            out[column.name].append(converted)
            if column.references and not error:
                table, col = column.references
                references.append(Reference(label, line, column.name, value, table, col))

    typed = pd.DataFrame(out)
    typed.attrs["lines"] = lines
    for column in spec.columns:
        if column.type == "int":
            typed[column.name] = pd.array(typed[column.name], dtype="Int64")
        elif column.type == "float":
            typed[column.name] = pd.array(typed[column.name], dtype="Float64")
        elif column.type == "bool":
            typed[column.name] = pd.array(typed[column.name], dtype="boolean")
        else:
            typed[column.name] = typed[column.name].astype("object")
    if spec.key:
        duplicated = typed.duplicated(list(spec.key), keep="first")
        for index in typed.index[duplicated]:
            key = ", ".join(f"{k}={typed.at[index, k]}" for k in spec.key)
            first = typed.index[
                (typed[list(spec.key)] == typed.loc[index, list(spec.key)]).all(axis=1)
            ][0]
            problems.append(
                Problem(
                    label,
                    lines[index],
                    spec.key[0],
                    f"duplicate key ({key}); first at line {lines[first]}",
                )
            )
    return ReadResult(typed, problems, references)
