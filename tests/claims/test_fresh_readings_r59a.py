"""General readings found on the fresh dev texts 615-616 of the unseen set (branch round-r59a:
La Jornada on the signing of the Ecuador-China FTA, May 2023, and Lucho Noticias on Petro's
visit to China during the fourth China-CELAC ministerial, May 2025), each with real-shaped
sentences (our own) in the languages where the reading applies, checked against the package's
knowledge base.

* A plain weekday beside the verb of a day's event ("firmaron el miércoles un Tratado de Libre
  Comercio (TLC) que se negoció en apenas 10 meses", "signed on Wednesday a free trade agreement
  negotiated in just 10 months", "assinaram na quarta-feira um acordo ... negociado em 10 meses")
  is the event's day, a claim of its own, also when another figure stands in its sentence (text
  615: main kept a weekday only in a sentence with no other figure and left the signing's day
  unread beside the talks' span). As a weekday read alone, its month is the article date's
  reading: it may bear a stored date out, never refute one; and it is no other figure's period.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import check, checked

SIGNED_ON_A_WEEKDAY = [
    (
        "Desde Quito, Ecuador y China firmaron el miércoles un Tratado de Libre Comercio (TLC) que"
        " se negoció en apenas 10 meses.",
        "el miércoles",
        "10 meses",
    ),
    (
        "China and Ecuador signed on Wednesday a free trade agreement negotiated in just 10"
        " months.",
        "on Wednesday",
        "10 months",
    ),
    (
        "Equador e China assinaram na quarta-feira um acordo de livre comércio negociado em"
        " apenas 10 meses.",
        "na quarta-feira",
        "10 meses",
    ),
]


@pytest.mark.parametrize(("text", "span", "other"), SIGNED_ON_A_WEEKDAY)
def test_a_weekday_of_a_signing_beside_another_figure_is_the_signing_day(text, span, other):
    result = checked(text, span, date="2023-05-11")
    assert result.verdict is Verdict.SUPPORTED
    assert "ECU fta" in result.reason
    assert "2023-05" in result.reason


@pytest.mark.parametrize(("text", "span", "other"), SIGNED_ON_A_WEEKDAY)
def test_the_weekday_is_no_period_of_the_other_figure(text, span, other):
    # guard (passes on main too): the span keeps no period of its own
    result = checked(text, other, date="2023-05-11")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "no period stated" in result.reason


def test_a_weekday_of_another_month_is_never_refuted():
    # the month is the article date's reading: a weekday may be of another week, a page may be
    # dated by its update; Costa Rica's FTA was signed in 2010
    result = checked(
        "Costa Rica y China firmaron el miércoles un tratado de libre comercio que se negoció en"
        " 10 meses.",
        "el miércoles",
        date="2023-05-11",
    )
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "not called contradicted" in result.reason


def test_a_weekday_of_a_telling_stays_no_claim():
    # guard (passes on main too): "dijo el miércoles" dates the telling, not an event of a day
    results = check(
        "El ministerio dijo el miércoles que el comercio con Ecuador sumó 13 mil 90 millones de"
        " dólares en 2022.",
        date="2023-05-11",
    )
    assert [r.claim.text for r in results] == ["13 mil 90 millones de dólares"]
    assert results[0].verdict is Verdict.SUPPORTED


def test_a_weekday_alone_in_its_sentence_is_read_as_before():
    # guard (passes on main too)
    result = checked(
        "China and Ecuador signed a free trade agreement on Wednesday.",
        "on Wednesday",
        date="2023-05-11",
    )
    assert result.verdict is Verdict.SUPPORTED
