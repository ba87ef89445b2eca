"""The fast DuckDB panel and the store wrappers agree with the pure functions on raw rows."""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd
import pytest

from chinalac import indicators
from chinalac.indicators import (
    BILATERAL_COLUMNS,
    IndicatorError,
    economic_complexity,
    export_concentration_index,
    from_store,
    grubel_lloyd_aggregate,
    partner_share_asymmetry,
    primary_commodity_share,
    revealed_comparative_advantage,
    trade_complementarity_index,
    trade_intensity_index,
    trade_panel,
)

from .helpers import YEARS, FakeDb

STATES = ["BRA", "CHL", "PER"]


@pytest.fixture(scope="module")
def panel(trade_con):
    return trade_panel(trade_con, years=YEARS, partners=STATES, gdp="wdi", source="baci:V202501")


def by_state(frame: pd.DataFrame, column: str, country_column: str = "country") -> pd.Series:
    return frame.set_index(["year", country_column])[column].sort_index()


def test_panel_has_one_row_per_year_and_state_with_every_column(panel):
    bilateral = panel.bilateral
    assert list(bilateral.columns) == BILATERAL_COLUMNS
    assert len(bilateral) == len(YEARS) * len(STATES)
    assert (bilateral["source"] == "baci:V202501").all()
    numeric = bilateral.drop(columns=["year", "country", "source"])
    assert not numeric.isna().any().any(), numeric.columns[numeric.isna().any()].tolist()


def test_panel_complementarity_and_intensity_match_the_pure_functions(panel, trade_frame):
    pairs = [(s, "CHN") for s in STATES] + [("CHN", s) for s in STATES]
    complementarity = trade_complementarity_index(trade_frame, pairs=pairs)
    to_china = complementarity[complementarity["importer"] == "CHN"]
    assert np.allclose(
        by_state(panel.bilateral, "trade_complementarity_country_to_china"),
        by_state(to_china, "trade_complementarity_index", "exporter"),
    )
    intensity = trade_intensity_index(trade_frame, exporters=STATES, importers=["CHN"])
    assert np.allclose(
        by_state(panel.bilateral, "trade_intensity_country_to_china"),
        by_state(intensity, "trade_intensity_index", "exporter"),
    )


def test_panel_bilateral_indicators_match_the_pure_functions(panel, trade_frame):
    bilateral = panel.bilateral
    intra = grubel_lloyd_aggregate(trade_frame, STATES, "CHN")
    assert np.allclose(
        by_state(bilateral, "grubel_lloyd_with_china"), by_state(intra, "grubel_lloyd_index")
    )
    shares = partner_share_asymmetry(trade_frame, STATES, "CHN")
    assert np.allclose(
        by_state(bilateral, "partner_share_asymmetry"), by_state(shares, "partner_share_asymmetry")
    )
    to_china = trade_frame[
        (trade_frame["importer"] == "CHN") & trade_frame["exporter"].isin(STATES)
    ]
    primary = primary_commodity_share(to_china.drop(columns="importer"))
    assert np.allclose(
        by_state(bilateral, "primary_share_exports_to_china"),
        by_state(primary, "primary_commodity_share", "exporter"),
    )
    universe = trade_frame.groupby("year")["product"].nunique().to_dict()
    hhi = export_concentration_index(to_china.drop(columns="importer"), number_of_products=universe)
    assert np.allclose(
        by_state(bilateral, "hhi_normalised_exports_to_china"),
        by_state(hhi, "herfindahl_hirschman_normalised", "exporter"),
    )


def test_panel_every_sql_column_matches_its_pure_function(panel, trade_frame):
    """The panel computes the China–state indicators in SQL (indicators.panel.bilateral_query):
    every column equals the indicator's own function on the raw rows, both directions."""
    bilateral = panel.bilateral
    shares = partner_share_asymmetry(trade_frame, STATES, "CHN")
    for panel_column, function_column in (
        ("exports_to_china_usd", "exports_to_partner_usd"),
        ("imports_from_china_usd", "imports_from_partner_usd"),
        ("trade_with_china_usd", "bilateral_trade_usd"),
        ("china_share_of_country_trade", "partner_share"),
        ("country_share_of_china_trade", "reverse_partner_share"),
    ):
        assert np.allclose(by_state(bilateral, panel_column), by_state(shares, function_column))
    pairs = [(s, "CHN") for s in STATES] + [("CHN", s) for s in STATES]
    complementarity = trade_complementarity_index(trade_frame, pairs=pairs)
    from_china = complementarity[complementarity["exporter"] == "CHN"]
    assert np.allclose(
        by_state(bilateral, "trade_complementarity_china_to_country"),
        by_state(from_china, "trade_complementarity_index", "importer"),
    )
    intensity = trade_intensity_index(trade_frame, exporters=["CHN"], importers=STATES)
    assert np.allclose(
        by_state(bilateral, "trade_intensity_china_to_country"),
        by_state(intensity, "trade_intensity_index", "importer"),
    )
    universe = trade_frame[trade_frame["value_usd"] > 0].groupby("year")["product"].nunique()
    to_china = trade_frame[
        (trade_frame["importer"] == "CHN") & trade_frame["exporter"].isin(STATES)
    ]
    from_states = trade_frame[trade_frame["exporter"].isin(STATES)]
    for label, rows in (("to_china", to_china), ("to_world", from_states)):
        hhi = export_concentration_index(
            rows.drop(columns="importer"), number_of_products=universe.to_dict()
        )
        for suffix, column in (
            ("", "herfindahl_hirschman_index"),
            ("normalised_", "herfindahl_hirschman_normalised"),
        ):
            assert np.allclose(
                by_state(bilateral, f"hhi_{suffix}exports_{label}"),
                by_state(hhi, column, "exporter"),
            )
    primary = primary_commodity_share(to_china.drop(columns="importer"))
    assert np.allclose(
        by_state(bilateral, "unmapped_share_exports_to_china"),
        by_state(primary, "unmapped_share", "exporter"),
    )


def test_panel_trade_to_gdp_uses_the_wdi_view(panel, trade_con):
    gdp = trade_con.execute("SELECT iso3 AS country, year, value FROM wdi").df()
    merged = panel.bilateral.merge(gdp, on=["year", "country"])
    assert np.allclose(
        merged["trade_with_china_to_gdp"], merged["trade_with_china_usd"] / merged["value"]
    )


@pytest.mark.parametrize("digits", [6, 2])
def test_panel_rca_matches_the_function_on_raw_rows(panel, trade_frame, digits):
    fast = (
        panel.rca[digits].to_pandas().set_index(["year", "exporter", "product"])["rca"].sort_index()
    )
    plain = revealed_comparative_advantage(trade_frame, product_digits=digits)
    plain = plain.set_index(["year", "exporter", "product"])["rca"].sort_index()
    assert len(fast) == len(plain)
    assert fast.index.equals(plain.index)
    assert np.allclose(fast, plain, rtol=1e-12)


def test_panel_complexity_matches_the_function_on_raw_rows(panel, trade_frame):
    fast = panel.complexity.countries.set_index(["year", "country"])["eci"].sort_index()
    plain = (
        economic_complexity(trade_frame)
        .countries.set_index(["year", "country"])["eci"]
        .sort_index()
    )
    assert fast.index.equals(plain.index)
    assert np.allclose(fast, plain, atol=1e-9)
    china = panel.bilateral.groupby("year")["eci_china"].first()
    assert np.allclose(china, fast.xs("CHN", level="country"))


def test_panel_leaves_no_temporary_table_behind(trade_con, panel):
    names = [
        r[0]
        for r in trade_con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    ]
    assert not [n for n in names if n.startswith("_chinalac")]


def test_panel_year_without_data_is_an_error_naming_it(trade_con):
    with pytest.raises(IndicatorError, match="2019"):
        trade_panel(trade_con, years=[2019, 2020], partners=STATES)


def test_dependency_panel_gives_one_row_per_year_for_one_state(fake_db):
    result = indicators.dependency_panel(fake_db, "PER", YEARS)
    assert list(result.columns) == BILATERAL_COLUMNS
    assert result["year"].tolist() == YEARS
    assert (result["country"] == "PER").all()
    assert (result["source"] == "baci:V202501").all()
    assert result["trade_with_china_to_gdp"].notna().all()
    assert result["eci_country"].notna().all()


def test_dependency_panel_for_a_missing_year_or_state_is_an_error(fake_db):
    with pytest.raises(IndicatorError, match="2019"):
        indicators.dependency_panel(fake_db, "PER", [2019])
    with pytest.raises(IndicatorError, match="XXX"):
        indicators.dependency_panel(fake_db, "XXX", YEARS)


def test_store_rca_matches_the_pure_function(fake_db, trade_frame):
    stored = from_store.revealed_comparative_advantage(fake_db, years=2020, country="CHL")
    plain = revealed_comparative_advantage(trade_frame, years=2020)
    plain = plain[plain["exporter"] == "CHL"]
    assert len(stored) == len(plain) > 0
    assert np.allclose(stored["rca"].to_numpy(), plain["rca"].to_numpy())
    assert (stored["source"] == "baci:V202501").all()


def test_rank_lists_the_top_products_of_a_country(fake_db):
    ranked = indicators.rank(fake_db, "revealed_comparative_advantage", "BRA", 2021, top=5)
    assert len(ranked) == 5
    assert ranked["value"].is_monotonic_decreasing
    assert ranked["rank"].tolist()[0] == 1
    assert (ranked["column"] == "rca").all()


def test_rank_of_states_always_shows_the_selected_country(fake_db):
    ranked = indicators.rank(fake_db, "trade_intensity_index", "PER", 2020, top=3)
    assert ranked["selected"].sum() == 1
    assert "PER" in ranked["code"].tolist()
    assert ranked["value"].head(3).is_monotonic_decreasing
    assert len(ranked) in (3, 4)


def test_rank_of_an_unknown_indicator_lists_the_known_ones(fake_db):
    with pytest.raises(IndicatorError, match="revealed_comparative_advantage"):
        indicators.rank(fake_db, "tci", "PER", 2020)


def _two_releases(spans: dict[str, list[int]]) -> FakeDb:
    rows = [
        ("baci", release, "HS17", year, exporter, importer, "010121", 1.0)
        for release, years in spans.items()
        for year in years
        for exporter, importer in (("PER", "CHN"), ("CHN", "PER"))
    ]
    frame = pd.DataFrame(
        rows,
        columns=[
            "source",
            "release",
            "classification",
            "year",
            "exporter",
            "importer",
            "product",
            "value_usd",
        ],
    )
    con = duckdb.connect()
    con.register("frame", frame)
    con.execute("CREATE TABLE trade_products AS SELECT * FROM frame")
    return FakeDb(con)


def test_select_trade_picks_one_release_and_never_mixes_them():
    db = _two_releases({"V202401": [2020], "V202501": [2020, 2021]})
    assert from_store.select_trade(db, [2020, 2021]).label == "baci:V202501"
    assert (
        from_store.select_trade(db, [2020]).label == "baci:V202501"
    )  # the latest release wins a tie
    assert from_store.select_trade(db, [2020], release="V202401").label == "baci:V202401"
    split = _two_releases({"V202401": [2019, 2020], "V202501": [2021]})
    with pytest.raises(IndicatorError, match="never mixed"):
        from_store.select_trade(split, [2020, 2021])


def test_store_without_product_trade_says_what_to_do():
    db = FakeDb(duckdb.connect())
    with pytest.raises(IndicatorError, match="trade_products"):
        indicators.dependency_panel(db, "PER", [2020])


def test_empty_trade_table_says_to_ingest_first():
    db = _two_releases({})
    with pytest.raises(IndicatorError, match="ingest"):
        indicators.dependency_panel(db, "PER", [2020])
