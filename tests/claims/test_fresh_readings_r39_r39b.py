"""General readings found on the fresh dev texts 441-444 of the unseen set (branch issue-15-r39b,
round 39b: Peru's trade with China in the first half of 2017, Colombia's imports of 2010, the
Dominican Republic's trade with China of 2017 and El Salvador's ties with China of August 2018),
each with real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the
package's knowledge base.

* A place after a date is not the date's owner: "establecieron relaciones diplomáticas el 21 de
  agosto en Pekín", "on August 21 in Beijing", "em 21 de agosto em Pequim" — main read China as
  the date's entity and left El Salvador's signing day unjudged (text 444).
* "sus dos países", "their two countries", "seus dois países" are both sides, not a count: main
  read "dos" as a count and the signing day beside it as its period (text 444). "sus dos
  principales socios" still counts.
* Telephones, instruments, devices and alloys are products: a figure named with them may be that
  product's trade only (main refuted "los teléfonos … por US$47.88 millones" by the Dominican
  Republic's whole exports of the year in Spanish and English; the shape of text 443).
* A noun right after an amount, its verb left out, is the amount's own: "US$5,204.60 millones
  fueron importaciones y apenas US$326 millones exportaciones" — main took the "importaciones" of
  the clause before and read the exports as imports (the shape of text 443). Read from the
  state's side at low confidence: borne out, never refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a place after a date is not the date's owner ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "21 de agosto de 2018\n\nEl Salvador y China establecieron relaciones diplomáticas"
            " este martes 21 de agosto en Pekín.",
            "21 de agosto",
        ),
        (
            "August 21, 2018\n\nEl Salvador established diplomatic relations with China on"
            " August 21 in Beijing.",
            "August 21",
        ),
        (
            "21 de agosto de 2018\n\nEl Salvador estabeleceu relações diplomáticas com a China em"
            " 21 de agosto em Pequim.",
            "21 de agosto",
        ),
    ],
)
def test_a_place_after_a_date_is_not_its_owner(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "21 de agosto de 2018\n\nEl Salvador y China establecieron relaciones diplomáticas el"
            " 21 de agosto.",
            "21 de agosto",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_date_with_no_place_reads_as_before(text, figure, verdict):
    result = one(check(text), figure)
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Junio de 2018\n\nPanamá y China establecieron relaciones diplomáticas el 13 de junio"
            " de 2016 en Pekín.",
            "junio de 2016",
        ),
        (
            "Noviembre de 2017\n\nPanamá, que estableció relaciones diplomáticas con China en"
            " junio, firmó el 17 de noviembre en Pekín diecinueve acuerdos.",
            "17 de noviembre",
        ),
        (
            "Noviembre de 2017\n\nEl presidente de Panamá visitó la Ciudad Prohibida el 17 de"
            " noviembre en Pekín, tras establecer relaciones diplomáticas con China.",
            "17 de noviembre",
        ),
        (
            "November 2017\n\nPanama's president visited the Forbidden City on November 17 in"
            " Beijing, after establishing diplomatic relations with China.",
            "November 17",
        ),
        (
            "Novembro de 2017\n\nO presidente do Panamá visitou a Cidade Proibida em 17 de"
            " novembro em Pequim, depois de estabelecer relações diplomáticas com a China.",
            "17 de novembro",
        ),
    ],
)
def test_a_state_read_past_the_place_is_never_refuted(text, figure):
    # The state taken instead of China may own another event of the sentence.
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- "sus dos países" is both sides, not a count -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "two"),
    [
        (
            "21 de agosto de 2018\n\nEl canciller salvadoreño, Carlos Castaneda, y el ministro"
            " chino Wang Yi firmaron este martes 21 de agosto en Pekín el documento con el que sus"
            " dos países establecen relaciones diplomáticas.",
            "21 de agosto",
            "dos",
        ),
        (
            "August 21, 2018\n\nEl Salvador's foreign minister and Wang Yi signed on Tuesday,"
            " August 21 in Beijing the communique by which their two countries establish"
            " diplomatic relations.",
            "August 21",
            "two",
        ),
        (
            "21 de agosto de 2018\n\nO chanceler salvadorenho e Wang Yi assinaram nesta"
            " terça-feira, 21 de agosto, em Pequim o comunicado com o qual seus dois países"
            " estabelecem relações diplomáticas.",
            "21 de agosto",
            "dois",
        ),
    ],
)
def test_their_two_countries_are_both_sides(text, figure, two):
    results = check(text)
    assert not any(r.claim.text.lower().startswith(two) for r in results)
    result = one(results, figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_their_two_main_partners_still_count():
    results = check(
        "21 de agosto de 2018\n\nEl Salvador y China firmaron acuerdos con sus dos principales"
        " socios el 21 de agosto."
    )
    assert any(r.claim.text.lower().startswith("dos") for r in results)


# --- telephones, instruments, devices and alloys are products ----------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Marzo de 2025\n\nEntre lo que República Dominicana vendió a China durante el año 2024"
            " destacaron los teléfonos y aparatos telefónicos, por US$47.88 millones; los"
            " instrumentos y aparatos para medicina, por US$13.88 millones, y las"
            " ferro-aleaciones, por US$11.11 millones.",
            "US$47.88 millones",
        ),
        (
            "Marzo de 2025\n\nEntre lo que República Dominicana vendió a China durante el año 2024"
            " destacaron los teléfonos y aparatos telefónicos, por US$47.88 millones; los"
            " instrumentos y aparatos para medicina, por US$13.88 millones, y las"
            " ferro-aleaciones, por US$11.11 millones.",
            "US$13.88 millones",
        ),
        (
            "March 2025\n\nAmong what the Dominican Republic sold to China in 2024, telephones"
            " stood out at US$47.88 million, followed by medical instruments at US$13.88 million"
            " and ferro-alloys at US$11.11 million.",
            "US$47.88 million",
        ),
        (
            "March 2025\n\nAmong what the Dominican Republic sold to China in 2024, telephones"
            " stood out at US$47.88 million, followed by medical instruments at US$13.88 million"
            " and ferro-alloys at US$11.11 million.",
            "US$13.88 million",
        ),
        (
            "Março de 2025\n\nEntre o que a República Dominicana vendeu à China em 2024"
            " destacaram-se os telefones, com US$ 47,88 milhões, os instrumentos médicos, com"
            " US$ 13,88 milhões, e as ferroligas, com US$ 11,11 milhões.",
            "US$ 47,88 milhões",
        ),
    ],
)
def test_a_products_figure_is_not_refuted_by_the_whole_flow(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Marzo de 2025\n\nEn 2024, las importaciones de República Dominicana desde China,"
            " sobre todo teléfonos, sumaron US$5,204.60 millones.",
            "US$5,204.60 millones",
        ),
        (
            "Março de 2025\n\nEm 2024, as importações dominicanas da China, sobretudo telefones e"
            " computadores, somaram US$ 5.204,60 milhões.",
            "US$ 5.204,60 milhões",
        ),
        (
            "March 2025\n\nIn 2024 the Dominican Republic's exports to China reached US$326"
            " million.",
            "US$326 million",
        ),
    ],
)
def test_a_whole_flow_is_still_borne_out(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a noun right after an amount, its verb left out, is the amount's own ----------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Marzo de 2025\n\nSegún la ONE, el comercio entre China y República Dominicana sumó el"
            " año pasado US$5,530.43 millones. De ese total, US$5,204.60 millones fueron"
            " importaciones y apenas US$326 millones exportaciones.",
            "US$326 millones",
        ),
        (
            "March 2025\n\nAccording to ONE, trade between China and the Dominican Republic"
            " reached US$5,530.43 million last year. Of that total, US$5,204.60 million were"
            " imports and only US$326 million exports.",
            "US$326 million",
        ),
        (
            "Março de 2025\n\nSegundo a ONE, o comércio entre a China e a República Dominicana"
            " somou no ano passado US$ 5.530,43 milhões. Desse total, US$ 5.204,60 milhões foram"
            " importações e apenas US$ 326 milhões exportações.",
            "US$ 326 milhões",
        ),
    ],
)
def test_a_noun_right_after_the_amount_is_its_own(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.claim.metric == "trade_china_imports"


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Marzo de 2025\n\nSegún la ONE, el comercio entre China y República Dominicana sumó el"
            " año pasado US$5,530.43 millones. De ese total, US$5,204.60 millones fueron"
            " importaciones y apenas US$200 millones exportaciones.",
            "US$200 millones",
            Verdict.UNVERIFIABLE,
        ),
        (
            "March 2025\n\nAccording to ONE, trade between China and the Dominican Republic"
            " reached US$5,530.43 million last year. Of that total, US$5,204.60 million were"
            " imports and only US$200 million exports.",
            "US$200 million",
            Verdict.UNVERIFIABLE,
        ),
        (
            "Marzo de 2025\n\nSegún la ONE, el comercio entre China y República Dominicana sumó el"
            " año pasado US$5,530.43 millones. De ese total, US$5,204.60 millones fueron"
            " importaciones y apenas US$326 millones exportaciones.",
            "US$5,204.60 millones",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_the_bare_noun_is_never_refuted_and_the_first_flow_reads_as_before(text, figure, verdict):
    result = one(check(text), figure)
    assert result.verdict is verdict, result.reason
