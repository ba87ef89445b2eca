"""General readings found on the fresh dev texts 262-265 of the unseen set (branch
issue-15-r26-s20b, round 26b: English pages on Venezuela, Ecuador, Honduras and the 2015
China-CELAC forum), each with real-shaped sentences (our own) in English, Spanish and Portuguese,
checked against the package's knowledge base; guards for what must not change.

* A year written after a comparison figure is that figure's, also when a hedge stands between the
  cue and the figure ("has climbed to US$20 billion annually, against just US$13 billion in 2022",
  "frente a apenas …", "contra apenas …"), after "frente aos", and after "up from", "down from"
  and "from" followed by a currency sign ("rose to US$20 billion, up from US$13 billion in 2022").
  Main dated the first figure by the base's year and refuted it by the stored 2022 total (13 bn).
  Guards: the base figure is still borne out, a figure with its own year is still judged, and a
  year after "from" with no currency sign is read as before.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

DATE = "2024-05-20"

# --- a year after a comparison figure is that figure's ------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Trade between Ecuador and China has climbed to US$20 billion annually, against just"
            " US$13 billion in 2022.",
            "US$20 billion",
        ),
        (
            "Trade between Ecuador and China rose to US$20 billion, up from US$13 billion in 2022.",
            "US$20 billion",
        ),
        (
            "Trade between Ecuador and China rose to US$20 billion, down from about US$13 billion"
            " in 2022.",
            "US$20 billion",
        ),
        (
            "Trade between Ecuador and China rose to US$20 billion, from US$13 billion in 2022.",
            "US$20 billion",
        ),
        (
            "El comercio entre Ecuador y China subió a 20.000 millones de dólares, frente a apenas"
            " 13.000 millones de dólares en 2022.",
            "20.000 millones de dólares",
        ),
        (
            "O comércio entre o Equador e a China subiu para US$ 20 bilhões, contra apenas US$ 13"
            " bilhões em 2022.",
            "US$ 20 bilhões",
        ),
        (
            "O comércio entre o Equador e a China subiu para US$ 20 bilhões, frente aos US$ 13"
            " bilhões em 2022.",
            "US$ 20 bilhões",
        ),
    ],
)
def test_a_year_after_a_comparison_figure_is_not_the_first_figures(kb, text, figure):
    result = one(check(text, kb, date=DATE), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.period is None or result.claim.period.start_year != 2022


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Trade between Ecuador and China has climbed to US$20 billion annually, against just"
            " US$13 billion in 2022.",
            "US$13 billion",
        ),
        (
            "Trade between Ecuador and China rose to US$20 billion, up from US$13 billion in 2022.",
            "US$13 billion",
        ),
        (
            "El comercio entre Ecuador y China subió a 20.000 millones de dólares, frente a apenas"
            " 13.000 millones de dólares en 2022.",
            "13.000 millones de dólares",
        ),
        (
            "O comércio entre o Equador e a China subiu para US$ 20 bilhões, frente aos US$ 13"
            " bilhões em 2022.",
            "US$ 13 bilhões",
        ),
    ],
)
def test_the_comparison_figure_is_still_borne_out(kb, text, figure):
    result = one(check(text, kb, date=DATE), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the figure's own year stands before the base
        (
            "Trade between Ecuador and China reached US$20 billion in 2022, up from US$10 billion"
            " in 2021.",
            "US$20 billion",
        ),
        (
            "El comercio entre Ecuador y China llegó a 20.000 millones de dólares en 2022, frente a"
            " apenas 10.000 millones de dólares en 2021.",
            "20.000 millones de dólares",
        ),
        (
            "O comércio entre o Equador e a China chegou a US$ 20 bilhões em 2022, contra apenas"
            " US$ 10 bilhões em 2021.",
            "US$ 20 bilhões",
        ),
        # no comparison figure: the year that follows is the figure's
        ("Trade between Ecuador and China reached US$20 billion in 2022.", "US$20 billion"),
    ],
)
def test_a_figure_with_its_own_year_is_still_judged(kb, text, figure):
    result = one(check(text, kb, date=DATE), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
