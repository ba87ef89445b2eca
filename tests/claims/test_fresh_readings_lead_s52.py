"""Readings the lead found at stop 52 by probing the checker with sentences of our own (real
dates from the store; the sentences are ours): Nicaragua's relations with the PRC (1985-12-07,
broken in 1990, restored 2021-12-10) and the Dominican Republic's (2018-05-01)."""

from __future__ import annotations

import pytest

from chinalac.claims.models import Verdict
from tests.claims.conftest import checked

# --- the date of a break of the relations themselves --------------------------------------------
# "Nicaragua restored relations with China in 2021 after breaking them off in 1990": main read
# 1990 as a date of the relations with the PRC and refuted it by the status that year (relations
# with Taipei). The date is the break's: borne out by the break the table dates then, never
# refuted.
BREAK_OF_THE_RELATIONS = [
    "Nicaragua restored relations with China in 2021 after breaking them off in 1990.",
    "Nicaragua restableció relaciones con China en 2021, tras romperlas en 1990.",
    "Nicaragua restableció relaciones con China en 2021, tras romper con Pekín en 1990.",
]


@pytest.mark.parametrize("text", BREAK_OF_THE_RELATIONS)
def test_the_date_of_a_break_of_the_relations_is_borne_out_by_the_break(text):
    result = checked(text, "1990", date="2024-06-01")
    assert result.verdict is Verdict.SUPPORTED
    assert "Taiwan" in result.reason  # the row of the break, not the relations of 1985


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Nicaragua restored relations with China in 2021 after breaking them off in 1995.",
            "1995",
        ),
        ("Nicaragua restableció relaciones con China en 2021, tras romperlas en 1995.", "1995"),
        # "cutting them in 1985": the table's 1985 is the relations' start, no break
        ("Nicaragua restored relations with China in 2021 after cutting them in 1985.", "1985"),
        ("Nicaragua restored ties with China in December 2021, having cut them in 1990.", "1990"),
    ],
)
def test_a_break_the_table_does_not_date_is_never_refuted(text, span):
    assert checked(text, span, date="2024-06-01").verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a break with Taipei is the switch the PRC tie dates: still borne out
        ("Panama broke ties with Taiwan in 2017.", "2017"),
        ("El Salvador rompió con Taipéi en agosto de 2018.", "agosto de 2018"),
        # the restoring in the same sentence is still the relations' date
        ("Nicaragua restableció relaciones con China en 2021, tras romperlas en 1990.", "2021"),
    ],
)
def test_a_switch_from_taipei_and_the_restoring_are_still_borne_out(text, span):
    assert checked(text, span, date="2024-06-01").verdict is Verdict.SUPPORTED


# --- the day of the tie beside a count of years with Taipei -------------------------------------
# "estableció relaciones con China el 1 de mayo de 2018, tras 77 años de vínculos con Taiwán":
# main took the day for the period of the count of years and left the tie's date unread (a
# keyed date with no claim). The partner named between the relations and the date no longer
# hides the verb that dates the tie.
TIE_DAY_BESIDE_YEARS = [
    (
        "La República Dominicana estableció relaciones con China el 1 de mayo de 2018, tras 77 "
        "años de vínculos con Taiwán.",
        "mayo de 2018",
    ),
    (
        "The Dominican Republic established ties with China on 1 May 2018, ending 77 years of "
        "relations with Taiwan.",
        "May 2018",
    ),
    (
        "A República Dominicana estabeleceu relações com a China em 1º de maio de 2018, após 77 "
        "anos de laços com Taiwan.",
        "maio de 2018",
    ),
]


@pytest.mark.parametrize(("text", "span"), TIE_DAY_BESIDE_YEARS)
def test_the_day_of_a_tie_beside_a_count_of_years_is_a_claim_of_its_own(text, span):
    result = checked(text, span, date="2024-06-01")
    assert result.verdict is Verdict.SUPPORTED
    assert "2018-05-01" in result.reason


def test_a_wrong_day_of_a_tie_beside_a_count_of_years_is_refuted():
    text = (
        "La República Dominicana estableció relaciones con China el 1 de mayo de 2017, tras 77 "
        "años de vínculos con Taiwán."
    )
    result = checked(text, "mayo de 2017", date="2024-06-01")
    assert result.verdict is Verdict.CONTRADICTED
    assert "2018-05-01" in result.reason


# --- a running total of a database that revises its running totals ------------------------------
# "China's policy banks lent $137 billion to Latin America between 2005 and 2019" (the database's
# 2020 edition): main refuted it by the one stored total for 2005-2019, 117.99 (a later edition),
# though the store holds "more than $140 billion" for 2005-2018 from the same database: a running
# total that shrinks over a longer span shows the editions differ. A figure within the totals
# given near the span is another edition's, not refuted; farther off is.
RUNNING_TOTAL_OF_ANOTHER_EDITION = [
    (
        "China's policy banks lent $137 billion to Latin America between 2005 and 2019.",
        "$137 billion",
    ),
    (
        "Los bancos chinos prestaron 137.000 millones de dólares a América Latina entre 2005 y "
        "2019.",
        "137.000 millones de dólares",
    ),
    (
        "Os bancos chineses emprestaram US$ 137 bilhões à América Latina entre 2005 e 2019.",
        "US$ 137 bilhões",
    ),
    (
        "China's policy banks lent $120 billion to Latin America between 2005 and 2022.",
        "$120 billion",
    ),
]


@pytest.mark.parametrize(("text", "span"), RUNNING_TOTAL_OF_ANOTHER_EDITION)
def test_a_running_total_of_another_edition_is_never_refuted(text, span):
    result = checked(text, span, date="2024-06-01")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "running totals of one database shrink" in result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # below every total the database gives near the span, or above them: still refuted
        (
            "China's policy banks lent $100 billion to Latin America between 2005 and 2019.",
            "$100 billion",
        ),
        (
            "China's policy banks lent $200 billion to Latin America between 2005 and 2019.",
            "$200 billion",
        ),
        (
            "China's policy banks lent $100 billion to Latin America between 2005 and 2022.",
            "$100 billion",
        ),
        (
            "China's policy banks lent $150 billion to Latin America between 2005 and 2014.",
            "$150 billion",
        ),
    ],
)
def test_a_running_total_far_from_every_edition_is_still_refuted(text, span):
    assert checked(text, span, date="2024-06-01").verdict is Verdict.CONTRADICTED


# --- "reconocer a China": recognising China names the relations -----------------------------------
# The lexicon had "reconocer a Pekín" and "reconocer a la República Popular China" but not
# "China" alone: "el primer país sudamericano en reconocer a China en 1970" and "Costa Rica
# recognised China in June 2007" named no tie, and their ranks and dates went unjudged.
RECOGNISED_CHINA = [
    (
        "Chile fue el primer país sudamericano en reconocer a China en 1970.",
        "primer país sudamericano",
    ),
    (
        "O Chile foi o primeiro país sul-americano a reconhecer a China em 1970.",
        "primeiro país sul-americano",
    ),
    ("Costa Rica recognised China in June 2007.", "June 2007"),
    ("Costa Rica reconoció a China en junio de 2007.", "junio de 2007"),
]


@pytest.mark.parametrize(("text", "span"), RECOGNISED_CHINA)
def test_recognising_china_names_the_relations(text, span):
    result = checked(text, span, date="2024-11-20")
    assert result.verdict is Verdict.SUPPORTED
    assert "diplomatic_relations_prc" in result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Brasil reconoció a China como economía de mercado en 2004.", "2004"),
        ("Brazil recognised China as a market economy in 2004.", "2004"),
        ("O Brasil reconheceu a China como economia de mercado em 2004.", "2004"),
    ],
)
def test_recognising_china_as_a_market_economy_dates_no_tie(text, span):
    result = checked(text, span, date="2024-11-20")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "diplomatic_relations_prc" not in result.reason


# --- a weekday with its day and month in brackets --------------------------------------------------
# "Nesta quarta-feira (08/01), o Brasil anunciou …": main read two counts, 8 and 1. The day and
# month in brackets after a weekday are the day the calendar puts that weekday on, as "(8)" is.
@pytest.mark.parametrize(
    ("text", "date", "numbers"),
    [
        (
            "Nesta quarta-feira (08/01), o Brasil anunciou que as exportações para a China "
            "somaram US$ 104 bilhões em 2023.",
            "2025-01-09",
            ["08", "01"],
        ),
        (
            "El martes (12/03) el gobierno informó que las exportaciones a China crecieron 5%.",
            "2024-03-14",
            ["12", "03"],
        ),
    ],
)
def test_a_weekday_with_its_day_and_month_in_brackets_is_no_count(text, date, numbers):
    from chinalac.claims.check import check

    read = [r.claim.text for r in check(text, date=date)]
    assert not set(numbers) & set(read), read


def test_the_month_in_brackets_of_a_weekday_the_calendar_puts_there_dates_the_day():
    from chinalac.claims.article_date import WEEKDAY_BRACKET_DAY

    found = WEEKDAY_BRACKET_DAY.search("na segunda-feira (15/4), lula recebeu")
    assert found is not None and (found["d"], found["m"]) == ("15", "4")


# --- a memorandum dated before a participation only announced -------------------------------------
# "El Salvador firmó el memorando de la Franja y la Ruta en diciembre de 2018": the table holds
# nothing for El Salvador then and, today, only its participation announced on 2019-12-03. Main
# refuted the date by "no sourced information"; an announcement neither dates nor denies a
# memorandum signed before it. A state that has not joined is still refuted.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "El Salvador firmó el memorando de la Franja y la Ruta en diciembre de 2018.",
            "diciembre de 2018",
        ),
        ("El Salvador signed a Belt and Road memorandum in 2018.", "2018"),
        ("El Salvador assinou o memorando da Iniciativa Cinturão e Rota em 2018.", "2018"),
    ],
)
def test_a_memorandum_dated_before_an_announced_participation_is_never_refuted(text, span):
    assert checked(text, span, date="2024-11-20").verdict is not Verdict.CONTRADICTED


def test_a_memorandum_of_a_state_that_has_not_joined_is_still_refuted():
    result = checked(
        "Brazil signed the Belt and Road memorandum in 2019.", "2019", date="2024-11-20"
    )
    assert result.verdict is Verdict.CONTRADICTED


# --- a rank told as not held -------------------------------------------------------------------
# "China is not Brazil's largest trading partner", "no es el principal socio", "não é o maior
# parceiro": main bore each out by the stored rank 1, reading the rank and not the negation (a
# false "supported"). The rank is shown, never judged; "not only" still holds the rank.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("China is not Brazil's largest trading partner.", "largest trading partner"),
        ("China is no longer Brazil's top trading partner.", "top trading partner"),
        ("China no es el principal socio comercial de Perú.", "principal socio comercial"),
        ("China ya no es el principal socio comercial de Perú.", "principal socio comercial"),
        ("A China não é o maior parceiro comercial do Brasil.", "maior parceiro comercial"),
    ],
)
def test_a_rank_told_as_not_held_is_not_borne_out(text, span):
    result = checked(text, span, date="2024-11-20")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "not held" in result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("China is Brazil's largest trading partner.", "largest trading partner"),
        ("China no es solo el principal socio comercial de Perú.", "principal socio comercial"),
        (
            "China is not only Brazil's largest trading partner but also a big investor.",
            "largest trading partner",
        ),
    ],
)
def test_a_rank_held_and_more_is_still_borne_out(text, span):
    assert checked(text, span, date="2024-11-20").verdict is Verdict.SUPPORTED


# --- a rank told of so many years before the article --------------------------------------------
# "Há 15 anos, a China era o maior parceiro comercial do Brasil" (round r55c's note): main bore it
# out by the rank of 2024. The rank is the one of the year counted back from the article's.
@pytest.mark.parametrize(
    ("text", "span", "year"),
    [
        (
            "Há 15 anos, a China era o maior parceiro comercial do Brasil.",
            "maior parceiro comercial",
            "2009",
        ),
        (
            "Fifteen years ago, China was already Chile's largest trading partner.",
            "largest trading partner",
            "2009",
        ),
        (
            "Hace diez años, China era el principal socio comercial de Perú.",
            "principal socio comercial",
            "2014",
        ),
    ],
)
def test_a_rank_of_years_ago_is_the_rank_of_that_year(text, span, year):
    result = checked(text, span, date="2024-11-20")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert year in result.reason


def test_a_rank_of_two_years_ago_is_borne_out_by_that_years_rank():
    text = "Hace dos años, China era el principal socio comercial de Perú."
    result = checked(text, "principal socio comercial", date="2024-11-20")
    assert result.verdict is Verdict.SUPPORTED
    assert "2022" in result.reason


# --- a refuted date of a tie shows the row that refutes it -----------------------------------------
# "Panama joined the Belt and Road in 2016": main refuted it rightly but showed no row at all
# ("no sourced information on 2016"), Panama's memorandum (2017-11-17) being no longer today's
# status after its withdrawal. The reader now sees the row, and its source, that refutes.
@pytest.mark.parametrize(
    ("text", "span", "shown"),
    [
        ("Panama joined the Belt and Road in 2016.", "2016", "2017-11-17"),
        ("Panamá se sumó a la Franja y la Ruta en 2016.", "2016", "2017-11-17"),
        ("Brazil signed the Belt and Road memorandum in 2019.", "2019", "Not joined"),
    ],
)
def test_a_refuted_date_of_a_tie_shows_the_row_that_refutes_it(text, span, shown):
    result = checked(text, span, date="2024-11-20")
    assert result.verdict is Verdict.CONTRADICTED
    assert shown in result.reason
    assert result.evidence


# --- a bare flow with China in a one-country text, with no source named ---------------------------
# Round r55b reads "las importaciones desde China … 1.884 millones" in a text naming Bolivia alone
# as Bolivia's, with confidence. Probing found it refuting a sector's figure: "Perú celebra sus
# cifras agrícolas. Las exportaciones a China alcanzaron 2.000 millones de dólares en 2023" was
# called contradicted by Peru's total. The confident reading now also needs the sentence to name
# (or take up) the state's own statistics; otherwise the figure is shown, not refuted.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Perú celebra sus cifras agrícolas. Las exportaciones a China alcanzaron 2.000 millones "
            "de dólares en 2023.",
            "2.000 millones de dólares",
        ),
        (
            "El sector minero chileno. Las exportaciones a China sumaron 15.000 millones de dólares "
            "en 2022.",
            "15.000 millones de dólares",
        ),
    ],
)
def test_a_bare_flow_in_a_one_country_text_with_no_source_is_not_refuted(text, span):
    assert checked(text, span, date="2024-06-01").verdict is Verdict.UNVERIFIABLE


def test_a_bare_flow_in_a_one_country_text_with_its_source_is_still_judged():
    text = (
        "Chile vive un buen momento comercial. Las exportaciones a China sumaron US$ 20.000 "
        "millones en 2023, según el Banco Central."
    )
    assert checked(text, "US$ 20.000 millones", date="2024-06-01").verdict is Verdict.CONTRADICTED
