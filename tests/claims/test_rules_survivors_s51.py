"""Tests for the `claims_rules` mutants of the thirtieth run (issue 17): a seeded sample of the
mutants on the lines added to `claims/rules/` from 19f3c778 to c62cea13 (stops 49 and 50);
classified in docs/mutation-claims-rules-survivors-s51.md. Real-shaped sentences (our own)
against the package's knowledge base, or against it with one table emptied as a store built
before that table would give it (`KnowledgeView.from_database` reads a missing table as empty).
"""

from __future__ import annotations

import dataclasses

import pytest

from chinalac.claims import KnowledgeView, Verdict, check
from tests.claims.conftest import one

# --- ties_rank._members_ranked: a group whose members are not stored ranks nothing ---------------
# A rank within a held group ("the first CARICOM member", "the first country in the
# English-speaking Caribbean") is ordered among the group's members of `country_groups`. A view
# whose `country_groups` is empty (a store built before the table) holds no members: the rank is
# left unjudged, never ordered and never an error. `_members_ranked__mutmut_39` (`members or
# False` -> `members or True`) returned True for the empty set, and `order_finding` stopped the
# whole check with "TypeError: argument of type 'bool' is not iterable".
GROUP_RANKS = [
    (
        "Georgetown, June 2022\n\nGuyana was the first CARICOM member to establish diplomatic"
        " relations with China.",
        "first CARICOM member",
    ),
    (
        "Bridgetown, June 2022\n\nBarbados was the first country in the English-speaking Caribbean"
        " to establish diplomatic relations with China.",
        "first country",
    ),
]


@pytest.mark.parametrize(("text", "snippet"), GROUP_RANKS)
def test_a_group_whose_members_are_not_stored_leaves_the_rank_unjudged(text, snippet):
    view = KnowledgeView.from_folder()
    bare = dataclasses.replace(view, country_groups=view.country_groups.iloc[0:0])
    result = one(check(text, db=bare), snippet)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert not [f for f in result.findings if f.rule_id == "ties-rank"], result.reason


# --- ties_date._same_as_sentence_before: "did the same" after a sentence of two ties ------------
# "Nicaragua hizo lo mismo en enero de 2022" takes the tie the sentence before dates for another
# state only when that sentence names one tie, an event's. After "se sumó a la Franja y la Ruta y
# abrió un Instituto Confucio", the act done again is not one tie: the date is left unjudged
# (Nicaragua's memorandum of 2022-01-10 bears out only half of it, and no Confucius Institute of
# Nicaragua's is stored). `_same_as_sentence_before__mutmut_33` (`… and earlier[0] in
# EVENT_TIES) or True`) took both ties, and the memorandum bore the date out.
TWO_ACTS_BEFORE = [
    (
        "Hong Kong, 18 de agosto de 2023\n\nPanamá se sumó a la Franja y la Ruta y abrió un"
        " Instituto Confucio en 2017. Nicaragua hizo lo mismo en enero de 2022.",
        "enero de 2022",
    ),
    (
        "Hong Kong, 18 de agosto de 2023\n\nO Panamá aderiu à Iniciativa Cinturão e Rota e abriu"
        " um Instituto Confúcio em 2017. A Nicarágua fez o mesmo em janeiro de 2022.",
        "janeiro de 2022",
    ),
    (
        "Hong Kong, August 18, 2023\n\nPanama joined the Belt and Road Initiative and opened a"
        " Confucius Institute in 2017. Nicaragua did the same in January 2022.",
        "January 2022",
    ),
]


@pytest.mark.parametrize(("text", "snippet"), TWO_ACTS_BEFORE)
def test_doing_the_same_as_two_acts_before_is_left_unjudged(text, snippet):
    result = one(check(text), snippet)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert not [f for f in result.findings if f.rule_id == "ties-date"], result.reason


# --- ties_date._same_as_sentence_before: the sentence before must date another state's act -------
# "Nicaragua did the same in January 2022" takes the tie of the sentence before only when that
# sentence holds a date of another state: an export of Panama's, a "Belt and Road partner", is no
# act of the memorandum's that Nicaragua could repeat, and the date stays unjudged.
# `_same_as_sentence_before__mutmut_26` (`o.kind is Kind.DATE and o.entity not in …` -> `or`)
# took any claim of another state, and Nicaragua's memorandum (2022-01-10) bore the date out.
NO_DATE_BEFORE = [
    (
        "Hong Kong, 18 de agosto de 2023\n\nPanamá, socio de la Franja y la Ruta, exportó 500"
        " millones de dólares a China. Nicaragua hizo lo mismo en enero de 2022.",
        "enero de 2022",
    ),
    (
        "Hong Kong, 18 de agosto de 2023\n\nO Panamá, parceiro da Iniciativa Cinturão e Rota,"
        " exportou 500 milhões de dólares para a China. A Nicarágua fez o mesmo em janeiro de"
        " 2022.",
        "janeiro de 2022",
    ),
    (
        "Hong Kong, August 18, 2023\n\nPanama, a Belt and Road partner, exported US$500 million to"
        " China. Nicaragua did the same in January 2022.",
        "January 2022",
    ),
]


@pytest.mark.parametrize(("text", "snippet"), NO_DATE_BEFORE)
def test_doing_the_same_as_a_sentence_without_a_date_is_left_unjudged(text, snippet):
    result = one(check(text), snippet)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert not [f for f in result.findings if f.rule_id == "ties-date"], result.reason
