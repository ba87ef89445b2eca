"""Export concentration: Herfindahl–Hirschman index, raw and normalised (UNCTAD form).

    HHI   = Σ_p s_p²                                  s_p = x_p / Σ_q x_q
    HHI*  = (√HHI − √(1/N)) / (1 − √(1/N))

s_p: share of product p in the country's exports (to one partner, e.g. China, or to the
world); N: the number of products in the product universe. HHI lies in [1/N, 1]: 1/N when
exports are spread equally over all N products, 1 when a single product makes them all.
HHI* rescales it to [0, 1].

N, stated: by default the number of distinct products (at `product_digits`, HS6 by
default) with positive trade in the input in that year — in the panel, every product the
world traded that year. UNCTAD uses a fixed N (261 SITC rev.3 groups); pass
`number_of_products` to do the same. The index depends on the level: HS6 shows more
concentration detail than HS2.

References: Hirschman, A. O. (1945), National Power and the Structure of Foreign Trade;
Herfindahl, O. C. (1950), Concentration in the U.S. Steel Industry (PhD thesis); UNCTAD,
UNCTADstat, "Concentration and diversification indices" (normalised form).

Defined edge cases: a single export product gives HHI = HHI* = 1; with N = 1 the
normalisation is 0/0 and HHI* is defined as 1 (a one-product universe is fully
concentrated); a country with zero exports gets NaN; a requested year with no data raises
IndicatorError.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from chinalac.indicators._frames import (
    as_dataframe,
    check_values,
    period_columns,
    product_at_level,
    require_columns,
    require_rows,
    select_years,
    source_label,
)
from chinalac.indicators.errors import IndicatorError


def normalised_herfindahl(hhi, number_of_products) -> np.ndarray:
    """(√HHI − √(1/N)) / (1 − √(1/N)); 1 where N = 1 (see module docstring)."""
    hhi = np.asarray(hhi, dtype=float)
    n = np.asarray(number_of_products, dtype=float)
    floor = np.sqrt(1.0 / np.where(n > 0, n, np.nan))
    with np.errstate(divide="ignore", invalid="ignore"):
        value = (np.sqrt(hhi) - floor) / (1.0 - floor)
    value = np.where(n == 1, np.where(np.isnan(hhi), np.nan, 1.0), value)
    # Rounding can put an equal spread a hair below 0 or a single product a hair above 1.
    return np.clip(value, 0.0, 1.0)


def export_concentration_index(
    exports,
    *,
    product_digits: int | None = 6,
    number_of_products: int | Mapping[int, int] | None = None,
    years: Sequence[int] | int | None = None,
) -> pd.DataFrame:
    """Raw and normalised HHI of each exporter's export basket, per year.

    `exports`: [year,] exporter, product, value_usd[, importer][, source]. With an
    `importer` column, one basket per exporter × importer (e.g. exports to China); without,
    one per exporter (exports to the world). `number_of_products`: N, an int or a
    {year: N} mapping; default: distinct products with positive value in the input that year.
    Returns [year,] exporter, [importer,] product_digits, products_exported,
    number_of_products, herfindahl_hirschman_index, herfindahl_hirschman_normalised, source.
    """
    frame = as_dataframe(exports, "exports")
    require_columns(frame, ["exporter", "product", "value_usd"], "exports")
    frame = select_years(frame, years, "exports")
    require_rows(frame, "exports")
    period = period_columns(frame)
    destination = ["importer"] if "importer" in frame.columns else []
    values = check_values(frame, "value_usd", "exports")
    base = pd.DataFrame(
        {
            **{k: frame[k].to_numpy() for k in [*period, "exporter", *destination]},
            "product": product_at_level(frame["product"], product_digits).to_numpy(),
            "value_usd": values.to_numpy(),
        }
    )
    keys = [*period, "exporter", *destination]
    baskets = base.groupby([*keys, "product"], as_index=False)["value_usd"].sum()
    baskets = baskets[baskets["value_usd"] > 0]
    totals = baskets.groupby(keys)["value_usd"].transform("sum")
    baskets["share_squared"] = (baskets["value_usd"] / totals) ** 2
    result = baskets.groupby(keys, as_index=False).agg(
        products_exported=("product", "size"), herfindahl_hirschman_index=("share_squared", "sum")
    )
    # Exporters present in the input but with nothing positive: NaN, not dropped.
    everyone = base[keys].drop_duplicates()
    result = everyone.merge(result, on=keys, how="left").fillna({"products_exported": 0})
    result["products_exported"] = result["products_exported"].astype(int)

    if number_of_products is None:
        positive = base[base["value_usd"] > 0]
        if period:
            universe = positive.groupby("year")["product"].nunique()
            result["number_of_products"] = result["year"].map(universe).fillna(0).astype(int)
        else:
            result["number_of_products"] = positive["product"].nunique()
    elif isinstance(number_of_products, Mapping):
        if not period:
            raise IndicatorError(
                "number_of_products given per year, but exports have no 'year' column"
            )
        missing = sorted(set(pd.unique(result["year"])) - set(number_of_products))
        if missing:
            raise IndicatorError(f"number_of_products lacks year(s) {', '.join(map(str, missing))}")
        result["number_of_products"] = result["year"].map(dict(number_of_products)).astype(int)
    else:
        result["number_of_products"] = int(number_of_products)
    too_small = result["products_exported"] > result["number_of_products"]
    if too_small.any():
        row = result[too_small].iloc[0]
        raise IndicatorError(
            f"number_of_products N={row['number_of_products']} is smaller than the {row['products_exported']} "
            f"products {row['exporter']} exports: N must count the whole product universe"
        )
    result.insert(len(keys), "product_digits", product_digits)
    result["herfindahl_hirschman_normalised"] = normalised_herfindahl(
        result["herfindahl_hirschman_index"], result["number_of_products"]
    )
    result["source"] = source_label(frame)
    columns = [
        *keys,
        "product_digits",
        "products_exported",
        "number_of_products",
        "herfindahl_hirschman_index",
        "herfindahl_hirschman_normalised",
        "source",
    ]
    return result[columns].sort_values(keys).reset_index(drop=True)
