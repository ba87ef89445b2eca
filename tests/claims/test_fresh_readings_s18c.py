"""General readings found on the fresh dev texts 135-141 of the unseen set (branch
issue-15-s18c: pages the store took nothing from), each with real-shaped sentences (our own) in
EN, ES and PT, checked against the package's knowledge base.

* A figure alone in brackets after a figure ("… US$ 136,3 bilhões (cerca de R$ 787,2
  bilhões)") made the check crash on the next undated sentence of its paragraph: the clause the
  bracketed figure follows was bound to the name of the period that dates later sentences.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a bracketed figure, then an undated sentence ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "From January to October 2024 trade between the two countries was US$ 136.3 billion"
            " (about R$ 787.2 billion). Imports reached US$ 52.9 billion (more than R$ 305.6"
            " billion).",
            "US$ 52.9 billion",
        ),
        (
            "De enero a octubre de 2024 el intercambio entre los dos países fue de US$ 136,3 mil"
            " millones (cerca de R$ 787,2 mil millones). Las importaciones llegaron a US$ 52,9 mil"
            " millones (más de R$ 305,6 mil millones).",
            "US$ 52,9 mil millones",
        ),
        (
            "De janeiro a outubro de 2024 o intercâmbio entre os dois países foi de US$ 136,3"
            " bilhões (cerca de R$ 787,2 bilhões). As importações chegaram a US$ 52,9 bilhões"
            " (mais de R$ 305,6 bilhões).",
            "US$ 52,9 bilhões",
        ),
        (
            "From January to October 2024 bilateral trade was US$ 5 billion (about 4.6 billion"
            " euros). Imports reached US$ 3 billion (about 2.8 billion euros).",
            "US$ 3 billion",
        ),
        (
            "Entre enero y octubre de 2024 el comercio bilateral sumó 5.000 millones de dólares"
            " (unos 4.600 millones de euros). Las importaciones llegaron a 3.000 millones de"
            " dólares (unos 2.800 millones de euros).",
            "3.000 millones de dólares",
        ),
        (
            "De janeiro a outubro de 2024 o comércio bilateral foi de US$ 5 bilhões (cerca de 4,6"
            " bilhões de euros). As importações chegaram a US$ 3 bilhões (cerca de 2,8 bilhões de"
            " euros).",
            "US$ 3 bilhões",
        ),
    ],
)
def test_a_bracketed_figure_does_not_break_the_next_sentence(kb, text, figure):
    # Main: AttributeError ('tuple' object has no attribute 'text') on the second sentence.
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED
    assert result.claim.period is not None and result.claim.period.start_year == 2024
