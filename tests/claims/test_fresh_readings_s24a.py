"""General readings found on the fresh dev texts 223-227 of the unseen set (branch
issue-15-s24a: English pages on the Dominican Republic, Bolivia, El Salvador, Uruguay and Costa
Rica), each with real-shaped sentences (our own) in English, Spanish and Portuguese, checked
against the package's knowledge base; guards for what must not change.

* A break with Taipei told with "cut", "sever", "cortar" states the switch's event, as "broke"
  and "romper" do: "severed diplomatic ties with Taiwan on 18 May 2018", "cortó sus relaciones
  diplomáticas con Taiwán el 18 de mayo de 2018", "cortou relações diplomáticas com Taiwan em 18
  de maio de 2018" are refuted by the Dominican tie of 1 May 2018 (main left them unjudged).
* A break with Taipei is dated by its announcement, some days from the communique that dates the
  PRC tie: "Costa Rica broke diplomatic relations with Taiwan on June 7, 2007" (communique of 1
  June, made public on 6-7 June) is left unjudged within a week (main refuted it).
* An event denied or refused in the date's clause dates nothing: "Honduras refused to break ties
  with Taiwan in 2019", "se negó a romper", "recusou-se a romper", "Peru did not sign the FTA in
  2010", "não assinou" (main refuted them by the stored ties).
* The other day of a range of days is no count: "from May 19 to 21", "May 19-21", "del 19 al 21
  de mayo", "de 19 a 21 de maio" (main read 21 or 19 as a count of FTAs and refuted it by the
  stored 3).
* "The two heads of state", "los dos jefes de Estado", "os dois chefes de Estado", "los dos
  presidentes" are set phrases, as "the two sides" was (main read "two" as a count of
  comprehensive strategic partnerships and refuted it by the stored 7).
* A rank among China's partners is not China's rank for the state: "Bolivia was China's largest
  trading partner", a rank "in Central America", "en Centroamérica", "na América Central" (main
  bore them out by China's rank for the state), and a plural noun is a place among several, not
  a rank: "one of Uruguay's main trading partners", "far from the main buyers" (main bore them out
  by China's rank 1).
* "for 11 consecutive years", "three straight months" are durations (main read "11 consecutive
  years" as a count of the region's top trading partners and refuted it by the stored 3); Spanish
  and Portuguese write the noun first ("11 años consecutivos") and were read (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

DATE = "2025-06-10"

# --- a break with Taipei told with "cut", "sever", "cortar" -----------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The Dominican Republic severed diplomatic ties with Taiwan on 18 May 2018.",
            "May 2018",
        ),
        (
            "After cutting its diplomatic ties with Taiwan in favour of the People's Republic of"
            " China on 18 May 2018, the Dominican Republic has bought far more from China.",
            "May 2018",
        ),
        (
            "La República Dominicana cortó sus relaciones diplomáticas con Taiwán el 18 de mayo"
            " de 2018.",
            "mayo de 2018",
        ),
        (
            "A República Dominicana cortou relações diplomáticas com Taiwan em 18 de maio de 2018.",
            "maio de 2018",
        ),
        ("Costa Rica cut ties with Taiwan in June 2008.", "June 2008"),
    ],
)
def test_a_break_told_with_cut_or_sever_is_the_switch(kb, text, figure):
    result = one(check(text, kb, date=DATE), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The Dominican Republic severed diplomatic ties with Taiwan on 1 May 2018.", "May 2018"),
        ("The Dominican Republic cut ties with Taiwan on 1 May 2018.", "May 2018"),
        (
            "La República Dominicana cortó sus relaciones diplomáticas con Taiwán el 1 de mayo"
            " de 2018.",
            "mayo de 2018",
        ),
        (
            "A República Dominicana rompeu relações diplomáticas com Taiwan em 1º de maio de 2018.",
            "maio de 2018",
        ),
    ],
)
def test_a_break_on_the_stored_day_is_borne_out(kb, text, figure):
    result = one(check(text, kb, date=DATE), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "cut" with no tie named is no break: a figure of trade, not a date of ties
        ("The Dominican Republic cut tariffs on goods from Taiwan in May 2018.", "May 2018"),
        (
            "La República Dominicana cortó aranceles a productos de Taiwán en mayo de 2018.",
            "mayo de 2018",
        ),
    ],
)
def test_cut_without_ties_is_no_break(kb, text, figure):
    result = one(check(text, kb, date=DATE), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- the day of a break within a week of the communique --------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Costa Rica broke diplomatic relations with Taiwan on June 7, 2007.", "June 7, 2007"),
        ("Costa Rica severed diplomatic relations with Taiwan on June 6, 2007.", "June 6, 2007"),
        (
            "Costa Rica rompió relaciones diplomáticas con Taiwán el 7 de junio de 2007.",
            "junio de 2007",
        ),
        (
            "A Costa Rica rompeu relações diplomáticas com Taiwan em 7 de junho de 2007.",
            "junho de 2007",
        ),
    ],
)
def test_a_break_within_a_week_of_the_communique_is_not_refuted(kb, text, figure):
    result = one(check(text, kb, date=DATE), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # further than a week: refuted as before
        ("Honduras broke diplomatic ties with Taiwan on March 14, 2023.", "March 14, 2023"),
        # an establishment is dated by the communique: its day is compared as before
        (
            "Costa Rica established diplomatic relations with China on June 7, 2007.",
            "June 7, 2007",
        ),
        (
            "Costa Rica estableció relaciones diplomáticas con China el 7 de junio de 2007.",
            "junio de 2007",
        ),
    ],
)
def test_other_days_are_still_refuted(kb, text, figure):
    result = one(check(text, kb, date=DATE), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- an event denied or refused dates nothing ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Honduras refused to break ties with Taiwan in 2019.", "2019"),
        ("Paraguay refused to break its ties with Taiwan in 2023.", "2023"),
        ("Honduras se negó a romper relaciones con Taiwán en 2019.", "2019"),
        ("Honduras recusou-se a romper relações com Taiwan em 2019.", "2019"),
        ("Peru did not sign the FTA with China in 2010.", "2010"),
        ("O Peru não assinou o TLC com a China em 2010.", "2010"),
    ],
)
def test_a_denied_event_is_not_refuted(kb, text, figure):
    result = one(check(text, kb, date=DATE), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # "not only" is no denial
        (
            "Costa Rica no solo firmó el TLC con China en 2010, sino que lo aplicó.",
            "2010",
            Verdict.SUPPORTED,
        ),
        ("Peru signed the FTA with China in 2010.", "2010", Verdict.CONTRADICTED),
        ("Honduras broke ties with Taiwan in 2019.", "2019", Verdict.CONTRADICTED),
        (
            "Honduras rompió relaciones con Taiwán en 2023.",
            "2023",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_guard_events_told_plainly_are_judged(kb, text, figure, verdict):
    result = one(check(text, kb, date=DATE), figure)
    assert result.verdict is verdict, result.reason


# --- the other day of a range of days ------------------------------------------------------------

RANGE_DATE = "2022-05-25"


@pytest.mark.parametrize(
    "text",
    [
        "China and Latin America held the second round of their FTA talks from May 19 to 21.",
        "China and Latin America held their FTA talks May 19-21.",
        "China y América Latina celebraron del 19 al 21 de mayo la segunda ronda de negociaciones"
        " del TLC.",
        "A China e a América Latina realizaram de 19 a 21 de maio a segunda rodada de negociações"
        " do TLC.",
    ],
)
def test_the_other_day_of_a_range_is_no_count(kb, text):
    results = check(text, kb, date=RANGE_DATE)
    assert not [r for r in results if r.verdict is Verdict.CONTRADICTED], [
        (r.claim.text, r.reason) for r in results
    ]
    assert not [r for r in results if r.claim.text.strip() in ("21", "19", "19 al")]


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # a count next to a month with no range is still read
        (
            "China and Latin America have signed 3 FTAs, the ministry said on May 21.",
            "3 FTAs",
            Verdict.SUPPORTED,
        ),
        # a range of percents before a month is no range of days
        ("Las exportaciones crecieron entre 5 y 10 por ciento en mayo.", None, None),
    ],
)
def test_guard_numbers_near_a_month_are_kept(kb, text, figure, verdict):
    results = check(text, kb, date=RANGE_DATE)
    if figure is None:
        assert any("10 por ciento" in r.claim.text for r in results)
    else:
        assert one(results, figure).verdict is verdict


# --- the two heads of state ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In October 2022, the two heads of state agreed that China and Latin America would build a"
        " comprehensive strategic partnership.",
        "En octubre de 2022, los dos jefes de Estado acordaron que China y América Latina"
        " construirían una asociación estratégica integral.",
        "Em outubro de 2022, os dois chefes de Estado acordaram que a China e a América Latina"
        " construiriam uma parceria estratégica abrangente.",
        "En octubre de 2022, los dos presidentes acordaron que China y América Latina"
        " construirían una asociación estratégica integral.",
    ],
)
def test_the_two_heads_of_state_are_no_count(kb, text):
    results = check(text, kb, date="2022-11-01")
    assert not [r for r in results if r.verdict is Verdict.CONTRADICTED], [
        (r.claim.text, r.reason) for r in results
    ]


def test_guard_a_count_of_partnerships_is_still_read(kb):
    text = (
        "By October 2022, China had set up a comprehensive strategic partnership with 7 Latin"
        " American countries."
    )
    results = check(text, kb, date="2022-11-01")
    assert [r for r in results if r.claim.text.strip().startswith("7")], [
        r.claim.text for r in results
    ]


# --- a rank among China's partners, a place among several -----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "date"),
    [
        (
            "In 2022, Bolivia was China's largest trading partner.",
            "largest trading partner",
            "2024-03-10",
        ),
        (
            "In 2023, Costa Rica was China's second largest trading partner in Central America.",
            "second largest trading partner",
            "2024-03-10",
        ),
        (
            "Para China, Costa Rica fue en 2023 el segundo socio comercial en Centroamérica.",
            "segundo socio comercial",
            "2024-03-10",
        ),
        (
            "Para a China, a Costa Rica foi em 2023 o segundo parceiro comercial na América"
            " Central.",
            "segundo parceiro comercial",
            "2024-03-10",
        ),
        (
            "In 2025, China was one of Uruguay's main trading partners.",
            "main trading partners",
            "2026-03-10",
        ),
        (
            "In 2024, China was far from the main buyers of Uruguayan goods.",
            "main buyers",
            "2025-03-10",
        ),
    ],
)
def test_a_rank_among_chinas_partners_or_among_several_is_not_chinas_rank(kb, text, figure, date):
    result = one(check(text, kb, date=date), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "date"),
    [
        (
            "In 2022, China was Bolivia's largest trading partner.",
            "largest trading partner",
            "2024-03-10",
        ),
        (
            "China fue en 2023 el segundo socio comercial de Costa Rica.",
            "segundo socio comercial",
            "2024-03-10",
        ),
        (
            "En 2024, China fue el principal comprador de Uruguay.",
            "principal comprador",
            "2025-03-10",
        ),
        (
            "Em 2022, a China foi o maior parceiro comercial da Bolívia.",
            "maior parceiro comercial",
            "2024-03-10",
        ),
    ],
)
def test_guard_chinas_rank_for_a_state_is_still_borne_out(kb, text, figure, date):
    result = one(check(text, kb, date=date), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "En 2024, China y Brasil fueron los principales compradores de Uruguay.",
        "Em 2024, a China e o Brasil foram os principais compradores do Uruguai.",
    ],
)
def test_guard_plural_places_in_spanish_and_portuguese_stay_unjudged(kb, text):
    results = check(text, kb, date="2025-03-10")
    assert not [
        r for r in results if r.verdict is Verdict.SUPPORTED and r.claim.kind.value == "rank"
    ]


# --- a duration with an adjective before its noun --------------------------------------------------


def test_consecutive_years_are_a_duration(kb):
    text = (
        "By 2025, China had been Latin America's second largest trading partner for 11"
        " consecutive years."
    )
    result = one(check(text, kb, date="2025-03-10"), "11 consecutive years")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.kind.value == "duration"


def test_straight_months_are_months(kb):
    text = "Brazil's exports to China rose for three straight months in 2024."
    result = one(check(text, kb, date="2025-03-10"), "three straight months")
    assert result.claim.kind.value == "duration"
    assert result.claim.unit == "months"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Para 2025, China llevaba 11 años consecutivos como segundo socio comercial de América"
            " Latina.",
            "11 años",
        ),
        (
            "Em 2025, a China completou 11 anos consecutivos como segundo parceiro comercial da"
            " América Latina.",
            "11 anos",
        ),
    ],
)
def test_guard_spanish_and_portuguese_durations(kb, text, figure):
    result = one(check(text, kb, date="2025-03-10"), figure)
    assert result.claim.kind.value == "duration"


def test_guard_a_count_of_top_partners_is_still_read(kb):
    text = "By 2025, China had been the top trading partner of 3 Latin American countries."
    result = one(check(text, kb, date="2025-03-10"), "3 Latin American countries")
    assert result.verdict is Verdict.SUPPORTED, result.reason
