"""Readings the lead found at stop 55 by probing the checker with sentences of our own (real
dates from the store; the sentences are ours): Brazil's relations (1974-08-15), Mexico's
(1972-02-14)."""

from __future__ import annotations

import pytest

from chinalac.claims.check import check
from chinalac.claims.models import Verdict
from chinalac.claims.number_words import find_word_numbers
from tests.claims.conftest import checked

# --- half a century: fifty years, as "50 years" ------------------------------------------------
# "cultivam há meio século uma amizade estratégica" (u14011): main read no number in "meio
# século", "medio siglo" or "half a century", so a keyed duration was a missed claim and the
# fifty years of a tie were never dated.
HALF_CENTURY_OF_TIES = [
    ("China e Brasil celebram meio século de relações diplomáticas.", "meio século"),
    ("China y Brasil celebran medio siglo de relaciones diplomáticas.", "medio siglo"),
    ("China and Brazil marked half a century of diplomatic relations.", "half a century"),
]


@pytest.mark.parametrize(("text", "span"), HALF_CENTURY_OF_TIES)
def test_half_a_century_of_ties_is_fifty_years_dated_by_the_ties_table(text, span):
    result = checked(text, span, date="2024-11-21")
    assert result.claim.value == 50
    assert result.claim.unit == "years"
    assert result.verdict is Verdict.SUPPORTED
    assert "1974-08-15" in result.reason


@pytest.mark.parametrize(("text", "span"), HALF_CENTURY_OF_TIES)
def test_half_a_century_is_round_and_never_refutes_a_tie(text, span):
    # Written in 2015, fifty years back is 1965, nine years before Brazil's relations: a round
    # phrase is no ground to refute them.
    result = checked(text, span, date="2015-02-14")
    assert result.claim.value == 50
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("cultivam há meio século uma amizade", "pt", "meio século"),
        ("desde hace medio siglo", "es", "medio siglo"),
        ("for half a century now", "en", "half a century"),
    ],
)
def test_half_a_century_is_one_number_word_of_fifty(text, lang, span):
    found = find_word_numbers(text, lang)
    assert [(text[w.start : w.end], w.value) for w in found] == [(span, 50)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two centuries after independence, trade grew.", "en"),
        ("Dos siglos después de la independencia, el comercio creció.", "es"),
        ("In the 21st century, trade grew.", "en"),
        ("No meio do século passado, o comércio era pequeno.", "pt"),
    ],
)
def test_other_centuries_are_no_half_century(text, lang):
    assert all(w.value != 50 for w in find_word_numbers(text, lang))
    assert not any(r.claim.value == 50 for r in check(text, date="2024-11-21", lang=lang))


# --- relations told as beginning: their establishment --------------------------------------------
# "las relaciones diplomáticas con China iniciaron en 1998" (u5703; Uruguay's are of 1988): main
# found no event verb and left the year unread, in the three languages.
RELATIONS_BEGAN = [
    ("Las relaciones diplomáticas entre Uruguay y China comenzaron en 1998.", "1998"),
    ("Las relaciones diplomáticas de Uruguay con China se iniciaron en 1998.", "1998"),
    ("As relações diplomáticas entre o Uruguai e a China começaram em 1998.", "1998"),
    ("Diplomatic relations between Uruguay and China began in 1998.", "1998"),
]


@pytest.mark.parametrize(("text", "span"), RELATIONS_BEGAN)
def test_relations_that_began_in_another_year_are_refuted_by_the_ties_table(text, span):
    result = checked(text, span, date="2025-03-10")
    assert result.verdict is Verdict.CONTRADICTED
    assert "URY diplomatic_relations_prc" in result.reason and "1988" in result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Las relaciones diplomáticas entre Uruguay y China se iniciaron en 1988.", "1988"),
        ("As relações diplomáticas entre o Brasil e a China tiveram início em 1974.", "1974"),
        (
            "Diplomatic relations between Costa Rica and China began on June 1, 2007.",
            "June 1, 2007",
        ),
    ],
)
def test_relations_that_began_on_the_stored_date_are_borne_out(text, span):
    assert checked(text, span, date="2025-03-10").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a beginning of something else, or relations of a kind
        ("Diplomatic relations between Costa Rica and China began to deepen in 2010.", "2010"),
        ("Trade relations between Uruguay and China began in 1998.", "1998"),
        ("Las relaciones comerciales entre Uruguay y China comenzaron en 1998.", "1998"),
        # Taiwan's relations are no PRC tie
        ("Diplomatic relations between Honduras and Taiwan began in 1941.", "1941"),
    ],
)
def test_other_beginnings_are_not_refuted(text, span):
    assert checked(text, span, date="2025-03-10").verdict is not Verdict.CONTRADICTED


# --- a tie dated before the People's Republic ----------------------------------------------------
# Mexico's relations with the Qing empire (1899) and Peru's (1874) are true; main refuted both by
# "no sourced information" then and the PRC's ties of 1972 and 1971.
BEFORE_THE_PRC = [
    ("México y China establecieron relaciones diplomáticas en 1899.", "1899", "es"),
    ("Peru and China established diplomatic relations in 1874.", "1874", "en"),
    ("O Peru e a China estabeleceram relações diplomáticas em 1874.", "1874", "pt"),
    ("Las relaciones diplomáticas entre México y China comenzaron en 1899.", "1899", "es"),
]


@pytest.mark.parametrize(("text", "span", "lang"), BEFORE_THE_PRC)
def test_a_tie_dated_before_the_peoples_republic_is_neither_borne_out_nor_refuted(text, span, lang):
    result = checked(text, span, date="2025-03-10")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "before the People's Republic of China was proclaimed on 1 October 1949" in result.reason
    assert span in result.reason


def test_a_tie_dated_after_the_proclamation_is_still_refuted():
    # Cuba's relations are of 1960-09-28: 1950 is after the proclamation, and wrong.
    result = checked("Cuba y China establecieron relaciones diplomáticas en 1950.", "1950")
    assert result.verdict is Verdict.CONTRADICTED


def test_a_date_beside_half_a_century_stays_a_claim_of_its_own():
    # "The relationship itself dates back half a century: … signed a joint communique in London
    # on June 27, 1972" (u3705): half a century is as vague a span as "a decade", so the day
    # stays a date of its own, not the period of the span (the first draft of the reading lost
    # the date's claim).
    text = (
        "The relationship between Guyana and China dates back half a century: representatives "
        "of both sides signed a joint communique in London on June 27, 1972."
    )
    spans = [r.claim.text for r in check(text, date="2022-07-01")]
    assert "June 27, 1972" in spans
    assert "half a century" in spans


# --- a visa exemption told with the verb ------------------------------------------------------
# "China will exempt visas for five Latin American countries", "eximirá de visado", "isentos de
# visto": main knew only the nouns ("visa-free", "exención de visado", "isenção de visto") and
# read no metric, so the 2025 pledge (five states) was never found.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "China will exempt visas for five Latin American countries.",
            "five Latin American countries",
        ),
        (
            "China eximirá de visado a cinco países latinoamericanos.",
            "cinco países latinoamericanos",
        ),
        (
            "A China vai isentar de vistos cinco países latino-americanos.",
            "cinco países latino-americanos",
        ),
    ],
)
def test_a_visa_exemption_told_with_the_verb_is_the_2025_pledge(text, span):
    result = checked(text, span, date="2025-05-14")
    assert result.verdict is Verdict.SUPPORTED
    assert "beijing2025_visa_free_5_countries" in result.reason


def test_another_count_of_visa_exempt_states_is_not_refuted():
    # the pledge also promises more states "in due course": six is no contradiction
    result = checked(
        "China will exempt visas for six Latin American countries.", "six Latin American countries"
    )
    assert result.verdict is not Verdict.CONTRADICTED


# --- a part of a month named alone is the month ---------------------------------------------------
# "no final de março" (round r59b's left), "a fines de marzo", "in late March": main read no date
# in a month named with its part, so the day of Honduras's relations (2023-03-26) went unjudged.
PART_OF_MONTH = [
    (
        "Honduras estabeleceu relações diplomáticas com a China no final de março.",
        "no final de março",
    ),
    (
        "Honduras estabeleceu relações diplomáticas com a China em meados de março.",
        "em meados de março",
    ),
    ("Honduras estableció relaciones diplomáticas con China a fines de marzo.", "a fines de marzo"),
    (
        "Honduras estableció relaciones diplomáticas con China a finales de marzo.",
        "a finales de marzo",
    ),
    ("Honduras established diplomatic relations with China in late March.", "in late March"),
    (
        "Honduras established diplomatic relations with China at the end of March.",
        "at the end of March",
    ),
    ("Honduras established diplomatic relations with China in mid-March.", "in mid-March"),
]


@pytest.mark.parametrize(("text", "span"), PART_OF_MONTH)
def test_a_part_of_a_month_is_read_as_the_month_of_the_article_year(text, span):
    result = checked(text, span, date="2023-04-10")
    assert (result.claim.period.end_year, result.claim.period.end_month) == (2023, 3)
    assert result.verdict is Verdict.SUPPORTED
    assert "2023-03-26" in result.reason


def test_a_part_of_another_month_is_refuted_as_the_bare_month_is():
    text = "Honduras estableció relaciones diplomáticas con China a principios de febrero."
    assert checked(text, "a principios de febrero", date="2023-04-10").verdict is (
        checked(
            "Honduras estableció relaciones diplomáticas con China en febrero.",
            "en febrero",
            date="2023-04-10",
        ).verdict
    )


def test_a_part_of_a_year_is_no_month():
    # "in early 2023" names no month: the year is read, as before
    result = checked(
        "Honduras established diplomatic relations with China in early 2023.", "2023", "2023-04-10"
    )
    assert result.claim.period.end_month is None
    assert result.verdict is Verdict.SUPPORTED


# --- the last years of the ties "between" the pair ----------------------------------------------
# "Over the past 50 years, ties between China and Argentina have grown" (as u9811's "over the
# past five decades the ties"): main read the span only after "bilateral" or "diplomatic" ties
# and left the pair's named ties a duration the store does not hold.
LAST_YEARS_BETWEEN = [
    ("Over the past 50 years, ties between China and Argentina have grown.", "50 years"),
    ("Over the past five decades, ties between China and Argentina have grown.", "five decades"),
    ("En los últimos 50 años, las relaciones entre China y Argentina crecieron.", "50 años"),
    ("Nos últimos 50 anos, as relações entre a China e a Argentina cresceram.", "50 anos"),
]


@pytest.mark.parametrize(("text", "span"), LAST_YEARS_BETWEEN)
def test_the_last_years_of_ties_between_the_pair_count_back_to_the_relations(text, span):
    result = checked(text, span, date="2022-02-19")
    assert result.verdict is Verdict.SUPPORTED
    assert "ARG diplomatic_relations_prc" in result.reason and "1972-02-19" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        # fewer years than the ties: they may have grown over any part of their span
        "Over the past 20 years, ties between China and Argentina have grown.",
        # ties of two other states: no China in the sentence
        "Over the past 50 years, ties between Argentina and Brazil have grown.",
    ],
)
def test_other_last_years_between_are_neither_borne_out_nor_refuted(text):
    results = check(text, date="2022-02-19")
    assert [r.verdict for r in results] == [Verdict.UNVERIFIABLE]


# --- "recognise the People's Republic of China" in British spelling ---------------------------
# The cue list held "recognize"/"recognized"/"recognised the People's Republic of China" but not
# "recognise" (whose pattern also reads "recognises"), nor the Spanish and Portuguese plurals:
# main left the rank and the year unread.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Cuba was the first Latin American country to recognise the People's Republic of "
            "China, in 1960.",
            "first Latin American country",
        ),
        (
            "Cuba chose to recognise the People's Republic of China in September 1960.",
            "September 1960",
        ),
        (
            "En 1960 Cuba y el gobierno de La Habana reconocieron a la República Popular China.",
            "1960",
        ),
        ("Em 1974 o Brasil e seu governo reconheceram a República Popular da China.", "1974"),
    ],
)
def test_recognising_the_peoples_republic_dates_the_relations(text, span):
    result = checked(text, span, date="2024-05-10")
    assert result.verdict is Verdict.SUPPORTED
    assert "diplomatic_relations_prc" in result.reason


def test_relations_of_a_region_that_began_are_no_states_tie():
    # the region's first tie, told with the state that opened it: Guyana's relations are of
    # 1972, but the sentence dates the Caribbean's, which the ties table does not hold as such
    # (caught by test_fresh_readings_r28_s20c_f's guard in the whole claims run)
    result = checked(
        "Diplomatic relations between the Caribbean and China began in 1970, with Guyana.", "1970"
    )
    assert result.verdict is not Verdict.CONTRADICTED


# --- the day an anniversary is marked, with no count of years --------------------------------
# Found by the thirty-fifth mutation run: main refuted the briefing's day by Guyana's relations
# of 1972-06-27 when the sentence gives no ordinal or count of years (round r59c's reading needs
# the N).
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "At a briefing on the anniversary of the establishment of diplomatic relations between "
            "China and Guyana, held on June 20, 2022, the ambassador spoke of shared goals.",
            "June 20, 2022",
        ),
        (
            "En una reunión por el aniversario del establecimiento de relaciones diplomáticas entre "
            "China y Guyana, celebrada el 20 de junio de 2022, el embajador habló de metas comunes.",
            "junio de 2022",
        ),
        (
            "Numa reunião pelo aniversário do estabelecimento de relações diplomáticas entre a China "
            "e a Guiana, realizada em 20 de junho de 2022, o embaixador falou de metas comuns.",
            "junho de 2022",
        ),
    ],
)
def test_the_day_an_anniversary_is_marked_is_no_date_of_the_tie(text, span):
    assert checked(text, span, date="2023-03-02").verdict is Verdict.UNVERIFIABLE


def test_a_ties_own_date_in_an_anniversary_sentence_is_still_judged():
    text = (
        "On the anniversary of relations, the ambassador recalled that Guyana established "
        "diplomatic relations with China in 1982."
    )
    assert checked(text, "1982", date="2023-03-02").verdict is Verdict.CONTRADICTED
