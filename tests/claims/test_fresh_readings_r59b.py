"""General readings found on the fresh dev texts 617-618 of the unseen set (branch round-r59b:
People's Daily Online in Portuguese on the 50 years of China-Brazil relations and Brazil's
"firsts", 2024, and an AFP dispatch in Estado de Minas announcing Lula's state visit to China,
2023), each with real-shaped sentences (our own) in the languages where the reading applies,
checked against the package's knowledge base.

* An amount restated in brackets right after a money figure ("152 bilhões de dólares (803 bilhões
  de reais) de comércio bilateral no ano passado", "US$ 152 bilhões (R$ 803 bilhões) em 2022",
  "152.000 millones de dólares (803.000 millones de reales) el año pasado", "$152 billion (803
  billion reais) last year"): the bracket cut the figure off the date after it, so main left the
  figure undated (text 618). The figure's clause now runs on past the bracket; the restated
  amount keeps its own clause and is held in doubt (a currency the reader may not know, as the
  Spanish "reales"): borne out, never refuted.
* A year with no metric found as a first's year (rule year-facts): the first's topic is now read
  in the three languages ("parceria", "asociación", "relaciones"), as rule store-facts reads it;
  main bore out "In 1993, … a strategic partnership" but not "Em 1993, … uma parceria
  estratégica" (text 617).
* "Nos últimos 50 anos, as relações bilaterais avançaram", "En los últimos 50 años, las relaciones
  bilaterales", "Over the past 50 years, bilateral relations": the last years of bilateral ties
  in a sentence that names no China may take China up from the sentences just before (up to
  three), which name the pair; the count is borne out when it lands on the year of the state's
  relations with the PRC, never refuted (text 617).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

# --- an amount restated in brackets --------------------------------------------------------

DATE_2021 = "2021-01-20"

RESTATED = [
    (
        "O comércio entre o Brasil e a China somou US$ 101,7 bilhões (R$ 525 bilhões) no ano"
        " passado, um recorde.",
        "US$ 101,7 bilhões",
        "R$ 525 bilhões",
    ),
    (
        "O comércio entre o Brasil e a China somou 101,7 bilhões de dólares (525 bilhões de"
        " reais) no ano passado.",
        "101,7 bilhões de dólares",
        "525 bilhões de reais",
    ),
    (
        "El comercio entre Brasil y China sumó 101.700 millones de dólares (525.000 millones de"
        " reales) el año pasado.",
        "101.700 millones de dólares",
        "525.000 millones",
    ),
    (
        "Trade between Brazil and China reached $101.7 billion (525 billion reais) last year.",
        "$101.7 billion",
        "525 billion reais",
    ),
]


@pytest.mark.parametrize(("text", "span", "restated"), RESTATED)
def test_a_figure_keeps_the_date_after_the_bracket_that_restates_it(text, span, restated):
    result = checked(text, span, date=DATE_2021)
    assert result.claim.metric == "trade_total"
    assert result.claim.entity == "BRA"
    assert result.claim.period is not None and result.claim.period.start_year == 2020
    # Secex's 2020 total, 101.728 bn
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(("text", "span", "restated"), RESTATED)
def test_the_restated_amount_is_never_refuted(text, span, restated):
    assert checked(text, restated, date=DATE_2021).verdict is not Verdict.CONTRADICTED


def test_a_restated_amount_in_reales_read_as_dollars_is_never_refuted():
    # "reales" is no currency the reader knows: the amount is read with the figure's metric and
    # year, and 525,000 million lies far from every stored 2020 total.
    text = (
        "El comercio entre Brasil y China sumó 152.000 millones de dólares (803.000 millones de"
        " reales) el año pasado."
    )
    assert checked(text, "803.000 millones", date="2023-03-17").verdict is Verdict.UNVERIFIABLE


def test_a_figure_in_brackets_after_a_verb_is_still_that_clauses_amount():
    # guard: a bracket after words, not after an amount, keeps the reading of round s18c
    text = (
        "En 2020 Bolivia exportó a China 288 millones de dólares, lo que el país asiático le"
        " compró ($us 288 millones)."
    )
    result = checked(text, "$us 288 millones", date="2021-03-01")
    assert result.verdict is not Verdict.CONTRADICTED


def test_a_year_in_brackets_after_a_figure_stays_its_period():
    # guard: "(2019)" is no restated amount; the bracketed year dates the figure (BRACKET_YEAR)
    text = "O comércio entre o Brasil e a China somou US$ 101,7 bilhões (2020)."
    result = checked(text, "US$ 101,7 bilhões", date="2021-06-01")
    assert result.claim.period is not None and result.claim.period.start_year == 2020
    assert result.verdict is Verdict.SUPPORTED


# --- a first's year, its topic in the three languages ----------------------------------------

DATE_2024 = "2024-08-16"

PARTNERSHIP_1993 = [
    "Em 1993, o Brasil e a China estabeleceram uma parceria estratégica.",
    "Em 1993, os dois países estabeleceram uma parceria estratégica; em 2012, essa parceria foi"
    " elevada a parceria estratégica abrangente. O Brasil é um parceiro da China.",
    "En 1993, Brasil y China establecieron una asociación estratégica.",
]


@pytest.mark.parametrize("text", PARTNERSHIP_1993)
def test_the_year_of_a_first_is_read_with_its_topic_in_portuguese_and_spanish(text):
    result = checked(text, "1993", date=DATE_2024)
    assert result.verdict is Verdict.SUPPORTED
    assert "the store holds this year" in result.reason
    assert "first_year_bra_partnership" in {e.record_id for e in result.evidence}


def test_the_year_of_a_first_in_english_as_before():
    # guard: English was read before
    text = "In 1993, Brazil and China established a strategic partnership."
    assert checked(text, "1993", date=DATE_2024).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "Em 1994, o Brasil e a China estabeleceram uma parceria estratégica.",
        "En 1994, Brasil y China establecieron una asociación estratégica.",
    ],
)
def test_another_year_is_never_refuted_by_the_first(text):
    # guard: the rule only bears years out
    assert checked(text, "1994", date=DATE_2024).verdict is not Verdict.CONTRADICTED


def test_a_year_whose_sentence_names_no_topic_of_a_first_is_not_borne_out():
    # guard: a year of trade, no partnership named
    text = "Em 1993, o Brasil vendeu soja à China."
    assert checked(text, "1993", date=DATE_2024).verdict is not Verdict.SUPPORTED


# --- the last years of bilateral ties, China named before ---------------------------------------

BILATERAL_SPANS = [
    (
        "Em 15 de agosto de 1974, a China e o Brasil estabeleceram relações diplomáticas. No"
        " aniversário, os dois países olham para o futuro. Nos últimos 50 anos, as relações"
        " bilaterais avançaram de forma constante.",
        "50 anos",
    ),
    (
        "El 15 de agosto de 1974, China y Brasil establecieron relaciones diplomáticas. En los"
        " últimos 50 años, las relaciones bilaterales avanzaron de forma constante.",
        "50 años",
    ),
    (
        "On August 15, 1974, China and Brazil established diplomatic relations. Over the past 50"
        " years, bilateral relations have advanced steadily.",
        "50 years",
    ),
]


@pytest.mark.parametrize(("text", "span"), BILATERAL_SPANS)
def test_the_last_years_of_bilateral_ties_take_china_up_from_before(text, span):
    result = checked(text, span, date=DATE_2024)
    assert result.verdict is Verdict.SUPPORTED
    assert "1974-08-15" in result.reason


@pytest.mark.parametrize(("text", "span"), BILATERAL_SPANS)
def test_another_count_of_years_is_never_refuted(text, span):
    # guard: 40 years from 2024 land on no tie's year
    other = text.replace("50", "40")
    assert checked(other, span.replace("50", "40"), date=DATE_2024).verdict is not (
        Verdict.CONTRADICTED
    )


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "O Brasil e os Estados Unidos celebram laços antigos. Nos últimos 50 anos, as relações"
            " bilaterais avançaram de forma constante.",
            "50 anos",
        ),
        (
            "Brazil and the United States celebrate old ties. Over the past 50 years, bilateral"
            " relations have advanced steadily.",
            "50 years",
        ),
    ],
)
def test_bilateral_ties_with_no_china_before_are_not_read(text, span):
    # guard: the pair before is another one
    assert checked(text, span, date=DATE_2024).verdict is Verdict.UNVERIFIABLE


def test_diplomatic_relations_with_no_china_named_are_not_taken_up():
    # guard: only "bilateral" ties take the pair up from before
    text = (
        "Em 15 de agosto de 1974, a China e o Brasil estabeleceram relações diplomáticas. Nos"
        " últimos 50 anos, as relações diplomáticas do Brasil se ampliaram."
    )
    assert checked(text, "50 anos", date=DATE_2024).verdict is not Verdict.CONTRADICTED
