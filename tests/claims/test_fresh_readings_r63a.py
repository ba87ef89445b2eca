"""General readings found on the fresh dev texts 639-640 of the unseen set (branch round-r63a:
ecns on the Chile Week in China, August 2015, and Marca Chile on twenty years of the FTA, 2025),
each with real-shaped sentences (our own) in the languages where the reading applies, checked
against the package's knowledge base.

* A growth rate that misses the two levels of its sentence is another subject's when it stands
  in a clause of its own before a rate that fits them ("trade has grown by 77%, and exports to
  China by 129%, from … to …"): not called inconsistent (text 640: main did).
* An anniversary's own object ends where a count of years is joined to it ("the 55th
  anniversary of diplomatic relations … and 20 years since the signing of the FTA"): the
  relations' anniversary is read alone (text 640: main saw two ties and judged nothing).
* A count of years "since the signing of" an FTA counts from the signing (text 640), and an
  anniversary of an FTA whose object names no entry into force may be borne out by its signing
  (text 640: main held the entry into force alone). Both only bear a tie out.
* A date right after "signed in" is the signing's, whatever "first" stands far before it in the
  sentence (text 639: main read the date's metric as a first year, with low confidence, and left
  the wrong year of the signing unrefuted).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

RATE_OF_ANOTHER_SUBJECT = [
    (
        "Since the first edition, bilateral trade has grown by 60%, and Peruvian exports to China"
        " have risen by 150%, from US$8,000 million to US$20,000 million.",
        "60%",
    ),
    (
        "Desde la primera edición, el comercio bilateral creció un 60%, y las exportaciones"
        " peruanas a China aumentaron un 150%, de US$8.000 millones a US$20.000 millones.",
        "60%",
    ),
    (
        "Desde a primeira edição, o comércio bilateral cresceu 60%, e as exportações peruanas"
        " para a China aumentaram 150%, de US$ 8.000 milhões para US$ 20.000 milhões.",
        "60%",
    ),
]


@pytest.mark.parametrize(("text", "span"), RATE_OF_ANOTHER_SUBJECT)
def test_a_rate_that_misses_beside_one_that_fits_is_not_inconsistent(text, span):
    result = checked(text, span)
    assert result.verdict is not Verdict.INCONSISTENT


def test_a_lone_rate_that_misses_its_levels_stays_inconsistent():
    # guard: with no other rate in the sentence, 60% against 8,000 → 20,000 (150%) is refuted
    result = checked(
        "Peruvian exports to China have risen by 60%, from US$8,000 million to US$20,000 million.",
        "60%",
    )
    assert result.verdict is Verdict.INCONSISTENT


def test_a_rate_that_misses_in_the_clause_of_one_that_fits_stays_inconsistent():
    # guard: 60% told after the levels that 150% fits, in the same clause, contradicts them
    result = checked(
        "Peruvian exports to China have risen by 150%, from US$8,000 million to US$20,000"
        " million, an increase of 60%.",
        "60%",
    )
    assert result.verdict is Verdict.INCONSISTENT


ANNIVERSARY_BESIDE_A_COUNT = [
    (
        "2024 marks the 53rd anniversary of diplomatic relations between Peru and China and 15"
        " years since the signing of the Free Trade Agreement.",
        "53rd anniversary",
        "15 years",
    ),
    (
        "En 2024 se cumple el 53º aniversario de las relaciones diplomáticas entre el Perú y China"
        " y 15 años desde la firma del Tratado de Libre Comercio.",
        "53º aniversario",
        "15 años",
    ),
    (
        "Em 2024 completa-se o 53º aniversário das relações diplomáticas entre o Peru e a China e"
        " 15 anos desde a assinatura do Tratado de Livre Comércio.",
        "53º aniversário",
        "15 anos",
    ),
]


@pytest.mark.parametrize(("text", "anniversary", "count"), ANNIVERSARY_BESIDE_A_COUNT)
def test_an_anniversary_and_a_count_since_the_signing_are_read_apart(text, anniversary, count):
    relations = checked(text, anniversary, date="2024-05-20")
    assert relations.verdict is Verdict.SUPPORTED
    assert "1971" in relations.reason
    signing = checked(text, count, date="2024-05-20")
    assert signing.verdict is Verdict.SUPPORTED
    assert "2009" in signing.reason


def test_a_count_since_the_signing_never_counts_from_the_entry_into_force():
    # guard: 14 years since the signing in 2024 would date it 2010, the entry into force: unjudged
    result = checked(
        "Peru and China mark 14 years since the signing of their Free Trade Agreement.",
        "14 years",
        date="2024-05-20",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


FTA_ANNIVERSARY = [
    (
        "Peru and China celebrated the 15th anniversary of the Free Trade Agreement with a forum"
        " in Lima.",
        "15th anniversary",
    ),
    (
        "Perú y China celebraron el 15º aniversario del Tratado de Libre Comercio con un foro en"
        " Lima.",
        "15º aniversario",
    ),
    (
        "Peru e China celebraram o 15º aniversário do Tratado de Livre Comércio com um fórum em"
        " Lima.",
        "15º aniversário",
    ),
]


@pytest.mark.parametrize(("text", "span"), FTA_ANNIVERSARY)
def test_an_fta_anniversary_may_count_from_the_signing(text, span):
    result = checked(text, span, date="2024-04-28")
    assert result.verdict is Verdict.SUPPORTED
    assert "2009" in result.reason


def test_an_anniversary_of_the_entry_into_force_never_counts_from_the_signing():
    # guard: the 14th anniversary of the entry into force in 2023 dates it 2009, the signing
    result = checked(
        "Peru and China marked the 14th anniversary of the entry into force of their Free Trade"
        " Agreement.",
        "14th anniversary",
        date="2023-03-01",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


SIGNED_FAR_FROM_FIRST = [
    (
        "China is today Peru's first trading partner, both as a market for its exports and in total"
        " trade, a place the minister credited to the Free Trade Agreement signed in 2010.",
        "2010",
    ),
    (
        "China es hoy el primer socio comercial del Perú, como destino de sus exportaciones y en"
        " términos de intercambio comercial, gracias al Tratado de Libre Comercio firmado en 2010.",
        "2010",
    ),
    (
        "A China é hoje o primeiro parceiro comercial do Peru, como mercado das suas exportações e"
        " no intercâmbio total, um lugar que o ministro atribuiu ao Tratado de Livre Comércio"
        " assinado em 2010.",
        "2010",
    ),
]


@pytest.mark.parametrize(("text", "span"), SIGNED_FAR_FROM_FIRST)
def test_a_signing_year_far_from_first_is_the_signings(text, span):
    result = checked(text, span, date="2015-08-13")
    assert result.verdict is Verdict.CONTRADICTED
    assert "2009" in result.reason


def test_the_right_signing_year_far_from_first_is_borne_out():
    # guard: the stored signing year is borne out, never refuted
    result = checked(
        "China is today Peru's first trading partner, both as a market for its exports and in total"
        " trade, a place the minister credited to the Free Trade Agreement signed in 2009.",
        "2009",
        date="2015-08-13",
    )
    assert result.verdict is Verdict.SUPPORTED
