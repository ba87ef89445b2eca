"""General readings found on the fresh dev texts 647-648 of the unseen set (branch round-r63e:
the People's Daily in Portuguese on China–Latin America trade in 2016, February 2017, and Portal
CM7 on the Chinese banks' lending to the region in 2015), each with real-shaped sentences (our
own) in the three languages, checked against the package's knowledge base.

* A "since" year with, set off after it, the year's own clause holding a figure ("o maior desde
  2010, ano em que os bancos … emprestaram US$ 35,6 bilhões", "the highest since 2010, the year
  the banks extended …", "los más altos desde 2010, año en que … otorgaron …") dates that figure
  by that year (text 648: main dated it by the sentence's other year, 2015, and refuted it by
  2015's stored lending). A new reading: it may bear a figure out, never refute one.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

DATE = "2016-03-01"

SINCE_YEAR_APPOSITION = [
    (
        "Lending in 2015 was the highest since 2010, the year the two policy banks extended $35.7"
        " billion to Latin America.",
        "$35.7 billion",
    ),
    (
        "Los préstamos de 2015 fueron los más altos desde 2010, año en que los dos bancos"
        " otorgaron 37.000 millones de dólares a América Latina.",
        "37.000 millones de dólares",
    ),
    (
        "Os créditos de 2015 foram os maiores desde 2010, ano em que os dois bancos concederam"
        " US$ 35,7 bilhões à América Latina.",
        "US$ 35,7 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "span"), SINCE_YEAR_APPOSITION)
def test_a_figure_in_the_apposition_of_a_since_year_is_of_that_year(text, span):
    # the two stored vintages of 2010 (37 and 35.7) disagree; the figure matches one of them
    result = checked(text, span, date=DATE)
    assert result.verdict is Verdict.DISPUTED
    assert "2010" in result.reason
    assert "2015" not in result.reason


def test_a_when_clause_after_a_since_year_never_refutes_by_the_other_year():
    # main refuted "$12 billion" by 2015's stored lending; read for 2010 it matches no stored
    # row, and the new reading may not refute it
    result = checked(
        "The 2015 loans to Latin America were the largest since 2010, when the two banks lent"
        " $12 billion to the region.",
        "$12 billion",
        date=DATE,
    )
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "the year its apposition tells" in result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Os créditos de 2015 foram os maiores desde 2010, ano em que os dois bancos"
            " concederam US$ 20 bilhões à América Latina.",
            "US$ 20 bilhões",
        ),
        (
            "Los préstamos de 2015 fueron los más altos desde 2010, año en que los dos bancos"
            " otorgaron 20.000 millones de dólares a América Latina.",
            "20.000 millones de dólares",
        ),
    ],
)
def test_a_figure_the_years_rows_do_not_hold_stays_unjudged(text, span):
    # guard: the reading is a likely one only; a miss against 2010's rows is not a refutation
    assert checked(text, span, date=DATE).verdict is Verdict.UNVERIFIABLE


def test_an_apposition_closed_before_the_figure_does_not_date_it():
    # guard: "ano de crise," closes the apposition; the figure stands in a clause of its own
    result = checked(
        "Os créditos de 2015 à América Latina foram os maiores desde 2010, ano de crise, e"
        " somaram US$ 21,5 bilhões.",
        "US$ 21,5 bilhões",
        date=DATE,
    )
    assert result.verdict is not Verdict.CONTRADICTED
    assert "apposition" not in result.reason


def test_an_event_apposition_then_a_clause_keeps_its_reading():
    # guard: "Desde 2010, ano em que entrou em vigor o acordo, …": the figure follows the
    # apposition's closing comma, so the span since 2010 stays its period
    result = checked(
        "Desde 2010, ano em que entrou em vigor o acordo, o Brasil exportou US$ 30 bilhões à China.",
        "US$ 30 bilhões",
        date=DATE,
    )
    assert "apposition" not in result.reason
