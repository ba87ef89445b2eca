"""General readings found on the fresh dev texts 315-318 of the unseen set (branch
issue-15-r29c-s20c, round 29c: the Lula-Xi agreements of 2024, fifty years of Brazil-China
relations, the FGV's count of China's shares of Brazil's trade, Xi's pledges of 2015), each with
real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the package's
knowledge base.

* The feminine partner nouns: "a China segue como a principal parceira comercial do Brasil", "la
  principal socia comercial de Brasil" — d94142c read no metric in either (the rank rule knew only
  "parceiro comercial" and "socio comercial") and left them unjudged; the stored 2024 rank 1
  bears them out now. The masculine nouns and English keep their verdicts (guards); a wrong place
  is still not refuted by them alone.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- the feminine partner nouns -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "17 de dezembro de 2024 — Rio de Janeiro\n\nO levantamento do Ibre/FGV mostra que a"
            " China segue como a principal parceira comercial do Brasil.",
            "principal parceira comercial",
        ),
        (
            "17 de diciembre de 2024 — Río de Janeiro\n\nEl estudio del Ibre/FGV muestra que China"
            " sigue siendo la principal socia comercial de Brasil.",
            "principal socia comercial",
        ),
    ],
)
def test_a_feminine_partner_noun_is_the_partner_rank(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "china_partner_rank" in result.reason


# Guards: the masculine nouns and English were read already, and keep their verdict.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "17 de dezembro de 2024 — Rio de Janeiro\n\nO levantamento do Ibre/FGV mostra que a"
            " China segue como o principal parceiro comercial do Brasil.",
            "principal parceiro comercial",
        ),
        (
            "17 de diciembre de 2024 — Río de Janeiro\n\nEl estudio del Ibre/FGV muestra que China"
            " sigue siendo el principal socio comercial de Brasil.",
            "principal socio comercial",
        ),
        (
            "December 17, 2024 — Rio de Janeiro\n\nThe FGV survey shows that China remains"
            " Brazil's main trading partner.",
            "main trading partner",
        ),
    ],
)
def test_a_masculine_or_english_partner_noun_keeps_its_verdict(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guard: a wrong place in the feminine is not refuted by the ranks of other measures.
def test_a_wrong_place_in_the_feminine_is_not_refuted():
    text = (
        "17 de dezembro de 2024 — Rio de Janeiro\n\nO levantamento mostra que a China é hoje a"
        " segunda parceira comercial do Brasil."
    )
    result = one(check(text), "segunda parceira comercial")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.verdict is not Verdict.SUPPORTED, result.reason
