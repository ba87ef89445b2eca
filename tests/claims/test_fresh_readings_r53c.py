"""General readings found on the fresh dev texts 571-572 of the unseen set (branch round-r53c:
the Chinese ambassador at the seminar for the twentieth year of the China-Chile FTA, December
2025, and Argentina joining the Belt and Road, February 2022), each with real-shaped sentences
(our own) in Spanish, English and Portuguese, checked against the package's knowledge base.

* "CLAPES UC conmemoró los 20 años del Tratado de Libre Comercio entre Chile y China" (December
  2025), "the 20 years of the free trade agreement", "os 20 anos do Tratado de Livre Comércio": a
  count of years, exactly, whose object opens with one tie is that tie's anniversary, as a count
  of years of relations already was (text 571: main read a duration no row holds). An FTA's years
  may be counted from its signing (Chile's of 2005-11, in force 2006-10): the tie as it stood at
  the end of the year counted from bears the count out. The anniversary reading never refutes.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from tests.claims.conftest import one

# --- "los 20 años del Tratado de Libre Comercio": the count of years of a tie --------------------

FTA_YEARS = [
    (
        "Santiago, 11 de diciembre de 2025\n\nEl embajador chino habló en el seminario con el que"
        " CLAPES UC conmemoró los 20 años del Tratado de Libre Comercio entre Chile y China.",
        "20 años",
    ),
    (
        "Santiago, 11 December 2025\n\nThe Chinese ambassador spoke at the seminar with which"
        " CLAPES UC marked the 20 years of the free trade agreement between Chile and China.",
        "20 years",
    ),
    (
        "Santiago, 11 de dezembro de 2025\n\nO embaixador chinês falou no seminário com que a"
        " CLAPES UC comemorou os 20 anos do Tratado de Livre Comércio entre o Chile e a China.",
        "20 anos",
    ),
]


@pytest.mark.parametrize(("text", "span"), FTA_YEARS)
def test_the_years_of_the_fta_are_its_anniversary_counted_from_the_signing(text, span):
    """2025 less 20 is 2005, the year the China-Chile FTA was signed (2005-11-18); it took
    effect in 2006-10, so only the signing bears the count out."""
    result = one(check(text), span)
    assert result.claim.kind is Kind.DURATION
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.rule_id == "ties-rank"
    assert "dates the tie 2005" in result.reason


def test_the_years_of_another_fta_are_read_the_same_way():
    """Peru's FTA with China was signed in 2009-04 and took effect in 2010-03: sixteen years
    in 2025 count from the signing."""
    text = (
        "Lima, 10 de diciembre de 2025\n\nEl gremio conmemoró los 16 años del Tratado de Libre"
        " Comercio entre Perú y China con un seminario."
    )
    result = one(check(text), "16 años")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "dates the tie 2009" in result.reason


def test_years_that_land_on_the_signing_are_borne_out_where_the_entry_into_force_would_not():
    """Peru signed its FTA with China in 2009-04 and it took effect in 2010-03: fourteen years
    in May 2023 count from the signing. Round s17b's guard had this sentence left unverifiable
    (only the entry into force was read); it moved here in round r53c."""
    result = one(check("May 2023 — Peru marks 14 years of its FTA with China."), "14 years")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "dates the tie 2009" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Maio de 2023 — Nos primeiros 13 anos do TLC, as vendas do Peru à China cresceram.",
        "Mayo de 2023 — En los primeros 14 años del TLC, las ventas del Perú a China crecieron.",
        "May 2023 — In the first 14 years of the FTA, Peru's sales to China grew.",
    ],
)
def test_the_first_years_of_a_tie_are_no_anniversary(text):
    """A part of the span ("los primeros 14 años del TLC") dates no start."""
    results = [r for r in check(text) if r.claim.kind is Kind.DURATION]
    assert results
    assert all(r.rule_id != "ties-rank" for r in results), [r.reason for r in results]
    assert all(r.verdict is Verdict.UNVERIFIABLE for r in results)


# --- guards ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Santiago, 11 de diciembre de 2025\n\nEl seminario conmemoró los 25 años del Tratado de"
            " Libre Comercio entre Chile y China.",
            "25 años",
        ),
        (
            "Santiago, 11 December 2025\n\nThe seminar marked the 25 years of the free trade"
            " agreement between Chile and China.",
            "25 years",
        ),
    ],
)
def test_a_count_the_table_does_not_bear_out_is_never_refuted(text, span):
    """2025 less 25 is 2000, neither the signing (2005) nor the entry into force (2006): the
    table's date is shown and the count left unverifiable, never contradicted."""
    result = one(check(text), span)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "the ties table holds" in result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Santiago, 11 de diciembre de 2025\n\nEl seminario repasó los 20 años de negociaciones"
            " del Tratado de Libre Comercio entre Chile y China.",
            "20 años",
        ),
        (
            "Santiago, 11 de diciembre de 2025\n\nDurante los 20 años del gobierno anterior se"
            " negoció el Tratado de Libre Comercio entre Chile y China.",
            "20 años",
        ),
    ],
)
def test_years_whose_object_is_no_tie_are_no_anniversary(text, span):
    """The object must open with the tie: years of negotiations, or of a government, in a
    sentence that names the FTA later, are a duration no row holds."""
    result = one(check(text), span)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.rule_id != "ties-rank"


def test_the_years_of_relations_are_still_read_as_before():
    text = (
        "Santiago, 11 de diciembre de 2025\n\nDurante los 55 años del establecimiento de"
        " relaciones diplomáticas entre Chile y China, todos los gobiernos chilenos buscaron"
        " desarrollar el vínculo."
    )
    result = one(check(text), "55 años")
    assert result.verdict is Verdict.SUPPORTED, result.reason
