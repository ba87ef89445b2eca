"""General readings found on the fresh dev texts 589-590 of the unseen set (branch round-r55d:
Dinero.hn on Honduras's deficit with China in 2024, and elEconomista on the opening of China's
embassy in Santo Domingo, September 2018), each with real-shaped sentences (our own) in the
languages where the reading applies, checked against the package's knowledge base.

* A total or balance told in one paragraph is not checked against a pair of flows of another
  paragraph that holds a third flow of the same state, period and currency: "the deficit was
  2,662 million. ¶ In general merchandise it exported 35.9 million and imported 2,552 million;
  in goods for processing it imported 148.4 million" — the pair is not all the parts, and the
  deficit may sum every flow (text 589: main called Honduras's deficit inconsistent with the
  difference of its general merchandise alone). A total or balance that its only pair of flows
  does not give is still inconsistent.
* A superlative of size or weight written after the partner it ranks ("el socio comercial más
  grande de China en el Caribe", "o parceiro comercial mais importante") is a first rank, read
  as "el mayor socio comercial" is (text 590 and text 36's "el socio comercial más importante de
  Cuba": main read no rank in them). Only a singular partner: "los socios más importantes" may
  be one of several.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from chinalac.claims.check import check
from tests.claims.conftest import checked

# --- a third flow beside the pair: the pair is not all the parts ------------------------------

THIRD_FLOW = [
    (
        "Tegucigalpa, febrero de 2025\n\nHonduras cerró 2024 con un déficit comercial de 2.662"
        " millones de dólares frente a China.\n\nEn mercancías generales, las exportaciones de"
        " Honduras a China sumaron 35,9 millones de dólares en 2024 y sus importaciones desde"
        " China 2.552 millones de dólares. En bienes de transformación, las importaciones desde"
        " China llegaron a 148,4 millones de dólares.",
        "2.662 millones de dólares",
    ),
    (
        "Tegucigalpa, February 2025\n\nHonduras ended 2024 with a trade deficit of $2,662 million"
        " with China.\n\nIn general merchandise, Honduras's exports to China were $35.9 million"
        " in 2024 and its imports from China $2,552 million. In goods for processing, imports"
        " from China came to $148.4 million.",
        "$2,662 million",
    ),
    (
        "Tegucigalpa, fevereiro de 2025\n\nHonduras fechou 2024 com um déficit comercial de US$"
        " 2.662 milhões com a China.\n\nEm mercadorias gerais, as exportações de Honduras para a"
        " China somaram US$ 35,9 milhões em 2024 e as importações da China US$ 2.552 milhões. Em"
        " bens de transformação, as importações da China chegaram a US$ 148,4 milhões.",
        "US$ 2.662 milhões",
    ),
]


@pytest.mark.parametrize(("text", "span"), THIRD_FLOW)
def test_a_balance_is_not_checked_against_a_pair_beside_a_third_flow(text, span):
    result = checked(text, span, date="2025-02-10")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert result.claim.metric == "trade_deficit"
    assert result.claim.entity == "HND"
    assert result.claim.period is not None and result.claim.period.start_year == 2024
    assert "own parts" not in result.reason


ONLY_PAIR = [
    (
        "Lima, March 2, 2024 — Peru's exports to China reached US$23.1 billion in 2023, and Peru's"
        " imports from China came to US$13.2 billion in 2023.\n\nPeru's trade with China totalled"
        " US$38.6 billion in 2023.",
        "US$38.6 billion",
    ),
    (
        "Lima, 2 de marzo de 2024 — Las exportaciones de Perú a China alcanzaron US$ 23.100"
        " millones en 2023, y las importaciones de Perú desde China sumaron US$ 13.200 millones en"
        " 2023.\n\nEl comercio de Perú con China totalizó US$ 38.600 millones en 2023.",
        "US$ 38.600 millones",
    ),
]


@pytest.mark.parametrize(("text", "span"), ONLY_PAIR)
def test_a_balance_its_only_pair_does_not_give_is_still_inconsistent(text, span):
    """Guard: with no third flow, the pair of the other paragraph still judges the balance."""
    result = checked(text, span, date="2024-03-02")
    assert result.verdict is Verdict.INCONSISTENT
    assert "own parts" in result.reason


# --- a superlative after the partner it ranks ---------------------------------------------------

POSTPOSED = [
    (
        "En 2023, China fue el socio comercial más grande de Costa Rica.",
        "socio comercial más grande",
    ),
    (
        "En 2023, China fue el socio comercial más importante de Costa Rica.",
        "socio comercial más importante",
    ),
    (
        "Em 2023, a China foi o parceiro comercial mais importante da Costa Rica.",
        "parceiro comercial mais importante",
    ),
]


@pytest.mark.parametrize(("text", "span"), POSTPOSED)
def test_a_superlative_after_the_partner_is_a_first_rank(text, span):
    result = checked(text, span, date="2024-03-10")
    assert result.claim.value == 1
    assert result.claim.entity == "CRI"
    assert result.claim.period is not None and result.claim.period.start_year == 2023
    # The store's 2023 rank of China for Costa Rica is 2, by another measure: never refuted.
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "the stored ranks for china_partner_rank" in result.reason


def test_a_caribbean_rank_after_the_partner_is_read_and_left_unjudged():
    text = (
        "Santo Domingo, septiembre de 2018\n\nWang recordó que República Dominicana es el socio"
        " comercial más grande de China en el Caribe."
    )
    result = checked(text, "socio comercial más grande", date="2018-09-22")
    assert result.claim.value == 1
    assert result.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    "text",
    [
        "En 2023, China y Estados Unidos fueron los socios comerciales más importantes de Costa"
        " Rica.",
        "Em 2023, a China e os Estados Unidos foram os parceiros comerciais mais importantes da"
        " Costa Rica.",
    ],
)
def test_plural_partners_with_a_superlative_are_no_first_rank(text):
    """Guard: several partners named the most important rank none of them first."""
    ranks = [r for r in check(text, date="2024-03-10") if r.claim.kind.value == "rank"]
    assert all(r.claim.value != 1 or "mais" not in r.claim.text for r in ranks)
    assert all("más importantes" not in r.claim.text for r in ranks)
