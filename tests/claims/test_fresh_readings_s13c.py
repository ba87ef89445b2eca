"""General readings found on the fresh dev texts 69-73 of the unseen set (branch issue-15-s13c),
each with real-shaped sentences (our own) in EN, ES and PT where the phrasing exists, checked
against the package's knowledge base.

* "poderá superar neste ano os US$ 115 bilhões registrados em 2019": a participle of record
  ("registrados em", "registrados en", "recorded in") dates the figure it follows, a reported
  value of that year. Main took "neste ano" for its period and the projection verb for its
  value, and left Brazil's stored 2019 total unread.
* "China became the primary market for the South American country": "primary" and "main"
  rank partners, destinations and markets (as "principal" already did); "the main reason" is
  no rank.
* "By buying products worth $11.46 billion from Peru in 2017, China became …": a buying verb
  with no subject before it and the state named right after the figure ("from Peru", "a Perú",
  "do Peru") gives the direction when China is named in the sentence.
* "No mesmo período …", "Coube ao Brasil 75,8% de todas as trocas do período, com …": a period
  named only by reference to the one stated before takes the period of the latest dated figure,
  as a likely reading (it may support, never contradict).
* "défice" (European Portuguese) is a balance word as "déficit" is.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a participle of record dates the figure --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "8 de setembro de 2020 — O fluxo total do comércio Brasil-China também poderá superar"
            " neste ano os US$ 115 bilhões registrados em 2019.",
            "US$ 115 bilhões",
        ),
        (
            "8 de septiembre de 2020 — El comercio total entre Brasil y China podría superar este"
            " año los US$ 115.000 millones registrados en 2019.",
            "US$ 115.000 millones",
        ),
        (
            "September 8, 2020 — Total trade between Brazil and China could exceed this year the"
            " US$115 billion recorded in 2019.",
            "US$115 billion",
        ),
    ],
)
def test_recorded_in_dates_the_figure(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.period is not None and result.claim.period.end_year == 2019
    # Main: period "this year" (2020, months unknown) and a projection: unverifiable.
    assert result.verdict is Verdict.SUPPORTED


def test_a_projection_without_a_recorded_year_stays_a_projection(kb):
    text = (
        "September 8, 2020 — Total trade between Brazil and China could exceed US$130 billion"
        " this year."
    )
    result = one(check(text, kb), "US$130 billion")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "projection" in result.reason


# --- "primary" and "main" rank markets and partners -------------------------------------------


def test_primary_market_is_a_destination_rank(kb):
    text = (
        "LIMA, February 8, 2018 — With purchases of $11.46 billion from Peru in 2017, China became"
        " the primary market for the South American country."
    )
    result = one(check(text, kb), "primary market")
    assert result.claim.value == 1
    # Main: no claim (a missed rank).
    assert result.verdict is Verdict.SUPPORTED


def test_main_destination_is_a_rank(kb):
    text = "Lima, February 2018 — In 2017 China was the main destination of Peru's exports."
    result = one(check(text, kb), "main destination")
    assert result.claim.value == 1
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Lima, 8 de febrero de 2018 — En 2017, China se convirtió en el principal mercado del"
            " Perú.",
            "principal mercado",
        ),
        (
            "Lima, 8 de fevereiro de 2018 — Em 2017, a China tornou-se o principal mercado do Peru.",
            "principal mercado",
        ),
    ],
)
def test_principal_mercado_still_a_rank(kb, text, figure):
    # Guards: ES/PT already read "principal mercado".
    assert one(check(text, kb), figure).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "February 2018 — The main reason for the rise in 2017 was the price of copper in Peru.",
        "February 2018 — The primary goal of the 2017 visit to Peru was trade.",
    ],
)
def test_main_and_primary_before_other_nouns_are_no_rank(kb, text):
    assert not [r for r in check(text, kb) if r.claim.kind.value == "rank"]


# --- buying from a state, with no subject before the verb -------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "LIMA, February 8, 2018 — By buying products worth $11.46 billion from Peru in 2017,"
            " China became the top buyer of the South American country.",
            "$11.46 billion",
        ),
        (
            "Lima, 8 de febrero de 2018 — Comprando productos por US$ 11.460 millones a Perú en"
            " 2017, China se convirtió en su mayor comprador.",
            "US$ 11.460 millones",
        ),
        (
            "Lima, 8 de fevereiro de 2018 — Comprando produtos no valor de US$ 11,46 bilhões do"
            " Peru em 2017, a China tornou-se o seu maior comprador.",
            "US$ 11,46 bilhões",
        ),
    ],
)
def test_buying_from_a_state_is_that_states_exports(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_china_imports"
    assert result.claim.entity == "PER"
    # Main: no metric recognised (EN, ES) or the wrong direction (PT): unverifiable.
    assert result.verdict is Verdict.SUPPORTED


def test_buying_from_a_state_without_china_gives_no_direction(kb):
    text = (
        "LIMA, February 8, 2018 — By buying products worth $11.46 billion from Peru in 2017,"
        " the United States became its top buyer."
    )
    result = one(check(text, kb), "$11.46 billion")
    assert result.claim.metric not in ("trade_china_imports", "trade_china_exports")
    assert result.verdict is not Verdict.CONTRADICTED


# --- "in the same period", "do período": the period stated before ----------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "22 de Dezembro de 2019 — Segundo o Fórum de Macau, as trocas entre a China e os"
            " países de língua portuguesa ficaram quase iguais às do ano anterior no período de"
            " Janeiro a Setembro de 2019, com uma subida de 0,05% para 108 984 milhões de"
            " dólares.\n\n"
            "Coube ao Brasil 75,8% das trocas do período, com um comércio bilateral com a China"
            " no valor de 82 608 milhões de dólares.",
            "82 608 milhões de dólares",
        ),
        (
            "22 de diciembre de 2019 — Según el Foro de Macao, los intercambios entre China y los"
            " países de lengua portuguesa quedaron casi iguales a los del año anterior en el"
            " período de enero a septiembre de 2019, con una subida del 0,05% hasta 108.984"
            " millones de dólares.\n\n"
            "En el mismo período, Brasil sumó con China un comercio bilateral de 82.608 millones"
            " de dólares.",
            "82.608 millones de dólares",
        ),
        (
            "December 22, 2019 — According to the Macao Forum, exchanges between China and the"
            " Portuguese-speaking countries stayed almost flat in the period from January to"
            " September 2019, with a rise of 0.05% to $108.984 billion.\n\n"
            "In the same period, Brazil's bilateral trade with China came to $82.608 billion.",
            "$82.608 billion",
        ),
    ],
)
def test_same_period_takes_the_period_stated_before(kb, text, figure):
    result = one(check(text, kb), figure)
    period = result.claim.period
    assert period is not None and (period.start_year, period.start_month) == (2019, 1)
    assert period.end_month == 9
    assert result.claim.confidence["period"]["level"] == "low"
    # Main: no period stated; unverifiable. The stored Jan–Sep 2019 row (82,608 m) supports it.
    assert result.verdict is Verdict.SUPPORTED


def test_same_period_never_contradicts(kb):
    text = (
        "December 22, 2019 — According to the Macao Forum, exchanges between China and the"
        " Portuguese-speaking countries stayed almost flat in the period from January to"
        " September 2019, with a rise of 0.05% to $108.984 billion.\n\n"
        "In the same period, Brazil's bilateral trade with China came to $60 billion."
    )
    result = one(check(text, kb), "$60 billion")
    assert result.verdict is not Verdict.CONTRADICTED


# --- "défice" is a balance word ---------------------------------------------------------------


def test_defice_is_a_balance(kb):
    text = (
        "Luanda, 22 de Dezembro de 2019 — De Janeiro a Setembro de 2019, a China comprou ao"
        " Brasil 57 729 milhões de dólares, o que deixou a China com um défice comercial de"
        " 32 851 milhões de dólares."
    )
    result = one(check(text, kb), "32 851 milhões de dólares")
    # Main: read as China's imports (the purchase verb of the clause).
    assert result.claim.metric == "trade_balance"
