"""Readings fixed by the lead at stop 42 (issue 15), real-shaped sentences of our own against
the package's knowledge base (the ties table: Chile's FTA with China signed 2005-11 and in force
2006-10, Peru's signed 2009-04-28, Ecuador's signed 2023-05-11, El Salvador's relations of
2018-08-21).

* **A tie's day one day off in the same month** ("se firmó el 10 de mayo de 2023" against the
  stored 2023-05-11; "anunció el 12 de junio del 2017" against 2017-06-13) was left with the
  reason "no metric recognised", which tells the reader nothing: the rule had found the tie and
  dropped it. It stays unjudged (one event can fall on two days: a signing by video link at
  night, an announcement and its communique; the key of the unseen set reads the announcement
  day of El Salvador's relations so), now with a reason that gives the stored date
  (`ties_date._a_day_from_the_text`). Two days off is still refuted (guard).
* **A year that names an agreement** ("Chile's 2005 free trade agreement with China", "under a
  2005 trade agreement", "el tratado de libre comercio de 2006", "o acordo de livre comércio de
  2009", "since a 2009 agreement" in a sentence of trade) had no reading at all. It is the
  agreement's signature or its entry into force, the text does not say which: borne out by
  either, never refuted (`ties_date._year_of_an_agreement`). A year of talks ("2009 FTA
  talks") or of an agreement on another matter in a sentence with no trade is no such year.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

A_DAY_OFF = [
    (
        "Ecuador firmó el tratado de libre comercio con China el 10 de mayo de 2023.",
        "mayo de 2023",
        "2023-05-11",
    ),
    (
        "Ecuador signed its free trade agreement with China on May 10, 2023.",
        "May 10, 2023",
        "2023-05-11",
    ),
    (
        "El Salvador estabeleceu relações diplomáticas com a China em 20 de agosto de 2018.",
        "agosto de 2018",
        "2018-08-21",
    ),
]


@pytest.mark.parametrize(("text", "span", "stored"), A_DAY_OFF)
def test_a_day_off_in_the_same_month_is_unjudged_with_the_stored_date(text, span, stored):
    result = one(check(text, date="2024-03-01"), span)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert f"the ties table dates it {stored}, a day from the text's" in result.reason


def test_two_days_off_is_still_refuted():
    text = "Ecuador firmó el tratado de libre comercio con China el 9 de mayo de 2023."
    result = one(check(text, date="2024-03-01"), "mayo de 2023")
    assert result.verdict is Verdict.CONTRADICTED, result.reason


YEAR_OF_AN_AGREEMENT = [
    ("Chile's 2005 free trade agreement with China cut most tariffs.", "2005", "signed"),
    (
        "In 2023, Chile's exports grew again under a 2005 trade agreement with Beijing.",
        "2005",
        "signed",
    ),
    ("El tratado de libre comercio de 2006 entre Chile y China redujo aranceles.", "2006", "force"),
    ("O acordo de livre comércio de 2009 entre o Peru e a China cortou tarifas.", "2009", "signed"),
    (
        "Peru exported over $25 billion; China has been its top trading partner since a 2009 "
        "agreement.",
        "2009",
        "signed",
    ),
    ("The FTA of 2009 between Peru and China cut tariffs.", "2009", "signed"),
]


@pytest.mark.parametrize(("text", "span", "event"), YEAR_OF_AN_AGREEMENT)
def test_a_year_naming_the_agreement_is_borne_out_by_its_signature_or_entry_into_force(
    text, span, event
):
    result = one(check(text, date="2024-03-01"), span)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert ("FTA was signed" in result.reason) == (event == "signed"), result.reason


NO_YEAR_OF_AN_AGREEMENT = [
    # another year than either event: never refuted (the text may date the talks' end)
    ("Chile's 2004 free trade agreement with China cut most tariffs.", "2004"),
    # the year of talks, not of the agreement
    ("Peru's 2009 FTA talks with China ended in April.", "2009"),
    # an agreement on another matter, in a sentence with no trade
    ("Peru signed a 2009 agreement on fisheries with China.", "2009"),
]


@pytest.mark.parametrize(("text", "span"), NO_YEAR_OF_AN_AGREEMENT)
def test_other_years_beside_an_agreement_are_neither_borne_out_nor_refuted(text, span):
    result = one(check(text, date="2024-03-01"), span)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
