"""General readings found on the fresh dev texts 627-628 of the unseen set (branch round-r60d:
an AFP dispatch on Panama's first embassy in China, July 2017, and Asia Northeast on Panama's
break with Taipei, June 2017), each with real-shaped sentences (our own) in the languages where
the reading applies, checked against the package's knowledge base.

* A total split into parts by place after "of which" ("un total de 20 países, de los que 12
  están en Latinoamérica, uno en Europa, dos en África y seis en el Pacífico Sur", "a total of
  20 countries, of which 12 are in Latin America, one in Europe, …", "um total de 20 países,
  dos quais 12 estão na América Latina, um na Europa, …") whose parts sum to more than the total
  contradicts itself (text 628: main read no metric and answered "unverifiable"). Parts that sum
  to the total, or to less (some may be left out), are not read.
* The establishment of relations "with Beijing" told as a noun ("anunció el establecimiento de
  relaciones diplomáticas con Pekín", "announced the establishment of diplomatic relations with
  Beijing", "anunciou o estabelecimento de relações diplomáticas com Pequim") in a sentence that
  names only China is the article's state's tie, as the verb "estableció relaciones … con
  Pekín" was (round 44b) (text 627: main read the day for China and judged nothing). A likely
  reading: borne out, never refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

OVER = [
    (
        "Taiwán se queda con un total de 20 países en todo el mundo, de los que 12 están en"
        " Latinoamérica y el Caribe, uno en Europa, dos en África y seis en el Pacífico Sur.",
        "20 países",
    ),
    (
        "Taiwan is left with a total of 20 countries worldwide, of which 12 are in Latin America"
        " and the Caribbean, one in Europe, two in Africa and six in the South Pacific.",
        "20 countries worldwide",
    ),
    (
        "Taiwan fica com um total de 20 países no mundo, dos quais 12 estão na América Latina e"
        " no Caribe, um na Europa, dois na África e seis no Pacífico Sul.",
        "20 países",
    ),
]


@pytest.mark.parametrize(("text", "span"), OVER)
def test_parts_that_sum_to_more_than_their_total_are_inconsistent(text, span):
    result = checked(text, span, date="2017-06-14")
    assert result.verdict is Verdict.INCONSISTENT
    assert "sum to 21" in result.reason


SUMS = [
    (
        "Taiwán se queda con un total de 20 países en todo el mundo, de los que 11 están en"
        " Latinoamérica y el Caribe, uno en Europa, dos en África y seis en el Pacífico Sur.",
        "20 países",
    ),
    (
        "Taiwan is left with a total of 20 countries worldwide, of which 11 are in Latin America"
        " and the Caribbean and six in the South Pacific.",
        "20 countries worldwide",
    ),
    (
        "Taiwan fica com um total de 20 países no mundo, dos quais 11 estão na América Latina e"
        " seis no Pacífico Sul.",
        "20 países",
    ),
]


@pytest.mark.parametrize(("text", "span"), SUMS)
def test_parts_that_sum_to_the_total_or_less_are_not_read(text, span):
    # guard: parts that add up, or leave some out, contradict nothing
    result = checked(text, span, date="2017-06-14")
    assert result.verdict is not Verdict.INCONSISTENT


def test_a_share_after_of_which_is_no_part_by_place():
    # guard: percentages and amounts after "of which" are not counts of places
    result = checked(
        "China signed 20 agreements with the region, of which 12% in trade and 15% in energy.",
        "20 agreements",
        date="2017-06-14",
    )
    assert result.verdict is not Verdict.INCONSISTENT


ESTABLISHMENT = [
    (
        "Panamá abrió su embajada en Pekín este martes.\n\nSegún el comunicado, la legación ya"
        " funciona.\n\nEl 12 de junio, el presidente Juan Carlos Varela anunció el establecimiento de relaciones diplomáticas con Pekín.",
        "12 de junio",
    ),
    (
        "Panama opened its embassy in Beijing on Tuesday.\n\nThe legation is already at work,"
        " the statement said.\n\nOn June 12, President Juan Carlos Varela announced the establishment of diplomatic relations with Beijing.",
        "June 12",
    ),
    (
        "O Panamá abriu sua embaixada em Pequim nesta terça-feira.\n\nSegundo o comunicado, a"
        " legação já funciona.\n\nEm 12 de junho, o presidente Juan Carlos Varela anunciou o estabelecimento de relações diplomáticas com Pequim.",
        "12 de junho",
    ),
]


@pytest.mark.parametrize(("text", "span"), ESTABLISHMENT)
def test_the_establishment_of_relations_with_beijing_is_the_articles_states(text, span):
    result = checked(text, span, date="2017-07-25")
    assert result.verdict is Verdict.SUPPORTED
    assert result.claim.entity == "PAN"


@pytest.mark.parametrize(("text", "span"), ESTABLISHMENT)
def test_a_wrong_day_of_that_reading_is_never_refuted(text, span):
    # guard: the state is taken from the sentences before, a likely reading only
    wrong = text.replace("12", "20")
    result = checked(wrong, span.replace("12", "20"), date="2017-07-25")
    assert result.verdict is not Verdict.CONTRADICTED
