"""General readings found on the fresh dev texts 535-537 of the unseen set (branch round-r48b,
round 48b: forty-five years of Peru-China relations in November 2016, the Peruvian embassy's
national day in Beijing in July 2019 and forty-two years of Mexico-China relations in February
2014), each with real-shaped sentences (our own) in Spanish and, where the wording exists,
Portuguese and English, checked against the package's knowledge base.

* A clause that tells an old accord beside a clause that tells the relations ("El Perú fue el
  segundo país … en establecer relaciones diplomáticas con China, en 1971, pero el primero en
  firmar con ella un tratado de Amistad, Comercio y Navegación, en 1874"): the accord's date is
  not the relations' (text 536: main refuted "primero" of 1874 by the tie of 1971). Never
  refuted; a wrong date in the relations' own clause is still refuted.
* "abrir relaciones", "abrir relações", "open relations" (the infinitive after "decidieron",
  "decidiram", "decided to"): the relations' event, as "abrieron relaciones" and "opened
  relations" already were (text 537: main left "hace 42 años" of "decidieron abrir relaciones"
  unjudged).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- an accord's clause beside the relations' clause ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Beijing, julio de 2019 — El Perú fue el segundo país de América del Sur en establecer"
            " relaciones diplomáticas con China, en 1971, pero el primero en firmar con ella un"
            " tratado de Amistad, Comercio y Navegación, en 1874.",
            "primero",
        ),
        (
            "Beijing, July 2019 — Peru was the second South American country to establish"
            " diplomatic relations with China, in 1971, but the first to sign a Treaty of"
            " Friendship, Commerce and Navigation with it, in 1874.",
            "first",
        ),
        (
            "Pequim, julho de 2019 — O Peru foi o segundo país da América do Sul a estabelecer"
            " relações diplomáticas com a China, em 1971, mas o primeiro a assinar com ela um"
            " tratado de Amizade, Comércio e Navegação, em 1874.",
            "primeiro",
        ),
    ],
)
def test_an_old_treaty_beside_the_relations_is_not_refuted(text, claim):
    """Peru's relations date from 1971-11-02 (ties); the treaty of 1874 is another accord."""
    result = one(check(text), claim)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Lima, julio de 2019 — El Perú estableció relaciones diplomáticas con China en 1975, pero"
        " antes firmó con ella un tratado de Amistad.",
        "Lima, July 2019 — Peru established diplomatic relations with China in 1975, but it had"
        " signed a Treaty of Friendship with it long before.",
    ],
)
def test_a_wrong_year_in_the_relations_own_clause_is_still_refuted(text):
    """The guard reads the date's own clause: a wrong year of the relations (1975, stored
    1971-11-02) stays refuted when the accord stands in the other clause."""
    result = one(check(text), "1975")
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- "abrir relaciones" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Torreón, 14 de febrero de 2014 — Hoy se celebra el 42 aniversario del establecimiento"
            " de relaciones diplomáticas entre China y México. Ese mismo día, hace 42 años, los"
            " dirigentes de ambos países decidieron abrir relaciones.",
            "42 años",
        ),
        (
            "Mexico City, 14 February 2014 — Today marks the 42nd anniversary of relations"
            " between China and Mexico. On that same day 42 years ago, the leaders of both"
            " countries decided to open relations.",
            "42 years",
        ),
        (
            "Cidade do México, 14 de fevereiro de 2014 — Hoje se comemora o 42º aniversário das"
            " relações entre a China e o México. Nesse mesmo dia, há 42 anos, os dirigentes dos"
            " dois países decidiram abrir relações.",
            "42 anos",
        ),
    ],
)
def test_years_ago_of_opening_relations_bear_out_the_tie(text, claim):
    """Mexico's relations date from 1972-02-14 (ties): 42 years before 2014."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason
