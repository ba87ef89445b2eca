"""Real golden data: the economiccomplexity RCA matrix and ecomplexity's ECI/PCI."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from chinalac.indicators import economic_complexity, revealed_comparative_advantage

from .helpers import REAL


@pytest.fixture(scope="module")
def exports() -> pd.DataFrame:
    frame = pd.read_csv(
        REAL / "world_trade_avg_1998_to_2000.csv", dtype={"country": str, "product": str}
    )
    return frame.rename(columns={"country": "exporter", "value": "value_usd"})


@pytest.fixture(scope="module")
def complexity(exports):
    return economic_complexity(exports, product_digits=None)


def test_every_one_of_the_177410_binary_rca_cells_matches(exports):
    expected = pd.read_csv(
        REAL / "expected_balassa_index_binary_long.csv", dtype={"country": str, "product": str}
    )
    assert len(expected) == 177_410
    result = revealed_comparative_advantage(exports, product_digits=None)
    merged = expected.merge(
        result.rename(columns={"exporter": "country"}),
        on=["country", "product"],
        how="left",
        validate="one_to_one",
    )
    # Cells absent from the exports have RCA 0 (no exports), as in the expected matrix.
    ours = merged["rca_binary"].fillna(0).astype(int)
    mismatches = merged[ours != merged["balassa_index_binary"].astype(int)]
    assert mismatches.empty, mismatches.head()
    assert int(ours.sum()) == int(expected["balassa_index_binary"].sum())


def test_eci_and_pci_agree_with_the_ecomplexity_package(complexity):
    expected = pd.read_csv(REAL / "expected_eci_pci_ecomplexity.csv", dtype={"code": str})
    eci = expected[expected["kind"] == "eci"].merge(
        complexity.countries, left_on="code", right_on="country"
    )
    pci = expected[expected["kind"] == "pci"].merge(
        complexity.products, left_on="code", right_on="product"
    )
    assert len(eci) == len(complexity.countries) == 226
    assert len(pci) == len(complexity.products) == 785
    assert np.corrcoef(eci["value"], eci["eci"])[0, 1] >= 0.999999
    assert np.corrcoef(pci["value"], pci["pci"])[0, 1] >= 0.999999
    assert np.abs(eci["value"] - eci["eci"]).max() < 1e-8
    assert np.abs(pci["value"] - pci["pci"]).max() < 1e-8


def test_eci_is_standardised_and_correlates_positively_with_diversity(complexity):
    countries = complexity.countries
    assert countries["eci"].mean() == pytest.approx(0.0, abs=1e-10)
    assert countries["eci"].std(ddof=0) == pytest.approx(1.0, abs=1e-10)
    assert np.corrcoef(countries["diversity"], countries["eci"])[0, 1] > 0


def test_eci_is_the_mean_pci_of_the_products_a_country_exports(exports, complexity):
    presence = revealed_comparative_advantage(exports, product_digits=None)
    presence = presence[presence["rca_binary"] == 1].merge(complexity.products, on="product")
    mean_pci = presence.groupby("exporter")["pci"].mean()
    eci = complexity.countries.set_index("country")["eci"]
    assert np.allclose(mean_pci.reindex(eci.index), eci, atol=1e-9)
