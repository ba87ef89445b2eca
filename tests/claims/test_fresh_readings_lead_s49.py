"""Readings the lead found at stop 49 by probing the checker with sentences of our own, in the
shapes issue 15 lists (real figures and dates from the store; the sentences are ours)."""

from __future__ import annotations

import pytest

from chinalac.claims import check
from chinalac.claims.models import Verdict
from tests.claims.conftest import checked

# --- a span of years written as a round word ("vinte anos depois", "twenty years later") --------
# The offset counts stopped at twelve, so "Em 2003, Lula visitou a China; vinte anos depois, o
# comércio … chegou a US$ 157 bilhões" dated the figure 2003 (the "year taken from another
# clause"). Brazil–China trade of 2023 is stored as US$157 billion.
ROUND_SPANS = [
    (
        "In 2003, Lula visited China; twenty years later, trade between Brazil and China reached "
        "US$157 billion.",
        "US$157 billion",
    ),
    (
        "En 2003, Lula visitó China; veinte años después, el comercio entre Brasil y China llegó a "
        "US$ 157.000 millones.",
        "US$ 157.000 millones",
    ),
    (
        "Em 2003, Lula visitou a China; vinte anos depois, o comércio entre o Brasil e a China "
        "chegou a US$ 157 bilhões.",
        "US$ 157 bilhões",
    ),
    (
        "In 1993, the two states launched a strategic partnership; thirty years later, trade between "
        "Brazil and China reached US$157 billion.",
        "US$157 billion",
    ),
]


@pytest.mark.parametrize(("text", "span"), ROUND_SPANS)
def test_a_round_span_of_years_counts_from_the_year_before_it(text, span):
    result = checked(text, span)
    assert result.claim.period is not None and result.claim.period.start_year == 2023
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- the span opens the next sentence -------------------------------------------------------------
# "In 2013, Xi visited Mexico. Ten years later, trade … reached US$157 billion": a sentence that
# writes no date of its own was dated by the year of the sentence before, 2013, and left unjudged.
NEXT_SENTENCE = [
    (
        "In 2013, Xi Jinping visited Mexico. Ten years later, trade between Brazil and China reached "
        "US$157 billion.",
        "US$157 billion",
    ),
    (
        "En 2013, Xi Jinping visitó México. Diez años después, el comercio entre Brasil y China llegó "
        "a US$ 157.000 millones.",
        "US$ 157.000 millones",
    ),
    (
        "Em 2003, Lula visitou a China. Vinte anos depois, o comércio entre o Brasil e a China chegou "
        "a US$ 157 bilhões.",
        "US$ 157 bilhões",
    ),
    (
        "In 2022, Brazil and China signed new agreements. A year later, trade between Brazil and "
        "China reached US$157 billion.",
        "US$157 billion",
    ),
]


@pytest.mark.parametrize(("text", "span"), NEXT_SENTENCE)
def test_a_span_opening_the_next_sentence_counts_from_its_year(text, span):
    result = checked(text, span)
    assert result.claim.period is not None and result.claim.period.start_year == 2023
    assert result.claim.confidence["period"]["level"] == "low"
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "In 2013, Xi Jinping visited Mexico. Ten years later, trade between Brazil and China reached "
        "US$100 billion.",
        "Em 2013, Xi Jinping visitou o México. Dez anos depois, o comércio entre o Brasil e a China "
        "chegou a US$ 100 bilhões.",
    ],
)
def test_a_counted_year_never_refutes(text):
    # 2023's stored total is 157 bn: the count is a likely reading, so a figure that misses is
    # left unjudged, never called contradicted.
    (result,) = [r for r in check(text, date="2025-06-10") if "100" in r.claim.text]
    assert result.claim.period.start_year == 2023
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_a_span_with_no_count_dates_nothing():
    # "Several years later": which year is unclear; the figure keeps no period.
    result = checked(
        "In 2013, Xi Jinping visited Mexico. Several years later, trade between Brazil and China "
        "reached US$157 billion.",
        "US$157 billion",
    )
    assert result.claim.period is None
    assert result.verdict is Verdict.UNVERIFIABLE
