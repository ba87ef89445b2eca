"""Input checks and small conversions shared by the indicator modules.

Every public indicator takes tidy tables (pandas DataFrames, pyarrow Tables or DuckDB
relations) and returns a tidy pandas DataFrame with a `source` column. The checks here turn
a bad input into an `IndicatorError` that says what is wrong, instead of NaN further down.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from chinalac.indicators.errors import IndicatorError

UNSPECIFIED_SOURCE = "unspecified"


def as_dataframe(data, what: str) -> pd.DataFrame:
    """A pandas DataFrame from a DataFrame, a pyarrow Table or a DuckDB relation."""
    if isinstance(data, pd.DataFrame):
        return data
    if hasattr(data, "to_pandas"):  # pyarrow.Table
        return data.to_pandas()
    if hasattr(data, "df") and hasattr(data, "columns"):  # duckdb.DuckDBPyRelation
        return data.df()
    raise IndicatorError(
        f"{what}: expected a pandas DataFrame, a pyarrow Table or a DuckDB relation, got {type(data).__name__}"
    )


def require_columns(frame: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise IndicatorError(
            f"{what} lacks column(s) {', '.join(missing)} (it has: {', '.join(map(str, frame.columns))})"
        )


def require_rows(frame: pd.DataFrame, what: str) -> None:
    if frame.empty:
        raise IndicatorError(f"{what} has no rows")


def check_values(frame: pd.DataFrame, column: str, what: str) -> pd.Series:
    """Values as float; missing values or negatives are an error (trade values are ≥ 0)."""
    values = pd.to_numeric(frame[column], errors="coerce").astype(float)
    bad = values.isna() & frame[column].notna()
    if bad.any():
        example = frame.loc[bad, column].iloc[0]
        raise IndicatorError(
            f"{what}: {bad.sum()} value(s) in '{column}' are not numbers (e.g. {example!r})"
        )
    if (values < 0).any():
        raise IndicatorError(
            f"{what}: {(values < 0).sum()} negative value(s) in '{column}'; trade values are ≥ 0"
        )
    return values.fillna(0.0)


def period_columns(frame: pd.DataFrame) -> list[str]:
    """['year'] when the data are a panel, [] for a single cross-section without a year."""
    return ["year"] if "year" in frame.columns else []


def select_years(frame: pd.DataFrame, years: Sequence[int] | int | None, what: str) -> pd.DataFrame:
    """Rows of the given years; a year without any row is an IndicatorError, not NaN."""
    if years is None:
        return frame
    wanted = [int(years)] if np.isscalar(years) else [int(y) for y in years]
    if "year" not in frame.columns:
        raise IndicatorError(f"{what} has no 'year' column, so years {wanted} cannot be selected")
    present = set(pd.unique(frame["year"]).tolist())
    absent = [y for y in wanted if y not in present]
    if absent:
        have = ", ".join(str(y) for y in sorted(present)) or "none"
        raise IndicatorError(
            f"{what} has no data for year(s) {', '.join(map(str, absent))} (years present: {have})"
        )
    return frame[frame["year"].isin(wanted)]


def source_label(*frames: pd.DataFrame | None, default: str | None = None) -> str:
    """The input source ids, sorted and joined with ';' — what an output row derives from."""
    ids: set[str] = set()
    for frame in frames:
        if frame is not None and "source" in frame.columns:
            ids.update(str(s) for s in pd.unique(frame["source"].dropna()) if str(s))
    if ids:
        return ";".join(sorted(ids))
    return default or UNSPECIFIED_SOURCE


def product_at_level(products: pd.Series, digits: int | None) -> pd.Series:
    """HS6 codes cut to `digits` (6, 4 or 2); None keeps the codes as given.

    Codes must be strings: an integer code has lost its leading zero (BACI writes 10121 for
    HS 010121), which would put it in the wrong chapter when cut.
    """
    if digits is not None and digits not in (2, 4, 6):
        raise IndicatorError(f"product_digits must be 2, 4, 6 or None, not {digits!r}")
    # Work on the distinct codes (≈5,000), not on every row (millions): checking and cutting
    # strings row by row in Python was the slowest step of the panel's pandas side.
    index, uniques = pd.factorize(products)
    if (index < 0).any():
        raise IndicatorError(f"{int((index < 0).sum())} row(s) have no product code")
    codes = np.array([str(code) for code in uniques], dtype=object)
    if digits is not None:
        wrong = [
            code
            for code, raw in zip(codes, uniques, strict=True)
            if len(code) != 6 or not isinstance(raw, str)
        ]
        if wrong:
            raise IndicatorError(
                f"product code {wrong[0]!r} is not a 6-digit HS code: pass HS6 codes as "
                "zero-padded strings ('010121'), or product_digits=None for another classification"
            )
        if digits != 6:
            codes = np.array([code[:digits] for code in codes], dtype=object)
    result = codes[index] if len(codes) else np.array([], dtype=object)
    return pd.Series(result, index=products.index, name=products.name, dtype=object)


def as_code_list(codes: str | Iterable[str] | None) -> list[str] | None:
    if codes is None:
        return None
    if isinstance(codes, str):
        return [codes]
    return list(codes)


def bilateral_flows(flows, years) -> tuple[pd.DataFrame, list[str], pd.DataFrame]:
    """Check a world flow table and sum it to [year,] exporter × importer.

    Returns (the checked input frame, its period columns, the bilateral sums). Shared by the
    indicators that need world totals of bilateral trade (trade intensity, partner shares).
    """
    frame = as_dataframe(flows, "flows")
    require_columns(frame, ["exporter", "importer", "value_usd"], "flows")
    frame = select_years(frame, years, "flows")
    require_rows(frame, "flows")
    period = period_columns(frame)
    values = check_values(frame, "value_usd", "flows")
    base = pd.DataFrame(
        {
            **{k: frame[k].to_numpy() for k in period},
            "exporter": frame["exporter"].to_numpy(),
            "importer": frame["importer"].to_numpy(),
            "value_usd": values.to_numpy(),
        }
    )
    bilateral = base.groupby([*period, "exporter", "importer"], as_index=False)["value_usd"].sum()
    return frame, period, bilateral
