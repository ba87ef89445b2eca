"""General readings found on the fresh dev texts 403-406 of the unseen set (branch issue-15-r35c,
round 35c: Brazil's trade with China and with the United States from January to September 2020,
the CEBC's count of Chinese projects in Brazil by state (2007-2023), ambassador Li Jinzhang on the
second China-CELAC ministerial (2018) and the China Development Bank's loan to Petrobras (2009)),
each with real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the
package's knowledge base.

* Some months are no level of a whole year: "De janeiro a outubro de 2017, o comércio entre a
  China e a região superou US$ 210 bilhões", "From January to October 2017 … exceeded US$210
  billion", "De enero a octubre de 2017 … superó los 210.000 millones", "Em outubro de 2017 …" —
  main bore them out by the 257.8 billion delivered in 2017 under the 2014 trade pledge (text 405:
  u7434). A whole year's figure is still borne out (guards).
* A forecast with "deve"/"debe"/"should"/"is set to" before a verb of reaching a level: "o
  comércio … deve passar neste ano da marca de US$ 100 bilhões", "debería superar este año los
  100.000 millones", "should exceed US$100 billion this year", "is set to top US$100 billion" —
  main bore the forecast out by the year's outcome (text 403: u7400). A level reached ("passou
  da marca de", "chegou a") is still borne out, and "o Equador deve US$ 18 bilhões" (owes) is no
  forecast (guards).
* Another partner as the subject after an opening phrase: "Em 2015, os Estados Unidos ficaram
  com um superávit de US$ 4,9 bilhões no comércio com o Brasil", "In 2015, the United States ran
  a surplus of US$4.9 billion …", "En 2015, Estados Unidos tuvo un superávit de …" — main bore
  them out by Brazil's stored surplus with China (4.89), the shape of text 403's "Nos nove meses
  deste ano, os Estados Unidos ficaram com um superávit de US$ 3,1 bilhões". China in the
  sentence keeps the figure China's (guards).
* The market of the United States is another partner: "as exportações brasileiras para o mercado
  americano … US$ 21,5 bilhões", "al mercado estadounidense", "to the American market" — main read
  them as Brazil's exports to China (text 403's "US$ 15,2 bilhões", kept unverifiable by the gate
  on a clause naming no China). "Brazil's exports to China" stays China's (guard).
* The first ministerial after the Forum named in a sentence before: "… a 2ª Reunião Ministerial do
  Fórum China-CELAC. Segundo o embaixador, a primeira reunião ministerial, realizada em Beijing
  em janeiro de 2015, …" — main read no meeting (text 405: u7432), and left the month beside it
  unread (text 339: u5803). Another forum in the sentence (the China-Caribbean forum), or no
  CELAC before, keeps it unread (guards).
* A bare place opening its clause, then the verb of holding it and its holder: "Em segundo lugar
  está Minas Gerais, … e em terceiro aparece Goiás", "y en tercero aparece Goiás" — main read no
  rank (text 404: u7424). "Em segundo, …" and "em segundo plano" stay no rank (guards).
* A count's noun ends at a Portuguese contraction: "200 mil barris diários nos nove anos
  seguintes" — main ran the noun over "nos nove anos", and the duration went unread (text 406:
  u7448). Spanish and English read it already (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from tests.claims.conftest import one

# --- some months are no level of a whole year ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Janeiro de 2018\n\nDe janeiro a outubro de 2017, o comércio entre a China e a região"
            " superou US$ 210 bilhões.",
            "superou US$ 210 bilhões",
        ),
        (
            "January 2018\n\nFrom January to October 2017, trade between China and Latin America"
            " exceeded US$210 billion.",
            "exceeded US$210 billion",
        ),
        (
            "Enero de 2018\n\nDe enero a octubre de 2017, el comercio entre China y América Latina"
            " superó los 210.000 millones de dólares.",
            "superó los 210.000 millones de dólares",
        ),
        (
            "Janeiro de 2018\n\nEm outubro de 2017, o comércio entre a China e a região superou US$"
            " 20 bilhões.",
            "superou US$ 20 bilhões",
        ),
    ],
)
def test_some_months_are_no_level_of_the_year(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "January 2018\n\nIn 2017, trade between China and Latin America exceeded US$250"
            " billion.",
            "exceeded US$250 billion",
        ),
        (
            "Enero de 2018\n\nEn 2017, el comercio entre China y América Latina alcanzó los 257.800"
            " millones de dólares.",
            "257.800 millones de dólares",
        ),
    ],
)
def test_a_whole_year_is_still_borne_out(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a forecast is no outcome -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Outubro de 2020 — Brasília\n\nPelo ritmo atual, o comércio entre o Brasil e a China"
            " deve passar neste ano da marca de US$ 100 bilhões.",
            "US$ 100 bilhões",
        ),
        (
            "Octubre de 2020 — Brasilia\n\nAl ritmo actual, el comercio entre Brasil y China"
            " debería superar este año los 100.000 millones de dólares.",
            "100.000 millones de dólares",
        ),
        (
            "October 2020 — Brasília\n\nAt the current pace, trade between Brazil and China should"
            " exceed US$100 billion this year.",
            "US$100 billion",
        ),
        (
            "October 2020 — Brasília\n\nTrade between Brazil and China is set to top US$100"
            " billion this year.",
            "US$100 billion",
        ),
    ],
)
def test_a_forecast_is_not_borne_out_by_the_outcome(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "projection" in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Janeiro de 2021 — Brasília\n\nEm 2020, o comércio entre o Brasil e a China passou da"
            " marca de US$ 100 bilhões.",
            "US$ 100 bilhões",
        ),
        (
            "Janeiro de 2021 — Brasília\n\nEm 2020, o comércio entre o Brasil e a China chegou a"
            " US$ 101,7 bilhões.",
            "US$ 101,7 bilhões",
        ),
    ],
)
def test_a_level_reached_is_still_borne_out(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_owing_is_no_forecast():
    result = one(
        check("Janeiro de 2021 — Quito\n\nO Equador deve US$ 18 bilhões à China."), "US$ 18 bilhões"
    )
    assert "projection" not in result.reason, result.reason


# --- another partner as the subject after an opening phrase --------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Janeiro de 2016 — Brasília\n\nEm 2015, os Estados Unidos ficaram com um superávit de"
            " US$ 4,9 bilhões no comércio com o Brasil.",
            "US$ 4,9 bilhões",
        ),
        (
            "January 2016 — Brasília\n\nIn 2015, the United States ran a surplus of US$4.9 billion"
            " in its trade with Brazil.",
            "US$4.9 billion",
        ),
        (
            "Enero de 2016 — Brasilia\n\nEn 2015, Estados Unidos tuvo un superávit de US$ 4.900"
            " millones en su comercio con Brasil.",
            "US$ 4.900 millones",
        ),
    ],
)
def test_another_partner_after_an_opener_is_not_china(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.metric == "trade_other_partner", result.claim.metric


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Janeiro de 2016 — Brasília\n\nEm 2015, o Brasil teve um superávit de US$ 4,9 bilhões"
            " no comércio com a China.",
            "US$ 4,9 bilhões",
        ),
        (
            "Janeiro de 2016 — Brasília\n\nEm 2015, ao contrário dos Estados Unidos, a China deu ao"
            " Brasil um superávit de US$ 4,9 bilhões.",
            "US$ 4,9 bilhões",
        ),
    ],
)
def test_china_in_the_sentence_keeps_the_figure_chinas(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- the market of the United States ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Janeiro de 2021 — Brasília\n\nEm 2020, as exportações brasileiras para o mercado"
            " americano recuaram 27,7% e ficaram em US$ 21,5 bilhões.",
            "US$ 21,5 bilhões",
        ),
        (
            "Enero de 2021 — Brasilia\n\nEn 2020, las exportaciones brasileñas al mercado"
            " estadounidense sumaron US$ 21.500 millones.",
            "US$ 21.500 millones",
        ),
        (
            "January 2021 — Brasília\n\nIn 2020, Brazil's exports to the American market fell to"
            " US$21.5 billion.",
            "US$21.5 billion",
        ),
    ],
)
def test_the_american_market_is_another_partner(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.metric == "trade_other_partner", result.claim.metric


def test_exports_to_china_stay_chinas():
    text = "January 2021 — Brasília\n\nIn 2020, Brazil's exports to China reached US$67.7 billion."
    result = one(check(text), "US$67.7 billion")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- the first ministerial after the Forum named before -----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Janeiro de 2018\n\nO Chile recebe neste mês a 2ª Reunião Ministerial do Fórum"
            " China-CELAC.\n\nSegundo o embaixador, a primeira reunião ministerial, realizada em"
            " Beijing em janeiro de 2015, aprovou um programa de cooperação.",
            "primeira reunião ministerial",
        ),
        (
            "January 2018\n\nChile hosts the second ministerial meeting of the China-CELAC Forum"
            " this month.\n\nAccording to the ambassador, the first ministerial meeting, held in"
            " Beijing in January 2015, adopted a cooperation plan.",
            "first ministerial meeting",
        ),
        (
            "Enero de 2018\n\nChile acoge este mes la II Reunión Ministerial del Foro China-CELAC."
            "\n\nSegún el embajador, la primera reunión ministerial, celebrada en Pekín en enero de"
            " 2015, aprobó un plan de cooperación.",
            "primera reunión ministerial",
        ),
    ],
)
def test_the_first_ministerial_after_the_forum_named_before(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_the_month_beside_it_is_the_meetings():
    text = (
        "Maio de 2025 — Pequim\n\nPequim recebe a quarta reunião ministerial do Fórum China-CELAC."
        " O encontro fecha uma década contada a partir da primeira reunião ministerial, em janeiro"
        " de 2015."
    )
    result = one(check(text), "janeiro de 2015")
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "February 2005\n\nChina and the CELAC states talk often.\n\nThe first ministerial"
            " meeting of the China-Caribbean Economic and Trade Cooperation Forum was held in"
            " Kingston in February 2005.",
            "first ministerial meeting",
        ),
        (
            "January 2018\n\nChina has many partners.\n\nThe first ministerial meeting was held in"
            " Beijing in January 2015.",
            "first ministerial meeting",
        ),
    ],
)
def test_no_celac_before_or_another_forum_stays_unread(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- a bare place, then its holder -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "2025-05-09\n\nSão Paulo aparece à frente, com 36,2% dos projetos. Em segundo lugar está"
            " Minas Gerais, com 11,7%, e em terceiro aparece Goiás, com 6,3%.",
            "terceiro aparece Goiás",
        ),
        (
            "2025-05-09\n\nSão Paulo aparece al frente, con el 36,2% de los proyectos. En segundo"
            " lugar está Minas Gerais, con el 11,7%, y en tercero aparece Goiás, con el 6,3%.",
            "tercero aparece Goiás",
        ),
    ],
)
def test_a_bare_place_then_its_holder_is_a_rank(text, figure):
    result = one(check(text), figure)
    assert result.claim.kind is Kind.RANK
    assert result.claim.value == 3


@pytest.mark.parametrize(
    "text",
    [
        "2025-05-09\n\nEm segundo, o governo aprovou US$ 3 bilhões.",
        "2025-05-09\n\nO tema ficou em segundo plano em 2024.",
    ],
)
def test_no_place_without_its_verb(text):
    assert not [r for r in check(text) if r.claim.kind is Kind.RANK]


# --- a count's noun ends at a Portuguese contraction ----------------------------------------------


def test_a_count_noun_ends_at_a_contraction():
    text = (
        "Maio de 2009 — Pequim\n\nA Petrobras venderá 150 mil barris diários no primeiro ano e"
        " 200 mil barris diários nos nove anos seguintes."
    )
    results = check(text)
    assert one(results, "200 mil barris diários").claim.kind is Kind.COUNT
    assert one(results, "nove anos").claim.unit == "years"


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        (
            "May 2009 — Beijing\n\nPetrobras will sell 200,000 barrels a day in the nine"
            " following years.",
            "nine following years",
        ),
        (
            "Mayo de 2009 — Pekín\n\nPetrobras venderá 200.000 barriles diarios en los nueve años"
            " siguientes.",
            "nueve años",
        ),
    ],
)
def test_the_duration_after_a_count_is_read(text, duration):
    one(check(text), duration)
