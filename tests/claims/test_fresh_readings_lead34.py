"""An anniversary counts from the tie its own object names (lead, stop 34).

"In 2021, on the 50th anniversary of China-Peru relations, the two countries upgraded their FTA":
the object of the anniversary ("of China-Peru relations", up to the comma) names the relations;
the FTA is named by another clause. Main counted the anniversary from the only tie cue of the
sentence, the FTA (in force 2010), and left the relations of 1971 unjudged; with the relations
and the free trade agreement both named, it judged nothing. Real-shaped sentences (our own),
checked against the package's knowledge base: Peru's relations with the PRC date from
1971-11-02, its FTA entered into force on 2010-03-01.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

RELATIONS_THEN_FTA = [
    (
        "In 2021, on the 50th anniversary of China-Peru relations, the two countries upgraded "
        "their FTA.",
        "50th anniversary",
    ),
    (
        "In 2021, the 50th anniversary of diplomatic relations between China and Peru, both "
        "governments agreed to upgrade their free trade agreement.",
        "50th anniversary",
    ),
    (
        "En 2021, con motivo del 50 aniversario de las relaciones entre China y Perú, ambos "
        "países modernizaron su TLC.",
        "50 aniversario",
    ),
    (
        "Em 2021, no 50º aniversário das relações entre China e Peru, os dois países "
        "atualizaram o seu TLC.",
        "50º aniversário",
    ),
]


@pytest.mark.parametrize(("text", "figure"), RELATIONS_THEN_FTA)
def test_the_anniversary_of_relations_is_not_dated_from_the_fta_of_another_clause(kb, text, figure):
    result = one(check(text, db=kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "1971" in result.reason and "diplomatic_relations_prc" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2020, on the 10th anniversary of the free trade agreement, China and Peru "
            "reviewed their diplomatic relations.",
            "10th anniversary",
        ),
        (
            "En 2020, en el décimo aniversario del TLC, China y Perú repasaron sus relaciones "
            "diplomáticas.",
            "décimo aniversario",
        ),
    ],
)
def test_the_anniversary_of_the_fta_is_dated_from_the_fta(kb, text, figure):
    result = one(check(text, db=kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2010" in result.reason and "fta" in result.reason


def test_an_anniversary_of_relations_a_year_off_is_never_refuted(kb):
    text = "In 2022, on the 50th anniversary of China-Peru relations, the two countries upgraded their FTA."
    result = one(check(text, db=kb), "50th anniversary")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "1972" in result.reason and "1971" in result.reason


# --- "50 years of diplomatic relations": a count of years of the relations is their anniversary
# (main read a duration no stored row holds and left it unjudged). Brazil's relations with the
# PRC date from 1974-08-15.
YEARS_OF_RELATIONS = [
    ("In 2024, China and Brazil celebrated 50 years of diplomatic relations.", "50 years"),
    ("En 2024 se cumplieron 50 años de relaciones diplomáticas entre China y Brasil.", "50 años"),
    ("Em 2024, China e Brasil celebraram 50 anos de relações diplomáticas.", "50 anos"),
]


@pytest.mark.parametrize(("text", "figure"), YEARS_OF_RELATIONS)
def test_years_of_relations_date_the_relations(kb, text, figure):
    result = one(check(text, db=kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "1974" in result.reason and "diplomatic_relations_prc" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a year off: the table's date is shown, never refuted
        ("In 2025, China and Brazil celebrated 50 years of diplomatic relations.", "50 years"),
        # a bound, trade relations, no relations named: no tie is dated
        (
            "In 2024, China and Brazil celebrated more than 50 years of diplomatic relations.",
            "more than 50 years",
        ),
        ("In 2024, Brazil and China marked 50 years of trade relations.", "50 years"),
        ("En 2024, Brasil y China cumplieron 50 años de relaciones comerciales.", "50 años"),
        ("After 45 years, the two countries signed an FTA in 2024.", "45 years"),
    ],
)
def test_other_counts_of_years_are_never_supported_nor_refuted(kb, text, figure):
    result = one(check(text, db=kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
