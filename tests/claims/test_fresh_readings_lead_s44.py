"""Readings fixed by the lead at stop 44 (issue 15), real-shaped sentences of our own.

* **A rank in an undated text** (`partner_rank.PartnerRank._judge`): "Hoje a China é o maior
  parceiro comercial do Brasil" with no dateline, front matter or date given was borne out by
  the latest stored rank (2024), whatever year the text was written in (round 42c: a 2019
  page's and a 2015 page's present tense, keyed unverifiable). When a text speaks is unknown
  and ranks change: neither borne out nor refuted. A dated text's present tense is still read
  for its own year, and a rank whose year the text states is still judged (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Hoje a China é o maior parceiro comercial do Brasil.", "maior parceiro comercial"),
        ("Today China is Brazil's largest trading partner.", "largest trading partner"),
        ("Hoy China es el mayor socio comercial de Brasil.", "mayor socio comercial"),
        ("China es el principal destino de las exportaciones de Uruguay.", "principal destino"),
    ],
)
def test_an_undated_texts_rank_of_no_year_is_not_judged(text, rank):
    result = one(check(text), rank)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "the text gives no date" in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "date", "rank", "verdict"),
    [
        # The page's own year: Brazil's 2024 rank (UN data via CRI) is 1.
        (
            "Hoje a China é o maior parceiro comercial do Brasil.",
            "2025-02-10",
            "maior parceiro comercial",
            Verdict.SUPPORTED,
        ),
        (
            "Em 2024, a China foi o maior parceiro comercial do Brasil.",
            None,
            "maior parceiro comercial",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_dated_or_yeared_rank_is_still_judged(text, date, rank, verdict):
    result = one(check(text, date=date), rank)
    assert result.verdict is verdict, result.reason
