"""General readings found on the fresh dev texts 343-346 of the unseen set (branch
issue-15-r30d-me-s20, round 30d: the opening of the first China-CELAC ministerial in 2015,
Chinese investment by state to 2020, the third ministerial of 2021, the Belt and Road signatories
of 2018), each with real-shaped sentences (our own) in English, Spanish and Portuguese, checked
against the package's knowledge base.

* A figure said of the years running from the article's date is a goal, and a level reached
  (a delivery figure) is no statement of it: "Xi afirmó que en los próximos cinco años China
  invertirá en la región más de 500,000 millones de dólares" (January 2015; the page misreports
  Xi's 500 bn of outward investment worldwide) was borne out on 94abad6 by the "exceeding $600
  billion" investment stock delivered by 2025. Now only a pledge's target decides such a figure;
  the 250 bn target still bears out "invertirá 250.000 millones de dólares en los próximos diez
  años", and a dated level ("reached US$387 billion in 2017") is judged as before.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a goal of the coming years is not borne out by a level reached ----------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "8 de enero de 2015 — Pekín\n\nXi afirmó que en los próximos cinco años China"
            " invertirá en la región más de 500,000 millones de dólares.",
            "más de 500,000 millones de dólares",
        ),
        (
            "January 8, 2015 — Beijing\n\nXi said that over the next five years China will"
            " invest more than $500 billion in the region.",
            "more than $500 billion",
        ),
        (
            "8 de janeiro de 2015 — Pequim\n\nXi afirmou que nos próximos cinco anos a China"
            " investirá na região mais de US$ 500 bilhões.",
            "mais de US$ 500 bilhões",
        ),
    ],
)
def test_a_goal_of_the_coming_years_is_not_borne_out_by_a_level_reached(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "8 de enero de 2015 — Pekín\n\nXi anunció que su país invertirá 250.000 millones de"
            " dólares en los próximos diez años en América Latina.",
            "250.000 millones de dólares",
        ),
        (
            "January 8, 2015 — Beijing\n\nXi said China will raise its investment in Latin"
            " America to $250 billion over the next ten years.",
            "$250 billion",
        ),
        (
            "8 de janeiro de 2015 — Pequim\n\nXi anunciou que a China investirá US$ 250 bilhões"
            " na América Latina nos próximos dez anos.",
            "US$ 250 bilhões",
        ),
    ],
)
def test_the_pledged_target_still_bears_out_a_goal_of_the_coming_years(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_dated_level_of_investment_is_judged_as_before():
    text = (
        "December 17, 2025 — Beijing\n\nChina's investment stock in Latin America reached"
        " US$387 billion in 2017."
    )
    result = one(check(text), "US$387 billion")
    assert result.verdict is Verdict.SUPPORTED, result.reason
