"""General readings found on the fresh dev texts 605-606 of the unseen set (branch round-r57d:
a China Daily series on the Belt and Road in Latin America, 2023, and the Business & Human Rights
Resource Centre on the second China-CELAC ministerial, January 2018), each with real-shaped
sentences (our own) in the languages where the reading applies, checked against the package's
knowledge base.

* CELAC's size told as "the 33-nation bloc", or as "el bloque de 33 naciones" / "o bloco de 33
  países", in a sentence that follows one naming CELAC, is CELAC's membership (text 606: main
  read no metric). With no CELAC named, or another bloc named, nothing is read.
* The span of years of a plan adopted at a ministerial meeting ("the 2019-2021 Joint Plan of
  Action", "the 2015-2019 Cooperation Plan") is the plan's, not the meeting's period: the
  meeting's ordinal is judged by the article's date (text 606: main left "The first China-CELAC
  forum had announced the 2015-2019 Cooperation Plan" unjudged, and refuted "The second
  China-CELAC ministerial meeting adopted the 2019-2021 Joint Plan of Action" by the third
  meeting, of 2021). Before the meeting took place, nothing is supported.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

BLOC_OF_CELAC = [
    (
        "Speaking at the second ministerial meeting of China and the Community of Latin American"
        " and Caribbean States (CELAC), the minister looked back. When the inaugural meeting"
        " between China and the 33-nation bloc was held in Beijing in January 2015, things"
        " differed.",
        "33",
    ),
    (
        "La Comunidad de Estados Latinoamericanos y Caribeños (CELAC) se reunió con China. El"
        " bloque de 33 naciones firmó un plan.",
        "33 naciones firmó",
    ),
    (
        "A Comunidade de Estados Latino-Americanos e Caribenhos (Celac) reuniu-se com a China. O"
        " bloco de 33 países assinou um plano.",
        "33 países assinou",
    ),
]


@pytest.mark.parametrize(("text", "span"), BLOC_OF_CELAC)
def test_the_bloc_after_celac_is_named_counts_its_members(text, span):
    result = checked(text, span, date="2018-01-23")
    assert result.verdict is Verdict.SUPPORTED
    assert "CELAC members" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "The 33-nation bloc met in Beijing.",
        "The African Union met China. The 55-nation bloc signed a plan.",
    ],
)
def test_a_bloc_with_no_celac_named_is_not_read(text):
    span = "33" if "33" in text else "55"
    result = checked(text, span, date="2018-01-23")
    assert result.verdict is Verdict.UNVERIFIABLE


PLAN_SPAN_BESIDE_A_MEETING = [
    (
        "The second China-CELAC ministerial meeting adopted the 2019-2021 Joint Plan of Action.",
        "second China-CELAC ministerial meeting adopted",
        "2nd",
    ),
    (
        "The first China-CELAC forum had announced the 2015-2019 Cooperation Plan.",
        "first China-CELAC forum",
        "1st",
    ),
    (
        "The third China-CELAC ministerial meeting adopted the 2022-2024 Joint Action Plan.",
        "third China-CELAC ministerial meeting adopted",
        "3rd",
    ),
]


@pytest.mark.parametrize(("text", "span", "nth"), PLAN_SPAN_BESIDE_A_MEETING)
def test_a_plans_span_is_not_the_meetings_year(text, span, nth):
    result = checked(text, span, date="2022-03-01")
    assert result.verdict is Verdict.SUPPORTED
    assert nth in result.reason


def test_a_meeting_not_yet_held_beside_its_plan_is_not_supported():
    # guard: the fourth meeting, announced in April 2025 with its plan, had not taken place
    result = checked(
        "The fourth China-CELAC ministerial meeting will adopt the 2025-2027 Joint Action Plan.",
        "fourth China-CELAC ministerial meeting will adopt",
        date="2025-04-10",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "La segunda reunión ministerial del Foro China-CELAC aprobó el Plan de Acción"
            " Conjunto 2019-2021.",
            "segunda reunión ministerial",
        ),
        (
            "A segunda reunião ministerial do Fórum China-CELAC aprovou o Plano de Ação Conjunta"
            " 2019-2021.",
            "segunda reunião ministerial",
        ),
    ],
)
def test_a_meeting_beside_its_plan_in_spanish_and_portuguese(text, span):
    # guard: the span is read as a claim of its own there, and the meeting by the article's date
    assert checked(text, span, date="2019-03-01").verdict is Verdict.SUPPORTED
