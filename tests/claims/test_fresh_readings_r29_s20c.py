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
* A figure followed by a span to come is a goal: "Xi quer que o comércio entre a China e a região
  chegue a US$ 500 bilhões em uma década, como anunciou em 2014" (and "llegue a … en una década",
  "to reach … in a decade") — d94142c took the year of the announcement as the figure's, compared
  the goal with 2014's stored trade (263.6 billion) and called it contradicted in all three
  languages (a false "contradicted"). The figure is now read as a target (the doubt "a target, not
  a reported figure"): never refuted by a level, and when the pledge rule bears it out (the
  US$ 500 bn goal of Brasília 2014) that support stands over the level's refutation — also for
  "the target of US$500 billion", which d94142c left unjudged. A level reached after a span
  ("rose to US$500 billion in a decade, according to 2014 data") is still refuted (guards).
* The future of investing: "a China investirá US$ 250 bilhões em dez anos na América Latina e no
  Caribe", "China invertirá …", "China will invest …" — d94142c read no metric in the verb and left
  the figure unjudged; it is now an investment figure and, as the future tells a goal, borne out by
  the US$ 250 bn investment pledge. A past "investiu"/"invirtió"/"invested" is no goal, and one
  company's investment in one state is not the regional pledge (guards).
* The count of the region's states named by the region, not by CELAC: "os 33 países da América
  Latina e do Caribe", "los 33 países latinoamericanos y caribeños", "the 33 countries of Latin
  America and the Caribbean", "os 33 países do bloco" — d94142c read no metric and left them; the
  33 states flagged as CELAC members bear them out (only a count equal to it: "35 países" is not
  borne out, and "21 países da América Latina e do Caribe" that joined the Belt and Road keep
  their own metric, guards).
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


# --- a figure followed by a span to come is a goal ---------------------------------------------

GOAL_IN_A_DECADE = [
    (
        "8 de janeiro de 2015 — Pequim\n\nXi quer que o comércio entre a China e a região chegue"
        " a US$ 500 bilhões em uma década, como anunciou em 2014.",
        "US$ 500 bilhões",
    ),
    (
        "8 de enero de 2015 — Pekín\n\nXi quiere que el comercio entre China y América Latina"
        " llegue a 500.000 millones de dólares en una década, como anunció en 2014.",
        "500.000 millones de dólares",
    ),
    (
        "January 8, 2015 — Beijing\n\nXi wants trade between China and Latin America to reach"
        " US$500 billion in a decade, as he announced in 2014.",
        "US$500 billion",
    ),
]


@pytest.mark.parametrize(("text", "figure"), GOAL_IN_A_DECADE)
def test_a_goal_in_a_decade_is_borne_out_by_the_pledge_not_refuted_by_a_year(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "commitment" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "8 de janeiro de 2015 — Pequim\n\nXi quer que o comércio entre a China e a região"
            " chegue a US$ 600 bilhões em uma década, como anunciou em 2014.",
            "US$ 600 bilhões",
        ),
        (
            "8 de enero de 2015 — Pekín\n\nXi quiere que el comercio entre China y América Latina"
            " llegue a 600.000 millones de dólares en una década, como anunció en 2014.",
            "600.000 millones de dólares",
        ),
        (
            "January 8, 2015 — Beijing\n\nXi wants trade between China and Latin America to"
            " reach US$600 billion in a decade, as he announced in 2014.",
            "US$600 billion",
        ),
    ],
)
def test_a_goal_in_a_decade_is_never_refuted_by_a_years_level(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.verdict is not Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "8 de janeiro de 2015 — Pequim\n\nEm 2014, a China anunciou a meta de US$ 500 bilhões"
            " para o comércio com a América Latina.",
            "US$ 500 bilhões",
        ),
        (
            "8 de enero de 2015 — Pekín\n\nEn 2014, China anunció la meta de 500.000 millones de"
            " dólares para su comercio con América Latina.",
            "500.000 millones de dólares",
        ),
        (
            "January 8, 2015 — Beijing\n\nIn 2014, China announced the target of US$500 billion"
            " for its trade with Latin America.",
            "US$500 billion",
        ),
    ],
)
def test_a_target_named_is_borne_out_by_its_pledge(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "commitment" in result.reason


# Guards: a level reached after a span is a level, still refuted by the year's stored trade.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "8 de janeiro de 2015 — Pequim\n\nO comércio entre a China e a região cresceu para"
            " US$ 500 bilhões em uma década, segundo dados de 2014.",
            "US$ 500 bilhões",
        ),
        (
            "8 de enero de 2015 — Pekín\n\nEl comercio entre China y América Latina creció hasta"
            " 500.000 millones de dólares en una década, según datos de 2014.",
            "500.000 millones de dólares",
        ),
        (
            "January 8, 2015 — Beijing\n\nTrade between China and Latin America rose to"
            " US$500 billion in a decade, according to 2014 data.",
            "US$500 billion",
        ),
    ],
)
def test_a_level_reached_after_a_span_is_still_refuted(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- the future of investing is a goal -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "8 de janeiro de 2015 — Pequim\n\nO presidente chinês anunciou nesta quinta-feira que"
            " a China investirá US$ 250 bilhões em dez anos na América Latina e no Caribe.",
            "US$ 250 bilhões",
        ),
        (
            "8 de enero de 2015 — Pekín\n\nEl presidente chino anunció este jueves que China"
            " invertirá 250.000 millones de dólares en diez años en América Latina y el Caribe.",
            "250.000 millones de dólares",
        ),
        (
            "January 8, 2015 — Beijing\n\nChinese President Xi Jinping announced on Thursday that"
            " China will invest US$250 billion in Latin America and the Caribbean over ten years.",
            "US$250 billion",
        ),
    ],
)
def test_the_future_of_investing_is_borne_out_by_the_investment_pledge(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "investment_stock_250bn" in result.reason


# Guards: a past investment is no goal; one company's investment in one state is not the pledge.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Março de 2023 — São Paulo\n\nA China investiu US$ 250 bilhões na América Latina em"
            " dez anos.",
            "US$ 250 bilhões",
        ),
        (
            "Marzo de 2023 — Pekín\n\nChina invirtió 250.000 millones de dólares en América"
            " Latina en diez años.",
            "250.000 millones de dólares",
        ),
        (
            "March 2023 — Beijing\n\nChina invested US$250 billion in Latin America over ten"
            " years.",
            "US$250 billion",
        ),
        (
            "Março de 2023 — São Paulo\n\nA empresa chinesa investirá US$ 250 bilhões no Brasil em"
            " dez anos.",
            "US$ 250 bilhões",
        ),
    ],
)
def test_a_past_or_one_states_investment_is_not_the_pledge(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- the region's states counted by the region's name ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "8 de janeiro de 2015 — Pequim\n\nXi quer elevar o comércio com os 33 países da"
            " América Latina e do Caribe.",
            "33 países",
        ),
        (
            "8 de janeiro de 2015 — Pequim\n\nXi disse desejar que o comércio entre a China e os"
            " 33 países do bloco chegue a US$ 500 bilhões em uma década.",
            "33 países",
        ),
        (
            "8 de enero de 2015 — Pekín\n\nXi quiere más comercio con los 33 países"
            " latinoamericanos y caribeños.",
            "33 países latinoamericanos",
        ),
        (
            "January 8, 2015 — Beijing\n\nXi wants more trade with the 33 countries of Latin"
            " America and the Caribbean.",
            "33 countries",
        ),
    ],
)
def test_the_regions_states_named_by_the_region_are_celacs_count(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "CELAC members" in result.reason


# Guards: another count of the region is not borne out; a count with its own metric keeps it.
def test_another_count_of_the_regions_states_is_not_borne_out():
    text = (
        "8 de janeiro de 2015 — Pequim\n\nXi quer mais comércio com os 35 países da América"
        " Latina e do Caribe."
    )
    result = one(check(text), "35 países")
    assert result.verdict is not Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Outubro de 2022 — Pequim\n\nAté outubro de 2022, 21 países da América Latina e do"
            " Caribe tinham aderido à Iniciativa Cinturão e Rota.",
            "21 países",
        ),
        (
            "October 2022 — Beijing\n\nBy October 2022, 21 countries of Latin America and the"
            " Caribbean had joined the Belt and Road Initiative.",
            "21 countries",
        ),
    ],
)
def test_a_count_of_the_region_with_its_own_metric_keeps_it(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "bri_members_count" in result.reason
