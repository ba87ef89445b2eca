"""General readings found on the fresh dev texts 623-624 of the unseen set (branch round-r60b:
People's Daily/Xinhua on the entry into force of the modernized China-Chile FTA, March 2019, and
Montevideo Portal on Lacalle Pou's meeting with Xi Jinping, November 2023), each with
real-shaped sentences (our own) in the languages where the reading applies, checked against the
package's knowledge base.

* A count whose list gives a count to each item ("tres rondas de negociación: dos se celebraron
  en China y una en Chile", "three rounds of talks: two were held in China and one in Chile",
  "três rodadas: duas na China e uma no Chile") is split by place, not listed: the places are not
  its items (text 623: main called three rounds "inconsistent", listing China and Chile). A
  list of names that does not match its count is still inconsistent.
* A year whose apposition tells the signing of an FTA with China ("desde 2006, año en que Chile
  pasó a ser el primer país de Latinoamérica en firmar un TLC con China", "since 2006, the year
  Chile became the first … to sign a free trade agreement with China", "desde 2006, ano em que
  o Chile … a assinar um acordo de livre comércio com a China") is the signature's year as
  written, judged against the signing (text 623: main held it as "the year of the event named
  after it", never refuted). Not when the apposition first tells another event (entry into
  force) or an agreement with another partner, nor when the clause names two states.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

ROUNDS = [
    (
        "La modernización del tratado se cerró en tres rondas de negociación: dos se"
        " celebraron en China y una en Chile.",
        "tres rondas",
    ),
    (
        "The upgrade was closed in three rounds of talks: two were held in China and one in Chile.",
        "three rounds",
    ),
    (
        "A modernização foi concluída em três rodadas de negociação: duas foram realizadas na"
        " China e uma no Chile.",
        "três rodadas",
    ),
]


@pytest.mark.parametrize(("text", "span"), ROUNDS)
def test_a_count_split_by_place_is_no_list_of_places(text, span):
    result = checked(text, span, date="2019-03-01")
    assert result.verdict is not Verdict.INCONSISTENT
    assert result.verdict is Verdict.UNVERIFIABLE


def test_a_list_of_names_that_misses_its_count_is_still_inconsistent():
    # guard: the items are names, not counts
    result = checked(
        "Three countries signed the deal: Chile, Peru, Costa Rica and Ecuador.",
        "Three countries signed",
        date="2019-03-01",
    )
    assert result.verdict is Verdict.INCONSISTENT


SIGNING_YEARS = [
    "Desde 2006, año en que Chile pasó a ser el primer país de Latinoamérica en firmar un TLC"
    " con China, más del 97 por ciento de los productos chilenos entran sin aranceles.",
    "Since 2006, the year Chile became the first Latin American country to sign a free trade"
    " agreement with China, most Chilean goods have entered duty-free.",
    "Desde 2006, ano em que o Chile se tornou o primeiro país latino-americano a assinar um"
    " acordo de livre comércio com a China, quase todos os produtos chilenos entram sem"
    " tarifas.",
]


@pytest.mark.parametrize("text", SIGNING_YEARS)
def test_a_year_whose_apposition_tells_the_signing_is_judged_as_the_signature(text):
    result = checked(text, "2006", date="2019-03-01")
    assert result.verdict is Verdict.CONTRADICTED
    assert result.claim.period is not None and result.claim.period.start_year == 2006
    assert "signature" in result.reason


def test_the_right_signing_year_in_apposition_is_borne_out():
    # guard: 2005 is Chile's stored signature
    result = checked(
        "Desde 2005, año en que Chile firmó un TLC con China, el comercio se cuadruplicó.",
        "2005",
        date="2019-03-01",
    )
    assert result.verdict is Verdict.SUPPORTED


def test_an_apposition_that_first_tells_the_entry_into_force_is_not_a_signing():
    # guard: the year is the entry into force's (2006-10-01), borne out as before
    result = checked(
        "Desde 2006, año en que entró en vigor el TLC que Chile firmó con China, el comercio"
        " se cuadruplicó.",
        "2006",
        date="2019-03-01",
    )
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "Desde 2006, año en que Perú firmó un TLC con Estados Unidos, el comercio con China"
        " creció mucho.",
        "Since 2006, the year Peru signed a free trade agreement with the United States, trade"
        " with China grew.",
        "Desde 2006, ano em que o Peru assinou um acordo de livre comércio com os Estados"
        " Unidos, o comércio com a China cresceu.",
    ],
)
def test_a_signing_with_another_partner_is_not_refuted(text):
    # guard: the agreement is with the United States, not China
    result = checked(text, "2006", date="2019-03-01")
    assert result.verdict is not Verdict.CONTRADICTED


def test_two_states_in_the_clause_keep_the_year_unrefuted():
    # guard: Chile and Peru in one clause, the state is uncertain
    result = checked(
        "Chile ve crecer su comercio desde 2009, año en que Perú firmó un TLC con China.",
        "2009",
        date="2019-03-01",
    )
    assert result.verdict is not Verdict.CONTRADICTED
