"""General readings found on the fresh dev texts 331-334 of the unseen set (branch
issue-15-r30a-s20a, round 30a: Costa Rica's trade of 2007, a Panama trade page, El Salvador's
lopsided trade of 2022, Guyana's trade and ties of 2022), each with real-shaped sentences (our
own) in English, Spanish and Portuguese, checked against the package's knowledge base.

* The direction of a change is the verb nearest its first end: "Not even sugar … has grown: its
  sales to China fell from 74 million dollars in 2020 to 67 million last year" (and "ni siquiera
  … ha crecido: sus ventas … cayeron de … a …", "nem … cresceu: suas vendas … caíram de … para
  …") — 94abad6 took the negated "grown" of the clause before as the change's verb and called the
  fall inconsistent ("said to increase, but 67 million is less than 74 million"), a false
  "inconsistent" in all three languages. A rise written with a fall ("rose from 40 to 31") is
  still inconsistent (guards).
* A possessive flow after a clause naming a product is that product's trade: "Not even soybeans,
  the crop Brazil sells most to China, have done well: its sales to China fell from US$ 40 billion
  in 2021 to US$ 31 billion in 2022" — 94abad6 read the soybean sales as Brazil's whole exports
  and refuted both figures by the stored totals of 2021 and 2022 (false "contradicted" in all
  three languages). The figure is now read at low confidence (the product named), never refuted
  by the state's whole flow. A possessive flow with no product before it keeps its reading
  (guards).
* Relations opened are the diplomatic tie: "Peru and China opened relations with a joint
  communique signed on November 2, 1971", "la apertura de relaciones diplomáticas …", "a abertura
  das relações …", and "opened trade relations in 1971" — 94abad6 read an inauguration and refuted
  them by the port of Chancay's (2024); "diplomatic link" now names the tie too.
* A plain "first" of states is refuted by a well-sourced tie of another state a year or more
  earlier: "Panama became in June 2017 the first country in Central America to establish
  diplomatic relations with China" (Costa Rica, 2007) — 94abad6 left every such "first"
  unverifiable. Narrowed sets, relative firsts, "one of the first", a state's own earlier
  relations (Nicaragua, 1985) and Confucius Institutes are never refuted (guards).
* An anniversary is not dated by another figure's year ("US$710 million in 2021, … held for the
  50th anniversary", a 2022 text); a first's year is the stored first of the sentence's topic (an
  embassy is not the Belt and Road); a rank in apposition ("In 2015, Mexico, the first country …,
  signed …") is not dated by the main clause (94abad6 refuted it).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- the verb nearest a change's first end gives its direction --------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "November 15, 2022 — San Salvador\n\nNot even sugar, the product El Salvador sells"
            " most to China, has grown: its sales to China fell from 74 million dollars in 2020 to"
            " 67 million last year.",
            "74 million dollars",
        ),
        (
            "15 de noviembre de 2022 — San Salvador\n\nNi siquiera el azúcar, el producto que El"
            " Salvador más vende a China, ha crecido: sus ventas a China cayeron de 74 millones de"
            " dólares en 2020 a 67 millones el año pasado.",
            "74 millones de dólares",
        ),
        (
            "15 de novembro de 2022 — San Salvador\n\nNem o açúcar, o produto que El Salvador mais"
            " vende à China, cresceu: suas vendas à China caíram de 74 milhões de dólares em 2020"
            " para 67 milhões no ano passado.",
            "74 milhões de dólares",
        ),
    ],
)
def test_a_fall_after_a_negated_rise_is_not_inconsistent(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guards: a rise written with falling figures is still the text contradicting itself.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "November 15, 2022 — San Salvador\n\nEl Salvador's sugar sales to China rose from 74"
            " million dollars in 2020 to 67 million last year.",
            "74 million dollars",
        ),
        (
            "15 de noviembre de 2022 — San Salvador\n\nLas ventas de azúcar de El Salvador a China"
            " crecieron de 74 millones de dólares en 2020 a 67 millones el año pasado.",
            "74 millones de dólares",
        ),
        (
            "15 de novembro de 2022 — San Salvador\n\nAs vendas de açúcar de El Salvador à China"
            " subiram de 74 milhões de dólares em 2020 para 67 milhões no ano passado.",
            "74 milhões de dólares",
        ),
        (
            "November 15, 2022 — San Salvador\n\nSales fell last year, but exports of sugar to"
            " China rose from 74 million dollars in 2020 to 67 million in 2021.",
            "74 million dollars",
        ),
    ],
)
def test_a_rise_written_with_falling_figures_stays_inconsistent(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason


# --- a possessive flow after a clause naming a product ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "March 3, 2023 — Brasília\n\nNot even soybeans, the crop Brazil sells most to China,"
            " have done well: its sales to China fell from US$ 40 billion in 2021 to US$ 31"
            " billion in 2022.",
            ("US$ 40 billion", "US$ 31 billion"),
        ),
        (
            "3 de marzo de 2023 — Brasilia\n\nNi siquiera la soja, el cultivo que Brasil más vende"
            " a China, ha crecido: sus ventas a China cayeron de 40.000 millones de dólares en 2021"
            " a 31.000 millones de dólares en 2022.",
            ("40.000 millones de dólares", "31.000 millones de dólares"),
        ),
        (
            "3 de março de 2023 — Brasília\n\nNem a soja, o grão que o Brasil mais vende à China,"
            " cresceu: suas vendas à China caíram de US$ 40 bilhões em 2021 para US$ 31 bilhões"
            " em 2022.",
            ("US$ 40 bilhões", "US$ 31 bilhões"),
        ),
    ],
)
def test_a_possessive_flow_after_a_product_is_not_the_whole_flow(text, figures):
    results = check(text)
    for figure in figures:
        result = one(results, figure)
        assert result.verdict is Verdict.UNVERIFIABLE, result.reason
        assert "that product's trade only" in result.reason


# Guard: a possessive flow with no product before it is still the state's flow, refuted by the
# stored totals.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 3, 2023 — Brasília\n\nBrazil, the largest economy of the region, did well: its"
            " sales to China reached US$ 40 billion in 2022.",
            "US$ 40 billion",
        ),
        (
            "3 de marzo de 2023 — Brasilia\n\nBrasil, la mayor economía de la región, tuvo un buen"
            " año: sus ventas a China llegaron a 40.000 millones de dólares en 2022.",
            "40.000 millones de dólares",
        ),
    ],
)
def test_a_possessive_flow_without_a_product_keeps_its_reading(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- relations opened are the diplomatic tie, not an inauguration -----------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "June 21, 2022 — Lima\n\nPeru and China opened relations with a joint communique signed"
            " on November 2, 1971.",
            "November 2, 1971",
        ),
        (
            "21 de junio de 2022 — Lima\n\nLa apertura de relaciones diplomáticas entre Perú y China"
            " fue el 2 de noviembre de 1971.",
            "noviembre de 1971",
        ),
        (
            "21 de junho de 2022 — Lima\n\nA abertura das relações diplomáticas entre o Peru e a"
            " China foi em 2 de novembro de 1971.",
            "novembro de 1971",
        ),
    ],
)
def test_relations_opened_are_dated_by_the_ties(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "diplomatic_relations_prc" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("June 21, 2022 — Lima\n\nPeru and China opened trade relations in 1971.", "1971"),
        (
            "21 de junio de 2022 — Lima\n\nLa apertura de relaciones comerciales entre Perú y China"
            " fue en 1971.",
            "1971",
        ),
    ],
)
def test_trade_relations_opened_are_no_inauguration(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guard: an inauguration is still one ("the port of Chancay was opened in 2023": the stored
# inauguration of 14 November 2024 refutes it).
def test_a_port_opened_is_still_an_inauguration():
    result = one(
        check("June 21, 2022 — Lima\n\nThe port of Chancay in Peru was opened in 2023."), "2023"
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- "diplomatic link" is the diplomatic tie ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "November 15, 2022 — San Salvador\n\nEl Salvador ended its diplomatic link with Taiwan"
            " in August 2018 and established one with China.",
            "August 2018",
            Verdict.SUPPORTED,
        ),
        (
            "November 15, 2022 — San Salvador\n\nEl Salvador ended its diplomatic link with Taiwan"
            " in August 2019 and established one with China.",
            "August 2019",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_diplomatic_link_is_the_diplomatic_tie(text, figure, verdict):
    result = one(check(text), figure)
    assert result.verdict is verdict, result.reason


# Guards: Spanish and Portuguese "vínculo diplomático" were read already.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "15 de noviembre de 2022 — San Salvador\n\nEl Salvador rompió su vínculo diplomático"
            " con Taiwán en agosto de 2018 y lo estableció con China.",
            "agosto de 2018",
        ),
        (
            "15 de novembro de 2022 — San Salvador\n\nEl Salvador rompeu seu vínculo diplomático"
            " com Taiwan em agosto de 2018 e o estabeleceu com a China.",
            "agosto de 2018",
        ),
    ],
)
def test_a_vinculo_diplomatico_keeps_its_reading(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a plain "first" refuted by a state the ties table dates a year or more earlier ------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 3, 2022 — Panama City\n\nPanama became in June 2017 the first country in Central"
            " America to establish diplomatic relations with China.",
            "first country",
        ),
        (
            "3 de mayo de 2022 — Ciudad de Panamá\n\nPanamá fue en junio de 2017 el primer país"
            " centroamericano en establecer relaciones diplomáticas con China.",
            "primer país centroamericano",
        ),
        (
            "3 de maio de 2022 — Cidade do Panamá\n\nO Panamá foi em junho de 2017 o primeiro país"
            " da América Central a estabelecer relações diplomáticas com a China.",
            "primeiro país",
        ),
    ],
)
def test_a_plain_first_after_an_earlier_state_is_refuted(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "CRI" in result.reason


# Guards: the true first is borne out; a set the table cannot list ("the Andean countries"), a
# "first" since an earlier event, "one of the first", and a state whose first relations came
# before the leader's (Nicaragua, 1985) are never refuted by the order. The English-speaking
# Caribbean is listed since round-groups (data/knowledge/country_groups.csv): Guyana's first
# (1972-06-27, before Jamaica's 1972-11-21) is borne out among its members.
@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            # Not borne out since stop 49: Nicaragua's relations of 1985–1990 (a weak source)
            # came first, and a dated first shows them as an undated one does (round 50b).
            "May 3, 2022 — San José\n\nCosta Rica became in June 2007 the first country in Central"
            " America to establish diplomatic relations with China.",
            "first country",
            Verdict.UNVERIFIABLE,
        ),
        (
            "June 21, 2022 — Georgetown\n\nGuyana was the first country in the English-speaking"
            " Caribbean to establish diplomatic relations with China.",
            "first country",
            Verdict.SUPPORTED,
        ),
        (
            "June 21, 2022 — Lima\n\nPeru was the first Andean country to establish diplomatic"
            " relations with China.",
            "first Andean country",
            Verdict.UNVERIFIABLE,
        ),
        (
            "May 3, 2022 — Panama City\n\nPanama became in June 2017 the first country in Central"
            " America since 2007 to establish diplomatic relations with China.",
            "first country",
            Verdict.UNVERIFIABLE,
        ),
        (
            "May 3, 2023 — Managua\n\nNicaragua is the first country in Central America to"
            " establish diplomatic relations with China.",
            "first country",
            Verdict.UNVERIFIABLE,
        ),
        (
            "3 de mayo de 2023 — Managua\n\nNicaragua es el primer país centroamericano en"
            " establecer relaciones diplomáticas con China.",
            "primer país centroamericano",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_a_first_the_order_cannot_refute(text, figure, verdict):
    result = one(check(text), figure)
    assert result.verdict is verdict, result.reason


# --- an anniversary is not dated by the year of another figure --------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "June 21, 2022 — Georgetown\n\nTrade between Guyana and China reached US$710 million"
            " in 2021, the ambassador said at an exhibition held for the 50th anniversary of"
            " relations between the two countries.",
            "50th anniversary",
        ),
        (
            "21 de junio de 2022 — Georgetown\n\nEl comercio entre Guyana y China llegó a 710"
            " millones de dólares en 2021, dijo la embajadora en una exposición por el 50º"
            " aniversario de las relaciones diplomáticas entre Guyana y China.",
            "50º aniversario",
        ),
        (
            "21 de junho de 2022 — Georgetown\n\nO comércio entre a Guiana e a China chegou a US$"
            " 710 milhões em 2021, disse a embaixadora numa exposição pelo 50º aniversário das"
            " relações diplomáticas entre a Guiana e a China.",
            "50º aniversário",
        ),
    ],
)
def test_an_anniversary_is_not_dated_by_another_figures_year(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "dates the tie 1972" in result.reason


# Guards: a year that dates the anniversary itself still does.
@pytest.mark.parametrize(
    "text",
    [
        "June 21, 2022 — Georgetown\n\nIn 2021, Guyana and China marked the 49th anniversary of"
        " their diplomatic relations.",
        "June 21, 2022 — Georgetown\n\nGuyana and China marked the 49th anniversary of their"
        " diplomatic relations in 2021, when trade reached US$710 million.",
    ],
)
def test_a_year_of_the_anniversary_still_dates_it(text):
    result = one(check(text), "49th anniversary")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "anniversary in 2021" in result.reason


# --- the year of a first is the stored first of the topic the sentence names ------------------


@pytest.mark.parametrize(
    "text",
    [
        "May 3, 2022 — Panama City\n\nIn 2017 Panama was among the first countries in the region to"
        " open an embassy in Beijing.",
        "3 de maio de 2022 — Cidade do Panamá\n\nEm 2017 o Panamá foi um dos primeiros países da"
        " região a abrir uma embaixada em Pequim.",
    ],
)
def test_a_first_of_another_topic_is_not_the_stored_first(text):
    # Spanish reads no metric in "uno de los primeros países" (no such pattern to fix).
    result = one(check(text), "2017")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# Guards: a first of the stored topic (the Belt and Road) keeps its readings.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "May 3, 2022 — Panama City\n\nIn 2017 Panama was among the first countries in the"
            " region to sign the BRI memorandum.",
            Verdict.DISPUTED,
        ),
        (
            # Disputed since stop 49: a row flagged CONFLICT dates the memorandum 2018-12-03.
            "3 de mayo de 2022 — Ciudad de Panamá\n\nEn 2017 Panamá fue uno de los primeros países"
            " de la región en firmar el memorando de la Franja y la Ruta.",
            Verdict.DISPUTED,
        ),
    ],
)
def test_a_first_of_the_stored_topic_keeps_its_reading(text, verdict):
    result = one(check(text), "2017")
    assert result.verdict is verdict, result.reason


# --- a rank in apposition is not dated by the main clause's year ------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "May 3, 2022 — Mexico City\n\nIn 2015, Mexico, the first country in the region to host"
            " a Confucius Institute, signed new deals.",
            "first country",
            Verdict.SUPPORTED,
        ),
        # Costa Rica's first is ordered by the whole table, not cut at 2015: Nicaragua's
        # relations of 1985–1990 (a weak source) are shown, never refuted (stop 49).
        (
            "3 de mayo de 2022 — San José\n\nEn 2015, Costa Rica, el primer país centroamericano en"
            " establecer relaciones diplomáticas con China, recibió una visita.",
            "primer país centroamericano",
            Verdict.UNVERIFIABLE,
        ),
        (
            "3 de maio de 2022 — San José\n\nEm 2015, a Costa Rica, o primeiro país da América"
            " Central a estabelecer relações diplomáticas com a China, recebeu uma visita.",
            "primeiro país",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_a_rank_in_apposition_is_not_dated_by_the_main_clause(text, figure, verdict):
    result = one(check(text), figure)
    assert result.verdict is verdict, result.reason
    assert "2015" not in result.reason  # never the main clause's year
    if verdict is Verdict.UNVERIFIABLE:
        assert "NIC" in result.reason and "CRI at 2007-06-01" in result.reason


# Guards: a first the sentence dates itself is still refuted by the stored year; a first of
# Confucius Institutes is never refuted by the ties table's order (its dates are counts').
@pytest.mark.parametrize(
    ("text", "figure", "refuted"),
    [
        (
            "May 3, 2022 — Mexico City\n\nIn 2015 Mexico became the first country in the region to"
            " host a Confucius Institute.",
            "first country",
            True,
        ),
        (
            "May 3, 2022 — Mexico City\n\nMexico was the first country in Latin America to host a"
            " Confucius Institute.",
            "first country",
            False,
        ),
    ],
)
def test_a_dated_first_and_a_first_of_institutes(text, figure, refuted):
    result = one(check(text), figure)
    assert (result.verdict is Verdict.CONTRADICTED) is refuted, result.reason


# Moved from tests/claims/test_fresh_readings_s22d.py (which pinned it unverifiable while ties-rank
# never refuted): Trinidad and Tobago's memorandum of May 2018 (reputable) is a year before
# Jamaica's of April 2019, so Jamaica's "first" is refuted; Guyana's of July 2018, the same year
# as Trinidad and Tobago's, stays unverifiable there.
def test_a_first_a_year_after_the_table_leader_is_refuted(kb):
    text = (
        "Jamaica became the first Caribbean country to sign a Belt and Road memorandum, in April"
        " 2019."
    )
    result = one(check(text, kb, date="2019-12-26"), "first Caribbean country")
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "TTO" in result.reason
