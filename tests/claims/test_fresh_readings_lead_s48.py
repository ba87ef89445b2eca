"""Readings the lead found at stop 48 by probing the checker with sentences of our own, in the
shapes issue 15 lists (real figures and dates from the store; the sentences are ours)."""

from __future__ import annotations

import pytest

from chinalac.claims.models import Verdict
from tests.claims.conftest import checked

# --- a first state's rank dated by the year of its signature ------------------------------------
# "Chile was the first Latin American country to sign an FTA with China, in 2005" was left
# unjudged: the year cut the table's order at 2005-12, when Chile's treaty was signed (2005-11)
# but not in force (2006-10), so no order held Chile and the date's support was withheld. A first
# comes before every later state at any cutoff: the whole table orders it (ties_rank.order_finding).
FIRST_SIGNED = [
    (
        "Chile was the first Latin American country to sign an FTA with China, in 2005.",
        "first Latin American country",
    ),
    (
        "Chile fue el primer país latinoamericano en firmar un tratado de libre comercio con China, "
        "en 2005.",
        "primer país latinoamericano",
    ),
    (
        "O Chile foi o primeiro país latino-americano a assinar um acordo de livre comércio com a "
        "China, em 2005.",
        "primeiro país latino-americano",
    ),
]


@pytest.mark.parametrize(("text", "span"), FIRST_SIGNED)
def test_a_first_signature_dated_before_the_treaty_took_effect_is_borne_out(text, span):
    result = checked(text, span)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "CHL fta" in result.reason


# The same order refutes another state's first: Peru signed in 2009, after Chile's treaty was in
# force (main left it unjudged); a wrong year of Chile's signature is still refuted by its date.
NOT_FIRST = [
    (
        "Peru was the first Latin American country to sign an FTA with China, in 2009.",
        "first Latin American country",
    ),
    (
        "Perú fue el primer país latinoamericano en firmar un TLC con China, en 2009.",
        "primer país latinoamericano",
    ),
    (
        "Chile was the first Latin American country to sign an FTA with China, in 2008.",
        "first Latin American country",
    ),
]


@pytest.mark.parametrize(("text", "span"), NOT_FIRST)
def test_a_first_the_table_puts_elsewhere_or_in_another_year_is_refuted(text, span):
    assert checked(text, span).verdict is Verdict.CONTRADICTED
