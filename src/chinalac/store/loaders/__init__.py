"""The loaders, in the order the build runs them (later loaders may read earlier tables)."""

from chinalac.store.loaders import (
    commitments,
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
    ("commitments", commitments.load),
    ("finance", finance.load),
    ("figures", figures.load),
    # After every loader that cites web pages (ties, commitments, figures): each gets its tier.
    ("source_tiers", source_tiers.load),
    ("trade", trade.load),
    ("ingested", ingested.load),
    ("trade_views", trade.load_views),
    ("views", views.load),
]
