"""General readings found on the fresh dev texts 609-610 of the unseen set (branch round-r58b:
PanAm Post on Nicaragua's trade with China since the break with Taipei, August 2023, and News
Front on El Salvador's switch to Beijing, August 2018), each with real-shaped sentences (our own)
in the languages where the reading applies, checked against the package's knowledge base.

* A break with Taipei told in the imperfect of reported speech ("anunció que rompía con Taiwán",
  "anunciou que rompia com Taiwan", "cortaba sus lazos con Taiwán") names the state's relations
  with the PRC, as "rompió" does (text 609: main recognised no metric and left "diciembre de
  2021" unjudged). A wrong month is refuted as one told with "rompió" is.
* Ties with China "at the expense of Taiwan" ("estrechar lazos con China a costa de Taiwán",
  "ties with Beijing at the expense of Taipei", "laços com a China em detrimento de Taiwan") name
  the switch of recognition, so the list a colon opens after them is dated by the relations
  (text 610: main read no tie in "…: República Dominicana, en mayo pasado; Panamá, en junio de
  2017"). A likely reading only: a date it alone ties to the relations is borne out, never
  refuted; relations of a kind ("relaciones comerciales") are no switch.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

IMPERFECT_BREAKS = [
    (
        "En diciembre de 2021 el gobierno de Nicaragua anunció a bombo y platillo que rompía con"
        " Taiwán.",
        "diciembre de 2021",
    ),
    (
        "Em dezembro de 2021 o governo da Nicarágua anunciou que rompia com Taiwan.",
        "dezembro de 2021",
    ),
    (
        "En diciembre de 2021 Managua informó que Nicaragua cortaba sus lazos con Taiwán.",
        "diciembre de 2021",
    ),
]


@pytest.mark.parametrize(("text", "span"), IMPERFECT_BREAKS)
def test_a_break_told_in_the_imperfect_is_the_relations_tie(text, span):
    result = checked(text, span, date="2023-08-11")
    assert result.verdict is Verdict.SUPPORTED
    assert "NIC diplomatic_relations_prc" in result.reason
    assert "2021-12-10" in result.reason


def test_a_wrong_month_of_an_imperfect_break_is_refuted():
    # metric, entity and month are certain, as with "rompió con Taiwán"
    result = checked(
        "En diciembre de 2019 el gobierno de Nicaragua anunció que rompía con Taiwán.",
        "diciembre de 2019",
        date="2023-08-11",
    )
    assert result.verdict is Verdict.CONTRADICTED
    assert "NIC diplomatic_relations_prc" in result.reason


def test_the_english_gerund_break_stays_read():
    # guard: "breaking with Taiwan" was read on main already
    result = checked(
        "In December 2021 Nicaragua's government announced it was breaking with Taiwan.",
        "December 2021",
        date="2023-08-11",
    )
    assert result.verdict is Verdict.SUPPORTED
    assert "NIC diplomatic_relations_prc" in result.reason


AT_EXPENSE_LISTS = [
    (
        "El Salvador sigue a otros países que, en poco menos de año y medio, decidieron estrechar"
        " lazos con China a costa de Taiwán: República Dominicana, en mayo pasado; Panamá, en"
        " junio de 2017.",
        "en mayo pasado",
        "DOM diplomatic_relations_prc",
        "2018-05-01",
    ),
    (
        "El Salvador sigue a otros países que, en poco menos de año y medio, decidieron estrechar"
        " lazos con China a costa de Taiwán: República Dominicana, en mayo pasado; Panamá, en"
        " junio de 2017.",
        "junio de 2017",
        "PAN diplomatic_relations_prc",
        "2017-06",
    ),
    (
        "Panama forged ties with Beijing at the expense of Taipei in June 2017.",
        "June 2017",
        "PAN diplomatic_relations_prc",
        "2017-06",
    ),
    (
        "O Panamá estreitou laços com a China em detrimento de Taiwan em junho de 2017.",
        "junho de 2017",
        "PAN diplomatic_relations_prc",
        "2017-06",
    ),
    (
        "Panamá estableció vínculos con Pekín en detrimento de Taipéi en junio de 2017.",
        "junio de 2017",
        "PAN diplomatic_relations_prc",
        "2017-06",
    ),
]


@pytest.mark.parametrize(("text", "span", "tie", "date"), AT_EXPENSE_LISTS)
def test_ties_with_china_at_the_expense_of_taiwan_name_the_switch(text, span, tie, date):
    result = checked(text, span, date="2018-08-21")
    assert result.verdict is Verdict.SUPPORTED
    assert tie in result.reason
    assert date in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Panamá estrechó lazos con China a costa de Taiwán en junio de 2016.",
        "Otros países estrecharon lazos con China a costa de Taiwán: Panamá, en junio de 2016, y"
        " República Dominicana en mayo de 2018.",
    ],
)
def test_a_wrong_date_of_ties_at_the_expense_of_taiwan_is_not_refuted(text):
    # guard: a likely reading only ("estrechar lazos" may be a later step)
    result = checked(text, "junio de 2016", date="2018-08-21")
    assert result.verdict is Verdict.UNVERIFIABLE


def test_trade_relations_at_the_expense_of_taiwan_are_no_switch():
    # guard: relations of a kind name no diplomatic tie
    result = checked(
        "Panamá amplió sus relaciones comerciales con China a costa de Taiwán en junio de 2017.",
        "junio de 2017",
        date="2018-08-21",
    )
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "diplomatic_relations_prc" not in result.reason


def test_a_break_told_with_rompio_is_still_refuted_when_wrong():
    # guard: the switch read before is unchanged
    result = checked(
        "Panamá rompió con Taiwán en junio de 2016.", "junio de 2016", date="2018-08-21"
    )
    assert result.verdict is Verdict.CONTRADICTED
    assert "PAN diplomatic_relations_prc" in result.reason
