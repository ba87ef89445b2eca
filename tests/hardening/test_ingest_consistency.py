"""Issue 14, item 7: the ingested files, the ingest log, the store's views and its derived
tables switch together; a killed ingest leaves them agreeing; a running dashboard reopens a
store that changed under it."""

from __future__ import annotations

import os
import shutil
import time
import warnings
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from chinalac.cli.app import app
from chinalac.paths import ingested_dir
from chinalac.sources import baci
from chinalac.store.build import build_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

RELEASE = Path(__file__).parents[1] / "fixtures" / "baci" / "BACI_HS17_V202501"
YEAR_2022 = "BACI_HS17_Y2022_V202501.csv"


def answers(db: Path) -> dict:
    """What each place says about Brazil's 2022 exports to China (read through a new hard
    link: DuckDB would hand back an instance this process already holds for the path)."""
    link = db.with_name(f"look-{time.monotonic_ns()}.duckdb")
    os.link(db, link)
    with duckdb.connect(str(link), read_only=True) as con:
        view = con.execute(
            "SELECT sum(value_usd) FROM trade_products "
            "WHERE year = 2022 AND exporter = 'BRA' AND importer = 'CHN'"
        ).fetchone()[0]
        derived = con.execute(
            "SELECT sum(value_usd) FROM trade_products_china "
            "WHERE year = 2022 AND exporter = 'BRA' AND importer = 'CHN'"
        ).fetchone()[0]
        store_log = sorted(r[0] for r in con.execute("SELECT file FROM ingest_log").fetchall())
    link.unlink()
    live_log = sorted(pd.read_csv(ingested_dir(db) / "ingest_log.csv", dtype=str)["file"])
    return {"view": view, "derived": derived, "store_log": store_log, "live_log": live_log}


def assert_agree(state: dict) -> None:
    assert state["view"] == pytest.approx(state["derived"]), state
    assert state["store_log"] == state["live_log"], state


@pytest.fixture
def store(tmp_path) -> Path:
    db = tmp_path / "store" / "chinalac.duckdb"
    result = CliRunner().invoke(app, ["ingest", "baci", str(RELEASE), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def doubled_release(tmp_path) -> Path:
    """The same release with Brazil's 2022 values doubled."""
    target = tmp_path / "doubled"
    shutil.copytree(RELEASE, target)
    lines = (target / YEAR_2022).read_text().splitlines()
    out = [lines[0]]
    for line in lines[1:]:
        cells = line.split(",")
        if cells[1] == "76":
            cells[4] = str(float(cells[4]) * 2)
        out.append(",".join(cells))
    (target / YEAR_2022).write_text("\n".join(out) + "\n")
    return target


def test_an_ingest_killed_before_the_store_refresh_leaves_everything_agreeing(
    store, doubled_release
):
    before = answers(store)
    assert_agree(before)
    # The ingest's files and log are written, then the process dies before the refresh.
    baci.ingest_release(doubled_release, ingested_dir(store))
    after_kill = answers(store)
    assert after_kill == before  # the store, its views, its tables and the live log: unchanged
    # The next build completes the ingest: every place switches to the new values together.
    build_store(db_path=store)
    done = answers(store)
    assert_agree(done)
    assert done["view"] == pytest.approx(2 * before["view"])
    assert not (ingested_dir(store) / "ingest_log.pending.csv").exists()
    files = {
        p.relative_to(ingested_dir(store)).as_posix()
        for p in ingested_dir(store).rglob("*.parquet")
    }
    assert files == set(done["live_log"])  # the replaced files are gone, no orphan left


def test_an_ingest_killed_after_the_store_swap_is_completed_by_the_next_build(
    store, doubled_release, monkeypatch
):
    before = answers(store)
    monkeypatch.setattr("chinalac.store.build.commit_pending", lambda folder: 1 / 0)
    baci.ingest_release(doubled_release, ingested_dir(store))
    with pytest.raises(ZeroDivisionError):
        build_store(db_path=store)
    swapped = answers(store)
    assert swapped["view"] == pytest.approx(swapped["derived"])  # views and tables agree
    assert swapped["view"] == pytest.approx(2 * before["view"])
    monkeypatch.undo()
    build_store(db_path=store)
    assert_agree(answers(store))


def test_a_running_dashboard_reopens_a_rebuilt_store(store, doubled_release):
    from chinalac.web.app import create_app

    client = TestClient(create_app(store))
    url = "/data/trade_products_china?exporter=BRA&year=2022"
    first = client.get(url)
    assert first.status_code == 200
    baci.ingest_release(doubled_release, ingested_dir(store))
    build_store(db_path=store)
    time.sleep(1.1)  # the dashboard looks at the store file at most once a second
    second = client.get(url)
    assert second.status_code == 200 and second.text != first.text
    doubled = answers(store)["derived"]
    assert f"{doubled:,.0f}".replace(",", "")[:6] in second.text.replace(",", "").replace(" ", "")
