"""The loaders, in the order the build runs them (later loaders may read earlier tables)."""

from chinalac.store.loaders import corrections, knowledge, ties, views

LOADERS = [
    ("knowledge", knowledge.load),
    ("corrections", corrections.load),
    ("ties", ties.load),
    ("views", views.load),
]
