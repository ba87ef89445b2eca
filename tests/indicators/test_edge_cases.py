"""Edge cases with defined, documented results — and clear errors instead of NaN soup."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from chinalac.indicators import (
    IndicatorError,
    economic_complexity,
    export_concentration_index,
    grubel_lloyd_aggregate,
    normalised_herfindahl,
    partner_share_asymmetry,
    primary_commodity_share,
    revealed_comparative_advantage,
    trade_complementarity_index,
    trade_intensity_index,
)


def flows(rows, year=2020):
    frame = pd.DataFrame(rows, columns=["exporter", "importer", "product", "value_usd"])
    frame.insert(0, "year", year)
    return frame


WORLD = flows(
    [
        ("PER", "CHN", "260300", 50.0),
        ("CHN", "PER", "847130", 30.0),
        ("CHN", "PER", "260300", 5.0),
        ("USA", "CHN", "847130", 70.0),
        ("USA", "PER", "260300", 10.0),
    ]
)


def test_single_export_product_has_rca_world_total_over_world_product_total():
    result = revealed_comparative_advantage(WORLD)
    peru = result[result["exporter"] == "PER"]
    assert len(peru) == 1
    world_total, world_copper = (
        WORLD["value_usd"].sum(),
        WORLD.loc[WORLD["product"] == "260300", "value_usd"].sum(),
    )
    assert peru["rca"].iloc[0] == pytest.approx(world_total / world_copper)
    assert peru["rca_binary"].iloc[0] == 1


def test_product_with_zero_world_trade_has_undefined_rca_and_no_advantage():
    with_zero = pd.concat([WORLD, flows([("PER", "USA", "090111", 0.0)])])
    coffee = revealed_comparative_advantage(with_zero).query("product == '090111'")
    assert len(coffee) == 1
    assert np.isnan(coffee["rca"].iloc[0])
    assert coffee["rca_binary"].iloc[0] == 0


def test_single_export_product_is_fully_concentrated():
    result = export_concentration_index(
        WORLD[WORLD["exporter"] == "PER"].drop(columns="importer"), number_of_products=50
    )
    assert result["herfindahl_hirschman_index"].iloc[0] == 1.0
    assert result["herfindahl_hirschman_normalised"].iloc[0] == 1.0


def test_normalised_hhi_of_a_one_product_universe_is_one():
    assert normalised_herfindahl([1.0], [1]).tolist() == [1.0]


def test_number_of_products_smaller_than_the_basket_is_an_error():
    with pytest.raises(IndicatorError, match="whole product universe"):
        export_concentration_index(WORLD.drop(columns="importer"), number_of_products=1)


YEAR_WITHOUT_DATA = [
    lambda: revealed_comparative_advantage(WORLD, years=[2020, 2019]),
    lambda: trade_complementarity_index(WORLD, years=2019),
    lambda: grubel_lloyd_aggregate(WORLD, "PER", "CHN", years=[2019]),
    lambda: trade_intensity_index(WORLD, years=[2019]),
    lambda: export_concentration_index(WORLD, years=[2019]),
    lambda: primary_commodity_share(WORLD, years=[2019]),
    lambda: partner_share_asymmetry(WORLD, "PER", years=[2019]),
    lambda: economic_complexity(WORLD, years=[2019]),
]


@pytest.mark.parametrize("call", YEAR_WITHOUT_DATA)
def test_a_year_without_data_raises_an_error_naming_the_year(call):
    with pytest.raises(IndicatorError, match="2019"):
        call()


def test_missing_column_is_named_in_the_error():
    with pytest.raises(IndicatorError, match="value_usd"):
        revealed_comparative_advantage(WORLD.drop(columns="value_usd"))
    with pytest.raises(IndicatorError, match="importer"):
        trade_intensity_index(WORLD.drop(columns="importer"))


def test_integer_hs_codes_are_rejected_because_they_lost_their_leading_zero():
    as_integers = WORLD.assign(product=WORLD["product"].astype(int))
    with pytest.raises(IndicatorError, match="zero-padded"):
        revealed_comparative_advantage(as_integers, product_digits=2)


def test_negative_trade_values_are_rejected():
    with pytest.raises(IndicatorError, match="negative"):
        revealed_comparative_advantage(WORLD.assign(value_usd=-1.0))
    with pytest.raises(IndicatorError, match="negative"):
        trade_intensity_index(WORLD.assign(value_usd=-1.0))


def test_pair_without_any_trade_gives_nan_not_a_number_out_of_nothing():
    complementarity = trade_complementarity_index(WORLD, pairs=[("PER", "BRA")])
    assert complementarity["trade_complementarity_index"].isna().all()
    intra = grubel_lloyd_aggregate(WORLD, ["PER", "BRA"], "CHN")
    assert intra.set_index("country")["grubel_lloyd_index"].isna().tolist() == [True, False]


def test_trade_intensity_is_zero_for_a_pair_that_does_not_trade():
    world = pd.concat([WORLD, flows([("CHN", "USA", "847130", 1.0)])])
    result = trade_intensity_index(world, exporters=["PER"], importers=["USA"])
    assert result["trade_intensity_index"].tolist() == [0.0]


def test_trade_intensity_towards_a_country_without_imports_is_undefined():
    result = trade_intensity_index(WORLD, exporters=["PER"], importers=["USA"])
    assert result["trade_intensity_index"].isna().all()


def test_economic_complexity_needs_two_countries():
    with pytest.raises(IndicatorError, match="at least 2 countries"):
        economic_complexity(WORLD[WORLD["exporter"] == "PER"])


def test_unknown_classification_is_an_error():
    with pytest.raises(IndicatorError, match="classification"):
        primary_commodity_share(WORLD, classification="SITC4")


def test_hs1992_has_no_shipped_concordance():
    with pytest.raises(IndicatorError, match="HS1992"):
        primary_commodity_share(WORLD, classification="HS92")


def test_missing_product_codes_are_an_error_not_a_wrong_product():
    with pytest.raises(IndicatorError, match="no product code"):
        export_concentration_index(
            WORLD.assign(product=[None, "847130", "260300", "847130", "260300"])
        )
