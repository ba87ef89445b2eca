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
from chinalac.web.layers import (
    Layer,
    StateValue,
    nice_edges,
    numeric_layer,
    unavailable_layer,
)
from chinalac.web.store import WebStore

log = logging.getLogger(__name__)

NOT_IN_BUILD = N_("This edition of the observatory holds no data for this yet.")
# Trade indicators need product-level trade (CEPII BACI), which the shipped edition lacks.
NO_PRODUCT_TRADE = N_(
    "Not available yet: this indicator needs product-level trade data (CEPII BACI), which this edition of the observatory does not include."
)


def _first(columns: tuple[str, ...], *candidates: str) -> str | None:
    for candidate in candidates:
        if candidate in columns:
            return candidate
    return None


# -- Chinese development finance (AidData GCDF 3.0) and investment (AEI CGIT) -------------
FINANCE_TABLE = "aiddata_country_year"
INVESTMENT_TABLE = "aei_investments"


def finance_by_year(store: WebStore, iso3: str | None = None) -> pd.DataFrame | None:
    """iso3, year, flow_class, value (US$ million, AidData's adjusted constant-2021 amounts),
    unadjusted_value, source_id — from chinalac.domain.figures."""
    from chinalac.domain import figures as domain

    if not store.has(FINANCE_TABLE):
        return None
    return domain.finance_by_year(store.db, iso3)


def finance_by_sector(store: WebStore, iso3: str) -> pd.DataFrame | None:
    """year, sector, value (US$ million), deals, source_id: AEI CGIT deals (South America only)."""
    from chinalac.domain import figures as domain

    if not store.has(INVESTMENT_TABLE):
        return None
    return domain.investment_by_sector(store.db, iso3)


def finance_layer(store: WebStore) -> Layer:
    title = N_("Chinese development finance")
    description = N_(
        "Official finance committed by Chinese lenders and donors (AidData GCDF 3.0), adjusted amounts, constant 2021 US$ million per year."
    )
    from chinalac.domain import figures as domain

    if not store.has(FINANCE_TABLE):
        return unavailable_layer("finance", title, description, NOT_IN_BUILD)
    totals = domain.finance_totals_by_year(store.db)
    if totals.empty:
        return unavailable_layer("finance", title, description, NOT_IN_BUILD)
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
# Every trade number the dashboard shows comes from chinalac.domain.figures, the module the
# CLI, the API and the claims checker read too.
def trade_series(store: WebStore, iso3: str) -> pd.DataFrame | None:
    """One state's full-year trade with China, one row per reporter, flow and year.

    Columns: iso3, year, flow, reporter, series (reporter · flow · scope: one line per
    series, never joined across reporters), value (US$ million), scope, precision, basis,
    source_id, source_url, dataset. Partial years are left out (they are not annual values).
    """
    from chinalac.domain import figures as domain

    parts = [domain.trade_series(store.db, iso3, flow) for flow in domain.FLOWS]
    parts = [p for p in parts if not p.empty]
    if not parts:
        return None
    rows = pd.concat(parts, ignore_index=True)
    rows = rows.assign(
        value=rows["value_usd"] / 1e6,
        series=rows["reporter"]
        + " · "
        + rows["flow"].str.replace("_", " ")
        + " · "
        + rows["scope"],
    )
    columns = [
        "iso3",
        "year",
        "flow",
        "reporter",
        "series",
        "value",
        "scope",
        "precision",
        "basis",
        "source_id",
        "source_url",
        "dataset",
    ]
    return rows[columns].sort_values(["series", "year"]).reset_index(drop=True)


def trade_layer(store: WebStore) -> Layer:
    """Each state's latest full-year China trade total, labelled with its year and reporter.

    One value per state (domain.figures.latest_trade): different states may show different
    years and reporters, and each state's label says which; a state with no full-year total is
    a gap (grey), never zero.
    """
    from chinalac.domain import figures as domain

    title = N_("Trade with China")
    description = N_(
        "Goods trade with China (exports + imports), US$ million: each state's latest full-year figure, with its year and reporter in the state's label. Reporters differ (China's customs vs the state's own statistics); years differ between states. Grey: no full-year figure stored."
    )
    try:
        latest = domain.latest_trade(store.db, store.countries[["iso3", "name_en"]])
    except Exception as error:  # a view over files that an ingest has not written yet
        log.warning("trade layer: %s", error)
        return unavailable_layer("trade", title, description, NOT_IN_BUILD)
    if latest["value_usd"].isna().all():
        return unavailable_layer("trade", title, description, NOT_IN_BUILD)
    values = {}
    for row in latest.itertuples():
        if pd.isna(row.value_usd):
            values[row.iso3] = StateValue(None)
            continue
        values[row.iso3] = StateValue(
            float(row.value_usd) / 1e6,
            date=str(int(row.year)),
            reporter=str(row.reporter or ""),
            precision="" if row.precision == "as published" else str(row.precision or ""),
        )
    known = latest.dropna(subset=["value_usd"])
    years = known["year"].astype(int)
    layer = Layer(
        key="trade",
        title=title,
        description=description,
        kind="number",
        unit="usd_m",
        values={0: values},
        source_ids=sorted(set(known["source_id"].dropna())),
        source_note=N_(
            "Published figures (China Customs via MOFCOM and embassies, national statistics offices, ECLAC, IMF DOTS), one cited page per figure; chinalac adds a source's exports and imports when it publishes no total."
        ),
        bins=nice_edges(list(known["value_usd"] / 1e6)),
    )
    layer.coverage = (len(known), len(latest), int(years.min()), int(years.max()))
    return layer


# -- cooperation depth index ---------------------------------------------------------------
PRECOMPUTED_DEPTH = "cooperation_depth_scores"
DEPTH_BANDS = [10.0, 20.0, 30.0, 40.0, 50.0]


def depth_scores(store: WebStore) -> pd.DataFrame | None:
    """iso3, year, value (0–100), source: chinalac.indicators' cooperation depth index.

    Computed once per store (a few seconds over every state and year) and shared by the map
    layer and the Indicators page.
    """

    def compute():
        if store.has(PRECOMPUTED_DEPTH):  # written by `chinalac build` (store/loaders/precomputed)
            return store.sql(f"SELECT iso3, year, value, source FROM {PRECOMPUTED_DEPTH}")
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


SPHERES = {
    "political": N_("Political"),
    "economic": N_("Economic"),
    "cultural": N_("Cultural"),
    "international": N_("International"),
    "sustainable": N_("Sustainable"),
}


def depth_components(store: WebStore) -> pd.DataFrame | None:
    """iso3, year, value and the five sphere scores (0–1) of the latest year, highest first:
    the index is never shown without its components."""
    if not store.has(PRECOMPUTED_DEPTH):
        return None
    columns = set(store.columns(PRECOMPUTED_DEPTH))
    spheres = [s for s in SPHERES if s in columns]
    if not spheres:
        return None
    return store.sql(
        f"""SELECT iso3, year, value, {", ".join(spheres)} FROM {PRECOMPUTED_DEPTH}
            WHERE year = (SELECT max(year) FROM {PRECOMPUTED_DEPTH}) ORDER BY value DESC"""
    )


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
            N_("This edition of the observatory does not compute this index yet."),
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
        # Equal bands of ten points: quantiles over every year put 39.8 and 67.9 in one band.
        bins=DEPTH_BANDS,
    )
