"""General readings found on the fresh dev texts 593-594 of the unseen set (branch round-r56b:
Diario CR's copy of Xinhua's figures for the China-CELAC Forum's decade, May 2025, and an undated
Grupo ASX page on China-LAC trade of 2021), found by probing the texts' sentences, each with
real-shaped sentences (our own) in the languages where the reading applies, checked against the
package's knowledge base.

* A count of states whose own sentence names one kind of tie is not read as a count of another
  kind's states because the sentence before completed its noun with that other kind: "21
  countries have joined the Belt and Road. Four countries of the region have signed free trade
  agreements with China", "… Franja y la Ruta. Tres países de la región, Chile, Perú y Costa
  Rica, tienen un tratado de libre comercio con China" (main read the FTA states as Belt and
  Road members, from the "countries" the sentence before requires). The FTA count is read when
  the sentence's own phrase names it; else no metric. A count whose own sentence names the Belt
  and Road is still a count of its members.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

# --- a count of FTA states after a sentence on the Belt and Road --------------------------------

FTA_AFTER_BRI = [
    (
        "Lima, October 20, 2022\n\nA total of 21 Latin American and Caribbean countries have"
        " joined the Belt and Road. Four countries of the region have signed free trade"
        " agreements with China.",
        "Four countries",
        "fta_count",
    ),
    (
        "Lima, 20 de octubre de 2022\n\nUn total de 21 países de América Latina y el Caribe se"
        " han sumado a la Franja y la Ruta. Tres países de la región, Chile, Perú y Costa Rica,"
        " tienen un tratado de libre comercio con China.",
        "Tres países",
        None,
    ),
    (
        "Lima, 20 de octubre de 2022\n\nUn total de 21 países de América Latina y el Caribe se"
        " han sumado a la Franja y la Ruta. Cuatro países de la región (Chile, Perú, Costa Rica"
        " y Ecuador) han suscrito un acuerdo bilateral de libre comercio con China.",
        "Cuatro países",
        None,
    ),
    (
        "Lima, 20 de outubro de 2022\n\nUm total de 21 países da América Latina e do Caribe"
        " aderiram à Iniciativa Cinturão e Rota. Três países da região, Chile, Peru e Costa Rica,"
        " têm um tratado de livre comércio com a China.",
        "Três países",
        None,
    ),
]


@pytest.mark.parametrize(("text", "span", "metric"), FTA_AFTER_BRI)
def test_a_count_of_fta_states_is_not_read_as_belt_and_road_members(text, span, metric):
    result = checked(text, span, date="2022-10-20")
    assert result.claim.metric != "bri_members_count"
    assert result.claim.metric == metric
    assert result.verdict is not Verdict.CONTRADICTED


# Guards (pass on main too): the count the Belt and Road sentence itself completes is its
# members', borne out by the stored 21 of 2022-10; an FTA count in a sentence of its own is
# still the FTA count.
BRI_OWN = [
    (
        "Lima, October 20, 2022\n\nA total of 21 Latin American and Caribbean countries have"
        " joined the Belt and Road. Four countries of the region have signed free trade"
        " agreements with China.",
        "21 Latin American",
    ),
    (
        "Lima, 20 de octubre de 2022\n\nUn total de 21 países de América Latina y el Caribe se"
        " han sumado a la Franja y la Ruta. Tres países de la región, Chile, Perú y Costa Rica,"
        " tienen un tratado de libre comercio con China.",
        "21 países",
    ),
    (
        "Lima, 20 de outubro de 2022\n\nUm total de 21 países da América Latina e do Caribe"
        " aderiram à Iniciativa Cinturão e Rota. Três países da região têm acordos de livre"
        " comércio com a China.",
        "21 países",
    ),
]


@pytest.mark.parametrize(("text", "span"), BRI_OWN)
def test_the_belt_and_road_count_of_its_own_sentence_is_kept(text, span):
    result = checked(text, span, date="2022-10-20")
    assert result.claim.metric == "bri_members_count"
    assert result.verdict is Verdict.SUPPORTED


def test_an_fta_count_in_a_paragraph_of_its_own_is_read():
    text = (
        "Lima, 20 de octubre de 2022\n\nTres países de la región tienen tratados de libre"
        " comercio con China."
    )
    result = checked(text, "Tres países", date="2022-10-20")
    assert result.claim.metric == "fta_count"
