"""General readings found on the fresh dev texts 295-298 of the unseen set (branch
issue-15-r28d-s20a, round 28d: Mexico's deficits with China and the United States, China-Colombia
trade, ranks and ties, the Dominican switch from Taiwan, Barbados and the Belt and Road), each
with real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the
package's knowledge base.

* A past year told as the bound a figure precedes ("Before 2018, trade between the Dominican
  Republic and China was worth $1.2 billion", "Prior to 2018", "Even before the ties of 2018",
  "Antes de 2018, el comercio … sumaba …", "Antes de 2018, o comércio … somava …") is not the
  figure's period: main dated the figure by that year and refuted it by the year's stored row
  (a false "contradicted" in the three languages).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

LEAD_2019 = {
    "en": "May 2, 2019 — Santo Domingo\n\n",
    "es": "2 de mayo de 2019 — Santo Domingo\n\n",
    "pt": "2 de maio de 2019 — Santo Domingo\n\n",
}

# --- a year the figure precedes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Before 2018, trade between the Dominican Republic and China was worth $1.2 billion a"
            " year.",
            "$1.2 billion",
        ),
        (
            "en",
            "Prior to 2018, trade between the Dominican Republic and China was worth $1.2 billion.",
            "$1.2 billion",
        ),
        (
            "en",
            "Even before the ties of 2018, trade between the Dominican Republic and China was worth"
            " $1.2 billion.",
            "$1.2 billion",
        ),
        (
            "es",
            "Antes de 2018, el comercio entre República Dominicana y China sumaba 1.200 millones de"
            " dólares.",
            "1.200 millones de dólares",
        ),
        (
            "pt",
            "Antes de 2018, o comércio entre a República Dominicana e a China somava US$ 1,2 bilhão.",
            "US$ 1,2 bilhão",
        ),
    ],
)
def test_a_year_the_figure_precedes_does_not_date_it(lang, text, figure):
    result = one(check(LEAD_2019[lang] + text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.period is None or result.claim.period.start_year != 2018, result.reason


# Guards: the year written as the figure's own is still read, and a wrong amount for it refuted;
# a year after "before" that is the figure's own ("in 2018, before the pandemic") still dates it.
@pytest.mark.parametrize(
    ("lang", "text", "figure", "verdict"),
    [
        (
            "en",
            "In 2018, trade between the Dominican Republic and China was worth $1.2 billion.",
            "$1.2 billion",
            Verdict.CONTRADICTED,
        ),
        (
            "es",
            "En 2018, el comercio entre República Dominicana y China sumó 1.200 millones de"
            " dólares.",
            "1.200 millones de dólares",
            Verdict.CONTRADICTED,
        ),
        (
            "en",
            "Trade between the Dominican Republic and China reached $2,692 million in 2018, before"
            " the pandemic.",
            "$2,692 million",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_year_written_as_the_figures_own_still_dates_it(lang, text, figure, verdict):
    result = one(check(LEAD_2019[lang] + text), figure)
    assert result.verdict is verdict, result.reason
