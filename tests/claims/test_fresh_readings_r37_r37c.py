"""General readings found on the fresh dev texts 427-429 of the unseen set (branch issue-15-r37c,
round 37c: Brazil's exports to China in November 2023, the CEBC's count of Chinese investment in
Brazil's electricity sector in 2024, and Mexico's deficit with China in 2024 with the WTO's five
metal products), each with real-shaped sentences (our own) in English, Spanish and Portuguese,
checked against the package's knowledge base.

* Metals other than copper and iron, ores' concentrates and scrap as the product of a trade
  figure: "as exportações do Peru para a China incluíram concentrados de zinco no valor de US$ 2,1
  bilhões", "Peru's exports to China included zinc concentrates worth US$2.1 billion", "las
  exportaciones de Perú a China incluyeron concentrados de zinc por 2.100 millones de dólares" —
  main read the product's sales as Peru's whole exports of 2023 and refuted them by the stored
  23,156 million (the shape of text 429's "minerais de chumbo", "resíduos e sucata de cobre",
  "concentrados de zinco" with their values). Peru's whole exports stay borne out, and a copper
  product stays unread (guards).
* A rank word with no article after "besides": "o Japão é o segundo parceiro do Peru, além de
  maior comprador de zinco peruano", "Japón es el segundo socio de Perú, además de mayor
  comprador de zinc peruano" — main read no rank (the shape of text 416's "além de maior
  importador de cobre chileno", u7719, and text 428's "além de líder"; "líder" is no rank word of
  the lexicon and stays unread). Read only before a partner's, buyer's or lender's noun: "além de
  maior controle" ("greater control") stays no claim, and a rank so read is judged as any other
  ("além de maior parceiro comercial do Brasil" in 2024 is borne out; guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- metals, concentrates and scrap as a trade figure's product -------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Julho de 2024\n\nEm 2023, as exportações do Peru para a China incluíram concentrados"
            " de zinco no valor de US$ 2,1 bilhões.",
            "US$ 2,1 bilhões",
        ),
        (
            "July 2024\n\nIn 2023, Peru's exports to China included zinc concentrates worth"
            " US$2.1 billion.",
            "US$2.1 billion",
        ),
        (
            "Julio de 2024\n\nEn 2023, las exportaciones de Perú a China incluyeron concentrados"
            " de zinc por 2.100 millones de dólares.",
            "2.100 millones de dólares",
        ),
        (
            "July 2024\n\nIn 2023, Peru's gold exports to China reached US$2.1 billion.",
            "US$2.1 billion",
        ),
        (
            "Julio de 2024\n\nEn 2023, Perú vendió a China chatarra y plomo por 2.100 millones de"
            " dólares.",
            "2.100 millones de dólares",
        ),
        (
            "Julho de 2024\n\nEm 2023, o Peru vendeu à China chumbo e sucata no valor de US$ 2,1"
            " bilhões.",
            "US$ 2,1 bilhões",
        ),
    ],
)
def test_a_metal_or_concentrate_figure_is_not_the_whole_flow(text, span):
    result = one(check(text), span)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "span", "verdict"),
    [
        (
            "Julho de 2024\n\nEm 2023, as exportações do Peru para a China somaram US$ 23,156"
            " bilhões.",
            "US$ 23,156 bilhões",
            Verdict.SUPPORTED,
        ),
        (
            "July 2024\n\nIn 2023, Peru's exports to China reached US$23.156 billion.",
            "US$23.156 billion",
            Verdict.SUPPORTED,
        ),
        (
            "Julio de 2024\n\nEn 2023, las exportaciones de Perú a China sumaron 23.156 millones de"
            " dólares.",
            "23.156 millones de dólares",
            Verdict.SUPPORTED,
        ),
        (
            "July 2024\n\nIn 2023, Peru's copper exports to China reached US$2.1 billion.",
            "US$2.1 billion",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_the_whole_flow_and_a_copper_figure_read_as_before(text, span, verdict):
    result = one(check(text), span)
    assert result.verdict is verdict, result.reason


# --- a rank word with no article after "besides" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Março de 2019\n\nO Japão é o segundo parceiro do Peru, além de maior comprador de"
            " zinco peruano.",
            "maior comprador",
        ),
        (
            "Marzo de 2019\n\nJapón es el segundo socio de Perú, además de mayor comprador de zinc"
            " peruano.",
            "mayor comprador",
        ),
        (
            "Março de 2019\n\nA Coreia vende muito ao Chile, além de maior importador de cobre"
            " chileno.",
            "maior importador",
        ),
    ],
)
def test_a_bare_rank_after_besides_is_read(text, rank):
    result = one(check(text), rank)
    assert result.claim.kind.value == "rank", result.claim
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "rank", "verdict"),
    [
        (
            "March 2019\n\nJapan is Peru's second partner, as well as top buyer of Peruvian zinc.",
            "top buyer",
            Verdict.UNVERIFIABLE,
        ),
        (
            "Dezembro de 2024\n\nA China comprou muita soja do Brasil em 2024, além de ser o seu"
            " maior parceiro comercial.",
            "maior parceiro comercial",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_ranks_with_their_article_or_in_english_read_as_before(text, rank, verdict):
    result = one(check(text), rank)
    assert result.verdict is verdict, result.reason


def test_greater_after_besides_is_no_rank():
    results = check(
        "Março de 2019\n\nO Japão é o segundo parceiro do Peru, além de maior controle sobre o"
        " zinco."
    )
    assert [r.claim.text.strip() for r in results if r.claim.kind.value == "rank"] == [
        "segundo parceiro"
    ]


def test_a_bare_first_partner_after_besides_is_judged():
    result = one(
        check(
            "Dezembro de 2024\n\nA China comprou muita soja em 2024, além de maior parceiro"
            " comercial do Brasil."
        ),
        "maior parceiro comercial",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
