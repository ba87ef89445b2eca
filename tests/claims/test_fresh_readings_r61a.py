"""General readings found on the fresh dev texts 629-630 of the unseen set (branch round-r61a:
The Telegraph on China's money in Latin America, October 2021, and Boston University's Global
Development Policy Center on Chinese policy-bank lending in 2019, March 2020), each with
real-shaped sentences (our own) in EN, ES and PT, checked against the package's knowledge base.

* A figure told "today" ("hoy", "hoje", "now", "actualmente", "atualmente") after another
  figure's year ("has grown from $16 billion in 2000 to $400 billion today") is of the article's
  time, not of that year (text 629: main refuted the 400 billion by the stored totals of 2000).
  Which year "today" means is not written: it may be borne out, never refuted.
* A money figure after "averaged", "an average of", "promediaron", "un promedio de", "uma média
  de" with one year or none is a mean (of loans, deals, months), not the year's total (text 630:
  main refuted "In 2019 loans averaged $275 million" by the stored 1.1 billion of 2019). Nothing
  stores it; the yearly average over a span (round s18c) reads as before.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

# --- a figure of "today" after another figure's year ---------------------------------------------

TODAY = [
    (
        "Trade between China and Latin America has grown from $16 billion in 2000 to $400 billion"
        " today.",
        "$400 billion",
    ),
    (
        "El comercio entre China y América Latina pasó de 16.000 millones de dólares en 2000 a"
        " 400.000 millones de dólares hoy.",
        "400.000 millones de dólares",
    ),
    (
        "O comércio entre a China e a América Latina passou de US$ 16 bilhões em 2000 para US$ 400"
        " bilhões hoje.",
        "US$ 400 bilhões",
    ),
    (
        "Trade between China and Latin America rose from $16 billion in 2000 to $400 billion now.",
        "$400 billion",
    ),
    (
        "El comercio entre China y América Latina pasó de 16.000 millones de dólares en 2000 a"
        " 400.000 millones de dólares actualmente.",
        "400.000 millones de dólares",
    ),
]


@pytest.mark.parametrize(("text", "span"), TODAY)
def test_a_figure_of_today_is_not_dated_by_the_other_figures_year(text, span):
    result = checked(text, span, date="2021-10-21")
    assert result.verdict is not Verdict.CONTRADICTED
    assert result.claim.period is None or result.claim.period.start_year != 2000


def test_the_first_figure_keeps_its_year():
    # guard: "$16 billion in 2000" is still read for 2000 and judged (every stored total of 2000
    # is lower)
    result = checked(TODAY[0][0], "$16 billion", date="2021-10-21")
    assert result.claim.period is not None and result.claim.period.start_year == 2000
    assert result.verdict is Verdict.CONTRADICTED


def test_a_figure_of_a_year_written_after_it_keeps_that_year():
    # guard: "to $315 billion in 2020" writes its own year; "today" is not there
    result = checked(
        "Trade between China and Latin America grew from $12 billion in 2000 to $315 billion in"
        " 2020.",
        "$315 billion",
        date="2021-10-21",
    )
    assert result.claim.period is not None and result.claim.period.start_year == 2020


# --- a mean over one year is no total of the year -----------------------------------------------

AVERAGES = [
    (
        "In 2019 Chinese policy-bank loans to Latin America averaged $275 million.",
        "$275 million",
    ),
    (
        "En 2019 los préstamos de los bancos chinos a América Latina promediaron 275 millones de"
        " dólares.",
        "275 millones de dólares",
    ),
    (
        "Em 2019 os empréstimos dos bancos chineses à América Latina tiveram uma média de US$ 275"
        " milhões.",
        "US$ 275 milhões",
    ),
    (
        "In 2019 China's policy banks lent to Latin America an average of $275 million per loan.",
        "$275 million",
    ),
]


@pytest.mark.parametrize(("text", "span"), AVERAGES)
def test_a_mean_over_one_year_is_not_the_years_total(text, span):
    result = checked(text, span, date="2020-03-18")
    assert result.verdict is not Verdict.CONTRADICTED
    assert result.claim.metric is not None and result.claim.metric.endswith("_average")


def test_the_years_total_is_still_judged():
    # guard: no average word: the year's lending, borne out by the stored 1.1 billion of 2019
    result = checked(
        "In 2019 Chinese policy banks lent $1.1 billion to Latin America.",
        "$1.1 billion",
        date="2020-03-18",
    )
    assert result.verdict is Verdict.SUPPORTED


def test_a_yearly_average_over_a_span_reads_as_before():
    # guard: round s18c's yearly average over a span keeps its metric
    result = checked(
        "Chinese lending to Latin America averaged $8 billion a year between 2005 and 2021.",
        "$8 billion",
        date="2023-03-01",
    )
    assert result.verdict is not Verdict.CONTRADICTED
    assert result.claim.metric is not None and result.claim.metric.endswith("_annual_average")
