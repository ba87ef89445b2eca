"""General readings found on the fresh dev texts 653-654 of the unseen set (branch round-r64a:
La Nación on China and Brazil as Argentina's first partner, 2020, and Gestión on Chinese firms'
investment in Peru and the FTA, January 2023), each with real-shaped sentences (our own) in the
languages where the reading applies, checked against the package's knowledge base.

* A treaty told as held "since" a date ("el TLC que ambos mantienen desde marzo del 2010", "o
  acordo que mantém com Pequim desde março de 2010") dates the tie's entry into force, also in a
  clause that speaks of talks on it (text 654: "China negocia ... la optimización del TLC" made
  main read the month as the talks' date and leave it unjudged). A year the store does not date
  as the entry into force stays unjudged (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

HELD_SINCE = [
    (
        "El Perú negocia con China la optimización del Tratado de Libre Comercio (TLC) que ambos"
        " mantienen desde marzo del 2010, y Pekín pidió su ingreso al CPTPP.",
        "marzo del 2010",
    ),
    (
        "La Cancillería negocia con el Perú la ampliación del tratado de libre comercio que China"
        " mantiene con ese país desde marzo de 2010.",
        "marzo de 2010",
    ),
    (
        "O Peru negocia com a China a otimização do acordo de livre comércio que mantém com Pequim"
        " desde março de 2010.",
        "março de 2010",
    ),
]


@pytest.mark.parametrize(("text", "span"), HELD_SINCE)
def test_a_treaty_held_since_a_date_dates_its_entry_into_force(text, span):
    result = checked(text, span, date="2023-01-20")
    assert result.verdict is Verdict.SUPPORTED
    assert "2010-03-01" in result.reason


GUARDS = [
    (
        "El Perú negocia con China la optimización del TLC que mantiene con Pekín desde 2009.",
        "2009",
    ),
    (
        "O Peru negocia com a China a otimização do acordo de livre comércio que mantém com Pequim"
        " desde 2009.",
        "2009",
    ),
    ("Honduras began negotiations on a free trade agreement with China in July 2023.", "July 2023"),
]


@pytest.mark.parametrize(("text", "span"), GUARDS)
def test_other_dates_of_talks_stay_unjudged(text, span):
    result = checked(text, span, date="2023-01-20")
    assert result.verdict is Verdict.UNVERIFIABLE
