"""Name resolution from case files, including names that must not resolve."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from chinalac.reference.countries import UnknownCountryError, normalise

FIXTURES = Path(__file__).parents[1] / "fixtures"

MATCH = pd.read_csv(FIXTURES / "names/must_match.csv", dtype=str, keep_default_na=False)
NO_MATCH = pd.read_csv(FIXTURES / "names/must_not_match.csv", dtype=str, keep_default_na=False)


@pytest.mark.parametrize(("name", "iso3"), list(MATCH.itertuples(index=False, name=None)))
def test_names_resolve(db, name, iso3):
    assert db.resolve_country(name) == iso3


@pytest.mark.parametrize(("name", "why"), list(NO_MATCH.itertuples(index=False, name=None)))
def test_names_that_must_not_resolve(db, name, why):
    with pytest.raises(UnknownCountryError):
        db.resolve_country(name)


def test_taiwan_is_never_china(db):
    with pytest.raises(UnknownCountryError) as error:
        db.resolve_country("Taiwan")
    assert "not the People's Republic of China" in str(error.value)


def test_unknown_name_suggests_close_matches(db):
    with pytest.raises(UnknownCountryError) as error:
        db.resolve_country("Purú")
    assert "Peru (PER)" in error.value.suggestions


def test_every_celac_name_in_three_languages_resolves(db):
    for row in db.sql("SELECT * FROM countries").itertuples():
        for name in (row.name_en, row.name_es, row.name_pt):
            assert db.resolve_country(name) == row.iso3, name


def test_normalise_folds_accents_case_and_saint():
    assert normalise("  Perú ") == "peru"
    assert normalise("St. Lucia") == normalise("Saint Lucia")
