"""General readings found on the fresh dev texts 246-249 of the unseen set (branch
issue-15-s25a: English pages on Mexico, Colombia, Argentina and Chile), each with real-shaped
sentences (our own) in English, Spanish and Portuguese, checked against the package's knowledge
base; guards for what must not change.

* A date that opens its sentence frames what a colon after it spells out: "In 2017 the balance
  leaned heavily towards Beijing: China exported US$17 billion of goods to Argentina and imported
  US$8 billion of goods from it", "En 2017 la balanza favoreció a Pekín: Argentina importó …",
  "Em 2017 o saldo pendeu para Pequim: a Argentina importou …" are refuted by the stored 2017
  rows (11,500 and 5,661 million; main left them unjudged, the year standing in another clause).
  Only when the date is the sentence's only one, a single year or month, and nothing but the
  colon (no semicolon, bracket or dash) stands between; a date later in the sentence, or one that
  does not open it, keeps the doubt (guards).
* "free-trade deal", "free trade deal(s)", "free trade pact" name the FTA as "free trade agreement"
  does: "gives China its first free-trade deal in Latin America" (Chile) is borne out by the order
  of the ties table, "signed a free-trade deal with China on 18 November 2005" by Chile's stored
  signature (and refuted with 2006, as "free trade agreement" was on main), "free trade pact …
  took effect on May 1, 2024" by Ecuador's entry into force (main left them all unjudged). Spanish
  and Portuguese write "acuerdo", "tratado", "acordo", read already (guards); a hope to sign one
  dates nothing (guard).
* A day and month with no year, later than the article's date: in the article's own month it is
  this year's day to come ("Colombia will join the Belt and Road Initiative on May 14", "el 14 de
  mayo", "em 14 de maio", in an article of 12 May 2025, are borne out by the stored 2025-05-14;
  main read 2024-05-14 and refuted them). Guards: a day before the article's date, and a day of
  a later month ("3 de junio" in May is last June, test_unseen_patterns), are read as before.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

DATE = "2018-12-03"

# --- a date that opens the sentence, before a colon --------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2017 the balance leaned heavily towards Beijing: China exported US$17 billion of"
            " goods to Argentina and imported US$8 billion of goods from it.",
            "US$17 billion",
        ),
        (
            "In 2017 the balance leaned heavily towards Beijing: China exported US$17 billion of"
            " goods to Argentina and imported US$8 billion of goods from it.",
            "US$8 billion",
        ),
        (
            "En 2017 la balanza favoreció a Pekín: Argentina importó de China US$ 17.000 millones"
            " y exportó a China US$ 8.000 millones.",
            "US$ 17.000 millones",
        ),
        (
            "En 2017 la balanza favoreció a Pekín: Argentina importó de China US$ 17.000 millones"
            " y exportó a China US$ 8.000 millones.",
            "US$ 8.000 millones",
        ),
        (
            "Em 2017 o saldo pendeu para Pequim: a Argentina importou da China US$ 17 bilhões e"
            " exportou para a China US$ 8 bilhões.",
            "US$ 17 bilhões",
        ),
        (
            "Em 2017 o saldo pendeu para Pequim: a Argentina importou da China US$ 17 bilhões e"
            " exportou para a China US$ 8 bilhões.",
            "US$ 8 bilhões",
        ),
    ],
)
def test_an_opening_date_frames_what_the_colon_spells_out(kb, text, figure):
    result = one(check(text, kb, date=DATE), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert result.claim.period is not None and result.claim.period.start_year == 2017


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2017 the picture was clear: Argentina imported US$11.5 billion of goods from China.",
            "US$11.5 billion",
        ),
        (
            "Em 2017 o quadro era claro: a Argentina importou da China US$ 11,5 bilhões.",
            "US$ 11,5 bilhões",
        ),
    ],
)
def test_an_opening_date_before_a_colon_still_bears_out(kb, text, figure):
    result = one(check(text, kb, date=DATE), figure)
    if "Argentina" in text:
        # Argentina's 2017 imports from China: 11,500 (INDEC-based) now beside China's customs
        # count, 9,067 (round 35): the year is read, the reporters disagree.
        assert result.verdict is Verdict.DISPUTED, result.reason
        assert "11,500 usd_m 2017" in result.reason
        return
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # another date after the colon is the figure's
        (
            "In 2017 trade fell: in 2018 China exported US$17 billion of goods to Argentina.",
            "US$17 billion",
        ),
        # the date does not open the sentence
        (
            "Argentina's trade with China changed in 2017: China exported US$17 billion of goods"
            " to Argentina.",
            "US$17 billion",
        ),
        (
            "El comercio de Argentina con China cambió en 2017: Argentina importó de China US$"
            " 17.000 millones.",
            "US$ 17.000 millones",
        ),
        # a semicolon or a bracket, not a colon
        (
            "In 2017 trade grew; China exported US$17 billion of goods to Argentina.",
            "US$17 billion",
        ),
        (
            "In 2017, trade grew (China exported US$17 billion of goods to Argentina).",
            "US$17 billion",
        ),
        (
            "Em 2017 o comércio cresceu; a Argentina importou da China US$ 17 bilhões.",
            "US$ 17 bilhões",
        ),
        # a span, not a single year
        (
            "Between 2015 and 2017 the balance leaned towards Beijing: China exported US$17"
            " billion of goods to Argentina.",
            "US$17 billion",
        ),
    ],
)
def test_other_framings_keep_the_doubt(kb, text, figure):
    result = one(check(text, kb, date=DATE), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- "free-trade deal", "free trade pact" name the FTA -----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Chile has put into law a trade pact that gives China its first free-trade deal in"
            " Latin America.",
            "first free-trade deal",
            Verdict.SUPPORTED,
        ),
        (
            "Chile signed a free-trade deal with China on 18 November 2005.",
            "November 2005",
            Verdict.SUPPORTED,
        ),
        (
            "Chile signed a free-trade deal with China on 18 November 2006.",
            "November 2006",
            Verdict.CONTRADICTED,
        ),
        (
            "Ecuador's free trade pact with China took effect on May 1, 2024.",
            "May 1, 2024",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_free_trade_deal_or_pact_is_the_fta(kb, text, figure, verdict):
    result = one(check(text, kb, date="2024-08-20"), figure)
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Chile firmó con China el primer tratado de libre comercio de China en América Latina.",
            "primer tratado",
            Verdict.SUPPORTED,
        ),
        (
            "O Chile deu à China o seu primeiro acordo de livre-comércio na América Latina.",
            "primeiro acordo",
            Verdict.SUPPORTED,
        ),
        (
            "Peru became the first Latin American country to sign a free trade deal with China.",
            "first Latin American country",
            Verdict.UNVERIFIABLE,
        ),
        (
            "Uruguay hopes to sign a free trade deal with China in 2023.",
            "2023",
            Verdict.UNVERIFIABLE,
        ),
        (
            "Mercosur and the European Union concluded a free trade deal in 2019.",
            "2019",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_free_trade_deal_guards(kb, text, figure, verdict):
    result = one(check(text, kb, date="2024-08-20"), figure)
    assert result.verdict is verdict, result.reason


# --- a day and month later than the article's date ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Colombia will join the Belt and Road Initiative on May 14.", "May 14"),
        ("Colombia se sumará a la Franja y la Ruta el 14 de mayo.", "14 de mayo"),
        ("A Colômbia vai aderir ao Cinturão e Rota em 14 de maio.", "14 de maio"),
    ],
)
def test_a_later_day_of_the_articles_month_is_this_years(kb, text, figure):
    result = one(check(text, kb, date="2025-05-12"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.claim.period is not None and result.claim.period.start_year == 2025


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        ("Colombia joined the Belt and Road Initiative on May 14.", "May 14", Verdict.SUPPORTED),
        (
            "Colombia joined the Belt and Road Initiative on May 10.",
            "May 10",
            Verdict.CONTRADICTED,
        ),
        (
            "Colombia se adhirió a la Franja y la Ruta el 10 de mayo.",
            "10 de mayo",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_day_before_the_articles_date_reads_as_before(kb, text, figure, verdict):
    result = one(check(text, kb, date="2025-05-20"), figure)
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Colombia signed the Belt and Road memorandum on June 14.", "June 14"),
        ("Colombia firmó el memorando de la Franja y la Ruta el 14 de junio.", "14 de junio"),
    ],
)
def test_a_day_of_a_later_month_is_last_years_as_before(kb, text, figure):
    result = one(check(text, kb, date="2025-05-12"), figure)
    assert result.claim.period is not None and result.claim.period.start_year == 2024
