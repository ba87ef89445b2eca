"""Readings the lead found at stop 48 by probing the checker with sentences of our own, in the
shapes issue 15 lists (real figures and dates from the store; the sentences are ours)."""

from __future__ import annotations

import pytest

from chinalac.claims.models import Verdict
from tests.claims.conftest import checked

# --- a first state's rank dated by the year of its signature ------------------------------------
# "Chile was the first Latin American country to sign an FTA with China, in 2005" was left
# unjudged: the year cut the table's order at 2005-12, when Chile's treaty was signed (2005-11)
# but not in force (2006-10), so no order held Chile and the date's support was withheld. A first
# comes before every later state at any cutoff: the whole table orders it (ties_rank.order_finding).
FIRST_SIGNED = [
    (
        "Chile was the first Latin American country to sign an FTA with China, in 2005.",
        "first Latin American country",
    ),
    (
        "Chile fue el primer país latinoamericano en firmar un tratado de libre comercio con China, "
        "en 2005.",
        "primer país latinoamericano",
    ),
    (
        "O Chile foi o primeiro país latino-americano a assinar um acordo de livre comércio com a "
        "China, em 2005.",
        "primeiro país latino-americano",
    ),
]


@pytest.mark.parametrize(("text", "span"), FIRST_SIGNED)
def test_a_first_signature_dated_before_the_treaty_took_effect_is_borne_out(text, span):
    result = checked(text, span)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "CHL fta" in result.reason


# The same order refutes another state's first: Peru signed in 2009, after Chile's treaty was in
# force (main left it unjudged); a wrong year of Chile's signature is still refuted by its date.
NOT_FIRST = [
    (
        "Peru was the first Latin American country to sign an FTA with China, in 2009.",
        "first Latin American country",
    ),
    (
        "Perú fue el primer país latinoamericano en firmar un TLC con China, en 2009.",
        "primer país latinoamericano",
    ),
    (
        "Chile was the first Latin American country to sign an FTA with China, in 2008.",
        "first Latin American country",
    ),
]


@pytest.mark.parametrize(("text", "span"), NOT_FIRST)
def test_a_first_the_table_puts_elsewhere_or_in_another_year_is_refuted(text, span):
    assert checked(text, span).verdict is Verdict.CONTRADICTED


# --- a lower bound of a cumulative total since a year, passed by the latest stored total --------
# "Since 2005, China has lent more than US$120 billion to the region", in June 2025, was left
# unjudged: no stored total runs to the article's date. The latest stored total from 2005 (136 bn
# to the end of 2022, BU-IAD) already passes the bound, and a cumulative total only grows
# (store_facts._bound_passed_before). Venezuela: 62.2 bn 2005-2021; Brazil (CEBC): 66.1 bn
# 2007-2020.
BOUND_PASSED = [
    (
        "Since 2005, China has lent more than US$120 billion to Latin American governments.",
        "more than US$120 billion",
    ),
    (
        "Desde 2005, China ha prestado más de 120.000 millones de dólares a gobiernos "
        "latinoamericanos.",
        "más de 120.000 millones de dólares",
    ),
    (
        "Desde 2005, a China emprestou mais de US$ 120 bilhões a governos da região.",
        "mais de US$ 120 bilhões",
    ),
    (
        "Desde 2005, Venezuela ha recibido más de 60.000 millones de dólares en préstamos chinos.",
        "más de 60.000 millones de dólares",
    ),
    (
        "Since 2007, Chinese companies have invested more than US$60 billion in Brazil.",
        "more than US$60 billion",
    ),
]


@pytest.mark.parametrize(("text", "span"), BOUND_PASSED)
def test_a_lower_bound_the_latest_cumulative_total_passes_is_borne_out(text, span):
    result = checked(text, span)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "the latest stored total from the same start" in result.reason


# A bound above the latest total (it may still be passed by the article's date), an amount that
# is no bound, and a bound the stored total only reaches within the tolerance are not judged so.
BOUND_NOT_PASSED = [
    (
        "Since 2005, China has lent more than US$140 billion to Latin America.",
        "more than US$140 billion",
    ),
    (
        "Desde 2005, China ha prestado 120.000 millones de dólares a América Latina.",
        "120.000 millones de dólares",
    ),
    (
        "Since 2005, China has lent more than US$136 billion to Latin America.",
        "more than US$136 billion",
    ),
]


@pytest.mark.parametrize(("text", "span"), BOUND_NOT_PASSED)
def test_a_bound_the_latest_total_does_not_pass_is_neither_borne_out_nor_refuted(text, span):
    result = checked(text, span)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- a date in a clause set off before the figure -----------------------------------------------
# "Peru, which signed its FTA with China in 2009, exported US$23 billion to the Asian country in
# 2022" dated the US$23 billion 2009, the nearer year, whenever words such as "the Asian country"
# stood between the figure and its own year. A date in a relative clause or apposition set off by
# commas before the figure is the inserted clause's (extract._set_off_before).
SET_OFF = [
    (
        "Peru, which signed its FTA with China in 2009, exported US$23 billion to the Asian country "
        "in 2022.",
        "US$23 billion",
        2022,
    ),
    (
        "Peru, an FTA partner since 2009, exported US$23 billion to the Asian giant in 2022.",
        "US$23 billion",
        2022,
    ),
    (
        "Chile, que firmó su TLC con China en 2005, exportó 38.000 millones de dólares al país "
        "asiático en 2023.",
        "38.000 millones de dólares",
        2023,
    ),
    (
        "O Peru, que assinou seu TLC com a China em 2009, exportou US$ 23 bilhões ao gigante "
        "asiático em 2022.",
        "US$ 23 bilhões",
        2022,
    ),
]


@pytest.mark.parametrize(("text", "span", "year"), SET_OFF)
def test_a_date_set_off_before_a_figure_is_not_its_period(text, span, year):
    claim = checked(text, span).claim
    assert claim.period is not None and claim.period.end_year == year


# With no date of its own, the figure may still take the set-off year, but only as a likely
# reading (it may bear the figure out, never refute it); a date opening the sentence is no
# inserted clause.
def test_a_set_off_date_alone_is_a_likely_reading_only():
    claim = checked(
        "Peru, which signed its FTA with China in 2009, exported US$23 billion to the Asian "
        "country.",
        "US$23 billion",
    ).claim
    assert claim.period.end_year == 2009
    assert claim.confidence["period"]["level"] == "low"
    opening = checked(
        "In 2009, which was a bad year, Peru exported US$5 billion to China.", "US$5 billion"
    ).claim
    assert opening.confidence["period"]["level"] == "high"


# A rank in apposition set off before the figure is such a clause too.
RANK_SET_OFF = [
    (
        "Cuba, el primer país latinoamericano en reconocer a Pekín en 1960, comerció 1.500 millones "
        "de dólares con China en 2023.",
        "1.500 millones de dólares",
        2023,
    ),
    (
        "Cuba, the first Latin American country to recognise Beijing in 1960, traded US$1.5 billion "
        "with China in 2023.",
        "US$1.5 billion",
        2023,
    ),
]


@pytest.mark.parametrize(("text", "span", "year"), RANK_SET_OFF)
def test_a_rank_set_off_before_a_figure_keeps_its_year(text, span, year):
    assert checked(text, span).claim.period.end_year == year


# --- the date a longer relative clause closes is a claim of its own ------------------------------
# ", que adhirió a la Franja y la Ruta en 2022," (seven words between the pronoun and the date)
# made no claim beside the sentence's figure; the clause may now hold up to eight words
# (extract.RELATIVE_DATE_BEFORE). Argentina's memorandum: 2022-02.
RELATIVE_DATE = [
    "Argentina, que adhirió a la Franja y la Ruta en 2022, exportó a China 8.000 millones de "
    "dólares en 2023.",
    "A Argentina, que aderiu à Iniciativa do Cinturão e Rota em 2022, exportou US$ 8 bilhões para "
    "a China em 2023.",
]


@pytest.mark.parametrize("text", RELATIVE_DATE)
def test_the_date_a_long_relative_clause_closes_is_its_own_claim(text):
    result = checked(text, "2022")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "ARG bri_mou" in result.reason


# --- a date opening the sentence without a comma, before a break after N years ------------------
# "El 26 de marzo de 2023 Honduras rompió con Taiwán tras 82 años de relaciones" made no claim of
# the date: the comma after it was required, and "tras" read as a shift of the date. The comma
# may be left out, and "tras/after/após N años" is the years the broken tie lasted
# (extract._date_opening_tie_clause, YEARS_LASTED). Honduras: 2023-03-26.
OPENING = [
    (
        "El 26 de marzo de 2023 Honduras rompió con Taiwán tras 82 años de relaciones.",
        "marzo de 2023",
    ),
    ("On 26 March 2023 Honduras broke with Taiwan after 82 years of relations.", "March 2023"),
    (
        "Em 26 de março de 2023 Honduras rompeu com Taiwan após 82 anos de relações.",
        "março de 2023",
    ),
]


@pytest.mark.parametrize(("text", "span"), OPENING)
def test_a_date_opening_a_break_after_years_of_ties_is_its_own_claim(text, span):
    result = checked(text, span)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "HND diplomatic_relations_prc" in result.reason


def test_an_opening_date_a_month_after_another_switch_is_not_the_ties_own():
    result = checked(
        "In June 2018, a month after the Dominican Republic, El Salvador broke with Taiwan.",
        "June 2018",
    )
    assert result.verdict is not Verdict.CONTRADICTED
