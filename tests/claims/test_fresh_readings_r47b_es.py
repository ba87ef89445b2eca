"""General readings found on the fresh dev texts 524-527 of the unseen set (branch round-r47b,
round 47b: the signing of the Costa Rica-China FTA in April 2010, forty years of Colombia-China
relations in February 2020, the opening of the first China-CELAC ministerial in January 2015 and El
Salvador's exports to China from January to July 2018), each with real-shaped sentences (our own)
in Spanish and, where the wording exists, Portuguese and English, checked against the package's
knowledge base.

* "Hoy" of an event of a day ("estamparon hoy en Pekín sus firmas en el Tratado de Libre
  Comercio", "se abre hoy en Beijing", "signed today", "assinaram hoje"): the article's day, read
  as a weekday is read (text 524: main read no date). Only beside a verb of signing, opening,
  closing or establishing; it may bear a stored date out, never refute one.
* A rate of rise, the level reached and the amount of the rise in one sentence ("subieron un
  197.8% y sumaron $83.2 millones, es decir, $57.1 millones más que …"): the amount gives the
  earlier level (B - D), so the rate must be D / (B - D) (text 527: main left 197.8% unverifiable
  where the text's own figures give about 219%). Inconsistent only when no rounding of the digits
  gives the rate.
* The forum "instaurado" in a month ("El foro había quedado instaurado oficialmente en julio de
  2014", "foi instaurado em julho de 2014"): the forum's founding, as "creado", "fundado" (text
  526: main read no metric).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- "hoy" of an event ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Pekín, 8 de abril de 2010 — Los ministros de Comercio de Costa Rica y de China"
            " estamparon hoy en Pekín sus firmas en el Tratado de Libre Comercio (TLC) entre los"
            " dos países.",
            "hoy",
        ),
        (
            "San José, 8 de abril de 2010 — Costa Rica y China firmaron hoy en Pekín un tratado"
            " de libre comercio.",
            "hoy",
        ),
        (
            "Beijing, April 8, 2010 — Costa Rica and China signed a free trade agreement today in"
            " Beijing.",
            "today",
        ),
        (
            "Pequim, 8 de abril de 2010 — A Costa Rica e a China assinaram hoje em Pequim um"
            " tratado de livre comércio.",
            "hoje",
        ),
    ],
)
def test_today_of_a_signing_is_the_article_day(text, claim):
    """The FTA was signed on 2010-04-08 (ties): "hoy" in a text dated that day bears it out."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Beijing, 8 de enero de 2015 — La reunión ministerial del Foro China-CELAC se abre hoy"
            " en Beijing.",
            "hoy",
        ),
        (
            "Beijing, January 8, 2015 — The ministerial meeting of the China-CELAC Forum opens"
            " today in Beijing.",
            "today",
        ),
    ],
)
def test_today_of_an_opening_is_the_meetings_day(text, claim):
    """The 1st ministerial opened on 2015-01-08 (mechanisms)."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        # a text dated a month later: "hoy" is then 2010-05-08, not the signing's day
        "Pekín, 8 de mayo de 2010 — Costa Rica y China firmaron hoy en Pekín un tratado de libre"
        " comercio.",
        "Beijing, May 8, 2011 — Costa Rica and China signed a free trade agreement today.",
        # the same month, another day: not borne out by the month alone, not refuted either
        "San José, 20 de abril de 2010 — Costa Rica y China firmaron hoy en Pekín un tratado de"
        " libre comercio.",
        "Pequim, 20 de abril de 2010 — A Costa Rica e a China assinaram hoje um tratado de livre"
        " comércio.",
    ],
)
def test_today_of_another_day_is_neither_borne_out_nor_refuted(text):
    results = [r for r in check(text) if r.claim.text.strip() in ("hoy", "today", "hoje")]
    assert all(r.verdict not in (Verdict.CONTRADICTED, Verdict.SUPPORTED) for r in results), [
        r.reason for r in results
    ]


@pytest.mark.parametrize(
    ("text", "claim", "verdict"),
    [
        (
            "Beijing, 8 de enero de 2015 — La primera reunión ministerial del Foro China-CELAC se"
            " abre hoy en Beijing y marca el comienzo del año diplomático chino.",
            "hoy",
            Verdict.SUPPORTED,
        ),
        (
            "Beijing, January 8, 2015 — The first ministerial meeting of the China-CELAC Forum"
            " opens today in Beijing.",
            "today",
            Verdict.SUPPORTED,
        ),
        # the 2nd ministerial opened on 2018-01-22, not on the 8th of its month
        (
            "Santiago, 8 de enero de 2018 — La segunda reunión ministerial del Foro China-CELAC se"
            " abre hoy en Santiago.",
            "hoy",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_today_beside_a_meetings_ordinal_is_its_day(text, claim, verdict):
    result = one(check(text), claim)
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize(
    "text",
    [
        # "hoy" of a state of things, not of an event: no date is read
        "San José, 8 de abril de 2010 — Hoy China es el segundo socio comercial de Costa Rica.",
        "Bogotá, 10 de febrero de 2020 — China es hoy el segundo socio comercial de Colombia.",
        "Beijing, April 8, 2010 — Today China is Costa Rica's second largest trading partner.",
    ],
)
def test_today_of_a_state_of_things_is_no_date(text):
    claims = [r.claim.text.strip().lower() for r in check(text)]
    assert "hoy" not in claims and "today" not in claims, claims


def test_today_without_a_days_date_is_not_read():
    """A text dated only by its month has no day for "hoy"."""
    text = (
        "Pekín, abril de 2010 — Los ministros de Costa Rica y de China firmaron hoy el Tratado"
        " de Libre Comercio."
    )
    assert "hoy" not in [r.claim.text.strip() for r in check(text)]


# --- a rate, the level reached and the amount of the rise ----------------------------------------


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        (
            "San Salvador, 20 de agosto de 2018 — Entre enero y julio de 2018, las ventas de El"
            " Salvador a la República Popular China subieron un 197.8% y sumaron $83.2 millones,"
            " es decir, $57.1 millones más que en el mismo lapso del año anterior.",
            "197.8%",
        ),
        (
            "San Salvador, August 20, 2018 — From January to July 2018, El Salvador's exports to"
            " China rose 197.8% to $83.2 million, $57.1 million more than in the same period a"
            " year earlier.",
            "197.8%",
        ),
        (
            "San Salvador, 20 de agosto de 2018 — Entre janeiro e julho de 2018, as vendas de El"
            " Salvador para a China subiram 197,8% e somaram US$ 83,2 milhões, US$ 57,1 milhões a"
            " mais que no mesmo período do ano anterior.",
            "197,8%",
        ),
    ],
)
def test_a_rate_that_the_level_and_the_amount_of_the_rise_contradict(text, rate):
    """83.2 - 57.1 = 26.1 a year earlier: a rise of about 219 %, not 197.8 %."""
    result = one(check(text), rate)
    assert result.verdict is Verdict.INCONSISTENT, result.reason
    assert "implied 219%" in result.reason


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        # the rate the figures give
        (
            "San Salvador, 20 de agosto de 2018 — Entre enero y julio de 2018, las ventas de El"
            " Salvador a China subieron un 218,8% y sumaron 83,2 millones de dólares, es decir,"
            " 57,1 millones de dólares más que en el mismo lapso del año anterior.",
            "218,8%",
        ),
        (
            "San Salvador, August 20, 2018 — From January to July 2018, El Salvador's exports to"
            " China rose 219% to $83.2 million, $57.1 million more than in the same period a year"
            " earlier.",
            "219%",
        ),
        # a level written as a bound: no test
        (
            "San Salvador, 20 de agosto de 2018 — Entre enero y julio de 2018, las ventas de El"
            " Salvador a China subieron un 197.8% y sumaron más de $83.2 millones, $57.1 millones"
            " más que en el mismo lapso del año anterior.",
            "197.8%",
        ),
        # a yearly rate over several years: another measure
        (
            "San Salvador, 20 de agosto de 2018 — Las ventas de El Salvador a China subieron un"
            " 20% anual y sumaron $83.2 millones en 2018, $57.1 millones más que en 2012.",
            "20%",
        ),
    ],
)
def test_a_rate_the_figures_allow_is_not_inconsistent(text, rate):
    result = one(check(text), rate)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


# --- the forum "instaurado" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Beijing, 8 de enero de 2015 — El Foro China-CELAC había quedado instaurado"
            " oficialmente en julio de 2014.",
            "julio de 2014",
        ),
        (
            "Beijing, 8 de enero de 2015 — La reunión del Foro China-CELAC se abre hoy. El foro"
            " había quedado instaurado oficialmente en julio de 2014.",
            "julio de 2014",
        ),
        (
            "Pequim, 8 de janeiro de 2015 — O Fórum China-CELAC foi instaurado oficialmente em"
            " julho de 2014.",
            "julho de 2014",
        ),
    ],
)
def test_the_forum_instaurado_in_july_2014_is_its_founding(text, claim):
    """Stored founding dates disagree (2011, Lu2023; 2014-07, Wikipedia): July 2014 matches one."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.DISPUTED, result.reason


def test_a_plan_the_forum_instauro_is_not_its_founding():
    """The active "instauró" of a plan is not the forum's founding: never refuted."""
    text = (
        "Beijing, 8 de enero de 2019 — En 2018 el Foro China-CELAC instauró un plan de acción"
        " conjunto."
    )
    results = [r for r in check(text) if r.claim.text.strip() == "2018"]
    assert all(r.verdict is not Verdict.CONTRADICTED for r in results), [r.reason for r in results]
