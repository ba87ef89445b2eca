"""General readings found on the fresh dev texts 569-570 of the unseen set (branch round-r53b:
Lula's trip to China announced in March 2023, and his message to Wang Qishan of January 2023),
each with real-shaped sentences (our own) in Portuguese and Spanish, and English where it applies,
checked against the package's knowledge base.

* "o volume negociado entre os dois países", "el volumen negociado", "the traded volume": the
  trade between the two, as "volume comercializado" was (text 569: main read no metric).
* "a China adquiriu ... em produtos brasileiros", "China adquirió ... en productos brasileños": a
  sentence naming China that buys Brazil's goods tells Brazil's exports to China; "... ao mercado
  nacional", "al mercado brasileño": China's goods sent there tell Brazil's imports (text 569:
  main read no metric; English "Brazilian goods" was read already).
* "ficou 21 vezes maior do que na primeira visita de Lula ao país, em 2004", "fue 21 veces mayor
  que en la primera visita", "21 times larger than at Lula's first visit": the year after the
  base of a comparison dates the event compared with, as after "desde" (text 569: main took 2004
  as the period of the total of 2022 told in the same sentence).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- "volume negociado": the trade of the two ---------------------------------------------------

TRADED = [
    (
        "Brasília, 5 de janeiro de 2021\n\nEm 2020, o volume negociado entre o Brasil e a China"
        " chegou a US$ 101,7 bilhões.",
        "US$ 101,7 bilhões",
    ),
    (
        "Brasília, 5 de enero de 2021\n\nEn 2020, el volumen negociado entre Brasil y China llegó"
        " a 101.700 millones de dólares.",
        "101.700 millones de dólares",
    ),
    (
        "Brasília, January 5, 2021\n\nIn 2020, the traded volume between Brazil and China reached"
        " US$101.7 billion.",
        "US$101.7 billion",
    ),
]


@pytest.mark.parametrize(("text", "figure"), TRADED)
def test_the_volume_negotiated_between_two_states_is_their_trade(text, figure):
    """Brazil's trade with China of 2020 (Secex, 101.728) bears the figure out."""
    result = one(check(text), figure)
    assert result.claim.metric == "trade_total", result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_volume_negotiated_on_an_exchange_names_no_partner():
    """Guard: a volume traded on the stock exchange names no state's trade with China."""
    text = "Brasília, 5 de janeiro de 2021\n\nEm 2020, o volume negociado na B3 chegou a US$ 101,7 bilhões."
    result = one(check(text), "US$ 101,7 bilhões")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- China buying a state's goods, sending goods to its market ------------------------------------

GOODS = [
    (
        "Brasília, 5 de janeiro de 2021\n\nEm 2020, a China adquiriu US$ 67,7 bilhões em produtos"
        " brasileiros e enviou US$ 34 bilhões em mercadorias ao mercado nacional.",
        "US$ 67,7 bilhões",
        "US$ 34 bilhões",
    ),
    (
        "Brasília, 5 de janeiro de 2021\n\nEm 2020, os chineses levaram US$ 67,7 bilhões em"
        " mercadorias brasileiras e venderam US$ 34 bilhões para o mercado nacional.",
        "US$ 67,7 bilhões",
        "US$ 34 bilhões",
    ),
    (
        "Brasília, 5 de enero de 2021\n\nEn 2020, China adquirió 67.700 millones de dólares en"
        " productos brasileños y envió 34.000 millones de dólares en mercancías al mercado"
        " brasileño.",
        "67.700 millones de dólares",
        "34.000 millones de dólares",
    ),
]


@pytest.mark.parametrize(("text", "bought", "sent"), GOODS)
def test_china_buying_brazils_goods_tells_brazils_exports(text, bought, sent):
    """Brazil's exports to China of 2020 (Secex, 67.685) and its imports from China (34.042)."""
    result = one(check(text), bought)
    assert result.claim.metric == "trade_china_imports", result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason
    result = one(check(text), sent)
    assert result.claim.metric == "trade_china_exports", result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_china_buying_brazilian_goods_in_english_was_read_already():
    """Guard (passes on main): the English reading the Portuguese and Spanish now share."""
    text = (
        "Brasília, January 5, 2021\n\nIn 2020, China bought US$67.7 billion of Brazilian goods and"
        " shipped US$34 billion of goods to the Brazilian market."
    )
    assert one(check(text), "US$67.7 billion").verdict is Verdict.SUPPORTED
    assert one(check(text), "US$34 billion").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "Brasília, 5 de janeiro de 2021\n\nEm 2020, os Estados Unidos adquiriram US$ 21,5 bilhões"
        " em produtos brasileiros.",
        "Brasília, 5 de enero de 2021\n\nEn 2020, Estados Unidos adquirió 21.500 millones de"
        " dólares en productos brasileños.",
    ],
)
def test_another_buyer_of_brazils_goods_is_not_china(text):
    """Guard: with no China in the sentence, Brazil's goods bought by another state are no
    trade with China."""
    result = check(text)[0]
    assert result.claim.metric is None, result.reason
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- the year after the base of a comparison dates the event compared with ------------------------

COMPARED = [
    (
        "Brasília, 5 de janeiro de 2021\n\nA China comprou US$ 67,7 bilhões do Brasil em 2020. O"
        " volume negociado entre os dois países, US$ 101,7 bilhões, ficou 21 vezes maior do que na"
        " primeira visita de Lula à China, em 2004.",
        "US$ 101,7 bilhões",
        "2004",
    ),
    (
        "Brasília, 5 de enero de 2021\n\nChina compró 67.700 millones de dólares a Brasil en 2020."
        " El volumen negociado entre los dos países, 101.700 millones de dólares, fue 21 veces"
        " mayor que en la primera visita de Lula a China, en 2004.",
        "101.700 millones de dólares",
        "2004",
    ),
    (
        "Brasília, January 5, 2021\n\nChina bought US$67.7 billion from Brazil in 2020. The trade"
        " volume between the two countries, US$101.7 billion, was 21 times larger than at Lula's"
        " first visit to China, in 2004.",
        "US$101.7 billion",
        "2004",
    ),
]


@pytest.mark.parametrize(("text", "figure", "year"), COMPARED)
def test_the_year_of_a_comparisons_base_does_not_date_the_figure(text, figure, year):
    """The total is 2020's (the sentence before), borne out by Secex's 101.728; 2004 dates the
    visit compared with, a claim of its own, not the total's period."""
    result = one(check(text), figure)
    assert result.claim.period is not None and result.claim.period.start_year == 2020, result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason
    visit = one(check(text), year)
    assert visit.verdict is Verdict.UNVERIFIABLE, visit.reason


@pytest.mark.parametrize(
    "text",
    [
        "Brasília, 5 de janeiro de 2021\n\nO comércio entre o Brasil e a China chegou a US$ 101,7"
        " bilhões em 2020, mais do que em 2019.",
        "Brasília, 5 de enero de 2021\n\nEl comercio entre Brasil y China llegó a 101.700 millones"
        " de dólares en 2020, más que en 2019.",
    ],
)
def test_a_figures_own_year_before_the_comparison_still_dates_it(text):
    """Guard: the figure's own year, before "mais do que em 2019", stays its period."""
    result = check(text)[0]
    assert result.claim.period is not None and result.claim.period.start_year == 2020, result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- "o lugar de principal parceiro": a rank held as a place ---------------------------------------

PLACE = [
    (
        "Lisboa, 3 de janeiro de 2023\n\nEm 2021, a China tirou aos Estados Unidos o lugar de"
        " principal parceiro comercial do Brasil.",
        "principal parceiro comercial",
    ),
    (
        "Madrid, 3 de enero de 2023\n\nEn 2021, China le quitó a Estados Unidos el lugar de"
        " principal socio comercial de Brasil.",
        "principal socio comercial",
    ),
]


@pytest.mark.parametrize(("text", "rank"), PLACE)
def test_the_place_of_main_partner_is_a_rank(text, rank):
    """Brazil's stored partner rank of 2021 (1) bears it out, as "o posto de" was read."""
    result = one(check(text), rank)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_the_place_of_main_partner_in_english_was_read_already():
    """Guard (passes on main)."""
    text = (
        "London, January 3, 2023\n\nIn 2021, China took the place of Brazil's main trading partner"
        " from the United States."
    )
    assert one(check(text), "main trading partner").verdict is Verdict.SUPPORTED


def test_instead_of_main_partner_is_no_rank():
    """Guard: "em lugar de" (instead of) holds no rank of China's."""
    text = (
        "Lisboa, 3 de janeiro de 2023\n\nEm 2021, em lugar de principal parceiro comercial do"
        " Brasil, a China ficou em segundo."
    )
    assert all(r.verdict is not Verdict.SUPPORTED for r in check(text))
