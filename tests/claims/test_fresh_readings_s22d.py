"""Fixes of older wrong verdicts of the unseen set's dev half (branch issue-15-s22d), each with
real-shaped sentences (our own) in EN, ES and PT, checked against the package's knowledge base.

* A "first" state dated by its own tie: "Guyana was the first Caribbean country to sign a Belt and
  Road memorandum, in July 2018" was borne out by Guyana's own memorandum of July 2018, though the
  ties table dates Trinidad and Tobago's earlier (a probe of round 21a).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a "first" state dated by its own tie ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Guyana became the first Caribbean country to sign on to the Belt and Road Initiative"
            " in July 2018.",
            "first Caribbean country",
        ),
        (
            "In July 2018 Guyana became the first Caribbean country to join the Belt and Road"
            " Initiative.",
            "first Caribbean country",
        ),
        # Jamaica's "first …, in April 2019" is refuted since round 30a (Trinidad and Tobago's
        # reputable row dates its memorandum a year earlier, May 2018):
        # tests/claims/test_fresh_readings_r30_s20a.py.
        (
            "Guyana se convirtió en julio de 2018 en el primer país caribeño en adherirse a la"
            " Franja y la Ruta.",
            "primer país caribeño",
        ),
        (
            "Guyana fue, en julio de 2018, el primer país del Caribe en sumarse a la Iniciativa de"
            " la Franja y la Ruta.",
            "primer país",
        ),
        (
            "A Guiana tornou-se em julho de 2018 o primeiro país caribenho a aderir à Iniciativa"
            " Cinturão e Rota.",
            "primeiro país caribenho",
        ),
    ],
)
def test_a_first_is_not_borne_out_by_its_own_tie_date(kb, text, rank):
    result = one(check(text, kb, date="2019-12-26"), rank)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Trinidad and Tobago became in May 2018 the first Caribbean country to join the Belt"
            " and Road Initiative.",
            "first Caribbean country",
        ),
        (
            "Trinidad y Tobago se convirtió en mayo de 2018 en el primer país caribeño en"
            " adherirse a la Franja y la Ruta.",
            "primer país caribeño",
        ),
        (
            "Trinidad e Tobago tornou-se em maio de 2018 o primeiro país caribenho a aderir à"
            " Iniciativa Cinturão e Rota.",
            "primeiro país caribenho",
        ),
        # "Trinidad and Tobago was the first Caribbean country to sign a Belt and Road
        # memorandum", with no date of its own, is left unverifiable since round 26a: the table
        # dates the Dominican Republic's and Antigua's signatures only as "before" 2019, so the
        # order is open (tests/claims/test_fresh_readings_r26_s20a.py). Since round 36a the same
        # holds with the date ("in May 2018"): those states, dated only "before" a later day, may
        # still have come first (the dev key says so of u2606, u3713 and u7506); this guard first
        # asked "supported" (round s22d) and was changed with that rule.
    ],
)
def test_guard_the_first_state_dated_by_its_tie_is_not_settled_by_it(kb, text, rank):
    result = one(check(text, kb, date="2019-12-26"), rank)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "not settled" in result.reason


# --- "TT" and "T&T": Trinidad and Tobago in its own press ---------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Port of Spain — TT signed the Belt and Road memorandum of understanding with China in"
            " May 2018.",
            "May 2018",
        ),
        (
            "Trinidad's government says T&T signed the Belt and Road memorandum with China in May"
            " 2018.",
            "May 2018",
        ),
    ],
)
def test_tt_is_trinidad_and_tobago_in_a_text_that_names_it(kb, text, figure):
    result = one(check(text, kb, date="2019-12-26"), figure)
    assert result.claim.entity == "TTO", result.claim.entity
    # Disputed since stop 49: a row flagged CONFLICT (Newsday) dates the memorandum 2017.
    assert result.verdict is Verdict.DISPUTED, result.reason
    assert "TTO bri_mou" in result.reason


def test_tt_is_trinidad_and_tobago_in_a_first_place_too(kb):
    # Asked "supported" until round 36a (dated "in May 2018" since round 26a); since round 36a
    # a "first" with a date still counts the states dated only "before" a later day, which may
    # have signed first, so the order is left open as without a date (the state is still TTO).
    text = (
        "The Trinidad and Tobago Newsday reports that TT became in May 2018 the first country"
        " in the Caribbean to sign on to the Belt and Road Initiative."
    )
    result = one(check(text, kb, date="2019-12-26"), "first country")
    assert result.claim.entity == "TTO", result.claim.entity
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "not settled" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        # no Trinidad named anywhere: "TT" is no state
        "Kingston — Jamaica's exporters were paid by TT in 2018, a year before the country signed"
        " the Belt and Road memorandum in April 2019.",
        # the Trinidad and Tobago dollar, AT&T and a lower-case "tt" are no state
        "In Trinidad, loans of TT$500 million were signed in 2018.",
        "In Trinidad, AT&T signed a contract of US$50 million in 2018.",
        "In Trinidad, the tt signed a contract of US$50 million in 2018.",
    ],
)
def test_guard_other_tt_are_no_state(kb, text):
    results = check(text, kb, date="2019-12-26")
    assert results
    assert all(r.claim.entity != "TTO" for r in results), [r.claim.entity for r in results]


# --- "de maio a décima …": no span of months ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        (
            "Em 13 de maio a décima quarta edição da feira movimentou US$ 50 bilhões em"
            " exportações do Brasil para a China.",
            "US$ 50 bilhões",
            "2024-05",
        ),
        (
            "De janeiro a décima semana, as exportações do Brasil para a China somaram US$ 50"
            " bilhões.",
            "US$ 50 bilhões",
            None,
        ),
        (
            "El 13 de mayo a decenas de empresarios se les dijo que las exportaciones de Brasil a"
            " China sumaron US$ 50.000 millones.",
            "US$ 50.000 millones",
            "2024-05",
        ),
        (
            "From January to decimal points, Brazil's exports to China reached US$ 50 billion.",
            "US$ 50 billion",
            None,
        ),
    ],
)
def test_a_month_before_an_ordinal_word_is_no_span_of_months(kb, text, figure, period):
    result = one(check(text, kb, date="2024-12-20"), figure)
    label = result.claim.period.label() if result.claim.period else None
    assert label == period, label


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "De janeiro a dezembro, as exportações do Brasil para a China somaram US$ 50 bilhões.",
            "US$ 50 bilhões",
        ),
        (
            "De enero a diciembre, las exportaciones de Brasil a China sumaron US$ 50.000"
            " millones.",
            "US$ 50.000 millones",
        ),
        ("From Jan to Dec, Brazil's exports to China reached US$ 50 billion.", "US$ 50 billion"),
    ],
)
def test_guard_a_span_of_whole_months_is_read(kb, text, figure):
    result = one(check(text, kb, date="2024-12-20"), figure)
    assert result.claim.period.label() == "2024-01–2024-12", result.claim.period.label()


# --- "X recebeu A e Y, B": the second state's figure with its verb left out ---------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Entre 2005 e 2021, a Venezuela recebeu US$ 62,2 bilhões em empréstimos chineses e o"
            " Brasil, US$ 29,7 bilhões.",
            "US$ 62,2 bilhões",
            "US$ 29,7 bilhões",
        ),
        (
            "Entre 2005 y 2021, Venezuela recibió US$ 62.200 millones en préstamos chinos y"
            " Brasil, US$ 29.700 millones.",
            "US$ 62.200 millones",
            "US$ 29.700 millones",
        ),
        (
            "Between 2005 and 2021, Venezuela received US$62.2 billion in Chinese loans, and"
            " Brazil, US$29.7 billion.",
            "US$62.2 billion",
            "US$29.7 billion",
        ),
    ],
)
def test_an_elided_verb_gives_the_second_figure_its_state(kb, text, first, second):
    results = check(text, kb, date="2022-03-10")
    head, tail = one(results, first), one(results, second)
    assert (head.claim.entity, head.verdict) == ("VEN", Verdict.SUPPORTED), head.reason
    assert (tail.claim.entity, tail.verdict) == ("BRA", Verdict.SUPPORTED), tail.reason


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Entre 2005 e 2021, a Venezuela recebeu US$ 62,2 bilhões em empréstimos chineses e o"
            " Brasil, US$ 99 bilhões.",
            "US$ 99 bilhões",
        ),
        (
            "Between 2005 and 2021, Venezuela received US$62.2 billion in Chinese loans, and"
            " Brazil, US$99 billion.",
            "US$99 billion",
        ),
    ],
)
def test_guard_an_elided_figure_is_never_refuted(kb, text, second):
    # the metric and the period stand in the other clause: the reading stays hedged
    result = one(check(text, kb, date="2022-03-10"), second)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_guard_a_state_and_a_figure_with_no_conjunction_keep_their_reading(kb):
    text = (
        "Bolivia, con 850 millones de dólares, y Costa Rica, con 400 millones de dólares,"
        " recibieron préstamos chinos en 2015."
    )
    results = check(text, kb, date="2016-03-10")
    assert one(results, "850 millones de dólares").claim.entity == "BOL"
    assert one(results, "400 millones de dólares").claim.entity == "CRI"


# --- a count of recent years is a sum over them -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The library is one of more than 200 infrastructure projects that China has supported"
            " in Latin American and Caribbean countries in recent years, Xi said.",
            "more than 200 infrastructure projects",
        ),
        (
            "China ha apoyado más de 200 proyectos de infraestructura en países de América Latina"
            " y el Caribe en los últimos años, dijo Xi.",
            "más de 200 proyectos",
        ),
        (
            "A biblioteca é um dos mais de 200 projetos de infraestrutura que a China apoiou em"
            " países da América Latina e do Caribe nos últimos anos, disse Xi.",
            "mais de 200 projetos",
        ),
    ],
)
def test_a_count_of_recent_years_is_not_borne_out_by_one_years_count(kb, text, figure):
    result = one(check(text, kb, date="2025-05-13"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- a credit in yuan: "en créditos", "um crédito" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Para apoiar o desenvolvimento latino-americano e caribenho, a China fornecerá 66"
            " bilhões de yuans (9,2 bilhões de dólares) em créditos.",
            "66 bilhões de yuans",
        ),
        (
            "El mandatario anunció un crédito por 66.000 millones de yuanes para el desarrollo de"
            " los países de América Latina y el Caribe.",
            "66.000 millones de yuanes",
        ),
        (
            "China aportará 66.000 millones de yuanes en créditos para el desarrollo de América"
            " Latina y el Caribe.",
            "66.000 millones de yuanes",
        ),
        (
            "China will provide 66 billion yuan in credit to support the development of Latin"
            " America and the Caribbean.",
            "66 billion yuan",
        ),
    ],
)
def test_a_credit_in_yuan_is_the_pledged_credit_line(kb, text, figure):
    result = one(check(text, kb, date="2025-05-14"), figure)
    assert result.claim.metric == "credit_line_cny", result.claim.metric
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A China concederá um crédito de 60 bilhões de yuans aos países da Celac.",
            "60 bilhões de yuans",
        ),
        (
            "China otorgó a Argentina 10.000 millones de yuanes en créditos en 2018.",
            "10.000 millones de yuanes",
        ),
        (
            "China otorgó a Argentina 10.000 millones de dólares en créditos en 2018.",
            "10.000 millones de dólares",
        ),
    ],
)
def test_guard_another_credit_is_not_refuted_by_the_pledge(kb, text, figure):
    result = one(check(text, kb, date="2025-05-14"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.verdict is not Verdict.SUPPORTED, result.reason


# --- relations of another kind; "estableció las relaciones" -------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Chile estableció relaciones comerciales con China en 1952.", "1952"),
        ("O Chile estabeleceu relações comerciais com a China em 1952.", "1952"),
        ("Chile established relations of trade with China in 1952.", "1952"),
        ("Chile estableció relaciones económicas con China en 1952.", "1952"),
    ],
)
def test_relations_of_another_kind_are_no_diplomatic_tie(kb, text, figure):
    result = one(check(text, kb, date="2023-09-01"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("El Salvador estableció las relaciones con Beijing en agosto de 2018.", "agosto de 2018"),
        (
            "O Brasil estabeleceu as relações com a China em agosto de 1974.",
            "agosto de 1974",
        ),
    ],
)
def test_relations_established_with_an_article_are_the_diplomatic_tie(kb, text, figure):
    result = one(check(text, kb, date="2023-09-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Chile estableció relaciones con China en 1952.", "1952"),
        ("Chile established relations with China in 1952.", "1952"),
        ("Chile estableció relaciones diplomáticas y comerciales con China en 1952.", "1952"),
    ],
)
def test_guard_diplomatic_relations_dated_wrong_are_refuted(kb, text, figure):
    result = one(check(text, kb, date="2023-09-01"), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- a bare "compras" beside the state's sales to China ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Entre enero y junio de 2025 las ventas argentinas al mercado chino sumaron U$S 3.070"
            " millones, mientras que las compras subieron a U$S 8.297 millones.",
            "U$S 8.297 millones",
        ),
        (
            "Entre janeiro e junho de 2025 as vendas argentinas para a China somaram US$ 3.070"
            " milhões, enquanto as compras subiram a US$ 8.297 milhões.",
            "US$ 8.297 milhões",
        ),
        (
            "Between January and June 2025 Argentina's sales to China came to US$3,070 million,"
            " while purchases rose to US$8,297 million.",
            "US$8,297 million",
        ),
    ],
)
def test_bare_purchases_beside_sales_to_china_are_the_states_imports(kb, text, figure):
    result = one(check(text, kb, date="2025-08-01"), figure)
    assert result.claim.metric == "trade_china_exports", result.claim.metric
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_guard_bare_purchases_are_never_refuted(kb):
    text = (
        "Entre enero y junio de 2025 las ventas argentinas al mercado chino sumaron U$S 3.070"
        " millones, mientras que las compras subieron a U$S 9.500 millones."
    )
    result = one(check(text, kb, date="2025-08-01"), "U$S 9.500 millones")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- "the 33 CELAC countries": CELAC's membership -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Any one of the 33 CELAC countries can sign declarations of participation in the Belt"
            " and Road Initiative, he noted.",
            "33 CELAC countries can sign declarations",
        ),
        ("Los 33 países de la CELAC se reunieron en Pekín.", "33 países"),
        ("Os 33 Estados-membros da Celac reuniram-se em Pequim.", "33 Estados-membros"),
    ],
)
def test_the_count_of_celac_members_is_the_countries_tables(kb, text, figure):
    result = one(check(text, kb, date="2023-11-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_celac_members_are_no_count_of_belt_and_road_members(kb):
    # main refuted 33 by the 21 members of the Belt and Road as of October 2022
    text = (
        "By October 2022, any one of the 33 CELAC countries could sign declarations of"
        " participation in the Belt and Road Initiative."
    )
    result = one(check(text, kb, date="2022-10-15"), "33 CELAC countries could sign declarations")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "By October 2022, 21 of the 33 CELAC countries had joined the Belt and Road"
            " Initiative.",
            "21 of the 33 CELAC countries",
            Verdict.SUPPORTED,
        ),
        ("The 32 CELAC countries met in Beijing.", "32 CELAC countries met", Verdict.UNVERIFIABLE),
    ],
)
def test_guard_other_counts_beside_celac_keep_their_reading(kb, text, figure, verdict):
    result = one(check(text, kb, date="2022-10-15"), figure)
    assert result.verdict is verdict, result.reason


# --- another state's dollar or peso: "TT$", "J$", "RD$" -----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Trinidad and Tobago's exports to China reached TT$500 million in 2010.",
            "TT$500 million",
        ),
        ("Jamaica's imports from China reached J$500 million in 2021.", "J$500 million"),
        (
            "Las importaciones dominicanas desde China sumaron RD$ 500 millones en 2020.",
            "RD$ 500 millones",
        ),
        (
            "As importações dominicanas da China somaram RD$ 500 milhões em 2020.",
            "RD$ 500 milhões",
        ),
    ],
)
def test_another_states_dollar_is_never_compared_with_us_dollars(kb, text, figure):
    result = one(check(text, kb, date="2023-06-01"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Brazil's imports from China reached USD$34.74 billion in 2018.", "$34.74 billion"),
        (
            "Brazil imported US$34.74 billion from China in 2018, or $34.74 billion.",
            "$34.74 billion",
        ),
        ("Bolivia importó de China $us 2.596 millones en 2023.", "$us 2.596 millones"),
    ],
)
def test_guard_us_dollars_stay_us_dollars(kb, text, figure):
    result = one(check(text, kb, date="2024-06-01"), figure)
    assert result.claim.unit == "usd", result.claim.unit
