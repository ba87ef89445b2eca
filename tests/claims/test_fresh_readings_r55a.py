"""General readings found on the fresh dev texts 583-584 of the unseen set (branch round-r55a:
a "Chart of the Day" on twenty years of China-Dominica ties, March 2024, and China Daily on Xi
Jinping's visit to Trinidad and Tobago, June 2013), each with real-shaped sentences (our own) in
English, Spanish and Portuguese, checked against the package's knowledge base.

* "The two countries" written after a region are China and the one state named before them:
  "the first Chinese president to visit Trinidad and Tobago and the Caribbean region since the
  two countries established diplomatic relations 39 years ago" counts back to Trinidad and
  Tobago's ties, not to the region's (text 584: main read the region and judged nothing).
* Relations China holds with a partner named after "with" since a date, a word of their
  steadiness allowed, are the diplomatic tie: "China has kept stable relations with Trinidad and
  Tobago since 1974" (text 584: main recognised no metric). Borne out only, as every held tie's
  "since" is; a word of their kind or closeness, or Taiwan as the partner, is still no tie.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

# Trinidad and Tobago's ties with the PRC: 1974-06-20 (two stored rows).

# --- "the two countries" after a region: China and the one state named ----------------------

PAIR_AFTER_REGION = [
    (
        "Xi arrived in Port of Spain on Friday. He is the first Chinese president to visit"
        " Trinidad and Tobago and the Caribbean region since the two countries established"
        " diplomatic relations 39 years ago.",
        "39 years",
    ),
    (
        "Xi llegó a Puerto España el viernes. Es el primer presidente chino que visita Trinidad y"
        " Tobago y la región del Caribe desde que ambos países establecieron relaciones"
        " diplomáticas hace 39 años.",
        "39 años",
    ),
    (
        "Xi chegou a Porto de Espanha na sexta-feira. É o primeiro presidente chinês a visitar"
        " Trinidad e Tobago e o Caribe desde que os dois países estabeleceram relações"
        " diplomáticas há 39 anos.",
        "39 anos",
    ),
]


@pytest.mark.parametrize(("text", "span"), PAIR_AFTER_REGION)
def test_the_two_countries_after_a_region_are_china_and_the_state(text, span):
    result = checked(text, span, date="2013-06-02")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.claim.entity == "TTO"


# Guards: the region alone ("the two regions", no state named) is still the region's, and a
# state named with the region but no "two countries" keeps the reading main gave it.
PAIR_GUARDS = [
    (
        "Trade between China and the Caribbean region has grown fast since the two sides"
        " launched their forum 10 years ago.",
        "10 years",
        "LAC",
    ),
]


@pytest.mark.parametrize(("text", "span", "entity"), PAIR_GUARDS)
def test_no_pair_named_keeps_the_region(text, span, entity):
    result = checked(text, span, date="2013-06-02")
    assert result.claim.entity == entity
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- relations China holds with a named partner since a date ----------------------------------

HELD_BY_CHINA = [
    (
        "China has kept stable relations with Trinidad and Tobago since 1974, the envoy said.",
        "1974",
    ),
    (
        "China mantiene relaciones estables con Trinidad y Tobago desde 1974, dijo el embajador.",
        "1974",
    ),
    (
        "A China mantém relações estáveis com Trinidad e Tobago desde 1974, disse o embaixador.",
        "1974",
    ),
    ("China has maintained relations with Trinidad and Tobago since 1974.", "1974"),
]


@pytest.mark.parametrize(("text", "span"), HELD_BY_CHINA)
def test_relations_china_holds_since_a_year_are_the_tie(text, span):
    result = checked(text, span, date="2013-06-02")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "1974-06-20" in result.reason


# Guards: a later "since" is only borne out, never refuted; relations of a kind or closeness,
# and Taiwan as the partner, are no tie with China.
HELD_GUARDS = [
    ("China has kept stable relations with Trinidad and Tobago since 1990.", "1990"),
    ("China ha mantenido relaciones comerciales con Trinidad y Tobago desde 1960.", "1960"),
    ("China has had close relations with Trinidad and Tobago since 2013.", "2013"),
    ("Haiti has maintained stable relations with Taiwan since 1956.", "1956"),
]


@pytest.mark.parametrize(("text", "span"), HELD_GUARDS)
def test_other_relations_or_a_later_since_stay_unjudged(text, span):
    result = checked(text, span, date="2013-06-02")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
