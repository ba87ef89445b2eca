"""Fixtures for the indicator tests: a small synthetic BACI world and a fake store."""

from __future__ import annotations

from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

from .helpers import YEARS, FakeDb, load_release, synthetic_baci


@pytest.fixture(scope="session")
def synthetic_release(tmp_path_factory) -> Path:
    """A small BACI-format release: 60 countries (China, CELAC, large traders), 300 products."""
    folder = tmp_path_factory.mktemp("baci")
    synthetic_baci.write_release(folder, YEARS, 40_000, seed=7, countries=60, products=300)
    return folder


@pytest.fixture(scope="session")
def trade_con(synthetic_release) -> duckdb.DuckDBPyConnection:
    """An in-memory store with trade_products, countries (CELAC flags) and wdi (GDP)."""
    con = duckdb.connect()
    load_release(con, synthetic_release)
    countries = pd.read_csv(synthetic_release / "country_codes_V202501.csv", dtype=str)
    con.register(
        "countries_frame",
        pd.DataFrame(
            {
                "iso3": countries["country_iso3"],
                "celac": countries["country_iso3"].isin(synthetic_baci.CELAC_ISO3),
            }
        ),
    )
    con.execute("CREATE TABLE countries AS SELECT * FROM countries_frame")
    rng = np.random.default_rng(3)
    gdp = pd.DataFrame(
        [
            {
                "iso3": iso3,
                "year": year,
                "indicator": "NY.GDP.MKTP.CD",
                "value": float(rng.uniform(1e9, 2e12)),
            }
            for iso3 in countries["country_iso3"]
            for year in YEARS
        ]
    )
    con.register("gdp_frame", gdp)
    con.execute("CREATE TABLE wdi AS SELECT * FROM gdp_frame")
    yield con
    con.close()


@pytest.fixture(scope="session")
def trade_frame(trade_con) -> pd.DataFrame:
    return trade_con.execute("SELECT * FROM trade_products").df()


@pytest.fixture
def fake_db(trade_con) -> FakeDb:
    return FakeDb(trade_con)
