"""The store wrappers on the real knowledge base (the store built from the shipped data)."""

from __future__ import annotations

import pytest

from chinalac.domain.commitments import STATUSES, UNMEASURABLE
from chinalac.indicators import from_store, rank


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    import chinalac
    from chinalac.store.build import build_store

    path = tmp_path_factory.mktemp("indicator_store") / "chinalac.duckdb"
    build_store(db_path=path)
    with chinalac.open(path) as database:
        yield database


def test_every_commitment_gets_a_row_and_a_status(store):
    table = store.sql("SELECT * FROM commitments")
    result = from_store.commitment_delivery(store)
    assert len(result) == len(table) > 0
    assert set(result["delivery_status"]) <= set(STATUSES)
    unmeasurable = result[result["delivery_status"] == UNMEASURABLE]
    assert len(unmeasurable) > 0 and unmeasurable["delivery_ratio"].isna().all()
    met = result.set_index("commitment_id").loc["brasilia2014_trade_500bn"]
    assert met["delivery_status"] == "met" and met["delivery_ratio"] > 1


def test_cooperation_depth_covers_the_33_celac_states(store):
    result = from_store.cooperation_depth_index(store, years=[2024])
    assert len(result) == 33
    assert result["cooperation_depth_index"].between(0, 100).all()
    political = result.set_index("iso3")["political"]
    # Paraguay recognises Taiwan (no relations with the PRC); Peru has a comprehensive strategic partnership.
    assert political["PRY"] < political["PER"]


def test_cooperation_depth_rank_shows_the_selected_state(store):
    ranked = rank(store, "cooperation_depth_index", "HTI", 2024, top=3)
    assert ranked["selected"].sum() == 1
    assert ranked["code"].iloc[-1] == "HTI" or "HTI" in ranked["code"].head(3).tolist()
