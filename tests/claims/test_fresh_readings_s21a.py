"""General readings found on the fresh dev texts 178-184 of the unseen set (branch
issue-15-s21a: English and Portuguese pages the store took nothing from, Caribbean and Brazilian
outlets), each with real-shaped sentences (our own) in EN, ES and PT, checked against the
package's knowledge base.

* A date set a span of time from the event the clause names is not that event's date: "In June
  2018, just a month after Trinidad and Tobago became the first country in the Caribbean to sign
  on to the Belt and Road Initiative" dated the rank June 2018 and refuted it by the stored May
  2018 memorandum; "En 2019, un año después de que Guyana se uniera a la Franja y la Ruta" was
  refuted by Guyana's 2018 tie. Such a date may still bear a claim out, never refute it.
* Goods named by a noun before the product's adjective are that product's trade: "o Brasil vendeu
  US$ 60 bilhões em produtos agrícolas à China", "60.000 millones de dólares en productos
  agrícolas", "US$ 60 billion of farm products" were refuted by Brazil's whole exports of 2023.
* A rank of one sector's or product's exports is not the rank of all exports: "a China foi o maior
  destino das exportações do agronegócio brasileiro", "the largest destination of Brazil's
  agribusiness exports", "el mayor destino de las exportaciones agropecuarias de Brasil" were
  borne out by Brazil's stored rank of all exports.
* A percent that restates an amount of exports to China as a share of all exports is China's
  share, whatever products are named after it: "… somaram US$ 89,7 bilhões, o equivalente a
  26,8% do total exportado pelo país, com a soja à frente, seguida pelo minério de ferro" was read
  as the commodities' share of sales to China; "equal to 26.8% of the country's total exports" had
  no metric.
* An expectation is a forecast: "A expectativa é de que a China conserve o posto de maior parceiro
  comercial do Brasil nos próximos anos", "La expectativa es que China conserve el puesto de …"
  were borne out by the stored rank of 2024 as if reported.
* A year after a colon dates the rank set against the first one there, not the first: "a China
  tornou-se o principal parceiro comercial do Brasil, uma virada e tanto: em 2000, o país asiático
  aparecia apenas na 38ª posição" read the present rank for 2000, where nothing is stored.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- A date a span of time from the event -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In June 2018, just a month after Trinidad and Tobago became the first country in the"
            " Caribbean to sign on to the Belt and Road Initiative, Prime Minister Rowley spoke at a"
            " rally.",
            "first country",
        ),
        (
            "En junio de 2018, un mes después de que Trinidad y Tobago se convirtiera en el primer"
            " país del Caribe en adherirse a la Franja y la Ruta, Rowley habló en un mitin.",
            "primer país",
        ),
        (
            "En 2019, un año después de que Guyana se uniera a la Franja y la Ruta, Barbados firmó"
            " su memorando.",
            "2019",
        ),
    ],
)
def test_a_date_a_span_of_time_from_the_event_does_not_refute_it(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert "span of time" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # The event's own date, or an offset in another clause, still decides (guards).
        (
            "Suriname signed on to the Belt and Road Initiative in June 2018.",
            "June 2018",
        ),
        (
            "Guyana se adhirió a la Franja y la Ruta en agosto de 2018.",
            "agosto de 2018",
        ),
        (
            "A Guiana aderiu à Iniciativa Cinturão e Rota em agosto de 2018.",
            "agosto de 2018",
        ),
        (
            "Guyana was the first country in the English-speaking Caribbean to establish"
            " relations with China, in 1975.",
            "first country",
        ),
    ],
)
def test_the_events_own_date_is_still_refuted(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_an_offset_in_its_own_clause_leaves_the_main_clause_dated():
    from chinalac.claims.extract import _offset_between, fold

    text = fold("In 2019, two years after joining the BRI, Peru's exports to China reached")
    assert not _offset_between(text, len("in 2019"), text.index("reached"))
    text = fold("In June 2018, just a month after Trinidad and Tobago became the first")
    assert _offset_between(text, len("in june 2018"), text.index("first"))


# --- Goods named by a noun before the product -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Em 2023, o Brasil vendeu US$ 60 bilhões em produtos agrícolas à China.",
            "US$ 60 bilhões",
        ),
        (
            "En 2023, Brasil vendió 60.000 millones de dólares en productos agrícolas a China.",
            "60.000 millones de dólares",
        ),
        ("In 2023, Brazil sold US$ 60 billion of farm products to China.", "US$ 60 billion"),
    ],
)
def test_goods_named_by_a_noun_before_the_product_are_a_part(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Brazil's whole exports of 2023, told plainly (guards).
        ("In 2023, Brazil's exports to China reached US$ 60 billion.", "US$ 60 billion"),
        (
            "En 2023, las exportaciones de Brasil a China llegaron a 60.000 millones de dólares.",
            "60.000 millones de dólares",
        ),
        (
            "Em 2023, as exportações do Brasil para a China chegaram a US$ 60 bilhões.",
            "US$ 60 bilhões",
        ),
    ],
)
def test_whole_exports_are_still_refuted(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_goods_with_no_product_stay_the_whole():
    from chinalac.claims.extract import PRODUCT_AFTER

    assert PRODUCT_AFTER.match(" em produtos agricolas") is not None
    assert PRODUCT_AFTER.match(" of farm products") is not None
    assert PRODUCT_AFTER.match(" em produtos a china") is None


# --- A rank of one sector's exports ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Entre julho de 2023 e julho de 2024, a China foi o maior destino das exportações do"
            " agronegócio brasileiro, com US$ 57,94 bilhões.",
            "maior destino",
        ),
        (
            "Between July 2023 and July 2024, China was the largest destination of Brazil's"
            " agribusiness exports, with US$ 57.94 billion.",
            "largest destination",
        ),
        (
            "Entre julio de 2023 y julio de 2024, China fue el mayor destino de las exportaciones"
            " agropecuarias de Brasil, con US$ 57.940 millones.",
            "mayor destino",
        ),
    ],
)
def test_a_rank_of_one_sectors_exports_is_not_borne_out_by_all_exports(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # The rank of all exports, products named in another clause (guards).
        ("In 2024, China was the largest destination of Brazil's exports.", "largest destination"),
        (
            "Em 2024, a China foi o maior destino das exportações brasileiras, com a soja à frente.",
            "maior destino",
        ),
        (
            "En 2024, China fue el mayor destino de las exportaciones de Brasil, con la soja al"
            " frente.",
            "mayor destino",
        ),
    ],
)
def test_the_rank_of_all_exports_is_still_borne_out(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- A percent restating exports to China as a share of all exports ----------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Em 2022, as exportações do Brasil para a China somaram US$ 89,7 bilhões, o equivalente"
            " a 26,8% do total exportado pelo país, com a soja à frente, seguida pelo minério de"
            " ferro e pelo petróleo.",
            "26,8%",
        ),
        (
            "In 2022, Brazil's exports to China totalled US$ 89.7 billion, equivalent to 26.8% of"
            " the country's total exports, led by soybeans, followed by iron ore and oil.",
            "26.8%",
        ),
        (
            "En 2022, las exportaciones de Brasil a China sumaron 89.700 millones de dólares,"
            " equivalentes al 26,8% del total exportado por el país, con la soja al frente, seguida"
            " por el mineral de hierro y el petróleo.",
            "26,8%",
        ),
        (
            "In 2022, Brazil's exports to China totalled US$ 89.7 billion, equal to 26.8% of the"
            " country's total exports.",
            "26.8%",
        ),
    ],
)
def test_a_percent_restating_exports_to_china_is_chinas_share(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric == "china_share_of_exports", result.reason
    assert result.verdict is Verdict.DISPUTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # The commodities' share of sales to China, told as such (guards).
        (
            "Em 2022, a soja, o minério de ferro e o petróleo responderam por 75% das exportações do"
            " Brasil para a China.",
            "75%",
        ),
        (
            "In 2022, soybeans, iron ore and oil accounted for 75% of Brazil's exports to China.",
            "75%",
        ),
    ],
)
def test_the_commodities_share_of_sales_to_china_stays(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric == "primary_share_exports_to_china", result.reason


# --- An expectation is a forecast ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A expectativa é de que a China conserve o posto de maior parceiro comercial do Brasil"
            " nos próximos anos.",
            "maior parceiro comercial",
        ),
        (
            "La expectativa es que China conserve el puesto de mayor socio comercial de Brasil en"
            " los próximos años.",
            "mayor socio comercial",
        ),
        (
            "The expectation is that China remains Brazil's largest trading partner in the coming"
            " years.",
            "largest trading partner",
        ),
    ],
)
def test_an_expectation_is_a_forecast(kb, text, figure):
    # Dated: an undated text's rank of no year is not judged at all (lead, stop 44).
    result = one(check(text, kb, date="2025-02-15"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "projection" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A rank kept, told in the past, is a report (guards).
        (
            "A China conservou em 2024 o posto de maior parceiro comercial do Brasil.",
            "maior parceiro comercial",
        ),
        (
            "En 2024, China conservó el puesto de mayor socio comercial de Brasil.",
            "mayor socio comercial",
        ),
        ("In 2024, China remained Brazil's largest trading partner.", "largest trading partner"),
    ],
)
def test_a_rank_kept_is_still_borne_out(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- A year after a colon dates the rank set against the first ---------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Em duas décadas, a China tornou-se o principal parceiro comercial do Brasil, uma virada"
            " e tanto: em 2000, o país asiático aparecia apenas na 38ª posição no ranking.",
            "principal parceiro comercial",
        ),
        (
            "In two decades China became Brazil's largest trading partner, quite a turnaround: in"
            " 2000, the Asian country was only in 38th place.",
            "largest trading partner",
        ),
        (
            "En dos décadas, China se convirtió en el principal socio comercial de Brasil, un gran"
            " giro: en 2000, el país asiático aparecía apenas en el 38º lugar.",
            "principal socio comercial",
        ),
    ],
)
def test_a_year_after_a_colon_dates_the_rank_set_against_the_first(kb, text, figure):
    result = one(check(text, kb, date="2024-08-19"), figure)
    assert result.claim.period is None or result.claim.period.start_year != 2000, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # With no rank after the colon, its one year still dates the rank (guards).
        (
            "China ya era el principal socio comercial de Brasil: dejó atrás a Estados Unidos con"
            " un intercambio de 157.000 millones de dólares en 2021.",
            "principal socio comercial",
        ),
        (
            "China was already Brazil's largest trading partner: it left the United States behind"
            " with trade of 157 billion dollars in 2021.",
            "largest trading partner",
        ),
    ],
)
def test_a_year_after_a_colon_still_dates_a_rank_alone(kb, text, figure):
    result = one(check(text, kb, date="2024-08-19"), figure)
    assert result.claim.period is not None and result.claim.period.start_year == 2021
