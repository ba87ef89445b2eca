"""General readings found on the fresh dev texts 565-566 of the unseen set (branch round-r52d,
round 52d: Costa Rica's imports from China, January 2025, and El Salvador's trade with China in the
first half of 2025, August 2025), each with real-shaped sentences (our own) in Spanish and
Portuguese, and English where it applies, checked against the package's knowledge base.

* "de 46,1 millones de dólares en 2024 a 42,3 millones en los seis primeros meses de este año",
  "nos seis primeiros meses deste ano": the count written before the ordinal names a part of the
  year as "los primeros seis meses" does (text 566: main read "seis" as a count, took "en 2024"
  for the whole year and refuted a first-half figure by the full-year row). The year beside the
  part of a year is then read with doubt, so it is never refuted.
* "En 2024 El Salvador importó 2.731,8 millones en bienes chinos y exportó 52,8 millones": a
  paragraph whose verb of importing or exporting takes bare amounts (a scale word, nothing
  counted, no currency) continues the currency of the text's last amount (text 566: main read
  two counts and no metric). The currency is assumed: borne out, never refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from tests.claims.conftest import one

# --- "los seis primeros meses": a part of the year, the count before the ordinal -----------------

SLV_HALF = [
    (
        "San Salvador, 20 de agosto de 2025\n\nDe acuerdo con el Banco Central, las ventas"
        " salvadoreñas a China habrían bajado, de 46,1 millones de dólares en 2024 a 42,3 millones"
        " en los seis primeros meses de este año.",
        "46,1 millones de dólares",
        "42,3 millones",
    ),
    (
        "San Salvador, 20 de agosto de 2025\n\nSegundo o Banco Central, as vendas salvadorenhas à"
        " China caíram de 46,1 milhões de dólares em 2024 para 42,3 milhões nos seis primeiros"
        " meses deste ano.",
        "46,1 milhões de dólares",
        "42,3 milhões",
    ),
    (
        "San Salvador, 20 August 2025\n\nAccording to the central bank, Salvadoran sales to China"
        " fell from 46.1 million dollars in 2024 to 42.3 million in the first six months of this"
        " year.",
        "46.1 million dollars",
        "42.3 million",
    ),
]


@pytest.mark.parametrize(("text", "before", "after"), SLV_HALF)
def test_a_year_beside_the_first_six_months_is_not_refuted_by_the_whole_year(text, before, after):
    """The store holds El Salvador's exports of the whole of 2024 (52.8 million); the 46.1 of
    "en 2024" set against the first six months of this year is a first-half figure."""
    result = one(check(text), before)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(("text", "before", "after"), SLV_HALF)
def test_the_six_first_months_of_this_year_are_january_to_june(text, before, after):
    claim = one(check(text), after).claim
    period = claim.period
    assert period is not None
    assert (period.start_year, period.start_month, period.end_month) == (2025, 1, 6)


def test_the_six_first_months_of_a_written_year_still_read():
    """Guard: "los seis primeros meses de 2024" (a year written) keeps its months."""
    text = (
        "San Salvador, 20 de agosto de 2025\n\nLas ventas salvadoreñas a China sumaron 46,1"
        " millones de dólares en los seis primeros meses de 2024."
    )
    claim = one(check(text), "46,1 millones de dólares").claim
    period = claim.period
    assert period is not None
    assert (period.start_year, period.start_month, period.end_month) == (2024, 1, 6)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "San Salvador, 20 de agosto de 2025\n\nDe acuerdo con el Banco Central, las ventas"
            " salvadoreñas a China habrían bajado a 46,1 millones de dólares en 2024.",
            "46,1 millones de dólares",
        ),
        (
            "San Salvador, 20 de agosto de 2025\n\nSegundo o Banco Central, as vendas salvadorenhas"
            " à China caíram para 46,1 milhões de dólares em 2024.",
            "46,1 milhões de dólares",
        ),
    ],
)
def test_a_whole_year_figure_with_no_part_of_a_year_is_still_refuted(text, claim):
    """Guard: with no part of a year in the sentence, 46.1 told on the central bank's word is
    refuted by the stored 52.8 (the bank's own count)."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- a verb of importing or exporting carries the currency of the text's last amount ------------

FLOW = [
    (
        "San Salvador, 20 de agosto de 2025\n\nLas compras a China subieron a 1.184,6 millones de"
        " dólares en el primer semestre de 2024.\n\nEntre enero y junio de 2025 China fue el segundo"
        " país que más bienes vendió a El Salvador.\n\nEn 2024 El Salvador importó 2.731,8 millones"
        " en bienes chinos y exportó 52,8 millones.",
        "2.731,8 millones",
        "52,8 millones",
    ),
    (
        "San Salvador, 20 de agosto de 2025\n\nAs compras da China subiram para 1.184,6 milhões de"
        " dólares no primeiro semestre de 2024.\n\nEm 2024 El Salvador importou 2.731,8 milhões em"
        " bens chineses e exportou 52,8 milhões.",
        "2.731,8 milhões",
        "52,8 milhões",
    ),
    (
        "San Salvador, 20 August 2025\n\nPurchases from China rose to 1,184.6 million dollars in"
        " the first half of 2024.\n\nIn 2024 El Salvador imported 2,731.8 million in Chinese goods"
        " and exported 52.8 million.",
        "2,731.8 million",
        "52.8 million",
    ),
]


@pytest.mark.parametrize(("text", "imports", "exports"), FLOW)
def test_a_bare_amount_exported_takes_the_currency_of_the_last_amount(text, imports, exports):
    """The store holds El Salvador's exports to China of 2024: 52.8 million dollars."""
    result = one(check(text), exports)
    assert result.claim.kind is Kind.MONEY
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(("text", "imports", "exports"), FLOW)
def test_an_assumed_currency_never_refutes(text, imports, exports):
    """The stored imports of 2024 are 2,652.5 million; with the currency assumed, 2,731.8 is left
    unjudged rather than refuted."""
    result = one(check(text), imports)
    assert result.claim.kind is Kind.MONEY
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "San Salvador, 20 de agosto de 2025\n\nLas compras a China subieron a 1.184,6 millones"
            " de dólares.\n\nEn 2024 El Salvador exportó 52,8 millones de toneladas de azúcar.",
            "52,8 millones",
        ),
        (
            "San Salvador, 20 de agosto de 2025\n\nLas compras a China subieron a 1.184,6 millones"
            " de dólares.\n\nEn 2024 El Salvador tenía 52,8 millones.",
            "52,8 millones",
        ),
    ],
)
def test_no_currency_is_carried_to_counted_things_or_without_a_flow_verb(text, claim):
    """Guards: tonnes are counted, and a sentence with no verb of importing or exporting carries
    nothing."""
    results = [r for r in check(text) if claim in r.claim.text]
    assert all(r.claim.kind is not Kind.MONEY for r in results)
    assert all(r.verdict is not Verdict.SUPPORTED for r in results)
