"""General readings found on the fresh dev texts 434-436 of the unseen set (branch issue-15-r38c,
round 38c: Brazil's trade with China in the first quarter of 2015, from January to June 2016 and
from January to May 2016), each with real-shaped sentences (our own) in English, Spanish and
Portuguese, checked against the package's knowledge base.

* The start of a movement is no period of a figure: "somaram US$ 47,49 bilhões, prolongando a
  recuperação iniciada em 2016", "sumaron 47.490 millones de dólares, prolongando la recuperación
  iniciada en 2016", "reached US$47.49 billion, extending the recovery that began in 2016" — main
  dated the figure 2016 and refuted it by 2016's stored exports (35.13), the shape of text 434's
  "prolongando a recuperação iniciada em fevereiro". A year of the figure's own clause is still
  read (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- the start of a movement is no period of a figure ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Março de 2018\n\nAs exportações brasileiras para a China somaram US$ 47,49 bilhões,"
            " prolongando a recuperação iniciada em 2016.",
            "US$ 47,49 bilhões",
        ),
        (
            "Marzo de 2018\n\nLas exportaciones brasileñas a China sumaron 47.490 millones de"
            " dólares, prolongando la recuperación iniciada en 2016.",
            "47.490 millones de dólares",
        ),
        (
            "March 2018\n\nBrazil's exports to China reached US$47.49 billion, extending the"
            " recovery that began in 2016.",
            "US$47.49 billion",
        ),
    ],
)
def test_the_start_of_a_movement_is_no_period(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.period is None or result.claim.period.start_year != 2016


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Abril de 2017\n\nEm 2016, as exportações brasileiras para a China somaram US$ 35,13"
            " bilhões, prolongando a recuperação iniciada em 2015.",
            "US$ 35,13 bilhões",
        ),
        (
            "Abril de 2017\n\nEn 2016, las exportaciones brasileñas a China sumaron 35.130 millones"
            " de dólares, prolongando la recuperación iniciada en 2015.",
            "35.130 millones de dólares",
        ),
        (
            "April 2017\n\nIn 2016, Brazil's exports to China reached US$35.13 billion, extending"
            " the recovery that began in 2015.",
            "US$35.13 billion",
        ),
        (
            "Abril de 2017\n\nEm 2016, as exportações brasileiras para a China somaram US$ 35,13"
            " bilhões.",
            "US$ 35,13 bilhões",
        ),
    ],
)
def test_the_figures_own_year_is_still_read(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
