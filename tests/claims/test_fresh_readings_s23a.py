"""General readings found on the fresh dev texts 213-217 of the unseen set (branch
issue-15-s23a: the Dominican Republic, Uruguay and Panama), each with real-shaped sentences (our
own) in Spanish and Portuguese, where the pattern is written, checked against the package's
knowledge base; English guards.

* The thousands written as a word and the rest in digits are one number: "mil 800 millones de
  dólares", "tres mil 500 millones", "três mil 500 milhões" (main read 800 and 500 millions and
  refuted Uruguay's exports of 1,800 and 3,500 million by the stored ones), and "unas 3 mil 600
  empresas" is a count of 3,600 (main read 3 and 600).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- thousands in words, the rest in digits ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "date"),
    [
        (
            "Según Uruguay XXI, las ventas uruguayas a China pasaron de mil 800 millones de"
            " dólares en 2016 a cifras récord.",
            "mil 800 millones de dólares",
            "2026-02-03",
        ),
        (
            "Según Uruguay XXI, las exportaciones de Uruguay a China llegaron a tres mil 500"
            " millones de dólares en 2025.",
            "tres mil 500 millones de dólares",
            "2026-02-03",
        ),
        (
            "Segundo o Uruguay XXI, as exportações do Uruguai para a China passaram de mil 800"
            " milhões de dólares em 2016 a valores recorde.",
            "mil 800 milhões de dólares",
            "2026-02-03",
        ),
        (
            "Segundo o Uruguay XXI, as exportações do Uruguai para a China chegaram a três mil 500"
            " milhões de dólares em 2025.",
            "três mil 500 milhões de dólares",
            "2026-02-03",
        ),
    ],
)
def test_thousands_in_words_and_digits_are_one_amount(kb, text, figure, date):
    result = one(check(text, kb, date=date), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Según el informe, unas 3 mil 600 empresas del país asiático tienen inversiones en"
            " 151 naciones del mundo.",
            "unas 3 mil 600 empresas",
        ),
        (
            "Segundo o relatório, cerca de 3 mil 600 empresas do país asiático têm investimentos"
            " em 151 nações.",
            "cerca de 3 mil 600 empresas",
        ),
    ],
)
def test_thousands_in_words_before_a_noun_are_one_count(kb, text, figure):
    result = one(check(text, kb, date="2019-01-01"), figure)
    assert result.claim.value == 3600


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # A wrong amount written the same way is still refuted: the reading is sure.
        (
            "Según Uruguay XXI, las ventas uruguayas a China sumaron mil 200 millones de dólares"
            " en 2016.",
            "mil 200 millones de dólares",
            Verdict.CONTRADICTED,
        ),
        # The digits-only forms keep their readings.
        (
            "Según Uruguay XXI, las exportaciones de Uruguay a China sumaron 3 mil 493 millones de"
            " dólares en 2025.",
            "3 mil 493 millones de dólares",
            Verdict.SUPPORTED,
        ),
        (
            "Las exportaciones de Uruguay a China alcanzaron los 1.800 millones de dólares en 2016.",
            "1.800 millones de dólares",
            Verdict.SUPPORTED,
        ),
        (
            "Uruguay XXI says Uruguay's exports to China were 1,800 million dollars in 2016.",
            "1,800 million dollars",
            Verdict.SUPPORTED,
        ),
        (
            "Uruguay XXI says Uruguay's exports to China were $3.5 billion in 2025.",
            "$3.5 billion",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_thousands_guards(kb, text, figure, verdict):
    result = one(check(text, kb, date="2026-02-03"), figure)
    assert result.verdict is verdict, result.reason


def test_a_year_in_words_before_a_count_is_not_joined(kb):
    results = check("En el año dos mil 500 empresas exportaron a China.", kb, date="2026-02-03")
    assert all(r.claim.value != 2500 for r in results)


def test_mil_millones_keeps_its_scale(kb):
    result = one(
        check(
            "Según Uruguay XXI, las exportaciones de Uruguay a China sumaron 3,5 mil millones de"
            " dólares en 2025.",
            kb,
            date="2026-02-03",
        ),
        "3,5 mil millones de dólares",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a second noun with a rank word of its own -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2024 China was Argentina's second largest export destination and the largest"
            " trading partner.",
            "trading partner",
        ),
        (
            "In 2024 China was Argentina's second largest export destination and the main"
            " trading partner.",
            "trading partner",
        ),
    ],
)
def test_a_second_noun_with_its_own_rank_word_is_first(kb, text, figure):
    # Main gave the partner the ordinal of the noun before (2) and bore it out by the stored
    # second rank of 2024: a false "supported".
    result = one(check(text, kb, date="2025-03-01"), figure)
    assert result.claim.value == 1
    assert result.verdict is not Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "rank"),
    [
        # Spanish and Portuguese write the second superlative as a rank of its own.
        (
            "En 2024 China fue el segundo destino de las exportaciones de Argentina y el mayor"
            " socio comercial.",
            "mayor socio comercial",
            1,
        ),
        (
            "Em 2024 a China foi o segundo destino das exportações da Argentina e o maior parceiro"
            " comercial.",
            "maior parceiro comercial",
            1,
        ),
        # A shared rank word still ranks both nouns.
        (
            "In 2024 China was Argentina's second largest trading partner and export destination.",
            "export destination",
            2,
        ),
        (
            "In 2024 China was Chile's top trading partner and the top export destination.",
            "export destination",
            1,
        ),
    ],
)
def test_shared_rank_guards(kb, text, figure, rank):
    result = one(check(text, kb, date="2025-03-01"), figure)
    assert result.claim.value == rank
