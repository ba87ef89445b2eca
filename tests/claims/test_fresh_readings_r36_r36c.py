"""General readings found on the fresh dev texts 415-418 of the unseen set (branch issue-15-r36c,
round 36c: China's share of Brazil's farm exports in the first half of 2020, China and Chile
deciding to negotiate a free-trade agreement (2004), Bachelet signing it (2006) and Brazil's farm
exports to China in the twelve months to July 2024), each with real-shaped sentences (our own) in
English, Spanish and Portuguese, checked against the package's knowledge base.

* A rank of "the sector": "a China seguiu como o principal destino das exportações do setor",
  "China remained the main destination of the sector's exports", "China siguió como el principal
  socio comercial del sector" — the sector a clause before named (agribusiness, meat), so China's
  rank for that sector, which main bore out by Brazil's stored rank of all trade (text 418:
  u7737). A rank of all exports with a sector named only after a clause seam, and a rank "for the
  private sector", stay borne out (guards).
* The last years of the pair's relationship: "o ministro lembrou a parceria entre Brasil e China
  nos últimos 50 anos", "the partnership between Brazil and China over the past 50 years", "la
  relación entre Brasil y China en los últimos 50 años" in a 2024 text count back to 1974, the
  year of the pair's diplomatic relations — main left the duration unread (text 418: u7740). A
  count that lands on no tie's year (30, or 31 that lands on the partnership of 1993), trade over
  the last years, and another pair are never refuted and stay unread (guards).
* "Than that of" the year compared with: "… chegou a US$ 518,47 bilhões, valor 6% maior que o do
  ano anterior", "… un 6% más que el del año anterior", "… 6% higher than that of the previous
  year" — main dated the figures by the year compared with (2023 in a 2024 text) and refuted them
  by 2023's stored 489 billion and 1.1 % (the shape of text 418's "O valor é 10% maior que o do ano
  anterior", whose year main carried to the next paragraph's "US$ 36,55 bilhões"). A year of the
  claim's own before it ("Em 2023, … US$ 489 bilhões, menos que o de 2022") stays borne out (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a rank of "the sector" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Dezembro de 2024\n\nO agronegócio do Brasil teve um ano forte, e a China foi o"
            " principal destino das exportações do setor em 2024.",
            "principal destino",
        ),
        (
            "Dezembro de 2024\n\nAs vendas de carne do Brasil cresceram, mas a China seguiu como o"
            " principal destino das exportações do setor.",
            "principal destino",
        ),
        (
            "December 2024\n\nBrazil's farm sales grew, and China remained the main destination of"
            " the sector's exports in 2024.",
            "main destination",
        ),
        (
            "December 2024\n\nBrazil's meat sales grew, and China remained the top market for the"
            " sector in 2024.",
            "top market",
        ),
        (
            "Diciembre de 2024\n\nLas ventas de carne de Brasil crecieron, y China siguió como el"
            " principal destino de las exportaciones del sector en 2024.",
            "principal destino",
        ),
        (
            "Diciembre de 2024\n\nLas ventas de carne de Brasil crecieron, y China siguió como el"
            " principal socio comercial del sector en 2024.",
            "principal socio comercial",
        ),
    ],
)
def test_a_rank_of_the_sector_is_not_the_rank_of_all_trade(text, rank):
    result = one(check(text), rank)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Dezembro de 2024\n\nA China foi o principal destino das exportações do Brasil em 2024,"
            " e o setor agrícola cresceu.",
            "principal destino",
        ),
        (
            "Diciembre de 2024\n\nChina fue el principal socio comercial de Brasil en 2024, según el"
            " sector privado.",
            "principal socio comercial",
        ),
        (
            "December 2024\n\nChina was Brazil's largest trading partner in 2024 for the private"
            " sector.",
            "largest trading partner",
        ),
        (
            "December 2024\n\nChina was Brazil's top export destination in 2024.",
            "top export destination",
        ),
    ],
)
def test_a_rank_of_all_trade_is_still_borne_out(text, rank):
    result = one(check(text), rank)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- the last years of the pair's relationship --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Agosto de 2024\n\nO ministro lembrou a parceria entre Brasil e China nos últimos 50"
            " anos e as oportunidades que ela abre.",
            "50 anos",
        ),
        (
            "August 2024\n\nThe minister praised the partnership between Brazil and China over the"
            " past 50 years.",
            "50 years",
        ),
        (
            "Agosto de 2024\n\nEl ministro elogió la relación entre Brasil y China en los últimos"
            " 50 años.",
            "50 años",
        ),
    ],
)
def test_the_last_years_of_the_pairs_relationship_count_its_ties(text, span):
    result = one(check(text), span)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Agosto de 2024\n\nO ministro lembrou as relações entre Brasil e China nos últimos 30"
            " anos.",
            "30 anos",
        ),
        (
            "Agosto de 2024\n\nO ministro lembrou a parceria entre Brasil e China nos últimos 31"
            " anos.",
            "31 anos",
        ),
        (
            "Agosto de 2024\n\nNos últimos 50 anos, o comércio entre Brasil e China cresceu muito.",
            "50 anos",
        ),
        (
            "August 2024\n\nThe minister praised the partnership between Brazil and Argentina over"
            " the past 50 years.",
            "50 years",
        ),
    ],
)
def test_other_last_years_are_never_refuted(text, span):
    result = one(check(text), span)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- "than that of" the year compared with ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Julho de 2024\n\nO comércio entre a China e a América Latina chegou a US$ 518,47"
            " bilhões, valor 6% maior que o do ano anterior.",
            "US$ 518,47 bilhões",
        ),
        (
            "Julho de 2024\n\nO comércio entre a China e a América Latina chegou a US$ 518,47"
            " bilhões, valor 6% maior que o do ano anterior.",
            "6%",
        ),
        (
            "Julio de 2024\n\nEl comercio entre China y América Latina llegó a 518.470 millones de"
            " dólares, un 6% más que el del año anterior.",
            "518.470 millones de dólares",
        ),
        (
            "Julio de 2024\n\nEl comercio entre China y América Latina llegó a 518.470 millones de"
            " dólares, un 6% más que el del año anterior.",
            "6%",
        ),
    ],
)
def test_the_year_compared_with_is_not_refuted_as_the_figures(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_than_that_of_the_previous_year_dates_no_figure():
    text = (
        "July 2024\n\nThe value of China's trade with Latin America, US$518.47 billion, was 6%"
        " higher than that of the previous year."
    )
    result = one(check(text), "US$518.47 billion")
    assert result.claim.period is None, result.claim.period


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Julho de 2024\n\nEm 2023, o comércio entre a China e a América Latina somou US$ 489"
            " bilhões, menos que o de 2022.",
            "US$ 489 bilhões",
        ),
        (
            "July 2024\n\nIn 2023, trade between China and Latin America totalled US$489 billion,"
            " less than that of 2022.",
            "US$489 billion",
        ),
        (
            "Julio de 2024\n\nEn 2023, el comercio entre China y América Latina sumó 489.000"
            " millones de dólares, menos que el de 2022.",
            "489.000 millones de dólares",
        ),
    ],
)
def test_the_claims_own_year_is_still_read(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
