"""General readings found on the fresh dev texts 277-279 of the unseen set (branch
issue-15-r27-s20b, round 27b: Mexico, Bolivia and Costa Rica), each with real-shaped sentences
(our own) in English, Spanish and Portuguese, checked against the package's knowledge base.

* A list whose items are each followed by their date ("two presidents …: Óscar Arias, in October
  2007, and the current president, Laura Chinchilla, in August 2012") names two people, not five:
  main split it at every comma and called the count "inconsistent" (a false verdict).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a list with a date after each item ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Desde 2007, dos presidentes costarricenses han viajado a China: Óscar Arias, en"
            " octubre de 2007, y la actual mandataria, Laura Chinchilla, en agosto de 2012.",
            "dos presidentes costarricenses han viajado",
        ),
        (
            "Since 2007, two Costa Rican presidents have visited China: Óscar Arias, in October"
            " 2007, and the current president, Laura Chinchilla, in August 2012.",
            "two Costa Rican presidents",
        ),
        (
            "Desde 2007, dois presidentes costarriquenhos visitaram a China: Óscar Arias, em"
            " outubro de 2007, e a atual presidente, Laura Chinchilla, em agosto de 2012.",
            "dois presidentes costarriquenhos visitaram",
        ),
    ],
)
def test_a_list_dated_item_by_item_is_not_miscounted(kb, text, figure):
    result = one(check(text, kb, date="2013-06-02"), figure)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


# Guards (pass on main too): lists still counted.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Ocho países de la región firmaron el acuerdo: Argentina, Bolivia, Chile, Perú, Panamá,"
            " Uruguay, Cuba, Brasil y Nicaragua.",
            "Ocho países",
        ),
        (
            "China signed deals with three partners (Argentina, Chile, Peru and Brazil).",
            "three partners",
        ),
        (
            "O acordo cobre três áreas: comércio, finanças, energia e saúde.",
            "três áreas",
        ),
    ],
)
def test_plain_lists_are_still_counted(kb, text, figure):
    result = one(check(text, kb, date="2013-06-02"), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason


def test_a_list_of_dates_alone_is_still_counted(kb):
    text = "La comisión celebró tres reuniones: en marzo de 2012 y en agosto de 2013."
    result = one(check(text, kb, date="2013-06-02"), "tres reuniones")
    assert result.verdict is Verdict.INCONSISTENT, result.reason
