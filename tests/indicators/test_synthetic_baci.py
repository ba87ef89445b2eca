"""The synthetic BACI generator writes CEPII's exact format, deterministically."""

from __future__ import annotations

import re

import pandas as pd

from .helpers import synthetic_baci


def test_release_has_baci_file_names_and_headers(synthetic_release):
    names = sorted(p.name for p in synthetic_release.iterdir())
    assert names == [
        "BACI_HS17_Y2020_V202501.csv",
        "BACI_HS17_Y2021_V202501.csv",
        "country_codes_V202501.csv",
        "product_codes_HS17_V202501.csv",
    ]
    with (synthetic_release / "BACI_HS17_Y2020_V202501.csv").open() as handle:
        assert handle.readline().strip() == "t,i,j,k,v,q"
    with (synthetic_release / "country_codes_V202501.csv").open() as handle:
        assert handle.readline().strip() == "country_code,country_name,country_iso2,country_iso3"
    with (synthetic_release / "product_codes_HS17_V202501.csv").open() as handle:
        assert handle.readline().strip() == "code,description"


def test_year_file_rows_follow_the_baci_conventions(synthetic_release):
    year = pd.read_csv(
        synthetic_release / "BACI_HS17_Y2020_V202501.csv", dtype=str, keep_default_na=False
    )
    assert len(year) == 40_000
    assert (year["t"] == "2020").all()
    assert not year.duplicated(["i", "j", "k"]).any()
    assert (year["i"] != year["j"]).all()
    # k: integer HS6 codes, leading zero dropped (010121 is written 10121).
    assert year["k"].str.fullmatch(r"[1-9]\d{4,5}").all()
    assert (year["k"].str.len() == 5).any()
    assert year["v"].str.fullmatch(r"\d+\.\d{3}").all()
    quantities = year["q"]
    assert (quantities == "").any() and (quantities == "NA").any()
    assert quantities[(quantities != "") & (quantities != "NA")].str.fullmatch(r"\d+\.\d{3}").all()
    # Sorted by exporter, importer, product like the real files.
    keys = year[["i", "j", "k"]].astype(int)
    assert keys.equals(keys.sort_values(["i", "j", "k"]))


def test_countries_are_real_and_include_china_and_celac(synthetic_release):
    countries = pd.read_csv(synthetic_release / "country_codes_V202501.csv", dtype=str)
    by_iso3 = dict(zip(countries["country_iso3"], countries["country_code"], strict=True))
    assert by_iso3["CHN"] == "156" and by_iso3["BRA"] == "76" and by_iso3["MEX"] == "484"
    assert set(synthetic_baci.CELAC_ISO3) <= set(by_iso3)
    products = pd.read_csv(synthetic_release / "product_codes_HS17_V202501.csv", dtype=str)
    assert products["code"].str.fullmatch(r"\d{6}").all()


def test_exporter_sizes_are_heavy_tailed(synthetic_release):
    year = pd.read_csv(synthetic_release / "BACI_HS17_Y2021_V202501.csv", usecols=["i", "v"])
    totals = year.groupby("i")["v"].sum().sort_values(ascending=False)
    assert totals.iloc[:6].sum() > 0.4 * totals.sum()  # a few giants…
    assert totals.iloc[0] > 50 * totals.iloc[-1]  # …and a long tail


def test_same_seed_gives_identical_files(tmp_path):
    first = synthetic_baci.write_release(
        tmp_path / "a", [2019], 2_000, seed=5, countries=40, products=50
    )
    second = synthetic_baci.write_release(
        tmp_path / "b", [2019], 2_000, seed=5, countries=40, products=50
    )
    other = synthetic_baci.write_release(
        tmp_path / "c", [2019], 2_000, seed=6, countries=40, products=50
    )
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert first[0].read_bytes() != other[0].read_bytes()


def test_year_range_parsing():
    assert synthetic_baci.parse_years("2018-2020") == [2018, 2019, 2020]
    assert synthetic_baci.parse_years("2019,2021") == [2019, 2021]
    assert re.fullmatch(r"V\d{6}", synthetic_baci.RELEASE)
