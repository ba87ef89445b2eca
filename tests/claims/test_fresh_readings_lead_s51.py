"""Readings the lead found at stop 51 by probing the checker with sentences of our own (real
dates from the store; the sentences are ours): Peru's FTA, signed 2009-04-28 and in force
2010-03-01 in the ties table."""

from __future__ import annotations

import pytest

from chinalac.claims.models import Verdict
from tests.claims.conftest import checked

# --- a month alone, read in a year the sentence gives another event -------------------------------
# "signed their FTA in 2009, and it came into force in March": main read March 2009 with
# confidence and refuted it by the treaty's 2010-03-01. The year the sentence writes may be
# another event's; the month read in it may bear a stored date out, never refute one.
MONTH_BESIDE_ANOTHER_EVENT = [
    ("Peru and China signed their FTA in 2009, and it came into force in March.", "in March"),
    (
        "Peru and China signed their FTA in 2009, which came into force a year later, in March.",
        "in March",
    ),
    (
        "El TLC entre Perú y China se firmó en 2009 y entró en vigor un año después, en marzo.",
        "en marzo",
    ),
    ("O TLC entre Peru e China foi assinado em 2009 e entrou em vigor em março.", "em março"),
]


@pytest.mark.parametrize(("text", "span"), MONTH_BESIDE_ANOTHER_EVENT)
def test_a_month_read_in_another_events_year_never_refutes(text, span):
    result = checked(text, span, date="2025-06-01")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "2010-03-01" in result.reason  # the stored date is shown, not hidden
    assert "uncertain" in result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the month's own year: still borne out
        ("In 2010, the Peru-China FTA entered into force in March.", "in March"),
        ("En 2010, el TLC entre Perú y China entró en vigor en marzo.", "en marzo"),
    ],
)
def test_a_month_of_the_year_its_sentence_sets_still_bears_a_date_out(text, span):
    assert checked(text, span, date="2025-06-01").verdict is Verdict.SUPPORTED
