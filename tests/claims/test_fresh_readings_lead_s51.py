"""Readings the lead found at stop 51 by probing the checker with sentences of our own (real
dates from the store; the sentences are ours): Peru's FTA, signed 2009-04-28 and in force
2010-03-01 in the ties table."""

from __future__ import annotations

import pytest

from chinalac.claims.models import Verdict
from tests.claims.conftest import checked

# --- a month alone, read in a year the sentence gives another event -------------------------------
# "signed their FTA in 2009, and it came into force in March": main read March 2009 with
# confidence and refuted it by the treaty's 2010-03-01. The year the sentence writes may be
# another event's; the month read in it may bear a stored date out, never refute one.
MONTH_BESIDE_ANOTHER_EVENT = [
    ("Peru and China signed their FTA in 2009, and it came into force in March.", "in March"),
    (
        "Peru and China signed their FTA in 2009, which came into force a year later, in March.",
        "in March",
    ),
    (
        "El TLC entre Perú y China se firmó en 2009 y entró en vigor un año después, en marzo.",
        "en marzo",
    ),
    ("O TLC entre Peru e China foi assinado em 2009 e entrou em vigor em março.", "em março"),
]


@pytest.mark.parametrize(("text", "span"), MONTH_BESIDE_ANOTHER_EVENT)
def test_a_month_read_in_another_events_year_never_refutes(text, span):
    result = checked(text, span, date="2025-06-01")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "2010-03-01" in result.reason  # the stored date is shown, not hidden
    assert "uncertain" in result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the month's own year: still borne out
        ("In 2010, the Peru-China FTA entered into force in March.", "in March"),
        ("En 2010, el TLC entre Perú y China entró en vigor en marzo.", "en marzo"),
    ],
)
def test_a_month_of_the_year_its_sentence_sets_still_bears_a_date_out(text, span):
    assert checked(text, span, date="2025-06-01").verdict is Verdict.SUPPORTED


# --- a ministerial meeting placed where it was not held ----------------------------------------
# "The second ministerial meeting … was held in Brasilia in 2018": main bore out the ordinal and
# the year, though the stored second meeting was held in Santiago, Chile. A place the stored row
# does not name leaves the meeting unjudged, the stored place shown; never refuted (the place may
# be written otherwise, or be another event's).
MEETING_ELSEWHERE = [
    (
        "The second ministerial meeting of the China-CELAC Forum was held in Brasilia in 2018.",
        ["second ministerial meeting", "2018"],
    ),
    (
        "La IV Reunión Ministerial del Foro China-CELAC se celebró en Buenos Aires en mayo de 2025.",
        ["IV Reunión Ministerial", "mayo de 2025"],
    ),
    (
        "A 2ª Reunião Ministerial do Fórum China-CELAC foi realizada em Lima, em janeiro de 2018.",
        ["2ª Reunião Ministerial", "janeiro de 2018"],
    ),
]


@pytest.mark.parametrize(("text", "spans"), MEETING_ELSEWHERE)
def test_a_meeting_placed_where_the_store_does_not_hold_it_is_not_borne_out(text, spans):
    for span in spans:
        result = checked(text, span, date="2025-06-01")
        assert result.verdict is Verdict.UNVERIFIABLE, span
        assert "the sentence places it in" in result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The second ministerial meeting of the China-CELAC Forum was held in Santiago in 2018.",
            "second ministerial meeting",
        ),
        (
            "La II Reunión Ministerial del Foro China-CELAC se celebró en Santiago de Chile en enero "
            "de 2018.",
            "enero de 2018",
        ),
        # another name of the stored place
        (
            "A 1ª Reunião Ministerial do Fórum China-CELAC foi realizada em Pequim, em janeiro de "
            "2015.",
            "1ª Reunião Ministerial",
        ),
        (
            "La primera Reunión Ministerial del Foro China-CELAC se celebró en Pekín en enero de 2015.",
            "primera Reunión Ministerial",
        ),
    ],
)
def test_a_meeting_held_where_the_store_holds_it_is_still_borne_out(text, span):
    assert checked(text, span, date="2025-06-01").verdict is Verdict.SUPPORTED


# --- "la I Reunión Ministerial" ---------------------------------------------------------------
# A lone Roman "I" between an article and a meeting's noun is the first meeting: main read "la II
# Reunión" but no rank in "la I Reunión".
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "La I Reunión Ministerial del Foro China-CELAC se celebró en Pekín en enero de 2015.",
            "I Reunión Ministerial",
        ),
        (
            "A I Reunião Ministerial do Fórum China-CELAC foi realizada em Pequim em janeiro de "
            "2015.",
            "I Reunião Ministerial",
        ),
    ],
)
def test_a_lone_roman_one_before_a_meeting_is_the_first_meeting(text, span):
    result = checked(text, span, date="2025-06-01")
    assert result.claim.value == 1
    assert result.verdict is Verdict.SUPPORTED


def test_a_lone_capital_i_elsewhere_is_no_rank():
    from chinalac.claims import check

    results = check(
        "I Forum members agreed on the plan in 2015. I met the minister.", date="2025-06-01"
    )
    assert all(r.claim.kind.value != "rank" for r in results)


# --- a tie told as held since a date, broken in between -----------------------------------------
# "Saint Lucia has recognised Beijing since 1997": the relations began in 1997, but Saint Lucia
# went back to Taipei in 2007 (reputable rows). Main bore it out by the date alone; the ties
# table's spells (chinalac.domain.ties.spells) show the break.
BROKEN_SINCE = [
    ("Saint Lucia has recognised Beijing since 1997.", "1997", "2007"),
    ("Santa Lucía mantiene relaciones diplomáticas con China desde 1997.", "1997", "2007"),
    ("Granada tem relações diplomáticas com a China desde 1985.", "1985", "1989-08"),
    # a withdrawal ends a membership as a break ends relations
    ("Panama has been part of the Belt and Road since 2017.", "2017", "2025-02"),
]


@pytest.mark.parametrize(("text", "span", "broken"), BROKEN_SINCE)
def test_a_tie_held_since_a_date_is_refuted_by_a_sourced_break(text, span, broken):
    result = checked(text, span, date="2025-06-01")
    assert result.verdict is Verdict.CONTRADICTED
    assert f"since {broken}" in result.reason


@pytest.mark.parametrize(
    ("text", "span", "date", "verdict", "words"),
    [
        # the break rests on a weak row only: shown, not refuted
        (
            "Nicaragua has maintained diplomatic relations with China since 1985.",
            "1985",
            "2025-06-01",
            Verdict.UNVERIFIABLE,
            "weak source",
        ),
        # the text's own date is before the break: the tie held then
        (
            "Saint Lucia has recognised Beijing since 1997.",
            "1997",
            "2005-03-01",
            Verdict.SUPPORTED,
            "",
        ),
        # the date of the tie begun again
        (
            "Nicaragua y China mantienen relaciones diplomáticas desde 2021.",
            "2021",
            "2025-06-01",
            Verdict.SUPPORTED,
            "",
        ),
        # a span told as ended
        (
            "Santa Lucía mantenía relaciones diplomáticas con China desde 1997.",
            "1997",
            "2025-06-01",
            Verdict.SUPPORTED,
            "",
        ),
    ],
)
def test_a_tie_held_since_a_date_with_no_sourced_break_is_not_refuted(
    text, span, date, verdict, words
):
    result = checked(text, span, date=date)
    assert result.verdict is verdict
    assert words in result.reason


def test_with_no_article_date_a_break_is_shown_not_refuted():
    result = checked("Saint Lucia has recognised Beijing since 1997.", "1997", date=None)
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "the article's date is unknown" in result.reason


# --- an item whose verb is left out, after a state doing the same ---------------------------------
# "The Dominican Republic followed in May 2018, and El Salvador in August 2018": main bore out May
# (the relations the sentence before dates) but read August as no tie's. The item takes the act
# done the same; borne out, never refuted (a likely reading).
GAPPED_AFTER_SAME = [
    (
        "Panama established relations with China in June 2017. The Dominican Republic followed in "
        "May 2018, and El Salvador in August 2018.",
        "August 2018",
    ),
    (
        "Panama established relations with China in June 2017. The Dominican Republic followed in "
        "May 2018, and El Salvador in August of that year.",
        "August of that year",
    ),
    (
        "Panamá estableció relaciones con China en junio de 2017. La República Dominicana hizo lo "
        "mismo en mayo de 2018, y El Salvador en agosto de 2018.",
        "agosto de 2018",
    ),
    (
        "O Panamá estabeleceu relações com a China em junho de 2017. A República Dominicana fez o "
        "mesmo em maio de 2018, e El Salvador em agosto de 2018.",
        "agosto de 2018",
    ),
]


@pytest.mark.parametrize(("text", "span"), GAPPED_AFTER_SAME)
def test_an_item_after_a_state_doing_the_same_takes_its_act(text, span):
    result = checked(text, span, date="2025-06-01")
    assert result.verdict is Verdict.SUPPORTED
    assert "2018-08-21" in result.reason


def test_an_item_after_a_state_doing_the_same_is_never_refuted():
    text = (
        "O Panamá estabeleceu relações com a China em junho de 2017. A República Dominicana fez o "
        "mesmo em maio de 2018, e El Salvador em agosto de 2019."
    )
    assert checked(text, "agosto de 2019", date="2025-06-01").verdict is Verdict.UNVERIFIABLE


# --- a switch to Beijing that ends the ties with Taipei ------------------------------------------
# "switched recognition to Beijing in 2007, ending six decades of ties with Taipei": the ties
# with Taipei are the ones the switch ended; main read the sentence as relations with Taiwan
# and left the year unread.
@pytest.mark.parametrize(
    ("year", "verdict"), [("2007", Verdict.SUPPORTED), ("2008", Verdict.CONTRADICTED)]
)
def test_a_switch_to_beijing_ending_ties_with_taipei_dates_the_relations(year, verdict):
    text = (
        f"Costa Rica switched recognition to Beijing in {year}, ending six decades of ties with "
        "Taipei."
    )
    result = checked(text, year, date="2025-06-01")
    assert result.verdict is verdict
    assert "2007-06-01" in result.reason


def test_relations_with_taiwan_alone_are_still_no_prc_tie():
    text = "Honduras established diplomatic relations with Taiwan in 1941."
    assert checked(text, "1941", date="2025-06-01").verdict is Verdict.UNVERIFIABLE


# --- a break with Taipei told by cutting or trading sides, beside a count of years ----------------
# "El Salvador cut its 85-year ties with Taiwan in August 2018": main read the count of years
# and left the date unread (a date beside a figure is a claim only after a verb it knows).
BREAK_BESIDE_YEARS = [
    (
        "El Salvador cut its 85-year ties with Taiwan in August 2018 to recognise Beijing.",
        "August 2018",
    ),
    ("El Salvador cortó sus 85 años de relaciones con Taiwán en agosto de 2018.", "agosto de 2018"),
    ("El Salvador cortou seus 85 anos de relações com Taiwan em agosto de 2018.", "agosto de 2018"),
    (
        "A Costa Rica trocou Taiwan pela China em 2007, encerrando seis décadas de laços com Taipé.",
        "2007",
    ),
]


@pytest.mark.parametrize(("text", "span"), BREAK_BESIDE_YEARS)
def test_a_break_with_taipei_beside_a_count_of_years_is_dated(text, span):
    result = checked(text, span, date="2025-06-01")
    assert result.verdict is Verdict.SUPPORTED
    assert "SLV" in result.reason or "CRI" in result.reason


def test_a_cut_of_something_else_is_no_date_claim():
    from chinalac.claims import check

    results = check("China cut tariffs on Chilean copper by 10% in 2018.", date="2025-06-01")
    assert [r.claim.text for r in results if r.claim.kind.value == "date"] == []


# --- a date only the row flagged as conflicting gives ---------------------------------------------
# The thirtieth mutation run found "Panama joined the Belt and Road Initiative in December 2018"
# refuted by the memorandum row of 2017-11-17, though a row flagged CONFLICT (DW) dates it
# 2018-12-03. A date told as either row tells it is disputed, both shown, never refuted.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Panama joined the Belt and Road Initiative in December 2018.", "December 2018"),
        ("Panamá se sumó a la Franja y la Ruta en diciembre de 2018.", "diciembre de 2018"),
        ("O Panamá aderiu à Iniciativa Cinturão e Rota em 2018.", "2018"),
    ],
)
def test_a_date_only_the_conflicting_row_gives_is_disputed(text, span):
    result = checked(text, span, date="2025-06-01")
    assert result.verdict is Verdict.DISPUTED
    assert "2017-11-17" in result.reason and "2018-12-03" in result.reason


def test_a_date_neither_row_gives_is_still_refuted():
    text = "Panama joined the Belt and Road Initiative in March 2018."
    assert checked(text, "March 2018", date="2025-06-01").verdict is Verdict.CONTRADICTED
