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
* A balance with its sign ("déficit", "superávit", "saldo positivo", "surplus", "deficit") and
  its side (the state's own, or China's with the state, which turns the sign round) is the
  state's `trade_surplus` or `trade_deficit` with China, read against the store's rows
  "X's trade surplus/deficit with China" (stored as `other`, never read before). A bare
  "saldo" or "balance" names no sign and stays unread. Each side's customs value the goods
  their own way, so a stored balance (like a stored FDI stock) bears a claim out and never
  contradicts it.
* "US$4,89 mil milhões" in a sentence read as Spanish took the Spanish "mil" (a thousand)
  before the Portuguese "mil milhões" (a billion): the longest scale word now wins.
* A month without a year ("in September", "en septiembre", "em setembro") gave no period. It
  now takes the year of the article's date when the month is not after the article's own
  month; after it (last year's, or a plan for this one?) or against a date with no month, the
  claim is unverifiable, with a reason naming the ambiguity (main bore such a figure out by a
  stored month of whatever year).
* "en el año recién finalizado", "no ano que terminou", "the year just ended" (found on dev
  text 61) are the year before the article's, like "last year"; main read no period.
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
    assert "each reporter counts this figure its own way" in result.reason


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


# --- a balance with its sign and side -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "metric", "entity"),
    [
        (
            "Bogotá, March 2012 — In 2011, Colombia's trade deficit with China reached US$5,676"
            " million.",
            "US$5,676 million",
            "trade_deficit",
            "COL",
        ),
        (
            "Bogotá, marzo de 2012 — En 2011, Colombia registró un déficit comercial con China de"
            " US$ 5.676 millones.",
            "US$ 5.676 millones",
            "trade_deficit",
            "COL",
        ),
        (
            "Bogotá, março de 2012 — Em 2011, o déficit comercial da Colômbia com a China chegou"
            " a US$ 5,676 bilhões.",
            "US$ 5,676 bilhões",
            "trade_deficit",
            "COL",
        ),
        (
            "Mexico City, March 2024 — In 2023 China's trade surplus with Mexico reached"
            " US$62,707 million, according to China's customs.",
            "US$62,707 million",
            "trade_deficit",
            "MEX",
        ),
        (
            "Macau, janeiro de 2017 — O saldo positivo brasileiro no comércio com a China foi de"
            " US$4,89 mil milhões em 2015.",
            "US$4,89 mil milhões",
            "trade_surplus",
            "BRA",
        ),
    ],
)
def test_a_signed_balance_is_read_against_the_stored_balance(kb, text, figure, metric, entity):
    result = one(check(text, kb), figure)
    # Main: trade_balance, which no stored row holds: unverifiable.
    assert result.claim.metric == metric
    assert result.claim.entity == entity
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Bogotá, March 2012 — In 2011, Colombia's trade surplus with China reached US$5,676"
            " million.",
            "US$5,676 million",
        ),
        (
            "Macau, janeiro de 2017 — Em 2015, o superávit da China no comércio com o Brasil foi"
            " de US$4,89 mil milhões.",
            "US$4,89 mil milhões",
        ),
    ],
)
def test_a_balance_of_the_other_sign_is_not_borne_out(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric in ("trade_surplus", "trade_deficit")
    # The store holds the other sign (a deficit of Colombia; a surplus of Brazil): no row of
    # this sign, so neither supported nor contradicted.
    assert result.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Bogotá, March 2012 — In 2011, Colombia's trade deficit with China reached US$3,000"
            " million.",
            "US$3,000 million",
        ),
        (
            "Bogotá, marzo de 2012 — En 2011, Colombia registró un déficit comercial con China de"
            " US$ 3.000 millones.",
            "US$ 3.000 millones",
        ),
    ],
)
def test_another_balance_of_the_same_sign_is_another_reporter_s(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_deficit"
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "each reporter counts this figure its own way" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Bogotá, março de 2012 — Em 2011, o saldo da Colômbia com a China foi de US$ 5,676"
            " bilhões.",
            "US$ 5,676 bilhões",
        ),
        (
            "Bogotá, March 2012 — In 2011, Colombia's trade balance with China was US$5,676"
            " million.",
            "US$5,676 million",
        ),
    ],
)
def test_a_balance_without_a_sign_stays_unread(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_balance"
    assert result.verdict is Verdict.UNVERIFIABLE


def test_the_longest_scale_word_wins_across_languages():
    from chinalac.claims.numbers import scale_at

    folded = "us$4,89 mil milhoes de 2015"
    # In a sentence read as Spanish, main took the Spanish "mil" (a thousand).
    assert scale_at(folded, len("us$4,89"), "es")[0] == 1e9
    assert scale_at("3 mil millones", 1, "pt")[0] == 1e9
    assert scale_at("3 mil personas", 1, "es")[0] == 1e3


# --- a month without its year ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Buenos Aires, October 2025 — In September, Argentina's trade with China reached"
            " US$3,109 million.",
            "US$3,109 million",
        ),
        (
            "Buenos Aires, octubre de 2025 — En septiembre, el comercio de Argentina con China"
            " sumó US$ 3.109 millones.",
            "US$ 3.109 millones",
        ),
        (
            "Buenos Aires, outubro de 2025 — Em setembro, o comércio da Argentina com a China"
            " somou US$ 3,109 bilhões.",
            "US$ 3,109 bilhões",
        ),
    ],
)
def test_a_month_before_the_article_s_takes_its_year(kb, text, figure):
    result = one(check(text, kb), figure)
    # Main: no period at all.
    assert result.claim.period is not None
    assert (result.claim.period.start_year, result.claim.period.start_month) == (2025, 9)
    assert result.verdict is Verdict.SUPPORTED  # INDEC, September 2025: 3,109 m


@pytest.mark.parametrize(
    ("text", "figure", "why"),
    [
        (
            "Buenos Aires, August 2025 — In September, Argentina's trade with China reached"
            " US$3,109 million.",
            "US$3,109 million",
            "the month comes after the article date 2025-08",
        ),
        (
            "Buenos Aires, agosto de 2025 — En septiembre, el comercio de Argentina con China"
            " sumó US$ 3.109 millones.",
            "US$ 3.109 millones",
            "the month comes after the article date 2025-08",
        ),
        (
            "Buenos Aires, 2025 — Em setembro, o comércio da Argentina com a China somou"
            " US$ 3,109 bilhões.",
            "US$ 3,109 bilhões",
            "the article date 2025 (dateline) names no month",
        ),
    ],
)
def test_a_month_whose_year_is_unclear_is_unverifiable_and_says_why(kb, text, figure, why):
    result = one(check(text, kb), figure)
    # Main bore it out by the stored September 2025, whatever year the text meant.
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "which year" in result.reason and why in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Santiago, mayo de 2023 — En el marco de la visita, Chile firmó 3 acuerdos con China.",
        "Santiago, May 2023 — Chile may sign 3 agreements with China in the coming weeks.",
    ],
)
def test_words_like_months_are_no_month(kb, text):
    results = check(text, kb)
    assert all(r.claim.period is None or r.claim.period.start_month is None for r in results)


# --- the year just ended --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Santiago, January 2018 — Chile's exports to China reached US$18,293 million in the"
            " year just ended.",
            "US$18,293 million",
        ),
        (
            "Santiago, enero de 2018 — Las exportaciones de Chile a China llegaron a US$ 18.293"
            " millones en el año recién finalizado.",
            "US$ 18.293 millones",
        ),
        (
            "Santiago, janeiro de 2018 — As exportações do Chile para a China chegaram a"
            " US$ 18,293 bilhões no ano que terminou.",
            "US$ 18,293 bilhões",
        ),
    ],
)
def test_the_year_just_ended_is_the_year_before_the_article(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.period is not None
    assert result.claim.period.start_year == 2017
    assert result.verdict is Verdict.SUPPORTED  # Chile's customs, 2017: 18,293 m
