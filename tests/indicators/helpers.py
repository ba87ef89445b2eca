"""Helpers shared by the indicator tests (importable, unlike conftest)."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "fixtures" / "indicators"
REAL = ROOT / "tests" / "fixtures" / "rca_economiccomplexity"
YEARS = [2020, 2021]

sys.path.insert(0, str(ROOT / "benchmarks"))
import synthetic_baci  # noqa: E402,F401  (benchmarks/ is not a package)


def read_golden(name: str, **options) -> pd.DataFrame:
    """A golden CSV with codes kept as strings (HS codes keep their leading zeros)."""
    text_columns = {
        "exporter",
        "importer",
        "product",
        "country",
        "partner",
        "commitment_id",
        "side",
    }
    header = pd.read_csv(GOLDEN / name, nrows=0).columns
    return pd.read_csv(
        GOLDEN / name, dtype={c: str for c in header if c in text_columns}, **options
    )


class FakeDb:
    """The two things the store wrappers use: `con` and `sql(query, params)`."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con

    def sql(self, query: str, params=None) -> pd.DataFrame:
        return self.con.execute(query, params or []).df()


def load_release(con: duckdb.DuckDBPyConnection, folder: Path, release: str = "V202501") -> None:
    """trade_products as the store defines it, from the release's CSV files."""
    con.execute(
        f"""
        CREATE OR REPLACE TABLE trade_products AS
        SELECT 'baci' AS source, '{release}' AS release, 'HS17' AS classification, CAST(t AS INTEGER) AS year,
               e.country_iso3 AS exporter, m.country_iso3 AS importer,
               lpad(CAST(k AS VARCHAR), 6, '0') AS product, v * 1000 AS value_usd,
               TRY_CAST(q AS DOUBLE) AS quantity_t
        FROM read_csv('{folder}/BACI_HS17_Y*_V202501.csv', types={{'q': 'VARCHAR'}}) b
        JOIN read_csv('{folder}/country_codes_V202501.csv') e ON e.country_code = b.i
        JOIN read_csv('{folder}/country_codes_V202501.csv') m ON m.country_code = b.j
        """
    )
