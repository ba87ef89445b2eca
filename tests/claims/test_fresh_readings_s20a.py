"""General readings found on the fresh dev texts 258-261 of the unseen set (round 26a, branch
issue-15-r26-s20a: English pages on Guyana, Trinidad and Tobago, the Caribbean and Peru that the
store took nothing from), each with real-shaped sentences (our own) in EN, ES and PT, checked
against the package's knowledge base.

* A "first" among the states of a subregion whose order the ties table does not settle:
  "Trinidad and Tobago was the first Caribbean nation to sign on to the Belt and Road" was borne
  out by Trinidad and Tobago's dated signature of May 2018, though the table dates the Dominican
  Republic's (and Dominica's, Antigua's, Grenada's) only as "before April 2019" (or October
  2019): they may have signed first. A state dated only by such a later bound now leaves the
  rank unverifiable, unless the table says the state had not joined at a date after the
  candidate's (Barbados: "not joined" in October 2018).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- "the first Caribbean nation to sign": an order the table leaves open --------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Trinidad and Tobago was the first Caribbean nation to sign on to the Belt and Road "
            "Initiative with China.",
            "first Caribbean nation",
        ),
        (
            "Trinidad and Tobago was the first Caribbean country to sign a Belt and Road "
            "memorandum with China.",
            "first Caribbean country",
        ),
        (
            "Trinidad y Tobago fue el primer país caribeño en firmar el memorando de la Franja y "
            "la Ruta con China.",
            "primer país caribeño",
        ),
        (
            "Trinidad e Tobago foi o primeiro país caribenho a assinar o memorando da Iniciativa "
            "Cinturão e Rota com a China.",
            "primeiro país caribenho",
        ),
    ],
)
def test_first_is_open_while_a_state_is_dated_only_before_a_later_date(kb, text, figure):
    result = one(check(text, kb, date="2023-01-10"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "the order is not settled" in result.reason


# Guards: an order the bounds cannot upset is still borne out, and so is a first the store
# records as such (Panama's Belt and Road memorandum, a `first_year` fact).
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Cuba was the first Latin American country to establish diplomatic relations with "
            "China.",
            "first Latin American country",
        ),
        (
            "Cuba fue el primer país latinoamericano en establecer relaciones diplomáticas con "
            "China.",
            "primer país latinoamericano",
        ),
        (
            "Cuba foi o primeiro país latino-americano a estabelecer relações diplomáticas com a "
            "China.",
            "primeiro país latino-americano",
        ),
        (
            "Panama, the first country of the region to join the Belt and Road Initiative, "
            "signed up in 2019.",
            "first country",
        ),
        (
            "Panamá, el primer país de la región en sumarse a la Franja y la Ruta, firmó en 2017.",
            "primer país",
        ),
        (
            "O Panamá, o primeiro país da região a aderir à Iniciativa Cinturão e Rota, assinou "
            "em 2017.",
            "primeiro país",
        ),
    ],
)
def test_first_with_no_open_bound_still_supported(kb, text, figure):
    result = one(check(text, kb, date="2023-01-10"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_bound_after_a_known_not_joined_does_not_open_the_order(kb):
    from chinalac.claims.rules.ties_common import Tie
    from chinalac.claims.rules.ties_rank import _may_precede

    mine = Tie("t", "TTO", "bri_mou", "signed", "2018-05-15", False, "")
    barbados = Tie("b", "BRB", "bri_mou", "signed", "2019-04", False, "", before=True)
    dominican = Tie("d", "DOM", "bri_mou", "signed", "2019-04", False, "", before=True)
    assert not _may_precede(kb, barbados, mine)  # "not joined" in 2018-10, after May 2018
    assert _may_precede(kb, dominican, mine)
