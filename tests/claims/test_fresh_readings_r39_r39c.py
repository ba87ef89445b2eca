"""General readings found on the fresh dev texts 445-448 of the unseen set (branch issue-15-r39c,
round 39c: the CEBC's count of Chinese investment in Brazil of 2018, China's share of Brazil's
exports from January to November 2018, the Seain bulletin of January-February 2018 and Brazil's
dependence on China from January to August 2012), each with real-shaped sentences (our own) in
English, Spanish and Portuguese, checked against the package's knowledge base.

* "The following year" is the year after the one named before: "passaram de US$ 35,13 bilhões em
  2016 para US$ 47,49 bilhões no ano seguinte", "al año siguiente", "the following year" — main
  dated the later figure 2016 and refuted it by 2016's stored exports (35.13), in all three
  languages. Read as the next year (a likely reading: it may bear a stored figure out, never
  refute one); not "no ano seguinte ao acordo", which counts from another event.
* "In the same period this year" after a figure: "de US$ 20,93 bilhões no acumulado até novembro
  de 2017 para US$ 28 bilhões em igual período deste ano" (text 446) — main dated the later figure
  by the earlier one's months of 2017. Read as the article's year with those months (a likely
  reading too).
* "Na terceira edição do boletim" is a rank, as "the third edition" and "la tercera edición" are.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from tests.claims.conftest import one

# --- "the following year" is the year after the one named before ---------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Março de 2018\n\nAs exportações brasileiras para a China passaram de US$ 35,13 bilhões"
            " em 2016 para US$ 47,49 bilhões no ano seguinte.",
            "US$ 47,49 bilhões",
        ),
        (
            "Marzo de 2018\n\nLas exportaciones de Brasil a China pasaron de 35.130 millones de"
            " dólares en 2016 a 47.490 millones de dólares al año siguiente.",
            "47.490 millones de dólares",
        ),
        (
            "March 2018\n\nBrazil's exports to China rose from US$35.13 billion in 2016 to"
            " US$47.49 billion the following year.",
            "US$47.49 billion",
        ),
        (
            "Março de 2018\n\nEm 2016, as exportações brasileiras para a China somaram US$ 35,13"
            " bilhões. No ano seguinte, as exportações brasileiras para a China chegaram a US$ 47,49"
            " bilhões.",
            "US$ 47,49 bilhões",
        ),
        (
            "Março de 2018\n\nAs exportações brasileiras para a China passaram de US$ 35,13 bilhões"
            " em 2016 para US$ 47,49 bilhões um ano depois.",
            "US$ 47,49 bilhões",
        ),
    ],
)
def test_the_following_year_is_the_next_one(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.period is not None and result.claim.period.start_year == 2017


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Março de 2018\n\nAs exportações brasileiras para a China passaram de US$ 20 bilhões em"
            " 2015 para US$ 35,13 bilhões no ano seguinte.",
            "US$ 35,13 bilhões",
        ),
        (
            "Marzo de 2018\n\nLas exportaciones de Brasil a China pasaron de 20.000 millones de"
            " dólares en 2015 a 35.130 millones de dólares al año siguiente.",
            "35.130 millones de dólares",
        ),
        (
            "March 2018\n\nBrazil's exports to China rose from US$20 billion in 2015 to US$35.13"
            " billion the following year.",
            "US$35.13 billion",
        ),
    ],
)
def test_the_following_year_bears_its_figure_out(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a year after another event, not after the year named
        (
            "Abril de 2017\n\nEm 2016, no ano seguinte ao acordo, as exportações brasileiras para"
            " a China somaram US$ 35,13 bilhões.",
            "US$ 35,13 bilhões",
        ),
        (
            "April 2017\n\nIn 2016, the year after the agreement, Brazil's exports to China reached"
            " US$35.13 billion.",
            "US$35.13 billion",
        ),
    ],
)
def test_a_year_after_another_event_keeps_the_year_written(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_the_following_year_after_two_years_is_unclear():
    text = (
        "Março de 2018\n\nAs exportações brasileiras para a China caíram em 2015 e em 2016. No ano"
        " seguinte, as exportações brasileiras para a China somaram US$ 35,13 bilhões."
    )
    result = one(check(text), "US$ 35,13 bilhões")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.verdict is not Verdict.SUPPORTED, result.reason


# --- "in the same period this year" after a figure ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Novembro de 2019\n\nAs exportações brasileiras para a China passaram de US$ 45"
            " bilhões de janeiro a outubro de 2018 para US$ 51,53 bilhões em igual período deste"
            " ano.",
            "US$ 51,53 bilhões",
        ),
        (
            "Novembro de 2019\n\nAs exportações brasileiras para a China passaram de US$ 45"
            " bilhões no acumulado até outubro de 2018 para US$ 51,53 bilhões no mesmo período"
            " deste ano.",
            "US$ 51,53 bilhões",
        ),
        (
            "Noviembre de 2019\n\nLas exportaciones de Brasil a China pasaron de 45.000 millones de"
            " dólares entre enero y octubre de 2018 a 51.530 millones de dólares en el mismo"
            " período de este año.",
            "51.530 millones de dólares",
        ),
        (
            "November 2019\n\nBrazil's exports to China rose from US$45 billion in January-October"
            " 2018 to US$51.53 billion in the same period this year.",
            "US$51.53 billion",
        ),
    ],
)
def test_the_same_period_this_year_is_the_articles_year(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    period = result.claim.period
    assert period is not None and period.start_year == 2019 and period.end_month == 10


def test_the_same_period_this_year_never_refutes():
    text = (
        "Novembro de 2019\n\nAs exportações brasileiras para a China passaram de US$ 45 bilhões de"
        " janeiro a outubro de 2018 para US$ 58 bilhões em igual período deste ano."
    )
    result = one(check(text), "US$ 58 bilhões")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_the_earlier_figure_keeps_its_own_months():
    text = (
        "Novembro de 2020\n\nAs exportações brasileiras para a China passaram de US$ 51,53 bilhões"
        " de janeiro a outubro de 2019 para US$ 58 bilhões em igual período deste ano."
    )
    result = one(check(text), "US$ 51,53 bilhões")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- an edition is a rank in Portuguese too ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Março de 2018\n\nOs números estão na terceira edição do boletim bimestral sobre"
            " investimentos chineses no Brasil.",
            "terceira edição",
        ),
        (
            "Marzo de 2018\n\nLas cifras están en la tercera edición del boletín bimestral sobre"
            " inversiones chinas en Brasil.",
            "tercera edición",
        ),
        (
            "March 2018\n\nThe figures are in the third edition of the bimonthly bulletin on"
            " Chinese investment in Brazil.",
            "third edition",
        ),
    ],
)
def test_an_edition_is_a_rank(text, figure):
    result = one(check(text), figure)
    assert result.claim.kind is Kind.RANK
    assert result.claim.value == 3
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
