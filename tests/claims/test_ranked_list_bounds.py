"""Where a ranked list starts and ends (lead, stop 36; found by the s35 survivors' helper).

A state named before the list is not the list's first mention: "…of Chile, as it was of Pacific
countries such as Chile, Peru and Ecuador" are examples, not the set of states China leads (main
read "3 states listed (CHL, PER, ECU)" as that count). And a plain list followed by a list of
examples is two sets, not one of six (main: "6 states listed (BRA, PER, CHL, URY, ARG, BOL)",
borne out by Uruguay's rank alone).
"""

from __future__ import annotations

import pytest

from chinalac.claims import check
from tests.claims.conftest import one

NAMED_BEFORE_THE_EXAMPLES = [
    (
        "In 2025, Beijing was the largest trading partner of Chile, as it was of Pacific "
        "countries such as Chile, Peru and Ecuador.",
        "largest trading partner",
    ),
    (
        "En 2025, Pekín fue el mayor socio comercial de Chile, como lo fue de países del "
        "Pacífico como Chile, Perú y Ecuador.",
        "mayor socio comercial",
    ),
    (
        "Em 2025, Pequim foi o maior parceiro comercial do Chile, como foi de países do "
        "Pacífico como Chile, Peru e Equador.",
        "maior parceiro comercial",
    ),
]


@pytest.mark.parametrize(("text", "figure"), NAMED_BEFORE_THE_EXAMPLES)
def test_examples_after_a_state_named_alone_are_no_count(kb, text, figure):
    result = one(check(text, kb, date="2025-06-01"), figure)
    assert "states listed" not in result.reason, result.reason
    assert all(f.rule_id != "ranked-list" for f in result.findings), result.reason


A_LIST_THEN_EXAMPLES = [
    (
        "In 2025, Beijing was the largest trading partner of Brazil, Peru and Chile, as it has "
        "been of countries such as Uruguay, Argentina and Bolivia in recent years.",
        "largest trading partner",
    ),
    (
        "En 2025, Pekín fue el mayor socio comercial de Brasil, Perú y Chile, como lo ha sido de "
        "países como Uruguay, Argentina y Bolivia en los últimos años.",
        "mayor socio comercial",
    ),
    (
        "Em 2025, Pequim foi o maior parceiro comercial do Brasil, do Peru e do Chile, como tem "
        "sido de países como Uruguai, Argentina e Bolívia nos últimos anos.",
        "maior parceiro comercial",
    ),
]


@pytest.mark.parametrize(("text", "figure"), A_LIST_THEN_EXAMPLES)
def test_a_list_ends_where_its_glue_ends(kb, text, figure):
    result = one(check(text, kb, date="2025-06-01"), figure)
    assert "3 states listed (BRA, PER, CHL)" in result.reason, result.reason
    assert "URY" not in result.reason, result.reason


# Guard: one list of three is still the count (unchanged).
def test_a_plain_list_is_still_the_count(kb):
    text = "In 2025, Beijing was the largest trading partner of Brazil, Peru and Chile."
    result = one(check(text, kb, date="2025-06-01"), "largest trading partner")
    assert "3 states listed (BRA, PER, CHL)" in result.reason, result.reason
