"""General readings found on the fresh dev texts 250-253 of the unseen set (branch
issue-15-s25b: Mexico, Honduras, Ecuador's FTA and Argentina), each with real-shaped sentences
(our own) in English, Spanish and Portuguese, checked against the package's knowledge base.

* A day and month the text marks as coming ("el próximo 1 de mayo", "no próximo dia 1º de
  maio", "next May 1") is the first such day on or after the article date: main read it in the
  year before and refuted the FTA's stored entry into force (a false "contradicted").
* "empezará a regir", "rige", "became effective" are entries into force: main found no event in
  them and left the FTA's day unread.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a coming day and month -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "El Ministerio de Comercio de China informó que el tratado de libre comercio con"
            " Ecuador entrará en vigor el próximo 1 de mayo.",
            "1 de mayo",
        ),
        (
            "El Ministerio de Comercio de China anunció que el TLC con Ecuador entrará en vigor"
            " el 1 de mayo próximo.",
            "1 de mayo",
        ),
        (
            "O Ministério do Comércio da China informou que o acordo de livre comércio com o"
            " Equador entrará em vigor no próximo dia 1º de maio.",
            "1º de maio",
        ),
        (
            "China's commerce ministry said the free trade agreement with Ecuador will enter into"
            " force next May 1.",
            "May 1",
        ),
    ],
)
def test_coming_day_is_not_last_years(kb, text, figure):
    result = one(check(text, kb, date="2024-04-29"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.claim.period.start_year == 2024


@pytest.mark.parametrize(
    ("text", "figure", "date"),
    [
        (
            "El Ministerio de Comercio de China informó que el tratado de libre comercio (TLC)"
            " con Ecuador empezará a regir el próximo 1 de mayo.",
            "1 de mayo",
            "2024-04-29",
        ),
        (
            "El tratado de libre comercio entre China y Ecuador comenzó a regir el 1 de mayo de"
            " 2024.",
            "mayo de 2024",
            "2024-06-10",
        ),
        (
            "China's commerce ministry said the free trade agreement with Ecuador became"
            " effective on May 1, 2024.",
            "May 1, 2024",
            "2024-05-10",
        ),
    ],
)
def test_regir_and_effective_are_entry_into_force(kb, text, figure, date):
    result = one(check(text, kb, date=date), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- guards ----------------------------------------------------------------------------------


def test_coming_day_after_this_years_is_next_years(kb):
    """An article of June 2024: "el próximo 1 de mayo" is 1 May 2025 (main: 2024)."""
    result = one(
        check(
            "El gobierno dijo que el nuevo acuerdo de Ecuador con China entrará en vigor el"
            " próximo 1 de mayo.",
            kb,
            date="2024-06-10",
        ),
        "1 de mayo",
    )
    assert result.claim.period.start_year == 2025


@pytest.mark.parametrize(
    ("text", "figure", "date"),
    [
        # a past day with no year keeps the article's year
        (
            "El tratado de libre comercio entre China y Ecuador entró en vigor el 1 de mayo.",
            "1 de mayo",
            "2024-06-10",
        ),
        (
            "O acordo de livre comércio entre a China e o Equador entrou em vigor em 1º de maio.",
            "1º de maio",
            "2024-06-10",
        ),
        (
            "The free trade agreement between China and Ecuador entered into force on May 1.",
            "May 1",
            "2024-06-10",
        ),
    ],
)
def test_past_day_keeps_the_article_year(kb, text, figure, date):
    result = one(check(text, kb, date=date), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Las normas que rigen el comercio entre China y Ecuador se revisaron en 2019.",
        "El TLC entre China y Ecuador rige desde el 1 de mayo de 2023.",
        "The rules that became effective for Ecuador's shrimp in China in 2019 were reviewed.",
    ],
)
def test_regir_never_refutes_by_itself(kb, text):
    for result in check(text, kb, date="2024-06-10"):
        assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- a day and month in a sentence in the future tense ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "El Ministerio de Comercio de China informó que el TLC con Ecuador entrará en vigor el"
            " 1 de mayo.",
            "1 de mayo",
        ),
        (
            "O acordo de livre comércio entre a China e o Equador entrará em vigor em 1º de maio.",
            "1º de maio",
        ),
        (
            "The free trade agreement between China and Ecuador will enter into force on May 1.",
            "May 1",
        ),
    ],
)
def test_future_tense_day_is_this_years(kb, text, figure):
    result = one(check(text, kb, date="2024-04-29"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.claim.period.start_year == 2024


@pytest.mark.parametrize(
    ("text", "figure", "year"),
    [
        # past tense: the day before the article's is last year's, as before
        (
            "Según el ministerio, el TLC con Ecuador entró en vigor el 1 de mayo.",
            "1 de mayo",
            2023,
        ),
        (
            "Segundo o ministério, o acordo com o Equador entrou em vigor em 1º de maio.",
            "1º de maio",
            2023,
        ),
        (
            "According to the ministry, the agreement with Ecuador entered into force on May 1.",
            "May 1",
            2023,
        ),
        # future tense, a day already past in the article's year: this year's, as before
        (
            "El ministro dijo que el acuerdo con Ecuador se firmará tras el 10 de abril.",
            "10 de abril",
            2024,
        ),
    ],
)
def test_past_tense_day_keeps_its_reading(kb, text, figure, year):
    result = one(check(text, kb, date="2024-04-29"), figure)
    assert result.claim.period.start_year == year


# --- a month marked as coming -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("El gobierno dijo que el TLC con Ecuador entrará en vigor en mayo próximo.", "mayo"),
        (
            "O governo disse que o acordo com o Equador entrará em vigor no próximo mês de maio.",
            "maio",
        ),
    ],
)
def test_coming_month_after_the_articles_is_next_years(kb, text, figure):
    """An article of June 2024: "mayo próximo" is May 2025 (main: May 2024, the month alone)."""
    result = one(check(text, kb, date="2024-06-10"), figure)
    assert result.claim.period.start_year == 2025
    assert result.verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("El gobierno dijo que el TLC con Ecuador entrará en vigor en mayo próximo.", "mayo"),
        (
            "O governo disse que o acordo com o Equador entrará em vigor no próximo mês de maio.",
            "maio",
        ),
    ],
)
def test_coming_month_later_this_year(kb, text, figure):
    """An article of April 2024: "mayo próximo" is May 2024."""
    result = one(check(text, kb, date="2024-04-10"), figure)
    assert result.claim.period.start_year == 2024


def test_next_may_in_english_never_refutes(kb):
    text = "The government said the FTA with Ecuador will take effect next May."
    for result in check(text, kb, date="2024-06-10"):
        assert result.verdict is not Verdict.CONTRADICTED, result.reason
