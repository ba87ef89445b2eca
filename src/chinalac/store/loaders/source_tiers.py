"""Source tiers: data/knowledge/source_domains.csv and source_tier_overrides.csv → `tier`.

Runs after every loader that registers sources (the knowledge base, the ties compilation, the
published figures): adds `tier` and `tier_reason` to `sources`, and `tier` to `ties`,
`forum_events` and `figures`, from
chinalac.domain.sources (the one place a tier is decided).
"""

from __future__ import annotations

import pandas as pd

from chinalac.domain.sources import TIERS, source_tier
from chinalac.store.context import BuildContext
from chinalac.store.schema import Column, TableSpec

DOMAINS = TableSpec(
    "source_domains",
    "knowledge/source_domains.csv",
    (
        Column("domain", required=True),
        Column("tier", required=True, allowed=frozenset(TIERS)),
        Column("kind", required=True),
        Column("note"),
    ),
    key=("domain",),
)
OVERRIDES = TableSpec(
    "source_tier_overrides",
    "knowledge/source_tier_overrides.csv",
    (
        Column("source", required=True),
        Column("tier", required=True, allowed=frozenset(TIERS)),
        Column("reason", required=True),
    ),
    key=("source",),
)


def load(ctx: BuildContext) -> None:
    domains = ctx.load_table(DOMAINS)
    overrides = ctx.load_table(OVERRIDES)
    if domains is None or not ctx.table_exists("sources"):
        return
    sources = ctx.con.execute("SELECT source_id, url FROM sources").df()
    tiers = [
        source_tier(url if isinstance(url, str) else "", sid, domains, overrides)
        for sid, url in zip(sources["source_id"], sources["url"], strict=True)
    ]
    frame = pd.DataFrame(
        {
            "source_id": sources["source_id"],
            "tier": [t for t, _ in tiers],
            "tier_reason": [r for _, r in tiers],
        }
    )
    ctx.con.register("_tiers", frame)
    try:
        ctx.con.execute(
            "CREATE OR REPLACE TABLE sources AS SELECT s.*, t.tier, t.tier_reason "
            "FROM sources s LEFT JOIN _tiers t USING (source_id)"
        )
        for table in ("ties", "forum_events", "figures"):
            if ctx.table_exists(table):
                ctx.con.execute(
                    f'CREATE OR REPLACE TABLE "{table}" AS SELECT x.*, t.tier '
                    f'FROM "{table}" x LEFT JOIN _tiers t USING (source_id)'
                )
    finally:
        ctx.con.unregister("_tiers")
