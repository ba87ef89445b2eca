"""Hand-computed golden fixtures (tests/fixtures/indicators/README.md shows the arithmetic)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from chinalac.indicators import (
    IndicatorError,
    commitment_delivery,
    export_concentration_index,
    grubel_lloyd_aggregate,
    grubel_lloyd_index,
    partner_share_asymmetry,
    primary_commodity_share,
    revealed_comparative_advantage,
    trade_complementarity_index,
    trade_complementarity_index_from_shares,
    trade_intensity_index,
)

from .helpers import read_golden


def assert_close(actual: pd.Series, expected: pd.Series, tolerance: float) -> None:
    actual = actual.to_numpy(dtype=float)
    expected = expected.to_numpy(dtype=float)
    assert np.array_equal(np.isnan(actual), np.isnan(expected)), (actual, expected)
    both = ~np.isnan(expected)
    assert np.allclose(actual[both], expected[both], rtol=0, atol=tolerance), (actual, expected)


@pytest.mark.parametrize("digits", [6, 4, 2])
def test_rca_matches_hand_computed_values_at_each_hs_level(digits):
    expected = read_golden("rca_expected.csv")
    expected = expected[expected["product_digits"] == digits].reset_index(drop=True)
    result = revealed_comparative_advantage(read_golden("rca_input.csv"), product_digits=digits)
    merged = expected.merge(result, on=["exporter", "product"], how="left", suffixes=("", "_got"))
    assert len(result) == len(expected)
    assert_close(merged["rca_got"], merged["rca"], 1e-12)
    assert (merged["rca_binary_got"] == merged["rca_binary"]).all()


def test_rca_is_exactly_one_for_a_basket_equal_to_the_worlds():
    result = revealed_comparative_advantage(read_golden("rca_input.csv"))
    equal_basket = result[(result["exporter"] == "AAA") & (result["rca"].notna())]
    assert (equal_basket["rca"] == 1.0).all()
    assert (equal_basket["rca_binary"] == 1).all()


def test_trade_complementarity_hits_100_and_0():
    result = trade_complementarity_index(
        read_golden("tc_exports.csv"), read_golden("tc_imports.csv")
    )
    merged = read_golden("tc_expected.csv").merge(
        result, on=["exporter", "importer"], suffixes=("", "_got")
    )
    assert len(merged) == 3
    assert_close(
        merged["trade_complementarity_index_got"], merged["trade_complementarity_index"], 1e-9
    )


def _share_tables():
    shares = read_golden("tc_shares_percent.csv")
    exports = shares[shares["side"] == "export"].rename(columns={"country": "exporter"})
    imports = shares[shares["side"] == "import"].rename(columns={"country": "importer"})
    return exports[["exporter", "product", "share"]], imports[["importer", "product", "share"]]


def test_percent_shares_are_rejected_when_declared_as_fractions():
    exports, imports = _share_tables()
    with pytest.raises(IndicatorError, match="percentages"):
        trade_complementarity_index_from_shares(exports, imports)


def test_percent_shares_are_converted_when_declared():
    exports, imports = _share_tables()
    result = trade_complementarity_index_from_shares(exports, imports, share_unit="percent")
    merged = read_golden("tc_expected.csv").merge(
        result, on=["exporter", "importer"], suffixes=("", "_got")
    )
    assert len(merged) == 3
    assert_close(
        merged["trade_complementarity_index_got"], merged["trade_complementarity_index"], 1e-9
    )


def test_fraction_shares_give_the_same_index_as_values():
    exports, imports = _share_tables()
    exports = exports.assign(share=exports["share"] / 100)
    imports = imports.assign(share=imports["share"] / 100)
    result = trade_complementarity_index_from_shares(exports, imports)
    assert result.set_index("importer").loc["WWW", "trade_complementarity_index"] == pytest.approx(
        25.0
    )


def test_grubel_lloyd_hits_1_and_0_per_product():
    result = grubel_lloyd_index(read_golden("gl_flows.csv"), "KKK", "PPP")
    expected = read_golden("gl_expected_products.csv")
    merged = expected.merge(result, on=["country", "partner", "product"], suffixes=("", "_got"))
    assert len(result) == len(expected) == len(merged)
    assert_close(merged["grubel_lloyd_index_got"], merged["grubel_lloyd_index"], 1e-12)
    assert_close(merged["exports_usd_got"], merged["exports_usd"], 1e-12)


def test_grubel_lloyd_aggregate_is_trade_weighted():
    result = grubel_lloyd_aggregate(read_golden("gl_flows.csv"), "KKK", "PPP")
    expected = read_golden("gl_expected_aggregate.csv")
    assert len(result) == 1
    assert result["grubel_lloyd_index"].iloc[0] == pytest.approx(
        expected["grubel_lloyd_index"].iloc[0], abs=1e-12
    )
    assert result["product_digits"].iloc[0] == 6


def test_hhi_hits_one_over_n_and_one():
    result = export_concentration_index(read_golden("hhi_input.csv"))
    expected = read_golden("hhi_expected.csv")
    merged = expected.merge(result, on="exporter", suffixes=("", "_got"))
    assert len(merged) == 3
    assert (merged["number_of_products_got"] == merged["number_of_products"]).all()
    assert (merged["products_exported_got"] == merged["products_exported"]).all()
    assert_close(
        merged["herfindahl_hirschman_index_got"], merged["herfindahl_hirschman_index"], 1e-12
    )
    assert_close(
        merged["herfindahl_hirschman_normalised_got"],
        merged["herfindahl_hirschman_normalised"],
        1e-12,
    )


def test_trade_intensity_matches_hand_computation():
    result = trade_intensity_index(read_golden("tii_flows.csv"))
    merged = read_golden("tii_expected.csv").merge(
        result, on=["exporter", "importer"], suffixes=("", "_got")
    )
    assert len(merged) == 6
    assert_close(merged["trade_intensity_index_got"], merged["trade_intensity_index"], 1e-12)


def test_partner_share_asymmetry_matches_hand_computation():
    result = partner_share_asymmetry(read_golden("tii_flows.csv"), ["AAA", "BBB"], "CCC")
    expected = read_golden("partner_share_expected.csv")
    merged = expected.merge(result, on=["country", "partner"], suffixes=("", "_got"))
    assert len(merged) == 2
    for column in ["bilateral_trade_usd", "country_trade_usd", "partner_trade_usd", "partner_share",
                   "reverse_partner_share", "partner_share_asymmetry"]:  # fmt: skip
        assert_close(merged[f"{column}_got"], merged[column], 1e-12)


def test_primary_share_uses_unctad_groups_through_the_shipped_concordance():
    result = primary_commodity_share(read_golden("primary_input.csv"), classification="HS17")
    expected = read_golden("primary_expected.csv")
    merged = expected.merge(result, on=["exporter", "importer"], suffixes=("", "_got"))
    assert len(merged) == 2
    for column in ["primary_commodity_share", "unmapped_share", "primary_value_usd"]:
        assert_close(merged[f"{column}_got"], merged[column], 1e-12)
    assert (result["classification"] == "HS2017").all()


def test_commitment_delivery_keeps_unreported_delivery_visible():
    result = commitment_delivery(read_golden("commitments_input.csv"))
    expected = read_golden("commitments_expected.csv")
    merged = expected.merge(result, on="commitment_id", suffixes=("", "_got"))
    assert len(merged) == len(result) == 4
    assert_close(merged["delivery_ratio_got"], merged["delivery_ratio"], 1e-12)
    assert_close(merged["gap_value_got"], merged["gap_value"], 1e-12)
    assert (merged["delivery_status_got"] == merged["delivery_status"]).all()
    assert (merged["source_got"] == merged["source"]).all()
