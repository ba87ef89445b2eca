"""General readings found on the fresh dev texts 549-550 of the unseen set (branch round-r50b,
round 50b: Costa Rica's Belt and Road agreement of September 2018 and Varela's visit to Beijing
of November 2017), each with real-shaped sentences (our own) in Spanish, Portuguese and English,
checked against the package's knowledge base.

* "el Cinturón Económico de la Ruta de la Seda" names the Belt and Road memorandum, as "the
  Silk Road Economic Belt" and "o Cinturão Econômico da Rota da Seda" already did (text 549:
  main read no tie in "suscribieron este lunes un acuerdo de cooperación en el marco del
  Cinturón Económico de la Ruta de la Seda" and left the day unjudged).
* A plain "first" of relations with the PRC, undated, is no longer borne out by today's order
  when another state of the group held relations earlier that have since ended or begun again
  (text 549: "Costa Rica fue el primer país centroamericano en romper vínculos con Taiwán y
  establecer relaciones con China", 2007, while the table holds Nicaragua's relations of 1985,
  broken in 1990 and re-established in 2021; main bore the rank out). The earlier relations
  are shown; the rank is refuted only as a plain first on a well-sourced row, and a first
  relative to an earlier event ("since 1990") keeps today's order.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- "el Cinturón Económico de la Ruta de la Seda" names the Belt and Road memorandum -----------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "San José, 3 de septiembre de 2018 — Costa Rica y China suscribieron este lunes un"
            " acuerdo de cooperación en el marco del Cinturón Económico de la Ruta de la Seda,"
            " la iniciativa con la que Pekín quiere impulsar el comercio.",
            "este lunes",
        ),
        (
            "San José, 5 de septiembre de 2018 — Costa Rica firmó el lunes un memorando de"
            " entendimiento para sumarse al Cinturón Económico de la Ruta de la Seda.",
            "el lunes",
        ),
        (
            "San José, September 3, 2018 — Costa Rica and China signed on Monday a cooperation"
            " agreement under the Silk Road Economic Belt, Beijing's trade and investment plan.",
            "on Monday",
        ),
        (
            "San José, 3 de setembro de 2018 — A Costa Rica e a China assinaram nesta"
            " segunda-feira um acordo de cooperação no âmbito do Cinturão Econômico da Rota da"
            " Seda.",
            "nesta segunda-feira",
        ),
    ],
)
def test_a_day_of_the_silk_road_economic_belt_is_borne_out(text, claim):
    """Costa Rica's Belt and Road memorandum is stored on 2018-09-03 (ties)."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_another_day_of_the_silk_road_economic_belt_is_not_refuted():
    """Guard: a weekday read against the date line is an uncertain period, never refuted."""
    text = (
        "San José, 3 de septiembre de 2018 — Costa Rica y China suscribieron este martes un"
        " acuerdo de cooperación en el marco del Cinturón Económico de la Ruta de la Seda."
    )
    result = one(check(text), "este martes")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_the_launch_year_of_the_silk_road_economic_belt_is_no_memorandum():
    """Guard: the year the initiative was launched is not Costa Rica's memorandum."""
    text = (
        "San José, 3 de septiembre de 2018 — El Cinturón Económico de la Ruta de la Seda,"
        " lanzado en 2013 por Xi Jinping, suma ya a Costa Rica."
    )
    result = one(check(text), "2013")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- a first of relations hidden by another state's ended relations -----------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "San José, 3 de septiembre de 2018.\n\nCosta Rica fue el primer país centroamericano"
            " en romper vínculos con Taiwán y establecer relaciones con China; desde entonces"
            " Panamá y El Salvador han seguido el mismo camino.",
            "primer país centroamericano",
        ),
        (
            "Panama City, June 13, 2017.\n\nCosta Rica was the first Central American country to"
            " establish diplomatic relations with China, and Panama has now followed.",
            "first Central American country",
        ),
        (
            "Cidade do Panamá, 20 de junho de 2017.\n\nA Costa Rica foi o primeiro país da América"
            " Central a estabelecer relações diplomáticas com a China.",
            "primeiro país",
        ),
    ],
)
def test_a_first_before_anothers_ended_relations_is_not_borne_out(text, claim):
    """Nicaragua's relations of 1985 (ended 1990, re-established 2021) came before Costa
    Rica's of 2007: the rank is shown against them, not borne out, and (the 1985 row being
    weakly sourced) not refuted."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "NIC" in result.reason and "1985" in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "San José, June 2, 2022.\n\nCosta Rica was the first Central American country to"
            " establish diplomatic relations with China since 1990.",
            "first Central American country",
        ),
        (
            "La Habana, 2 de mayo de 2018.\n\nCuba fue el primer país latinoamericano en"
            " establecer relaciones diplomáticas con China.",
            "primer país latinoamericano",
        ),
        (
            "Santiago, 2 May 2018.\n\nChile was the first South American country to establish"
            " diplomatic relations with China.",
            "first South American country",
        ),
        (
            "San José, 3 de setembro de 2018.\n\nA Costa Rica foi o primeiro país da América"
            " Central a assinar um tratado de livre comércio com a China.",
            "primeiro país",
        ),
    ],
)
def test_a_first_no_ended_relations_precede_is_still_borne_out(text, claim):
    """Guards: a first relative to an earlier event ("since 1990"), a first no ended relations
    of the group precede (Cuba 1960, Chile 1970), and a first of another tie (Costa Rica's FTA)
    keep today's order."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason
