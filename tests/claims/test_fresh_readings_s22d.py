"""Fixes of older wrong verdicts of the unseen set's dev half (branch issue-15-s22d), each with
real-shaped sentences (our own) in EN, ES and PT, checked against the package's knowledge base.

* A "first" state dated by its own tie: "Guyana was the first Caribbean country to sign a Belt and
  Road memorandum, in July 2018" was borne out by Guyana's own memorandum of July 2018, though the
  ties table dates Trinidad and Tobago's earlier (a probe of round 21a).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a "first" state dated by its own tie ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Guyana became the first Caribbean country to sign on to the Belt and Road Initiative"
            " in July 2018.",
            "first Caribbean country",
        ),
        (
            "In July 2018 Guyana became the first Caribbean country to join the Belt and Road"
            " Initiative.",
            "first Caribbean country",
        ),
        (
            "Jamaica became the first Caribbean country to sign a Belt and Road memorandum, in"
            " April 2019.",
            "first Caribbean country",
        ),
        (
            "Guyana se convirtió en julio de 2018 en el primer país caribeño en adherirse a la"
            " Franja y la Ruta.",
            "primer país caribeño",
        ),
        (
            "Guyana fue, en julio de 2018, el primer país del Caribe en sumarse a la Iniciativa de"
            " la Franja y la Ruta.",
            "primer país",
        ),
        (
            "A Guiana tornou-se em julho de 2018 o primeiro país caribenho a aderir à Iniciativa"
            " Cinturão e Rota.",
            "primeiro país caribenho",
        ),
    ],
)
def test_a_first_is_not_borne_out_by_its_own_tie_date(kb, text, rank):
    result = one(check(text, kb, date="2019-12-26"), rank)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Trinidad and Tobago became in May 2018 the first Caribbean country to join the Belt"
            " and Road Initiative.",
            "first Caribbean country",
        ),
        (
            "Trinidad y Tobago se convirtió en mayo de 2018 en el primer país caribeño en"
            " adherirse a la Franja y la Ruta.",
            "primer país caribeño",
        ),
        (
            "Trinidad e Tobago tornou-se em maio de 2018 o primeiro país caribenho a aderir à"
            " Iniciativa Cinturão e Rota.",
            "primeiro país caribenho",
        ),
        (
            "Trinidad and Tobago was the first Caribbean country to sign a Belt and Road"
            " memorandum.",
            "first Caribbean country",
        ),
    ],
)
def test_guard_the_first_state_dated_by_its_tie_is_borne_out(kb, text, rank):
    result = one(check(text, kb, date="2019-12-26"), rank)
    assert result.verdict is Verdict.SUPPORTED, result.reason
