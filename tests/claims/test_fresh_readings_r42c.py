"""General readings found on the fresh dev texts 481-484 of the unseen set (branch issue-15-r42c,
round 42c: the Inter-American Dialogue's count of Chinese lending in 2016, Brazil's trade with
China from 2001 to 2018, Xi's pledges at the first China-CELAC ministerial of 2015, and the CEBC's
count of Brazil's trade with China in 2020), each with real-shaped sentences (our own) in
English, Spanish and Portuguese, checked against the package's knowledge base.

* China's lending told as money a state "recebeu emprestado" / "recibió prestado", or as "o
  crédito concedido pela China", "o crédito da China à América Latina" (text 481): main read no
  metric and left the stored loans of 2016 and 2010 unjudged.
* The region's adjective said of one state ("o país latino-americano que mais ...", "el país
  latinoamericano", "the Latin American country") is that state, not the region: main read the
  region's loans of 2016 for Brazil's. Another lender named keeps the figure off China's loans.
* A level a change reached, right after the span of two years it ran over ("recuaram 3,5% entre
  2019 e 2020, para US$ 34 bilhões", text 484) is of the span's last year: main dated it
  2019-2020 and left the stored 2020 imports unjudged.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- China's lending as credit granted or money borrowed ------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Fevereiro de 2017\n\nSegundo o Diálogo Interamericano, o crédito concedido pela China"
            " à região chegou a 21.200 milhões de dólares em 2016.",
            "21.200 milhões de dólares",
            Verdict.SUPPORTED,  # about 21 bn (2017 vintage)
        ),
        (
            "Febrero de 2017\n\nSegún el Diálogo Interamericano, el crédito concedido por China a"
            " la región llegó a 21.200 millones de dólares en 2016.",
            "21.200 millones de dólares",
            Verdict.SUPPORTED,
        ),
        (
            "Fevereiro de 2017\n\nDesde 2005, o crédito da China à América Latina cresceu, e em"
            " 2010 atingiu um recorde anual de 37.000 milhões de dólares.",
            "37.000 milhões de dólares",
            Verdict.DISPUTED,  # 37 (2013 vintage) against 35.7 (2022 vintage)
        ),
        (
            "February 2017\n\nIn 2010, Chinese credit in Latin America reached a record US$37 billion.",
            "US$37 billion",
            Verdict.DISPUTED,
        ),
    ],
)
def test_credit_granted_by_china_is_its_lending(text, figure, verdict):
    result = one(check(text), figure)
    assert result.verdict is verdict, result.reason


# --- the region's adjective said of one state -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Fevereiro de 2017\n\nO relatório conclui que o Brasil foi, em 2016, o país"
            " latino-americano que mais dinheiro recebeu emprestado de Pequim: 15.000 milhões de"
            " dólares.",
            "15.000 milhões de dólares",
        ),
        (
            "Febrero de 2017\n\nSegún el informe, en 2016 Brasil fue el país latinoamericano que"
            " más dinero recibió prestado de Pekín: 15.000 millones de dólares.",
            "15.000 millones de dólares",
        ),
        (
            "February 2017\n\nThe report finds that in 2016 Brazil was the Latin American country"
            " that received the most Chinese loans: $15 billion.",
            "$15 billion",
        ),
    ],
)
def test_the_latin_american_country_is_the_state_named(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason  # 15.2 bn to Brazil, 2016


def test_guard_another_lender_is_not_china():
    text = (
        "Fevereiro de 2017\n\nEm 2016, o Brasil foi o país latino-americano que mais dinheiro"
        " recebeu emprestado do Banco Mundial: 9.000 milhões de dólares."
    )
    result = one(check(text), "9.000 milhões de dólares")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_guard_latin_american_countries_still_name_the_region():
    text = (
        "Fevereiro de 2017\n\nOs países latino-americanos receberam da China 21.200 milhões de"
        " dólares em empréstimos em 2016."
    )
    result = one(check(text), "21.200 milhões de dólares")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a level reached after a span of two years ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "11 de janeiro de 2021\n\nAs importações brasileiras da China recuaram 3,5% entre 2019"
            " e 2020, para US$ 34 bilhões.",
            "US$ 34 bilhões",
        ),
        (
            "11 de enero de 2021\n\nLas importaciones brasileñas desde China cayeron un 3,5% entre"
            " 2019 y 2020, hasta 34.000 millones de dólares.",
            "34.000 millones de dólares",
        ),
        (
            "January 11, 2021\n\nBrazil's imports from China fell 3.5% between 2019 and 2020, to"
            " US$34 billion.",
            "US$34 billion",
        ),
    ],
)
def test_a_level_after_a_span_of_two_years_is_of_its_last_year(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason  # Secex 34.042 bn, 2020


def test_guard_a_span_total_is_not_moved_to_its_last_year():
    # "somaram US$ X entre 2019 e 2020": a total over the span, no level reached after it.
    text = (
        "11 de janeiro de 2021\n\nAs importações brasileiras da China somaram US$ 68 bilhões entre"
        " 2019 e 2020."
    )
    result = one(check(text), "US$ 68 bilhões")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_guard_a_total_lent_then_one_state_is_not_that_states():
    # Probed on the dev half (text 342's shape): with a bare "emprestado" cue the region's total
    # was read as Venezuela's loans of 2013 and refuted by their 10.1 bn; only money a state
    # "recebeu emprestado" is read.
    text = (
        "Fevereiro de 2015\n\nEm 2013, o total emprestado havia sido de US$ 12,9 bilhões, e naquele"
        " ano a Venezuela concentrou a maior parte, com US$ 10,1 bilhões."
    )
    result = one(check(text), "US$ 12,9 bilhões")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
