"""General readings found on the fresh dev texts 461-464 of the unseen set (branch issue-15-r41a,
round 41a: Colombia's imports of 2020 by partner, Argentina's trade of January 2022 with its
deficits by partner, Peru-China trade since the FTA of 2010 and BBVA's forecast of 2011), each with
real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the package's
knowledge base.

* A level set "compared to" an earlier one "in the same month of 2020", "in the same quarter of
  2023", "in the same period last year" is of that earlier month or months: main dated it by the
  sentence's own month (text 461: "943.4 million dollars compared to 1 billion dollars in the same
  month of 2020"). A new reading: it may bear a stored figure out, never refute one.
* Imports "originating in" another partner are that partner's: main bore "Brazil's imports
  originating in the United States came to US$ 34 billion in 2020" out by Brazil's imports from
  China (text 461's "imports originating in the United States at 1 billion").
* After a balance with China, "the deficit with Brazil (308 million dollars)" is the same owner's
  balance with Brazil, not Brazil's with China; and Brazil, named there, is not the owner of the
  balance with China before it (text 462).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- the same month, quarter or period of an earlier year ------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 2023\n\nIn January–February 2023, Chile's exports to China reached US$ 7.2"
            " billion, compared to US$ 6,702.9 million in the same period last year.",
            "US$ 6,702.9 million",
        ),
        (
            "marzo de 2023\n\nEn enero y febrero de 2023, las exportaciones de Chile a China"
            " sumaron US$ 7.200 millones, frente a US$ 6.702,9 millones del mismo período del año"
            " pasado.",
            "US$ 6.702,9 millones",
        ),
        (
            "março de 2023\n\nEm janeiro e fevereiro de 2023, as exportações do Chile para a China"
            " somaram US$ 7,2 bilhões, contra US$ 6,7029 bilhões no mesmo período do ano passado.",
            "US$ 6,7029 bilhões",
        ),
        (
            "October 2026\n\nIn September 2026, Argentina's trade with China reached US$ 3.5"
            " billion, against US$ 3,109 million in the same month of 2025.",
            "US$ 3,109 million",
        ),
        (
            "octubre de 2026\n\nEn septiembre de 2026, el comercio de Argentina con China llegó a"
            " US$ 3.500 millones, frente a US$ 3.109 millones del mismo mes de 2025.",
            "US$ 3.109 millones",
        ),
        (
            "outubro de 2026\n\nEm setembro de 2026, o comércio da Argentina com a China chegou a"
            " US$ 3,5 bilhões, contra US$ 3,109 bilhões no mesmo mês de 2025.",
            "US$ 3,109 bilhões",
        ),
    ],
)
def test_the_same_month_or_period_of_an_earlier_year_bears_the_earlier_figure_out(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "year", "months"),
    [
        (
            "May 2024\n\nBrazil's imports from China reached US$ 15.79 billion in the first"
            " quarter of 2024, against US$ 12 billion in the same quarter of 2023.",
            "US$ 12 billion",
            2023,
            (1, 3),
        ),
        (
            "May 2024\n\nIn the first quarter of 2024, Brazil's imports from China reached US$"
            " 15.79 billion, compared to US$ 12 billion in the same period last year.",
            "US$ 12 billion",
            2023,
            (1, 3),
        ),
        (
            "maio de 2024\n\nNo primeiro trimestre de 2024, as importações do Brasil vindas da"
            " China somaram US$ 15,79 bilhões, contra US$ 12 bilhões no mesmo trimestre de 2023.",
            "US$ 12 bilhões",
            2023,
            (1, 3),
        ),
        (
            "March 2021\n\nIn January 2021, purchases from China came to 943.4 million dollars"
            " compared to 1 billion dollars in the same month of 2020.",
            "1 billion dollars",
            2020,
            (1, 1),
        ),
    ],
)
def test_the_earlier_figure_takes_the_earlier_year_and_the_same_months(text, figure, year, months):
    claim = one(check(text), figure).claim
    assert claim.period is not None
    assert claim.period.start_year == year
    assert (claim.period.start_month, claim.period.end_month) == months


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the later figure keeps its own period
        (
            "May 2024\n\nBrazil's imports from China reached US$ 15.79 billion in the first"
            " quarter of 2024, against US$ 12 billion in the same quarter of 2023.",
            "US$ 15.79 billion",
        ),
        # a wrong earlier figure is never refuted by a reading of "the same period last year"
        (
            "March 2023\n\nIn January–February 2023, Chile's exports to China reached US$ 7.2"
            " billion, compared to US$ 9,900 million in the same period last year.",
            "US$ 9,900 million",
        ),
    ],
)
def test_the_same_period_guards(text, figure):
    result = one(check(text), figure)
    if figure == "US$ 15.79 billion":
        assert result.verdict is Verdict.SUPPORTED, result.reason
    else:
        assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- imports originating in another partner ----------------------------------------------------------


def test_imports_originating_in_another_partner_are_not_chinas():
    text = (
        "March 2021\n\nBrazil's imports originating in the United States came to US$ 34 billion"
        " in 2020."
    )
    result = one(check(text), "US$ 34 billion")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.metric == "trade_other_partner"


def test_imports_originating_in_china_stay_chinas():
    text = "March 2021\n\nBrazil's imports originating in China came to US$ 34 billion in 2020."
    result = one(check(text), "US$ 34 billion")
    # China's trade still (its direction is another reading's), and never refuted
    assert result.claim.metric != "trade_other_partner"
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- a balance with another partner after a balance with China -----------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 2012\n\nIn 2011, Ecuador posted a deficit with the People's Republic of China"
            " of 2,100 million dollars, which almost doubles the deficit with Colombia (1,200"
            " million dollars).",
            "1,200 million dollars",
        ),
        (
            "March 2012\n\nIn 2011 Ecuador's deficit with China reached US$ 2.1 billion, while the"
            " deficit with Colombia was US$ 1.2 billion.",
            "US$ 1.2 billion",
        ),
        (
            "marzo de 2012\n\nEn 2011 el déficit de Ecuador con China llegó a 2.100 millones de"
            " dólares, casi el doble del déficit con Colombia (1.200 millones de dólares).",
            "1.200 millones de dólares",
        ),
        (
            "março de 2012\n\nEm 2011 o déficit do Equador com a China chegou a US$ 2,1 bilhões,"
            " quase o dobro do déficit com a Colômbia, de US$ 1,2 bilhão.",
            "US$ 1,2 bilhão",
        ),
    ],
)
def test_a_balance_with_another_partner_is_not_that_partners_with_china(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.metric == "trade_other_partner"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (
            "# Ecuador's trade in 2011\n\nMarch 2012\n\nEcuador's trade with China grew in 2011."
            " The result was a clear deficit with the People's Republic of China, of 9,100"
            " million dollars, which is far above the deficit with Colombia (1,200 million"
            " dollars).",
            "9,100 million dollars",
            "ECU",
        ),
        (
            "# Comercio de Ecuador en 2011\n\nmarzo de 2012\n\nEl comercio de Ecuador con China"
            " creció en 2011. El resultado fue un claro déficit con la República Popular China,"
            " de 9.100 millones de dólares, muy por encima del déficit con Colombia (1.200"
            " millones de dólares).",
            "9.100 millones de dólares",
            "ECU",
        ),
        (
            "# Comércio do Equador em 2011\n\nmarço de 2012\n\nO comércio do Equador com a China"
            " cresceu em 2011. O resultado foi um claro déficit com a República Popular da China,"
            " de 9,1 bilhões de dólares, muito acima do déficit com a Colômbia (1,2 bilhão de"
            " dólares).",
            "9,1 bilhões de dólares",
            "ECU",
        ),
    ],
)
def test_the_partner_of_a_later_balance_does_not_own_the_balance_with_china(text, figure, owner):
    result = one(check(text), figure)
    assert result.claim.entity == owner
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 2012\n\nIn 2011 Colombia's deficit with China reached US$ 5.7 billion, far above"
            " the deficit with Ecuador.",
            "US$ 5.7 billion",
        ),
        (
            "March 2012\n\nIn 2011 Ecuador's deficit with China reached US$ 2.1 billion; the"
            " deficit with China of Colombia was US$ 5.7 billion.",
            "US$ 5.7 billion",
        ),
        (
            "March 2012\n\nIn 2011 Colombia's deficit with China reached US$ 5.7 billion.",
            "US$ 5.7 billion",
        ),
    ],
)
def test_a_balance_with_china_stays_supported(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
