"""General readings found on the fresh dev texts 613-614 of the unseen set (branch round-r58d:
The Brazilian Report on the Ecuador-China FTA, May 2023, and Venezuelanalysis on fifty years of
Venezuela-China relations, June 2024), each with real-shaped sentences (our own) in the languages
where the reading applies, checked against the package's knowledge base.

* An ordinal of states ranking "a trade agreement with Beijing" ("un acuerdo comercial con
  China", "um acordo comercial com a China") ranks the FTA signatures (text 613: main found no
  FTA cue and left "the fourth Latin American country" unread). Only ordinals after the first,
  which are never refuted.
* An anniversary's own object ends at a purpose clause joined to it ("… the 50th anniversary of
  the two countries' diplomatic relations and to follow up on their all-weather strategic
  partnership"; text 614: main read both ties as the object and left it unjudged).
* Relations told upgraded ("upgraded their diplomatic relationship", "elevaron sus relaciones",
  "elevaram as relações") date a partnership, not the relations (text 614: main took the
  relations of 1974 and refuted "In 2019 … upgraded their diplomatic relationship"); with no
  level named, borne out, never refuted.
* The all-weather strategic partnership is a level of its own: "In 2001, China and Venezuela
  established a strategic partnership" is not refuted by Venezuela's all-weather row of 2023-09
  (main refuted it; the table holds no row of the lower level).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

FOURTH_TO_SIGN_A_TRADE_AGREEMENT = [
    (
        "Ecuador is now the fourth Latin American country to sign a trade agreement with Beijing.",
        "fourth Latin American country",
    ),
    (
        "Ecuador es ahora el cuarto país latinoamericano en firmar un acuerdo comercial con China.",
        "cuarto país latinoamericano",
    ),
    (
        "O Equador é agora o quarto país latino-americano a assinar um acordo comercial com a"
        " China.",
        "quarto país latino-americano",
    ),
]


@pytest.mark.parametrize(("text", "span"), FOURTH_TO_SIGN_A_TRADE_AGREEMENT)
def test_an_ordinal_of_a_trade_agreement_with_china_ranks_the_fta_signatures(text, span):
    result = checked(text, span, date="2023-05-12")
    assert result.verdict is Verdict.SUPPORTED
    assert "place 4" in result.reason


def test_a_wrong_ordinal_of_a_trade_agreement_is_never_refuted():
    result = checked(
        "Ecuador is now the third Latin American country to sign a trade agreement with Beijing.",
        "third Latin American country",
        date="2023-05-12",
    )
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "place 4" in result.reason


def test_a_trade_agreement_with_another_partner_is_not_ranked():
    result = checked(
        "Ecuador is now the fourth Latin American country to sign a trade agreement with Korea.",
        "fourth Latin American country",
        date="2023-05-12",
    )
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "place" not in result.reason


ANNIVERSARY_BEFORE_A_PURPOSE_CLAUSE = [
    (
        "Venezuela's foreign minister ended a four-day visit to China held to celebrate the 50th"
        " anniversary of the two countries' diplomatic relations and to follow up on their"
        ' recently established "all-weather strategic partnership".',
        "50th anniversary",
    ),
    (
        "El canciller de Venezuela terminó una visita a China para celebrar el 50º aniversario de"
        " las relaciones diplomáticas y para dar seguimiento a la asociación estratégica a toda"
        " prueba.",
        "50º aniversario",
    ),
    (
        "O chanceler da Venezuela terminou uma visita à China para celebrar o 50º aniversário das"
        " relações diplomáticas e para acompanhar a parceria estratégica para todos os tempos.",
        "50º aniversário",
    ),
]


@pytest.mark.parametrize(("text", "span"), ANNIVERSARY_BEFORE_A_PURPOSE_CLAUSE)
def test_an_anniversary_object_ends_at_a_joined_purpose_clause(text, span):
    result = checked(text, span, date="2024-06-06")
    assert result.verdict is Verdict.SUPPORTED
    assert "dates the tie 1974" in result.reason


def test_an_anniversary_of_the_partnership_is_still_the_partnership():
    result = checked(
        "Venezuela's foreign minister visited China to celebrate the 50th anniversary of the"
        " all-weather strategic partnership and to sign deals.",
        "50th anniversary",
        date="2024-06-06",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


UPGRADED_RELATIONS = [
    (
        "Venezuela and China met again. Last year, the two allies signed 31 agreements and"
        " upgraded their diplomatic relationship.",
        "Last year",
        "2024-06-06",
    ),
    ("Venezuela and China upgraded their ties in 2023.", "2023", "2024-06-06"),
    ("Colombia y China elevaron sus relaciones en 2023.", "2023", "2024-06-06"),
    ("A Colômbia e a China elevaram as relações bilaterais em 2023.", "2023", "2024-06-06"),
]


@pytest.mark.parametrize(("text", "span", "date"), UPGRADED_RELATIONS)
def test_relations_told_upgraded_date_a_partnership(text, span, date):
    result = checked(text, span, date=date)
    assert result.verdict is Verdict.SUPPORTED
    assert "partnership" in result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("In 2019, China and Venezuela upgraded their diplomatic relationship.", "2019"),
        ("En 2019, China y Venezuela elevaron sus relaciones diplomáticas.", "2019"),
        ("Em 2019, a China e a Venezuela elevaram as suas relações diplomáticas.", "2019"),
    ],
)
def test_an_upgrade_of_relations_is_never_refuted_by_the_relations(text, span):
    result = checked(text, span, date="2024-06-06")
    assert result.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("In 2001, China and Venezuela established a strategic partnership.", "2001"),
        ("En 2001, China y Venezuela establecieron una asociación estratégica.", "2001"),
        ("Em 2001, a China e a Venezuela estabeleceram uma parceria estratégica.", "2001"),
    ],
)
def test_a_strategic_partnership_is_not_refuted_by_an_all_weather_one(text, span):
    result = checked(text, span, date="2024-06-06")
    assert result.verdict is Verdict.UNVERIFIABLE


def test_the_relations_themselves_are_still_dated():
    result = checked(
        "In 1980, China and Venezuela established diplomatic relations.", "1980", date="2024-06-06"
    )
    assert result.verdict is Verdict.CONTRADICTED


def test_a_wrong_year_of_the_comprehensive_partnership_is_still_refuted():
    result = checked(
        "In 2010, Mexico and China established a comprehensive strategic partnership.",
        "2010",
        date="2024-06-06",
    )
    assert result.verdict is Verdict.CONTRADICTED
