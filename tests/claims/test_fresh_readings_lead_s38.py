"""Readings fixed by the lead at stop 38 (issue 15), real-shaped sentences of our own in EN, ES and
PT against the package's knowledge base.

* An anniversary whose year opens the sentence ("In 2021, Guyana and China marked the 49th
  anniversary of their diplomatic relations, and trade … reached US$710 million in 2021", a June
  2022 text) was dated by the article's year: the year written again after the trade figure made
  `ties_rank._period_of_another_figure` take it for that figure's only. The reason then read "the
  anniversary in 2022 dates the tie 1973" (unverifiable) where the text bears 1972 out. Found by
  the twenty-first mutation run (docs/mutation-claims-rules-survivors-s37.md, "Also found").
  The three tests fail on main adf66531; the guards pass on both.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

JUNE_2022 = "2022-06-10"

OPENING_YEAR = [
    (
        "In 2021, Guyana and China marked the 49th anniversary of their diplomatic relations, "
        "and trade between them reached US$710 million in 2021.",
        "49th anniversary",
    ),
    (
        "En 2021, Guyana y China celebraron el 49.º aniversario de sus relaciones diplomáticas, "
        "y el comercio entre ambos alcanzó 710 millones de dólares en 2021.",
        "49.º aniversario",
    ),
    (
        "Em 2021, a Guiana e a China comemoraram o 49º aniversário de suas relações "
        "diplomáticas, e o comércio entre os dois chegou a US$ 710 milhões em 2021.",
        "49º aniversário",
    ),
]


@pytest.mark.parametrize(("sentence", "anniversary"), OPENING_YEAR)
def test_an_anniversary_dated_by_the_opening_year_is_that_years(sentence, anniversary):
    result = one(check(sentence, date=JUNE_2022), anniversary)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2021" in result.reason and "1972" in result.reason
    assert "1973" not in result.reason
    assert any(e.kind == "tie" and e.relation == "matches" for e in result.evidence)


GUARDS = [
    # The year follows only the trade figure: it is the figure's, the anniversary is the
    # article's year's (round 30a's reading stands).
    (
        "Trade between Guyana and China reached US$710 million in 2021, the ambassador said at "
        "an exhibition held for the 50th anniversary of relations.",
        "50th anniversary",
        "2022",
    ),
    (
        "El comercio entre Guyana y China alcanzó 710 millones de dólares en 2021, dijo el "
        "embajador en una exposición por el 50.º aniversario de las relaciones.",
        "50.º aniversario",
        "2022",
    ),
]


@pytest.mark.parametrize(("sentence", "anniversary", "year"), GUARDS)
def test_a_year_written_only_after_another_figure_stays_that_figures(sentence, anniversary, year):
    result = one(check(sentence, date=JUNE_2022), anniversary)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert f"anniversary in {year}" in result.reason
    assert "1972" in result.reason


def test_the_trade_figure_of_the_sentence_keeps_its_year():
    result = one(check(OPENING_YEAR[0][0], date=JUNE_2022), "US$710 million")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2021" in result.reason
