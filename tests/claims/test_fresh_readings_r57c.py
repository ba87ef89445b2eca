"""General readings found on the fresh dev texts 603-604 of the unseen set (branch round-r57c:
Veja on Mourão's trip to China with Brazil's trade of 2018, May 2019, and a column of the Estado
de Minas on Xi Jinping's state visit to Brasília, November 2024), each with real-shaped sentences
(our own) in the languages where the reading applies, checked against the package's knowledge
base.

* A rank that opens its sentence as an apposition of China, China the subject right after the
  comma ("Maior parceiro comercial do Brasil desde 2009, a China teve …"), is China's rank for
  the state, as "A China é o maior parceiro comercial do Brasil" is (text 604: main read China
  only before the rank or after a copula and left it unread). Another subject after the comma,
  or China's own possessive, is not read so; the rule bears out or leaves unverifiable, never
  refutes (the partner-rank rule calls no rank contradicted).
* "o relacionamento entre a China e o Brasil ao longo dos últimos 50 anos", "los vínculos entre
  China y Brasil", "the ties between China and Brazil": the pair's relationship over the last
  years up to the article's date counts back to its diplomatic relations, as "a parceria entre
  Brasil e China nos últimos 50 anos" already did (text 604: main left "relacionamento"
  unread). A count that lands on no tie year stays unverifiable.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from chinalac.claims.check import check
from tests.claims.conftest import checked

FRONTED_RANK = [
    (
        "Maior parceiro comercial do Brasil desde 2009, a China teve com o país, em 2023, um"
        " comércio recorde de US$ 157 bilhões.",
        "Maior parceiro comercial",
    ),
    (
        "Principal socio comercial de Brasil desde 2009, China compró en 2023 la mayor parte de"
        " su soja.",
        "Principal socio comercial",
    ),
    (
        "Brazil's largest trading partner since 2009, China bought most of its soybeans in 2023.",
        "largest trading partner",
    ),
]


@pytest.mark.parametrize(("text", "span"), FRONTED_RANK)
def test_a_rank_opening_the_sentence_as_chinas_apposition_is_chinas(text, span):
    result = checked(text, span, date="2024-11-21")
    assert result.verdict is Verdict.SUPPORTED
    assert "china_partner_rank · BRA" in result.reason
    assert result.claim.period is not None and result.claim.period.start_year == 2009


def test_the_figure_after_a_fronted_rank_keeps_its_own_year():
    result = checked(FRONTED_RANK[0][0], "US$ 157 bilhões", date="2024-11-21")
    assert result.verdict is Verdict.SUPPORTED
    assert result.claim.period.start_year == 2023


@pytest.mark.parametrize(
    "text",
    [
        # another subject after the comma: not China's rank
        "Maior parceiro comercial do Brasil, os Estados Unidos compraram menos em 2023.",
        "Principal socio comercial de Brasil, Estados Unidos compró menos en 2023.",
        # China's own possessive after the comma: the state's rank among China's partners
        "Brazil's largest trading partner in 2023, China's market took most of its soybeans.",
    ],
)
def test_a_fronted_rank_of_another_subject_is_not_read_as_chinas(text):
    results = check(text, date="2024-11-21")
    ranks = [r for r in results if r.claim.text.lower().endswith(("comercial", "partner"))]
    assert ranks
    assert all(r.verdict is Verdict.UNVERIFIABLE for r in ranks)


@pytest.mark.parametrize(
    "text",
    [
        "Segundo maior parceiro comercial do Brasil em 2022, a China comprou muito.",
        "Brazil's second largest trading partner in 2022, China bought a lot.",
    ],
)
def test_a_fronted_rank_the_store_does_not_give_is_never_refuted(text):
    results = check(text, date="2023-05-21")
    assert all(r.verdict is not Verdict.CONTRADICTED for r in results)


RELATIONSHIP_YEARS = [
    (
        "Xi Jinping contou que fez com Lula uma retrospectiva do relacionamento entre a China e"
        " o Brasil ao longo dos últimos 50 anos.",
        "50 anos",
    ),
    (
        "Xi Jinping repasó con Lula los vínculos entre China y Brasil a lo largo de los últimos"
        " 50 años.",
        "50 años",
    ),
    (
        "Xi Jinping reviewed with Lula the ties between China and Brazil over the last 50 years.",
        "50 years",
    ),
]


@pytest.mark.parametrize(("text", "span"), RELATIONSHIP_YEARS)
def test_the_last_years_of_the_pairs_relationship_count_back_to_its_ties(text, span):
    result = checked(text, span, date="2024-11-21")
    assert result.verdict is Verdict.SUPPORTED
    assert "1974-08-15" in result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Xi Jinping reviewed with Lula the ties between China and Brazil over the last 40"
            " years.",
            "40 years",
        ),
        (
            "Xi Jinping fez com Lula uma retrospectiva do relacionamento entre a China e o Brasil"
            " ao longo dos últimos 40 anos.",
            "40 anos",
        ),
    ],
)
def test_a_count_landing_on_no_tie_year_stays_unverifiable(text, span):
    result = checked(text, span, date="2024-11-21")
    assert result.verdict is Verdict.UNVERIFIABLE


def test_the_partnership_reading_still_holds():
    text = "Xi Jinping fez uma retrospectiva da parceria entre Brasil e China nos últimos 50 anos."
    assert checked(text, "50 anos", date="2024-11-21").verdict is Verdict.SUPPORTED
