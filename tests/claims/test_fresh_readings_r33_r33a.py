"""General readings found on the fresh dev texts 371-374 of the unseen set (branch issue-15-r33a,
round 33a: China passing the EU as Latin America's second partner with the trade of 2023 by state,
no policy-bank loans to the region in 2021, Costa Rica's ties with China since 2007, the Baha Mar
loan in the Bahamas), each with real-shaped sentences (our own) in English, Spanish and
Portuguese where the pattern applies, checked against the package's knowledge base.

* A region named as the adjective of a state's rank is the class it is ranked in, not whose figure
  follows: "Brazil, China's largest Latin American trade partner, reported $181 billion in trade
  for 2023", "Brasil, el mayor socio latinoamericano de China, registró …", "o Brasil, maior
  parceiro latino-americano da China, registrou …" — main read the region's total and refuted it
  by the stored 489 bn, in all three languages (false "contradicted", text 371). The rule already
  covered "China's third largest borrower in Latin America"; a region that is the clause's own
  subject is still read as before (guards).
* A balance word right after the amount makes the figure a balance: "a $63 billion surplus", "a
  $51 billion trade surplus", "a $2 billion surplus" — main took the trade word earlier in the
  clause ("exports", "exported", "trade") and refuted the surplus as Brazil's exports or the
  region's trade (false "contradicted", text 371). Spanish and Portuguese "… de superávit" were
  read as balances already (guards).
* A year that names an agreement ("under a 2005 trade agreement", "un acuerdo comercial de 2005",
  "um acordo comercial de 2005") dates the agreement, a claim of its own, never the period of the
  clause's figure: main dated Chile's exports and surplus of 2023 by 2005 in English and read no
  claim for the year in any language (text 371, u6614, u6618). A rank "since a 2009 agreement"
  keeps the year as its period (a span's start; guard).
* "Commerce between" names the trade of the two sides, as "trade between" does: main read no
  metric for "Commerce between Latin America and China climbed to … $480 billion in 2023" and
  missed a real error of the source (u6601, keyed contradicted; the Spanish "comercio" and the
  Portuguese "comércio" were read already, guards).
* A count of the lenders does not hide a year of no lending: "China's two most active policy
  banks … made no new finance commitments … in 2021", "los dos bancos chinos no concedieron
  préstamos … en 2021" — main took "two … banks" for the sentence's only claim and never read the
  zero (u6620, keyed supported by the stored zero of 2021). A sentence with an amount lent keeps
  its amount (guard).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a region as the adjective of a state's rank -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "state"),
    [
        (
            "February 2024 — Brazil, China's largest Latin American trade partner, reported $181"
            " billion in trade for 2023.",
            "$181 billion",
            "BRA",
        ),
        (
            "Febrero de 2024 — Brasil, el mayor socio latinoamericano de China, registró 181.000"
            " millones de dólares de comercio en 2023.",
            "181.000 millones de dólares",
            "BRA",
        ),
        (
            "Fevereiro de 2024 — O Brasil, maior parceiro latino-americano da China, registrou US$"
            " 181 bilhões de comércio em 2023.",
            "US$ 181 bilhões",
            "BRA",
        ),
        (
            "February 2024 — Argentina, China's third Latin American partner, reported $20 billion"
            " in trade in 2023.",
            "$20 billion",
            "ARG",
        ),
    ],
)
def test_a_region_as_the_adjective_of_a_rank_is_not_the_figures_owner(text, figure, state):
    result = one(check(text), figure)
    assert result.claim.entity == state, result.claim.entity
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "February 2024 — Latin American trade with China reached $450 billion in 2023.",
            "$450 billion",
            Verdict.CONTRADICTED,
        ),
        (
            "February 2024 — Brazil said Latin American trade with China reached $489 billion in"
            " 2023.",
            "$489 billion",
            Verdict.SUPPORTED,
        ),
        (
            "Febrero de 2024 — El comercio latinoamericano con China alcanzó 450.000 millones de"
            " dólares en 2023.",
            "450.000 millones de dólares",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_region_that_owns_its_clause_is_still_read(text, figure, verdict):
    result = one(check(text), figure)
    assert result.claim.entity == "LAC", result.claim.entity
    assert result.verdict is verdict, result.reason


# --- a balance word right after the amount -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "February 2024 — In 2023 Brazil exported $104 billion to China and posted a $51"
            " billion trade surplus with it.",
            "$51 billion",
        ),
        (
            "February 2024 — The region's trade with China left a $2 billion surplus in 2023.",
            "$2 billion",
        ),
        (
            "February 2024 — Brazil's exports to China came to $122 billion in 2023, leaving a $63"
            " billion surplus.",
            "$63 billion",
        ),
    ],
)
def test_a_balance_word_after_the_amount_makes_it_a_balance(text, figure):
    result = one(check(text), figure)
    assert result.claim.metric in ("trade_balance", "trade_surplus", "trade_deficit"), (
        result.claim.metric
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Febrero de 2024 — En 2023 Brasil exportó a China 104.000 millones de dólares y obtuvo"
            " 51.000 millones de dólares de superávit comercial.",
            "51.000 millones de dólares",
        ),
        (
            "Fevereiro de 2024 — Em 2023 o Brasil exportou US$ 104 bilhões para a China e teve US$"
            " 51 bilhões de superávit.",
            "US$ 51 bilhões",
        ),
    ],
)
def test_a_balance_after_the_amount_in_spanish_and_portuguese_stays_a_balance(text, figure):
    result = one(check(text), figure)
    assert result.claim.metric in ("trade_balance", "trade_surplus", "trade_deficit")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_the_flow_before_a_balance_keeps_its_reading():
    text = (
        "February 2024 — In 2023 Brazil exported $104 billion to China and posted a $51 billion"
        " trade surplus with it."
    )
    result = one(check(text), "$104 billion")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a year that names an agreement ----------------------------------------------------------------


def test_a_year_naming_an_agreement_is_not_the_figures_period():
    text = "February 2024 — In 2023, Chile's exports reached $43 billion under a 2005 free trade agreement."
    result = one(check(text), "$43 billion")
    assert result.claim.period is not None and result.claim.period.start_year == 2023
    surplus = one(
        check(
            "February 2024 — In 2023, Chile's exports surpassed $43 billion, giving it a $23"
            " billion surplus under a 2005 trade agreement."
        ),
        "$23 billion",
    )
    assert surplus.claim.period is not None and surplus.claim.period.start_year == 2023


@pytest.mark.parametrize(
    "text",
    [
        "February 2024 — In 2023, Chile's exports surpassed $43 billion, giving it a $23 billion"
        " surplus under a 2005 trade agreement.",
        "Febrero de 2024 — En 2023, las exportaciones de Chile a China llegaron a 37.449 millones"
        " de dólares, bajo un acuerdo comercial de 2005.",
        "Fevereiro de 2024 — Em 2023, as exportações do Chile para a China chegaram a US$ 37,449"
        " bilhões, sob um acordo comercial de 2005.",
    ],
)
def test_a_year_naming_an_agreement_is_a_claim_of_its_own(text):
    result = one(check(text), "2005")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_a_rank_since_an_agreement_keeps_the_year_as_its_period():
    text = (
        "February 2024 — Peru exported over $25 billion; China has been its top trading partner"
        " since a 2009 agreement."
    )
    result = one(check(text), "top trading partner")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Febrero de 2024 — En 2023, las exportaciones de Chile a China llegaron a 37.449"
            " millones de dólares, bajo un acuerdo comercial de 2005.",
            "37.449 millones de dólares",
        ),
        (
            "Fevereiro de 2024 — Em 2023, as exportações do Chile para a China chegaram a US$"
            " 37,449 bilhões, sob um acordo comercial de 2005.",
            "US$ 37,449 bilhões",
        ),
    ],
)
def test_the_figure_beside_an_agreement_year_is_still_supported(text, figure):
    assert one(check(text), figure).verdict is Verdict.SUPPORTED


# --- "commerce between" ------------------------------------------------------------------------------


def test_commerce_between_is_the_trade_of_the_two_sides():
    text = (
        "February 2024 — Commerce between Latin America and China climbed to an all-time high of"
        " $480 billion in 2023."
    )
    result = one(check(text), "$480 billion")
    assert result.claim.metric == "trade_total"
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Febrero de 2024 — El comercio entre América Latina y China alcanzó 450.000 millones de"
            " dólares en 2023.",
            "450.000 millones de dólares",
        ),
        (
            "Fevereiro de 2024 — O comércio entre a América Latina e a China alcançou US$ 450"
            " bilhões em 2023.",
            "US$ 450 bilhões",
        ),
    ],
)
def test_trade_between_in_spanish_and_portuguese_is_read_as_before(text, figure):
    assert one(check(text), figure).verdict is Verdict.CONTRADICTED


def test_the_ministry_of_commerce_is_no_trade_figure():
    text = (
        "February 2024 — The Ministry of Commerce said China and Brazil signed deals worth $10"
        " billion in 2023."
    )
    result = one(check(text), "$10 billion")
    assert result.claim.metric != "trade_total", result.claim.metric


# --- a count of the lenders beside a year of no lending ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "March 28, 2022 — China's two most active policy banks, the China Development Bank (CDB)"
        " and the Export-Import Bank of China (CHEXIM), made no new finance commitments to Latin"
        " American governments or state-owned enterprises in 2021.",
        "March 28, 2022 — China's two policy banks made no new loans to Latin America in 2021.",
        "28 de marzo de 2022 — Los dos bancos chinos no concedieron préstamos a América Latina en"
        " 2021.",
    ],
)
def test_a_count_of_lenders_does_not_hide_a_year_of_no_lending(text):
    result = one(check(text), "2021")
    assert result.claim.metric == "loans_total"
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_an_amount_lent_by_the_two_banks_stays_a_claim():
    text = "March 28, 2022 — The two banks lent $5 billion to Venezuela in 2018."
    result = one(check(text), "$5 billion")
    assert result.claim.metric in ("loans_total", "loan_single")
