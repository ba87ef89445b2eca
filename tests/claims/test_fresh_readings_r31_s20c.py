"""General readings found on the fresh dev texts 355-358 of the unseen set (branch
issue-15-r31c-s20c, round 31c: the Secex's count of Brazil's trade with China from January to
August 2021, Xi Jinping's state visit of 2024 and the trade of 2023, the CEBC's count of Chinese
investment of 2023, and Lula's trip of 2023 with the trade of 2022), each with real-shaped
sentences (our own) in English, Spanish and Portuguese, checked against the package's knowledge
base.

* The year a statistical series starts is no figure's period: "Em 2021, pela primeira vez na série
  histórica iniciada em 2002, o comércio entre a China e a América Latina passou de US$ 400
  bilhões", "en la serie histórica iniciada en 2002", "in a series that began in 2002" — main
  dated the figure 2002 and refuted it by the stored 18 billion of 2002, in all three languages
  (false "contradicted", found by probing text 355's "superando pela primeira vez na série
  histórica iniciada em 1997 a barreira dos US$ 100 bilhões", which main dated 1997 and left
  unverifiable, u6205). The figure now takes the sentence's own year. A figure of the series'
  record told with its own year is still judged (guards).
* The people of another partner name that partner: "o fluxo de comércio com os americanos ficou em
  US$ 88,7 bilhões", "con los estadounidenses", "with the Americans", "com os norte-americanos" —
  main read each as Brazil's trade with China of 2022 and refuted it by the stored 150.4 and
  171.49 billion, in all three languages (false "contradicted", found by probing text 355's
  "o fluxo de comércio com os americanos ficou em US$ 42,759 bilhões", saved there only by the
  doubt of a year to date). "latino-americanos", "Latin Americans" are no other partner (guards).
* A balance with another partner is that partner's: "el déficit comercial de México con Estados
  Unidos fue de US$ 62.700 millones", "o déficit comercial do México com a União Europeia foi de
  US$ 62,7 bilhões" — main bore both out by Mexico's stored deficit with China of 2023 (false
  "supported", found by probing text 355's "com os americanos, ao contrário, o Brasil teve o seu
  maior déficit"); English read "trade deficit with the European Union" already (guard), and the
  deficit with China is still borne out (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- the year a series starts ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Janeiro de 2022 — Brasília\n\nEm 2021, pela primeira vez na série histórica iniciada"
            " em 2002, o comércio entre a China e a América Latina passou de US$ 400 bilhões.",
            "passou de US$ 400 bilhões",
        ),
        (
            "Enero de 2022 — Lima\n\nEn 2021, por primera vez en la serie histórica iniciada en"
            " 2002, el comercio entre China y América Latina superó los US$ 400.000 millones.",
            "superó los US$ 400.000 millones",
        ),
        (
            "January 2022 — London\n\nIn 2021, for the first time in a series that began in 2002,"
            " trade between China and Latin America exceeded US$ 400 billion.",
            "exceeded US$ 400 billion",
        ),
        (
            "Janeiro de 2022 — Brasília\n\nEm 2021, o comércio entre a China e a América Latina"
            " superou, pela primeira vez na série que começou em 2002, os US$ 400 bilhões.",
            "US$ 400 bilhões",
        ),
    ],
)
def test_the_year_a_series_starts_is_not_the_figures_period(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.period is not None and result.claim.period.start_year == 2021, (
        result.claim.period
    )
    if not figure.startswith("US$"):
        # A bound of its verb ("passou de", "superó los", "exceeded") is borne out by 2021's 449;
        # the fourth sentence's "superou, …, os" sets its verb apart (left unjudged).
        assert result.verdict is Verdict.SUPPORTED, result.reason


def test_the_series_start_in_a_brazilian_trade_sentence():
    # Text 355's shape: "Ano passado" dates the total, the series' 1997 does not.
    text = (
        "Setembro de 2021 — Brasília\n\nAno passado, o comércio entre o Brasil e a China chegou a"
        " US$ 102,566 bilhões, superando pela primeira vez na série histórica iniciada em 1997 a"
        " barreira dos US$ 100 bilhões."
    )
    result = one(check(text), "US$ 100 bilhões")
    assert result.claim.period is not None and result.claim.period.start_year == 2020
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Setembro de 2021 — Brasília\n\nNo ano passado, a corrente de comércio entre Brasil"
            " e China chegou a US$ 30 bilhões, o maior valor da série iniciada em 2008.",
            "US$ 30 bilhões",
        ),
        (
            "Septiembre de 2021 — Lima\n\nEl año pasado, el intercambio comercial entre Brasil y"
            " China llegó a US$ 30.000 millones, el mayor valor de la serie iniciada en 2008.",
            "US$ 30.000 millones",
        ),
    ],
)
def test_a_figure_dated_by_its_own_year_beside_a_series_start_is_still_judged(text, figure):
    # Guard: the figure's own year (2020) still dates it, and 2020's stored 101.728 refutes it.
    result = one(check(text), figure)
    assert result.claim.period is not None and result.claim.period.start_year == 2020
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_year_of_the_figure_after_in_is_still_read():
    # Guard: "in 2002" with no series before it stays the figure's year.
    text = (
        "January 2022 — London\n\nTrade between China and Latin America was about US$ 18 billion"
        " in 2002."
    )
    result = one(check(text), "about US$ 18 billion")
    assert result.claim.period is not None and result.claim.period.start_year == 2002
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- the people of another partner ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Janeiro de 2023 — Brasília\n\nA China é o maior parceiro comercial do Brasil. Em"
            " 2022, o fluxo de comércio com os americanos ficou em US$ 88,7 bilhões.",
            "US$ 88,7 bilhões",
        ),
        (
            "Janeiro de 2023 — Brasília\n\nA China é o maior parceiro comercial do Brasil. Em"
            " 2022, as trocas com os norte-americanos somaram US$ 88,7 bilhões.",
            "US$ 88,7 bilhões",
        ),
        (
            "Enero de 2023 — Lima\n\nChina es el mayor socio comercial de Brasil. En 2022, el"
            " intercambio comercial con los estadounidenses sumó US$ 88.700 millones.",
            "US$ 88.700 millones",
        ),
        (
            "January 2023 — London\n\nChina is Brazil's largest trading partner. In 2022, trade"
            " with the Americans totalled US$ 88.7 billion.",
            "US$ 88.7 billion",
        ),
    ],
)
def test_the_people_of_another_partner_name_that_partner(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert result.claim.metric != "trade_total", result.claim.metric


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Janeiro de 2022 — Brasília\n\nEm 2021, o comércio da China com os latino-americanos"
            " somou US$ 449 bilhões.",
            "US$ 449 bilhões",
        ),
        (
            "January 2022 — London\n\nIn 2021, China's trade with Latin Americans reached US$ 449"
            " billion.",
            "US$ 449 billion",
        ),
    ],
)
def test_latin_americans_are_no_other_partner(text, figure):
    # Guard: the region's trade with China stays China–LAC trade, borne out by 2021's 449.
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_the_same_flow_with_china_named_is_still_refuted():
    # Guard: China's own flow with Brazil, beside the Americans, is still judged.
    text = (
        "Janeiro de 2023 — Brasília\n\nEm 2022, o comércio do Brasil com a China somou US$ 88,7"
        " bilhões."
    )
    result = one(check(text), "US$ 88,7 bilhões")
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- a balance with another partner ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Enero de 2024 — Ciudad de México\n\nChina es el segundo socio comercial de México."
            " En 2023, el déficit comercial de México con Estados Unidos fue de US$ 62.700"
            " millones.",
            "US$ 62.700 millones",
        ),
        (
            "Janeiro de 2024 — Brasília\n\nA China é o segundo parceiro comercial do México. Em"
            " 2023, o déficit comercial do México com a União Europeia foi de US$ 62,7 bilhões.",
            "US$ 62,7 bilhões",
        ),
        (
            "January 2024 — London\n\nChina is Mexico's second trading partner. In 2023,"
            " Mexico's trade deficit with the European Union was US$ 62.7 billion.",
            "US$ 62.7 billion",
        ),
    ],
)
def test_a_balance_with_another_partner_is_not_chinas(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.metric != "trade_deficit", result.claim.metric


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Enero de 2024 — Ciudad de México\n\nEn 2023, el déficit comercial de México con"
            " China fue de US$ 62.700 millones.",
            "US$ 62.700 millones",
        ),
        (
            "Janeiro de 2024 — Brasília\n\nEm 2023, o déficit comercial do México com a China foi"
            " de US$ 62,7 bilhões.",
            "US$ 62,7 bilhões",
        ),
    ],
)
def test_the_deficit_with_china_is_still_borne_out(text, figure):
    # Guard: Mexico's stored deficit with China of 2023 (62,707 million, China Customs).
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
