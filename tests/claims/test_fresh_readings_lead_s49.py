"""Readings the lead found at stop 49 by probing the checker with sentences of our own, in the
shapes issue 15 lists (real figures and dates from the store; the sentences are ours)."""

from __future__ import annotations

import pytest

from chinalac.claims import check
from chinalac.claims.models import Verdict
from tests.claims.conftest import checked

# --- a span of years written as a round word ("vinte anos depois", "twenty years later") --------
# The offset counts stopped at twelve, so "Em 2003, Lula visitou a China; vinte anos depois, o
# comércio … chegou a US$ 157 bilhões" dated the figure 2003 (the "year taken from another
# clause"). Brazil–China trade of 2023 is stored as US$157 billion.
ROUND_SPANS = [
    (
        "In 2003, Lula visited China; twenty years later, trade between Brazil and China reached "
        "US$157 billion.",
        "US$157 billion",
    ),
    (
        "En 2003, Lula visitó China; veinte años después, el comercio entre Brasil y China llegó a "
        "US$ 157.000 millones.",
        "US$ 157.000 millones",
    ),
    (
        "Em 2003, Lula visitou a China; vinte anos depois, o comércio entre o Brasil e a China "
        "chegou a US$ 157 bilhões.",
        "US$ 157 bilhões",
    ),
    (
        "In 1993, the two states launched a strategic partnership; thirty years later, trade between "
        "Brazil and China reached US$157 billion.",
        "US$157 billion",
    ),
]


@pytest.mark.parametrize(("text", "span"), ROUND_SPANS)
def test_a_round_span_of_years_counts_from_the_year_before_it(text, span):
    result = checked(text, span)
    assert result.claim.period is not None and result.claim.period.start_year == 2023
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- the span opens the next sentence -------------------------------------------------------------
# "In 2013, Xi visited Mexico. Ten years later, trade … reached US$157 billion": a sentence that
# writes no date of its own was dated by the year of the sentence before, 2013, and left unjudged.
NEXT_SENTENCE = [
    (
        "In 2013, Xi Jinping visited Mexico. Ten years later, trade between Brazil and China reached "
        "US$157 billion.",
        "US$157 billion",
    ),
    (
        "En 2013, Xi Jinping visitó México. Diez años después, el comercio entre Brasil y China llegó "
        "a US$ 157.000 millones.",
        "US$ 157.000 millones",
    ),
    (
        "Em 2003, Lula visitou a China. Vinte anos depois, o comércio entre o Brasil e a China chegou "
        "a US$ 157 bilhões.",
        "US$ 157 bilhões",
    ),
    (
        "In 2022, Brazil and China signed new agreements. A year later, trade between Brazil and "
        "China reached US$157 billion.",
        "US$157 billion",
    ),
]


@pytest.mark.parametrize(("text", "span"), NEXT_SENTENCE)
def test_a_span_opening_the_next_sentence_counts_from_its_year(text, span):
    result = checked(text, span)
    assert result.claim.period is not None and result.claim.period.start_year == 2023
    assert result.claim.confidence["period"]["level"] == "low"
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "In 2013, Xi Jinping visited Mexico. Ten years later, trade between Brazil and China reached "
        "US$100 billion.",
        "Em 2013, Xi Jinping visitou o México. Dez anos depois, o comércio entre o Brasil e a China "
        "chegou a US$ 100 bilhões.",
    ],
)
def test_a_counted_year_never_refutes(text):
    # 2023's stored total is 157 bn: the count is a likely reading, so a figure that misses is
    # left unjudged, never called contradicted.
    (result,) = [r for r in check(text, date="2025-06-10") if "100" in r.claim.text]
    assert result.claim.period.start_year == 2023
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_a_span_with_no_count_dates_nothing():
    # "Several years later": which year is unclear; the figure keeps no period.
    result = checked(
        "In 2013, Xi Jinping visited Mexico. Several years later, trade between Brazil and China "
        "reached US$157 billion.",
        "US$157 billion",
    )
    assert result.claim.period is None
    assert result.verdict is Verdict.UNVERIFIABLE


# --- a relative "que" after a comma is no comparison ---------------------------------------------
# "Chile, que en 2005 fue el primer país en firmar un TLC con China, exportó … en 2023": "que en
# 2005" was read as a comparison base ("más que en 2005"), so the rank took the figure's 2023
# and the signature was called contradicted (a false accusation). Chile's FTA was signed 2005-11.
RELATIVE_QUE = [
    (
        "Chile, que en 2005 fue el primer país en firmar un TLC con China, exportó US$ 38.000 "
        "millones a China en 2023.",
        "primer país",
    ),
    (
        "O Chile, que em 2005 foi o primeiro país a assinar um TLC com a China, exportou US$ 38 "
        "bilhões para a China em 2023.",
        "primeiro país",
    ),
    (
        "Chile, which in 2005 became the first country to sign an FTA with China, exported US$ 38 "
        "billion to China in 2023.",
        "first country",
    ),
]


@pytest.mark.parametrize(("text", "span"), RELATIVE_QUE)
def test_a_date_after_a_relative_que_dates_its_own_clause(text, span):
    result = checked(text, span)
    assert result.claim.period is not None and result.claim.period.start_year == 2005
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "CHL fta" in result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "El comercio creció más que en 2005, cuando sumó US$ 10.000 millones.",
            "US$ 10.000 millones",
        ),
        (
            "As exportações cresceram mais que em 2005, quando somaram US$ 10 bilhões.",
            "US$ 10 bilhões",
        ),
    ],
)
def test_que_without_a_comma_is_still_a_comparison(text, span):
    # The base of "más que en 2005" dates no figure of the clause that compares; the figure
    # after "cuando" is still read (the guard keeps the comparison reading where no comma opens
    # a clause).
    result = checked(text, span)
    assert result.verdict is not Verdict.CONTRADICTED


# --- a dated first hidden by a state's earlier, ended relations ---------------------------------
# "Costa Rica was the first Central American country to establish diplomatic relations with
# China, in 2007": the year cut the table's order at 2007, when Nicaragua's relations of 1985 had
# ended (1990), so Costa Rica came first and the rank was borne out. Round 50b's reading of the
# undated first holds for a dated one: Nicaragua's earlier relations are shown, never hidden.
DATED_FIRST_AFTER_ENDED = [
    (
        "Costa Rica was the first Central American country to establish diplomatic relations with "
        "China, in 2007.",
        "first Central American country",
    ),
    (
        "Costa Rica, el primer país centroamericano en establecer relaciones con China, firmó un TLC "
        "en 2010.",
        "primer país centroamericano",
    ),
    (
        "A Costa Rica foi o primeiro país centro-americano a estabelecer relações diplomáticas com a "
        "China, em 2007.",
        "primeiro país centro-americano",
    ),
]


@pytest.mark.parametrize(("text", "span"), DATED_FIRST_AFTER_ENDED)
def test_a_dated_first_shows_a_state_s_earlier_ended_relations(text, span):
    result = checked(text, span)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "NIC" in result.reason and "1985" in result.reason


# --- a lower bound of a cumulative total over a span written out --------------------------------
# "Entre 2005 y 2023, los bancos chinos prestaron más de 120.000 millones de dólares a la región":
# no total is stored to 2023, but the one from 2005 to 2022 (136 bn, BU-IAD) already passes the
# bound and a cumulative total only grows. Stop 48 read so a span to the article's date only.
SPAN_BOUNDS = [
    "Between 2005 and 2023, Chinese policy banks lent more than US$ 120 billion to the region.",
    "Entre 2005 y 2023, los bancos chinos prestaron más de 120.000 millones de dólares a la región.",
    "Entre 2005 e 2024, os bancos chineses emprestaram mais de US$ 120 bilhões à América Latina.",
]


@pytest.mark.parametrize("text", SPAN_BOUNDS)
def test_a_bound_over_a_written_span_is_passed_by_an_earlier_total(text):
    (result,) = [r for r in check(text, date="2025-06-10") if r.claim.metric == "loans_total"]
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason.startswith("read to the end of 2022")


@pytest.mark.parametrize(
    "text",
    [
        # A bound above the stored total may still hold by 2023; an exact figure is no bound.
        "Between 2005 and 2023, Chinese policy banks lent more than US$ 140 billion to the region.",
        "Between 2005 and 2023, Chinese policy banks lent US$ 120 billion to the region.",
    ],
)
def test_a_span_bound_not_passed_or_an_exact_total_is_left_unjudged(text):
    (result,) = [r for r in check(text, date="2025-06-10") if r.claim.metric == "loans_total"]
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- a tie's date that a row flagged CONFLICT gives otherwise -------------------------------------
# "Panama joined the Belt and Road in 2017": the table holds the memorandum of 2017-11-17 and a row
# flagged CONFLICT (DW) dating it to 2018-12-03. The key calls such a date disputed (u4502, u6114,
# u12001); main bore it out by the first row and hid the other source.
RIVAL_DATES = [
    ("Panama joined the Belt and Road in 2017.", "2017", "2018-12-03"),
    (
        "Panamá firmó el 17 de noviembre de 2017 un memorando de entendimiento sobre la Franja y la "
        "Ruta.",
        "noviembre de 2017",
        "2018-12-03",
    ),
    ("O Panamá aderiu à Iniciativa Cinturão e Rota em 2017.", "2017", "2018-12-03"),
    (
        "Trinidad and Tobago signed a Belt and Road memorandum with China in May 2018.",
        "May 2018",
        "2017",
    ),
    ("Suriname signed its Belt and Road memorandum in May 2018.", "May 2018", "2018-07"),
]


@pytest.mark.parametrize(("text", "span", "rival"), RIVAL_DATES)
def test_a_tie_date_a_conflicting_row_gives_otherwise_is_disputed(text, span, rival):
    result = checked(text, span, date="2023-08-18")
    assert result.verdict is Verdict.DISPUTED, result.reason
    assert result.reason.endswith(f"a row flagged as conflicting dates it {rival}")
    assert {e.relation for e in result.evidence} == {"matches", "conflicts"}


def test_a_conflicting_row_within_the_claimed_year_disputes_nothing():
    # Suriname's rows: 2018-05 and, flagged CONFLICT, 2018-07: "in 2018" is told by both.
    result = checked(
        "Suriname signed its Belt and Road memorandum in 2018.", "2018", date="2023-08-18"
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
