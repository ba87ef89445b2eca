"""General readings found on the fresh dev texts 595-596 of the unseen set (branch round-r56c:
China.org.br on ten years of the China-CELAC Forum, May 2025, and China Briefing on China-Uruguay
relations, June 2025), each with real-shaped sentences (our own) in the languages where the
reading applies, checked against the package's knowledge base.

* The day of a ministerial meeting named with its ordinal is read as the meeting's beside a span
  of years told in the same sentence ("a quarta reunião ministerial …, marcada para 13 de maio,
  … festeja os 10 anos da plataforma"): such a span (an age, an anniversary) is no figure the
  day would be the period of (text 595: main read the day as the period of "10 anos" and left
  it unjudged). Beside another count ("reúne 33 países") the day is still not read so.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from chinalac.claims.check import check
from tests.claims.conftest import checked

MEETING_DAY_BESIDE_YEARS = [
    (
        "Pequim recebe a quarta reunião ministerial do Fórum China-CELAC, marcada para 13 de"
        " maio, um encontro que festeja os 10 anos da plataforma.",
        "13 de maio",
    ),
    (
        "Pekín acoge la cuarta reunión ministerial del Foro China-CELAC, prevista para el 13 de"
        " mayo, un encuentro que celebra los 10 años de la plataforma.",
        "13 de mayo",
    ),
    (
        "Beijing hosts the fourth ministerial meeting of the China-CELAC Forum, scheduled for 13"
        " May, a gathering that marks the 10 years of the platform.",
        "13 May",
    ),
]


@pytest.mark.parametrize(("text", "span"), MEETING_DAY_BESIDE_YEARS)
def test_a_meetings_day_beside_a_span_of_years_is_the_meetings(text, span):
    result = checked(text, span, date="2025-05-10")
    assert result.verdict is Verdict.SUPPORTED
    assert "4th" in result.reason


WRONG_DAY = [
    (
        "Pekín acoge la cuarta reunión ministerial del Foro China-CELAC, prevista para el 14 de"
        " mayo, un encuentro que celebra los 10 años de la plataforma.",
        "14 de mayo",
    ),
    (
        "Beijing hosts the fourth ministerial meeting of the China-CELAC Forum, scheduled for 14"
        " May, a gathering that marks the 10 years of the platform.",
        "14 May",
    ),
]


@pytest.mark.parametrize(("text", "span"), WRONG_DAY)
def test_another_day_beside_a_span_of_years_is_never_refuted(text, span):
    results = check(text, date="2025-05-10")
    assert all(r.verdict is not Verdict.CONTRADICTED for r in results)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Pequim recebe a quarta reunião ministerial do Fórum China-CELAC, marcada para 13"
            " de maio, um encontro que festeja os 10 anos da plataforma.",
            "10 anos",
        ),
        (
            "Beijing hosts the fourth ministerial meeting of the China-CELAC Forum, scheduled"
            " for 13 May, a gathering that marks the 10 years of the platform.",
            "10 years",
        ),
    ],
)
def test_the_span_itself_stays_unverifiable(text, span):
    result = checked(text, span, date="2025-05-10")
    assert result.verdict is Verdict.UNVERIFIABLE


def test_beside_another_count_the_day_is_not_the_meetings():
    text = (
        "A quarta reunião ministerial do Fórum China-CELAC, marcada para 13 de maio, reúne 33"
        " países em Pequim."
    )
    result = checked(text, "quarta reunião ministerial", date="2025-05-10")
    assert result.verdict is Verdict.SUPPORTED
