"""General readings found on the fresh dev texts 641-642 of the unseen set (branch round-r63b:
the Costa Rican embassy in Beijing's page on the milestones of its relations with China, 2017,
and the Ecuadorian chamber in Shanghai on the China-Ecuador FTA's entry into force, April 2024),
each with real-shaped sentences (our own) in the languages where the reading applies, checked
against the package's knowledge base.

* "The agreement" takes the free trade agreement up from a sentence before that frees goods of
  tariffs under an agreement ("… quedarán libres de aranceles con el tratado. … el acuerdo
  entrará en vigencia el 1 de mayo", text 642: main found no antecedent, since no tie cue was
  named). Taken up, so borne out, never refuted; the tariffs sentence's own figures are not read
  as the FTA's.
* A sentence that opens on "in N years" and goes on to the ties "between the two countries" in a
  perfect tense ("En diez años, los lazos entre los dos países se han desarrollado …", text 641)
  tells the years of the pair's ties named just before. Borne out, never refuted.
* A place and a year alone as the first paragraph under the title ("Beijing, 2017"), the date
  line of an undated page, is the article's year, as the year alone is (round r54b; text 641:
  main read no date and left "En diez años" uncounted).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.article_date import from_text
from tests.claims.conftest import checked, one

TARIFFS_THEN_AGREEMENT = [
    (
        "Cerca del 90 % de los productos que comercian Ecuador y China quedarán libres de"
        " aranceles con el tratado. Según el ministerio, el acuerdo entrará en vigencia el 1 de"
        " mayo.",
        "1 de mayo",
        "2024-04-29",
    ),
    (
        "About 90% of the goods traded between Ecuador and China will be tariff-free under the"
        " agreement. The ministry said the deal was signed in May 2023.",
        "May 2023",
        "2024-04-29",
    ),
    (
        "Cerca de 90% dos produtos trocados entre o Equador e a China ficarão livres de tarifas"
        " com o acordo. O acordo foi assinado em maio de 2023.",
        "maio de 2023",
        "2024-04-29",
    ),
]


@pytest.mark.parametrize(("text", "span", "date"), TARIFFS_THEN_AGREEMENT)
def test_the_agreement_takes_up_a_treaty_that_frees_goods_of_tariffs(text, span, date):
    result = checked(text, span, date=date)
    assert result.verdict is Verdict.SUPPORTED
    assert "fta" in result.reason.lower() or "FTA" in result.reason


def test_a_taken_up_agreement_of_another_date_is_never_refuted():
    # guard: the FTA was signed in May 2023; "June 2022" is left unjudged, not contradicted
    result = checked(
        "Cerca del 90 % de los productos que comercian Ecuador y China quedarán libres de"
        " aranceles con el tratado. El acuerdo se firmó en junio de 2022.",
        "junio de 2022",
        date="2024-04-29",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


def test_the_tariffs_sentence_itself_is_not_read_as_the_fta():
    # guard: a phase-in year of tariffs in that sentence is no date of the treaty
    result = checked(
        "El tratado con China deja libres de aranceles los productos de Ecuador desde 2034.",
        "2034",
        date="2024-04-29",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


def test_an_agreement_after_a_sentence_with_no_tariffs_reads_no_tie():
    # guard: nothing before names an FTA or a tariff-free treaty
    result = checked(
        "Ecuador y China conversaron sobre el comercio de camarón. El acuerdo se firmó en mayo"
        " de 2023.",
        "mayo de 2023",
        date="2024-04-29",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


YEARS_OF_TIES = [
    (
        "Costa Rica y China establecieron relaciones diplomáticas el 1 de junio de 2007. En diez"
        " años, los lazos entre los dos países se han desarrollado con rapidez.",
        "diez años",
    ),
    (
        "Costa Rica and China established diplomatic relations on June 1, 2007. In ten years,"
        " the ties between the two countries have grown quickly.",
        "ten years",
    ),
    (
        "A Costa Rica e a China estabeleceram relações diplomáticas em 1º de junho de 2007. Em"
        " dez anos, os laços entre os dois países se desenvolveram com rapidez.",
        "dez anos",
    ),
]


@pytest.mark.parametrize(("text", "span"), YEARS_OF_TIES)
def test_in_n_years_the_ties_between_the_two_countries_count_from_the_tie(text, span):
    result = checked(text, span, date="2017-06-20")
    assert result.verdict is Verdict.SUPPORTED
    assert "2007" in result.reason


def test_a_count_of_years_that_misses_the_tie_is_never_refuted():
    # guard: nine years back from 2017 is 2008, not the tie's 2007: left unjudged
    result = checked(
        "Costa Rica y China establecieron relaciones diplomáticas el 1 de junio de 2007. En nueve"
        " años, los lazos entre los dos países se han desarrollado con rapidez.",
        "nueve años",
        date="2017-06-20",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


def test_a_future_span_of_the_ties_is_not_read():
    # guard: "se duplicarán en diez años" looks ahead; no tie is dated by it
    result = checked(
        "Costa Rica y China establecieron relaciones diplomáticas en 2007. En diez años, los"
        " lazos entre los dos países serán más fuertes.",
        "diez años",
        date="2017-06-20",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


PLACE_AND_YEAR = [
    (
        "# Costa Rica y China\n\nBeijing, 2017\n\nCosta Rica y China establecieron relaciones"
        " diplomáticas hace diez años.",
        "diez años",
    ),
    (
        "# Costa Rica and China\n\nBeijing, 2017\n\nCosta Rica and China established diplomatic"
        " relations ten years ago.",
        "ten years",
    ),
    (
        "# Costa Rica e China\n\nPequim, 2017\n\nA Costa Rica e a China estabeleceram relações"
        " diplomáticas há dez anos.",
        "dez anos",
    ),
]


@pytest.mark.parametrize(("text", "span"), PLACE_AND_YEAR)
def test_a_place_and_a_year_under_the_title_date_the_text(text, span):
    found = from_text(text)
    assert found is not None
    assert (found.date.year, found.precision, found.text) == (2017, "year", "2017")
    result = one(check(text), span)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2007" in result.reason


def test_a_place_and_a_year_further_down_is_no_date_line():
    # guard: only the first paragraph under the title
    text = "# Cifras\n\nEl comercio creció.\n\nBeijing, 2017\n\nLas ventas subieron."
    assert from_text(text) is None


def test_a_place_and_a_year_with_no_title_is_no_date_line():
    # guard: with no title above it the line may be a heading of its own (round 32c)
    assert from_text("Beijing, 2017\n\nLas ventas subieron.") is None
