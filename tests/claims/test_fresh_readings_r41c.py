"""General readings found on the fresh dev texts 469-472 of the unseen set (branch issue-15-r41c,
round 41c: Argentina's trade of September 2025 with China and with Brazil, the China-Nicaragua FTA
talks of 2023, Brazil's trade with China from January to April 2016, and the Inter-American
Dialogue's count of Chinese lending in 2015), each with real-shaped sentences (our own) in
English, Spanish and Portuguese, checked against the package's knowledge base.

* A figure set against one of trade with China, naming its own partner, a state of the region,
  right after it ("o comércio com a China movimentou US$ 21,6 bilhões em 2023, contra US$ 28,4
  bilhões com o Brasil", text 469's shape) is the subject's trade with that state, and that state
  lends no earlier claim to the first figure either. Main read both figures as Brazil's trade with
  China and refuted them by its 157 bn of 2023: two false "contradicted" in each language.
* The sums the states received ("No ano passado, o Brasil recebeu US$ 10,650 bilhões", text 472)
  are China's loans when the headline or an earlier sentence names China's lending, though the
  page called the year's total "investimento": main read no metric. The reading is borrowed, so
  it may bear a figure out, never refute it; without China's lending named, nothing is read.
* A state a rank's holder left behind ("o país asiático deixou o Brasil para trás e passou a ser
  o principal parceiro comercial dos argentinos", "left Brazil behind") is never whose rank it is:
  main read Brazil's rank for Argentina's.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a figure set against trade with China, with its own partner state ---------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Janeiro de 2024\n\nA Argentina comprou US$ 16,3 bilhões do Brasil em 2023. Somados os"
            " dois sentidos, o comércio com a China movimentou US$ 21,6 bilhões em 2023, contra"
            " US$ 28,4 bilhões com o Brasil.",
            "US$ 21,6 bilhões",
            "US$ 28,4 bilhões",
        ),
        (
            "Enero de 2024\n\nLas compras argentinas a Brasil sumaron 16.300 millones de dólares en"
            " 2023. En total, el intercambio con China movió 21.600 millones de dólares en 2023,"
            " frente a 28.400 millones de dólares con Brasil.",
            "21.600 millones de dólares",
            "28.400 millones de dólares",
        ),
        (
            "January 2024\n\nArgentina bought US$16.3 billion of goods from Brazil in 2023. Overall,"
            " trade with China reached US$21.6 billion in 2023, against US$28.4 billion with"
            " Brazil.",
            "US$21.6 billion",
            "US$28.4 billion",
        ),
    ],
)
def test_a_figure_set_against_trade_with_china_with_its_own_partner_is_not_refuted(
    text, first, second
):
    results = check(text)
    for figure in (first, second):
        result = one(results, figure)
        assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_the_subject_of_a_figure_set_against_one_with_brazil_is_not_brazil():
    text = (
        "21 de outubro de 2025\n\nDo lado das compras, a Argentina importou da China US$ 1,816"
        " bilhão, uma alta de 31,3%, e do Brasil US$ 1,722 bilhão, uma alta de 17,6%. Somados os"
        " dois sentidos, o comércio com a China movimentou US$ 3,1 bilhões em setembro de 2025,"
        " contra US$ 2,89 bilhões com o Brasil."
    )
    result = one(check(text), "US$ 3,1 bilhões")
    assert result.verdict is Verdict.SUPPORTED, result.reason  # INDEC's 3,109 m of 2025-09


def test_guard_china_as_the_owner_of_both_figures_is_untouched():
    # "o comércio da China com a Argentina …, contra … com o Brasil": China owns both figures;
    # the second is China's trade with Brazil, which the rule leaves as it was.
    text = (
        "Janeiro de 2024\n\nEm 2023, o comércio da China com a Argentina somou US$ 21,6 bilhões,"
        " contra US$ 157 bilhões com o Brasil."
    )
    result = one(check(text), "US$ 157 bilhões")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- the sums the states received, in a text about China's lending ---------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "# A China dobra o seu financiamento à América Latina em 2015\n\n11 de fevereiro de"
            " 2016\n\nSegundo o relatório, a maior parte dos empréstimos foi para projetos de"
            " infraestrutura.\n\nNo ano passado, o Brasil recebeu US$ 10,650 bilhões, seguido pela"
            " Venezuela, com US$ 10 bilhões.",
            "US$ 10,650 bilhões",
        ),
        (
            "# China duplicó su financiamiento a América Latina en 2015\n\n11 de febrero de 2016\n\n"
            "Según el informe, la mayor parte fue a proyectos de infraestructura.\n\nEl año pasado,"
            " Brasil recibió 10.650 millones de dólares, seguido por Venezuela, con 10.000 millones"
            " de dólares.",
            "10.650 millones de dólares",
        ),
        (
            "# Chinese lending to Latin America doubled in 2015\n\nFebruary 11, 2016\n\nMost of the"
            " money went to infrastructure, the report said.\n\nLast year Brazil received US$10.65"
            " billion, followed by Venezuela with US$10 billion.",
            "US$10.65 billion",
        ),
    ],
)
def test_a_sum_received_in_a_text_about_chinese_lending_is_a_loan(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason  # BU-IAD's 2015 rows (2016 vintage)


def test_guard_a_sum_received_without_chinese_lending_named_is_not_read_as_a_loan():
    text = (
        "# O Banco Mundial corta os seus empréstimos à região\n\n11 de fevereiro de 2016\n\nO BM"
        " reduziu os seus empréstimos em 8%.\n\nNo ano passado, o Brasil recebeu US$ 10,650"
        " bilhões."
    )
    result = one(check(text), "US$ 10,650 bilhões")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_guard_a_borrowed_loan_reading_never_refutes():
    text = (
        "# A China dobra o seu financiamento à América Latina em 2015\n\n11 de fevereiro de"
        " 2016\n\nNo ano passado, o Brasil recebeu US$ 30 bilhões."
    )
    result = one(check(text), "US$ 30 bilhões")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- a state left behind by a rank's holder ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "21 de outubro de 2025\n\nAs trocas entre a Argentina e a China deram um salto em"
            " setembro de 2025: o país asiático deixou o Brasil para trás e passou a ser o principal"
            " parceiro comercial dos argentinos.",
            "principal parceiro comercial",
        ),
        (
            "October 21, 2025\n\nTrade between Argentina and China jumped in September 2025: the"
            " Asian giant left Brazil behind and became the main trading partner of the"
            " Argentines.",
            "main trading partner",
        ),
    ],
)
def test_a_state_left_behind_does_not_own_the_rank(text, rank):
    result = one(check(text), rank)
    assert result.verdict is Verdict.SUPPORTED, result.reason  # INDEC: China first in 2025-09
    assert result.claim.entity == "ARG"
