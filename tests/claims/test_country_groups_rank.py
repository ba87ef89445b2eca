"""Ranks of states within a group narrower than a subregion (branch round-groups): "the first
English-speaking Caribbean country to establish diplomatic relations with China", "el primer país
del Caribe anglófono …", "o primeiro país caribenho de língua inglesa …", "the first CARICOM
member …". The group's members are read from data/knowledge/country_groups.csv (sourced: the CIA
World Factbook's country profiles and its appendix on Caricom), and the ties table is ordered
among them as it is within a subregion. Real-shaped sentences of our own, checked against the
package's knowledge base (dev texts 334, 383 and 509 of the unseen set: main left Guyana's first
of 1972 unjudged, NARROWER_GROUP).

* Guyana's relations of 1972-06-27 lead the group (Jamaica 1972-11-21, Trinidad and Tobago 1974,
  Barbados 1977): Guyana's first is supported, Barbados's refuted as a plain first of a subregion
  is (a well-sourced leader dated a year or more earlier).
* Cuba (1960) is no English-speaking Caribbean state: its "first" of the group is not judged by
  the region's order.
* A group nothing stores ("the first Andean country"), or a group named outside the rank's words
  beside another, leaves the rank unjudged; a sentence naming no group is unchanged.
"""

from __future__ import annotations

import pytest

from chinalac.claims import KnowledgeView, Verdict, check
from chinalac.claims.vocabulary import fold


def rank_result(text: str, words: str):
    found = [r for r in check(text) if r.claim.text.startswith(words)]
    assert len(found) == 1, [r.claim.text for r in check(text)]
    return found[0]


GUYANA_FIRST = {
    "en": (
        "Georgetown, June 2022\n\nGuyana was the first country in the English-speaking Caribbean"
        " to establish diplomatic relations with China.",
        "first country",
    ),
    "en-adjective": (
        "Georgetown, June 2022\n\nGuyana was the first English-speaking Caribbean nation to"
        " establish diplomatic relations with China.",
        "first English-speaking",
    ),
    "es": (
        "Georgetown, junio de 2022\n\nGuyana fue el primer país del Caribe anglófono en establecer"
        " relaciones diplomáticas con China.",
        "primer país",
    ),
    "es-habla": (
        "Georgetown, junio de 2022\n\nGuyana fue el primer país caribeño de habla inglesa en"
        " establecer relaciones diplomáticas con China.",
        "primer país",
    ),
    "pt": (
        "Georgetown, junho de 2022\n\nA Guiana foi o primeiro país caribenho de língua inglesa a"
        " estabelecer relações diplomáticas com a China.",
        "primeiro país",
    ),
    "en-caricom": (
        "Georgetown, June 2022\n\nGuyana was the first CARICOM member to establish diplomatic"
        " relations with China.",
        "first CARICOM",
    ),
    "es-caricom": (
        "Georgetown, junio de 2022\n\nGuyana fue el primer miembro de la Comunidad del Caribe en"
        " establecer relaciones diplomáticas con China.",
        "primer miembro",
    ),
}


@pytest.mark.parametrize("case", sorted(GUYANA_FIRST))
def test_guyana_first_of_the_group_is_borne_out_by_the_ties_order(case):
    """Guyana's relations (1972-06-27) come first among the group's members."""
    text, words = GUYANA_FIRST[case]
    result = rank_result(text, words)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.claim.entity == "GUY" and "GUY" in result.reason


BARBADOS_FIRST = {
    "en": (
        "Bridgetown, May 2017\n\nBarbados became the first English-speaking Caribbean country to"
        " establish diplomatic relations with China, in 1977.",
        "first English-speaking",
    ),
    "es": (
        "Bridgetown, mayo de 2017\n\nBarbados fue el primer país del Caribe de habla inglesa en"
        " establecer relaciones diplomáticas con China, en 1977.",
        "primer país",
    ),
    "pt": (
        "Bridgetown, maio de 2017\n\nBarbados foi o primeiro país do Caribe de língua inglesa a"
        " estabelecer relações diplomáticas com a China, em 1977.",
        "primeiro país",
    ),
}


@pytest.mark.parametrize("lang", sorted(BARBADOS_FIRST))
def test_barbados_first_of_the_group_is_refuted_by_guyana(lang):
    """Barbados's relations (1977-05-30) come after Guyana's (1972-06-27), a reputable row."""
    text, words = BARBADOS_FIRST[lang]
    result = rank_result(text, words)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "GUY" in result.reason and "BRB" in result.reason


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Cuba (1960) leads the region, but is no English-speaking Caribbean state.
        (
            "Havana, 2020\n\nCuba was the first country in the English-speaking Caribbean to"
            " establish diplomatic relations with China.",
            "first country",
        ),
        # A group nothing stores.
        (
            "Georgetown, June 2022\n\nGuyana was the first Andean country to establish diplomatic"
            " relations with China.",
            "first Andean",
        ),
        # CARICOM named outside the rank's words, the Caribbean in them: which group ranks?
        (
            "Kingston, 2022\n\nAt the CARICOM summit, Jamaica recalled it was the first country in"
            " the Caribbean to establish diplomatic relations with China.",
            "first country",
        ),
    ],
)
def test_a_group_not_held_or_not_the_ranks_leaves_the_rank_unjudged(text, words):
    result = rank_result(text, words)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_a_rank_naming_no_group_is_unchanged():
    """No group word: the subregion's order as before (Cuba's relations of 1960 lead the
    Caribbean; round 47a)."""
    text = (
        "Kingston, August 2022\n\nJamaica became the first country in the Caribbean to establish"
        " diplomatic relations with China in 1972."
    )
    result = rank_result(text, "first country")
    assert result.verdict is Verdict.CONTRADICTED and "CUB" in result.reason


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("the first english-speaking caribbean country to sign", "english_caribbean"),
        ("the first country in the anglophone caribbean to sign", "english_caribbean"),
        ("the first english-speaking country in the caribbean to sign", "english_caribbean"),
        ("el primer pais del caribe de habla inglesa en firmar", "english_caribbean"),
        ("o primeiro pais caribenho de lingua inglesa a assinar", "english_caribbean"),
        ("the first caricom member state to sign", "caricom"),
        ("o primeiro pais da comunidade do caribe a assinar", "caricom"),
        ("the first caribbean country to sign", None),
        ("the first country to sign a deal with caricom", None),
    ],
)
def test_the_group_is_read_only_in_the_ranks_own_words(sentence, group):
    from chinalac.claims.rules.ties_common import group_named  # new here: main has none

    named = group_named(fold(sentence), sentence.index(" ") + 1)
    assert (named[0] if named else None) == group


def test_the_knowledge_view_holds_the_groups():
    groups = KnowledgeView.from_folder().country_groups
    english = set(groups.loc[groups["group_id"] == "english_caribbean", "iso3"])
    assert {"GUY", "JAM", "TTO", "BRB", "BLZ"} <= english and "CUB" not in english
    assert "HTI" in set(groups.loc[groups["group_id"] == "caricom", "iso3"])
