"""General readings found on the fresh dev texts 395-398 of the unseen set (branch issue-15-r35a,
round 35a: Bahamas–China trade of 2024 told by the Chinese ambassador, the China Development
Bank's $1 billion for the Caribbean in 2011, the Dominican Republic's switch from Taiwan in 2018,
and China's agreements with Grenada of March 2005), each with real-shaped sentences (our own) in
English, Spanish and Portuguese where the pattern applies, checked against the package's
knowledge base.

* A usual year is no year: "In a normal year, direct trade between The Bahamas and China comes to
  about $500 million", "En un año normal, …", "Normalmente, …" — main took the period of the
  sentence before ("Last year's trade of around $1.2 billion", 2024) and refuted the figure by
  the stored 2024 total (text 395: u7206, a false "contradicted"). The figure takes no period
  from the sentences before it; a year of its own still dates it (guard).
* A list of states dated in brackets, one by a month: "after Costa Rica (2007) and Panama (June
  2017)", "Costa Rica (2007) y Panamá (junio de 2017)", "a Costa Rica (2007) e o Panamá (junho de
  2017)" — main set the bare year aside as a citation ("Gallagher (2016)"), since only one such
  year stood in the list, and beside the sentence's "third country" read neither date (text 397:
  u7214 and u7215 missed). A list of bare years was read already (guard); dates in brackets after
  states with no tie named stay unverifiable (guard).
* A name ending in "s" whose possessive is the apostrophe alone: "the United States, The
  Bahamas' largest trade partner", "China is Honduras' second largest trading partner",
  "Barbados’ third largest trading partner" — main read no rank (text 395: u7201 missed).
  "Honduras's" was read already (guard).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from tests.claims.conftest import one

# --- a usual year is no year ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "January 2025 — Nassau\n\nLast year's trade of around $1.2 billion was an exceptional"
            " spike, she explained. In a normal year, direct trade between The Bahamas and China"
            " comes to about $500 million.",
            "about $500 million",
        ),
        (
            "January 2025 — Nassau\n\nLast year's trade of around $1.2 billion was an exceptional"
            " spike. Usually, trade between The Bahamas and China comes to about $500 million.",
            "about $500 million",
        ),
        (
            "Enero de 2025 — Nasáu\n\nEl comercio del año pasado, de unos 1.200 millones de"
            " dólares, fue un pico excepcional. En un año normal, el comercio directo entre"
            " Bahamas y China ronda los 500 millones de dólares.",
            "500 millones de dólares",
        ),
        (
            "Janeiro de 2025 — Nassau\n\nO comércio do ano passado, de cerca de US$ 1,2 bilhão,"
            " foi um pico excepcional. Normalmente, o comércio direto entre as Bahamas e a China"
            " fica em torno de US$ 500 milhões.",
            "em torno de US$ 500 milhões",
        ),
    ],
)
def test_a_usual_year_takes_no_period_from_the_sentence_before(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.period is None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "January 2025 — Nassau\n\nLast year's trade of around $1.2 billion was an exceptional"
            " spike, she explained. In a normal year, direct trade between The Bahamas and China"
            " comes to about $500 million.",
            "around $1.2 billion",
        ),
        (
            "Enero de 2025 — Nasáu\n\nEl comercio del año pasado, de unos 1.200 millones de"
            " dólares, fue un pico excepcional. En un año normal, el comercio directo entre"
            " Bahamas y China ronda los 500 millones de dólares.",
            "unos 1.200 millones de dólares",
        ),
        (
            "Janeiro de 2025 — Nassau\n\nO comércio do ano passado, de cerca de US$ 1,2 bilhão,"
            " foi um pico excepcional. Normalmente, o comércio direto entre as Bahamas e a China"
            " fica em torno de US$ 500 milhões.",
            "cerca de US$ 1,2 bilhão",
        ),
    ],
)
def test_guard_last_year_still_dates_the_figure(text, figure):
    assert one(check(text), figure).verdict is Verdict.SUPPORTED


def test_guard_a_year_of_its_own_still_dates_a_usual_figure():
    text = (
        "May 2022 — Nassau\n\nUsually trade moves little, but in 2021 trade between The Bahamas"
        " and China reached $492 million."
    )
    assert one(check(text), "$492 million").verdict is Verdict.SUPPORTED


# --- a list of states dated in brackets, one by a month -------------------------------------------


@pytest.mark.parametrize(
    ("text", "year", "month"),
    [
        (
            "May 17, 2018\n\nIt has now become the third country in Central America in recent"
            " years to cut its ties with Taipei in favour of Beijing, after Costa Rica (2007) and"
            " Panama (June 2017).",
            "2007",
            "June 2017",
        ),
        (
            "17 de mayo de 2018\n\nEs el tercer país en romper con Taipéi, después de Costa Rica"
            " (2007) y Panamá (junio de 2017).",
            "2007",
            "junio de 2017",
        ),
        (
            "17 de mayo de 2018\n\nRepública Dominicana siguió a Costa Rica (2007) y Panamá (junio"
            " de 2017) en la ruptura con Taiwán.",
            "2007",
            "junio de 2017",
        ),
        (
            "17 de maio de 2018\n\nÉ o terceiro país a romper com Taipé, depois da Costa Rica"
            " (2007) e do Panamá (junho de 2017).",
            "2007",
            "junho de 2017",
        ),
    ],
)
def test_a_year_in_brackets_beside_a_month_in_brackets_dates_the_listed_tie(text, year, month):
    results = check(text)
    for figure, code in ((year, "CRI"), (month, "PAN")):
        result = one(results, figure)
        assert result.claim.entity == code
        assert result.verdict is Verdict.SUPPORTED, result.reason


def test_guard_a_list_of_bare_years_in_brackets_is_read():
    text = (
        "May 17, 2018\n\nIt is the third country to cut its ties with Taipei, after Costa Rica"
        " (2007) and Panama (2017)."
    )
    results = check(text)
    assert one(results, "2007").verdict is Verdict.SUPPORTED
    assert one(results, "2017").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "May 17, 2021\n\nChinese exports grew fastest to Chile (2019) and Peru (March 2020), the"
        " ministry said.",
        "May 17, 2018\n\nTaiwan lost Panama (June 2017), and Gallagher (2016) wrote about it.",
    ],
)
def test_guard_bracketed_dates_with_no_tie_named_stay_unjudged(text):
    assert all(r.verdict is Verdict.UNVERIFIABLE for r in check(text))


# --- a name ending in "s" with the apostrophe alone -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank", "code"),
    [
        (
            "January 2025 — Nassau\n\nTrump promised steep tariffs on Chinese goods entering the"
            " United States, The Bahamas' largest trade partner.",
            "largest trade partner",
            "BHS",
        ),
        (
            "January 2025\n\nChina is Honduras' second largest trading partner.",
            "second largest trading partner",
            "HND",
        ),
        (
            "January 2025\n\nChina is now Barbados’ third largest trading partner.",
            "third largest trading partner",
            "BRB",
        ),
    ],
)
def test_a_possessive_apostrophe_after_s_reads_the_rank(text, rank, code):
    result = one(check(text), rank)
    assert result.claim.kind is Kind.RANK
    assert result.claim.entity == code
    assert result.verdict is not Verdict.CONTRADICTED


def test_guard_a_possessive_s_was_read_already():
    result = one(
        check("January 2025\n\nChina is Honduras's second largest trading partner."),
        "second largest trading partner",
    )
    assert result.claim.kind is Kind.RANK
    assert result.claim.entity == "HND"
