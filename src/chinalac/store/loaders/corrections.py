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
    pairs = [part.split("=", 1) for part in key.split(";") if part.strip()]
    return {k.strip(): v.strip() for k, v in pairs if len(pairs[0]) == 2}


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
    frame = frame.copy()
    frame["corrected"] = None
    if not ctx.table_exists("corrections"):
        return frame
    rows = ctx.con.execute(
        "SELECT key, field, old_value, new_value, action, reason, line FROM corrections WHERE file = ?",
        [file],
    ).fetchall()
    drop = pd.Series(False, index=frame.index)
    label = SPEC.path
    for key, field, old, new, action, reason, line in rows:
        conditions = _parse_key(key)
        if not conditions or any(col not in frame.columns for col in conditions):
            ctx.problem(label, line, "key", f"'{key}' does not name columns of {file}")
            continue
        mask = pd.Series(True, index=frame.index)
        for col, value in conditions.items():
            mask &= frame[col].astype(str).map(lambda cell, v=value: _same(cell, v))
        if not mask.any():
            ctx.problem(label, line, "key", f"no row of {file} matches {key}")
            continue
        if field not in frame.columns:
            ctx.problem(label, line, "field", f"{file} has no column '{field}'")
            continue
        current = frame.loc[mask, field].astype(str)
        if old is not None and not all(_same(cell, old) for cell in current):
            ctx.problem(
                label, line, "old_value", f"expected '{old}' in {file}, found '{current.iloc[0]}'"
            )
            continue
        if action == "drop":
            drop |= mask
        elif action == "set_null":
            frame.loc[mask, field] = ""
        else:
            frame.loc[mask, field] = new or ""
        frame.loc[mask, "corrected"] = reason
    return frame[~drop]
