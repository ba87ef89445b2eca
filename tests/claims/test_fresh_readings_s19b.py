"""General readings found on the fresh dev texts 150-156 of the unseen set (branch
issue-15-s19b: Spanish pages the store took nothing from), each with real-shaped sentences (our
own) in EN, ES and PT, checked against the package's knowledge base.

* China's side's figure is not refuted by the partner's statistics: "Las exportaciones
  bolivianas a China, dijo [el embajador de China], pasaron de 300 millones de dólares en 2020"
  was called contradicted by INE's 357 (Bolivia's own statistics office); the two sides count
  the same trade their own way.
"""

from __future__ import annotations

import re

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.vocabulary import fold
from tests.claims.conftest import one

# --- China's side's figure against the partner's statistics ----------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "China's ambassador to Bolivia, Wang Liang, said his country became Bolivia's first"
            " trading partner in 2023. Bolivia's exports to China, he said, rose from 300 million"
            " dollars in 2020 to more than 1.3 billion dollars in 2024.",
            "300 million dollars",
        ),
        (
            "Según las estadísticas de China, las exportaciones de Bolivia a China sumaron 300"
            " millones de dólares en 2020.",
            "300 millones de dólares",
        ),
        (
            "El embajador de China en Bolivia, Wang Liang, afirmó que su país es el primer socio"
            " comercial de Bolivia. Las exportaciones bolivianas a China, dijo, pasaron de 300"
            " millones de dólares en 2020 a más de 1.300 millones de dólares en 2024.",
            "300 millones de dólares",
        ),
        (
            "O embaixador da China na Bolívia, Wang Liang, afirmou que o seu país é o primeiro"
            " parceiro comercial da Bolívia. As exportações bolivianas para a China, disse,"
            " passaram de 300 milhões de dólares em 2020 para mais de 1,3 bilhão de dólares em"
            " 2024.",
            "300 milhões de dólares",
        ),
        (
            "Segundo a embaixada chinesa, as exportações da Bolívia para a China somaram 300"
            " milhões de dólares em 2020.",
            "300 milhões de dólares",
        ),
    ],
)
def test_china_side_figure_is_not_refuted_by_the_partners_statistics(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    # The reason quotes the words that name China's side ("embajador de china", "statistics
    # of china"), never a piece of its own prefix: the reader's page shows that quote.
    quoted = re.search(r"China's side gives the figure \('(.+?)'\) and the store", result.reason)
    assert quoted and quoted.group(1) in fold(text) and "side gives" not in quoted.group(1)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # No speaker of China's side: the partner's statistics refute it (guard).
        (
            "Bolivia's exports to China rose from 300 million dollars in 2020 to 1.3 billion"
            " dollars in 2024.",
            "300 million dollars",
        ),
        (
            "Las exportaciones bolivianas a China pasaron de 300 millones de dólares en 2020 a"
            " 1.300 millones de dólares en 2024.",
            "300 millones de dólares",
        ),
        (
            "As exportações bolivianas para a China passaram de 300 milhões de dólares em 2020"
            " para 1,3 bilhão de dólares em 2024.",
            "300 milhões de dólares",
        ),
        # A speaker of China's side in a sentence before, but the figure's own sentence names
        # its own source (no bare "dijo"): the partner's statistics refute it (guard).
        (
            "El embajador de China habló del comercio bilateral. Según el INE, las exportaciones"
            " bolivianas a China pasaron de 300 millones de dólares en 2020 a 1.300 millones de"
            " dólares en 2024.",
            "300 millones de dólares",
        ),
    ],
)
def test_without_china_side_the_partners_statistics_still_refute(kb, text, figure):
    result = one(check(text, kb), figure)
    if "Según el INE" in text:
        # The figure's own sentence names the side the store holds (INE): refuted by it.
        assert result.verdict is Verdict.CONTRADICTED, result.reason
        return
    # Round 35: INE's 357 for 2020 is Bolivia's count only (China's customs count of 2020 is not
    # stored), and 300 lies 16 % off it, within what the two sides' counts commonly differ by:
    # not refuted, unverifiable, the reason naming the missing side. Still never borne out.
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "only the partner's own count for trade_china_imports · BOL · 2020" in result.reason


# --- a regional pledge is no figure of one state ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Trade between China and Bolivia grew from 880 thousand dollars in 1985 to more than"
            " 3.5 billion dollars in 2024.",
            "more than 3.5 billion dollars",
        ),
        (
            "El comercio entre China y Bolivia creció de 880 mil dólares en 1985 a más de 3.500"
            " millones de dólares en 2024.",
            "más de 3.500 millones de dólares",
        ),
        (
            "O comércio entre a China e a Bolívia cresceu de 880 mil dólares em 1985 para mais de"
            " 3,5 bilhões de dólares em 2024.",
            "mais de 3,5 bilhões de dólares",
        ),
    ],
)
def test_a_states_trade_is_not_borne_out_by_the_regions_pledge(kb, text, figure):
    result = one(check(text, kb), figure)
    # Since round 35 the store holds Bolivia's own 2024 figure (China's statistics, "more than
    # 3,500 million", via the Chinese ambassador): it bears the bound out, the pledge does not.
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "commitment" not in result.reason
    assert "over 3,500 usd_m 2024" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # The region's own trade is still judged (guard).
        (
            "Trade between China and Latin America reached more than 500 billion dollars in 2024.",
            "more than 500 billion dollars",
        ),
        (
            "El comercio entre China y América Latina llegó a más de 500.000 millones de dólares"
            " en 2024.",
            "más de 500.000 millones de dólares",
        ),
        (
            "O comércio entre a China e a América Latina chegou a mais de 500 bilhões de dólares"
            " em 2024.",
            "mais de 500 bilhões de dólares",
        ),
    ],
)
def test_the_regions_trade_is_still_judged(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- an undated rank early in a year reports the year before, never a later one --------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "January 2024 — Uruguay's exports fell last year. China was again the main"
            " destination of Uruguayan exports, according to Uruguay XXI.",
            "main destination",
        ),
        (
            "Enero de 2024 — Las exportaciones uruguayas cayeron el año pasado. China fue"
            " nuevamente el principal destino de los envíos uruguayos.",
            "principal destino",
        ),
        (
            "Janeiro de 2024 — As exportações uruguaias caíram no ano passado. A China foi"
            " novamente o principal destino das exportações uruguaias.",
            "principal destino",
        ),
    ],
)
def test_an_early_year_rank_is_not_borne_out_by_the_years_own_row(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Later in the year the text speaks of its own year: the row bears it out (guard).
        (
            "June 2024 — China is the main destination of Uruguayan exports, according to"
            " Uruguay XXI.",
            "main destination",
        ),
        (
            "Junio de 2024 — China es el principal destino de los envíos uruguayos, según Uruguay"
            " XXI.",
            "principal destino",
        ),
        (
            "Junho de 2024 — A China é o principal destino das exportações uruguaias, segundo o"
            " Uruguay XXI.",
            "principal destino",
        ),
    ],
)
def test_a_rank_of_the_articles_own_year_is_still_borne_out(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a tie held "since" a date: the day it began ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Costa Rica and China have had diplomatic relations since 1 June 2007.",
            "June 2007",
        ),
        (
            "Los dos países mantienen relaciones diplomáticas desde el 1 de junio de 2007: Costa"
            " Rica y China.",
            "junio de 2007",
        ),
        (
            "Costa Rica e China mantêm relações diplomáticas desde 1 de junho de 2007.",
            "junho de 2007",
        ),
        ("Cuba y China tienen relaciones diplomáticas desde 1960.", "1960"),
    ],
)
def test_relations_since_a_date_date_the_tie(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "since 2009" is not false of a tie that began in 2007: never refuted (guard).
        ("Costa Rica and China have had diplomatic relations since 2009.", "2009"),
        ("Costa Rica y China mantienen relaciones diplomáticas desde 2009.", "2009"),
        ("Costa Rica e China mantêm relações diplomáticas desde 2009.", "2009"),
    ],
)
def test_relations_since_a_later_date_are_not_refuted(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- "40 años del establecimiento de relaciones diplomáticas" ----------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 2025 — This year marks 40 years of the establishment of diplomatic relations"
            " between China and Bolivia.",
            "40 years",
        ),
        (
            "Mayo de 2025 — Este año se cumplen 40 años del establecimiento de relaciones"
            " diplomáticas entre China y Bolivia.",
            "40 años",
        ),
        (
            "Maio de 2025 — Este ano completam-se 40 anos do estabelecimento de relações"
            " diplomáticas entre a China e a Bolívia.",
            "40 anos",
        ),
    ],
)
def test_years_of_the_establishment_of_relations_date_the_tie(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_years_of_the_establishment_of_relations_off_by_one_are_not_refuted(kb):
    # Whole years counted from a date the writer rounds: never refuted (guard).
    text = (
        "Mayo de 2025 — Este año se cumplen 41 años del establecimiento de relaciones"
        " diplomáticas entre China y Bolivia."
    )
    result = one(check(text, kb), "41 años")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- "el 40 aniversario": an anniversary's ordinal printed as a bare number ---------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 2025 — Bolivia and China mark this year the 40 anniversary of their diplomatic"
            " relations.",
            "40 anniversary",
        ),
        (
            "Mayo de 2025 — Bolivia y China celebran este año el 40 aniversario de sus relaciones"
            " diplomáticas.",
            "40 aniversario",
        ),
        (
            "Maio de 2025 — Bolívia e China celebram este ano o 40 aniversário das suas relações"
            " diplomáticas.",
            "40 aniversário",
        ),
    ],
)
def test_a_bare_anniversary_number_dates_the_tie(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_bare_anniversary_number_off_the_tie_is_not_refuted(kb):
    # The ties table is a partial compilation: another year is shown, never refuted (guard).
    text = (
        "Mayo de 2025 — Bolivia y China celebran este año el 45 aniversario de sus relaciones"
        " diplomáticas."
    )
    result = one(check(text, kb), "45 aniversario")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
