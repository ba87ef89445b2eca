"""General readings found on the fresh dev texts 559-560 of the unseen set (branch round-r52a,
round 52a: Uruguay's foreign minister meeting Wang Yi in Beijing in August 2018, and the start of
Díaz-Canel's official visit to China in November 2018), each with real-shaped sentences (our own)
in Spanish, English and Portuguese, checked against the package's knowledge base.

* A rank told as of today ("la joven República, nacida en 1949, que hoy es la segunda potencia",
  "which today is the world's second largest economy", "que hoje é a segunda potência") is no
  place in the order of a tie that a year of the sentence dates (text 560: main refuted "la
  segunda potencia" by Cuba's diplomatic relations of 1960). Such a rank is left to the other
  rules; the "first" rank of the same sentence is still borne out.
* A year followed by the "when" clause of a tie's event ("en el año 2016, cuando se estableció la
  Asociación Estratégica", "in 2016, when the two countries established their strategic
  partnership", "em 2016, quando foi estabelecida a Parceria Estratégica") is that event's date,
  a claim of its own beside the sentence's other figures (text 559: main took 2016 as the period
  of "dos ministros" and judged no date). Only borne out, never refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a rank told as of today is no place in a tie's order ---------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Shanghái, 5 de noviembre de 2018 — La cancillería china recordó que en 1960 Cuba fue"
            " el primer país de Latinoamérica y el Caribe en establecer lazos diplomáticos con la"
            " joven República socialista, nacida apenas 11 años atrás, en 1949, que hoy es la"
            " segunda potencia y un referente en el mundo.",
            "segunda potencia",
        ),
        (
            "Havana, November 5, 2018 — In 1960 Cuba became the first country in Latin America to"
            " establish diplomatic relations with the young People's Republic, founded only 11"
            " years earlier, in 1949, which today is the second largest economy in the world.",
            "second largest economy",
        ),
        (
            "Havana, 5 de novembro de 2018 — Em 1960 Cuba foi o primeiro país da América Latina a"
            " estabelecer relações diplomáticas com a jovem República socialista, fundada apenas"
            " 11 anos antes, em 1949, que hoje é a segunda potência do mundo.",
            "segunda potência",
        ),
    ],
)
def test_a_rank_of_today_is_no_place_in_the_order_of_a_tie(text, claim):
    """Cuba's ties with the PRC are stored from 1960-09-28; 1949 dates no tie of Cuba."""
    result = one(check(text), claim)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Shanghái, 5 de noviembre de 2018 — La cancillería china recordó que en 1960 Cuba fue"
            " el primer país de Latinoamérica y el Caribe en establecer lazos diplomáticos con la"
            " joven República socialista, que hoy es la segunda potencia del mundo.",
            "primer país",
        ),
        (
            "Havana, November 5, 2018 — In 1960 Cuba became the first country in Latin America to"
            " establish diplomatic relations with the People's Republic, which today is the second"
            " largest economy in the world.",
            "first country",
        ),
    ],
)
def test_the_first_rank_beside_a_rank_of_today_is_still_borne_out(text, claim):
    """Guard: the rank the sentence's year dates keeps its reading (passes on main too)."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a year before the "when" clause of a tie's event is that event's date ------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Montevideo, agosto de 2018. Los dos ministros revisaron lo logrado desde que los"
            " presidentes Tabaré Vázquez y Xi Jinping se encontraron en el año 2016, cuando se"
            " estableció la Asociación Estratégica entre Uruguay y China.",
            "2016",
        ),
        (
            "Montevideo, August 2018. The two ministers reviewed the results since presidents"
            " Tabaré Vázquez and Xi Jinping met in 2016, when Uruguay and China established their"
            " strategic partnership.",
            "2016",
        ),
        (
            "Montevidéu, agosto de 2018. Os dois ministros revisaram os resultados desde que os"
            " presidentes Tabaré Vázquez e Xi Jinping se encontraram em 2016, quando foi"
            " estabelecida a Parceria Estratégica entre o Uruguai e a China.",
            "2016",
        ),
    ],
)
def test_a_year_before_a_when_clause_dates_the_tie(text, claim):
    """Uruguay's strategic partnership with China is stored from October 2016."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Montevideo, agosto de 2018. Los dos ministros revisaron lo logrado desde que los"
            " presidentes se encontraron en el año 2014, cuando se estableció la Asociación"
            " Estratégica entre Uruguay y China.",
            "2014",
        ),
        (
            "Montevideo, August 2018. The two ministers reviewed the results since the presidents"
            " met in 2014, when Uruguay and China established their strategic partnership.",
            "2014",
        ),
    ],
)
def test_a_year_before_a_when_clause_is_never_refuted(text, claim):
    """Guard: a year the stored tie (2016-10) does not bear out is not refuted by it."""
    results = [r for r in check(text) if r.claim.text == claim]
    assert all(r.verdict is not Verdict.CONTRADICTED for r in results), [r.reason for r in results]


def test_a_when_clause_with_no_event_verb_adds_no_date():
    """Guard: ", cuando el comercio creció" tells no tie's event; the year stays a period."""
    text = (
        "Montevideo, agosto de 2018. Las exportaciones a China sumaron US$ 2.549 millones en"
        " 2017, cuando el comercio creció con fuerza."
    )
    assert not [r for r in check(text) if r.claim.text == "2017"]
