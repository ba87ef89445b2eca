"""General readings found on the fresh dev texts 601-602 of the unseen set (branch round-r57b:
Prensa Latina on Boric's arrival in Chengdu, October 2023, and Globalización on Wang Yi's visit
to Montevideo in the thirtieth year of relations, 2018), each with real-shaped sentences (our own)
in the languages where the reading applies, checked against the package's knowledge base.

* A figure borne out only by a source's rounding, which an exact source of the same conflict
  group refutes, is disputed, not supported (text 601: "39 mil 176 millones" of Chile's exports
  of 2022 against SONAMI's "about 39,000" and the Banco Central's 38,447; main answered
  supported, reading the two sources as one because the "about" covers the exact value). A
  figure the exact source bears out stays supported, a hedged one that both bear out stays
  supported, and a figure outside both is never called contradicted by this reading.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

ONLY_THE_ROUNDING = [
    (
        "En 2022 Chile vendió a China productos por 39 mil 176 millones de dólares, su mayor"
        " mercado.",
        "39 mil 176 millones de dólares",
    ),
    (
        "Em 2022 o Chile exportou para a China 39,176 bilhões de dólares, seu maior mercado.",
        "39,176 bilhões de dólares",
    ),
    (
        "In 2022 Chile's exports to China came to US$39.176 billion, its largest market.",
        "US$39.176 billion",
    ),
]


@pytest.mark.parametrize(("text", "span"), ONLY_THE_ROUNDING)
def test_a_figure_borne_out_only_by_a_rounding_is_disputed(text, span):
    result = checked(text, span, date="2023-10-15")
    assert result.verdict is Verdict.DISPUTED
    assert result.claim.metric == "trade_china_imports"  # the store's exports of Chile
    assert "sources disagree" in result.reason
    assert "38,447" in result.reason


EXACT_SOURCE = [
    (
        "En 2022 Chile vendió a China productos por 38.447 millones de dólares, según el"
        " Banco Central.",
        "38.447 millones de dólares",
    ),
    (
        "In 2022 Chile's exports to China came to US$38.447 billion, the central bank said.",
        "US$38.447 billion",
    ),
]


@pytest.mark.parametrize(("text", "span"), EXACT_SOURCE)
def test_the_exact_sources_figure_stays_supported(text, span):
    # Guard: the rounded "about 39,000" covers 38,447; no source refutes it.
    result = checked(text, span, date="2023-10-15")
    assert result.verdict is Verdict.SUPPORTED


HEDGED = [
    (
        "En 2022 Chile vendió a China cerca de 39 mil millones de dólares.",
        "cerca de 39 mil millones de dólares",
    ),
    (
        "In 2022 Chile's exports to China came to about US$39 billion.",
        "about US$39 billion",
    ),
]


@pytest.mark.parametrize(("text", "span"), HEDGED)
def test_a_hedged_figure_both_sources_bear_out_stays_supported(text, span):
    # Guard: "cerca de"/"about" widens the claim over both 39,000 and 38,447.
    result = checked(text, span, date="2023-10-15")
    assert result.verdict is Verdict.SUPPORTED


OUTSIDE_BOTH = [
    (
        "En 2022 Chile vendió a China productos por 41 mil 176 millones de dólares.",
        "41 mil 176 millones de dólares",
    ),
    (
        "In 2022 Chile's exports to China came to US$41.176 billion.",
        "US$41.176 billion",
    ),
]


@pytest.mark.parametrize(("text", "span"), OUTSIDE_BOTH)
def test_a_figure_outside_both_sources_is_not_made_disputed(text, span):
    # Guard: the reading only turns a support into a dispute; it adds no verdict elsewhere.
    result = checked(text, span, date="2023-10-15")
    assert result.verdict is not Verdict.DISPUTED
    assert result.verdict is not Verdict.SUPPORTED


ROUNDED_SOURCES_OWN = [
    (
        "En 2022 Chile vendió a China productos por 39.000 millones de dólares.",
        "39.000 millones de dólares",
    ),
    (
        "In 2022 Chile's exports to China came to US$39 billion.",
        "US$39 billion",
    ),
]


@pytest.mark.parametrize(("text", "span"), ROUNDED_SOURCES_OWN)
def test_the_rounded_sources_own_figure_stays_supported(text, span):
    # Guard: the claim is the figure the approximate source published ("39 mil millones"), as
    # its digits round it; it is that source's figure, not a finer one borne out by its
    # rounding ("US$ 60,7 bilhões" against "about 60.7" likewise, tests/claims/
    # test_unseen_patterns.py).
    result = checked(text, span, date="2023-10-15")
    assert result.verdict is Verdict.SUPPORTED
