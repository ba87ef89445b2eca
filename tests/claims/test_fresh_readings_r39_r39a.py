"""General readings found on the fresh dev texts 437-440 of the unseen set (branch issue-15-r39a,
round 39a: China-Colombia trade of 2024 in yuan, Colombia's trade of 2015 with the world, the
United States and China, and the China-Costa Rica FTA coming into force in 2011), each with
real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the package's
knowledge base.

* An agreement named by its pair is the treaty named before: "The agreement between Costa Rica
  and China was signed in April 2010 and took effect on Aug. 1", "El acuerdo entre Costa Rica y
  China …", "O acordo entre a Costa Rica e a China …", "the agreement between the two countries",
  after a sentence on the free trade agreement — main read no tie (the shape of text 440). Read
  as "the agreement" alone is: borne out, never refuted (guards: a wrong year is not called
  contradicted; an agreement with another partner or on another topic takes up nothing).
* A partner named right after a figure is its other side: "exported approximately US$10.4
  billion of goods to the United States and almost US$2.3 billion to China", "imported some
  US$15.4 billion from the United States" — main refuted the first and bore out the second by
  Colombia's stored flows with China (2024), in the three languages (the shape of text 438). A
  figure followed by "to China" and told first is still China's (guard).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

LEAD_EN = (
    "October 29, 2011\n\nCosta Rica's vice president said the free trade agreement his country"
    " signed with China will boost trade. The two sides held six rounds of negotiations. "
)
LEAD_ES = (
    "29 de octubre de 2011\n\nEl vicepresidente de Costa Rica dijo que el tratado de libre"
    " comercio que su país firmó con China impulsará el comercio. Las partes celebraron seis"
    " rondas de negociación. "
)
LEAD_PT = (
    "29 de outubro de 2011\n\nO vice-presidente da Costa Rica disse que o acordo de livre comércio"
    " que seu país assinou com a China vai impulsionar o comércio. As partes realizaram seis"
    " rodadas de negociação. "
)

# --- an agreement named by its pair takes up the treaty named before -------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            LEAD_EN + "The agreement between Costa Rica and China was signed in April 2010 and"
            " took effect on Aug. 1.",
            "Aug. 1",
        ),
        (
            LEAD_EN + "The agreement between Costa Rica and China was signed in April 2010 and"
            " took effect on Aug. 1.",
            "April 2010",
        ),
        (
            LEAD_EN + "The agreement between the two countries was signed in April 2010 and took"
            " effect on Aug. 1.",
            "Aug. 1",
        ),
        (
            LEAD_ES + "El acuerdo entre Costa Rica y China se firmó en abril de 2010 y entró en"
            " vigor el 1 de agosto.",
            "1 de agosto",
        ),
        (
            LEAD_ES + "El acuerdo entre Costa Rica y China se firmó en abril de 2010 y entró en"
            " vigor el 1 de agosto.",
            "abril de 2010",
        ),
        (
            LEAD_PT + "O acordo entre a Costa Rica e a China foi assinado em abril de 2010 e"
            " entrou em vigor em 1º de agosto.",
            "1º de agosto",
        ),
        (
            LEAD_PT + "O acordo entre a Costa Rica e a China foi assinado em abril de 2010 e"
            " entrou em vigor em 1º de agosto.",
            "abril de 2010",
        ),
    ],
)
def test_an_agreement_named_by_its_pair_takes_up_the_treaty(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            LEAD_EN + "The agreement between Costa Rica and China was signed in April 2011 and"
            " took effect on Aug. 1.",
            "April 2011",
        ),
        (
            LEAD_ES + "El acuerdo entre Costa Rica y China se firmó en abril de 2011 y entró en"
            " vigor el 1 de agosto.",
            "abril de 2011",
        ),
        (
            LEAD_PT + "O acordo entre a Costa Rica e a China foi assinado em abril de 2011 e"
            " entrou em vigor em 1º de agosto.",
            "abril de 2011",
        ),
    ],
)
def test_the_pairs_agreement_is_borne_out_never_refuted(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            LEAD_EN + "The agreement between Costa Rica and the United States was signed in"
            " April 2010.",
            "April 2010",
        ),
        (
            LEAD_EN + "The agreement between Costa Rica and China on visas was signed in April"
            " 2010.",
            "April 2010",
        ),
        (
            LEAD_ES + "El acuerdo entre Costa Rica y China sobre visados se firmó en abril de"
            " 2010.",
            "abril de 2010",
        ),
        (
            LEAD_PT + "O acordo entre a Costa Rica e a China para vistos foi assinado em abril"
            " de 2010.",
            "abril de 2010",
        ),
    ],
)
def test_an_agreement_of_another_pair_or_topic_takes_up_nothing(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- a partner named right after a figure is its other side -----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "June 5, 2025\n\nIn 2024, Colombia exported approximately US$10.4 billion of goods to"
            " the United States and almost US$2.3 billion to China.",
            "approximately US$10.4 billion",
        ),
        (
            "5 de junio de 2025\n\nEn 2024, Colombia exportó unos 10.400 millones de dólares a"
            " Estados Unidos y casi 2.300 millones a China.",
            "unos 10.400 millones de dólares",
        ),
        (
            "5 de junho de 2025\n\nEm 2024, a Colômbia exportou cerca de US$ 10,4 bilhões para os"
            " Estados Unidos e quase US$ 2,3 bilhões para a China.",
            "cerca de US$ 10,4 bilhões",
        ),
        (
            "June 5, 2025\n\nIn 2024, Colombia imported some US$15.4 billion from the United"
            " States and another US$15.9 billion from China.",
            "some US$15.4 billion",
        ),
        (
            "5 de junio de 2025\n\nEn 2024, Colombia importó unos 15.400 millones de dólares de"
            " Estados Unidos y otros 15.900 millones de China.",
            "unos 15.400 millones de dólares",
        ),
        (
            "5 de junho de 2025\n\nEm 2024, a Colômbia importou cerca de US$ 15,4 bilhões dos"
            " Estados Unidos e outros US$ 15,9 bilhões da China.",
            "cerca de US$ 15,4 bilhões",
        ),
    ],
)
def test_a_partner_right_after_the_figure_is_its_other_side(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "June 5, 2025\n\nIn 2024, Colombia exported US$2.3 billion to China and US$10.4"
            " billion to the United States.",
            "US$2.3 billion",
        ),
        (
            "5 de junio de 2025\n\nEn 2024, Colombia exportó 2.300 millones de dólares a China y"
            " 10.400 millones a Estados Unidos.",
            "2.300 millones de dólares",
        ),
    ],
)
def test_a_figure_told_first_to_china_is_still_chinas(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
