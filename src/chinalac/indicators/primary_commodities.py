"""Share of primary commodities in a country's exports (UNCTAD definition, via HS → SITC rev.3).

    primary_share = Σ_{p ∈ primary} x_p / Σ_p x_p

Primary commodities are UNCTAD's "all primary commodities": SITC rev.3 sections 0–4,
division 68 and groups 667 and 971 — the definition ships as data in
primary_commodities.yml. HS6 products are mapped to SITC rev.3 with the UN Statistics
Division correspondence tables (HS2017 or HS2022 edition, chosen by the trade data's
classification: BACI "HS17" → HS2017, "HS22" → HS2022; Comtrade "H5"/"H6" likewise).

Reference: UNCTAD, UNCTADstat product groupings; UNCTAD (2021), State of Commodity
Dependence. Products the concordance cannot place are reported as `unmapped_share`; the
share of primary commodities is computed over all exports (unmapped included in the
denominator), so it is a lower bound when unmapped_share > 0.

Defined edge cases: a country with zero exports gives NaN; an unknown classification or a
missing concordance file raises IndicatorError; a requested year with no data raises
IndicatorError.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from chinalac.indicators._frames import (
    as_dataframe,
    check_values,
    period_columns,
    require_columns,
    require_rows,
    select_years,
    source_label,
)
from chinalac.indicators.errors import IndicatorError

HS_EDITIONS = {"92": 1992, "96": 1996, "02": 2002, "07": 2007, "12": 2012, "17": 2017, "22": 2022}
# UN Comtrade's HS edition codes: H0 = HS1992 … H6 = HS2022.
COMTRADE_EDITIONS = {
    "H0": 1992,
    "H1": 1996,
    "H2": 2002,
    "H3": 2007,
    "H4": 2012,
    "H5": 2017,
    "H6": 2022,
}


@cache
def primary_definition() -> dict:
    """The UNCTAD definition, as shipped in primary_commodities.yml."""
    text = (files("chinalac.indicators") / "primary_commodities.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def hs_edition(classification: str) -> str:
    """'HS17', 'HS2017', 'H5' → 'HS2017'; anything else is an IndicatorError."""
    text = str(classification).strip().upper()
    if text in COMTRADE_EDITIONS:
        return f"HS{COMTRADE_EDITIONS[text]}"
    match = re.fullmatch(r"HS[ _-]?(\d{2}|\d{4})", text)
    if match:
        digits = match.group(1)
        year = int(digits) if len(digits) == 4 else HS_EDITIONS.get(digits)
        if year in HS_EDITIONS.values():
            return f"HS{year}"
    raise IndicatorError(
        f"unknown product classification {classification!r} (expected e.g. HS17, HS2022, H5)"
    )


def is_primary_sitc(sitc5: pd.Series) -> pd.Series:
    """True where a SITC rev.3 code (5 digits, string) is a primary commodity."""
    definition = primary_definition()
    codes = sitc5.fillna("").astype(str)
    return (
        codes.str[:1].isin(definition["sections"])
        | codes.str[:2].isin(definition["divisions"])
        | codes.str[:3].isin(definition["groups"])
    ) & (codes.str.len() > 0)


def concordance_path(edition: str) -> Path:
    definition = primary_definition()
    entry = definition["concordances"].get(edition)
    if entry is None:
        have = ", ".join(definition["concordances"])
        raise IndicatorError(f"no HS → SITC concordance for {edition} (available: {have})")
    from chinalac.paths import package_data_dir

    return package_data_dir() / entry["file"]


@cache
def load_concordance(classification: str) -> pd.DataFrame:
    """HS6 → SITC rev.3 for the trade data's classification: product, sitc5, primary."""
    edition = hs_edition(classification)
    path = concordance_path(edition)
    if not path.exists():
        raise IndicatorError(f"the {edition} → SITC rev.3 concordance is missing: expected {path}")
    entry = primary_definition()["concordances"][edition]
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    require_columns(table, [entry["hs6"], entry["sitc5"]], str(path))
    out = pd.DataFrame(
        {"product": table[entry["hs6"]], "sitc5": table[entry["sitc5"]].replace("", None)}
    )
    # An HS6 code listed without a SITC item is unmapped (NA), not "not primary".
    out["primary"] = is_primary_sitc(out["sitc5"]).astype(object).where(out["sitc5"].notna(), None)
    if out["product"].duplicated().any():
        raise IndicatorError(
            f"{path}: an HS6 code appears twice; the concordance must map each code once"
        )
    return out


def primary_commodity_share(
    exports,
    *,
    classification: str = "HS17",
    concordance: pd.DataFrame | None = None,
    years: Sequence[int] | int | None = None,
) -> pd.DataFrame:
    """Share of primary commodities (UNCTAD: SITC 0–4 + 68 + 667 + 971) in each export basket.

    `exports`: [year,] exporter, product (HS6 string), value_usd[, importer][, source]; with
    an `importer` column one basket per exporter × importer (e.g. exports to China).
    `classification`: the HS edition of the product codes (BACI "HS17", "HS22", …).
    `concordance`: product, primary[, sitc5] to use instead of the shipped one. Returns
    [year,] exporter, [importer,] value_usd, primary_value_usd, unmapped_value_usd,
    primary_commodity_share, unmapped_share, classification, source.
    """
    frame = as_dataframe(exports, "exports")
    require_columns(frame, ["exporter", "product", "value_usd"], "exports")
    frame = select_years(frame, years, "exports")
    require_rows(frame, "exports")
    if concordance is None:
        concordance = load_concordance(classification)
        edition = hs_edition(classification)
    else:
        require_columns(concordance, ["product", "primary"], "concordance")
        edition = str(classification)
    period = period_columns(frame)
    destination = ["importer"] if "importer" in frame.columns else []
    keys = [*period, "exporter", *destination]
    values = check_values(frame, "value_usd", "exports")
    base = pd.DataFrame({k: frame[k].to_numpy() for k in keys})
    base["product"] = frame["product"].astype(str).to_numpy()
    base["value_usd"] = values.to_numpy()
    lookup = concordance.drop_duplicates("product").set_index("product")["primary"]
    mapped = base["product"].map(lookup)
    base["primary_value_usd"] = np.where(mapped.eq(True), base["value_usd"], 0.0)
    base["unmapped_value_usd"] = np.where(mapped.isna(), base["value_usd"], 0.0)
    result = base.groupby(keys, as_index=False)[
        ["value_usd", "primary_value_usd", "unmapped_value_usd"]
    ].sum()
    total = result["value_usd"].where(result["value_usd"] > 0)
    result["primary_commodity_share"] = result["primary_value_usd"] / total
    result["unmapped_share"] = result["unmapped_value_usd"] / total
    result["classification"] = edition
    result["source"] = source_label(frame)
    return result.sort_values(keys).reset_index(drop=True)
