"""General readings found on the fresh dev texts 351-354 of the unseen set (branch
issue-15-r31b-s20b, round 31b: Chile's FTA with China in 2010, Panama's ties and Belt and Road
memorandum of 2017, the Chinese ambassador in Santo Domingo in 2025, Peru's FTA at ten years),
each with real-shaped sentences (our own) in English, Spanish and Portuguese, checked against
the package's knowledge base.

* A relative clause after a comma describes the list item before it: "El tratado se compone de
  tres partes: el comercio de bienes, que fue el primero en suscribirse; los servicios, cuyo
  capítulo se firmó en 2008; y un protocolo de inversiones que aún está en negociación" — main
  cut the list at the first semicolon and counted "que fue el primero en suscribirse" as a
  second item: "announces 3 partes but lists 2", a false "inconsistent" (not keyed, found in the
  first run of text 351). The same with Portuguese "que"/"cujo" and English "whose". A list
  whose count is really off is still called inconsistent when a relative clause follows it, now
  with the right count (main counted the Spanish and Portuguese clause as a fifth item; the
  English was right already).
* Years since the ties were formalized: "Ya han pasado siete años desde que … formalizaron sus
  relaciones diplomáticas", "Já se passaram sete anos desde que … formalizaram suas relações",
  "Seven years have passed since … established diplomatic relations" — main read a duration no
  row holds (text 353, u6115, keyed supported by the Dominican ties of 2018-05-01). They count
  back from the article's date as "hace siete años" does; a wrong count or a hedged one is still
  never refuted (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a relative clause after a list item ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Junio de 2010 — Santiago\n\nEl tratado se compone de tres partes: el comercio de"
            " bienes, que fue el primero en suscribirse; los servicios, cuyo capítulo se firmó en"
            " 2008; y un protocolo de inversiones que aún está en negociación.",
            "tres partes",
        ),
        (
            "Junho de 2010 — Santiago\n\nO tratado tem três partes: o comércio de bens, que veio"
            " primeiro; os serviços, cujo capítulo foi assinado em 2008; e um protocolo de"
            " investimentos ainda em negociação.",
            "três partes",
        ),
        (
            "June 2010 — London\n\nThe treaty has three parts: trade in goods, whose chapter came"
            " first; services, whose chapter was signed in 2008; and an investment protocol that"
            " is still under negotiation.",
            "three parts",
        ),
    ],
)
def test_a_relative_clause_after_a_list_item_is_no_item_of_its_own(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Junio de 2010 — Santiago\n\nLa inversión se concentró en tres sectores: minería,"
            " energía, infraestructura y agricultura, que recibieron la mayor parte.",
            "tres sectores",
        ),
        (
            "Junho de 2010 — Santiago\n\nO investimento concentrou-se em três setores: mineração,"
            " energia, infraestrutura e agricultura, que receberam a maior parte.",
            "três setores",
        ),
        (
            "June 2010 — London\n\nInvestment went to three sectors: mining, energy,"
            " infrastructure and agriculture, which took the largest part.",
            "three sectors",
        ),
    ],
)
def test_a_list_that_is_really_longer_than_announced_is_still_inconsistent(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason
    assert "lists 4" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Julio de 2025 — Bogotá\n\nLas dos economías se complementan: Colombia exporta materias"
        " primas como petróleo, carbón, café y flores, que China importa en grandes cantidades.",
        "Julho de 2025 — Bogotá\n\nAs duas economias se complementam: a Colômbia exporta"
        " matérias-primas como petróleo, carvão, café e flores, que a China importa em grande"
        " quantidade.",
    ],
)
def test_examples_after_a_colon_are_not_the_items_counted(text):
    # Guard: once a relative clause ends the list, the examples of "como" must not be counted
    # as the two economies announced (the first dev run of this fix called them four).
    assert all(r.verdict is not Verdict.INCONSISTENT for r in check(text))


# --- years since the ties were formalized ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "29 de noviembre de 2025 — Santo Domingo\n\nYa han pasado siete años desde que"
            " República Dominicana y China formalizaron sus relaciones diplomáticas.",
            "siete años",
        ),
        (
            "29 de novembro de 2025 — Santo Domingo\n\nJá se passaram sete anos desde que a"
            " República Dominicana e a China formalizaram suas relações diplomáticas.",
            "sete anos",
        ),
        (
            "November 29, 2025 — Santo Domingo\n\nSeven years have passed since the Dominican"
            " Republic and China established diplomatic relations.",
            "Seven years",
        ),
        (
            "November 29, 2025 — Santo Domingo\n\nSeven years have passed since the Dominican"
            " Republic and China formalized their diplomatic relations.",
            "Seven years",
        ),
    ],
)
def test_years_since_the_ties_were_formalized_date_the_ties(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2018-05-01" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "29 de noviembre de 2025 — Santo Domingo\n\nYa han pasado ocho años desde que"
            " República Dominicana y China formalizaron sus relaciones diplomáticas.",
            "ocho años",
        ),
        (
            "29 de noviembre de 2025 — Santo Domingo\n\nYa han pasado casi siete años desde que"
            " República Dominicana y China formalizaron sus relaciones diplomáticas.",
            "casi siete años",
        ),
        (
            "November 29, 2025 — Santo Domingo\n\nEight years have passed since the Dominican"
            " Republic and China formalized their diplomatic relations.",
            "Eight years",
        ),
    ],
)
def test_a_wrong_or_hedged_count_of_years_since_the_ties_is_never_refuted(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
