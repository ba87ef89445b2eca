"""Running an indicator's SQL over in-memory inputs (DataFrames, Arrow tables, relations)."""

from __future__ import annotations

import duckdb
import pandas as pd

from chinalac.indicators._frames import UNSPECIFIED_SOURCE
from chinalac.indicators.errors import IndicatorError


def connect() -> duckdb.DuckDBPyConnection:
    """A private in-memory database: the pure functions never touch the caller's store."""
    return duckdb.connect(":memory:")


def register(con: duckdb.DuckDBPyConnection, name: str, data, what: str) -> list[str]:
    """Make `data` queryable as `name`; return its column names."""
    if isinstance(data, duckdb.DuckDBPyRelation):
        # A relation belongs to its own connection: hand its rows over as Arrow (no copy
        # through Python objects).
        data = data.to_arrow_table()
    if not (isinstance(data, pd.DataFrame) or hasattr(data, "schema")):
        raise IndicatorError(
            f"{what}: expected a pandas DataFrame, a pyarrow Table or a DuckDB relation, got {type(data).__name__}"
        )
    con.register(name, data)
    return [row[0] for row in con.execute(f'DESCRIBE "{name}"').fetchall()]


def column_types(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    return {row[0]: row[1] for row in con.execute(f'DESCRIBE "{table}"').fetchall()}


def require(columns: list[str], needed: list[str], what: str) -> None:
    missing = [c for c in needed if c not in columns]
    if missing:
        raise IndicatorError(
            f"{what} lacks column(s) {', '.join(missing)} (it has: {', '.join(columns)})"
        )


def sources_of(con: duckdb.DuckDBPyConnection, table: str, columns: list[str]) -> str:
    """Distinct input source ids joined with ';' (the `source` column of every output)."""
    if "source" not in columns:
        return UNSPECIFIED_SOURCE
    rows = con.execute(
        f'SELECT DISTINCT CAST(source AS VARCHAR) FROM "{table}" WHERE source IS NOT NULL'
    ).fetchall()
    ids = sorted(r[0] for r in rows if r[0])
    return ";".join(ids) if ids else UNSPECIFIED_SOURCE


def check_trade_values(
    con: duckdb.DuckDBPyConnection, table: str, what: str, column: str = "value_usd"
) -> None:
    """Trade values are non-negative numbers: anything else is an input error, not a NaN."""
    negative, missing = con.execute(
        f'SELECT count(*) FILTER (WHERE "{column}" < 0), count(*) FILTER (WHERE "{column}" IS NULL) FROM "{table}"'
    ).fetchall()[0]
    if negative:
        raise IndicatorError(
            f"{what}: {negative} negative value(s) in '{column}'; trade values are ≥ 0"
        )
    if missing:
        raise IndicatorError(
            f"{what}: {missing} missing value(s) in '{column}'; drop or fill them explicitly"
        )


def check_years(
    con: duckdb.DuckDBPyConnection, table: str, years: list[int] | None, what: str
) -> None:
    if years is None:
        return
    present = {r[0] for r in con.execute(f'SELECT DISTINCT year FROM "{table}"').fetchall()}
    absent = [y for y in years if y not in present]
    if absent:
        have = ", ".join(str(y) for y in sorted(present)) or "none"
        raise IndicatorError(
            f"{what} has no data for year(s) {', '.join(map(str, absent))} (years present: {have})"
        )
