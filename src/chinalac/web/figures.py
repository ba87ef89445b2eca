"""Numeric series the dashboard draws: Chinese finance, trade with China, cooperation depth.

These tables are built by other parts of the project (finance and trade loaders, the
indicator package). A build may lack any of them; each function then returns None (or an
unavailable map layer) and the page shows "not available in this build" — never made-up data.
Column names are looked up, not assumed, so a loader's rename shows up as "not available"
rather than as a crash.
"""

from __future__ import annotations

import logging

import pandas as pd

from chinalac.web.i18n import N_
from chinalac.web.layers import Layer, numeric_layer, unavailable_layer
from chinalac.web.store import WebStore

log = logging.getLogger(__name__)

NOT_IN_BUILD = N_("Not available in this build: the store has no table for it yet.")


def _first(columns: tuple[str, ...], *candidates: str) -> str | None:
    for candidate in candidates:
        if candidate in columns:
            return candidate
    return None


# -- Chinese development finance (AidData GCDF 3.0) and investment (AEI CGIT) -------------
FINANCE_TABLE = "aiddata_country_year"
INVESTMENT_TABLE = "aei_investments"
TRADE_TABLE = "trade_totals"


def finance_by_year(store: WebStore, iso3: str | None = None) -> pd.DataFrame | None:
    """iso3, year, flow_class, value (US$ million, AidData's adjusted constant-2021 amounts), source_id."""
    if not store.has(FINANCE_TABLE):
        return None
    where = "WHERE iso3 = ?" if iso3 else "WHERE iso3 IS NOT NULL"
    return store.sql(
        f"""SELECT iso3, year, flow_class, adjusted_constant_2021_usd / 1e6 AS value,
                   amount_constant_2021_usd / 1e6 AS unadjusted_value, source_id
            FROM {FINANCE_TABLE} {where} ORDER BY iso3, year, flow_class""",
        [iso3] if iso3 else [],
    )


def finance_by_sector(store: WebStore, iso3: str) -> pd.DataFrame | None:
    """year, sector, value (US$ million), deals, source_id: AEI CGIT deals (South America only)."""
    if not store.has(INVESTMENT_TABLE):
        return None
    return store.sql(
        f"""SELECT year, sector, sum(amount_usd_m) AS value, count(*) AS deals,
                   any_value(source_id) AS source_id
            FROM {INVESTMENT_TABLE} WHERE iso3 = ? GROUP BY year, sector ORDER BY year, sector""",
        [iso3],
    )


def finance_layer(store: WebStore) -> Layer:
    title = N_("Chinese development finance")
    description = N_(
        "Official finance committed by Chinese lenders and donors (AidData GCDF 3.0), adjusted amounts, constant 2021 US$ million per year."
    )
    frame = finance_by_year(store)
    if frame is None or frame.empty:
        return unavailable_layer("finance", title, description, NOT_IN_BUILD)
    celac = set(store.countries["iso3"])
    totals = (
        frame[frame["iso3"].isin(celac)]
        .groupby(["iso3", "year"], as_index=False)
        .agg(value=("value", "sum"), source_id=("source_id", "first"))
    )
    return numeric_layer(
        "finance",
        title,
        description,
        totals,
        "usd_m",
        sorted(set(totals["source_id"].dropna())),
        N_(
            "AidData, Global Chinese Development Finance Dataset 3.0 (adjusted commitments, all flow classes), ODC-By 1.0."
        ),
    )


# -- trade with China ----------------------------------------------------------------------
def trade_series(store: WebStore, iso3: str | None = None) -> pd.DataFrame | None:
    """Every trade series with China, kept apart: one row per dataset, reporter, flow and year.

    Columns: iso3, year, dataset, reporter, flow, measure, value (US$ million), source_id.
    Sources disagree (mirror statistics, coverage): they are never summed across datasets.
    """
    if not store.has(TRADE_TABLE):
        return None
    where = "WHERE partner = ?" if iso3 else ""
    return store.sql(
        f"""SELECT partner AS iso3, CAST(year AS INTEGER) AS year, dataset, reporter, flow, measure,
                   sum(value_usd) / 1e6 AS value, any_value(source_id) AS source_id
            FROM {TRADE_TABLE} {where}
            GROUP BY ALL ORDER BY dataset, reporter, flow, year""",
        [iso3] if iso3 else [],
    )


def trade_by_year(store: WebStore, iso3: str | None = None) -> pd.DataFrame | None:
    return trade_series(store, iso3)


def trade_totals_one_series(frame: pd.DataFrame, celac: set[str]) -> tuple[pd.DataFrame, str]:
    """One comparable series for the map: the dataset covering the most states, China as the
    reporter where it reports (one valuation for every state), flows summed to a total."""
    frame = frame[frame["iso3"].isin(celac)]
    if frame.empty:
        return frame, ""
    coverage = frame.groupby("dataset")["iso3"].nunique().sort_values(ascending=False)
    dataset = str(coverage.index[0])
    chosen = frame[frame["dataset"] == dataset]
    reporters = set(chosen["reporter"])
    if "CHN" in reporters:
        chosen = chosen[chosen["reporter"] == "CHN"]
    if "total" in set(chosen["flow"]):
        chosen = chosen[chosen["flow"] == "total"]
    totals = chosen.groupby(["iso3", "year"], as_index=False).agg(
        value=("value", "sum"), source_id=("source_id", "first"), measure=("measure", "first")
    )
    return totals, dataset


def trade_layer(store: WebStore) -> Layer:
    title = N_("Trade with China")
    description = N_(
        "Goods trade with China, US$ million per year, from the trade series that covers the most states in this build (its measure is named below the map)."
    )
    try:
        frame = trade_series(store)
    except Exception as error:  # a view over files that an ingest has not written yet
        log.warning("trade layer: %s", error)
        frame = None
    if frame is None or frame.empty:
        return unavailable_layer("trade", title, description, NOT_IN_BUILD)
    totals, dataset = trade_totals_one_series(frame, set(store.countries["iso3"]))
    if totals.empty:
        return unavailable_layer("trade", title, description, NOT_IN_BUILD)
    layer = numeric_layer(
        "trade",
        title,
        description,
        totals,
        "usd_m",
        sorted(set(totals["source_id"].dropna())),
        N_("Trade totals as built by `chinalac build` and the trade ingests."),
    )
    layer.measure = f"{dataset}: {totals['measure'].iloc[0]}"
    return layer


# -- cooperation depth index ---------------------------------------------------------------
def depth_scores(store: WebStore) -> pd.DataFrame | None:
    """iso3, year, value (0–100), source: chinalac.indicators' cooperation depth index.

    Computed once per store (a few seconds over every state and year) and shared by the map
    layer and the Indicators page.
    """

    def compute():
        try:
            from chinalac.indicators import from_store
        except ImportError:
            return None
        try:  # the years it is scored for: one rule, in chinalac.indicators
            years = from_store.depth_years(store.db)
            frame = from_store.cooperation_depth_index(store.db, years=years)
        except Exception as error:  # the indicator's own inputs may be missing from this build
            log.warning("cooperation depth index: %s", error)
            return None
        frame = frame.rename(columns={"cooperation_depth_index": "value"})
        if "source" not in frame.columns:
            frame["source"] = None
        return frame[["iso3", "year", "value", "source"]]

    return store.memo("depth_scores", compute)


def depth_layer(store: WebStore) -> Layer:
    title = N_("Cooperation depth index")
    description = N_(
        "A composite (0–100) over the five spheres of the 2014 Five-sphere plan, built from the knowledge base; read it with its components."
    )
    frame = depth_scores(store)
    if frame is None or frame.empty:
        return unavailable_layer(
            "depth",
            title,
            description,
            N_("Not available in this build: the indicator package does not provide it yet."),
        )
    return numeric_layer(
        "depth",
        title,
        description,
        frame,
        "index",
        [],
        N_(
            "chinalac cooperation depth index (see the Indicators page for its formula and caveats)."
        ),
    )
