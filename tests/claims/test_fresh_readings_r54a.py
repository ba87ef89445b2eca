"""General readings found on the fresh dev texts 575-576 of the unseen set (branch round-r54a:
China Daily on China–Costa Rica ties, May 2022, and the signing of the China–Nicaragua FTA,
August 2023), each with real-shaped sentences (our own) in English, Spanish and Portuguese,
checked against the package's knowledge base.

* A "first" of states bounded by the present century ("the first Central American country to
  establish diplomatic ties with China in the 21st century", "en el siglo XXI", "no século
  XXI") is an order of the ties begun in the century: Nicaragua's relations of 1985 do not come
  before Costa Rica's of 2007 there (text 575: main left the true first unjudged). "21st" was
  read as "the 1st century" (years 1-100), which made the order's cutoff "100-12" and stopped
  the check with an error in a sentence of no other date.
* "took effect in August 2011, the first of its kind …", "entró en vigencia en agosto de 2011":
  the date after an entry-into-effect verb is the treaty's, a claim of its own beside the rank
  that follows (text 575: main read the month as the rank's period only).
* "kept up the contacts until June 1, 2007, when the two governments set up diplomatic
  relations": the "until" date a "when" clause of the tie's event follows is a claim of its own
  beside the sentence's ranks, and "set up", "forged", "entablaron", "reataram" are events of a
  tie as "established" is (text 575: main read no date).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import checked

DATE = "2022-05-23"

# --- a first bounded by the present century -------------------------------------------------------

CENTURY_FIRSTS = [
    (
        "Costa Rica became the first Central American country to establish diplomatic ties with"
        " China in the 21st century.",
        "first Central American country",
    ),
    (
        "Costa Rica fue el primer país centroamericano en establecer relaciones diplomáticas con"
        " China en el siglo XXI.",
        "primer país centroamericano",
    ),
    (
        "A Costa Rica foi o primeiro país centro-americano a estabelecer relações diplomáticas com"
        " a China no século XXI.",
        "primeiro país centro-americano",
    ),
]


@pytest.mark.parametrize(("text", "span"), CENTURY_FIRSTS)
def test_a_first_of_the_century_is_ordered_among_the_century_s_ties(text, span):
    result = checked(text, span, date=DATE)
    assert result.verdict is Verdict.SUPPORTED
    assert "CRI" in result.reason


def test_another_state_is_not_first_of_the_century():
    result = checked(
        "Panama became the first Central American country to establish diplomatic ties with"
        " China in the 21st century.",
        "first Central American country",
        date=DATE,
    )
    assert result.verdict is Verdict.CONTRADICTED
    assert "CRI" in result.reason


def test_the_name_of_the_maritime_silk_road_is_no_century_and_no_error():
    results = check(
        "Panama was the first Latin American country to join the 21st Century Maritime Silk Road.",
        date=DATE,
    )
    assert all(r.verdict is not Verdict.CONTRADICTED for r in results)


def test_guard_a_first_with_no_bound_is_still_not_borne_out():
    result = checked(
        "Costa Rica became the first Central American country to establish diplomatic ties with"
        " China.",
        "first Central American country",
        date=DATE,
    )
    assert result.verdict is not Verdict.SUPPORTED
    assert "NIC" in result.reason


# --- the date of an entry into effect before a rank ---------------------------------------------

TOOK_EFFECT = [
    (
        "The China-Costa Rica Free Trade Agreement took effect in August 2011, the first of its"
        " kind between China and a Central American country.",
        "August 2011",
    ),
    (
        "El TLC entre China y Costa Rica entró en vigencia en agosto de 2011, el primero de su"
        " tipo entre China y un país centroamericano.",
        "agosto de 2011",
    ),
]


@pytest.mark.parametrize(("text", "span"), TOOK_EFFECT)
def test_the_month_a_treaty_took_effect_is_a_claim_beside_the_rank(text, span):
    result = checked(text, span, date=DATE)
    assert result.verdict is Verdict.SUPPORTED
    assert "2011-08-01" in result.reason


def test_a_wrong_month_of_taking_effect_is_refuted():
    result = checked(
        "The China-Costa Rica FTA took effect in August 2012, the first of its kind between China"
        " and a Central American country.",
        "August 2012",
        date=DATE,
    )
    assert result.verdict is Verdict.CONTRADICTED


def test_guard_came_into_force_before_a_rank_is_read_as_before():
    result = checked(
        "The China-Costa Rica Free Trade Agreement came into force in August 2011, the first of"
        " its kind between China and a Central American country.",
        "August 2011",
        date=DATE,
    )
    assert result.verdict is Verdict.SUPPORTED


# --- an "until" date a "when" clause of the tie follows, and "set up" ---------------------------

UNTIL_WHEN = [
    (
        "The first Chinese settlers reached Costa Rica more than 160 years ago, and their"
        " descendants kept up the contacts until June 1, 2007, when the two governments set up"
        " diplomatic relations; Costa Rica thus became the first Central American country to"
        " establish diplomatic ties with China in the 21st century.",
        "June 1, 2007",
    ),
    (
        "Los primeros chinos llegaron a Costa Rica hace más de 160 años y sus descendientes"
        " mantuvieron los contactos hasta el 1 de junio de 2007, cuando los dos gobiernos"
        " entablaron relaciones diplomáticas; Costa Rica fue así el primer país centroamericano en"
        " establecer relaciones diplomáticas con China en el siglo XXI.",
        "junio de 2007",
    ),
    (
        "Os primeiros chineses chegaram à Costa Rica há mais de 160 anos e seus descendentes"
        " mantiveram os contatos até 1 de junho de 2007, quando os dois governos estabeleceram"
        " relações diplomáticas; a Costa Rica foi assim o primeiro país centro-americano a"
        " estabelecer relações diplomáticas com a China no século XXI.",
        "junho de 2007",
    ),
]


@pytest.mark.parametrize(("text", "span"), UNTIL_WHEN)
def test_an_until_date_of_the_tie_s_event_is_read_beside_the_ranks(text, span):
    result = checked(text, span, date=DATE)
    assert result.verdict is Verdict.SUPPORTED
    assert "2007-06-01" in result.reason


SET_UP = [
    ("Costa Rica and China set up diplomatic ties in 2009.", "2009"),
    ("Costa Rica and China forged diplomatic ties in 2009.", "2009"),
    ("Costa Rica y China entablaron relaciones diplomáticas en 2009.", "2009"),
]


@pytest.mark.parametrize(("text", "span"), SET_UP)
def test_setting_up_ties_is_the_tie_s_event(text, span):
    result = checked(text, span, date=DATE)
    assert result.verdict is Verdict.CONTRADICTED
    assert "2007-06-01" in result.reason


def test_guard_a_when_clause_date_is_never_refuted():
    results = check(
        "The first Chinese settlers reached Costa Rica more than 160 years ago, and their"
        " descendants kept up the contacts until June 1, 2009, when the two governments set up"
        " diplomatic relations; Costa Rica thus became the first Central American country to"
        " establish diplomatic ties with China in the 21st century.",
        date=DATE,
    )
    assert all(r.verdict is not Verdict.CONTRADICTED for r in results)


def test_guard_established_before_the_when_clause_as_before():
    result = checked(
        "Costa Rica and China were strangers until June 1, 2007, when they established diplomatic"
        " relations.",
        "June 1, 2007",
        date=DATE,
    )
    assert result.verdict is Verdict.SUPPORTED
