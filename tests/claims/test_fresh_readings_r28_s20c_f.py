"""General readings found on the fresh dev texts 303-306 of the unseen set (branch
issue-15-r28f-s20c, round 28f: Chinese investment in Brazil, the Belt and Road in Latin America,
the first diplomatic ties and the 2025 pledges), each with real-shaped sentences (our own) in
English, Spanish and Portuguese, checked against the package's knowledge base.

* A rank over states named as examples ("the largest trading partner of countries such as Brazil,
  Peru and Chile", "de países como Brasil, Perú y Chile") gives no count of the set: 272b5a5 read
  the list's length as the number of states China leads (3) and bore it out by the stored count
  of 2025 (a false "supported": the list is not the whole set). A list with no such word is still
  read as the count.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a list of examples is no count ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 15, 2025 — Beijing\n\nLatin America is one of Beijing's main goals; Beijing is"
            " already the largest trading partner of countries such as Brazil, Peru and Chile.",
            "largest trading partner",
        ),
        (
            "15 de mayo de 2025 — Pekín\n\nLa región es uno de los objetivos de Pekín, que ya es el"
            " mayor socio comercial de países como Brasil, Perú y Chile.",
            "mayor socio comercial",
        ),
        (
            "15 de maio de 2025 — Pequim\n\nA região é um dos alvos de Pequim, que já é o maior"
            " parceiro comercial de países como Brasil, Peru e Chile.",
            "maior parceiro comercial",
        ),
    ],
)
def test_a_rank_over_example_states_is_no_count(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert "states listed" not in result.reason


# Guards: a list with no word of examples is still the count, borne out by the stored 3.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 15, 2025 — Beijing\n\nLatin America is one of Beijing's main goals; Beijing is"
            " already the largest trading partner of Brazil, Peru and Chile.",
            "largest trading partner",
        ),
        (
            "15 de maio de 2025 — Pequim\n\nA região é um dos alvos de Pequim, que já é o maior"
            " parceiro comercial do Brasil, do Peru e do Chile.",
            "maior parceiro comercial",
        ),
    ],
)
def test_a_rank_over_a_plain_list_is_still_the_count(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "3 states listed" in result.reason
