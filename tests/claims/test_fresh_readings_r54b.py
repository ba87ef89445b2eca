"""General readings found on the fresh dev texts 577-578 of the unseen set (branch round-r54b:
Maduro and Xi Jinping meeting in Moscow at the Victory Day events, May 2025, and the Mexican
embassy in Beijing's page on the economic relationship, 2022), each with real-shaped sentences
(our own) in Spanish, English and Portuguese where the reading applies, checked against the
package's knowledge base.

* A year alone as the first paragraph under the title ("2022"), the date line of a page that
  prints no day nor month, is the article's year (text 578: main read no date, took the line for
  a claim and counted "A 50 años del establecimiento de relaciones" from the file's time).
* A month or day inside a tie the ties table dates to its year only ("establecieron la
  Asociación Estratégica Integral el 14 de julio de 2014" beside Venezuela's partnership stored
  as "2014") is borne out at the row's precision, never refuted (text 577: main found no status
  in July, since a year-only row begins at the year's end).
* A state's capital names the state, weakly, as "Beijing" and "Pekín" name China: "los vínculos
  entre Caracas y Pekín" (text 577: main read only China and judged nothing).
* "los dos países" in a sentence that names no state nor China at all is the pair named before,
  here only by its capital (text 577: main left the date of the relations with no entity).
* A count of years since an event its clause tells ("a 9 años de que la relación se elevara al
  nivel de Asociación Estratégica Integral", "nine years since … raised their ties to a
  comprehensive strategic partnership", "9 anos desde que … elevaram a relação a uma Parceria
  Estratégica Integral") is that tie's anniversary (text 578: main read a duration no row holds).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from chinalac.claims.article_date import from_text
from tests.claims.conftest import one

# --- a year alone under the title is the article's year ----------------------------------------

YEAR_LINE = [
    (
        "# La embajada hace el balance\n\n2022\n\nA 50 años del establecimiento de relaciones"
        " diplomáticas entre México y China, el vínculo es más sólido que nunca.",
        "50 años",
    ),
    (
        "# The embassy takes stock\n\n2022\n\nMexico and China mark 50 years of diplomatic"
        " relations with a stronger partnership than ever.",
        "50 years",
    ),
    (
        "# A embaixada faz o balanço\n\n2022\n\nMéxico e China celebram 50 anos de relações"
        " diplomáticas com um vínculo mais sólido do que nunca.",
        "50 anos",
    ),
]


@pytest.mark.parametrize(("text", "span"), YEAR_LINE)
def test_a_year_alone_under_the_title_dates_the_anniversary(text, span):
    """2022 less 50 is 1972, the year Mexico and China established relations (1972-02-14)."""
    result = one(check(text), span)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "1972" in result.reason


def test_a_year_alone_under_the_title_is_a_date_line_to_the_year_and_no_claim():
    text = YEAR_LINE[0][0]
    found = from_text(text)
    assert found is not None
    assert (found.date.year, found.precision, found.text) == (2022, "year", "2022")
    assert not [r for r in check(text) if r.claim.text == "2022"]


def test_a_year_alone_further_down_is_no_date_line():
    """Guard: only the first paragraph; a year alone later on is a heading or a figure."""
    text = "# Cifras\n\nEl comercio creció durante la década.\n\n2022\n\nLas ventas subieron."
    assert from_text(text) is None


def test_a_year_with_other_words_is_still_no_bare_date_line():
    """Guard: "Año 2022" or "2022 en cifras" is no date line (as before)."""
    assert from_text("# Balance\n\n2022 en cifras\n\nLas ventas subieron.") is None


# --- a month inside a tie stored with its year only ---------------------------------------------

MONTH_IN_YEAR_ROW = [
    (
        "Mayo de 2025\n\nVenezuela y China establecieron la Asociación Estratégica Integral el 14"
        " de julio de 2014.",
        "julio de 2014",
    ),
    (
        "May 2025\n\nVenezuela and China established a comprehensive strategic partnership in"
        " July 2014.",
        "July 2014",
    ),
    (
        "Maio de 2025\n\nA Venezuela e a China estabeleceram a Parceria Estratégica Integral em"
        " julho de 2014.",
        "julho de 2014",
    ),
]


@pytest.mark.parametrize(("text", "span"), MONTH_IN_YEAR_ROW)
def test_a_month_inside_a_year_only_tie_is_borne_out(text, span):
    """Venezuela's comprehensive strategic partnership is stored as "2014" (year only)."""
    result = one(check(text), span)
    assert result.claim.kind is Kind.DATE
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.rule_id == "ties-date"
    assert "the year only, which 2014-07 falls in" in result.reason


@pytest.mark.parametrize("month", ["julio de 2015", "julio de 2013"])
def test_a_month_of_another_year_is_not_borne_out_by_the_year_row(month):
    """Guard: only the row's own year bears a month out (and none is refuted by it)."""
    text = (
        "Mayo de 2025\n\nVenezuela y China establecieron la Asociación Estratégica Integral en"
        f" {month}."
    )
    result = one(check(text), month)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- a capital names its state -------------------------------------------------------------------

CAPITALS = [
    (
        "Mayo de 2025\n\nLos dos presidentes habían acordado en 2023 llevar los vínculos entre"
        " Caracas y Pekín a la categoría de Asociación Estratégica a Toda Prueba y Todo Tiempo.",
        "2023",
    ),
    (
        "May 2025\n\nThe two presidents had agreed in 2023 to raise the ties between Caracas and"
        " Beijing to an all-weather strategic partnership.",
        "2023",
    ),
    (
        "Maio de 2025\n\nOs dois presidentes tinham acordado em 2023 elevar os laços entre Caracas"
        " e Pequim a uma parceria estratégica para todos os tempos.",
        "2023",
    ),
]


@pytest.mark.parametrize(("text", "span"), CAPITALS)
def test_a_capital_beside_beijing_names_its_state(text, span):
    """Venezuela's all-weather strategic partnership is stored as 2023-09."""
    result = one(check(text), span)
    assert result.claim.entity == "VEN"
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_state_named_in_full_still_wins_over_a_capital():
    """Guard: "el embajador de Chile en Caracas" keeps Chile's ties where Chile is named."""
    text = (
        "Mayo de 2025\n\nEl embajador en Caracas recordó que Chile estableció relaciones"
        " diplomáticas con China en 1970."
    )
    result = one(check(text), "1970")
    assert result.claim.entity == "CHL"
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- "los dos países" in a sentence that names no state -----------------------------------------

BOTH_UNNAMED = [
    (
        "Mayo de 2025\n\nXi Jinping recibió a Nicolás Maduro y repasó en 2025 los lazos entre"
        " Caracas y Pekín.\n\nSegún el comunicado, los dos países abrieron relaciones diplomáticas el 28 de"
        " junio de 1974.",
        "junio de 1974",
    ),
    (
        "May 2025\n\nXi Jinping received Nicolás Maduro and reviewed in 2025 the ties between"
        " Caracas and Beijing.\n\nAccording to the statement, the two countries established diplomatic relations"
        " on June 28, 1974.",
        "June 28, 1974",
    ),
    (
        "Maio de 2025\n\nXi Jinping recebeu Nicolás Maduro e repassou em 2025 os laços entre"
        " Caracas e Pequim.\n\nSegundo o comunicado, os dois países estabeleceram relações diplomáticas em 28"
        " de junho de 1974.",
        "junho de 1974",
    ),
]


@pytest.mark.parametrize(("text", "span"), BOTH_UNNAMED)
def test_the_two_countries_unnamed_are_the_pair_named_before(text, span):
    """Venezuela's relations with the PRC date from 1974-06-28."""
    result = one(check(text), span)
    assert result.claim.entity == "VEN"
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_the_two_countries_unnamed_never_refute():
    """Guard: a wrong day through the pair named before is not refuted (the reading is
    likely, never sure)."""
    text = (
        "Mayo de 2025\n\nXi Jinping recibió a Nicolás Maduro y repasó en 2025 los lazos entre"
        " Caracas y Pekín.\n\nSegún el comunicado, los dos países abrieron relaciones diplomáticas en 1979."
    )
    result = one(check(text), "1979")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- a count of years since an event its clause tells -------------------------------------------

YEARS_SINCE = [
    (
        "Marzo de 2022\n\nA 9 años de que la relación entre México y China se elevara al nivel"
        " de Asociación Estratégica Integral, el vínculo es más sólido que nunca.",
        "9 años",
    ),
    (
        "March 2022\n\nIt has been nine years since Mexico and China raised their ties to a"
        " comprehensive strategic partnership.",
        "nine years",
    ),
    (
        "Março de 2022\n\nPassaram-se 9 anos desde que México e China elevaram a relação a uma"
        " Parceria Estratégica Integral.",
        "9 anos",
    ),
    (
        "Marzo de 2022\n\nSe cumplen 9 años desde que México y China elevaron su relación a una"
        " Asociación Estratégica Integral.",
        "9 años",
    ),
]


@pytest.mark.parametrize(("text", "span"), YEARS_SINCE)
def test_years_since_a_tie_is_its_anniversary(text, span):
    """2022 less 9 is 2013, the year of Mexico's comprehensive strategic partnership."""
    result = one(check(text), span)
    assert result.claim.kind is Kind.DURATION
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.rule_id == "ties-rank"
    assert "dates the tie 2013" in result.reason


def test_years_since_a_tie_never_refute():
    """Guard: twelve years in 2022 (2010) are not borne out, nor refuted."""
    text = (
        "Marzo de 2022\n\nSe cumplen 12 años desde que México y China elevaron su relación a una"
        " Asociación Estratégica Integral."
    )
    result = one(check(text), "12 años")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_years_de_que_without_a_before_are_not_read():
    """Guard: "de que" counts to the article's date only after "a" ("a 9 años de que"); "los 9
    años de que hablaba el informe" is no anniversary."""
    text = (
        "Marzo de 2022\n\nEl informe repasó los 9 años de que hablaba el ministro, tras la"
        " Asociación Estratégica Integral de México y China."
    )
    result = one(check(text), "9 años")
    assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_years_since_an_fta_was_signed_are_not_borne_out_by_its_entry_into_force():
    """Guard: Peru signed its FTA with China in 2009-04 and it took effect in 2010-03; thirteen
    years in October 2023 since it was signed count to 2010, the entry into force, not the
    signing: the since-clause of an FTA is not read (u9640 of text 491 is keyed refuted)."""
    text = (
        "8 de octubre de 2023\n\nHan pasado 13 años desde que el Perú y China firmaron su Tratado"
        " de Libre Comercio, y el país asiático es hoy el principal socio comercial peruano."
    )
    result = one(check(text), "13 años")
    assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_a_year_alone_that_opens_a_text_with_no_title_is_still_no_date_line():
    """Guard (round 32c's, kept): with no title above it, a year alone is itself a heading."""
    assert from_text("2019\n\nO comércio cresceu muito nos últimos anos.") is None
