"""The registry, the metadata file and the docstrings say the same thing."""

from __future__ import annotations

import importlib
import inspect
import re

import pytest

from chinalac import indicators
from chinalac.indicators import REGISTRY, list_indicators, primary_definition
from chinalac.indicators.registry import FUNCTIONS, metadata

# The left-hand side of each formula, as written in both the YAML and the module docstring.
FORMULA_SYMBOL = {
    "revealed_comparative_advantage": "RCA_cpt = (x_cpt / X_ct) / (x_wpt / X_wt)",
    "trade_complementarity_index": "TC_jk = 100 · (1 − Σ_p |m_pk − x_pj| / 2)",
    "grubel_lloyd_index": "GL_p = 1 − |X_p − M_p| / (X_p + M_p)",
    "grubel_lloyd_aggregate": "GL   = Σ_p (X_p + M_p − |X_p − M_p|) / Σ_p (X_p + M_p)",
    "trade_intensity_index": "TII_ij = (x_ij / X_i) / (x_wj / X_w)",
    "export_concentration_index": "HHI*  = (√HHI − √(1/N)) / (1 − √(1/N))",
    "primary_commodity_share": "primary_share = Σ_{p ∈ primary} x_p / Σ_p x_p",
    "partner_share_asymmetry": "D_ij = trade_ij / trade_i          asymmetry_ij = D_ij − D_ji",
    "trade_to_gdp": "trade_to_gdp_ij = trade_ij / GDP_i",
    "economic_complexity_index": "M̃_cc' = Σ_p M_cp M_c'p / (k_c k_p)",
    "product_complexity_index": "PCI_p  = the matching product eigenvector",
    "commitment_delivery": "delivery_ratio = delivered_value / target_value",
    "cooperation_depth_index": "CDI = 100 · Σ_sphere w · S / Σ_sphere w",
}


def test_every_indicator_in_the_metadata_has_functions_and_vice_versa():
    names = [entry["name"] for entry in metadata()["indicators"]]
    assert len(names) == len(set(names))
    assert set(names) == set(FUNCTIONS) == set(REGISTRY)
    for name in names:
        assert getattr(indicators, name) is REGISTRY[name].function


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_metadata_entry_is_complete(name):
    entry = REGISTRY[name]
    for field in ("title", "formula", "reference", "unit", "level"):
        assert getattr(entry, field).strip(), f"{name}: empty {field}"
    assert entry.caveats, f"{name}: no caveat"
    # Every caveat key used in the YAML resolves to text, not to itself.
    assert all(" " in caveat for caveat in entry.caveats)


@pytest.mark.parametrize("name", sorted(FORMULA_SYMBOL))
def test_module_docstring_states_the_formula_and_the_reference(name):
    module = importlib.import_module(REGISTRY[name].function.__module__)
    docstring = inspect.getdoc(module)
    assert FORMULA_SYMBOL[name] in docstring
    # The first author of the YAML reference is cited in the docstring too.
    first_author = re.match(r"[\w–-]+", REGISTRY[name].reference).group(0)
    if first_author not in ("chinalac", "World"):
        assert first_author in docstring, f"{name}: {first_author} not cited in {module.__name__}"


def test_list_indicators_gives_one_row_per_indicator():
    table = list_indicators()
    assert list(table.columns) == [
        "name",
        "title",
        "formula",
        "unit",
        "level",
        "reference",
        "caveats",
        "method",
    ]
    assert len(table) == len(REGISTRY)
    assert table["formula"].str.len().min() > 5


def test_primary_commodity_definition_is_unctads():
    definition = primary_definition()
    assert definition["source"] == "UNCTAD"
    assert definition["sections"] == ["0", "1", "2", "3", "4"]
    assert definition["divisions"] == ["68"]
    assert sorted(definition["groups"]) == ["667", "971"]


def test_every_panel_column_is_described_in_the_metadata():
    from chinalac.indicators import BILATERAL_COLUMNS

    described = metadata()["panel_columns"]
    assert list(described) == BILATERAL_COLUMNS
    assert all(len(text) > 10 for text in described.values())
