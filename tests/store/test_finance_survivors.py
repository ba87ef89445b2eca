"""Tests written for the mutants of `store/loaders/finance.py` (the `store_loaders` target) that
no other test noticed (issue 17): the parts-sum check's quality row and its tolerance floor,
the datasets' descriptions, every column of an AEI deal, and the country resolver's guard.

In-memory and function-scoped, as in test_loaders_in_memory.py (a shared fixture would make
mutmut attribute the loaders to the first test only).
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from chinalac.paths import package_data_dir
from chinalac.sources.datasets import sidecar_caveats
from chinalac.store.context import BuildContext
from chinalac.store.loaders import LOADERS
from tests.store.loader_kit import copy_folders, run_finance

AIDDATA_TOTAL = "finance/aiddata_gcdf3/gcdf3_country_commitments_2000_2021.csv"
AEI = "finance/aei_cgit_south_america/aei_cgit_south_america_2005_2021.csv"
PARTS_CHECK = "parts sum to published totals"


@pytest.fixture
def data(tmp_path) -> Path:
    """The knowledge and finance folders only: all the two loaders read."""
    return copy_folders(tmp_path, "knowledge", "finance")


def shift_total(data: Path, iso3: str, by_bn: float) -> int:
    """Move one recipient's published total by `by_bn`; its line in the file."""
    frame = pd.read_csv(data / AIDDATA_TOTAL, dtype=str, keep_default_na=False)
    (row,) = frame.index[frame["iso3c"] == iso3]
    frame.loc[row, "total_commitments_bn"] = repr(
        float(frame.loc[row, "total_commitments_bn"]) + by_bn
    )
    frame.to_csv(data / AIDDATA_TOTAL, index=False)
    return row + 2


def test_the_parts_check_is_logged_with_its_dataset_file_field_and_source():
    ctx = run_finance(package_data_dir())
    rows = ctx.con.execute(
        "SELECT dataset, status, file, line, field, value, source_id FROM quality_log "
        "WHERE check_name = ?",
        [PARTS_CHECK],
    ).fetchall()
    assert rows == [
        (
            "aiddata_gcdf3",
            "passed",
            AIDDATA_TOTAL,
            None,
            "total_commitments_bn",
            None,
            "AidData-GCDF3",
        )
    ]


def test_a_small_total_is_held_to_a_millionth_of_a_billion_not_a_millionth_of_itself(data):
    # Barbados, US$0.243 bn: 8e-7 bn off is inside the floor of 1e-6 × max(total, 1 bn).
    shift_total(data, "BRB", 8e-7)
    assert run_finance(data).problems == []


def test_a_total_between_one_and_two_billion_is_held_to_a_millionth_of_itself(data):
    # Montenegro, US$1.247 bn: 1.6e-6 bn off is past 1e-6 × 1.247 bn.
    line = shift_total(data, "MNE", 1.6e-6)
    (problem,) = [str(p) for p in run_finance(data).problems]
    assert problem.startswith(
        f"{AIDDATA_TOTAL}:{line}:total_commitments_bn: published total 1.2474"
    )
    assert problem.endswith("the sum of finance/aiddata_gcdf3/gcdf3_country_year_gw.csv for MNE")


def test_both_finance_datasets_are_described_in_the_caveats_table():
    ctx = run_finance(package_data_dir())
    caveats = ctx.con.execute("SELECT * FROM caveats").df().set_index("dataset")
    aiddata, aei = caveats.loc["aiddata_gcdf3"], caveats.loc["aei_cgit"]
    assert aiddata["title"].startswith("AidData Global Chinese Development Finance 3.0")
    assert "adjusted' removes rolled-over swap lines" in aiddata["measure"]
    assert aiddata["unit"].startswith("constant 2021 US$ (country-year)")
    assert (
        aiddata["coverage"] == "165 low- and middle-income recipients, commitment years 2000–2021"
    )
    assert aei["title"] == "AEI China Global Investment Tracker, South America extract"
    assert aei["measure"].startswith("Chinese investment transactions")
    assert aei["unit"] == "US$ m per transaction, as published"
    assert aei["coverage"] == "South American states only, 2005–2021 (139 deals)"
    # Each dataset's caveats are its own sidecar's, not the other's.
    sidecar = sidecar_caveats(package_data_dir() / "finance/aei_cgit_south_america/SOURCE.yml")
    assert sidecar and sidecar[0] in aei["caveats"] and sidecar[0] not in aiddata["caveats"]


def test_every_column_of_an_aei_deal_is_stored_under_its_own_name():
    deal = (
        run_finance(package_data_dir())
        .con.execute(
            "SELECT * FROM aei_investments WHERE investor = 'China Petroleum and Chemical (Sinopec)' "
            "AND year = 2006 AND transaction_party = 'Omimex'"
        )
        .df()
    )
    assert deal.iloc[0].to_dict() == {
        "year": 2006,
        "month": "September",
        "investor": "China Petroleum and Chemical (Sinopec)",
        "amount_usd_m": 430.0,
        "share_size": "50",
        "transaction_party": "Omimex",
        "sector": "Energy",
        "subsector": "Oil",
        "country": "Colombia",
        "iso3": "COL",
        "region": "South America",
        "bri": None,
        "greenfield": False,
        "dataset": "aei_cgit",
        "source_id": "AEI-CGIT",
    }


def test_aei_without_the_names_table_is_stored_unresolved_not_failed(data):
    # The countries table alone is not enough to resolve names: both must be there.
    ctx = BuildContext(con=duckdb.connect(), data_dir=data, db_path=data / "unused.duckdb")
    dict(LOADERS)["knowledge"](ctx)
    ctx.con.execute("DROP TABLE country_names")
    dict(LOADERS)["finance"](ctx)
    assert [str(p) for p in ctx.problems] == []
    assert ctx.con.execute("SELECT count(iso3), count(*) FROM aei_investments").fetchone()[0] == 0
