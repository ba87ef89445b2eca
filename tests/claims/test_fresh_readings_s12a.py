"""General readings found on the fresh dev texts 55-59 of the unseen set (branch issue-15-s12a),
each with real-shaped sentences (our own) in EN, ES and PT where the phrasing exists, checked
against the package's knowledge base.

* "US$ 101.728 bilhões", "US$ 67.685 bilhões": in a Portuguese or Spanish text a point before
  three digits groups thousands, but 67,685 billions of dollars is no state's trade; before a
  billions word the point is the writer's decimal mark, read so at low confidence (may be
  borne out, never contradicted). Main read 67,685 bn.
* "Os dois países comercializaram …", "comerciaron …": verbs of trading are the trade total
  (main: no metric).
* "Brazil's export volume to China hit $16.4 billion and its import volume $20 billion":
  "export volume" and "import volume" are flow words, read like "exports"/"imports" (main took
  the sentence before's trade total).
* "Los US$325,8 millones exportados a China", "exportados para a China": the participle after
  the figure names the state's exports (main: no metric).
* "a China ficou com uma participação de 32,3% em tudo o que o Brasil exportou": China's share
  of the state's exports with "em"/"en"/"in" after the percent (main: no metric).
* A rank with no period (or a year) is not judged by a stored rank of one month ("in April
  China overtook the US": rank 1 for 2009-04); main supported "China had replaced the United
  States as Brazil's biggest trading partner" with it.
* "ocupa el séptimo lugar", "ocupa o sétimo lugar", "holds the seventh place": a place held
  is a rank (main read none); "En cuarto lugar," (fourthly) still is no claim.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check, extract
from chinalac.claims.rules.commitments import _plans_in
from tests.claims.conftest import one

# --- a point before three digits and a billions word ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        (
            "Brasília, janeiro de 2021 — Em 2020 as exportações brasileiras para a China somaram"
            " US$ 67.685 bilhões, segundo a Secex.",
            "US$ 67.685 bilhões",
            67.685,
        ),
        (
            "Brasília, enero de 2021 — En 2020 las exportaciones brasileñas a China sumaron"
            " US$ 67.685 billion, según la Secex.",
            "US$ 67.685 billion",
            67.685,
        ),
    ],
)
def test_point_before_three_digits_and_billions_is_a_decimal_mark(kb, text, figure, value):
    result = one(check(text, kb), figure)
    assert result.claim.value == pytest.approx(value)
    assert result.claim.confidence["value"]["level"] == "low"
    assert result.verdict is Verdict.SUPPORTED  # Secex 67.685 bn, 2020


def test_point_decimal_reading_never_contradicts(kb):
    text = (
        "Brasília, janeiro de 2021 — Em 2020 as exportações brasileiras para a China somaram"
        " US$ 60.685 bilhões, segundo a Secex."
    )
    result = one(check(text, kb), "US$ 60.685 bilhões")
    assert result.claim.value == pytest.approx(60.685)
    assert result.verdict is Verdict.UNVERIFIABLE  # 67.685 stored, but the reading is uncertain


@pytest.mark.parametrize(
    ("text", "figure", "amount"),
    [
        ("En 2014 Ecuador recibió US$1.500 millones de China.", "US$1.500 millones", 1.5e9),
        ("Em 2014 o Equador recebeu US$ 1.500 milhões da China.", "US$ 1.500 milhões", 1.5e9),
        ("In 2014 Ecuador received US$1.500 billion from China.", "US$1.500 billion", 1.5e9),
    ],
)
def test_points_before_millions_still_group_thousands(text, figure, amount):
    claim = next(c for c in extract(text) if c.text.strip() == figure)
    assert claim.amount == pytest.approx(amount)
    assert claim.confidence["value"]["level"] == "high"


# --- verbs of trading ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Brasília, janeiro de 2021 — Em 2020 o Brasil e a China comercializaram US$ 101,7"
            " bilhões.",
            "US$ 101,7 bilhões",
        ),
        (
            "Brasilia, enero de 2021 — En 2020 Brasil y China comerciaron 101.700 millones de"
            " dólares.",
            "101.700 millones de dólares",
        ),
        (
            "Brasília, January 2021 — In 2020 Brazil and China traded $101.7 billion.",
            "$101.7 billion",
        ),
    ],
)
def test_verbs_of_trading_are_the_trade_total(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_total"
    assert result.verdict is Verdict.SUPPORTED  # 101.728 bn, 2020 (Secex)


# --- export volume, import volume ------------------------------------------------------------


def test_export_and_import_volume_are_the_states_flows(kb):
    text = (
        "Beijing, 5 May 2009 — Brazil's official statistics put the bilateral trade volume with"
        " China at $36.44 billion in 2008. Brazil's export volume to China hit $16.4 billion and"
        " its import volume $20 billion."
    )
    results = check(text, kb)
    exports, imports = one(results, "$16.4 billion"), one(results, "$20 billion")
    assert exports.claim.metric == "trade_china_imports"  # China's imports: Brazil's exports
    assert imports.claim.metric == "trade_china_exports"
    assert exports.verdict is Verdict.SUPPORTED and imports.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Brasilia, 2009 — En 2008 el volumen de exportaciones de Brasil a China llegó a"
            " 16.400 millones de dólares.",
            "16.400 millones de dólares",
        ),
        (
            "Brasília, 2009 — Em 2008 o volume de exportações do Brasil para a China chegou a"
            " US$ 16,4 bilhões.",
            "US$ 16,4 bilhões",
        ),
    ],
)
def test_export_volume_in_spanish_and_portuguese(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_china_imports"
    assert result.verdict is Verdict.SUPPORTED


# --- "exportados a China" after the figure ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Santo Domingo, noviembre de 2025 — La República Dominicana compra mucho más de lo que"
            " vende a China.\n\nLos US$325,8 millones exportados a China en 2024 crecieron un 35%.",
            "US$325,8 millones",
        ),
        (
            "Brasília, janeiro de 2021 — O Brasil vende cada vez mais à China.\n\nOs US$ 67,685"
            " bilhões exportados para a China em 2020 foram um recorde.",
            "US$ 67,685 bilhões",
        ),
        (
            "Brasília, January 2021 — Brazil sells more and more to China.\n\nThe $67.685 billion"
            " exported to China in 2020 were a record.",
            "$67.685 billion",
        ),
    ],
)
def test_participle_after_the_figure_names_the_states_exports(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_china_imports"
    assert result.verdict is Verdict.SUPPORTED


def test_imported_from_china_after_the_figure(kb):
    text = (
        "Brasília, janeiro de 2021 — O Brasil compra muito da China.\n\nOs US$ 34,042 bilhões"
        " importados da China em 2020 ficaram abaixo do recorde."
    )
    result = one(check(text, kb), "US$ 34,042 bilhões")
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is Verdict.SUPPORTED


# --- China's share "in" the state's exports --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Brasília, janeiro de 2021 — Em 2020 a China ficou com uma participação de 32,3% em"
            " tudo o que o Brasil exportou.",
            "32,3%",
        ),
        (
            "Brasilia, enero de 2021 — En 2020 China tuvo una participación de 32,3% en las"
            " exportaciones de Brasil.",
            "32,3%",
        ),
        (
            "Brasília, January 2021 — In 2020 China took a share of 32.3% in Brazil's exports.",
            "32.3%",
        ),
    ],
)
def test_chinas_share_in_the_states_exports(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric == "china_share_of_exports"
    assert result.verdict is Verdict.SUPPORTED  # Secex: 32.3 % of Brazil's exports, 2020


def test_share_of_imports_is_not_the_export_share(kb):
    text = (
        "Brasília, janeiro de 2021 — Em 2020 a China ficou com 32,3% das exportações; nas"
        " importações brasileiras a fatia chinesa foi de 21,4%."
    )
    assert one(check(text, kb), "21,4%").claim.metric != "china_share_of_exports"


# --- a month's rank row does not judge a year's rank -----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Beijing, 5 May 2009 — The ministry said on Monday that China had replaced the"
            " United States as Brazil's biggest trading partner.",
            "biggest trading partner",
        ),
        (
            "Pekín, 5 de mayo de 2009 — El ministerio dijo el lunes que China había reemplazado a"
            " Estados Unidos como el mayor socio comercial de Brasil.",
            "mayor socio comercial",
        ),
        (
            "Pequim, 5 de maio de 2009 — O ministério disse na segunda-feira que a China substituiu"
            " os Estados Unidos como o maior parceiro comercial do Brasil.",
            "maior parceiro comercial",
        ),
    ],
)
def test_a_months_rank_row_does_not_judge_an_undated_rank(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE  # only 2009-04 (one month) is stored


def test_a_months_rank_row_still_judges_that_month(kb):
    text = (
        "Beijing, 5 May 2009 — In April 2009 China was Brazil's biggest trading partner, the"
        " ministry said."
    )
    result = one(check(text, kb), "biggest trading partner")
    assert result.verdict is Verdict.SUPPORTED


# --- a place held is a rank ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Como destino de las exportaciones dominicanas, China ocupa el séptimo lugar.",
            "séptimo lugar",
        ),
        (
            "Como destino das exportações dominicanas, a China ocupa o sétimo lugar.",
            "sétimo lugar",
        ),
        ("As a destination of Dominican exports, China holds the seventh place.", "seventh place"),
    ],
)
def test_a_place_held_is_a_rank(text, place):
    ranks = [c for c in extract(text) if c.kind is Kind.RANK]
    assert [c.value for c in ranks] == [7]
    assert place in ranks[0].text


@pytest.mark.parametrize(
    "text",
    [
        "En cuarto lugar, el acuerdo abre el mercado chino.",
        "Em quarto lugar, o acordo abre o mercado chinês.",
        "In fourth place, the agreement opens the Chinese market.",
        "The first place to visit is Havana.",
    ],
)
def test_a_place_in_a_list_of_reasons_is_no_rank(text):
    assert not [c for c in extract(text) if c.kind is Kind.RANK]


# --- a dateline's city is no plan ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Brasília, January 2021 — In 2020 Brazil and China traded $101.7 billion.",
        "Brasilia, enero de 2021 — En 2020 Brasil y China comerciaron 101.700 millones de dólares.",
        "Brasília, janeiro de 2021 — Em 2020 o Brasil e a China comercializaram US$ 101,7 bilhões.",
    ],
)
def test_a_datelines_city_names_no_plan(sentence):
    # Main read the Brasília 2014 pledge (US$500 bn of China–LAC trade) into these sentences and
    # called Brazil's 2020 trade total contradicted by it.
    assert _plans_in(sentence) == frozenset()


def test_a_plan_named_before_a_year_range_is_still_read():
    sentence = "In Brasilia, China announced 5,000 training places for 2015–2019."
    assert _plans_in(sentence) == frozenset({"xi_brasilia_2014"})


def test_a_plan_named_after_the_dateline_is_still_read():
    sentence = (
        "Beijing, 5 May 2015 — At the Brasilia summit China pledged to raise trade to US$500"
        " billion."
    )
    assert _plans_in(sentence) == frozenset({"xi_brasilia_2014"})


def test_verbs_of_trading_after_a_brasilia_dateline_are_not_judged_by_the_pledge(kb):
    text = (
        "Brasília, janeiro de 2021 — Em 2020 o Brasil e a China comercializaram US$ 101,7 bilhões."
    )
    result = one(check(text, kb), "US$ 101,7 bilhões")
    assert result.verdict is Verdict.SUPPORTED
    assert "pledge" not in result.reason


# --- a destination of some products is no destination rank of the state ---------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Brasília, janeiro de 2021 — A China foi o principal destino de pelo menos quatro dos"
            " principais produtos vendidos pelo Brasil em 2019.",
            "principal destino",
        ),
        (
            "Brasilia, enero de 2021 — China fue el principal destino de al menos cuatro de los"
            " principales productos vendidos por Brasil en 2019.",
            "principal destino",
        ),
        (
            "Brasília, January 2021 — China was the top destination of at least four of Brazil's"
            " main export products in 2019.",
            "top destination",
        ),
    ],
)
def test_a_destination_of_some_products_is_not_the_states_destination_rank(kb, text, rank):
    # Main supported these with Brazil's 2019 export-destination rank (1).
    assert one(check(text, kb), rank).verdict is Verdict.UNVERIFIABLE


def test_a_destination_of_the_states_exports_is_still_its_rank(kb):
    text = "Brasília, January 2021 — China was the top destination of Brazilian exports in 2019."
    assert one(check(text, kb), "top destination").verdict is Verdict.SUPPORTED


def test_a_partner_rank_in_trade_in_goods_is_still_the_partner_rank(kb):
    text = (
        "Havana, 17 August 2017 — China became the first trading partner of Cuba in 2016 in"
        " trade in goods."
    )
    assert one(check(text, kb), "first trading partner").verdict is Verdict.SUPPORTED


# --- "el principal banquero": a lender's rank -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Pekín, 24 de julio de 2013 — El gobierno chino se ha consolidado como el principal"
            " banquero de América Latina y el Caribe.",
            "principal banquero",
        ),
        (
            "Pequim, 24 de julho de 2013 — O governo chinês se consolidou como o principal"
            " financiador da América Latina e do Caribe.",
            "principal financiador",
        ),
        (
            "Beijing, 24 July 2013 — The Chinese government has become the principal lender of"
            " Latin America and the Caribbean.",
            "principal lender",
        ),
    ],
)
def test_the_principal_lender_is_a_rank(kb, text, rank):
    result = one(check(text, kb), rank)
    assert result.claim.kind is Kind.RANK and result.claim.value == 1
    assert result.verdict is Verdict.UNVERIFIABLE  # no lender rank is stored


def test_principal_before_another_noun_is_still_no_rank():
    assert not [
        c for c in extract("La principal forma de pago fue el crédito.") if c.kind is Kind.RANK
    ]


# --- "STATE ($X), STATE ($Y)": the state before the bracket ---------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Washington, February 2022 — Since 2005 China has lent most to Venezuela ($62.2"
            " billion), followed by Brazil ($29.7 billion) and Ecuador ($18.4 billion).",
            ["$62.2 billion", "$29.7 billion", "$18.4 billion"],
        ),
        (
            "Washington, febrero de 2022 — Desde 2005 China prestó sobre todo a Venezuela"
            " (US$62.200 millones), seguida por Brasil (US$29.700 millones) y Ecuador (US$18.400"
            " millones).",
            ["US$62.200 millones", "US$29.700 millones", "US$18.400 millones"],
        ),
        (
            "Washington, fevereiro de 2022 — Desde 2005 a China emprestou sobretudo à Venezuela"
            " (US$ 62,2 bilhões), seguida pelo Brasil (US$ 29,7 bilhões) e pelo Equador (US$ 18,4"
            " bilhões).",
            ["US$ 62,2 bilhões", "US$ 29,7 bilhões", "US$ 18,4 bilhões"],
        ),
    ],
)
def test_the_state_before_the_bracket_owns_its_figure(kb, text, figures):
    # Main gave every bracketed figure of such a list to the first state after the lead.
    results = check(text, kb)
    got = [(one(results, f).claim.entity, one(results, f).verdict) for f in figures]
    assert [entity for entity, _ in got] == ["VEN", "BRA", "ECU"]
    assert all(verdict is Verdict.SUPPORTED for _, verdict in got)  # 2005-2021, 2022 vintage


# --- the amount of a change is no level ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Havana, 10 February 2011 — Cuba's trade with China grew by $300 million in 2010.",
            "$300 million",
        ),
        (
            "La Habana, 10 de febrero de 2011 — El comercio de Cuba con China creció en 300"
            " millones de dólares en 2010.",
            "300 millones de dólares",
        ),
        (
            "Havana, 10 de fevereiro de 2011 — O comércio de Cuba com a China cresceu US$ 300"
            " milhões em 2010.",
            "US$ 300 milhões",
        ),
        (
            "La Habana, 2011 — En 2010 el comercio de Cuba con China tuvo un aumento absoluto de"
            " US$300 millones.",
            "US$300 millones",
        ),
    ],
)
def test_the_amount_of_a_change_is_not_refuted_by_the_level(kb, text, figure):
    # Main called each of these contradicted by the stored 2010 total (1.8 bn).
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "a change between two periods" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Havana, 10 February 2011 — Cuba's trade with China grew by $1.8 billion in 2010.",
            "$1.8 billion",
        ),
        (
            "Havana, 10 de fevereiro de 2011 — O comércio de Cuba com a China aumentou em US$ 1,8"
            " bilhão em 2010.",
            "US$ 1,8 bilhão",
        ),
    ],
)
def test_the_amount_of_a_change_is_not_borne_out_by_the_level(kb, text, figure):
    assert one(check(text, kb), figure).verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Havana, 10 February 2011 — Cuba's trade with China rose to $1.8 billion in 2010.",
            "$1.8 billion",
        ),
        (
            "La Habana, 10 de febrero de 2011 — El comercio de Cuba con China subió hasta 1.800"
            " millones de dólares en 2010.",
            "1.800 millones de dólares",
        ),
        (
            "Havana, 10 de fevereiro de 2011 — O comércio de Cuba com a China cresceu para US$ 1,8"
            " bilhão em 2010.",
            "US$ 1,8 bilhão",
        ),
    ],
)
def test_the_level_reached_is_still_a_level(kb, text, figure):
    assert one(check(text, kb), figure).verdict is Verdict.SUPPORTED


# --- "added up to": a sum, not a ceiling -----------------------------------------------------


def test_added_up_to_is_a_sum_not_a_ceiling(kb):
    # Main read "up to $40 billion" (at most 40), which the stored 36.44 then bore out.
    text = "Brasília, May 2009 — Brazil's trade with China added up to $40 billion in 2008."
    result = one(check(text, kb), "$40 billion")
    assert str(result.claim.qualifier) == "exact"
    # 36.44 bn stored for 2008 (MDIC), Brazil's count only: since round 35 a figure 5-25 % off
    # a count held from one side only is unverifiable (China's customs count for 2008 is not
    # stored), never borne out as the ceiling reading bore it out.
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "only the partner's own count for trade_total · BRA · 2008" in result.reason


def test_up_to_without_adding_is_still_a_ceiling(kb):
    text = "Brasília, May 2009 — Brazil's trade with China was worth up to $40 billion in 2008."
    assert str(one(check(text, kb), "up to $40 billion").claim.qualifier) == "at_most"


# --- "exports and imports" before one figure: the trade total --------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Brasília, May 2009 — Brazil's exports and imports with China totalled $36.44 billion"
            " in 2008.",
            "$36.44 billion",
        ),
        (
            "Brasília, May 2009 — Brazil's exports to and imports from China added up to $36.44"
            " billion in 2008.",
            "$36.44 billion",
        ),
        (
            "Brasilia, mayo de 2009 — Las exportaciones e importaciones de Brasil con China"
            " sumaron 36.440 millones de dólares en 2008.",
            "36.440 millones de dólares",
        ),
        (
            "Brasília, maio de 2009 — A soma das exportações e importações do Brasil com a China"
            " chegou a US$ 36,44 bilhões em 2008.",
            "US$ 36,44 bilhões",
        ),
    ],
)
def test_exports_and_imports_before_one_figure_are_the_trade_total(kb, text, figure):
    # Main read one direction (Brazil's exports, 16.4 bn stored) and called the sum
    # contradicted in all three languages.
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_total"
    assert result.verdict is Verdict.SUPPORTED


def test_exports_and_imports_with_two_figures_are_not_summed(kb):
    text = (
        "Brasília, May 2009 — In 2008 Brazil's exports and imports with China were $16.4 billion"
        " and $20 billion respectively."
    )
    result = one(check(text, kb), "$16.4 billion")
    assert result.claim.metric != "trade_total"
    assert result.verdict is Verdict.SUPPORTED
