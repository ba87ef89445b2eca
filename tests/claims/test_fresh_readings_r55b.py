"""General readings found on the fresh dev texts 585-586 of the unseen set (branch round-r55b: the
Fundación Jubileo's INE figures on Bolivia's imports from China, 2018, and Peru's trade minister
on trade since the FTA, 2019), each with real-shaped sentences (our own) in Spanish, English and
Portuguese, checked against the package's knowledge base.

* A "since" year that a "when" clause ties to an event is that event's date as well as the start
  of the figure's span: "Desde el 2010, cuando entró en vigencia el Tratado de Libre Comercio
  entre Perú y China, el comercio bilateral ha crecido 9% en promedio anual" dates the FTA's entry
  into force (borne out by 2010-03-01), besides being the span of "9%" (text 586: main read it
  only as the span). "entró en vigencia" is read as "entró en vigor" was, and an English subject
  of up to nine words may stand before the verb. Borne out, never refuted.
* A bare flow with China in a text that names one state alone is that state's, and "según esos
  indicadores" takes up the state's own statistics named in the sentence before: "Según esos
  indicadores, las importaciones desde China treparon … hasta llegar al 2014 a 1.884 millones de
  dólares", after "… a partir de los datos oficiales del Instituto Nacional de Estadística (INE)",
  in a text naming Bolivia only, is Bolivia's INE count, refuted by the stored INE count of 1,811
  (text 585: main left it unjudged as of the article's likely subject). Another state, a place
  or a demonym in the text, a flow told with "de China", or no source taken up, keep it
  unjudged.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

# --- a "since" year with a "when" clause of the FTA's entry into force -----------------------

SINCE_WHEN_IN_FORCE = [
    "Desde el 2010, cuando entró en vigencia el Tratado de Libre Comercio entre Perú y China, el"
    " comercio bilateral ha crecido 9% en promedio anual, dijo el ministro.",
    "Since 2010, when the free trade agreement between Peru and China took effect, bilateral"
    " trade has grown 9% a year on average, the minister said.",
    "Desde 2010, quando entrou em vigência o Tratado de Livre Comércio entre o Peru e a China, o"
    " comércio bilateral cresceu 9% ao ano em média, disse o ministro.",
]


@pytest.mark.parametrize("text", SINCE_WHEN_IN_FORCE)
def test_since_year_of_the_fta_in_force_is_a_claim_beside_the_growth(text):
    result = checked(text, "2010", date="2019-06-10")
    assert result.verdict is Verdict.SUPPORTED
    assert result.claim.entity == "PER"
    assert result.claim.period is not None and result.claim.period.start_year == 2010
    assert "FTA in force since 2010-03-01" in result.reason
    growth = checked(text, "9%", date="2019-06-10")
    assert growth.claim.period is not None and growth.claim.period.start_year == 2010


@pytest.mark.parametrize(
    "text",
    [
        "Desde el 2012, cuando entró en vigencia el Tratado de Libre Comercio entre Perú y China,"
        " el comercio bilateral ha crecido 9% en promedio anual.",
        "Since 2012, when the free trade agreement between Peru and China took effect, bilateral"
        " trade has grown 9% a year on average.",
    ],
)
def test_since_year_of_the_fta_off_the_store_is_not_refuted(text):
    # a "when" clause ties the year to the event by the writer's reading: borne out only
    assert checked(text, "2012", date="2019-06-10").verdict is not Verdict.CONTRADICTED


def test_since_year_with_a_when_clause_of_no_event_is_no_tie_date():
    # guard: "cuando China se convirtió en su principal socio" dates no tie
    text = (
        "Desde 2011, cuando China se convirtió en su principal socio, el comercio bilateral ha"
        " crecido 9% en promedio anual."
    )
    assert checked(text, "9%", date="2019-06-10").verdict is Verdict.UNVERIFIABLE


# --- a bare flow with China in a text naming one state, its source taken up ------------------

SOLE_STATE_SOURCE_TAKEN_UP = [
    (
        "# Bolivia compra cada vez más a China\n\nLas cifras las reunió la Fundación Jubileo a"
        " partir de los datos oficiales del Instituto Nacional de Estadística (INE).\n\nSegún esos"
        " indicadores, las importaciones desde China treparon hasta llegar al 2014 a 1.884"
        " millones de dólares.",
        "1.884 millones de dólares",
    ),
    (
        "# Bolivia buys ever more from China\n\nThe figures were compiled by the Jubileo"
        " Foundation based on data from the National Statistics Institute (INE).\n\nAccording to"
        " those figures, the imports from China climbed to 1,884 million dollars in 2014.",
        "1,884 million dollars",
    ),
    (
        "# A Bolívia compra cada vez mais da China\n\nOs números foram reunidos pela Fundação"
        " Jubileo com base em dados do Instituto Nacional de Estatística (INE).\n\nSegundo esses"
        " dados, as importações vindas da China subiram até 1.884 milhões de dólares em 2014.",
        "1.884 milhões de dólares",
    ),
]


@pytest.mark.parametrize(("text", "span"), SOLE_STATE_SOURCE_TAKEN_UP)
def test_bare_flow_in_a_one_state_text_with_its_source_taken_up_is_refuted(text, span):
    result = checked(text, span, date="2018-06-10")
    assert result.verdict is Verdict.CONTRADICTED
    assert result.claim.entity == "BOL"
    assert result.claim.metric == "trade_china_exports"
    assert result.claim.period is not None and result.claim.period.start_year == 2014
    assert result.claim.confidence["entity"]["level"] == "medium"
    assert "the one state the text names" in result.claim.confidence["entity"]["why"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # another state named in the text: the partner is a reading
        (
            "# Bolivia compra cada vez más a China\n\nBrasil sigue siendo un gran proveedor. Las"
            " cifras las reunió la Fundación Jubileo a partir de los datos oficiales del Instituto"
            " Nacional de Estadística (INE).\n\nSegún esos indicadores, las importaciones desde"
            " China treparon hasta llegar al 2014 a 1.884 millones de dólares.",
            "1.884 millones de dólares",
        ),
        # a place named in the sentence: a department's flow, perhaps
        (
            "# Bolivia compra cada vez más a China\n\nLas cifras las reunió la Fundación Jubileo a"
            " partir de los datos oficiales del Instituto Nacional de Estadística (INE).\n\nSegún"
            " esos indicadores, en Santa Cruz las importaciones desde China treparon hasta llegar"
            " al 2014 a 1.884 millones de dólares.",
            "1.884 millones de dólares",
        ),
        # a demonym between the flow and China: a province's
        (
            "# Argentina vende cada vez más a China\n\nSegún datos del INDEC, las exportaciones"
            " santafesinas a China llegaron a 1.200 millones de dólares en 2017.",
            "1.200 millones de dólares",
        ),
        # "a partir de 2010" names no source: the data taken up are no state's statistics
        (
            "# Bolivia compra cada vez más a China\n\nA partir de 2010, el gobierno boliviano"
            " abrió más el mercado.\n\nSegún esos datos, las importaciones desde China treparon"
            " hasta llegar al 2014 a 1.884 millones de dólares.",
            "1.884 millones de dólares",
        ),
        # a part of the flow named after it, or before it
        (
            "# Chile y China\n\nLas exportaciones a China del sector frutícola llegaron a 3.500"
            " millones de dólares en 2022.",
            "3.500 millones de dólares",
        ),
        (
            "# Chile and China\n\nThe exports to China of small firms reached 1 billion dollars"
            " in 2022.",
            "1 billion dollars",
        ),
        (
            "# Chile e China\n\nAs exportações para a China das pequenas empresas somaram US$ 1"
            " bilhão em 2022.",
            "US$ 1 bilhão",
        ),
        (
            "# Chile y China\n\nEn el sector frutícola, las exportaciones a China sumaron 3.500"
            " millones de dólares en 2022.",
            "3.500 millones de dólares",
        ),
        # no source taken up: the state's own count against one side held is not refuted
        (
            "# Bolivia compra cada vez más a China\n\nLas importaciones desde China treparon hasta"
            " llegar al 2014 a 1.884 millones de dólares.",
            "1.884 millones de dólares",
        ),
        # "de China" is China's own flow as well as the flow from it
        (
            "# Bolivia compra cada vez más a China\n\nLas cifras las reunió la Fundación Jubileo a"
            " partir de los datos oficiales del Instituto Nacional de Estadística (INE).\n\nSegún"
            " esos indicadores, las importaciones de China treparon hasta llegar al 2014 a 1.884"
            " millones de dólares.",
            "1.884 millones de dólares",
        ),
    ],
)
def test_bare_flow_guards_stay_unjudged(text, span):
    assert checked(text, span, date="2018-06-10").verdict is not Verdict.CONTRADICTED


def test_bare_flow_matching_the_store_is_borne_out():
    text = (
        "# Bolivia compra cada vez más a China\n\nLas cifras las reunió la Fundación Jubileo a"
        " partir de los datos oficiales del Instituto Nacional de Estadística (INE).\n\nSegún esos"
        " indicadores, las importaciones desde China llegaron el 2017 a 2.027 millones de dólares."
    )
    assert checked(text, "2.027 millones de dólares", date="2018-06-10").verdict is (
        Verdict.SUPPORTED
    )
