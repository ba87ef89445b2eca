"""Grubel–Lloyd index of intra-industry trade, per product and trade-weighted aggregate.

    GL_p = 1 − |X_p − M_p| / (X_p + M_p)
    GL   = Σ_p (X_p + M_p − |X_p − M_p|) / Σ_p (X_p + M_p)   (= Σ_p w_p GL_p, w_p = trade share)

X_p: the country's exports of product p (to the partner, or to the world); M_p: its imports
of p (from the partner, or from the world). GL_p = 1 when exports and imports of p balance
(pure intra-industry trade), 0 when trade in p goes one way only (inter-industry trade:
e.g. ores out, machinery in). The index is symmetric: GL(X, M) = GL(M, X), so GL of Chile
with China equals GL of China with Chile.

Aggregation level: products are HS6 subheadings by default (`product_digits`); a coarser
level lumps different goods together and raises GL. The aggregate is not adjusted for the
overall trade imbalance (Grubel and Lloyd's adjusted form), so a large bilateral surplus
pulls it down — a caveat stated in indicators.yml.

Reference: Grubel, H. G. & Lloyd, P. J. (1975), Intra-Industry Trade: The Theory and
Measurement of International Trade in Differentiated Products, London: Macmillan.

Defined edge cases: a product with X_p + M_p = 0 has GL_p undefined (NaN) and no weight in
the aggregate; a country with no trade with the partner in a year gets an aggregate of NaN;
a requested year with no data raises IndicatorError.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from chinalac.indicators._frames import (
    as_code_list,
    as_dataframe,
    check_values,
    period_columns,
    product_at_level,
    require_columns,
    require_rows,
    select_years,
    source_label,
)


def grubel_lloyd(exports_value, imports_value) -> np.ndarray:
    """GL = 1 − |X − M| / (X + M), element-wise; NaN where X + M = 0."""
    exports_value = np.asarray(exports_value, dtype=float)
    imports_value = np.asarray(imports_value, dtype=float)
    total = exports_value + imports_value
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(total > 0, 1.0 - np.abs(exports_value - imports_value) / total, np.nan)


def _two_way_flows(flows, country, partner, product_digits, years):
    """(product-level exports/imports of each country, period columns, country grid, input)."""
    frame = as_dataframe(flows, "flows")
    require_columns(frame, ["exporter", "importer", "product", "value_usd"], "flows")
    frame = select_years(frame, years, "flows")
    require_rows(frame, "flows")
    period = period_columns(frame)
    countries = as_code_list(country)
    values = check_values(frame, "value_usd", "flows")
    base = pd.DataFrame(
        {
            **{k: frame[k].to_numpy() for k in period},
            "exporter": frame["exporter"].to_numpy(),
            "importer": frame["importer"].to_numpy(),
            "product": product_at_level(frame["product"], product_digits).to_numpy(),
            "value_usd": values.to_numpy(),
        }
    )
    partner_label = partner if partner is not None else "WLD"
    outward = base[base["exporter"].isin(countries)]
    inward = base[base["importer"].isin(countries)]
    if partner is not None:
        outward = outward[outward["importer"] == partner]
        inward = inward[inward["exporter"] == partner]
    exports_side = (
        outward.rename(columns={"exporter": "country"})
        .groupby([*period, "country", "product"], as_index=False)["value_usd"]
        .sum()
        .rename(columns={"value_usd": "exports_usd"})
    )
    imports_side = (
        inward.rename(columns={"importer": "country"})
        .groupby([*period, "country", "product"], as_index=False)["value_usd"]
        .sum()
        .rename(columns={"value_usd": "imports_usd"})
    )
    both = exports_side.merge(imports_side, on=[*period, "country", "product"], how="outer").fillna(
        {"exports_usd": 0.0, "imports_usd": 0.0}
    )
    both.insert(len(period) + 1, "partner", partner_label)
    # Every requested country appears in every period, even without trade (aggregate NaN).
    if period:
        grid = pd.DataFrame({"year": sorted(pd.unique(frame["year"]))}).merge(
            pd.DataFrame({"country": countries}), how="cross"
        )
    else:
        grid = pd.DataFrame({"country": countries})
    grid["partner"] = partner_label
    return both, period, grid, frame


def grubel_lloyd_index(
    flows,
    country: str | Sequence[str],
    partner: str | None = None,
    *,
    product_digits: int | None = 6,
    years: Sequence[int] | int | None = None,
) -> pd.DataFrame:
    """GL_p = 1 − |X_p − M_p| / (X_p + M_p) for each product the country trades.

    `flows`: [year,] exporter, importer, product, value_usd[, source]. `country`: ISO3 code
    or list; `partner`: ISO3 code, or None for the country's trade with the world (then
    reported as partner "WLD"). Returns [year,] country, partner, product, product_digits,
    exports_usd, imports_usd, grubel_lloyd_index, source.
    """
    both, period, _grid, frame = _two_way_flows(flows, country, partner, product_digits, years)
    both["product_digits"] = product_digits
    both["grubel_lloyd_index"] = grubel_lloyd(both["exports_usd"], both["imports_usd"])
    both["source"] = source_label(frame)
    order = [*period, "country", "partner", "product"]
    columns = [
        *order,
        "product_digits",
        "exports_usd",
        "imports_usd",
        "grubel_lloyd_index",
        "source",
    ]
    return both.sort_values(order)[columns].reset_index(drop=True)


def grubel_lloyd_aggregate(
    flows,
    country: str | Sequence[str],
    partner: str | None = None,
    *,
    product_digits: int | None = 6,
    years: Sequence[int] | int | None = None,
) -> pd.DataFrame:
    """Trade-weighted GL = Σ_p (X_p + M_p − |X_p − M_p|) / Σ_p (X_p + M_p), per country and year.

    Products at `product_digits` (HS6 by default). Returns [year,] country, partner,
    product_digits, exports_usd, imports_usd, grubel_lloyd_index, source; NaN when the
    country has no trade with the partner in that year.
    """
    both, period, grid, frame = _two_way_flows(flows, country, partner, product_digits, years)
    both["overlap"] = (
        both["exports_usd"]
        + both["imports_usd"]
        - (both["exports_usd"] - both["imports_usd"]).abs()
    )
    keys = [*period, "country", "partner"]
    summed = both.groupby(keys, as_index=False)[["exports_usd", "imports_usd", "overlap"]].sum()
    result = grid.merge(summed, on=keys, how="left").fillna(
        {"exports_usd": 0.0, "imports_usd": 0.0}
    )
    total = result["exports_usd"] + result["imports_usd"]
    result["grubel_lloyd_index"] = np.where(
        total > 0, result["overlap"] / total.where(total > 0, 1.0), np.nan
    )
    result.insert(len(keys), "product_digits", product_digits)
    result["source"] = source_label(frame)
    return result.drop(columns="overlap").sort_values(keys).reset_index(drop=True)
