"""General readings found on the fresh dev texts 587-588 of the unseen set (branch round-r55c:
ContilNet Notícias on Xi Jinping received by Lula at the Alvorada, November 2024, and O Estado de
S. Paulo, via the CEBC, on Brazil's record dependence on China, February 2021), each with
real-shaped sentences (our own) in Portuguese, Spanish and English, checked against the
package's knowledge base.

* "A fatia chinesa nas vendas externas do Brasil ganhou quatro pontos … Com a pandemia, a fatia
  da China disparou e chegou a 32,3% em 2020": China's share whose exports a sentence before
  names, the sentences between taking the share up (text 588: main read no metric). Read, not
  written: borne out, never refuted.
* "Faz mais de 15 anos que a China é o maior parceiro comercial do Brasil": the span a present
  rank has held stays a duration, `unverifiable`, as the set keys it (guards only; text 587's
  row was keyed `supported` against that convention and corrected).
* "pouco mais de um ponto porcentual", "quatro pontos porcentuais": the Brazilian spelling and one
  point in words are a change in points (text 588: main read no number in the first and a count
  in the second).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from tests.claims.conftest import one

# --- China's share whose exports a sentence before names -------------------------------------------

SHARE_TAKEN_UP = [
    (
        "São Paulo, 18 de fevereiro de 2021 —\n\nA fatia chinesa nas vendas externas do Brasil"
        " ganhou espaço em 2020.\n\nEssa participação vem crescendo desde 2015, mas devagar.\n\n"
        "Com a pandemia, a fatia da China disparou e chegou a 32,3% em 2020.",
        "32,3%",
    ),
    (
        "Madrid, 18 de febrero de 2021 —\n\nLa participación china en las exportaciones"
        " brasileñas volvió a crecer en 2020. Con la pandemia, la cuota de China llegó al 32,3%"
        " en 2020.",
        "32,3%",
    ),
    (
        "London, February 18, 2021 —\n\nChina's share of Brazil's exports rose again in 2020."
        " With the pandemic, China's share climbed to 32.3% in 2020.",
        "32.3%",
    ),
]


@pytest.mark.parametrize(("text", "span"), SHARE_TAKEN_UP)
def test_a_share_of_china_takes_up_the_exports_a_sentence_before_names(text, span):
    """Secex's 32.3 % of 2020 (China's share of Brazil's total exports) bears it out."""
    result = one(check(text), span)
    assert result.claim.metric == "china_share_of_exports"
    assert result.claim.entity == "BRA"
    assert result.claim.period is not None and result.claim.period.label() == "2020"
    assert result.claim.confidence["metric"] == {
        "level": "low",
        "why": "a share of China whose exports a sentence before names",
    }
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_share_taken_up_is_never_refuted():
    text = (
        "São Paulo, 18 de fevereiro de 2021 —\n\nA fatia chinesa nas vendas externas do Brasil"
        " ganhou espaço em 2020. Com a pandemia, a fatia da China chegou a 40% em 2020."
    )
    result = one(check(text), "40%")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    "text",
    [
        # imports named before: another whole
        "São Paulo, 18 de fevereiro de 2021 —\n\nA fatia chinesa nas importações brasileiras"
        " cresceu em 2020. Com a pandemia, a fatia da China chegou a 32,3% em 2020.",
        # a sentence between that does not take the share up
        "São Paulo, 18 de fevereiro de 2021 —\n\nA fatia chinesa nas vendas externas do Brasil"
        " cresceu em 2020. O país vendeu mais soja. Com a pandemia, a fatia da China chegou a"
        " 32,3% em 2020.",
        # exports named, but with no share of China
        "São Paulo, 18 de fevereiro de 2021 —\n\nAs vendas externas do Brasil para a China"
        " cresceram em 2020. Com a pandemia, a fatia da China chegou a 32,3% em 2020.",
        # the sentence names its own whole
        "Madrid, 18 de febrero de 2021 —\n\nLa participación china en las exportaciones"
        " brasileñas volvió a crecer. Con la pandemia, la cuota de China llegó al 32,3% del"
        " comercio en 2020.",
    ],
)
def test_a_share_with_no_exports_taken_up_is_not_china_s_share_of_exports(text):
    result = one(check(text), "32,3%")
    assert result.claim.metric != "china_share_of_exports"
    assert result.verdict is not Verdict.SUPPORTED, result.reason


# --- the span a present rank has held stays a duration ---------------------------------------------

RANK_SPANS = [
    (
        "Brasília, 20 de novembro de 2024 —\n\nFaz mais de 15 anos que a China é o maior parceiro"
        " comercial do Brasil.",
        "mais de 15 anos",
    ),
    (
        "Madrid, 20 de noviembre de 2024 —\n\nChina es el principal socio comercial de Brasil"
        " desde hace más de 15 años.",
        "más de 15 años",
    ),
    (
        "London, November 20, 2024 —\n\nChina has been Brazil's largest trading partner for more"
        " than 15 years.",
        "more than 15 years",
    ),
]


@pytest.mark.parametrize(("text", "span"), RANK_SPANS)
def test_the_span_a_present_rank_has_held_is_a_duration_not_a_stored_figure(text, span):
    """The set keys such spans `unverifiable` (u1336, u3830, u5203: durations are not stored
    figures, whatever ranks are stored); a rule that bore them out by the ranks since the
    article's year less the span moved two of them from right to wrong and was dropped."""
    result = one(check(text), span)
    assert result.claim.kind is Kind.DURATION
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- a change in points: the Brazilian spelling and one point in words ------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "São Paulo, 18 de fevereiro de 2021 —\n\nEntre 2018 e 2019, a fatia chinesa nas"
            " exportações avançou pouco mais de um ponto porcentual.",
            "mais de um ponto porcentual",
        ),
        (
            "Madrid, 18 de febrero de 2021 —\n\nEntre 2018 y 2019, la cuota china en las"
            " exportaciones subió poco más de un punto porcentual.",
            "más de un punto porcentual",
        ),
        (
            "London, February 18, 2021 —\n\nBetween 2018 and 2019, China's share of the exports"
            " rose by just over one percentage point.",
            "over one percentage point",
        ),
    ],
)
def test_one_point_in_words_is_a_change_in_points(text, span):
    result = one(check(text), span)
    assert result.claim.kind is Kind.PERCENT
    assert result.claim.value == 1
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_points_in_the_brazilian_spelling_are_points_not_a_count():
    text = (
        "São Paulo, 18 de fevereiro de 2021 —\n\nA fatia chinesa nas vendas externas do Brasil"
        " ganhou quatro pontos porcentuais em 2020."
    )
    result = one(check(text), "quatro pontos porcentuais")
    assert result.claim.kind is Kind.PERCENT
    assert result.claim.value == 4
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Brasília, 20 de novembro de 2024 —\n\nO ministro marcou um ponto na reunião de 2024.",
        "Madrid, 20 de noviembre de 2024 —\n\nEl ministro destacó un punto en la reunión de 2024.",
    ],
)
def test_a_bare_point_is_no_number(text):
    assert not [r for r in check(text) if r.claim.kind is Kind.PERCENT]
