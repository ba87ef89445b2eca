"""Readings the lead found at stop 55 by probing the checker with sentences of our own (real
dates from the store; the sentences are ours): Brazil's relations (1974-08-15), Mexico's
(1972-02-14)."""

from __future__ import annotations

import pytest

from chinalac.claims.check import check
from chinalac.claims.models import Verdict
from chinalac.claims.number_words import find_word_numbers
from tests.claims.conftest import checked

# --- half a century: fifty years, as "50 years" ------------------------------------------------
# "cultivam há meio século uma amizade estratégica" (u14011): main read no number in "meio
# século", "medio siglo" or "half a century", so a keyed duration was a missed claim and the
# fifty years of a tie were never dated.
HALF_CENTURY_OF_TIES = [
    ("China e Brasil celebram meio século de relações diplomáticas.", "meio século"),
    ("China y Brasil celebran medio siglo de relaciones diplomáticas.", "medio siglo"),
    ("China and Brazil marked half a century of diplomatic relations.", "half a century"),
]


@pytest.mark.parametrize(("text", "span"), HALF_CENTURY_OF_TIES)
def test_half_a_century_of_ties_is_fifty_years_dated_by_the_ties_table(text, span):
    result = checked(text, span, date="2024-11-21")
    assert result.claim.value == 50
    assert result.claim.unit == "years"
    assert result.verdict is Verdict.SUPPORTED
    assert "1974-08-15" in result.reason


@pytest.mark.parametrize(("text", "span"), HALF_CENTURY_OF_TIES)
def test_half_a_century_is_round_and_never_refutes_a_tie(text, span):
    # Written in 2015, fifty years back is 1965, nine years before Brazil's relations: a round
    # phrase is no ground to refute them.
    result = checked(text, span, date="2015-02-14")
    assert result.claim.value == 50
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("cultivam há meio século uma amizade", "pt", "meio século"),
        ("desde hace medio siglo", "es", "medio siglo"),
        ("for half a century now", "en", "half a century"),
    ],
)
def test_half_a_century_is_one_number_word_of_fifty(text, lang, span):
    found = find_word_numbers(text, lang)
    assert [(text[w.start : w.end], w.value) for w in found] == [(span, 50)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two centuries after independence, trade grew.", "en"),
        ("Dos siglos después de la independencia, el comercio creció.", "es"),
        ("In the 21st century, trade grew.", "en"),
        ("No meio do século passado, o comércio era pequeno.", "pt"),
    ],
)
def test_other_centuries_are_no_half_century(text, lang):
    assert all(w.value != 50 for w in find_word_numbers(text, lang))
    assert not any(r.claim.value == 50 for r in check(text, date="2024-11-21", lang=lang))
