"""General readings found on the fresh dev texts 497-500 of the unseen set (branch round-r45a,
round 45a: China's customs count of the region's trade in 2021, fifty years of China-Argentina
relations, Lacalle Pou's visit to China of November 2023 with Uruguay's trade of 2022, and fifty
years of relations between Trinidad and Tobago and China), each with real-shaped sentences (our
own) in English, Spanish and Portuguese, checked against the package's knowledge base.

* A percent change whose noun stands between it and its base year ("$4.46 billion, a 23 percent
  rise from 2021"): main dated the figure by the base year and judged nothing.
* An anniversary of "the two countries" whose sentence names no state ("The two countries are
  marking the 35th anniversary of diplomatic relations"): main left it China's.
* "Fifty years later" opening the sentence after the one that dates the relations: main read a
  duration no row holds.
* A day on which two states "agreed to establish diplomatic relations", in a sentence with
  another count ("After six months of negotiations, …"): main took the day for that count's
  period and read no date.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- A percent change's noun before its base year -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "November 2023\n\nBy China's customs count, trade between the two countries came to"
            " $7.44 billion last year, up 14.9 percent on the year before, with China's purchases"
            " from Uruguay at $4.46 billion, a 23 percent rise from 2021.",
            "$4.46 billion",
        ),
        (
            "November 2023\n\nBy China's customs count, trade between the two countries came to"
            " $7.44 billion last year, with China's purchases from Uruguay at $4.46 billion, a 23%"
            " increase over 2021.",
            "$4.46 billion",
        ),
    ],
)
def test_the_base_year_after_a_change_noun_does_not_date_the_figure(text, figure):
    result = one(check(text), figure)
    assert result.claim.period is not None and result.claim.period.end_year == 2022
    # 4,457 m (China Customs) within, 3,675 m (Uruguay's customs) not: one conflict group.
    assert result.verdict is Verdict.DISPUTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Spanish and Portuguese put the noun before the percent: read before this round too.
        (
            "Noviembre de 2023\n\nSegún las aduanas chinas, el comercio entre los dos países sumó"
            " 7.440 millones de dólares el año pasado, y las compras de China a Uruguay, 4.460"
            " millones de dólares, un alza del 23 % frente a 2021.",
            "4.460 millones de dólares",
        ),
        (
            "Novembro de 2023\n\nSegundo a alfândega chinesa, o comércio entre os dois países somou"
            " US$ 7,44 bilhões no ano passado, e as compras da China ao Uruguai, US$ 4,46 bilhões,"
            " alta de 23% em relação a 2021.",
            "US$ 4,46 bilhões",
        ),
    ],
)
def test_the_base_year_after_a_percent_change_in_spanish_and_portuguese(text, figure):
    result = one(check(text), figure)
    assert result.claim.period is not None and result.claim.period.end_year == 2022


def test_a_change_with_no_base_keeps_the_figures_own_year():
    text = (
        "November 2023\n\nChina's purchases from Uruguay reached $4.46 billion in 2022, a 23"
        " percent rise."
    )
    result = one(check(text), "$4.46 billion")
    assert result.claim.period is not None and result.claim.period.end_year == 2022


# --- An anniversary of "the two countries" ----------------------------------------------------------

LEAD_EN = "November 2023\n\nUruguay's president flies to Beijing next week, his first trip there since 2019.\n\n"
LEAD_ES = (
    "Noviembre de 2023\n\nEl presidente de Uruguay viaja a Pekín la próxima semana, su primer"
    " viaje allí desde 2019.\n\n"
)
LEAD_PT = (
    "Novembro de 2023\n\nO presidente do Uruguai viaja a Pequim na próxima semana, sua primeira"
    " viagem ao país desde 2019.\n\n"
)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            LEAD_EN
            + "Montevideo wants a closer partnership with China, its largest trading partner"
            " for more than a decade. The two countries are marking the 35th anniversary of"
            " diplomatic relations this year.",
            "35th anniversary",
        ),
        (
            LEAD_ES + "Montevideo quiere una relación más estrecha con China, su mayor socio"
            " comercial desde hace más de una década. Los dos países celebran el 35.º aniversario"
            " de las relaciones diplomáticas.",
            "35.º aniversario",
        ),
        (
            LEAD_PT + "Montevidéu quer uma parceria mais estreita com a China, seu maior parceiro"
            " comercial há mais de uma década. Os dois países comemoram o 35º aniversário das"
            " relações diplomáticas.",
            "35º aniversário",
        ),
    ],
)
def test_an_anniversary_of_the_two_countries_is_the_articles_states(text, figure):
    result = one(check(text), figure)
    assert result.claim.entity == "URY"
    assert result.verdict is Verdict.SUPPORTED, result.reason  # relations of 1988


def test_a_wrong_anniversary_of_the_two_countries_is_never_refuted():
    text = (
        LEAD_EN + "Montevideo wants a closer partnership with China, its largest trading partner"
        " for more than a decade. The two countries are marking the 30th anniversary of"
        " diplomatic relations this year."
    )
    result = one(check(text), "30th anniversary")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- "Fifty years later" ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "June 20, 2024\n\nTrinidad and Tobago established diplomatic relations with China on"
            " June 20, 1974. Fifty years later, the two governments are marking the date with a"
            " reception in Port of Spain.",
            "Fifty years",
        ),
        (
            "20 de junio de 2024\n\nTrinidad y Tobago estableció relaciones diplomáticas con China"
            " el 20 de junio de 1974. Cincuenta años después, los dos gobiernos celebran la fecha"
            " con una recepción en Puerto España.",
            "Cincuenta años",
        ),
        (
            "20 de junho de 2024\n\nTrinidad e Tobago estabeleceu relações diplomáticas com a China"
            " em 20 de junho de 1974. Cinquenta anos depois, os dois governos celebram a data com"
            " uma recepção em Port of Spain.",
            "Cinquenta anos",
        ),
    ],
)
def test_years_later_count_from_the_tie_the_sentence_before_dates(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A past moment the story moves to: not the article's date, never refuted.
        (
            "June 20, 2024\n\nTrinidad and Tobago established diplomatic relations with China on"
            " June 20, 1974. Forty years later, it opened its embassy in Beijing.",
            "Forty years",
        ),
        # A hedged count dates no year.
        (
            "June 20, 2024\n\nTrinidad and Tobago established diplomatic relations with China on"
            " June 20, 1974. Some fifty years later, the two governments are marking the date.",
            "Some fifty years",
        ),
    ],
)
def test_years_later_that_miss_the_tie_are_left_unjudged(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- A day on which two states agreed to establish relations ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "February 19, 2022\n\nAfter six months of negotiations, Argentina and China agreed to"
            " establish diplomatic relations on February 19, 1972.",
            "February 19, 1972",
        ),
        (
            "19 de febrero de 2022\n\nTras seis meses de negociaciones, Argentina y China acordaron"
            " establecer relaciones diplomáticas el 19 de febrero de 1972.",
            "19 de febrero de 1972",
        ),
        (
            "19 de fevereiro de 2022\n\nApós seis meses de negociações, a Argentina e a China"
            " decidiram estabelecer relações diplomáticas em 19 de fevereiro de 1972.",
            "19 de fevereiro de 1972",
        ),
    ],
)
def test_the_day_relations_were_agreed_is_a_claim_of_its_own(text, figure):
    results = check(text)
    found = [r for r in results if figure in r.claim.text or r.claim.text.strip() in figure]
    dated = [r for r in found if r.claim.period and r.claim.period.end_year == 1972]
    assert any(r.verdict is Verdict.SUPPORTED for r in dated), [
        (r.claim.text, r.verdict, r.reason) for r in results
    ]
