"""Partner-share asymmetry (how much each side matters to the other) and trade as a share of GDP.

    D_ij = trade_ij / trade_i          asymmetry_ij = D_ij − D_ji

trade_ij: goods trade between i and j (i's exports to j plus i's imports from j); trade_i:
all goods trade of i (exports plus imports, with the world). D_ij is j's share in i's trade:
D(Peru, China) ≈ 0.3 says China is 30 % of Peru's trade. A positive asymmetry D_ij − D_ji
means j matters more to i than i matters to j — the "asymmetric interdependence" of Hirschman
(1945) and of Keohane and Nye, which the China–LAC debate (Wintgens 2022) is about.

    trade_to_gdp_ij = trade_ij / GDP_i

trade with the partner as a fraction of i's GDP (current US$, World Bank WDI
NY.GDP.MKTP.CD), where GDP is available; NaN (with gdp_usd empty) where it is not.

References: Hirschman, A. O. (1945), National Power and the Structure of Foreign Trade,
University of California Press; Keohane, R. O. & Nye, J. S. (1977), Power and
Interdependence, Little, Brown.

With BACI the two directions of a flow are one reconciled value, so trade_ij = trade_ji and
the asymmetry comes from the denominators alone. Defined edge cases: a country with no trade
at all gives NaN; a requested year with no data raises IndicatorError.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from chinalac.indicators._frames import (
    as_code_list,
    as_dataframe,
    bilateral_flows,
    require_columns,
    source_label,
)

GDP_INDICATOR = "NY.GDP.MKTP.CD"


def _bilateral_and_totals(flows, years):
    frame, period, bilateral = bilateral_flows(flows, years)
    exports = bilateral.groupby([*period, "exporter"])["value_usd"].sum()
    imports = bilateral.groupby([*period, "importer"])["value_usd"].sum()
    exports.index = exports.index.set_names([*period, "country"])
    imports.index = imports.index.set_names([*period, "country"])
    total = exports.add(imports, fill_value=0.0).rename("trade_total").reset_index()
    return frame, period, bilateral, total


def _pair_trade(bilateral, period, countries, partner) -> pd.DataFrame:
    """trade_ij = x_ij + x_ji for each country i with the partner j, per period."""
    outward = bilateral[
        (bilateral["exporter"].isin(countries)) & (bilateral["importer"] == partner)
    ]
    inward = bilateral[(bilateral["importer"].isin(countries)) & (bilateral["exporter"] == partner)]
    exports = outward.rename(columns={"exporter": "country", "value_usd": "exports_to_partner_usd"})
    imports = inward.rename(
        columns={"importer": "country", "value_usd": "imports_from_partner_usd"}
    )
    if period:
        grid = pd.DataFrame({"year": sorted(pd.unique(bilateral["year"]))}).merge(
            pd.DataFrame({"country": countries}), how="cross"
        )
    else:
        grid = pd.DataFrame({"country": countries})
    keys = [*period, "country"]
    pair = grid.merge(exports[[*keys, "exports_to_partner_usd"]], on=keys, how="left")
    pair = pair.merge(imports[[*keys, "imports_from_partner_usd"]], on=keys, how="left")
    pair = pair.fillna({"exports_to_partner_usd": 0.0, "imports_from_partner_usd": 0.0})
    pair["bilateral_trade_usd"] = pair["exports_to_partner_usd"] + pair["imports_from_partner_usd"]
    pair.insert(len(keys), "partner", partner)
    return pair


def partner_share_asymmetry(
    flows,
    country: str | Sequence[str],
    partner: str = "CHN",
    *,
    years: Sequence[int] | int | None = None,
) -> pd.DataFrame:
    """D_ij = trade_ij / trade_i, D_ji = trade_ij / trade_j and the asymmetry D_ij − D_ji.

    `flows`: [year,] exporter, importer, value_usd — the whole world's flows (the totals
    trade_i and trade_j come from them; a `product` column is summed over). Returns [year,]
    country, partner, exports_to_partner_usd, imports_from_partner_usd,
    bilateral_trade_usd, country_trade_usd, partner_trade_usd, partner_share (D_ij),
    reverse_partner_share (D_ji), partner_share_asymmetry, source.
    """
    countries = as_code_list(country)
    frame, period, bilateral, total = _bilateral_and_totals(flows, years)
    pair = _pair_trade(bilateral, period, countries, partner)
    own = total.rename(columns={"country": "country", "trade_total": "country_trade_usd"})
    pair = pair.merge(own, on=[*period, "country"], how="left")
    partner_total = (
        total[total["country"] == partner]
        .drop(columns="country")
        .rename(columns={"trade_total": "partner_trade_usd"})
    )
    pair = (
        pair.merge(partner_total, on=period, how="left")
        if period
        else pair.assign(
            partner_trade_usd=partner_total["partner_trade_usd"].sum()
            if not partner_total.empty
            else np.nan
        )
    )
    pair["partner_share"] = pair["bilateral_trade_usd"] / pair["country_trade_usd"].where(
        pair["country_trade_usd"] > 0
    )
    pair["reverse_partner_share"] = pair["bilateral_trade_usd"] / pair["partner_trade_usd"].where(
        pair["partner_trade_usd"] > 0
    )
    pair["partner_share_asymmetry"] = pair["partner_share"] - pair["reverse_partner_share"]
    pair["source"] = source_label(frame)
    return pair.sort_values([*period, "country"]).reset_index(drop=True)


def trade_to_gdp(
    flows,
    gdp,
    country: str | Sequence[str],
    partner: str = "CHN",
    *,
    years: Sequence[int] | int | None = None,
) -> pd.DataFrame:
    """trade_ij / GDP_i: goods trade with the partner as a fraction of the country's GDP.

    `flows`: year, exporter, importer, value_usd. `gdp`: iso3, year, value (current US$);
    if it has an `indicator` column only NY.GDP.MKTP.CD rows are used. Returns year,
    country, partner, bilateral_trade_usd, gdp_usd, trade_to_gdp, source; gdp_usd and
    trade_to_gdp are NaN where GDP is not available.
    """
    countries = as_code_list(country)
    frame, period, bilateral, _ = _bilateral_and_totals(flows, years)
    require_columns(frame, ["year"], "flows")
    gdp_frame = as_dataframe(gdp, "gdp")
    require_columns(gdp_frame, ["iso3", "year", "value"], "gdp")
    if "indicator" in gdp_frame.columns:
        gdp_frame = gdp_frame[gdp_frame["indicator"] == GDP_INDICATOR]
    gdp_values = (
        gdp_frame[["iso3", "year", "value"]]
        .rename(columns={"iso3": "country", "value": "gdp_usd"})
        .astype({"year": int})
        .drop_duplicates(["country", "year"])
    )
    pair = _pair_trade(bilateral, period, countries, partner)
    pair = pair.astype({"year": int}).merge(gdp_values, on=["year", "country"], how="left")
    pair["gdp_usd"] = pd.to_numeric(pair["gdp_usd"], errors="coerce")
    pair["trade_to_gdp"] = pair["bilateral_trade_usd"] / pair["gdp_usd"].where(pair["gdp_usd"] > 0)
    pair["source"] = source_label(frame, gdp_frame)
    columns = [
        "year",
        "country",
        "partner",
        "bilateral_trade_usd",
        "gdp_usd",
        "trade_to_gdp",
        "source",
    ]
    return pair[columns].sort_values(["year", "country"]).reset_index(drop=True)
