"""Answers the dashboard would otherwise compute on its first visit, written at build time.

`cooperation_depth_scores` (iso3, year, value, source, and the five sphere scores political,
economic, cultural, international, sustainable in [0, 1]): chinalac.indicators'
cooperation depth index for every CELAC state and year it is scored for (from_store.depth_years) —
the same function `chinalac indicators` calls, run once here so the map's first visitor does
not wait seconds for it. A build whose knowledge tables cannot feed the index writes no table
(the dashboard then computes it, or says it is not available).

`figure_indicator_rows`: chinalac.domain.figure_indicators.figure_indicators for every state
(China trade exposure, shares, dependence asymmetry from published figures and GDP), in its
order (`position`), so that `chinalac indicators dependency` reads them with DuckDB alone,
without loading pandas. The build runs after every ingest, so the rows follow the ingested
WDI and trade totals.
"""

from __future__ import annotations

import logging

from chinalac.store.context import BuildContext

log = logging.getLogger(__name__)
TABLE = "cooperation_depth_scores"
SPHERES = ("political", "economic", "cultural", "international", "sustainable")


class _Connection:
    """The `db.sql(query, params)` the indicator package reads through, over the build's
    connection."""

    def __init__(self, con):
        self.con = con

    def sql(self, query: str, params: list | None = None):
        return self.con.execute(query, params or []).df()


def load(ctx: BuildContext) -> None:
    connection = _Connection(ctx.con)
    _figure_indicators(ctx, connection)
    if not (ctx.table_exists("ties") and ctx.table_exists("countries")):
        return
    from chinalac.indicators import from_store

    try:  # the years it is scored for: one rule, in chinalac.indicators
        years = from_store.depth_years(connection)
        frame = from_store.cooperation_depth_index(connection, years=years)
    except Exception as error:  # the index's own inputs may be missing from this build
        log.warning("cooperation depth index not precomputed: %s", error)
        return
    frame = frame.rename(columns={"cooperation_depth_index": "value"})
    if "source" not in frame.columns:
        frame["source"] = None
    spheres = [c for c in SPHERES if c in frame.columns]
    ctx.write_table(TABLE, frame[["iso3", "year", "value", "source", *spheres]])


# The store types of figure_indicators.COLUMNS that are not text (a column that is all None
# in a frame would otherwise have no type); `position` keeps the function's order.
FIGURE_TYPES = {
    "year": "INTEGER",
    "value": "DOUBLE",
    "trade_usd": "DOUBLE",
    "denominator_usd": "DOUBLE",
    "china_gdp_usd": "DOUBLE",
}


def _figure_indicators(ctx: BuildContext, connection: _Connection) -> None:
    from chinalac.domain import figure_indicators

    if not ctx.table_exists("countries"):
        return
    try:
        frame = figure_indicators.figure_indicators(connection)
    except Exception as error:  # a build without the figures it reads
        log.warning("figure indicators not precomputed: %s", error)
        return
    # Missing values as None (NaN would be stored as a number, or as 'nan' in a text column).
    plain = frame.reset_index(drop=True).astype(object)
    plain = plain.where(frame.reset_index(drop=True).notna(), None)
    plain["position"] = range(len(plain))
    casts = ", ".join(
        f'CAST("{c}" AS {FIGURE_TYPES.get(c, "VARCHAR")}) AS "{c}"' for c in frame.columns
    )
    ctx.con.register("_figure_rows", plain)
    try:
        ctx.con.execute(
            f'CREATE OR REPLACE TABLE "{figure_indicators.TABLE}" AS '
            f"SELECT {casts}, CAST(position AS INTEGER) AS position FROM _figure_rows"
        )
    finally:
        ctx.con.unregister("_figure_rows")
