"""General readings found on the fresh dev texts 619-620 of the unseen set (branch round-r59c:
China Daily on Trinidad and Tobago's Belt and Road memorandum, May 2018, and the Global Times on
China and Guyana, March 2023), each with real-shaped sentences (our own) in the languages where
the reading applies, checked against the package's knowledge base.

* A day in a sentence that tells the Nth anniversary (or N years) of a tie, N years after the
  tie's stored year, is the day the anniversary is marked ("at a briefing on the 50th anniversary
  of the establishment of diplomatic relations, held on June 20, 2022", "en el 50 aniversario …,
  celebrado el 20 de junio de 2022", "no 50º aniversário …, realizado em 20 de junho de 2022"),
  not the tie's event (text 620: main refuted the briefing's day by Guyana's relations of
  1972-06-27). Not refuted; a date that is not N years after the tie is still judged.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

OCCASIONS = [
    (
        "At a briefing on the 50th anniversary of the establishment of diplomatic relations"
        " between China and Guyana, held on June 20, 2022, the Chinese ambassador spoke of"
        " shared goals.",
        "June 20, 2022",
    ),
    (
        "En una rueda de prensa sobre el 50 aniversario del establecimiento de relaciones"
        " diplomáticas entre China y Guyana, celebrada el 20 de junio de 2022, la embajadora"
        " habló de metas comunes.",
        "junio de 2022",
    ),
    (
        "Numa coletiva sobre o 50º aniversário do estabelecimento de relações diplomáticas entre"
        " a China e a Guiana, realizada em 20 de junho de 2022, a embaixadora falou de metas"
        " comuns.",
        "junho de 2022",
    ),
]


@pytest.mark.parametrize(("text", "span"), OCCASIONS)
def test_the_day_an_anniversary_is_marked_is_not_the_ties_event(text, span):
    result = checked(text, span, date="2023-03-02")
    assert result.verdict is Verdict.UNVERIFIABLE


def test_the_anniversary_itself_is_still_borne_out():
    # guard: the ordinal counts back to the tie of 1972 and is borne out as before
    result = checked(OCCASIONS[0][0], "50th anniversary", date="2023-03-02")
    assert result.verdict is Verdict.SUPPORTED


def test_a_wrong_year_of_the_event_beside_an_anniversary_is_still_refuted():
    # guard: 1975 is not fifty years after the tie of 1972: the tie's own date, told wrong
    result = checked(
        "Guyana marked in 2022 the 50th anniversary of the diplomatic relations it established"
        " with China in June 1975.",
        "June 1975",
        date="2023-03-02",
    )
    assert result.verdict is Verdict.CONTRADICTED
    assert "GUY diplomatic_relations_prc" in result.reason


def test_a_wrong_day_with_no_anniversary_is_still_refuted():
    # guard: with no anniversary told, the day dates the establishment itself
    result = checked(
        "China and Guyana established diplomatic relations on June 20, 2022.",
        "June 20, 2022",
        date="2023-03-02",
    )
    assert result.verdict is Verdict.CONTRADICTED
