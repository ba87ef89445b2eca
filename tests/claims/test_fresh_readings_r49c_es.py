"""General readings found on the fresh dev texts 544-546 of the unseen set (branch round-r49c,
round 49c: forty years of Bolivia-China relations in July 2025, the binational chamber's figures
on China-Venezuela trade in July 2024 and Uruguay's ambassador on China and CELAC in May 2025),
each with real-shaped sentences (our own) in Spanish, Portuguese and English, checked against
the package's knowledge base.

* A date that opens the sentence before "se convirtió en el primer miembro del Mercosur en
  firmar …", "became the first Mercosur member to sign …", "tornou-se o primeiro membro do
  Mercosul a assinar …": the order among a bloc's members is stored nowhere, but the date is
  the subject's own act of signing, a claim of its own (text 546: main read "En 2018" only as
  the rank's period and left the memorandum's year unread). Borne out, never refuted; an
  order of countries ("el primer país de América Latina") keeps its date as before.
* "a lo largo de las últimas cuatro décadas los vínculos bilaterales …", "over the past four
  decades, bilateral ties …", "nas últimas quatro décadas as relações bilaterais …": the last
  years of the ties named right after the span, in a sentence that names China or its leader,
  count back to the year the relations began (text 544: main read a duration the store does
  not hold). Borne out, never refuted.
* "celebraron en junio el 50 aniversario …", "celebraram em junho o 50º aniversário …",
  "celebrated in June the 50th anniversary …": the month is the anniversary's, a claim of its
  own beside the rank, and dated back by the rank it is the month the relations began (text
  545: main read "en junio" only as the rank's period). Borne out, never refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- the date of the act that made a state a bloc's first member --------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Beijing, 11 de mayo de 2025 — El embajador habló con Xinhua. En 2018, Uruguay se"
            " convirtió en el primer miembro del Mercosur en firmar un memorando de entendimiento"
            " para la construcción conjunta de la Franja y la Ruta.",
            "2018",
        ),
        (
            "Beijing, May 11, 2025 — The ambassador spoke to Xinhua. In 2018, Uruguay became the"
            " first Mercosur member to sign a memorandum of understanding on the Belt and Road.",
            "2018",
        ),
        (
            "Pequim, 11 de maio de 2025 — O embaixador falou à Xinhua. Em 2018, o Uruguai"
            " tornou-se o primeiro membro do Mercosul a assinar um memorando de entendimento"
            " sobre a Iniciativa Cinturão e Rota.",
            "2018",
        ),
    ],
)
def test_the_opening_year_of_a_blocs_first_signatory_is_borne_out(text, claim):
    """Uruguay's Belt and Road memorandum is stored in 2018 (ties)."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Beijing, 11 de mayo de 2025 — El embajador habló con Xinhua. En 2016, Uruguay se"
            " convirtió en el primer miembro del Mercosur en firmar un memorando de entendimiento"
            " para la construcción conjunta de la Franja y la Ruta.",
            "2016",
        ),
        (
            "Beijing, May 11, 2025 — The ambassador spoke to Xinhua. In 2016, Uruguay became the"
            " first Mercosur member to sign a memorandum of understanding on the Belt and Road.",
            "2016",
        ),
    ],
)
def test_a_wrong_opening_year_of_a_blocs_first_signatory_is_not_refuted(text, claim):
    """Guard: the year is read from the order's phrase, so it only bears out."""
    result = one(check(text), claim)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "claim", "verdict"),
    [
        (
            "Havana, September 2020 — Cuba marks the day. In 1961, Cuba became the first country"
            " in Latin America to establish diplomatic relations with China.",
            "first country",
            Verdict.CONTRADICTED,
        ),
        (
            "La Habana, septiembre de 2020 — Cuba celebra el aniversario. En 1960, Cuba se"
            " convirtió en el primer país de América Latina en establecer relaciones diplomáticas"
            " con China.",
            "primer país",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_an_order_of_countries_keeps_its_date(text, claim, verdict):
    """Guard: an order among countries (not a bloc's members) is judged by its rank as before:
    Cuba was first, in 1960."""
    result = one(check(text), claim)
    assert result.verdict is verdict, result.reason


# --- the last decades of the bilateral ties ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "La Paz, julio de 2025 — Bolivia y China celebraron el aniversario de sus relaciones."
            " El embajador citó el mensaje del presidente Xi Jinping a su par Luis Arce, en el que"
            " se afirma que a lo largo de las últimas cuatro décadas los vínculos bilaterales"
            " resistieron las vicisitudes internacionales.",
            "cuatro décadas",
        ),
        (
            "La Paz, July 2025 — Wang recalled that over the past four decades, bilateral ties"
            " between Bolivia and China have withstood every test.",
            "four decades",
        ),
        (
            "La Paz, julho de 2025 — Wang lembrou que nas últimas quatro décadas as relações"
            " bilaterais entre a Bolívia e a China resistiram a todas as provas.",
            "quatro décadas",
        ),
    ],
)
def test_the_last_decades_of_the_bilateral_ties_are_borne_out(text, claim):
    """Bolivia's relations with the PRC date from 1985-07-09 (ties): forty years by 2025."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "La Paz, julio de 2025 — Wang recordó que a lo largo de las últimas tres décadas los"
            " vínculos bilaterales entre Bolivia y China resistieron todas las pruebas.",
            "tres décadas",
        ),
        (
            "La Paz, July 2025 — Wang recalled that over the past three decades, bilateral ties"
            " between Bolivia and China have withstood every test.",
            "three decades",
        ),
    ],
)
def test_a_shorter_span_of_the_bilateral_ties_is_not_refuted(text, claim):
    """Guard: the ties may be older than the span the writer looks back on."""
    result = one(check(text), claim)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_the_last_decades_of_ties_with_no_china_named_are_not_read():
    """Guard: "los vínculos bilaterales" of two states, none of them China, count no PRC tie."""
    text = (
        "La Paz, julio de 2025 — El canciller recordó que a lo largo de las últimas cuatro décadas"
        " los vínculos bilaterales entre Bolivia y Perú resistieron todas las pruebas."
    )
    result = one(check(text), "cuatro décadas")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- the month an anniversary was celebrated -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Caracas, 4 de julio de 2024 — Venezuela y China celebraron en junio el 50 aniversario"
            " del establecimiento de sus relaciones diplomáticas.",
            "en junio",
        ),
        (
            "Caracas, 4 de julho de 2024 — A Venezuela e a China celebraram em junho o 50º"
            " aniversário do estabelecimento de suas relações diplomáticas.",
            "em junho",
        ),
        (
            "Caracas, July 4, 2024 — Venezuela and China celebrated in June the 50th anniversary"
            " of the establishment of their diplomatic relations.",
            "in June",
        ),
    ],
)
def test_the_month_an_anniversary_was_celebrated_is_borne_out(text, claim):
    """Venezuela's relations with the PRC date from 1974-06-28 (ties): June, fifty years on."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Caracas, 4 de julio de 2024 — Venezuela y China celebraron en mayo el 50 aniversario"
            " del establecimiento de sus relaciones diplomáticas.",
            "en mayo",
        ),
        (
            "Caracas, 4 de julho de 2024 — A Venezuela e a China celebraram em maio o 50º"
            " aniversário do estabelecimento de suas relações diplomáticas.",
            "em maio",
        ),
    ],
)
def test_another_month_of_celebration_is_not_refuted(text, claim):
    """Guard: a celebration may be held in another month than the tie's own."""
    result = one(check(text), claim)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_a_celebration_month_with_a_wrong_count_is_not_borne_out():
    """Guard: forty years back from 2024 is 1984, not the relations' 1974."""
    text = (
        "Caracas, 4 de julio de 2024 — Venezuela y China celebraron en junio el 40 aniversario del"
        " establecimiento de sus relaciones diplomáticas."
    )
    result = one(check(text), "en junio")
    assert result.verdict is not Verdict.SUPPORTED, result.reason
