"""General readings found on the fresh dev texts 520-523 of the unseen set (branch round-r47a,
round 47a: Guyana's trade with China in the first half of 2024, fifty years of Jamaica-China
relations (August 2022), five years of Dominican-Chinese relations (May 2023), the 48th
anniversary of Mexico-China relations (February 2020)), each with real-shaped sentences (our
own) in English, Spanish and Portuguese, checked against the package's knowledge base.

* A plain "first" of a subregion named as a region ("Jamaica became the first country in the
  Caribbean region to establish diplomatic relations with China", "el primer país de la región
  del Caribe en establecer …", "o primeiro país da região do Caribe a estabelecer …", "the
  Central American region", "la región centroamericana", "a região centro-americana") is refuted
  by the table's earlier, well-sourced leader, as "the first country in the Caribbean" already
  was: main left it unjudged, "region" after the subregion's name hid the plain rank (text 521).
* A noun that may head a label ("figure", "table", "cuadro", "tabela") followed by a
  preposition or an article is no label: "She gave the figure on Wednesday evening" keeps its
  weekday, a date claim; main read "figure on" as a label like "Figure A" and the weekday
  vanished with it (text 520).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from tests.claims.conftest import one

# --- a first of "the Caribbean region" ---------------------------------------------------------

JAMAICA_FIRST = {
    "en": (
        "Kingston, August 2022\n\nJamaica became the first country in the Caribbean region to"
        " establish diplomatic relations with China in 1972.",
        "first country",
    ),
    "es": (
        "Kingston, agosto de 2022\n\nJamaica fue el primer país de la región del Caribe en"
        " establecer relaciones diplomáticas con China, en 1972.",
        "primer país",
    ),
    "pt": (
        "Kingston, agosto de 2022\n\nA Jamaica foi o primeiro país da região do Caribe a"
        " estabelecer relações diplomáticas com a China, em 1972.",
        "primeiro país",
    ),
}


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_a_first_of_the_caribbean_region_is_refuted_by_an_earlier_state(lang):
    """Cuba's relations are stored from 1960-09-28, Jamaica's from 1972-11-21."""
    text, rank = JAMAICA_FIRST[lang]
    result = one(check(text), rank)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "CUB" in result.reason


PANAMA_FIRST = {
    "en": (
        "Panama City, June 2023\n\nPanama was the first country in the Central American region to"
        " establish diplomatic relations with China, in 2017.",
        "first country",
    ),
    "es": (
        "Ciudad de Panamá, junio de 2023\n\nPanamá fue el primer país de la región"
        " centroamericana en establecer relaciones diplomáticas con China, en 2017.",
        "primer país",
    ),
    "pt": (
        "Cidade do Panamá, junho de 2023\n\nO Panamá foi o primeiro país da região"
        " centro-americana a estabelecer relações diplomáticas com a China, em 2017.",
        "primeiro país",
    ),
}


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_a_first_of_the_central_american_region_is_refuted_by_an_earlier_state(lang):
    """Costa Rica's relations are stored from 2007-06-01, Panama's from June 2017."""
    text, rank = PANAMA_FIRST[lang]
    result = one(check(text), rank)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "CRI" in result.reason


def test_the_first_of_the_central_american_region_is_shown_beside_nicaraguas_earlier_ties():
    """Round 50b: Nicaragua held relations with the PRC from 1985-12 to 1990 (a weak source), so
    the table does not bear Costa Rica's first (2007) out; it is shown, never refuted."""
    text = (
        "San José, June 2017\n\nCosta Rica was the first country in the Central American region"
        " to establish diplomatic relations with China."
    )
    result = one(check(text), "first country")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "NIC" in result.reason and "CRI at 2007-06-01" in result.reason


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Havana, September 2020\n\nCuba was the first country in the Caribbean region to"
            " establish diplomatic relations with China, in 1960.",
            "first country",
        ),
        (
            "La Habana, septiembre de 2020\n\nCuba fue el primer país de la región del Caribe en"
            " establecer relaciones diplomáticas con China, en 1960.",
            "primer país",
        ),
    ],
)
def test_the_first_of_the_caribbean_region_is_borne_out(text, rank):
    result = one(check(text), rank)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        # a group the table cannot list
        (
            "Georgetown, June 2022\n\nGuyana was the first country in the English-speaking"
            " Caribbean region to establish diplomatic relations with China.",
            "first country",
        ),
        # "the region" alone names no subregion
        (
            "Kingston, August 2022\n\nJamaica was the first country of the region to establish"
            " diplomatic relations with China.",
            "first country",
        ),
        (
            "Kingston, agosto de 2022\n\nJamaica fue el primer país de la región en establecer"
            " relaciones diplomáticas con China.",
            "primer país",
        ),
    ],
)
def test_a_first_of_a_group_or_of_the_bare_region_is_never_refuted(text, rank):
    results = [r for r in check(text) if r.claim.text.strip() == rank]
    assert all(r.verdict is not Verdict.CONTRADICTED for r in results), [r.reason for r in results]


def test_one_of_the_first_of_the_caribbean_region_is_never_refuted():
    text = (
        "Kingston, August 2022\n\nJamaica was one of the first countries in the Caribbean region"
        " to establish diplomatic relations with China."
    )
    assert all(r.verdict is not Verdict.CONTRADICTED for r in check(text))


# --- a weekday after "the figure" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        (
            "Georgetown, December 5, 2024\n\nTrade between China and Guyana grew by 31 percent"
            " in the first half of 2024.\n\nShe gave the figure on Wednesday evening.",
            "on Wednesday",
        ),
        (
            "Georgetown, December 5, 2024\n\nThe ambassador showed the table on Wednesday.",
            "on Wednesday",
        ),
        (
            "Santo Domingo, 5 de diciembre de 2024\n\nEl embajador presentó el cuadro el"
            " miércoles.",
            "el miércoles",
        ),
        (
            "Brasília, 5 de dezembro de 2024\n\nO embaixador apresentou a tabela na quarta-feira.",
            "na quarta-feira",
        ),
    ],
)
def test_a_weekday_after_a_label_noun_is_a_date_claim(text, weekday):
    result = one(check(text), weekday)
    assert result.claim.kind is Kind.DATE
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "December 5, 2024\n\nAs figure 3 shows, trade reached US$5 billion in 2023.",
        "December 5, 2024\n\nSee table A: trade reached US$5 billion in 2023.",
        "5 de diciembre de 2024\n\nSegún el cuadro 4, el comercio llegó a 5.000 millones de dólares"
        " en 2023.",
        "5 de dezembro de 2024\n\nSegundo a tabela 4, o comércio chegou a US$ 5 bilhões em 2023.",
    ],
)
def test_numbered_and_lettered_labels_stay_no_claims(text):
    texts = [r.claim.text.strip() for r in check(text)]
    assert not any(t in ("3", "4", "A", "figure 3", "table A") for t in texts), texts
