"""Property tests (Hypothesis) for the fragile pure functions."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chinalac.indicators import (
    aggregate_products,
    export_concentration_index,
    grubel_lloyd,
    grubel_lloyd_index,
    revealed_comparative_advantage,
    trade_complementarity_index,
)

COUNTRIES = ["AAA", "BBB", "CCC", "DDD"]
PRODUCTS = ["010110", "010120", "010210", "020110", "020120", "870323"]
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
values = st.floats(min_value=0.001, max_value=1e9, allow_nan=False, allow_infinity=False)


@st.composite
def baskets(draw, country_column: str = "exporter", min_size: int = 1) -> pd.DataFrame:
    """Distinct (country, product) cells with positive values."""
    cells = draw(
        st.lists(
            st.tuples(st.sampled_from(COUNTRIES), st.sampled_from(PRODUCTS)),
            min_size=min_size,
            max_size=len(COUNTRIES) * len(PRODUCTS),
            unique=True,
        )
    )
    amounts = draw(st.lists(values, min_size=len(cells), max_size=len(cells)))
    return pd.DataFrame(
        {
            country_column: [c for c, _ in cells],
            "product": [p for _, p in cells],
            "value_usd": amounts,
        }
    )


@SETTINGS
@given(baskets(), st.floats(min_value=1e-3, max_value=1e6))
def test_rca_is_unchanged_when_every_value_is_scaled(exports, factor):
    original = revealed_comparative_advantage(exports)
    scaled = revealed_comparative_advantage(exports.assign(value_usd=exports["value_usd"] * factor))
    assert np.allclose(original["rca"], scaled["rca"], rtol=1e-9, atol=0)
    clear = (
        original["rca"] - 1.0
    ).abs() > 1e-9  # a cell exactly at the cut-off may round either way
    assert (original.loc[clear, "rca_binary"] == scaled.loc[clear, "rca_binary"]).all()


@SETTINGS
@given(baskets("exporter"), baskets("importer"))
def test_trade_complementarity_stays_within_0_and_100(exports, imports):
    result = trade_complementarity_index(exports, imports)
    defined = result["trade_complementarity_index"].dropna()
    assert len(defined) == len(result)  # every basket here has trade
    assert ((defined >= 0) & (defined <= 100)).all()


@SETTINGS
@given(st.lists(st.tuples(values, values), min_size=1, max_size=20))
def test_grubel_lloyd_is_symmetric_in_exports_and_imports(pairs):
    exports_value = np.array([x for x, _ in pairs])
    imports_value = np.array([m for _, m in pairs])
    forward, backward = (
        grubel_lloyd(exports_value, imports_value),
        grubel_lloyd(imports_value, exports_value),
    )
    assert np.allclose(forward, backward, rtol=1e-12, atol=0)
    assert ((forward >= 0) & (forward <= 1)).all()


@SETTINGS
@given(baskets("exporter", min_size=2))
def test_grubel_lloyd_of_a_pair_is_the_same_from_either_side(exports):
    # Turn the baskets into flows between two countries, both directions.
    flows = exports.assign(
        importer=np.where(exports["exporter"].isin(["AAA", "BBB"]), "CCC", "AAA")
    )
    flows["exporter"] = np.where(flows["exporter"].isin(["AAA", "BBB"]), "AAA", "CCC")
    flows = flows.groupby(["exporter", "importer", "product"], as_index=False)["value_usd"].sum()
    one_way = grubel_lloyd_index(flows, "AAA", "CCC").set_index("product")["grubel_lloyd_index"]
    other_way = grubel_lloyd_index(flows, "CCC", "AAA").set_index("product")["grubel_lloyd_index"]
    assert np.allclose(one_way.sort_index(), other_way.sort_index(), rtol=1e-12, atol=0)


@SETTINGS
@given(baskets())
def test_normalised_hhi_stays_within_0_and_1(exports):
    result = export_concentration_index(exports)
    normalised = result["herfindahl_hirschman_normalised"]
    raw = result["herfindahl_hirschman_index"]
    assert ((normalised >= 0) & (normalised <= 1)).all()
    assert ((raw >= 1 / result["number_of_products"] - 1e-12) & (raw <= 1 + 1e-12)).all()


@SETTINGS
@given(baskets())
def test_hs2_totals_equal_the_sum_of_their_hs6_rows(exports):
    hs2 = aggregate_products(exports, 2).set_index(["exporter", "product"])["value_usd"]
    by_hand = exports.groupby([exports["exporter"], exports["product"].str[:2]])["value_usd"].sum()
    assert np.allclose(hs2.sort_index(), by_hand.sort_index(), rtol=1e-12)
    rca_hs2 = revealed_comparative_advantage(exports, product_digits=2).set_index(
        ["exporter", "product"]
    )
    assert np.allclose(rca_hs2["value_usd"].sort_index(), by_hand.sort_index(), rtol=1e-12)
