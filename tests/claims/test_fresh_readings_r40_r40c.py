"""General readings found on the fresh dev texts 457-460 of the unseen set (branch issue-15-r40c,
round 40c: China's trade with the Portuguese-speaking countries in 2018 and in January-April 2017
by Chinese customs, the Apex count of Brazil's trade with China in 2023 and 2024, and Secex's
January-October 2021), each with real-shaped sentences (our own) in English, Spanish and
Portuguese, checked against the package's knowledge base.

* A figure within the rounding of a stored round figure is not refuted when the sources disagree:
  China's 2018 trade with Brazil told as "110,8 mil milhões de dólares" by Chinese customs (text
  457) — the store holds Brazil's 93.13, Reuters' 98.7, a lower bound of 98.9 and China's "110"
  (a rounded mention of the Chinese series). With the year plain, main refuted it: a false
  "contradicted" (the Chinese customs figure is about 111 bn). The round 110 is read as the
  tolerance reads a written number's trailing zeros (105-115), so the figure is left unverifiable;
  a figure beyond every source and that rounding is still refuted.
* "Corrente comercial" is the trade total in Portuguese, as "corrente de comércio" already was:
  "A corrente comercial de 2024 ficou em US$ 157,97 bilhões" (text 458) — main recognised no
  metric. Now read as trade; a full-year 2024 figure is still not judged by the stored
  January-October rows, and Brazil's trade with the world is not refuted by its trade with China.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a figure within the rounding of a stored round figure, among disagreeing sources -------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "1 de fevereiro de 2019\n\nEm 2018, as trocas comerciais entre o Brasil e a China"
            " somaram 110,8 mil milhões de dólares, segundo os Serviços de Alfândega chineses.",
            "110,8 mil milhões de dólares",
        ),
        (
            "Fevereiro de 2019\n\nSegundo as alfândegas chinesas, o comércio entre China e Brasil"
            " chegou a US$ 111,2 bilhões em 2018.",
            "US$ 111,2 bilhões",
        ),
        (
            "Febrero de 2019\n\nEn 2018, el comercio entre China y Brasil alcanzó 111.180 millones"
            " de dólares, según la aduana china.",
            "111.180 millones de dólares",
        ),
        (
            "February 2019\n\nIn 2018, trade between Brazil and China reached US$111.2 billion,"
            " according to Chinese customs.",
            "US$111.2 billion",
        ),
    ],
)
def test_a_figure_within_a_stored_round_figure_is_not_refuted(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "1 de fevereiro de 2019\n\nEm 2018, as trocas comerciais entre o Brasil e a China"
            " somaram 150 mil milhões de dólares.",
            "150 mil milhões de dólares",
        ),
        (
            "February 2019\n\nIn 2018, trade between Brazil and China reached US$120.4 billion.",
            "US$120.4 billion",
        ),
        (
            "Febrero de 2019\n\nEn 2018, el comercio entre China y Brasil alcanzó 80.500 millones"
            " de dólares.",
            "80.500 millones de dólares",
        ),
    ],
)
def test_a_figure_beyond_every_source_and_rounding_is_still_refuted(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "1 de fevereiro de 2019\n\nEm 2018, as trocas comerciais entre o Brasil e a China"
            " somaram 110 mil milhões de dólares, segundo dados chineses.",
            "110 mil milhões de dólares",
        ),
        (
            "February 2019\n\nIn 2018, trade between Brazil and China reached US$98.7 billion.",
            "US$98.7 billion",
        ),
    ],
)
def test_a_figure_a_source_holds_is_still_disputed(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.DISPUTED, result.reason


# --- "corrente comercial" is the trade total ------------------------------------------------------


def test_corrente_comercial_is_the_trade_total():
    text = (
        "15 de janeiro de 2021\n\nEm 2020, a corrente comercial entre Brasil e China chegou a"
        " US$ 101,7 bilhões, segundo a Secex."
    )
    result = one(check(text), "US$ 101,7 bilhões")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.claim.metric == "trade_total"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "12 de maio de 2025\n\nA corrente comercial entre Brasil e China em 2024 ficou em"
            " US$ 150 bilhões.",
            "US$ 150 bilhões",
        ),
        (
            "15 de janeiro de 2019\n\nEm 2018, a corrente comercial do Brasil somou US$ 420,6"
            " bilhões, com a China à frente.",
            "US$ 420,6 bilhões",
        ),
    ],
)
def test_corrente_comercial_of_another_period_or_the_world_is_not_refuted(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
