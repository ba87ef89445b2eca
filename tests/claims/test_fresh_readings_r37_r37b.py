"""General readings found on the fresh dev texts 423-426 of the unseen set (branch issue-15-r37b,
round 37b: Paraguay's deficit with China in 2022, Venezuela's Chinese credit lines in 2013, Chile's
exports to China in January 2021 and Uruguay's trade with China in the second half of 2016), each
with real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the
package's knowledge base.

* A date written for China's policy paper on Latin America and the Caribbean that the sentence
  names with no ordinal, with a verb of publishing ("en el segundo semestre del pasado año Beijing
  publicó el llamado Libro Blanco de China para América Latina y el Caribe", "in 2008 China issued
  its policy paper on Latin America and the Caribbean"), is supported when exactly one stored paper
  (documents table: 2008-11, 2016-11, 2025-12) falls inside the date as written — a year, a month,
  a half-year: main read no metric for the date and left it unverifiable (text 426's "segundo
  semestre del pasado año", keyed supported: u7943). A date of another event in the sentence, a
  white paper on another topic, a paper announced for later, a paper out only after the article
  and a date outside every paper stay unverifiable (guards).
* A level told in the conditional with a verb of having or reaching it ("el Paraguay pasaría a
  tener una balanza favorable de unos US$ 1.200 millones", "el intercambio llegaría a …", "trade
  would reach …", "o intercâmbio chegaria a …") is a scenario's outcome, not a reported figure:
  main judged it against the store's row of the year the sentence (or the one before) names —
  a false "contradicted" for a counterfactual lower than the stored level, a false "supported"
  when it happened to equal it (text 423's scenario surplus was read for 2022). The same levels
  told in the past, and a "would" of another verb after a reported level, are still judged
  (guards).
* Thousands in "mil" with fewer than three digits after them ("cuatro mil 74 empresas", "4 mil 74
  empresas", "quatro mil 74", "tres mil 50 millones de dólares") are one number, 4,074 and 3,050
  millions, as "54 mil 503 millones" already was: main read 4,000 (or 4) and 74 (text 426's
  importing firms). "54 mil 503 millones", a year in words before a count ("el año dos mil 15
  empresas") and a number after a colon stay as they were (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a policy paper's date written with no ordinal -------------------------------------------

DATED_PAPER_CASES = [
    (
        "Marzo de 2017 — Montevideo\n\nUn estudio universitario recuerda que en el segundo"
        " semestre del pasado año Pekín dio a conocer el Libro Blanco de China para América Latina"
        " y el Caribe.",
        "en el segundo semestre del pasado año",
        "second",
    ),
    (
        "June 2009 — London\n\nIn November 2008, Beijing released its policy paper on Latin America"
        " and the Caribbean.",
        "November 2008",
        "first",
    ),
    (
        "Abril de 2017 — São Paulo\n\nNo segundo semestre de 2016, o governo chinês publicou o seu"
        " documento sobre a política para a América Latina e o Caribe.",
        "No segundo semestre de 2016",
        "second",
    ),
    (
        "Enero de 2010 — Lima\n\nEn 2008, el Gobierno chino publicó su documento de política hacia"
        " América Latina y el Caribe.",
        "2008",
        "first",
    ),
]


@pytest.mark.parametrize(("text", "figure", "ordinal"), DATED_PAPER_CASES)
def test_a_policy_paper_dated_with_no_ordinal_is_supported(text, figure, ordinal):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert f"China's {ordinal} policy paper" in result.reason


DATED_PAPER_GUARDS = [
    # another event's date in the sentence
    (
        "October 2018 — London\n\nIn 2018, long after China issued its policy paper on Latin"
        " America and the Caribbean, Panama signed the memorandum.",
        "2018",
    ),
    # a date outside every stored paper
    (
        "Mayo de 2012 — Lima\n\nEn 2010 China publicó un documento de política hacia América"
        " Latina y el Caribe, según el diario.",
        "2010",
    ),
    # a white paper on another topic
    (
        "Maio de 2012 — Lisboa\n\nEm 2011, a China publicou um Livro Branco sobre a ajuda externa,"
        " e a América Latina recebeu parte dela.",
        "2011",
    ),
    # a paper announced for later: no verb of publishing in the past
    (
        "Mayo de 2015 — Lima\n\nChina publicará en 2016 un documento de política hacia América"
        " Latina y el Caribe.",
        "2016",
    ),
    # a paper out only after the article
    (
        "March 2016 — London\n\nIn 2016 China issued a new policy paper on Latin America and the"
        " Caribbean.",
        "2016",
    ),
]


@pytest.mark.parametrize(("text", "figure"), DATED_PAPER_GUARDS)
def test_a_date_not_of_a_stored_paper_is_not_supported(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.SUPPORTED, result.reason


# --- a level told in the conditional is a scenario ---------------------------------------------

SCENARIO_CASES = [
    (
        "Marzo de 2023 — Lima\n\nSin el tratado, en 2022 el intercambio entre Perú y China apenas"
        " llegaría a 20.000 millones de dólares.",
        "20.000 millones de dólares",
    ),
    (
        "March 2023 — London\n\nWithout the treaty, trade between Peru and China in 2022 would"
        " reach only $20 billion.",
        "$20 billion",
    ),
    (
        "Março de 2023 — Lisboa\n\nSem o tratado, em 2022 o intercâmbio entre o Peru e a China"
        " chegaria a apenas US$ 20 bilhões.",
        "US$ 20 bilhões",
    ),
    (
        "Marzo de 2023 — Lima\n\nCon el tratado ampliado, en 2022 el intercambio entre Perú y"
        " China llegaría a 34.800 millones de dólares.",
        "34.800 millones de dólares",
    ),
    (
        "March 2023 — London\n\nWith the upgraded treaty, trade between Peru and China in 2022"
        " would total $34.8 billion.",
        "$34.8 billion",
    ),
    (
        "Março de 2023 — Lisboa\n\nCom o tratado ampliado, em 2022 o intercâmbio entre o Peru e a"
        " China somaria US$ 34,8 bilhões.",
        "US$ 34,8 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), SCENARIO_CASES)
def test_a_level_in_the_conditional_is_not_judged(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


REPORTED_GUARDS = [
    (
        "Marzo de 2023 — Lima\n\nEn 2022 el intercambio entre Perú y China llegó a 34.800"
        " millones de dólares.",
        "34.800 millones de dólares",
    ),
    (
        "March 2023 — London\n\nIn 2022 trade between Peru and China reached $34.8 billion, and"
        " analysts said it would keep growing.",
        "$34.8 billion",
    ),
    (
        "Março de 2023 — Lisboa\n\nEm 2022 o intercâmbio entre o Peru e a China chegou a US$ 34,8"
        " bilhões.",
        "US$ 34,8 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), REPORTED_GUARDS)
def test_a_reported_level_is_still_judged(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- thousands in "mil" with fewer than three digits after them ---------------------------------

SHORT_UNITS_CASES = [
    ("Marzo de 2017\n\nFueron cuatro mil 74 las empresas uruguayas que compraron en China.", 4074),
    ("Marzo de 2017\n\nFueron 4 mil 74 empresas las que compraron en China.", 4074),
    ("Março de 2017\n\nForam quatro mil 74 as empresas que compraram da China.", 4074),
    ("Marzo de 2017\n\nEl comercio con China sumó tres mil 50 millones de dólares en 2016.", 3050),
]


@pytest.mark.parametrize(("text", "value"), SHORT_UNITS_CASES)
def test_thousands_in_mil_with_short_units_are_one_number(text, value):
    values = [result.claim.value for result in check(text)]
    assert values == [value], values


SHORT_UNITS_GUARDS = [
    (
        "Marzo de 2017\n\nEl comercio con China sumó 54 mil 503 millones de dólares en 2016.",
        [54503],
    ),
    ("Marzo de 2017\n\nEn el año dos mil 15 empresas chinas llegaron al país.", [2000, 15]),
    (
        "Marzo de 2017\n\nMás de 100 mil dólares: 57 empresas superaron ese monto en China.",
        [100, 57],
    ),
]


@pytest.mark.parametrize(("text", "values"), SHORT_UNITS_GUARDS)
def test_other_numbers_near_mil_stay_as_they_were(text, values):
    assert [result.claim.value for result in check(text)] == values
