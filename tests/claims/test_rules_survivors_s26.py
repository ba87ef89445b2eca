"""Tests for the `claims_rules` mutants that survived the sixteenth run (issue 17): the mutants
on the lines rounds 24a–25c changed in `claims/rules/` (main d4568f1 to ac82123), classified in
docs/mutation-claims-rules-survivors-s26.md. Each test asserts a verdict one of them changes,
on real-shaped sentences (our own) in EN, ES and PT against the package's knowledge base.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- partner_rank._metric: a product named before the rank, never after it ---------------------
# A destination rank with no complement of its own, in a sentence that names a product BEFORE
# it, ranks China for that product, which no stored rank of all exports decides (round s24c).
# A product named only after the rank does not ("…, and soybeans led the shipments"), nor does
# a product at the sentence's very first character escape the rule.


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2024 China was Brazil's main destination, and soybeans led the shipments.",
            "main destination",
        ),
        (
            "En 2024 China fue el principal destino brasileño, y la soja encabezó los envíos.",
            "principal destino brasileño",
        ),
        (
            "Em 2024 a China foi o principal destino brasileiro, e a soja liderou os embarques.",
            "principal destino brasileiro",
        ),
    ],
)
def test_a_product_named_after_the_rank_does_not_unrank_it(kb, text, figure):
    result = one(check(text, kb, date="2025-03-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Soybeans: in 2024 China was Brazil's main destination.", "main destination"),
        ("Soja: en 2024 China fue el principal destino brasileño.", "principal destino brasileño"),
        (
            "Soja: em 2024 a China foi o principal destino brasileiro.",
            "principal destino brasileiro",
        ),
    ],
)
def test_a_product_opening_the_sentence_ranks_china_for_it(kb, text, figure):
    result = one(check(text, kb, date="2025-03-01"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- store_facts._summed_parts: what the unrefuted summed total shows, and its band's edge --------
# (rounds 25c and the lead's MIRROR_GAP: China's 66.9 bn against Chile's customs exports and
# imports added up, 57,321 m)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("China's trade with Chile hit a record $66.9 billion in 2024.", "$66.9 billion"),
        (
            "El comercio entre China y Chile alcanzó 66.900 millones de dólares en 2024.",
            "66.900 millones de dólares",
        ),
        (
            "O comércio entre a China e o Chile bateu recorde de US$ 66,9 bilhões em 2024.",
            "US$ 66,9 bilhões",
        ),
    ],
)
def test_an_unrefuted_summed_total_is_named_as_related_with_both_reasons(kb, text, figure):
    result = one(check(text, kb, date="2025-01-20"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.rule_id == "store-facts"
    why, dash, refuted = result.reason.partition(" — ")
    assert why == (
        "not called contradicted because the store's total is only one source's exports and "
        "imports added up, which no page publishes"
    )
    assert dash and refuted.startswith("the store holds 57,321 usd_m 2024 (Servicio Nacional")
    assert f"; the text says {figure} (would need " in refuted
    # the sum is still shown to the reader, as related, never dropped
    assert result.evidence
    assert {e.relation for e in result.evidence} == {"related"}
    assert any("+" in (e.record_id or "") for e in result.evidence)


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # 71,651.25 m is exactly a quarter above 57,321 m: still within the band, not refuted
        (
            "China's trade with Chile reached US$71,651.25 million in 2024.",
            "US$71,651.25 million",
            Verdict.UNVERIFIABLE,
        ),
        (
            "El comercio entre China y Chile llegó a US$ 71.651,25 millones en 2024.",
            "US$ 71.651,25 millones",
            Verdict.UNVERIFIABLE,
        ),
        # a hair beyond the quarter: not refuted either since stop 45 (a sum never refutes)
        (
            "O comércio entre a China e o Chile chegou a US$ 71.700 milhões em 2024.",
            "US$ 71.700 milhões",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_a_summed_total_refutes_neither_inside_nor_beyond_the_band(kb, text, figure, verdict):
    result = one(check(text, kb, date="2025-01-20"), figure)
    assert result.verdict is verdict, result.reason


# --- ties_date._years_ago: days and weeks count back no year ------------------------------------
# Counted back as years, "hace 2 días" in a 2025 text is 2023, the year Honduras established
# relations with the PRC: a false "supported" (round s25c's rule; its own test is not in the
# mutation selection).


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Hace 2 días, China y Honduras establecieron relaciones diplomáticas.", "2 días"),
        ("Há 2 semanas, a China e Honduras estabeleceram relações diplomáticas.", "2 semanas"),
        ("Two days ago, China and Honduras established diplomatic relations.", "Two days"),
        ("Hace 2 semanas, China y Honduras establecieron relaciones diplomáticas.", "2 semanas"),
    ],
)
def test_days_or_weeks_ago_date_no_year(kb, text, figure):
    result = one(check(text, kb, date="2025-05-20"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_guard_years_ago_still_date_the_tie(kb):
    text = "Hace 2 años, China y Honduras establecieron relaciones diplomáticas."
    result = one(check(text, kb, date="2025-05-20"), "2 años")
    assert result.verdict is Verdict.SUPPORTED, result.reason
