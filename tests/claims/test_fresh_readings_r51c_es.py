"""General readings found on the fresh dev texts 557-558 of the unseen set (branch round-r51c,
round 51c: the Chinese ambassador in Chile on the first China-CELAC ministerial of January 2015,
and twenty years of the China-Chile free trade agreement in December 2025), each with
real-shaped sentences (our own) in Spanish, English and Portuguese, checked against the
package's knowledge base.

* An anniversary of the signing ("el 20º aniversario de la firma de su Tratado de Libre
  Comercio", "the 20th anniversary of the signing of the free trade agreement", "o 20º
  aniversário da assinatura do tratado") counts from the year the agreement was signed, not from
  its entry into force (text 558: main read the FTA as in force since 2006 and left the 20th
  anniversary of its signing of 2005 unjudged). Only a tie of that very year is taken: it may
  bear the anniversary out, never refute it.
* A stock of Chinese direct investment told as a goal ("las dos partes buscarán alcanzar … 250 mil
  millones del stock de inversión directa china en la región", "will seek to reach … a stock of
  Chinese direct investment … of 250 billion dollars", "buscarão alcançar … 250 bilhões de
  dólares de estoque de investimento direto chinês") is the stored pledge of an investment stock
  of US$ 250 bn (text 557: main read an FDI stock of no period and no goal). Only bears the
  pledge out; with no goal told the figure keeps its reading.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- an anniversary of the signing counts from the signing -------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "15 de diciembre de 2025 — En 2025 se cumple el 55º aniversario de las relaciones"
            " diplomáticas entre China y Chile y el 20º aniversario de la firma de su Tratado de"
            " Libre Comercio (TLC).",
            "20º aniversario",
        ),
        (
            "Santiago, 15 de diciembre de 2025 — Este año se celebra el 20º aniversario de la"
            " firma del Tratado de Libre Comercio entre China y Chile.",
            "20º aniversario",
        ),
        (
            "Santiago, December 15, 2025 — This year marks the 20th anniversary of the signing of"
            " the China-Chile free trade agreement.",
            "20th anniversary",
        ),
        (
            "Santiago, 15 de dezembro de 2025 — Em 2025 completa-se o 20º aniversário da"
            " assinatura do Tratado de Livre Comércio entre a China e o Chile.",
            "20º aniversário",
        ),
    ],
)
def test_an_anniversary_of_the_signing_counts_from_the_signing(text, claim):
    """Chile's FTA with China is stored as signed in November 2005 and in force in October 2006."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2005" in result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # No signing named: the anniversary still counts from the entry into force (2006).
        (
            "Santiago, 15 de diciembre de 2025 — En 2025 se cumple el 19º aniversario de la"
            " entrada en vigor del Tratado de Libre Comercio entre China y Chile.",
            "19º aniversario",
        ),
    ],
)
def test_an_anniversary_of_the_entry_into_force_keeps_its_reading(text, claim):
    """Guard: the entry into force keeps the tie of today (in force since 2006-10)."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2006" in result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # A signing of 2004 (2025 - 21): the table has no tie of that year; never refuted.
        (
            "Santiago, 15 de diciembre de 2025 — En 2025 se cumple el 21º aniversario de la firma"
            " del Tratado de Libre Comercio entre China y Chile.",
            "21º aniversario",
        ),
        (
            "Santiago, December 15, 2025 — This year marks the 21st anniversary of the signing of"
            " the China-Chile free trade agreement.",
            "21st anniversary",
        ),
    ],
)
def test_an_anniversary_of_another_signing_year_is_not_refuted(text, claim):
    """Guard: a year with no signed tie leaves the anniversary unjudged, never contradicted."""
    result = one(check(text), claim)
    assert result.verdict not in (Verdict.SUPPORTED, Verdict.CONTRADICTED), result.reason


# --- an FDI stock told as a goal is the investment-stock pledge ---------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Santiago, 14 de enero de 2015 — En 10 años, las dos partes buscarán alcanzar 500 mil"
            " millones de dólares en intercambios comerciales y 250 mil millones del stock de"
            " inversión directa china en la región.",
            "250 mil millones",
        ),
        (
            "Santiago, January 14, 2015 — Within 10 years, the two sides will seek to reach 500"
            " billion dollars in trade and a stock of Chinese direct investment in the region of"
            " 250 billion dollars.",
            "250 billion dollars",
        ),
        (
            "Santiago, 14 de janeiro de 2015 — Em 10 anos, as duas partes buscarão alcançar 500"
            " bilhões de dólares em comércio e 250 bilhões de dólares de estoque de investimento"
            " direto chinês na região.",
            "250 bilhões de dólares",
        ),
    ],
)
def test_an_fdi_stock_told_as_a_goal_bears_out_the_pledge(text, claim):
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "investment_stock_250bn" in result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # No goal told: a stock said to be reached is no pledge.
        (
            "Santiago, 14 de enero de 2015 — El stock de inversión directa china en la región"
            " llegó a 250 mil millones de dólares.",
            "250 mil millones de dólares",
        ),
        # Another figure told as the goal: never refuted by the pledge.
        (
            "Santiago, 14 de enero de 2015 — En 10 años, las dos partes buscarán alcanzar 300 mil"
            " millones de dólares de stock de inversión directa china en la región.",
            "300 mil millones de dólares",
        ),
    ],
)
def test_an_fdi_stock_without_the_goal_is_not_borne_out(text, claim):
    """Guards: the goal reading only bears the pledge out."""
    result = one(check(text), claim)
    assert result.verdict not in (Verdict.SUPPORTED, Verdict.CONTRADICTED), result.reason
