"""CSV written for people who open it in a spreadsheet: no cell can run as a formula.

OWASP's rule for CSV injection: a cell that begins with `=`, `+`, `-`, `@`, a tab or a
carriage return is read by Excel, LibreOffice and Google Sheets as a formula (or as the start
of one), so such cells get a leading single quote, which spreadsheets show as plain text.

Only text cells are escaped: numeric columns (int, float, decimal) keep their values, so a
negative number stays a number (-3.5, never '-3.5). A number stored as text in a text column
("-5" in a free-text note) is escaped like any other text. Every CSV the project writes (the
CLI's `export --format csv` and listings with `--csv`, the dashboard's downloads) goes
through `safe_frame`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if (
    TYPE_CHECKING
):  # pandas loads only when a frame is written: escape_cell serves pandas-free CLI listings
    import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value):
    """The value, with a leading ' when it is text that a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells are escaped (numeric columns untouched); column
    names are escaped too."""
    import pandas as pd

    escaped = frame.copy()
    for column in escaped.columns:
        series = escaped[column]
        if pd.api.types.is_object_dtype(series) or pd.api.types.is_string_dtype(series):
            escaped[column] = series.map(escape_cell, na_action="ignore")
    escaped.columns = [escape_cell(str(column)) for column in escaped.columns]
    return escaped


def to_safe_csv(frame: pd.DataFrame, target=None, **options):
    """`frame.to_csv(target, index=False, **options)` after `safe_frame`."""
    return safe_frame(frame).to_csv(target, index=False, **options)
