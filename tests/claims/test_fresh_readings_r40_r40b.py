"""General readings found on the fresh dev texts 453-456 of the unseen set (branch issue-15-r40b,
round 40b: Cuba's trade of 2016 when China passed Venezuela, Bolivia's imports of 2015, Mexico's
deficit with China of 2015 and Panama's ranks of 2015), each with real-shaped sentences (our own)
in English, Spanish and Portuguese, checked against the package's knowledge base.

* A state of the region as the other side of a flow, in a sentence that names no China, is trade
  between two states of the region: "Venezuela, a la que la isla compró bienes por más de 1.582
  millones" — main bore it out by Venezuela's stored imports from China of 2016 (2.5 bn; text
  453). China named before the figure keeps the flow China's.
* The rival a rank's holder displaced is not the rank's owner, also with the year between the
  verb and the rival: "China desplazó en 2016 a Venezuela como el mayor socio comercial del
  Gobierno cubano" — main read Venezuela's rank and found none (text 453).
* A clitic's sale after a purchase "a China" is a sale to China: "el Gobierno cubano compró a China
  … y le vendió el equivalente a 257 millones de dólares" — main read a second purchase from
  China ("comprar a" is to buy from) and left Cuba's stored exports unjudged (text 453).
* A row of the tie dated the text's very day bears the date out when the row the ties table
  answers with is a day off: "El 12 de junio, Panamá … al anunciar …" (the announcement's row,
  2017-06-12, beside the communique's 2017-06-13) — main left it unjudged (text 456, as u6111).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a flow between two states of the region is not China's --------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "16 de agosto de 2017\n\nEn 2016 Cuba compró a China mercancías por valor de 2.328"
            " millones de dólares. El desequilibrio se repite con Venezuela, a la que la isla"
            " compró bienes por más de 1.582 millones en 2016.",
            "más de 1.582 millones",
        ),
        (
            "16 de agosto de 2017\n\nEn 2016 la isla compró a Venezuela bienes por más de 1.582"
            " millones de dólares.",
            "más de 1.582 millones de dólares",
        ),
        (
            "16 de agosto de 2017\n\nEn 2016 Cuba compró a Venezuela bienes por más de 1.582"
            " millones de dólares.",
            "más de 1.582 millones de dólares",
        ),
        (
            "August 16, 2017\n\nIn 2016 Cuba bought from Venezuela goods worth more than $1.582"
            " billion.",
            "more than $1.582 billion",
        ),
        (
            "August 16, 2017\n\nIn 2016 Cuba bought goods worth $2.328 billion from China. The"
            " imbalance repeats with Venezuela, from which the island bought goods worth more"
            " than $1.582 billion in 2016.",
            "more than $1.582 billion",
        ),
        (
            "16 de agosto de 2017\n\nEm 2016 Cuba comprou da China mercadorias no valor de 2,328"
            " bilhões de dólares. O desequilíbrio se repete com a Venezuela, da qual a ilha"
            " comprou bens por mais de 1,582 bilhão de dólares em 2016.",
            "mais de 1,582 bilhão de dólares",
        ),
    ],
)
def test_a_flow_between_two_region_states_is_not_chinas(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "16 de agosto de 2017\n\nEn 2016 Venezuela compró a China bienes por 2.500 millones"
            " de dólares.",
            "2.500 millones de dólares",
        ),
        (
            "16 de agosto de 2017\n\nEn 2016 China vendió a Venezuela mercancías por 2.500"
            " millones de dólares.",
            "2.500 millones de dólares",
        ),
        (
            "August 16, 2017\n\nIn 2016 China sold to Venezuela goods worth $2.5 billion.",
            "$2.5 billion",
        ),
    ],
)
def test_a_flow_with_china_named_is_still_chinas(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- the rival displaced is not the rank's owner, the year between ------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "16 de agosto de 2017\n\nChina desplazó en 2016 a Venezuela como el mayor socio"
            " comercial del Gobierno cubano.",
            "mayor socio comercial",
        ),
        (
            "16 de agosto de 2017\n\nA China desbancou em 2016 a Venezuela como o maior parceiro"
            " comercial do governo cubano.",
            "maior parceiro comercial",
        ),
        (
            "August 16, 2017\n\nChina displaced in 2016 Venezuela as the largest trading partner"
            " of the Cuban government.",
            "largest trading partner",
        ),
    ],
)
def test_the_displaced_rival_after_a_year_is_not_the_owner(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "16 de agosto de 2017\n\nChina desplazó a Venezuela como el mayor socio comercial de"
            " Cuba en 2016.",
            "mayor socio comercial",
        ),
        (
            "16 de agosto de 2017\n\nEn 2016 China se convirtió en el mayor socio comercial del"
            " Gobierno cubano.",
            "mayor socio comercial",
        ),
    ],
)
def test_a_rank_with_no_year_between_reads_as_before(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a clitic's sale after a purchase "a China" ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "16 de agosto de 2017\n\nEn 2016 el Gobierno cubano compró a China mercancías por"
            " valor de 2.328 millones de dólares y le vendió el equivalente a 257 millones de"
            " dólares.",
            "257 millones de dólares",
        ),
        (
            "16 de agosto de 2017\n\nEn 2016 Cuba compró al gigante asiático mercancías por 2.328"
            " millones de dólares y le vendió bienes por 257 millones de dólares.",
            "257 millones de dólares",
        ),
    ],
)
def test_a_clitic_sale_after_buying_from_china_is_a_sale_to_china(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.claim.metric == "trade_china_imports"


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        (
            "16 de agosto de 2017\n\nEn 2016 Cuba vendió a China bienes por 257 millones de"
            " dólares y le compró mercancías por 2.328 millones de dólares.",
            "2.328 millones de dólares",
            "trade_china_exports",
        ),
        (
            "16 de agosto de 2017\n\nEm 2016 Cuba comprou da China mercadorias por 2,328 bilhões"
            " de dólares e lhe vendeu bens por 257 milhões de dólares.",
            "257 milhões de dólares",
            "trade_china_imports",
        ),
        (
            "16 de agosto de 2017\n\nEn 2016 el Gobierno cubano compró a China mercancías por"
            " valor de 2.328 millones de dólares.",
            "2.328 millones de dólares",
            "trade_china_exports",
        ),
    ],
)
def test_the_other_direction_and_the_purchase_read_as_before(text, figure, metric):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.claim.metric == metric


# --- a row of the tie dated the text's very day ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Junio de 2017\n\nEl 12 de junio, Panamá anunció que establecía relaciones"
            " diplomáticas con China y rompía con Taiwán.",
            "12 de junio",
        ),
        (
            "June 2017\n\nOn June 12, Panama announced that it was establishing diplomatic"
            " relations with China and breaking with Taiwan.",
            "June 12",
        ),
        (
            "Junho de 2017\n\nEm 12 de junho, o Panamá anunciou que estabelecia relações"
            " diplomáticas com a China e rompia com Taiwan.",
            "12 de junho",
        ),
    ],
)
def test_a_row_of_the_very_day_bears_the_date_out(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Junio de 2017\n\nEl 13 de junio de 2017 Panamá y China establecieron relaciones"
            " diplomáticas.",
            "junio de 2017",
            Verdict.SUPPORTED,
        ),
        (
            "Junio de 2017\n\nEl 14 de junio de 2017, Panamá estableció relaciones diplomáticas"
            " con China.",
            "junio de 2017",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_a_day_with_no_row_of_its_own_reads_as_before(text, figure, verdict):
    result = one(check(text), figure)
    assert result.verdict is verdict, result.reason
