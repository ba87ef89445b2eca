"""General readings found on the fresh dev texts 599-600 of the unseen set (branch round-r57a:
the Taipei Times (AFP) on China's advance in Central America, November 2023, and The Diplomat on
Costa Rica's recognition of Beijing, November 2022), each with real-shaped sentences (our own) in
the languages where the reading applies, checked against the package's knowledge base.

* A switch of recognition told with "moved" or "changed" ("Costa Rica moved its diplomatic
  recognition from Taipei to Beijing in 2007", "movió su reconocimiento de Taiwán a China") names
  the state's relations with the PRC, as "switched" does; so does "switched … recognition away
  from Taiwan to China" (text 599/600: main recognised no metric and left the years unjudged).
* The first item of a list a colon opens, whose act is named before the colon ("… moved their
  recognition from Taipei to Beijing: Panama in 2017, El Salvador in 2018 …"), takes that act as
  the later items already did (text 600: main judged El Salvador and Nicaragua, not Panama). A
  likely reading only: a wrong year is left unjudged, never refuted; a list after a colon that
  names no tie dates none.
* Relations told with the gerund ("China gained ground, establishing relations with Panama
  (2017), El Salvador (2018) …", "estableciendo relaciones con", "estabelecendo relações com")
  are the diplomatic tie, as "established relations" is (the Taipei Times page of text 599 words
  it so; main recognised no metric). Relations of a kind ("establishing trade relations") are not.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

MOVED_RECOGNITION = [
    (
        "China has kept gaining ground in the isthmus since Costa Rica moved its diplomatic"
        " recognition from Taipei to Beijing in 2007.",
        "2007",
    ),
    (
        "Costa Rica changed its diplomatic recognition from Taiwan to China in 2007, after a year"
        " of secret talks.",
        "2007",
    ),
    (
        "China ha ganado terreno en el istmo desde que Costa Rica movió su reconocimiento"
        " diplomático de Taiwán a China en 2007.",
        "2007",
    ),
    (
        "Costa Rica switched its recognition away from Taiwan to China in 2007, under President"
        " Óscar Arias.",
        "2007",
    ),
]


@pytest.mark.parametrize(("text", "span"), MOVED_RECOGNITION)
def test_a_switch_told_with_moved_or_changed_is_the_relations_tie(text, span):
    result = checked(text, span, date="2023-11-21")
    assert result.verdict is Verdict.SUPPORTED
    assert "CRI diplomatic_relations_prc" in result.reason
    assert "2007-06-01" in result.reason


def test_a_wrong_year_of_a_moved_recognition_is_refuted():
    # metric, entity and year are certain: the year is refuted as a "switched" one is
    result = checked(
        "Panama moved its diplomatic recognition from Taipei to Beijing in 2016.",
        "2016",
        date="2023-11-21",
    )
    assert result.verdict is Verdict.CONTRADICTED
    assert "PAN diplomatic_relations_prc" in result.reason


COLON_LISTS = [
    (
        "Several of the region's states moved their recognition from Taipei to Beijing only in"
        " recent years: Panama in 2017, El Salvador in 2018 and Nicaragua in 2021.",
        "2017",
    ),
    (
        "Varios países de la región rompieron con Taiwán en los últimos años: Panamá en 2017, El"
        " Salvador en 2018 y Nicaragua en 2021.",
        "2017",
    ),
    (
        "Vários países da região romperam com Taiwan nos últimos anos: o Panamá em 2017, El"
        " Salvador em 2018 e a Nicarágua em 2021.",
        "2017",
    ),
]


@pytest.mark.parametrize(("text", "span"), COLON_LISTS)
def test_the_first_item_of_a_list_after_a_colon_takes_the_act_named_before_it(text, span):
    result = checked(text, span, date="2022-11-15")
    assert result.verdict is Verdict.SUPPORTED
    assert result.claim.entity == "PAN"
    assert "2017-06-13" in result.reason


GERUND_RELATIONS = [
    "China has steadily gained ground in Central America, establishing relations with Panama"
    " (2017), El Salvador (2018) and Nicaragua (2021).",
    "China ha ganado terreno en Centroamérica, estableciendo relaciones con Panamá (2017), El"
    " Salvador (2018) y Nicaragua (2021).",
    "A China ganhou terreno na América Central, estabelecendo relações com o Panamá (2017), El"
    " Salvador (2018) e a Nicarágua (2021).",
]


@pytest.mark.parametrize("text", GERUND_RELATIONS)
def test_relations_told_with_the_gerund_are_the_diplomatic_tie(text):
    result = checked(text, "2017", date="2023-11-21")
    assert result.verdict is Verdict.SUPPORTED
    assert "PAN diplomatic_relations_prc" in result.reason


def test_a_wrong_year_after_establishing_relations_is_refuted():
    result = checked(
        "China gained ground, establishing relations with Panama (2016), El Salvador (2018) and"
        " Nicaragua (2021).",
        "2016",
        date="2023-11-21",
    )
    assert result.verdict is Verdict.CONTRADICTED
    assert "PAN diplomatic_relations_prc" in result.reason


# Guards (pass on main too): the first item's wrong year is not refuted (a likely reading only),
# a list after a colon that names no tie dates none, and the later items keep their reading.


def test_a_wrong_year_as_the_first_item_after_a_colon_is_not_refuted():
    result = checked(
        "Several states switched recognition to Beijing: Panama in 2016, El Salvador in 2018.",
        "2016",
        date="2022-11-15",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


def test_a_list_after_a_colon_that_names_no_tie_dates_none():
    result = checked(
        "The region's exports to China grew fast: Panama in 2017, El Salvador in 2018.",
        "2017",
        date="2022-11-15",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


def test_the_later_items_of_a_colon_list_keep_their_reading():
    result = checked(
        "Several states switched recognition to Beijing: Panama in 2017, El Salvador in 2018.",
        "2018",
        date="2022-11-15",
    )
    assert result.verdict is Verdict.SUPPORTED
    assert result.claim.entity == "SLV"


def test_moved_talks_to_beijing_names_no_tie():
    result = checked(
        "Costa Rica moved its trade talks from Taipei to Beijing in 2009.",
        "2009",
        date="2023-11-21",
    )
    assert result.verdict is not Verdict.CONTRADICTED


def test_establishing_trade_relations_names_no_tie():
    result = checked(
        "China gained ground, establishing trade relations with Panama (2017), El Salvador (2018)"
        " and Nicaragua (2021).",
        "2017",
        date="2023-11-21",
    )
    assert result.verdict is Verdict.UNVERIFIABLE
