"""General readings found on the fresh dev texts 64-68 of the unseen set (branch issue-15-s13a),
each with real-shaped sentences (our own) in EN, ES and PT, checked against the package's
knowledge base.

* "se firmó en abril de 2010, la Asamblea Legislativa lo ratificó en junio de 2011 y entró en
  vigencia el 1.º de agosto de 2011": the ratification is a third event of an FTA, which the ties
  table does not date. Main read the June 2011 date as the signature and called it
  `contradicted` (signed 2010-04-08) in all three languages.
* "podem alcançar o valor histórico de US$ 100 mil milhões": the "de" of a noun that only names
  the value ("valor", "cifra", "level") does not end the projection; main read a reported
  figure and called the forecast `supported` by the 2023 outcome (104 bn).
* "No presente ano", "del presente año", "the current year", "el año en curso": the article's
  year, read before it is over as a year to date. Main carried the year of an earlier paragraph
  (2022) and called this year's figure `supported` by the 2022 row.
* "30% de todo comércio", "30% of all … trade": a share of a whole, not a rate of growth. Main
  read `trade_growth` and called the share `contradicted` by the region's 2024 growth (6 %).
* "as exportações foram US$ 89,4 mil milhões ao país asiático, o equivalente a 26% de todas as
  vendas internacionais do Brasil": the percent restates the exports to China as China's share
  of all exports (main: no metric).
* "… y el tratado entró en vigencia el 1.º de agosto de 2011" after a lead naming the Tratado
  de Libre Comercio: "the treaty" takes up the FTA of an earlier sentence for the same state;
  such a date may be borne out, never refuted (main: no metric).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- an FTA's ratification is not its signature ---------------------------------------------

RATIFIED = [
    (
        "San José, agosto de 2024 — El Tratado de Libre Comercio entre Costa Rica y China se"
        " firmó en abril de 2010, la Asamblea Legislativa lo ratificó en junio de 2011 y entró"
        " en vigencia el 1.º de agosto de 2011.",
        ("abril de 2010", "junio de 2011", "agosto de 2011"),
    ),
    (
        "San José, August 2024 — The free trade agreement between Costa Rica and China was"
        " signed in April 2010, ratified by the Legislative Assembly in June 2011 and entered"
        " into force on August 1, 2011.",
        ("April 2010", "June 2011", "August 1, 2011"),
    ),
    (
        "São José, agosto de 2024 — O tratado de livre comércio entre a Costa Rica e a China foi"
        " assinado em abril de 2010, ratificado pela Assembleia Legislativa em junho de 2011 e"
        " entrou em vigor em 1º de agosto de 2011.",
        ("abril de 2010", "junho de 2011", "agosto de 2011"),
    ),
]


@pytest.mark.parametrize(("text", "dates"), RATIFIED)
def test_ratification_date_is_not_the_signature(kb, text, dates):
    results = check(text, kb)
    signed, ratified, in_force = (one(results, date) for date in dates)
    # Main: the ratification read as the signature, contradicted by 2010-04-08.
    assert ratified.verdict is Verdict.UNVERIFIABLE
    # The signature and the entry into force are still borne out by the ties table.
    assert signed.verdict is Verdict.SUPPORTED
    assert in_force.verdict is Verdict.SUPPORTED


# --- a projection through "the value of" ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Macau, 2023 — Em 2023, as exportações do Brasil para a China podem alcançar o valor"
            " histórico de US$ 100 mil milhões.",
            "US$ 100 mil milhões",
        ),
        (
            "Brasilia, 2023 — En 2023, las exportaciones de Brasil a China podrían alcanzar la"
            " cifra récord de 100.000 millones de dólares.",
            "100.000 millones de dólares",
        ),
        (
            "Brasília, 2023 — In 2023, Brazil's exports to China could reach a record value of"
            " US$100 billion.",
            "US$100 billion",
        ),
    ],
)
def test_projection_through_a_value_noun(kb, text, figure):
    result = one(check(text, kb), figure)
    # Main: a reported figure, supported by the 2023 outcome (104 bn).
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "projection" in result.reason


def test_record_figure_after_a_projection_verb_stays_a_reported_figure(kb):
    # The guard of the "de" rule: "acercarse al récord de" names a reported record.
    text = (
        "Beijing, 2024 — En 2023, las exportaciones de Brasil a China podrían acercarse al"
        " récord de 104.000 millones de dólares."
    )
    result = one(check(text, kb), "104.000 millones de dólares")
    assert result.verdict is Verdict.SUPPORTED


# --- "No presente ano": the article's year ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "phrase"),
    [
        (
            "Macau, 2023 — No ano passado, as exportações do Brasil para a China foram US$ 89,4"
            " mil milhões.\n\nNo presente ano, as exportações do Brasil para a China já somam"
            " US$ 89,4 mil milhões.",
            "US$ 89,4 mil milhões",
            "no presente ano",
        ),
        (
            "Brasilia, 2023 — El año pasado, las exportaciones de Brasil a China fueron de 89.400"
            " millones de dólares.\n\nLas exportaciones de Brasil a China del presente año ya"
            " suman 89.400 millones de dólares.",
            "89.400 millones de dólares",
            "del presente ano",
        ),
        (
            "Brasília, 2023 — Last year, Brazil's exports to China were US$89.4 billion.\n\nIn the"
            " current year, Brazil's exports to China already total US$89.4 billion.",
            "US$89.4 billion",
            "the current year",
        ),
    ],
)
def test_the_present_year_is_the_articles_year(kb, text, figure, phrase):
    results = check(text, kb)
    # The same figure twice: the second, of the present year.
    result = [r for r in results if r.claim.text.strip() == figure][-1]
    assert result.claim.period is not None and result.claim.period.end_year == 2023
    assert phrase in result.claim.confidence["period"]["why"]
    # Main: the 2022 of the paragraph before, supported by the 2022 row.
    assert result.verdict is Verdict.UNVERIFIABLE


# --- a share of a whole is not a growth rate -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Santiago, 2025 — El 30% de todo el comercio de América Latina y el Caribe en 2024"
            " tuvo como destino a China.",
            "30%",
        ),
        (
            "São Paulo, 2025 — Os 30% de todo o comércio da América Latina e do Caribe em 2024"
            " tiveram a China como destino.",
            "30%",
        ),
        (
            "Washington, 2025 — Some 30% of all Latin American and Caribbean trade in 2024 went"
            " to China.",
            "Some 30%",
        ),
    ],
)
def test_share_of_all_trade_is_not_growth(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric != "trade_growth"
    # Main (PT, EN): contradicted by the region's 2024 trade growth (6 %).
    assert result.verdict is not Verdict.CONTRADICTED


def test_growth_of_trade_stays_growth(kb):
    text = "Lima, 2023 — El comercio entre Perú y China creció 30% en 2022."
    assert one(check(text, kb), "30%").claim.metric == "trade_growth"


# --- a share as the apposition of exports to China --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Macau, 2023 — No ano passado, as exportações foram US$ 89,4 mil milhões ao país asiático,"
        " o equivalente a 26% de todas as vendas internacionais do Brasil em 2022.",
        "Brasilia, 2023 — En 2022, las exportaciones de Brasil a China sumaron 89.400 millones de"
        " dólares, lo que representa el 26% de las ventas externas del país.",
        "Brasília, 2023 — In 2022, Brazil's exports to China were US$89.4 billion, equivalent to"
        " 26% of all of Brazil's foreign sales.",
    ],
)
def test_share_in_apposition_to_exports_to_china(kb, text):
    result = one(check(text, kb), "26%")
    # Main: no metric.
    assert result.claim.metric == "china_share_of_exports"
    # Stored: 26 (Brasil de Fato), 25 and 26.8 for 2022: the sources disagree.
    assert result.verdict is Verdict.DISPUTED


def test_apposition_of_another_whole_is_not_chinas_share(kb):
    text = (
        "Brasilia, 2023 — En 2022, las exportaciones de Brasil a China sumaron 89.400 millones de"
        " dólares, lo que representa el 26% del comercio mundial de soja."
    )
    assert one(check(text, kb), "26%").claim.metric != "china_share_of_exports"


# --- "the treaty" takes up an FTA named earlier ---------------------------------------------

TREATY = [
    (
        "San José, agosto de 2024 — Costa Rica celebra el Tratado de Libre Comercio con China,"
        " que impulsó 402,7 millones de dólares en exportaciones.\n\nLas exportaciones crecieron"
        " mucho.\n\nEl texto final se firmó en abril de 2010 y el tratado entró en vigencia el"
        " 1.º de agosto de 2011.",
        ("abril de 2010", "agosto de 2011"),
    ),
    (
        "San José, August 2024 — Costa Rica marks its free trade agreement with China, which"
        " lifted exports to US$402.7 million.\n\nExports grew fast.\n\nThe final text was signed"
        " in April 2010 and the agreement entered into force on August 1, 2011.",
        ("April 2010", "August 1, 2011"),
    ),
    (
        "São José, agosto de 2024 — A Costa Rica celebra o tratado de livre comércio com a China,"
        " que levou as exportações a US$ 402,7 milhões.\n\nAs exportações cresceram muito.\n\nO"
        " texto final foi assinado em abril de 2010 e o acordo entrou em vigor em 1º de agosto"
        " de 2011.",
        ("abril de 2010", "agosto de 2011"),
    ),
]


@pytest.mark.parametrize(("text", "dates"), TREATY)
def test_the_treaty_takes_up_an_fta_named_before(kb, text, dates):
    results = check(text, kb)
    # Main: no metric for either date.
    for date in dates:
        assert one(results, date).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(("text", "dates"), TREATY)
def test_the_treaty_of_an_earlier_sentence_never_refutes(kb, text, dates):
    wrong = text.replace("2011", "2013")
    result = one(check(wrong, kb), dates[1].replace("2011", "2013"))
    assert result.verdict is Verdict.UNVERIFIABLE


# --- "Hace 13 años": a year counted back from the article's date -----------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "San José, agosto de 2024 — Hace 13 años entró en vigencia el Tratado de Libre"
            " Comercio entre Costa Rica y China.",
            "13 años",
        ),
        (
            "San José, August 2024 — The free trade agreement between Costa Rica and China"
            " entered into force 13 years ago.",
            "13 years",
        ),
        (
            "São José, agosto de 2024 — Há 13 anos entrou em vigor o tratado de livre comércio"
            " entre a Costa Rica e a China.",
            "13 anos",
        ),
    ],
)
def test_years_ago_dates_a_tie_event(kb, text, figure):
    result = one(check(text, kb), figure)
    # Main: "durations are not held in the store". 2024 - 13 = 2011, the FTA's entry into force.
    assert result.verdict is Verdict.SUPPORTED


def test_years_ago_never_refutes(kb):
    # 2024 - 10 = 2014 is not 2011, but "N years ago" rounds: not called contradicted.
    text = (
        "San José, agosto de 2024 — Hace 10 años entró en vigencia el Tratado de Libre Comercio"
        " entre Costa Rica y China."
    )
    assert one(check(text, kb), "10 años").verdict is Verdict.UNVERIFIABLE
