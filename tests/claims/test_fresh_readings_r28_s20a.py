"""General readings found on the fresh dev texts 283-286 of the unseen set (branch
issue-15-r28-s20a, round 28a: Argentine beef sales and ranks, the Chancay port and Peru's 2024
flows, Ecuador's exports after the FTA, the Brazil-China Business Council's count of Chinese
investment in Brazil), each with real-shaped sentences (our own) in English, Spanish and
Portuguese, checked against the package's knowledge base.

* A year set right after a percent change as its base ("rose by 21 per cent on 2016, to US$5.661
  billion", "subieron un 21% respecto de 2016, hasta 5.661 millones de dólares") is not the period
  of the amount the change reaches: main dated that amount by the base year and refuted it by the
  base year's stored row (a false "contradicted", English and Spanish). A year the text then
  names as the time of the figure ("…from 2008, the year it reached $2.2 billion") still dates it.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

LEAD_2018 = {
    "en": "March 10, 2018 — Buenos Aires\n\n",
    "es": "10 de marzo de 2018 — Buenos Aires\n\n",
    "pt": "10 de março de 2018 — Buenos Aires\n\n",
}

# --- a year set as the base of a percent change ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Argentina's exports to China rose by 21 per cent on 2016, to US$5.661 billion.",
            "US$5.661 billion",
        ),
        (
            "en",
            "Argentina's exports to China grew 21% over 2016 and reached US$5.661 billion.",
            "US$5.661 billion",
        ),
        (
            "es",
            "Las exportaciones argentinas a China subieron un 21% respecto de 2016, hasta 5.661"
            " millones de dólares.",
            "5.661 millones de dólares",
        ),
        (
            "pt",
            "As exportações argentinas para a China subiram 21% em relação a 2016, para US$ 5,661"
            " bilhões.",
            "US$ 5,661 bilhões",
        ),
    ],
)
def test_the_base_year_of_a_percent_change_does_not_date_the_amount_reached(lang, text, figure):
    result = one(check(LEAD_2018[lang] + text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.period is None or result.claim.period.start_year != 2016, result.reason


# Guards: a base year the text then names as the figure's time still dates it; a year written
# as the figure's own is still read, and a wrong amount for it still refuted.
@pytest.mark.parametrize(
    ("lang", "text", "figure", "verdict"),
    [
        (
            "en",
            "Argentina's exports to China fell 14 percent from 2016, the year they reached"
            " US$4.66 billion.",
            "US$4.66 billion",
            Verdict.SUPPORTED,
        ),
        (
            "es",
            "Las exportaciones argentinas a China cayeron un 14% respecto de 2016, año en que"
            " sumaron 4.660 millones de dólares.",
            "4.660 millones de dólares",
            Verdict.SUPPORTED,
        ),
        (
            "en",
            "In 2016, Argentina's exports to China fell 14 percent, to US$5.661 billion.",
            "US$5.661 billion",
            Verdict.CONTRADICTED,
        ),
        (
            "es",
            "En 2016, las exportaciones argentinas a China cayeron un 14%, a 5.661 millones de"
            " dólares.",
            "5.661 millones de dólares",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_year_of_the_figure_is_still_read(lang, text, figure, verdict):
    result = one(check(LEAD_2018[lang] + text), figure)
    assert result.verdict is verdict, result.reason
