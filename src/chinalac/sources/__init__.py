"""Adapters for the full public sources that are too large to ship (BACI, UN Comtrade, WDI).

Each adapter fetches or reads a source in the format its producer publishes, validates it,
and writes it unchanged in meaning (only typed and keyed to ISO3) as Parquet under
`chinalac.paths.ingested_dir(db)/<source>/<release>/year=YYYY/`. The store's `ingested`
loader then exposes those files as views; nothing here touches the DuckDB store.
"""
