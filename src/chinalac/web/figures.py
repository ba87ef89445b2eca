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
from chinalac.web.layers import Layer, numeric_layer, unavailable_layer, year_of
from chinalac.web.store import WebStore

log = logging.getLogger(__name__)

NOT_IN_BUILD = N_("Not available in this build: the store has no table for it yet.")


def _first(columns: tuple[str, ...], *candidates: str) -> str | None:
    for candidate in candidates:
        if candidate in columns:
            return candidate
    return None


# -- Chinese development finance (AidData GCDF 3.0) ------------------------------------------
FINANCE_TABLE = "aiddata_country_year"


def finance_by_year(store: WebStore, iso3: str | None = None) -> pd.DataFrame | None:
    """iso3, year, value (US$ million, AidData's inflation-adjusted amounts), source_id."""
    if not store.has(FINANCE_TABLE):
        return None
    columns = store.columns(FINANCE_TABLE)
    country = _first(columns, "iso3", "iso3c", "recipient_iso3")
    year = _first(columns, "year", "commitment_year")
    adjusted = [c for c in columns if c.endswith("_adj") or c.endswith("_adjusted")]
    total = _first(
        columns, "total_adj", "amount_adj", "value_usd_adj", "value_adj_usd", "value_usd"
    )
    if not country or not year or not (total or adjusted):
        return None
    amount = f'"{total}"' if total else " + ".join(f'coalesce("{c}", 0)' for c in adjusted)
    source = "source_id" if "source_id" in columns else "NULL"
    where = f'WHERE "{country}" = ?' if iso3 else ""
    frame = store.sql(
        f"""SELECT "{country}" AS iso3, CAST("{year}" AS INTEGER) AS year,
                   sum({amount}) / 1e6 AS value, any_value({source}) AS source_id
            FROM "{FINANCE_TABLE}" {where} GROUP BY 1, 2 ORDER BY 1, 2""",
        [iso3] if iso3 else [],
    )
    return frame


def finance_by_sector(store: WebStore, iso3: str) -> pd.DataFrame | None:
    """year, sector, value (US$ million) from the project-level table, when the build has it."""
    for table in ("aiddata_projects", "aiddata_country_sector_year", "cgit_deals", "aei_cgit"):
        if not store.has(table):
            continue
        columns = store.columns(table)
        country = _first(columns, "iso3", "iso3c", "recipient_iso3")
        year = _first(columns, "year", "commitment_year")
        sector = _first(columns, "sector", "sector_name")
        value = _first(
            columns, "value_usd_m", "amount_usd_m", "value_usd", "amount_adj", "quantity_usd_m"
        )
        if country and year and sector and value:
            scale = 1e6 if value in ("value_usd", "amount_adj") else 1.0
            source = "source_id" if "source_id" in columns else "NULL"
            return store.sql(
                f"""SELECT CAST("{year}" AS INTEGER) AS year, "{sector}" AS sector,
                           sum("{value}") / {scale} AS value, any_value({source}) AS source_id,
                           '{table}' AS origin
                    FROM "{table}" WHERE "{country}" = ? GROUP BY 1, 2 ORDER BY 1, 2""",
                [iso3],
            )
    return None


def finance_layer(store: WebStore) -> Layer:
    title = N_("Chinese development finance")
    description = N_(
        "Official finance committed by Chinese lenders and donors (AidData GCDF 3.0), inflation-adjusted US$ million per year."
    )
    frame = finance_by_year(store)
    if frame is None or frame.empty:
        return unavailable_layer("finance", title, description, NOT_IN_BUILD)
    return numeric_layer(
        "finance",
        title,
        description,
        frame,
        "usd_m",
        sorted(set(frame["source_id"].dropna())),
        N_(
            "AidData, Global Chinese Development Finance Dataset 3.0 (adjusted amounts), ODC-By 1.0."
        ),
    )


# -- trade with China ----------------------------------------------------------------------
def trade_by_year(store: WebStore, iso3: str | None = None) -> pd.DataFrame | None:
    """iso3, year, exports (to China), imports (from China), value (= total), US$ million."""
    if not store.has("trade_totals"):
        return None
    columns = store.columns("trade_totals")
    country = _first(columns, "iso3", "reporter_iso3", "country")
    year = _first(columns, "year")
    exports = _first(columns, "exports_to_china", "exports_usd", "exports", "export_value")
    imports = _first(columns, "imports_from_china", "imports_usd", "imports", "import_value")
    total = _first(columns, "total", "trade_total", "total_usd", "trade_usd", "value")
    if not country or not year or not (total or (exports and imports)):
        return None
    partner = _first(columns, "partner_iso3", "partner")
    clauses = [f"\"{partner}\" = 'CHN'"] if partner else []
    params = []
    if iso3:
        clauses.append(f'"{country}" = ?')
        params.append(iso3)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    total_sql = f'"{total}"' if total else f'coalesce("{exports}", 0) + coalesce("{imports}", 0)'
    unit_scale = 1e6 if any(c.endswith("_usd") for c in (total or "", exports or "")) else 1.0
    extra = (
        f', sum("{exports}") / {unit_scale} AS exports, sum("{imports}") / {unit_scale} AS imports'
        if exports and imports
        else ""
    )
    source = "source_id" if "source_id" in columns else "NULL"
    return store.sql(
        f"""SELECT "{country}" AS iso3, CAST("{year}" AS INTEGER) AS year,
                   sum({total_sql}) / {unit_scale} AS value {extra}, any_value({source}) AS source_id
            FROM trade_totals {where} GROUP BY 1, 2 ORDER BY 1, 2""",
        params,
    )


def trade_layer(store: WebStore) -> Layer:
    title = N_("Trade with China")
    description = N_("Goods trade with China (exports plus imports), US$ million per year.")
    try:
        frame = trade_by_year(store)
    except Exception as error:  # a view over files that an ingest has not written yet
        log.warning("trade layer: %s", error)
        frame = None
    if frame is None or frame.empty:
        return unavailable_layer("trade", title, description, NOT_IN_BUILD)
    return numeric_layer(
        "trade",
        title,
        description,
        frame,
        "usd_m",
        sorted(set(frame["source_id"].dropna())),
        N_("Trade totals as built by `chinalac build` and the trade ingests."),
    )


# -- cooperation depth index ---------------------------------------------------------------
FIRST_DEPTH_YEAR = 2000


def latest_tie_year(store: WebStore) -> int:
    frame = store.sql("SELECT max(date_sort) AS latest FROM ties WHERE quality <> 'unsourced'")
    return year_of(frame["latest"].iloc[0]) or 2025


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
        years = list(range(FIRST_DEPTH_YEAR, latest_tie_year(store) + 1))
        try:
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
