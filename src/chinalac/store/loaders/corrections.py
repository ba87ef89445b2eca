"""Corrections to copied source files: data/corrections/corrections.csv.

Copied files are never edited. A correction names the file, the row (by key columns), the field,
the value it expects to find, what to do, and why. A correction whose key matches no row, or
whose old value no longer matches, is reported: the source changed and the fix must be reviewed.
"""

from __future__ import annotations

import pandas as pd

from chinalac.store.context import BuildContext
from chinalac.store.schema import Column, TableSpec, line_numbers

SPEC = TableSpec(
    "corrections",
    "corrections/corrections.csv",
    (
        Column("file", required=True),
        Column("key", required=True),
        Column("field", required=True),
        Column("old_value"),
        Column("new_value"),
        Column("action", required=True, allowed=frozenset({"replace", "set_null", "drop"})),
        Column("reason", required=True),
        Column("source_id", references=("sources", "source_id")),
    ),
    key=("file", "key", "field"),
)


def load(ctx: BuildContext) -> None:
    frame = ctx.load_table(SPEC)
    if frame is not None:
        frame["line"] = line_numbers(frame)
        ctx.write_table("corrections", frame)


def _parse_key(key: str) -> dict[str, str]:
    """`col=value; col=value` as a dict; empty when any part is not `col=value` (reported)."""
    pairs = [part.split("=", 1) for part in key.split(";") if part.strip()]
    if any(len(pair) != 2 or not pair[0].strip() for pair in pairs):
        return {}
    return {k.strip(): v.strip() for k, v in pairs}


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    try:
        return float(a) == float(b)
    except ValueError:
        return False


def apply_corrections(ctx: BuildContext, file: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Apply the corrections for `file` to a frame of strings; return the corrected frame.

    Adds a `corrected` column holding the reason(s) applied to each row, so outputs can show it.
    """
    if not ctx.table_exists("corrections"):
        frame = frame.copy()
        frame["corrected"] = None
        return frame
    rows = ctx.con.execute(
        "SELECT key, field, old_value, new_value, action, reason, line FROM corrections WHERE file = ?",
        [file],
    ).fetchall()
    corrected, problems = correct_frame(file, frame, rows)
    for line, field, message in problems:
        ctx.problem(SPEC.path, line, field, message)
    return corrected


def correct_frame(
    file: str, frame: pd.DataFrame, rows: list[tuple]
) -> tuple[pd.DataFrame, list[tuple[int, str, str]]]:
    """The corrections `rows` (key, field, old, new, action, reason, line) applied to `frame`.

    Pure: returns the corrected frame and the problems as (line, field, message). The store's
    loaders and readers without a store (the claims checker's folder view) share it, so a
    correction applies the same way everywhere.
    """
    frame = frame.copy()
    frame["corrected"] = None
    problems: list[tuple[int, str, str]] = []
    drop = pd.Series(False, index=frame.index)
    for key, field, old, new, action, reason, line in rows:
        old = None if old is None or (isinstance(old, float) and old != old) else old
        conditions = _parse_key(key)
        if not conditions or any(col not in frame.columns for col in conditions):
            problems.append((line, "key", f"'{key}' does not name columns of {file}"))
            continue
        mask = pd.Series(True, index=frame.index)
        for col, value in conditions.items():
            mask &= frame[col].astype(str).map(lambda cell, v=value: _same(cell, v))
        if not mask.any():
            problems.append((line, "key", f"no row of {file} matches {key}"))
            continue
        if field not in frame.columns:
            problems.append((line, "field", f"{file} has no column '{field}'"))
            continue
        current = frame.loc[mask, field].astype(str)
        if old not in (None, "") and not all(_same(cell, old) for cell in current):
            problems.append(
                (line, "old_value", f"expected '{old}' in {file}, found '{current.iloc[0]}'")
            )
            continue
        if action == "drop":
            drop |= mask
        elif action == "set_null":
            frame.loc[mask, field] = ""
        else:
            frame.loc[mask, field] = new or ""
        frame.loc[mask, "corrected"] = reason
    return frame[~drop], problems
