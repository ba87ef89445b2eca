"""Readings the lead found at stop 47 by probing the checker with sentences of our own, in the
shapes issue 15 lists (real figures and dates from the store; the sentences are ours)."""

from __future__ import annotations

import pytest

from chinalac.claims import check
from chinalac.claims.models import Verdict
from tests.claims.conftest import checked

# --- relations held since a year, the kind unnamed ---------------------------------------------
# "Mexico and China have had relations since 1972" named no tie (main: no metric recognised), while
# "have had diplomatic relations since 1972" was borne out. Held relations of a state with China,
# with nothing but "with China" between "relations" and "since", are the diplomatic tie
# (ties_common.HELD_RELATIONS_SINCE). Mexico 1972-02-14, Brazil 1974-08-15, Peru 1971-11-02.
HELD = [
    ("Mexico and China have had relations since 1972.", "1972"),
    ("Peru has had relations with Beijing since 1971.", "1971"),
    ("México y China tienen relaciones desde 1972.", "1972"),
    ("El Perú mantiene relaciones con China desde 1971.", "1971"),
    ("O Brasil e a China mantêm relações desde 1974.", "1974"),
    ("O México tem relações com a China desde 1972.", "1972"),
]


@pytest.mark.parametrize(("text", "span"), HELD)
def test_relations_held_since_a_year_are_the_diplomatic_tie(text, span):
    result = checked(text, span)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "diplomatic_relations_prc" in result.reason


# A word of the relations' kind or quality between "relations" and "since", or another partner
# than China, is no diplomatic tie with China; and a held tie's "since" is only borne out, as
# with "diplomatic relations since" (a later year may be the start of something else).
NOT_THE_TIE = [
    ("México y China tienen relaciones estrechas desde 2013.", "2013"),
    ("México y China tienen relaciones comerciales desde 1960.", "1960"),
    ("Peru has had relations with Japan since 1873.", "1873"),
    ("O Brasil tem relações com Portugal desde 1825.", "1825"),
    ("Mexico and China have had relations since 1980.", "1980"),
]


@pytest.mark.parametrize(("text", "span"), NOT_THE_TIE)
def test_other_relations_or_a_later_since_are_not_judged_by_the_tie(text, span):
    result = checked(text, span)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- a state that follows another's switch ---------------------------------------------------
# "seguido pela República Dominicana em maio de 2018" and "El Salvador siguió el mismo camino en
# agosto de 2018" take the switch of the clause before (ties_date.GAPPED_ITEM, _SAME_AGAIN): main
# read their dates as no tie's. A likely reading only: a wrong date is left unjudged.
FOLLOWED = [
    (
        "Panama broke with Taiwan in June 2017, and El Salvador followed the same path in"
        " August 2018.",
        "August 2018",
    ),
    (
        "Panamá rompió con Taiwán en junio de 2017, seguido por República Dominicana en mayo"
        " de 2018.",
        "mayo de 2018",
    ),
    (
        "Panamá rompió con Taiwán en junio de 2017 y El Salvador siguió el mismo camino en"
        " agosto de 2018.",
        "agosto de 2018",
    ),
    (
        "O Panamá rompeu com Taiwan em junho de 2017, seguido pela República Dominicana em maio"
        " de 2018.",
        "maio de 2018",
    ),
    (
        "O Panamá rompeu com Taiwan em junho de 2017, e El Salvador seguiu o mesmo caminho em"
        " agosto de 2018.",
        "agosto de 2018",
    ),
]


@pytest.mark.parametrize(("text", "span"), FOLLOWED)
def test_a_state_that_follows_takes_the_switch_before(text, span):
    result = checked(text, span)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Panamá rompió con Taiwán en junio de 2017, seguido por República Dominicana en mayo"
            " de 2019.",
            "mayo de 2019",
        ),
        (
            "O Panamá rompeu com Taiwan em junho de 2017, e El Salvador seguiu o mesmo caminho em"
            " agosto de 2019.",
            "agosto de 2019",
        ),
    ],
)
def test_a_wrong_date_of_a_state_that_follows_is_not_refuted(text, span):
    assert checked(text, span).verdict is Verdict.UNVERIFIABLE


# --- loans for named works; a loan "from China" to a state -------------------------------------
# "US$4.7 billion in loans from China for two hydroelectric dams" is a part of Argentina's
# lending of 2014, not the year's 7.0 billion (BU-IAD): main refuted it in all three languages
# (extract.LOANS_FOR_A_WORK reads it as the loans of some works, which no row refutes). A
# purpose set off by a comma may be the whole year's ("US$7 billion, for dams and a railway").
FOR_A_WORK = [
    (
        "In 2014 Argentina received US$4.7 billion in loans from China for two hydroelectric dams.",
        "US$4.7 billion",
    ),
    (
        "En 2014 Argentina recibió de China préstamos por US$4.700 millones para dos represas"
        " hidroeléctricas.",
        "US$4.700 millones",
    ),
    (
        "Em 2014 a Argentina recebeu da China empréstimos de US$ 4,7 bilhões para duas"
        " hidrelétricas.",
        "US$ 4,7 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "span"), FOR_A_WORK)
def test_loans_for_named_works_are_not_the_years_lending(text, span):
    result = checked(text, span, date="2024-05-10")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.metric == "loan_single"
    assert result.claim.entity == "ARG"


@pytest.mark.parametrize(
    ("text", "span", "verdict"),
    [
        ("In 2014 China lent Argentina US$7 billion, for dams and a railway.", "US$7 billion",
         Verdict.SUPPORTED),
        ("In 2014 Argentina received US$4.7 billion in loans from China.", "US$4.7 billion",
         Verdict.CONTRADICTED),
    ],
)  # fmt: skip
def test_the_years_lending_is_still_judged(text, span, verdict):
    assert checked(text, span, date="2024-05-10").verdict is verdict


# "Brazil received a US$500 million loan from China" was read as China's loan (main: no stored
# fact for China); a loan from China is the state's, as its lending is (BU-IAD: 500 million to
# Brazil in 2022).
@pytest.mark.parametrize(
    "text",
    [
        "In 2022 Brazil received a US$500 million loan from China.",
        "In 2022 Brazil obtained a loan of US$500 million from China.",
    ],
)
def test_a_loan_from_china_is_the_receiving_states(text):
    result = checked(text, "US$500 million", date="2024-05-10")
    assert result.claim.entity == "BRA"
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- the date of another past event is a claim of its own ---------------------------------------
# "a strategy the Chinese government adopted in 2013 to invest in more than 150 countries": main
# took 2013 for the period of the count and made no claim of it (extract.EVENT_IN_BEFORE; dev
# rows u2153, u2229, u3063 were missed).
EVENT_DATES = [
    (
        "The Belt and Road Initiative, a strategy the Chinese government adopted in 2013, now"
        " reaches more than 150 countries.",
        "2013",
    ),
    (
        "El tratado, firmado en 2010 y ratificado por la Asamblea Legislativa en junio de 2011,"
        " cubre 8.000 productos.",
        "junio de 2011",
    ),
    ("Criado em 2015, o Fórum China-CELAC completa dez anos.", "2015"),
    ("Creado en 2015, el Foro China-CELAC cumple diez años.", "2015"),
    ("Launched in 2015, the China-CELAC Forum turns ten this year.", "2015"),
]


@pytest.mark.parametrize(("text", "span"), EVENT_DATES)
def test_the_date_of_a_past_event_is_a_claim_of_its_own(text, span):
    result = checked(text, span)
    assert result.claim.kind.value == "date"
    assert result.verdict is not Verdict.CONTRADICTED


# --- a year beside the n-th meeting's ordinal ---------------------------------------------------
# "la primera reunión ministerial del Foro China-CELAC, que se celebró en 2015": the year the
# meeting was held is a claim of its own (extract.EVENT_IN_BEFORE) and the meeting rule bears it
# out by the stored meeting's year (meeting_ordinal._year; round 49c's u11120: main read no
# claim). Another year is left unjudged: it may be another event's.
MEETING_YEARS = [
    (
        "Según el embajador, la primera reunión ministerial del Foro China-CELAC, que se celebró"
        " en 2015, fue un hito.",
        "2015",
        Verdict.SUPPORTED,
    ),
    (
        "The second ministerial meeting of the China-CELAC Forum, held in Santiago in 2018,"
        " adopted a plan.",
        "2018",
        Verdict.SUPPORTED,
    ),
    (
        "A segunda reunião ministerial do Fórum China-CELAC, realizada em Santiago em 2018,"
        " aprovou um plano.",
        "2018",
        Verdict.SUPPORTED,
    ),
    (
        "A primeira reunião ministerial do Fórum China-CELAC, realizada em Pequim em 2016,"
        " aprovou um plano.",
        "2016",
        Verdict.UNVERIFIABLE,
    ),
]


@pytest.mark.parametrize(("text", "span", "verdict"), MEETING_YEARS)
def test_a_year_beside_a_meetings_ordinal(text, span, verdict):
    assert checked(text, span).verdict is verdict


# --- "a decade" ------------------------------------------------------------------------------------
# "a decade", "una década", "uma década" are a duration of one decade, as "two decades" is of two
# (number_words.ONE_DECADE; dev rows u2052, u5802, u10115 were missed). Beside dates only, the
# dates stay claims of their own: "en 2020 no concedieron préstamos" claims no lending in 2020
# (stored 0, CRS), as it did before the decade was read.
DECADES = [
    ("Trade with China grew tenfold in a decade.", "a decade"),
    ("China has been Brazil's top partner for more than a decade.", "more than a decade"),
    ("El comercio con China se multiplicó en una década.", "una década"),
    ("O comércio com a China cresceu em mais de uma década.", "mais de uma década"),
]


@pytest.mark.parametrize(("text", "span"), DECADES)
def test_a_decade_is_a_duration_of_one_decade(text, span):
    result = checked(text, span)
    assert (result.claim.kind.value, result.claim.value, result.claim.unit) == (
        "duration",
        1.0,
        "decades",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


def test_a_decade_beside_a_year_of_no_lending_leaves_the_zero_claimed():
    text = (
        "Hace más de una década, los bancos chinos pasaron a ser grandes prestamistas en América"
        " Latina, aunque en 2020 no concedieron préstamos para el desarrollo."
    )
    assert checked(text, "2020").verdict is Verdict.SUPPORTED


# --- a total named right before its figure --------------------------------------------------------
# "… and imported US$53 billion, bringing total trade to US$170 billion": the flow verb of the
# clause made the total China's exports (main: no stored fact), and the parts' sum (157) went
# unchecked. The total trade named right before the figure is its metric
# (extract._total_word_before); the text's own parts then show it inconsistent, and a right
# total is borne out (Brazil 2023: 104 + 53 = 157, CRI).
PARTS = [
    (
        "In 2023 Brazil exported US$104 billion to China and imported US$53 billion, bringing"
        " total trade to US$170 billion.",
        "US$170 billion",
    ),
    (
        "En 2023 Brasil exportó a China US$104.000 millones e importó US$53.000 millones, para"
        " un intercambio total de US$170.000 millones.",
        "US$170.000 millones",
    ),
    (
        "Em 2023, o Brasil exportou US$ 104 bilhões para a China e importou US$ 53 bilhões, com"
        " um comércio total de US$ 170 bilhões.",
        "US$ 170 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "span"), PARTS)
def test_a_total_named_before_its_figure_is_checked_against_its_parts(text, span):
    result = checked(text, span, date="2024-08-10")
    assert result.verdict is Verdict.INCONSISTENT, result.reason


def test_a_right_total_named_before_its_figure_is_borne_out():
    text = (
        "Em 2023, o Brasil exportou US$ 104 bilhões para a China e importou US$ 53 bilhões, com"
        " um comércio total de US$ 157 bilhões."
    )
    result = checked(text, "US$ 157 bilhões", date="2024-08-10")
    assert result.claim.metric == "trade_total"
    assert result.verdict is Verdict.SUPPORTED


# --- a surplus after imports "from China" ------------------------------------------------------
# "Chile's exports to China totalled US$38 billion in 2023, and its imports from China US$19
# billion, for a surplus of US$19 billion": main took China, named as the origin before the
# balance word, for the clause's subject, read China's surplus (Chile's deficit) and called a
# right surplus inconsistent (a false "inconsistent"; extract._signed_balance). China after
# "from" / "desde" is no subject. China as the subject still owns its surplus.
def test_a_surplus_after_imports_from_china_is_the_states():
    text = (
        "Chile's exports to China totalled US$38 billion in 2023, and its imports from China"
        " US$19 billion, for a surplus of US$19 billion."
    )
    results = [r for r in check(text, date="2024-08-10") if r.claim.text == "US$19 billion"]
    assert [r.claim.metric for r in results] == ["trade_china_exports", "trade_surplus"]
    assert all(r.verdict is not Verdict.INCONSISTENT for r in results)


def test_chinas_own_surplus_is_the_states_deficit():
    text = "China registró en 2023 un superávit de US$ 9.000 millones con Chile."
    assert checked(text, "US$ 9.000 millones", date="2024-08-10").claim.metric == "trade_deficit"


# --- a bare ordinal of states ------------------------------------------------------------------
# "In May 2023 Ecuador became the fifth in Latin America to sign a free trade agreement with
# China" (mutation run 27): the ordinal names no state noun, so ties-rank did not order it and
# ties-date bore it out by Ecuador's date (a false "supported"; Ecuador signed fourth, after
# Chile, Peru and Costa Rica). The region right after the ordinal makes it a rank of states
# (ties_rank.ranks_states).
@pytest.mark.parametrize(
    ("text", "span", "verdict"),
    [
        ("In May 2023 Ecuador became the fifth in Latin America to sign a free trade agreement"
         " with China.", "fifth", Verdict.UNVERIFIABLE),
        ("En mayo de 2023 Ecuador se convirtió en el quinto de América Latina en firmar un"
         " tratado de libre comercio con China.", "quinto", Verdict.UNVERIFIABLE),
        ("In May 2023 Ecuador became the fourth in Latin America to sign a free trade agreement"
         " with China.", "fourth", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_bare_ordinal_of_states_is_ordered_by_the_table(text, span, verdict):
    result = checked(text, span, date="2024-01-01")
    assert result.verdict is verdict, result.reason


# "Colombia became the 22nd country in the region to join the Belt and Road Initiative in May
# 2025": main read "22nd country" as the 22nd of May and refuted Colombia's memorandum of 14 May
# (a false "contradicted"). A day is read beside a month's name only (ties_date.DAY_INSIDE); the
# rank is ordered by the table. A wrong day of the month still refutes.
@pytest.mark.parametrize(
    ("text", "span", "verdict"),
    [
        ("Colombia became the 22nd country in the region to join the Belt and Road Initiative in"
         " May 2025.", "22nd country", Verdict.UNVERIFIABLE),
        ("Colombia se convirtió en mayo de 2025 en el 22º país de la región en sumarse a la Franja"
         " y la Ruta.", "22º país", Verdict.UNVERIFIABLE),
        ("Colombia joined the Belt and Road Initiative on 14 May 2025.", "May 2025",
         Verdict.SUPPORTED),
        ("Colombia se adhirió a la Franja y la Ruta el 22 de mayo de 2025.", "mayo de 2025",
         Verdict.CONTRADICTED),
    ],
)  # fmt: skip
def test_an_ordinal_beside_a_noun_is_no_day_of_the_month(text, span, verdict):
    assert checked(text, span).verdict is verdict


# A tie's past event beside a count of years: "Costa Rica broke ties with Taiwan in June 2007
# after 63 years" made no claim of the date, taken for the period of the count, while the same
# sentence without the count was judged (extract.EVENT_IN_BEFORE: break, switch, join,
# re-establish, recognise). The date is judged as it is alone: borne out, or refuted when wrong.
@pytest.mark.parametrize(
    ("text", "span", "verdict"),
    [
        ("Costa Rica broke ties with Taiwan in June 2007 after 63 years.", "June 2007",
         Verdict.SUPPORTED),
        ("Costa Rica broke ties with Taiwan in June 2008 after 63 years.", "June 2008",
         Verdict.CONTRADICTED),
        ("Nicaragua re-established relations with China on 10 December 2021, the 182nd country"
         " to recognise Beijing.", "December 2021", Verdict.SUPPORTED),
        ("Panamá rompió con Taiwán en junio de 2017 tras más de un siglo de relaciones y 20"
         " acuerdos.", "junio de 2017", Verdict.SUPPORTED),
        ("O Panamá rompeu com Taiwan em junho de 2017, após 100 anos de relações.",
         "junho de 2017", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_a_ties_event_beside_a_count_of_years_is_dated(text, span, verdict):
    assert checked(text, span).verdict is verdict


# --- purchases from China with the buyer as an adjective -------------------------------------------
# "Las compras chilenas a China sumaron US$19.800 millones en 2023" named no metric (issue 15's
# "compras a China"), while "las compras de Chile a China" was read. The buyer may be an
# adjective (extract.FLOW_FROM_CHINA): Chile's imports from China, 19,830 m (Banco Central de
# Chile).
@pytest.mark.parametrize(
    ("text", "span", "verdict"),
    [
        ("Las compras chilenas a China sumaron US$19.800 millones en 2023.",
         "US$19.800 millones", Verdict.SUPPORTED),
        ("Las compras chilenas a China sumaron US$25.000 millones en 2023.",
         "US$25.000 millones", Verdict.CONTRADICTED),
        ("As compras chilenas da China chegaram a US$ 19,8 bilhões em 2023.",
         "US$ 19,8 bilhões", Verdict.SUPPORTED),
    ],
)  # fmt: skip
def test_purchases_from_china_by_an_adjectives_buyer(text, span, verdict):
    result = checked(text, span, date="2024-03-10")
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is verdict, result.reason
