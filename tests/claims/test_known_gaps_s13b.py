"""Known gaps of the claims checker closed on branch issue-15-s13b, each with real-shaped
sentences (our own) in EN, ES and PT, checked against the package's knowledge base.

* The stock of Chinese direct investment ("the stock of Chinese companies' direct investments
  in Latin America reached US$387 billion", "el stock de inversión directa china", "o estoque
  de investimento direto chinês") was read as a flow (`fdi_flow`) or as investment in general,
  so the store's `fdi_stock` rows never decided it. The stock is now its own metric; a stock's
  whole differs by source (MOFCOM counts offshore centres, a host's central bank the ultimate
  owner), so a stored stock bears a matching claim out and never contradicts one.
* "China was Brazil's top export destination": a rank word followed by a word beginning with
  "e", "es" or "se" ("export", "economy") was dropped, as if the word were the verb "é" or "es"
  ("the first is"). "the main destination of Brazil's exports": "main" was no rank word.
* "Brazil's exports to and imports from China were $35.13bn and $23.36bn respectively": both
  figures took the direction of the flow word nearest them, so one was always read as the
  wrong flow (main bore out a swapped pair's first figure). The first figure is now the first
  flow named, the second the other.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.models import Kind
from tests.claims.conftest import one

# --- the stock of Chinese direct investment -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        (
            "November 30, 2018 — In 2017, the stock of Chinese companies' direct investments in"
            " Latin America reached US$387 billion.",
            "US$387 billion",
            "LAC",
        ),
        (
            "Lima, mayo de 2024 — El stock de inversión directa china en Perú llegó a US$ 28.715"
            " millones en 2022, según el banco central.",
            "US$ 28.715 millones",
            "PER",
        ),
        (
            "Lima, maio de 2024 — O estoque de investimento direto chinês no Peru chegou a"
            " US$ 28,715 bilhões em 2022, segundo o banco central.",
            "US$ 28,715 bilhões",
            "PER",
        ),
    ],
)
def test_a_stock_of_direct_investment_is_read_against_the_stored_stock(kb, text, figure, entity):
    result = one(check(text, kb), figure)
    # Main: fdi_flow (EN) or investment_total (ES, PT), with no stored row: unverifiable.
    assert result.claim.metric == "fdi_stock"
    assert result.claim.entity == entity
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Lima, May 2024 — The stock of Chinese direct investment in Peru reached US$20"
            " billion in 2022.",
            "US$20 billion",
        ),
        (
            "Lima, mayo de 2024 — El stock de inversión directa china en Perú llegó a US$ 20.000"
            " millones en 2022.",
            "US$ 20.000 millones",
        ),
        (
            "Lima, maio de 2024 — O estoque de investimento direto chinês no Peru chegou a"
            " US$ 20 bilhões em 2022.",
            "US$ 20 bilhões",
        ),
    ],
)
def test_another_stock_is_another_source_s_whole_not_a_contradiction(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric == "fdi_stock"
    # BCRP's 28,715 m for 2022 is one source's whole; another source counts otherwise.
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "28,715" in result.reason


def test_a_flow_of_direct_investment_stays_a_flow(kb):
    text = "Mexico City, March 2025 — Chinese direct investment in Mexico reached US$710 million in 2024."
    result = one(check(text, kb), "US$710 million")
    assert result.claim.metric == "fdi_flow"


# --- China as a state's first export destination --------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank_text"),
    [
        (
            "Brasília, March 2020 — In 2019 China was Brazil's top export destination.",
            "top export destination",
        ),
        (
            "Brasília, March 2020 — In 2019 China was the main destination of Brazil's exports.",
            "main destination",
        ),
        (
            "Brasília, March 2020 — In 2019 China was Brazil's largest export market, ahead of"
            " the United States.",
            "largest export market",
        ),
        (
            "Brasilia, marzo de 2020 — En 2019 China fue el principal destino de las"
            " exportaciones de Brasil.",
            "principal destino",
        ),
        (
            "Brasília, março de 2020 — Em 2019, a China foi o principal destino das exportações"
            " do Brasil.",
            "principal destino",
        ),
    ],
)
def test_first_export_destination_is_a_rank_one_destination_claim(kb, text, rank_text):
    result = one(check(text, kb), rank_text)
    assert result.claim.kind is Kind.RANK
    assert result.claim.value == 1
    assert result.claim.entity == "BRA"
    # Brazil's official figures: China the first destination of its exports in 2019.
    assert result.verdict is Verdict.SUPPORTED
    assert "china_export_destination_rank" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Santiago, marzo de 2023 — En 2022 Chile fue el primer exportador mundial de cobre.",
        "Santiago, March 2023 — Chile was the top exporter of copper in 2022.",
    ],
)
def test_a_rank_before_a_word_in_e_is_still_read(kb, text):
    # Main dropped the rank: "e"/"es" (the verbs é, es) matched the start of "exportador".
    assert any(r.claim.kind is Kind.RANK for r in check(text, kb))


def test_main_before_another_noun_is_no_rank(kb):
    text = "Brasília, March 2020 — The main reason was the 2019 harvest, officials said."
    assert not any(r.claim.kind is Kind.RANK for r in check(text, kb))


# --- exports and imports ... X and Y, respectively ------------------------------------------


@pytest.mark.parametrize(
    ("text", "exports", "imports"),
    [
        (
            "January 2017 — In 2016, Brazil's exports to and imports from China were US$35.13"
            " billion and US$23.36 billion respectively.",
            "US$35.13 billion",
            "US$23.36 billion",
        ),
        (
            "Brasília, enero de 2017 — En 2016, las importaciones y exportaciones de Brasil con"
            " China sumaron US$ 23.360 millones y US$ 35.130 millones, respectivamente.",
            "US$ 35.130 millones",
            "US$ 23.360 millones",
        ),
        (
            "Brasília, janeiro de 2017 — Em 2016, as exportações e importações do Brasil com a"
            " China somaram US$ 35,13 bilhões e US$ 23,36 bilhões, respectivamente.",
            "US$ 35,13 bilhões",
            "US$ 23,36 bilhões",
        ),
    ],
)
def test_respectively_pairs_the_figures_with_the_flows_in_order(kb, text, exports, imports):
    results = check(text, kb)
    sold, bought = one(results, exports), one(results, imports)
    # Brazil's exports to China are China's imports from Brazil, and the other way round.
    assert sold.claim.metric == "trade_china_imports"
    assert bought.claim.metric == "trade_china_exports"
    # MDIC 2016: exports 35.13 bn, imports 23.36 bn.
    assert sold.verdict is Verdict.SUPPORTED
    assert bought.verdict is Verdict.SUPPORTED


def test_a_swapped_respectively_pair_is_not_borne_out(kb):
    text = (
        "January 2017 — In 2016, Brazil's exports to and imports from China were US$23.36"
        " billion and US$35.13 billion respectively."
    )
    results = check(text, kb)
    # Main read both as imports from China and bore the first (23.36 bn) out.
    assert one(results, "US$23.36 billion").claim.metric == "trade_china_imports"
    assert one(results, "US$35.13 billion").claim.metric == "trade_china_exports"
    assert all(r.verdict is not Verdict.SUPPORTED for r in results)


def test_china_s_own_exports_and_imports_turn_the_pair_round(kb):
    text = (
        "January 2017 — In 2016, China's exports to and imports from Brazil were US$23.36"
        " billion and US$35.13 billion respectively."
    )
    results = check(text, kb)
    assert one(results, "US$23.36 billion").claim.metric == "trade_china_exports"
    assert one(results, "US$35.13 billion").claim.metric == "trade_china_imports"
