"""General readings found on the fresh dev texts 645-646 of the unseen set (branch round-r63d:
Guyana's Ministry of Foreign Affairs on the 45th anniversary of the ties with China, June 2017,
and The New Today on Grenada and the People's Republic's 68th anniversary, October 2017), each
with real-shaped sentences (our own) in the three languages, checked against the package's
knowledge base.

* An exact count of years "ago" whose sentence names the pair ("Forty-five years ago, he
  recalled, the two nations …", "Hace 45 años … ambos países", "Há 45 anos … os dois países")
  and no tie takes up the tie a sentence just before names, as "Over those 50 years" does (text
  645: main read a duration no row holds). Borne out only.
* The last years of the pair's bilateral relations, when the relations grow later in the
  span's sentence past an aside ("During the past 12 years, he said, with the support of the
  leaders, bilateral relations had grown …", text 646: main read a duration). China must be
  named in the sentence or just before. Borne out only.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

GUYANA_TIES = {
    "en": "Guyana and China established diplomatic relations on June 27, 1972.",
    "es": "Guyana y China establecieron relaciones diplomáticas el 27 de junio de 1972.",
    "pt": "A Guiana e a China estabeleceram relações diplomáticas em 27 de junho de 1972.",
}

PAIR_AGO = [
    (
        GUYANA_TIES["en"] + " Forty-five years ago, the minister recalled, the two nations chose"
        " mutual respect and non-interference.",
        "Forty-five years",
    ),
    (
        GUYANA_TIES["es"] + " Hace 45 años, recordó el ministro, ambos países eligieron el respeto"
        " mutuo y la no injerencia.",
        "45 años",
    ),
    (
        GUYANA_TIES["pt"] + " Há 45 anos, lembrou o ministro, os dois países escolheram o respeito"
        " mútuo e a não ingerência.",
        "45 anos",
    ),
]


@pytest.mark.parametrize(("text", "span"), PAIR_AGO)
def test_years_ago_of_the_pair_take_up_the_ties_before(text, span):
    result = checked(text, span, date="2017-06-29")
    assert result.verdict is Verdict.SUPPORTED
    assert "1972" in result.reason


def test_years_ago_of_the_pair_that_miss_are_never_refuted():
    # guard: 46 years back from 2017 is 1971, not the ties' 1972: left unjudged
    result = checked(
        GUYANA_TIES["en"] + " Forty-six years ago, the minister recalled, the two nations chose"
        " mutual respect.",
        "Forty-six years",
        date="2017-06-29",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


def test_years_ago_with_no_tie_before_read_nothing():
    # guard: no sentence before names a tie: nothing to take up
    result = checked(
        "Forty-five years ago, the minister recalled, the two nations chose mutual respect.",
        "Forty-five years",
        date="2017-06-29",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


GRENADA_CHINA = {
    "en": "The Chinese ambassador spoke about relations between Grenada and China.",
    "es": "El embajador chino habló de las relaciones entre Granada y China.",
    "pt": "O embaixador chinês falou das relações entre Granada e a China.",
}

BILATERAL_GREW = [
    (
        GRENADA_CHINA["en"] + " During the past 12 years, he said, with the support of the"
        " leaders of both countries, bilateral relations had grown steadily.",
        "12 years",
    ),
    (
        GRENADA_CHINA["es"] + " En los últimos 12 años, dijo, con el apoyo de los líderes de ambos"
        " países, las relaciones bilaterales han crecido de forma sostenida.",
        "12 años",
    ),
    (
        GRENADA_CHINA["pt"] + " Nos últimos 12 anos, disse ele, com o apoio dos líderes dos dois"
        " países, as relações bilaterais cresceram de forma sustentada.",
        "12 anos",
    ),
]


@pytest.mark.parametrize(("text", "span"), BILATERAL_GREW)
def test_last_years_of_bilateral_relations_grown_after_an_aside(text, span):
    result = checked(text, span, date="2017-10-16")
    assert result.verdict is Verdict.SUPPORTED
    assert "2005" in result.reason


def test_last_years_that_miss_the_ties_are_never_refuted():
    # guard: 13 years back from 2017 is 2004, not the resumption of 2005: left unjudged
    result = checked(
        GRENADA_CHINA["en"] + " During the past 13 years, he said, with the support of the"
        " leaders, bilateral relations had grown steadily.",
        "13 years",
        date="2017-10-16",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


def test_bilateral_relations_with_no_china_near_read_nothing():
    # guard: no China in the sentence nor just before: the bilateral relations may be another pair's
    result = checked(
        "The ambassador spoke about tourism in Grenada. During the past 12 years, he said, with the"
        " support of the leaders, bilateral relations had grown steadily.",
        "12 years",
        date="2017-10-16",
    )
    assert result.verdict is Verdict.UNVERIFIABLE
