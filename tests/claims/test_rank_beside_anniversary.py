"""A first rank of ties in a sentence dated by the ties' anniversary is not refuted by that date:
"Costa Rica, the first Central American country to establish relations with Beijing, marked ten
years of those ties in June 2017" (the survivors' helper of stop 35 found main calling the rank
contradicted by the tie of 2007-06-01). The date of the event itself is still judged. Our own
sentences, on the package's knowledge base."""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check


def _rank(text, kb):
    (found,) = [
        r
        for r in check(text, db=kb)
        if r.claim.kind is Kind.RANK and "anniversary" not in r.claim.text
    ]
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Costa Rica, the first Central American country to establish relations with Beijing, "
        "marked ten years of those ties in June 2017.",
        "Costa Rica, el primer país centroamericano en establecer relaciones con Pekín, cumplió "
        "diez años de esos lazos en junio de 2017.",
        "A Costa Rica, o primeiro país centro-americano a estabelecer relações com Pequim, "
        "completou dez anos desses laços em junho de 2017.",
        "Costa Rica, the first Central American country to establish relations with Beijing, "
        "celebrated the tenth anniversary in June 2017.",
    ],
)
def test_the_anniversarys_date_does_not_refute_the_first_rank(kb, text):
    result = _rank(text, kb)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_the_events_own_date_is_still_judged(kb):
    text = (
        "Costa Rica, the first Central American country to establish relations with Beijing, "
        "did so in June 2017."
    )
    dated = [r for r in check(text, db=kb) if r.claim.text == "June 2017"]
    assert dated and dated[0].verdict is Verdict.CONTRADICTED, [r.reason for r in dated]
