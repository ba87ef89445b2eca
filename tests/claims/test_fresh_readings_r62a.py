"""General readings found on the fresh dev texts 635-636 of the unseen set (branch round-r62a:
Our Today on the Chinese ambassador's remarks for fifty years of China–Jamaica relations,
November 2022, and APD News's copy of the Xinhua dispatch on forty years of China–Antigua and
Barbuda relations, January 2023), each with real-shaped sentences (our own) in the languages
where the reading applies, checked against the package's knowledge base.

* A "first" of states is refuted within one year when the ties table dates the leader and the
  claim's state to exact days a month or more apart ("Jamaica became the first English-speaking
  Caribbean country to establish diplomatic relations with China in 1972": Guyana's relations
  of 1972-06-27 come before Jamaica's of 1972-11-21; main left it unjudged because the two
  years are the same). Year- or month-dated rows of the same year still leave the order open.
* The last years of the relations are read when the pair is named after a reporting aside
  ("Over the past 50 years, he said, relations between China and Jamaica have developed", "En
  los últimos 50 años, dijo, las relaciones entre China y Jamaica", "Nos últimos 50 anos, disse
  ele, as relações entre a China e a Jamaica") and when the bare relations grow over them in a
  sentence naming China or its leader ("Xi said relations had developed smoothly over the past
  40 years", "las relaciones se han desarrollado sin tropiezos en los últimos 40 años", "as
  relações se desenvolveram de forma estável nos últimos 40 anos"); main left both unread.
  Borne out when the count lands on the relations' year, never refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

SAME_YEAR_FIRSTS = [
    (
        "Jamaica became the first English-speaking Caribbean country to establish diplomatic"
        " relations with China in 1972.",
        "first English-speaking Caribbean country",
    ),
    (
        "Jamaica fue el primer país del Caribe anglófono en establecer relaciones diplomáticas"
        " con China, en 1972.",
        "primer país",
    ),
    (
        "A Jamaica foi o primeiro país do Caribe anglófono a estabelecer relações diplomáticas"
        " com a China, em 1972.",
        "primeiro país",
    ),
]


@pytest.mark.parametrize(("text", "span"), SAME_YEAR_FIRSTS)
def test_a_first_of_the_same_year_is_refuted_by_an_earlier_exact_day(text, span):
    result = checked(text, span, date="2022-11-15")
    assert result.verdict is Verdict.CONTRADICTED
    assert "GUY" in result.reason


def test_the_true_first_is_still_borne_out():
    # guard: Guyana's relations of 1972-06-27 are the first of the English-speaking Caribbean
    result = checked(
        "Guyana became the first English-speaking Caribbean country to establish diplomatic"
        " relations with China in 1972.",
        "first English-speaking Caribbean country",
        date="2022-11-15",
    )
    assert result.verdict is Verdict.SUPPORTED


def test_a_first_a_year_or_more_later_is_refuted_as_before():
    # guard: Barbados's relations of 1977 come years after Guyana's
    result = checked(
        "Barbados became the first English-speaking Caribbean country to establish diplomatic"
        " relations with China in 1977.",
        "first English-speaking Caribbean country",
        date="2022-11-15",
    )
    assert result.verdict is Verdict.CONTRADICTED


def test_one_of_the_first_of_the_same_year_is_not_refuted():
    # guard: "one of the first" names no single first
    result = checked(
        "Jamaica became one of the first English-speaking Caribbean countries to establish"
        " diplomatic relations with China in 1972.",
        "1972",
        date="2022-11-15",
    )
    assert result.verdict is not Verdict.CONTRADICTED


LAST_YEARS = [
    (
        "Over the past 50 years, he said, relations between China and Jamaica have developed"
        " steadily.",
        "50 years",
        "2022-11-15",
    ),
    (
        "En los últimos 50 años, dijo, las relaciones entre China y Jamaica se han desarrollado"
        " de forma constante.",
        "50 años",
        "2022-11-15",
    ),
    (
        "Nos últimos 50 anos, disse ele, as relações entre a China e a Jamaica se desenvolveram"
        " de forma constante.",
        "50 anos",
        "2022-11-15",
    ),
    (
        "Xi said relations had developed smoothly over the past 40 years, with productive"
        " cooperation between China and Antigua and Barbuda.",
        "40 years",
        "2023-01-01",
    ),
    (
        "Xi dijo que las relaciones se han desarrollado sin tropiezos en los últimos 40 años, con"
        " una cooperación fructífera entre China y Antigua y Barbuda.",
        "40 años",
        "2023-01-01",
    ),
    (
        "Xi disse que as relações se desenvolveram de forma estável nos últimos 40 anos, com uma"
        " cooperação produtiva entre a China e Antígua e Barbuda.",
        "40 anos",
        "2023-01-01",
    ),
]


@pytest.mark.parametrize(("text", "span", "date"), LAST_YEARS)
def test_the_last_years_of_the_relations_are_borne_out(text, span, date):
    result = checked(text, span, date=date)
    assert result.verdict is Verdict.SUPPORTED
    assert "diplomatic_relations_prc" in result.reason


@pytest.mark.parametrize(
    ("text", "span", "date"),
    [
        (
            "Over the past 30 years, he said, relations between China and Jamaica have"
            " developed steadily.",
            "30 years",
            "2022-11-15",
        ),
        (
            "Xi Jinping said relations had developed smoothly over the past 30 years, with"
            " productive cooperation between China and Antigua and Barbuda.",
            "30 years",
            "2023-01-01",
        ),
    ],
)
def test_a_wrong_count_of_the_last_years_is_never_refuted(text, span, date):
    # guard: the last years are read only to bear a count out
    assert checked(text, span, date=date).verdict is Verdict.UNVERIFIABLE


def test_the_last_years_of_other_relations_are_not_read():
    # guard: relations between two other states, or with no China in the sentence
    result = checked(
        "Over the past 50 years, he said, relations between Jamaica and Cuba have developed"
        " steadily.",
        "50 years",
        date="2022-11-15",
    )
    assert result.verdict is Verdict.UNVERIFIABLE
    result = checked(
        "The minister said relations had developed smoothly over the past 40 years between"
        " Antigua and Barbuda and Venezuela.",
        "40 years",
        date="2023-01-01",
    )
    assert result.verdict is Verdict.UNVERIFIABLE
