"""The indicator panel stored at `chinalac ingest baci`: it is what dependency, rank, the
dashboard and the API read, it equals the live computation, and a stale one is never read."""

from __future__ import annotations

import json
import math

import duckdb
import httpx
import pyarrow.parquet as pq
import pytest
import respx
from typer.testing import CliRunner

import chinalac
from chinalac.cli.app import app
from chinalac.domain import indicator_panel
from chinalac.indicators import from_store, panel
from chinalac.sources import baci
from tests.importtime import run_importtime

from .helpers import YEARS

runner = CliRunner()
GDP = {("CHL", 2020): 2.5e11, ("CHL", 2021): 3.2e11, ("BRA", 2020): 1.4e12}


def wdi_answer(request: httpx.Request) -> httpx.Response:
    indicator = request.url.path.rsplit("/", 1)[1]
    rows = [
        {
            "indicator": {"id": indicator, "value": indicator},
            "country": {"id": iso3[:2], "value": iso3},
            "countryiso3code": iso3,
            "date": str(year),
            "value": value,
        }
        for (iso3, year), value in GDP.items()
        if indicator == "NY.GDP.MKTP.CD"
    ]
    meta = {
        "page": 1,
        "pages": 1,
        "per_page": 1000,
        "total": len(rows),
        "lastupdated": "2025-07-01",
    }
    return httpx.Response(200, json=[meta, rows or None])


@pytest.fixture(scope="module")
def ingested(synthetic_release, tmp_path_factory):
    """A store with the synthetic release ingested (panel stored) and WDI GDP for a few states."""
    db = tmp_path_factory.mktemp("stored_panel") / "chinalac.duckdb"
    result = runner.invoke(app, ["ingest", "baci", str(synthetic_release), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "indicator panel →" in result.stdout
    with respx.mock:
        respx.get(url__regex=r"https://api\.worldbank\.org/.*").mock(side_effect=wdi_answer)
        wdi = runner.invoke(app, ["ingest", "wdi", "--years", "2020-2021", "--db", str(db)])
    assert wdi.exit_code == 0, wdi.output
    return db


def stored_file(db) -> indicator_panel.Path:
    return next((db.parent / "chinalac.ingested" / "baci").rglob("indicator_panel_*.parquet"))


def live(database, partners, years=YEARS):
    selection = from_store.select_trade(database, years)
    return panel.trade_panel(
        database.con,
        years=selection.years,
        partners=partners,
        where=selection.where,
        classification=selection.classification,
        gdp="wdi",
        rca_digits=(),
        complexity=True,
        source=selection.label,
    ).bilateral


def assert_same(stored, computed):
    assert list(stored.columns) == list(computed.columns) == panel.BILATERAL_COLUMNS
    assert len(stored) == len(computed) > 0
    for column in panel.BILATERAL_COLUMNS:
        for a, b in zip(stored[column], computed[column], strict=True):
            if isinstance(a, float) or isinstance(b, float):
                assert (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=1e-9), column
            else:
                assert a == b, column


def test_the_panel_is_stored_beside_the_release_named_with_its_id(ingested):
    path = stored_file(ingested)
    assert path.name == "indicator_panel_HS17_V202501.parquet"
    assert path.parent.name == "V202501"
    meta = json.loads(pq.read_schema(path).metadata[indicator_panel.METADATA_KEY.encode()])
    assert meta["years"] == YEARS and len(meta["partners"]) == 33 and meta["fingerprint"]


def test_stored_panel_equals_the_live_computation_including_gdp(ingested):
    with chinalac.open(ingested) as database:
        partners = from_store.celac_states(database)
        stored = from_store.trade_panel(database, YEARS, rca_digits=(), complexity=True)
        assert stored.complexity is None  # it came from the stored file
        assert_same(stored.bilateral, live(database, partners))
        chile = stored.bilateral.set_index(["country", "year"]).loc[("CHL", 2021)]
        assert chile["trade_with_china_to_gdp"] == pytest.approx(
            chile["trade_with_china_usd"] / GDP[("CHL", 2021)]
        )


def test_the_ingest_flags_the_focus_rows_and_the_panel_reads_only_those(ingested):
    """`chinalac ingest baci` flags China's and the CELAC states' imports (sorted first); the
    stored panel, equal to the live one above, read them through that flag — and a partner
    the flag does not cover makes it filter every row instead."""
    with chinalac.open(ingested) as database:
        selection = indicator_panel.select_trade(database.con, None)
        partners = from_store.celac_states(database)
        table, where, flag = indicator_panel._release_rows(
            database.con, selection, ["CHN", *partners]
        )
        assert (table, where, flag) == (indicator_panel.RELEASE_ROWS, None, baci.FOCUS_COLUMN)
        flagged = database.con.execute(f"SELECT count(*) FROM {table} WHERE {flag}").fetchone()[0]
        focus_rows = database.con.execute(
            f"SELECT count(*) FROM {table} WHERE list_contains(?, importer)",
            [["CHN", *partners]],
        ).fetchone()[0]
        assert flagged == focus_rows > 0
        assert indicator_panel._release_rows(database.con, selection, ["CHN", "USA"])[2] is None


def test_dependency_defaults_to_every_ingested_year_and_reads_the_stored_panel(
    ingested, monkeypatch
):
    def no_live_computation(*args, **kwargs):
        raise AssertionError("the panel was computed again")

    monkeypatch.setattr(panel, "trade_panel", no_live_computation)
    result = runner.invoke(
        app, ["indicators", "dependency", "--country", "Chile", "--json", "--db", str(ingested)]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["product_level"]
    assert [r["year"] for r in rows] == YEARS and {r["country"] for r in rows} == {"CHL"}
    ranked = runner.invoke(
        app,
        [
            "indicators",
            "rank",
            "--indicator",
            "tc",
            "--year",
            "2021",
            "--json",
            "--db",
            str(ingested),
        ],
    )
    assert ranked.exit_code == 0, ranked.output
    assert len(json.loads(ranked.stdout)) == 20


def test_a_year_not_ingested_names_the_ingested_ones(ingested):
    args = ["indicators", "dependency", "--country", "Chile", "--years", "2030", "--json"]
    result = runner.invoke(app, [*args, "--db", str(ingested)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["product_level"] == []
    needs = " ".join(row["needs"] for row in report["needs"])
    assert "2030" in needs and "years ingested: 2020, 2021" in needs


def test_a_stale_panel_is_never_read(ingested, tmp_path, monkeypatch):
    path = stored_file(ingested)
    original = path.read_bytes()
    table = pq.read_table(path)
    meta = json.loads(table.schema.metadata[indicator_panel.METADATA_KEY.encode()])
    meta["fingerprint"] = "0" * 64  # as if the release had been ingested again since
    pq.write_table(
        table.replace_schema_metadata({indicator_panel.METADATA_KEY: json.dumps(meta)}), path
    )
    calls = []
    real = panel.trade_panel
    monkeypatch.setattr(panel, "trade_panel", lambda *a, **k: calls.append(1) or real(*a, **k))
    try:
        with chinalac.open(ingested) as database:
            result = from_store.dependency_panel(database, "CHL")
        assert calls and list(result["year"]) == YEARS
    finally:
        path.write_bytes(original)


def test_dependency_reads_the_figure_indicators_stored_at_build_without_pandas(ingested):
    """`chinalac build` keeps figure_indicators' rows; dependency reads them and the stored
    panel with DuckDB alone (no pandas in the process), and gives what the live path gives."""
    from chinalac.domain import figure_indicators

    with chinalac.open(ingested) as database:
        stored = figure_indicators.stored_rows(database, "CHL")
        assert stored is not None and stored[1], "the build stored no figure indicator rows"
        live_rows = figure_indicators.frame_rows(
            figure_indicators.figure_indicators(database, "CHL")
        )
        assert stored[0] == live_rows[0] == figure_indicators.COLUMNS
        assert len(stored[1]) == len(live_rows[1])
        for a, b in zip(stored[1], live_rows[1], strict=True):
            assert a == pytest.approx(b, nan_ok=True)
    loaded, stdout = run_importtime(
        "indicators", "dependency", "--country", "Chile", "--json", "--db", str(ingested)
    )
    assert "chinalac.domain.figure_indicators" in loaded
    assert not {"pandas", "numpy", "pyarrow"} & {name.split(".")[0] for name in loaded}
    report = json.loads(stdout)
    assert report["published_figures"] and [r["year"] for r in report["product_level"]] == YEARS


def test_dependency_without_the_stored_rows_computes_the_same_answer(ingested, tmp_path):
    """A store built before the rows were kept: the live path gives the same report."""
    import shutil

    from chinalac.domain import figure_indicators

    args = ["indicators", "dependency", "--country", "Chile", "--json"]
    before = runner.invoke(app, [*args, "--db", str(ingested)])
    assert before.exit_code == 0, before.output
    copy = tmp_path / "old.duckdb"
    shutil.copy(ingested, copy)
    shutil.copytree(ingested.parent / "chinalac.ingested", tmp_path / "chinalac.ingested")
    with duckdb.connect(str(copy)) as con:
        con.execute(f"DROP TABLE {figure_indicators.TABLE}")
    after = runner.invoke(app, [*args, "--db", str(copy)])
    assert after.exit_code == 0, after.output
    old, new = json.loads(after.stdout), json.loads(before.stdout)
    assert list(old) == list(new) and old["published_figures"]
    for section in old:
        assert len(old[section]) == len(new[section])
        for a, b in zip(old[section], new[section], strict=True):
            assert list(a) == list(b)
            assert list(a.values()) == pytest.approx(list(b.values()), nan_ok=True)
