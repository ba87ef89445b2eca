"""General readings found on the fresh dev texts 649-650 of the unseen set (branch round-r63f:
El Siglo's copy of a Prensa Latina dispatch on the second China-CELAC ministerial in Santiago,
January 2018, and La República on the region's debts to China, December 2024), each with
real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the package's
knowledge base.

* A goal whose span opens on its course ("llegue a 500.000 millones de dólares en el curso de
  diez años", "reach US$500 billion over the course of ten years", "chegue a US$ 500 bilhões no
  decorrer de dez anos") is a target, not the level of a year an earlier paragraph named (text
  649: main read the Spanish goal as 2017's trade and left it unjudged beside the stored 500 bn
  pledge). A level reached over such a span ("grew to … over the course of ten years") stays a
  level, and a goal no pledge holds is never refuted.
* "integrantes" names CELAC's members in Spanish and Portuguese ("los 33 integrantes de la
  Celac", "os 33 integrantes da Celac"; text 649: main read no metric in the count). The rule
  gives only `supported`: another count stays unjudged.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

# A paragraph that dates a figure of 2017 (stored: MOFCOM's 257.8 bn), then a goal over a span.
GOAL_OVER_A_COURSE = [
    (
        "China and Latin America traded US$257.8 billion in 2017, according to MOFCOM.\n\n"
        "Beijing hopes bilateral trade will reach US$500 billion over the course of ten years.",
        "US$500 billion",
    ),
    (
        "China y América Latina comerciaron 257.800 millones de dólares en 2017, según el"
        " Ministerio de Comercio.\n\nPekín aspira a que el intercambio llegue a 500.000 millones"
        " de dólares en el curso de diez años.",
        "500.000 millones de dólares",
    ),
    (
        "A China e a América Latina comercializaram US$ 257,8 bilhões em 2017, segundo o"
        " Ministério do Comércio.\n\nPequim quer que o intercâmbio chegue a US$ 500 bilhões no"
        " decorrer de dez anos.",
        "US$ 500 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "span"), GOAL_OVER_A_COURSE)
def test_a_goal_over_the_course_of_years_is_the_stored_pledge(text, span):
    result = checked(text, span, date="2018-01-20")
    assert result.verdict is Verdict.SUPPORTED
    assert "commitment" in result.reason


def test_a_level_reached_over_the_course_of_years_is_no_goal():
    # guard: "grew to" tells a level reached, never the pledge's target
    result = checked(
        "China and Latin America traded US$257.8 billion in 2017, according to MOFCOM.\n\n"
        "Trade grew to US$500 billion over the course of ten years.",
        "US$500 billion",
        date="2018-01-20",
    )
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "commitment" not in result.reason


def test_a_goal_no_pledge_holds_is_never_refuted():
    # guard: a target of 600 bn over the course of ten years is no stored pledge's; left unjudged
    result = checked(
        "China y América Latina comerciaron 257.800 millones de dólares en 2017, según el"
        " Ministerio de Comercio.\n\nPekín aspira a que el intercambio llegue a 600.000 millones"
        " de dólares en el curso de diez años.",
        "600.000 millones de dólares",
        date="2018-01-20",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


CELAC_INTEGRANTES = [
    (
        "La influencia china alcanza a prácticamente los 33 integrantes de la Celac.",
        "33 integrantes",
    ),
    (
        "A influência chinesa chega a praticamente todos os 33 integrantes da Celac.",
        "33 integrantes",
    ),
    (
        "Los 33 países integrantes de la Celac enviaron a sus cancilleres a Santiago.",
        "33 países integrantes",
    ),
]


@pytest.mark.parametrize(("text", "span"), CELAC_INTEGRANTES)
def test_the_members_of_celac_called_integrantes(text, span):
    result = checked(text, span, date="2018-01-20")
    assert result.verdict is Verdict.SUPPORTED
    assert "CELAC" in result.reason


def test_celac_members_in_english_still_read():
    # guard: the English count was read before this round and still is
    result = checked("Chinese influence reaches practically all 33 members of CELAC.", "33 members")
    assert result.verdict is Verdict.SUPPORTED


def test_another_count_of_integrantes_is_never_refuted():
    # guard: the rule only bears CELAC's count out; 32 stays unjudged
    result = checked(
        "La influencia china alcanza a 32 integrantes de la Celac.",
        "32 integrantes",
        date="2018-01-20",
    )
    assert result.verdict is Verdict.UNVERIFIABLE
