"""Answers the dashboard would otherwise compute on its first visit, written at build time.

`cooperation_depth_scores` (iso3, year, value, source, and the five sphere scores political,
economic, cultural, international, sustainable in [0, 1]): chinalac.indicators'
cooperation depth index for every CELAC state and year it is scored for (from_store.depth_years) —
the same function `chinalac indicators` calls, run once here so the map's first visitor does
not wait seconds for it. A build whose knowledge tables cannot feed the index writes no table
(the dashboard then computes it, or says it is not available).
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
    if not (ctx.table_exists("ties") and ctx.table_exists("countries")):
        return
    from chinalac.indicators import from_store

    connection = _Connection(ctx.con)
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
