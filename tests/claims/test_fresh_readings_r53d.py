"""General readings found on the fresh dev texts 573-574 of the unseen set (branch round-r53d:
Grenada's ambassador in Beijing on the Belt and Road, January 2020, and Xi Jinping meeting
Antigua and Barbuda's prime minister, January 2024), each with real-shaped sentences (our own) in
English, Spanish and Portuguese, checked against the package's knowledge base.

* A tie stored only as a bound ("signed (by 2019-10)", "<2019-10") does not date the event: a
  year or month before the bound is within it and a year at the bound's may be the event's or
  after it, so neither is borne out or refuted (text 573: main refuted the memorandum "in 2018"
  and bore out a conference of "October 2019" by Grenada's bound). A year after the bound is
  still refuted.
* In a sentence that tells an anniversary of a tie, a date of the article's year ("This year",
  "Este año", "Este ano", "In 2020") is the year the anniversary is marked in, not the tie's
  event (text 573: main refuted "This year" by Grenada's relations of 2005). The event's own
  year in the same sentence is still judged.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

# --- a stored bound does not date the event ------------------------------------------------------

BEFORE_THE_BOUND = [
    ("Antigua and Barbuda signed the Belt and Road memorandum in 2018.", "2018"),
    ("Antigua y Barbuda firmó el memorando de la Franja y la Ruta en 2018.", "2018"),
    ("Antígua e Barbuda assinou o memorando da Faixa e Rota em 2018.", "2018"),
    (
        "The two governments signed their memorandum on jointly pursuing the Belt and Road"
        " Initiative with Grenada in 2018.",
        "2018",
    ),
]


@pytest.mark.parametrize(("text", "span"), BEFORE_THE_BOUND)
def test_a_date_before_a_stored_bound_is_not_refuted(text, span):
    result = checked(text, span, date="2020-01-19")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "ties table" not in result.reason


def test_the_bound_s_month_is_not_borne_out():
    result = checked(
        "Grenada signed its Belt and Road memorandum with China in October 2019.",
        "October 2019",
        date="2020-01-19",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


def test_guard_a_year_after_the_bound_is_still_refuted():
    result = checked(
        "Antigua and Barbuda signed the Belt and Road memorandum in 2021.",
        "2021",
        date="2024-01-29",
    )
    assert result.verdict is Verdict.CONTRADICTED
    assert result.claim.period.end_year == 2021


# --- the anniversary's year is not the tie's -----------------------------------------------------

ANNIVERSARY_YEARS = [
    (
        "This year Grenada and China mark the 15th anniversary of the reestablishment of their"
        " diplomatic relations in 2005.",
        "This year",
    ),
    (
        "In 2020 Grenada and China mark the 15th anniversary of the establishment of their"
        " diplomatic relations in 2005.",
        "2020",
    ),
    (
        "Este año Granada y China celebran el 15.º aniversario del restablecimiento de sus"
        " relaciones diplomáticas en 2005.",
        "Este año",
    ),
    (
        "Este ano Granada e China celebram o 15.º aniversário do restabelecimento das suas"
        " relações diplomáticas em 2005.",
        "Este ano",
    ),
]


@pytest.mark.parametrize(("text", "span"), ANNIVERSARY_YEARS)
def test_the_year_an_anniversary_is_marked_in_is_not_refuted(text, span):
    result = checked(text, span, date="2020-01-19")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert result.claim.period.end_year == 2020


@pytest.mark.parametrize(
    "text",
    [
        "This year Grenada and China mark the 15th anniversary of the establishment of their"
        " diplomatic relations in 2004.",
        "Este año Granada y China celebran el 15.º aniversario del establecimiento de sus"
        " relaciones diplomáticas en 2004.",
    ],
)
def test_guard_the_event_s_own_year_is_still_refuted(text):
    result = checked(text, "2004", date="2020-01-19")
    assert result.verdict is Verdict.CONTRADICTED


def test_guard_the_anniversary_still_bears_out_the_tie():
    result = checked(
        "This year Grenada and China mark the 15th anniversary of the reestablishment of their"
        " diplomatic relations in 2005.",
        "15th anniversary",
        date="2020-01-19",
    )
    assert result.verdict is Verdict.SUPPORTED
