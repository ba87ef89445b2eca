"""Tests written for the second round of `store/loaders/finance.py` survivors (issue 17, s22):
AidData's own caveats and full measure in the caveats table, the published totals' provenance
and the country-year sums beside them, the tables' names, no raw totals table left when the
country-year file cannot be read, and AEI country names known only to the names table.

In-memory and function-scoped, on loader_kit.py's builders (a shared fixture would make
mutmut attribute the loaders to the first test only).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from chinalac.paths import package_data_dir
from chinalac.sources.datasets import sidecar_caveats
from tests.store.loader_kit import copy_folders, run_finance


@pytest.fixture
def data(tmp_path) -> Path:
    """The knowledge and finance folders only: all the two loaders read."""
    return copy_folders(tmp_path, "knowledge", "finance")


AIDDATA_YEAR = "finance/aiddata_gcdf3/gcdf3_country_year_gw.csv"
AEI = "finance/aei_cgit_south_america/aei_cgit_south_america_2005_2021.csv"


def test_aiddata_is_shown_with_every_caveat_of_its_own_sidecar():
    ctx = run_finance(package_data_dir())
    (stored,) = ctx.con.execute(
        "SELECT caveats FROM caveats WHERE dataset = 'aiddata_gcdf3'"
    ).fetchone()
    sidecar = sidecar_caveats(package_data_dir() / "finance/aiddata_gcdf3/SOURCE.yml")
    assert len(sidecar) >= 2
    assert stored == " | ".join(sidecar)


def test_aiddata_measure_is_described_word_for_word():
    ctx = run_finance(package_data_dir())
    (measure,) = ctx.con.execute(
        "SELECT measure FROM caveats WHERE dataset = 'aiddata_gcdf3'"
    ).fetchone()
    assert measure == (
        "commitments of Chinese official finance (ODA-like, OOF-like, vague official finance), "
        "projects recommended for aggregates; 'adjusted' removes rolled-over swap lines and "
        "refinancing"
    )


def test_every_published_total_carries_the_aiddata_dataset_and_source():
    ctx = run_finance(package_data_dir())
    rows = ctx.con.execute(
        "SELECT dataset, source_id, count(*) FROM aiddata_country_total GROUP BY ALL"
    ).fetchall()
    assert len(rows) == 1
    assert rows[0][:2] == ("aiddata_gcdf3", "AidData-GCDF3")


def test_the_country_year_sums_beside_the_totals_are_in_billions_exactly():
    ctx = run_finance(package_data_dir())
    rows = ctx.con.execute(
        "SELECT t.iso3, t.country_year_unadjusted_bn, t.country_year_adjusted_bn, "
        "sum(y.amount_constant_2021_usd), sum(y.adjusted_constant_2021_usd) "
        "FROM aiddata_country_total t JOIN aiddata_country_year y USING (iso3) GROUP BY ALL"
    ).fetchall()
    assert len(rows) > 100
    for iso3, unadjusted_bn, adjusted_bn, unadjusted, adjusted in rows:
        assert unadjusted_bn == pytest.approx(unadjusted / 1e9, rel=1e-12, abs=0), iso3
        assert adjusted_bn == pytest.approx(adjusted / 1e9, rel=1e-12, abs=0), iso3
    (detail,) = ctx.con.execute(
        "SELECT detail FROM quality_log WHERE check_name = 'parts sum to published totals'"
    ).fetchone()
    # AidData's totals match the parts to rounding noise (1.3e-13 bn today).
    maximum = float(detail.rsplit("max difference ", 1)[1].split(" bn")[0])
    assert maximum < 1e-9


def test_the_finance_tables_are_stored_under_their_own_lowercase_names():
    ctx = run_finance(package_data_dir())
    stored = {
        name
        for (name,) in ctx.con.execute(
            "SELECT table_name FROM information_schema.tables"
        ).fetchall()
    }
    for name in ("aiddata_country_year", "aiddata_country_total", "aei_investments", "trackers"):
        assert name in stored
        assert ctx.table_exists(name)


def test_an_unreadable_country_year_file_leaves_no_raw_totals_table(data):
    # Without the parts there is nothing to set the totals beside: the loader stores neither
    # table, rather than the totals file as read (no dataset, no source, its own column names).
    (data / AIDDATA_YEAR).unlink()
    ctx = run_finance(data)
    assert any(AIDDATA_YEAR in str(p) for p in ctx.problems)
    assert not ctx.table_exists("aiddata_country_total")
    assert not ctx.table_exists("aiddata_country_year")
    assert ctx.table_exists("aei_investments")


def test_an_aei_country_named_only_in_the_names_table_is_resolved(data):
    # "República Federativa do Brasil" is in the knowledge's country_names, not in the
    # countries table, pycountry or country_converter: only the names table resolves it.
    frame = pd.read_csv(data / AEI, dtype=str, keep_default_na=False)
    (row,) = frame.index[
        (frame["Transaction Party"] == "Omimex") & (frame["Country"] == "Colombia")
    ]
    frame.loc[row, "Country"] = "República Federativa do Brasil"
    frame.to_csv(data / AEI, index=False)
    ctx = run_finance(data)
    assert [str(p) for p in ctx.problems] == []
    assert ctx.con.execute(
        "SELECT iso3 FROM aei_investments WHERE country = 'República Federativa do Brasil'"
    ).fetchall() == [("BRA",)]
