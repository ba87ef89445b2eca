"""The loaders, in the order the build runs them (later loaders may read earlier tables)."""

from chinalac.store.loaders import (
    corrections,
    figures,
    finance,
    ingested,
    knowledge,
    source_tiers,
    ties,
    trade,
    views,
)

LOADERS = [
    ("knowledge", knowledge.load),
    ("corrections", corrections.load),
    ("ties", ties.load),
    ("source_tiers", source_tiers.load),
    ("finance", finance.load),
    ("figures", figures.load),
    ("trade", trade.load),
    ("ingested", ingested.load),
    ("trade_views", trade.load_views),
    ("views", views.load),
]
