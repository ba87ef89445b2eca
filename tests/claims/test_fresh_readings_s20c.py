"""General readings found on the fresh dev texts 171-177 of the unseen set (branch
issue-15-s20c: Portuguese pages the store took nothing from), each with real-shaped sentences
(our own) in EN, ES and PT, checked against the package's knowledge base.

* A stored value published as approximate covers what its own "about" covers: "A China emprestou
  21,2 bilhões de dólares à região em 2016" was called contradicted by the one stored row for
  2016, "about 21" (the 2017 vintage of the Dialogue's database, as a page rounded it), though
  21.2 is that rounding's figure. The key's rule for two sources (an approximate figure does not
  dispute one within its own rounding) now holds between the text and a stored approximate row.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- A stored approximate value covers its own rounding ---------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "China lent 21.2 billion dollars to Latin America in 2016, more than the World Bank"
            " and the IDB together.",
            "21.2 billion dollars",
        ),
        (
            "China prestó 21.200 millones de dólares a América Latina en 2016, más que el Banco"
            " Mundial y el BID juntos.",
            "21.200 millones de dólares",
        ),
        (
            "No conjunto da região, a China emprestou 21,2 bilhões de dólares em 2016, mais do que"
            " o Banco Mundial e o BID juntos.",
            "21,2 bilhões de dólares",
        ),
    ],
)
def test_a_stored_approximate_value_bears_out_a_figure_within_its_rounding(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "about 21" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Beyond the stored value's own "about" (21 ± 5 %): still refuted (guards).
        (
            "China lent 24.6 billion dollars to Latin America in 2016.",
            "24.6 billion dollars",
        ),
        (
            "China prestó 24.600 millones de dólares a América Latina en 2016.",
            "24.600 millones de dólares",
        ),
        (
            "A China emprestou 24,6 bilhões de dólares à América Latina em 2016.",
            "24,6 bilhões de dólares",
        ),
    ],
)
def test_a_figure_beyond_the_stored_rounding_is_still_refuted(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A value stored as published keeps its own tolerance: Brazil's 2014 loans, 8.6 (guards).
        (
            "In 2014 Brazil received 8.9 billion dollars in Chinese loans.",
            "8.9 billion dollars",
        ),
        (
            "En 2014 Brasil recibió préstamos chinos por 8.900 millones de dólares.",
            "8.900 millones de dólares",
        ),
        (
            "Em 2014 o Brasil recebeu US$ 8,9 bilhões em empréstimos chineses.",
            "US$ 8,9 bilhões",
        ),
    ],
)
def test_a_value_stored_as_published_keeps_its_tolerance(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
