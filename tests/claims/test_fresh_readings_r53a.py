"""General readings found on the fresh dev texts 567-568 of the unseen set (branch round-r53a:
China's commercial counselor in Lima on the FTA and the partnership, May 2015, and Peru's
ambassador in Beijing before Xi's state visit, November 2016), each with real-shaped sentences
(our own) in English, Spanish and Portuguese, checked against the package's knowledge base.

* "just over a month after he took office", "poco más de un mes después", "pouco mais de um mês
  depois", "tras más de un año de negociaciones", "depois de um ano e meio": the article of one
  month, year or week after a bound or a hedge is a vague duration of one, as "more than a decade"
  was (text 568: main read no number). A duration is never borne out or refuted by a figure, and
  the sentence's dates stay claims of their own beside it, as beside "a decade".
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from tests.claims.conftest import one

# --- a hedged "a month", "un año", "um ano": a vague duration of one ----------------------------

HEDGED_SPANS = [
    (
        "Lima, November 21, 2016\n\nThe president's trip to China came just over a month after he"
        " took office.",
        "over a month",
        "months",
    ),
    (
        "Lima, 21 de noviembre de 2016\n\nEl viaje del presidente a China llegó poco más de un mes"
        " después de que asumiera el cargo.",
        "más de un mes",
        "months",
    ),
    (
        "Lima, 21 de novembro de 2016\n\nA viagem do presidente à China veio pouco mais de um mês"
        " depois da posse.",
        "mais de um mês",
        "months",
    ),
    (
        "Managua, 10 de julio de 2023\n\nLos dos gobiernos cerraron el texto al cabo de un año de"
        " negociaciones.",
        "un año",
        "years",
    ),
    (
        "Managua, 10 de julho de 2023\n\nOs dois governos fecharam o texto depois de um ano e meio"
        " de negociações.",
        "um ano",
        "years",
    ),
    (
        "Managua, July 10, 2023\n\nThe two governments closed the text after almost a year of"
        " talks.",
        "almost a year",
        "years",
    ),
]


@pytest.mark.parametrize(("text", "span", "unit"), HEDGED_SPANS)
def test_a_hedged_month_or_year_is_a_duration_of_one(text, span, unit):
    """Main read no number in these spans (u12213, u5301, u9116 were missed)."""
    result = one(check(text), span)
    assert result.claim.kind is Kind.DURATION
    assert result.claim.value == 1
    assert result.claim.unit == unit
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "durations are not held" in result.reason


DATED_BESIDE = [
    (
        "Lima, May 3, 2016\n\nPeru signed its free trade agreement with China in 2009, after more"
        " than a year of talks.",
        "2009",
        "more than a year",
    ),
    (
        "Lima, 3 de mayo de 2016\n\nPerú firmó su tratado de libre comercio con China en 2009, tras"
        " más de un año de negociaciones.",
        "2009",
        "más de un año",
    ),
    (
        "Lima, 3 de maio de 2016\n\nO Peru assinou o tratado de livre comércio com a China em 2009,"
        " depois de mais de um ano de negociações.",
        "2009",
        "mais de um ano",
    ),
]


@pytest.mark.parametrize(("text", "date", "span"), DATED_BESIDE)
def test_the_date_beside_a_hedged_year_stays_a_claim(text, date, span):
    """As beside "more than a decade": the year of the signature is still checked (stored
    2009-04-28), and the duration beside it stays unverifiable."""
    results = check(text)
    assert one(results, date).verdict is Verdict.SUPPORTED, one(results, date).reason
    assert one(results, span).verdict is Verdict.UNVERIFIABLE


WRONG_YEAR_BESIDE = [
    "Lima, May 3, 2016\n\nPeru signed its free trade agreement with China in 2010, after more"
    " than a year of talks.",
    "Lima, 3 de mayo de 2016\n\nPerú firmó su tratado de libre comercio con China en 2010, tras"
    " más de un año de negociaciones.",
]


@pytest.mark.parametrize("text", WRONG_YEAR_BESIDE)
def test_a_wrong_year_beside_a_hedged_year_is_still_refuted(text):
    """Guard (passes on main too): the duration does not hide the signature year."""
    result = one(check(text), "2010")
    assert result.verdict is Verdict.CONTRADICTED, result.reason


BARE_ARTICLE = [
    "Lima, May 3, 2016\n\nTrade with China grew by a third in a year.",
    "Lima, 3 de mayo de 2016\n\nEn un año normal, Perú vende a China más cobre que a nadie.",
    "Lima, 3 de maio de 2016\n\nHá um ano, o Peru recebeu a visita do ministro chinês.",
]


@pytest.mark.parametrize("text", BARE_ARTICLE)
def test_a_bare_article_before_a_year_is_no_duration(text):
    """Guard (passes on main too): with no bound or hedge before it, "a year", "un año", "um
    ano" is an article, not a count."""
    assert all(r.claim.kind is not Kind.DURATION or r.claim.value != 1 for r in check(text))
