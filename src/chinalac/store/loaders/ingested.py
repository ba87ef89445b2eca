"""Views over the sources ingested beside the store (BACI, UN Comtrade, WDI).

`chinalac ingest …` writes Parquet under `ingested_dir(db)` and lists every file in
`ingest_log.csv`; this loader reads that log and (re)creates:
* `trade_products` — every product-level file (BACI, Comtrade hs2/hs6), one row per flow:
  source, release, classification, year, exporter, importer, product, value_usd, quantity_t,
  reporter (NULL for BACI, whose flows are reconciled, else the Comtrade reporter);
* `trade_reported` — Comtrade totals as each reporter declared them;
* `wdi` — World Development Indicators: iso3, year, indicator, value, source, release;
* `ingest_log` — the log itself, so `chinalac releases` can list what was ingested;
* `trade_products_china` — trade_products summed to China ↔ CELAC totals (for `trade_totals`).
With nothing ingested each is an empty table of the same schema, so queries never break.
Views name the files by absolute path: the store can be opened from any working directory.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from chinalac.paths import ingested_dir
from chinalac.sources import baci, comtrade, wdi
from chinalac.sources.datasets import add_to_store
from chinalac.sources.ingest_log import LOG_NAME, empty_log, read_log
from chinalac.store.context import BuildContext

SCHEMAS = {
    "trade_products": (
        "source VARCHAR, release VARCHAR, classification VARCHAR, year INTEGER, exporter VARCHAR, "
        "importer VARCHAR, product VARCHAR, value_usd DOUBLE, quantity_t DOUBLE, reporter VARCHAR"
    ),
    "trade_reported": (
        "source VARCHAR, release VARCHAR, classification VARCHAR, year INTEGER, reporter VARCHAR, "
        "partner VARCHAR, flow VARCHAR, value_usd DOUBLE, valuation VARCHAR"
    ),
    "wdi": "iso3 VARCHAR, year INTEGER, indicator VARCHAR, value DOUBLE, source VARCHAR, release VARCHAR",
}
COLUMNS = {
    table: [part.split()[0] for part in schema.split(", ")] for table, schema in SCHEMAS.items()
}


def sql_list(paths: list[str]) -> str:
    return "[" + ", ".join("'" + p.replace("'", "''") + "'" for p in paths) + "]"


def _select(table: str, paths: list[str], missing_columns: dict[str, str] | None = None) -> str:
    """SELECT the table's columns from Parquet files, typing each column as the schema says."""
    missing_columns = missing_columns or {}
    types = dict(part.split() for part in SCHEMAS[table].split(", "))
    columns = ", ".join(
        f"CAST({missing_columns.get(c, c)} AS {types[c]}) AS {c}" for c in COLUMNS[table]
    )
    return f"SELECT {columns} FROM read_parquet({sql_list(paths)}, hive_partitioning = false)"


def _create(ctx: BuildContext, table: str, selects: list[str]) -> None:
    ctx.con.execute(f'DROP VIEW IF EXISTS "{table}"')
    ctx.con.execute(f'DROP TABLE IF EXISTS "{table}"')
    if selects:
        ctx.con.execute(f'CREATE VIEW "{table}" AS ' + " UNION ALL ".join(selects))
    else:
        ctx.con.execute(f'CREATE TABLE "{table}" ({SCHEMAS[table]})')


def _read_log(ctx: BuildContext) -> pd.DataFrame:
    folder = ingested_dir(ctx.db_path)
    label = str(folder / LOG_NAME)
    try:
        log = read_log(folder)
    except (ValueError, pd.errors.ParserError) as exc:
        ctx.problem(label, None, None, f"unreadable ingest log: {exc}")
        log = empty_log()
    log["line"] = range(2, len(log) + 2)
    log["path"] = [str((folder / f).resolve()) for f in log["file"]]
    exists = log["path"].map(lambda p: Path(p).exists()).astype(bool)
    for row in log[~exists].itertuples():
        ctx.problem(
            label,
            row.line,
            "file",
            f"{row.file} is listed but missing: ingest the release again or remove the line",
        )
    return log[exists]


def load(ctx: BuildContext) -> None:
    log = _read_log(ctx)
    typed = log.drop(columns=["line"]).assign(
        year=pd.to_numeric(log["year"], errors="coerce").astype("Int64"),
        rows=pd.to_numeric(log["rows"], errors="coerce").astype("Int64"),
    )
    ctx.con.execute("DROP TABLE IF EXISTS ingest_log")
    ctx.con.execute(
        "CREATE TABLE ingest_log (source VARCHAR, release VARCHAR, classification VARCHAR, "
        '"table" VARCHAR, year INTEGER, file VARCHAR, sha256 VARCHAR, rows BIGINT, '
        "ingested_at VARCHAR, origin VARCHAR, path VARCHAR)"
    )
    if not typed.empty:
        ctx.append_rows("ingest_log", typed)

    def files(source: str, table: str) -> list[str]:
        chosen = log[(log["source"] == source) & (log["table"] == table)]
        return sorted(chosen["path"])

    products = []
    if baci_files := files(baci.SOURCE_ID, "trade_products"):
        products.append(_select("trade_products", baci_files, {"reporter": "NULL"}))
    if comtrade_files := files(comtrade.SOURCE_ID, "trade_products"):
        products.append(_select("trade_products", comtrade_files))
    _create(ctx, "trade_products", products)
    reported = files(comtrade.SOURCE_ID, "trade_reported")
    _create(ctx, "trade_reported", [_select("trade_reported", reported)] if reported else [])
    indicators = files(wdi.SOURCE_ID, "wdi")
    _create(ctx, "wdi", [_select("wdi", indicators)] if indicators else [])
    _china_totals(ctx)
    add_to_store(ctx, [baci.DATASET, comtrade.DATASET, wdi.DATASET])


def _china_totals(ctx: BuildContext) -> None:
    """Product-level flows between China and each CELAC state, summed once at build time.

    A full BACI release is hundreds of millions of rows: summing it on every `chinalac
    trade` would take seconds, summing it here takes them once.
    """
    celac = (
        "SELECT iso3 FROM countries WHERE celac" if ctx.table_exists("countries") else "SELECT NULL"
    )
    ctx.con.execute(
        f"""
        CREATE OR REPLACE TABLE trade_products_china AS
        SELECT source, release, classification, year, exporter, importer, reporter,
               sum(value_usd) AS value_usd, count(*) AS products
        FROM trade_products
        WHERE (exporter = 'CHN' AND importer IN ({celac}))
           OR (importer = 'CHN' AND exporter IN ({celac}))
        GROUP BY ALL
        """
    )
