"""General readings found on the fresh dev texts 164-170 of the unseen set (branch
issue-15-s20b: Spanish pages the store took nothing from), each with real-shaped sentences (our
own) in EN, ES and PT, checked against the package's knowledge base.

* Credit offered or promised is not the lending made: "La oferta es menor que la de 2015,
  cuando China puso sobre la mesa 20.000 millones de dólares en créditos" was called
  contradicted by the 21.5 bn the loan database totals for 2015.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- credit offered or promised against the year's lending -----------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2015 China put 20 billion dollars in loans on the table for Latin America,"
            " mostly for infrastructure.",
            "20 billion dollars",
        ),
        (
            "In 2015 China offered Latin America 20 billion dollars in loans.",
            "20 billion dollars",
        ),
        (
            "La oferta es menor que la de 2015, cuando China puso sobre la mesa 20.000 millones"
            " de dólares en créditos para América Latina.",
            "20.000 millones de dólares",
        ),
        (
            "En 2015 China ofreció a América Latina préstamos por 20.000 millones de dólares.",
            "20.000 millones de dólares",
        ),
        (
            "Em 2015 a China ofereceu à América Latina 20 bilhões de dólares em empréstimos.",
            "20 bilhões de dólares",
        ),
        (
            "A oferta é menor que a de 2015, quando a China prometeu 20 bilhões de dólares em"
            " empréstimos à América Latina.",
            "20 bilhões de dólares",
        ),
    ],
)
def test_credit_offered_is_not_refuted_by_the_years_lending(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "credit offered or promised" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Lending told as made: the database's total of the year refutes it (guards).
        ("In 2015 Chinese banks lent Latin America 20 billion dollars.", "20 billion dollars"),
        (
            "En 2015 los bancos chinos prestaron a América Latina 20.000 millones de dólares.",
            "20.000 millones de dólares",
        ),
        (
            "Em 2015 os bancos chineses emprestaram à América Latina 20 bilhões de dólares.",
            "20 bilhões de dólares",
        ),
    ],
)
def test_lending_made_is_still_refuted(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
