"""General readings found on the fresh dev texts 291-294 of the unseen set (branch
issue-15-r28-s20c, round 28c: Chinese lending in 2016, the first China–CELAC ministerial, the
2025 plan and Brazil's 2023 exports), each with real-shaped sentences (our own) in English,
Spanish and Portuguese, checked against the package's knowledge base.

* A state's exports told in a sentence that names no China ("A balança comercial brasileira
  terminou 2023 com superávit recorde … As exportações brasileiras somaram US$ 339,7 bilhões no
  ano passado") may be its exports to every partner: 53a84aa read them as exports to China, the
  article's subject, and refuted them by the stored 104 (a false "contradicted"). Read low: borne
  out if they match, never refuted. (This round's rule was superseded at the merge by main's
  rule of the same aim, `tests/claims/test_flows_without_china.py`; these cases pass by it.)
* A year's lending told from one edition of the Dialogue's database ("US$ 24,6 bilhões emprestados
  em 2015", the 2017 edition) against two stored editions, one of them a lower bound (the 2016
  vintage's "topping $29 billion") and one a point (the 2022 vintage's 21.5): main left the bound
  out and refuted the figure by the 21.5 alone. The bound is an edition's figure too: a figure
  between the editions' values is neither borne out nor refuted; one below or above them all
  is still refuted (round s20b's guard, "20 billion dollars" in 2015).
* Sales "ao país asiático" ("al país asiático", "to the Asian country") are exports to China, as
  "ao parceiro asiático" and "al gigante asiático" were: with no such cue, main read the
  "Comércio" of "a Secretaria de Comércio Exterior (Secex)" as the metric, took the figure for the
  whole trade and refuted Brazil's 104 by the stored 157 (a false "contradicted").
* A trade word written with a capital inside a sentence, beside another capitalised word ("a
  Secretaria de Comércio Exterior", "the Ministry of Foreign Trade"), is part of a name: main
  read it as the figure's metric, the whole trade, and refuted exports to China by it. Read low:
  borne out if it matches, never refuted.
* The 2025 pledges told with other nouns: "fundos de crédito estimados em 66 bilhões de yuans"
  ("fondos de crédito", "credit funds") is the credit line in yuan; "10 mil oportunidades de
  treinamento" ("oportunidades de capacitación/formación") are training places. Main read no
  metric and left the pledges unverifiable.
* A place held after a contraction is a rank: "a Bolívia aparece na quarta posição do ranking de
  empréstimos", "pasó al quinto puesto" (main read no claim; the rank is not stored: unverifiable).
  English "came in fourth place among" was read before; "is in fourth place" is still not read.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a state's flow in a paragraph that names no China ----------------------------------------

EXPORTS_LEAD = {
    "en": "January 8, 2024 — Brasília\n\nBrazil's sales to China topped US$100 billion in 2023.\n\n",
    "es": "8 de enero de 2024 — Brasilia\n\nLas ventas de Brasil a China superaron los 100.000"
    " millones de dólares en 2023.\n\n",
    "pt": "8 de janeiro de 2024 — Brasília\n\nAs vendas do Brasil à China passaram de US$ 100"
    " bilhões em 2023.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Brazil's trade balance ended 2023 with a record surplus of US$98.8 billion. Brazilian"
            " exports reached US$339.7 billion last year.",
            "US$339.7 billion",
        ),
        ("en", "Exports from Brazil reached US$339.7 billion last year.", "US$339.7 billion"),
        (
            "es",
            "La balanza comercial brasileña cerró 2023 con un superávit récord de 98.800 millones de"
            " dólares. Las exportaciones brasileñas sumaron 339.700 millones de dólares el año"
            " pasado.",
            "339.700 millones de dólares",
        ),
        (
            "pt",
            "A balança comercial brasileira terminou 2023 com superávit recorde de US$ 98,8"
            " bilhões. As exportações do Brasil somaram US$ 339,7 bilhões no ano passado, alta de"
            " 1,7% sobre os US$ 334,1 bilhões de 2022.",
            "US$ 339,7 bilhões",
        ),
        (
            "pt",
            "A balança comercial brasileira terminou 2023 com superávit recorde de US$ 98,8"
            " bilhões. As exportações do Brasil somaram US$ 339,7 bilhões no ano passado, alta de"
            " 1,7% sobre os US$ 334,1 bilhões de 2022.",
            "US$ 334,1 bilhões",
        ),
        (
            "pt",
            "As exportações brasileiras somaram US$ 339,7 bilhões no ano passado.",
            "US$ 339,7 bilhões",
        ),
    ],
)
def test_a_states_exports_with_no_china_in_the_paragraph_are_not_refuted(lang, text, figure):
    result = one(check(EXPORTS_LEAD[lang] + text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guards: with China named in the sentence the flow is still refuted; a flow with no China
# named is still borne out when it matches.
@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Brazil's trade balance ended 2023 with a record surplus. Brazil's exports to China"
            " reached US$339.7 billion last year.",
            "US$339.7 billion",
        ),
        (
            "es",
            "La balanza comercial brasileña cerró 2023 con un superávit récord. Las exportaciones"
            " de Brasil a China sumaron 339.700 millones de dólares el año pasado.",
            "339.700 millones de dólares",
        ),
        (
            "pt",
            "A balança comercial brasileira terminou 2023 com superávit recorde. As exportações do"
            " Brasil para a China somaram US$ 339,7 bilhões no ano passado.",
            "US$ 339,7 bilhões",
        ),
    ],
)
def test_a_states_exports_with_china_named_are_still_refuted(lang, text, figure):
    result = one(check(EXPORTS_LEAD[lang] + text), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Brazilian exports reached US$104 billion last year.", "US$104 billion"),
        (
            "es",
            "Las exportaciones brasileñas sumaron 104.000 millones de dólares el año pasado.",
            "104.000 millones de dólares",
        ),
        (
            "pt",
            "As exportações do Brasil somaram US$ 104 bilhões no ano passado.",
            "US$ 104 bilhões",
        ),
    ],
)
def test_a_matching_flow_with_no_china_named_is_still_borne_out(lang, text, figure):
    result = one(check(EXPORTS_LEAD[lang] + text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a year's lending against two editions of one database, one of them a bound ----------------

LOANS_LEAD = {
    "en": "February 23, 2017 — Washington\n\n",
    "es": "23 de febrero de 2017 — Washington\n\n",
    "pt": "23 de fevereiro de 2017 — Washington\n\n",
}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "In 2015, Chinese loans to Latin America totaled US$24.6 billion.",
            "US$24.6 billion",
        ),
        (
            "es",
            "En 2015, los préstamos de China a América Latina sumaron 24.600 millones de dólares.",
            "24.600 millones de dólares",
        ),
        (
            "pt",
            "Os empréstimos da China para a América Latina subiram em 2016 para US$ 21,2 bilhões,"
            " um pouco abaixo dos US$ 24,6 bilhões emprestados em 2015.",
            "US$ 24,6 bilhões",
        ),
    ],
)
def test_a_figure_between_two_editions_one_a_bound_is_not_refuted(lang, text, figure):
    result = one(check(LOANS_LEAD[lang] + text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "vintages of one database" in result.reason, result.reason


# Guards: a figure below every edition is still refuted; the 2016 figure of the same sentence
# is still borne out.
@pytest.mark.parametrize(
    ("lang", "text", "figure", "verdict"),
    [
        (
            "en",
            "In 2015, Chinese loans to Latin America totaled US$15 billion.",
            "US$15 billion",
            Verdict.CONTRADICTED,
        ),
        (
            "es",
            "En 2015, los préstamos de China a América Latina sumaron 20.000 millones de dólares.",
            "20.000 millones de dólares",
            Verdict.CONTRADICTED,
        ),
        (
            "pt",
            "Os empréstimos da China para a América Latina subiram em 2016 para US$ 21,2 bilhões,"
            " um pouco abaixo dos US$ 24,6 bilhões emprestados em 2015.",
            "US$ 21,2 bilhões",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_lending_far_from_the_editions_is_still_refuted(lang, text, figure, verdict):
    result = one(check(LOANS_LEAD[lang] + text), figure)
    assert result.verdict is verdict, result.reason


# --- sales to "the Asian country" beside a ministry's name ------------------------------------

SALES_LEAD = {
    "en": "January 8, 2024 — Brasília\n\nBrazil sold more iron ore to China.\n\n",
    "es": "8 de enero de 2024 — Brasilia\n\nBrasil le vendió más mineral de hierro a China.\n\n",
    "pt": "8 de janeiro de 2024 — Brasília\n\nO Brasil vendeu mais minério de ferro à China.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "According to the Secretariat of Foreign Trade (Secex), Brazil's sales to the Asian"
            " country reached US$104 billion last year.",
            "US$104 billion",
        ),
        (
            "es",
            "Según la Secretaría de Comercio Exterior (Secex), las ventas de Brasil al país asiático"
            " sumaron 104.000 millones de dólares el año pasado.",
            "104.000 millones de dólares",
        ),
        (
            "pt",
            "De acordo com a Secretaria de Comércio Exterior (Secex), as vendas do Brasil ao país"
            " asiático somaram US$ 104 bilhões no ano passado.",
            "US$ 104 bilhões",
        ),
        (
            "pt",
            "Segundo a Secretaria de Comércio Exterior, as vendas do Brasil ao gigante asiático"
            " somaram US$ 104 bilhões no ano passado.",
            "US$ 104 bilhões",
        ),
    ],
)
def test_sales_to_the_asian_country_are_exports_to_china(lang, text, figure):
    result = one(check(SALES_LEAD[lang] + text), figure)
    assert result.claim.metric == "trade_china_imports", result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guard: the whole trade, named as such, is still the whole trade.
@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Brazil's trade with the Asian country reached US$157 billion last year.",
            "US$157 billion",
        ),
        (
            "pt",
            "O comércio do Brasil com o país asiático somou US$ 157 bilhões no ano passado.",
            "US$ 157 bilhões",
        ),
    ],
)
def test_the_whole_trade_with_the_asian_country_is_still_trade(lang, text, figure):
    result = one(check(SALES_LEAD[lang] + text), figure)
    assert result.claim.metric == "trade_total", result.reason


# --- a trade word inside an institution's name -------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "According to the Ministry of Foreign Trade, Chinese buyers took US$104 billion of"
            " Brazilian goods last year.",
            "US$104 billion",
        ),
        (
            "en",
            "Data from the Foreign Trade Secretariat show Brazil earned US$104 billion from China"
            " last year.",
            "US$104 billion",
        ),
        (
            "es",
            "Datos de la Secretaría de Comercio Exterior muestran que Brasil ingresó 104.000"
            " millones de dólares de China el año pasado.",
            "104.000 millones de dólares",
        ),
        (
            "pt",
            "Dados da Secretaria de Comércio Exterior mostram que o Brasil faturou US$ 104 bilhões"
            " com a China no ano passado.",
            "US$ 104 bilhões",
        ),
    ],
)
def test_a_trade_word_in_a_name_is_not_the_figures_metric(lang, text, figure):
    result = one(check(SALES_LEAD[lang] + text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guards: the common noun, and a capital at the sentence's start, still name the whole trade.
@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Brazil's trade with China reached US$104 billion last year.", "US$104 billion"),
        (
            "es",
            "El comercio entre Brasil y China sumó 104.000 millones de dólares el año pasado.",
            "104.000 millones de dólares",
        ),
        (
            "pt",
            "Comércio entre Brasil e China somou US$ 104 bilhões no ano passado.",
            "US$ 104 bilhões",
        ),
    ],
)
def test_the_common_trade_word_still_refutes(lang, text, figure):
    result = one(check(SALES_LEAD[lang] + text), figure)
    assert result.claim.metric == "trade_total", result.reason
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- the 2025 pledges told with other nouns ------------------------------------------------------

PLEDGE_LEAD = {
    "en": "May 13, 2025 — Beijing\n\n",
    "es": "13 de mayo de 2025 — Pekín\n\n",
    "pt": "13 de maio de 2025 — Pequim\n\n",
}


@pytest.mark.parametrize(
    ("lang", "text", "figure", "metric"),
    [
        (
            "en",
            "Beijing pledged credit funds worth an estimated 66 billion yuan to the summit's states.",
            "an estimated 66 billion yuan",
            "credit_line_cny",
        ),
        (
            "es",
            "Pekín se comprometió a enviar a los países de la cumbre fondos de crédito estimados en"
            " 66.000 millones de yuanes.",
            "66.000 millones de yuanes",
            "credit_line_cny",
        ),
        (
            "pt",
            "Pequim se comprometeu a enviar aos países da cúpula fundos de crédito estimados em 66"
            " bilhões de yuans.",
            "66 bilhões de yuans",
            "credit_line_cny",
        ),
        (
            "es",
            "China ofrecerá 10.000 oportunidades de capacitación entre 2025 y 2027.",
            "10.000 oportunidades",
            "training_places_count",
        ),
        (
            "pt",
            "A China vai oferecer ainda 3,5 mil bolsas de estudo e 10 mil oportunidades de"
            " treinamento entre 2025 e 2027.",
            "10 mil oportunidades",
            "training_places_count",
        ),
        (
            "pt",
            "A China vai oferecer 10 mil oportunidades de formação entre 2025 e 2027.",
            "10 mil oportunidades",
            "training_places_count",
        ),
    ],
)
def test_the_2025_pledges_told_with_other_nouns_are_borne_out(lang, text, figure, metric):
    result = one(check(PLEDGE_LEAD[lang] + text), figure)
    assert result.claim.metric == metric, result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guards: the English training opportunities were read before; "fondos" with no yuan is no
# credit line in yuan.
def test_english_training_opportunities_are_still_borne_out():
    text = "China will offer 10,000 training opportunities between 2025 and 2027."
    result = one(check(PLEDGE_LEAD["en"] + text), "10,000 training opportunities")
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_credit_funds_in_dollars_are_no_credit_line_in_yuan():
    text = "Pequim prometeu fundos de crédito de US$ 9 bilhões aos países da cúpula."
    result = one(check(PLEDGE_LEAD["pt"] + text), "US$ 9 bilhões")
    assert result.claim.metric != "credit_line_cny", result.reason


# --- a place held after a contraction --------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "pt",
            "Depois de Venezuela e Equador, a Bolívia aparece na quarta posição do ranking de"
            " empréstimos.",
            "quarta posição",
        ),
        ("es", "Bolivia pasó al quinto puesto del ranking de préstamos.", "quinto puesto"),
        (
            "es",
            "Bolivia subió del sexto al quinto puesto en el ranking de préstamos.",
            "quinto puesto",
        ),
    ],
)
def test_a_place_after_a_contraction_is_a_rank(lang, text, figure):
    result = one(check(LOANS_LEAD[lang] + text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# Guards: "Em primeiro lugar," / "En primer lugar," open a sentence as "firstly": no claim.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Em primeiro lugar, a China emprestou menos do que no ano anterior."),
        ("es", "En primer lugar, China prestó menos que el año anterior."),
        ("en", "In the first place, China lent less than the year before."),
    ],
)
def test_firstly_is_still_no_rank(lang, text):
    assert not [r for r in check(LOANS_LEAD[lang] + text) if r.claim.kind.value == "rank"]
