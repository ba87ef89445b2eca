"""General readings found on the fresh dev texts 541-543 of the unseen set (branch round-r49b,
round 49b: the second anniversary of Dominican-Chinese relations in May 2020, the resumption of
China-Nicaragua relations in November 2022 and Honduras's trade of 2022 in February 2023), each
with real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the
package's knowledge base.

* A day and month set off before the ordinal anniversary it is ("celebrate today, May 1, the
  second anniversary of the establishment of their diplomatic relations", "celebran hoy, 1 de
  mayo, el segundo aniversario", "celebram hoje, 1º de maio, o segundo aniversário"): the day is
  the anniversary of the tie, a claim of its own, borne out by the tie's day (text 541: main read
  it only as the period of the ordinal). Never refuted: a wrong day or a wrong ordinal is left
  unjudged.
* A text that tells of one state and never of the region: a count told with only China named
  ("last year it offered 15 scholarships and hundreds of training places to young Dominicans")
  is China's dealing with that state, never a miss of the region's pledge (text 541: main refuted
  it by the 6,000 scholarships of 2015-2019). A text that names the region keeps the pledge.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- the day before an ordinal anniversary --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Santo Domingo, May 1, 2020 — The Dominican Republic and China celebrate today, May 1,"
            " the second anniversary of the establishment of their diplomatic relations.",
            "May 1",
        ),
        (
            "Santo Domingo, 1 de mayo de 2020 — La República Dominicana y China celebran hoy, 1 de"
            " mayo, el segundo aniversario del establecimiento de sus relaciones diplomáticas.",
            "1 de mayo",
        ),
        (
            "Santo Domingo, 1º de maio de 2020 — A República Dominicana e a China celebram hoje,"
            " 1º de maio, o segundo aniversário do estabelecimento de suas relações diplomáticas.",
            "1º de maio",
        ),
    ],
)
def test_the_day_before_an_ordinal_anniversary_is_the_ties_day(text, claim):
    """The Dominican Republic's relations with the PRC date from 2018-05-01 (ties)."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (  # a wrong day
            "Santo Domingo, May 20, 2020 — The Dominican Republic and China celebrate today, May"
            " 20, the second anniversary of the establishment of their diplomatic relations.",
            "May 20",
        ),
        (  # a wrong ordinal
            "Santo Domingo, May 1, 2020 — The Dominican Republic and China celebrate today, May 1,"
            " the third anniversary of the establishment of their diplomatic relations.",
            "May 1",
        ),
        (
            "Santo Domingo, 20 de mayo de 2020 — La República Dominicana y China celebran hoy, 20"
            " de mayo, el segundo aniversario del establecimiento de sus relaciones diplomáticas.",
            "20 de mayo",
        ),
        (
            "Santo Domingo, 1º de maio de 2020 — A República Dominicana e a China celebram hoje,"
            " 1º de maio, o terceiro aniversário do estabelecimento de suas relações diplomáticas.",
            "1º de maio",
        ),
    ],
)
def test_a_wrong_anniversary_day_is_never_refuted(text, claim):
    result = one(check(text), claim)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.verdict is not Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Santo Domingo, May 1, 2020 — The Dominican Republic and China celebrate today, May 1, the"
        " second anniversary of the establishment of their diplomatic relations.",
        "Santo Domingo, 1 de mayo de 2020 — La República Dominicana y China celebran hoy, 1 de"
        " mayo, el segundo aniversario del establecimiento de sus relaciones diplomáticas.",
    ],
)
def test_the_ordinal_beside_the_day_is_still_borne_out(text):
    """Guard: the ordinal keeps its own reading (the anniversary in 2020 dates the tie 2018)."""
    results = check(text)
    ordinal = next(r for r in results if "anivers" in r.claim.text or "anniversary" in r.claim.text)
    assert ordinal.verdict is Verdict.SUPPORTED, ordinal.reason


def test_a_day_with_no_anniversary_after_it_stays_no_tie():
    """Guard: "signed on May 1, the day of the fair, 12 agreements" dates no tie."""
    text = (
        "Santo Domingo, May 1, 2020 — The Dominican Republic and China signed on May 1, the day"
        " of the fair, 12 agreements worth 600 million dollars."
    )
    for result in check(text):
        assert result.verdict is not Verdict.CONTRADICTED, (result.claim.text, result.reason)
        if result.claim.text.strip() == "May 1":
            assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- a text of one state: China's count is not the region's pledge ------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Santo Domingo, May 1, 2020 — The Dominican Republic and China mark two years of"
            " diplomatic relations.\n\nChina also gave fire trucks and 1 million dollars in cash to"
            " help the country cope with drought, and last year it offered 15 scholarships and"
            " hundreds of training places to young Dominicans.",
            "15 scholarships",
        ),
        (
            "Santo Domingo, 1 de mayo de 2020 — La República Dominicana y China cumplen dos años de"
            " relaciones diplomáticas.\n\nChina también donó camiones de bomberos y 1 millón de"
            " dólares en efectivo para ayudar al país a enfrentar la sequía, y el año pasado"
            " ofreció 15 becas y cientos de plazas de capacitación a sus jóvenes.",
            "15 becas",
        ),
        (
            "Santo Domingo, 1º de maio de 2020 — A República Dominicana e a China completam dois"
            " anos de relações diplomáticas.\n\nA China também doou caminhões de bombeiros e 1"
            " milhão de dólares em dinheiro para ajudar o país a enfrentar a seca, e no ano passado"
            " ofereceu 15 bolsas de estudo e centenas de vagas de treinamento aos seus jovens.",
            "15 bolsas",
        ),
    ],
)
def test_a_count_in_a_text_of_one_state_is_no_miss_of_the_regions_pledge(text, claim):
    """The 6,000 government scholarships of 2015-2019 were pledged to the whole region."""
    result = one(check(text), claim)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Beijing, January 9, 2015 — China and the 33 states of Latin America and the Caribbean"
            " closed the first ministerial meeting of their forum. China will offer 8,000"
            " government scholarships from 2015 to 2019.",
            "8,000 government scholarships",
        ),
        (
            "Pekín, 9 de enero de 2015 — China y los 33 países de América Latina y el Caribe"
            " clausuraron la primera reunión ministerial de su foro. China ofrecerá 8.000 becas"
            " gubernamentales entre 2015 y 2019.",
            "8.000 becas gubernamentales",
        ),
    ],
)
def test_a_text_that_names_the_region_keeps_its_pledge(text, claim):
    """Guard: a wrong figure of the region's pledge is still refuted by the 6,000."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
