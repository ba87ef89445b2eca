"""A date whose own clause tells only a hypothesis ("said Colombia would establish relations") is
not refuted by the tie another clause dates (lead, stop 36; found by the s36 survivors' helper:
main called 1978 contradicted by Colombia's relations of 1980 in the three languages).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

SAID_IT_WOULD = [
    "In 1978 Turbay said Colombia would establish relations with China, and Colombia established diplomatic relations with Beijing in 1980.",
    "En 1978 Turbay dijo que Colombia establecería relaciones diplomáticas con China, y Colombia estableció relaciones diplomáticas con Pekín en 1980.",
    "Em 1978 Turbay disse que a Colômbia estabeleceria relações diplomáticas com a China, e a Colômbia estabeleceu relações diplomáticas com Pequim em 1980.",
]  # fmt: skip


@pytest.mark.parametrize("text", SAID_IT_WOULD)
def test_a_hypothesis_in_the_dates_own_clause_is_not_refuted(kb, text):
    results = check(text, kb)
    said, done = one(results, "1978"), one(results, "1980")
    assert said.verdict is not Verdict.CONTRADICTED, said.reason
    assert done.verdict is Verdict.SUPPORTED, done.reason


# Guard: the event told in the date's own clause is still refuted when the table dates it later.
def test_an_event_in_the_dates_own_clause_is_still_refuted(kb):
    text = "In 1978 Colombia established diplomatic relations with Beijing, and trade followed."
    assert one(check(text, kb), "1978").verdict is Verdict.CONTRADICTED
