"""General readings found on the fresh dev texts 185-191 of the unseen set (branch
issue-15-s21b: Spanish pages the store took nothing from), each with real-shaped sentences (our
own) in EN, ES and PT, checked against the package's knowledge base.

* A month of last year is that month, not the year: "contra US$ 689 millones en abril del año
  pasado" (June 2020) was read as the whole of 2019 and refuted by Argentina's 2019 imports.
* A tie's day one day off across a month's end: "establecieron relaciones el pasado 30 de abril"
  was refuted by the Dominican Republic's 2018-05-01 (the Beijing date of the communique).
* A demonym that names a currency ("pesos colombianos") is no state of the figure.
* A part of last year and the same month last year are the year before's (found by probing).
* A stored FTA ratification bears a ratification date out, never refutes it.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a month of last year ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Las importaciones de la Argentina desde China bajaron en abril a US$ 411 millones,"
            " contra US$ 689 millones en abril del año pasado.",
            "US$ 689 millones",
        ),
        (
            "Argentina's imports from China fell to US$ 411 million in April, against"
            " US$ 689 million in April last year.",
            "US$ 689 million",
        ),
        (
            "As importações da Argentina vindas da China caíram em abril para US$ 411 milhões,"
            " contra US$ 689 milhões em abril do ano passado.",
            "US$ 689 milhões",
        ),
        (
            "Las importaciones de la Argentina desde China sumaron US$ 689 millones en abril del"
            " año anterior.",
            "US$ 689 millones",
        ),
    ],
)
def test_a_month_of_last_year_is_that_month(kb, text, figure):
    result = one(check(text, kb, date="2020-06-07"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.period is not None
    assert result.claim.period.label() == "2019-04", result.claim.period.label()


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Las importaciones de la Argentina desde China sumaron US$ 9.267 millones el año"
            " pasado.",
            "US$ 9.267 millones",
        ),
        (
            "Argentina's imports from China reached US$ 9,267 million last year.",
            "US$ 9,267 million",
        ),
        (
            "As importações da Argentina vindas da China somaram US$ 9.267 milhões no ano passado.",
            "US$ 9.267 milhões",
        ),
    ],
)
def test_guard_last_year_alone_is_the_year(kb, text, figure):
    result = one(check(text, kb, date="2020-06-07"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a day apart across a month's end ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "República Dominicana y China establecieron relaciones diplomáticas el pasado 30 de"
            " abril.",
            "30 de abril",
        ),
        (
            "The Dominican Republic established diplomatic relations with China on April 30, 2018.",
            "April 30, 2018",
        ),
        (
            "A República Dominicana estabeleceu relações diplomáticas com a China em 30 de abril"
            " de 2018.",
            "abril de 2018",
        ),
    ],
)
def test_a_day_apart_across_a_months_end_is_not_refuted(kb, text, figure):
    result = one(check(text, kb, date="2018-09-21"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "República Dominicana y China establecieron relaciones diplomáticas el 28 de abril"
            " de 2018.",
            "abril de 2018",
            Verdict.CONTRADICTED,
        ),
        (
            "The Dominican Republic established diplomatic relations with China in March 2018.",
            "March 2018",
            Verdict.CONTRADICTED,
        ),
        (
            "A República Dominicana estabeleceu relações diplomáticas com a China em 1 de maio"
            " de 2018.",
            "maio de 2018",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_guard_days_further_apart_or_the_same_day(kb, text, figure, verdict):
    result = one(check(text, kb, date="2018-09-21"), figure)
    assert result.verdict is verdict, result.reason


# --- a demonym that names a currency ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "El mandatario anunció cinco programas y un crédito por 66.000 millones de yuanes"
            " —equivalentes a 35,6 billones de pesos colombianos— para el desarrollo del bloque.",
            "66.000 millones de yuanes",
        ),
        (
            "Xi announced five programs and a credit line of 66 billion yuan, equivalent to 35.6"
            " trillion Colombian pesos, for the development of the bloc.",
            "66 billion yuan",
        ),
        (
            "Xi anunciou cinco programas e uma linha de crédito de 66 bilhões de yuans,"
            " equivalentes a 35,6 trilhões de pesos colombianos, para o desenvolvimento do bloco.",
            "66 bilhões de yuans",
        ),
    ],
)
def test_a_currency_demonym_names_no_state(kb, text, figure):
    result = one(check(text, kb, date="2025-05-13"), figure)
    assert result.claim.entity != "COL", result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Las exportaciones colombianas a China sumaron 2.377 millones de dólares en 2024.",
            "2.377 millones de dólares",
        ),
        ("Colombian exports to China reached US$2,377 million in 2024.", "US$2,377 million"),
        (
            "As exportações colombianas para a China somaram 2.377 milhões de dólares em 2024.",
            "2.377 milhões de dólares",
        ),
    ],
)
def test_guard_a_demonym_before_the_flow_keeps_its_state(kb, text, figure):
    result = one(check(text, kb, date="2025-03-01"), figure)
    assert result.claim.entity == "COL", result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a part of last year ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "El comercio entre China y América Latina alcanzó 427.400 millones de dólares de"
            " enero a septiembre del año pasado.",
            "427.400 millones de dólares",
        ),
        (
            "Trade between China and Latin America reached US$427.4 billion from January to"
            " September last year.",
            "US$427.4 billion",
        ),
        (
            "O comércio entre a China e a América Latina atingiu 427,4 bilhões de dólares de"
            " janeiro a setembro do ano passado.",
            "427,4 bilhões de dólares",
        ),
        (
            "El comercio entre China y América Latina alcanzó 427.400 millones de dólares en los"
            " primeros nueve meses del año pasado.",
            "427.400 millones de dólares",
        ),
    ],
)
def test_months_of_last_year_are_last_years(kb, text, figure):
    result = one(check(text, kb, date="2025-11-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.claim.period.label() == "2024-01–2024-09", result.claim.period.label()


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        (
            "Las importaciones argentinas desde China sumaron US$ 1.900 millones en el primer"
            " trimestre del año pasado.",
            "US$ 1.900 millones",
            "2019-01–2019-03",
        ),
        (
            "Argentina's imports from China totalled US$ 1,900 million in the first quarter of"
            " last year.",
            "US$ 1,900 million",
            "2019-01–2019-03",
        ),
        (
            "As importações argentinas da China somaram US$ 1.900 milhões no primeiro trimestre"
            " do ano.",
            "US$ 1.900 milhões",
            "2020-01–2020-03",
        ),
    ],
)
def test_a_quarter_of_last_year_and_guard_of_this_year(kb, text, figure, label):
    result = one(check(text, kb, date="2020-06-07"), figure)
    assert result.claim.period.label() == label, result.claim.period.label()


# --- the same month last year ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Las importaciones de la Argentina desde China bajaron en abril a US$ 411 millones,"
            " contra US$ 689 millones en el mismo mes del año pasado.",
            "US$ 689 millones",
        ),
        (
            "Argentina's imports from China fell to US$ 411 million in April, from US$ 689"
            " million in the same month last year.",
            "US$ 689 million",
        ),
        (
            "As importações da Argentina vindas da China caíram em abril para US$ 411 milhões,"
            " ante US$ 689 milhões no mesmo mês do ano passado.",
            "US$ 689 milhões",
        ),
    ],
)
def test_the_same_month_last_year_is_last_years(kb, text, figure):
    results = check(text, kb, date="2020-06-07")
    result = one(results, figure)
    assert result.claim.period.label() == "2019-04", result.claim.period.label()
    first = results[0]
    assert first.claim.period.label() == "2020-04", first.claim.period.label()


# --- a stored ratification ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "La Asamblea Nacional de Ecuador ratificó el tratado de libre comercio con China el 7"
            " de febrero de 2024.",
            "febrero de 2024",
            Verdict.SUPPORTED,
        ),
        (
            "Ecuador's National Assembly ratified the free trade agreement with China on February"
            " 7, 2024.",
            "February 7, 2024",
            Verdict.SUPPORTED,
        ),
        (
            "A Assembleia Nacional do Equador ratificou o tratado de livre comércio com a China em"
            " 7 de fevereiro de 2024.",
            "fevereiro de 2024",
            Verdict.SUPPORTED,
        ),
        (
            "A Assembleia Nacional do Equador ratificou o tratado de livre comércio com a China em"
            " 20 de janeiro de 2024.",
            "janeiro de 2024",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_a_stored_ratification_bears_out_never_refutes(kb, text, figure, verdict):
    result = one(check(text, kb, date="2024-02-20"), figure)
    assert result.verdict is verdict, result.reason


# --- an ordinal of states ranks the event named after it ------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Ecuador estableció relaciones diplomáticas con China en 1980 y fue el cuarto país"
            " latinoamericano en firmar un tratado de libre comercio con China.",
            "cuarto país latinoamericano",
        ),
        (
            "Peru established diplomatic relations with China in 1971 and was the second Latin"
            " American country to sign a free trade agreement with China.",
            "second Latin American country",
        ),
        (
            "O Peru estabeleceu relações diplomáticas com a China em 1971 e foi o segundo país"
            " latino-americano a assinar um tratado de livre comércio com a China.",
            "segundo país latino-americano",
        ),
    ],
)
def test_a_rank_of_states_is_not_borne_out_by_another_ties_date(kb, text, figure):
    result = one(check(text, kb, date="2025-03-01"), figure)
    assert result.verdict is not Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Los dos países establecieron relaciones diplomáticas en 1970, y Chile fue el primer"
            " país latinoamericano en firmar un tratado de libre comercio con China.",
            "primer país latinoamericano",
        ),
        (
            "Costa Rica established diplomatic relations with China in 2007 and was the first"
            " Central American country to sign a free trade agreement with China.",
            "first Central American country",
        ),
        (
            "Chile estabeleceu relações diplomáticas com a China em 1970 e foi o primeiro país"
            " latino-americano a assinar um tratado de livre comércio com a China.",
            "primeiro país latino-americano",
        ),
    ],
)
def test_guard_the_first_to_sign_an_fta_is_borne_out_by_the_ftas(kb, text, figure):
    result = one(check(text, kb, date="2025-03-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "fta" in result.reason, result.reason
