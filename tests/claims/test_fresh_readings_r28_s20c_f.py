"""General readings found on the fresh dev texts 303-306 of the unseen set (branch
issue-15-r28f-s20c, round 28f: Chinese investment in Brazil, the Belt and Road in Latin America,
the first diplomatic ties and the 2025 pledges), each with real-shaped sentences (our own) in
English, Spanish and Portuguese, checked against the package's knowledge base.

* A rank over states named as examples ("the largest trading partner of countries such as Brazil,
  Peru and Chile", "de países como Brasil, Perú y Chile") gives no count of the set: 272b5a5 read
  the list's length as the number of states China leads (3) and bore it out by the stored count
  of 2025 (a false "supported": the list is not the whole set). A list with no such word is still
  read as the count.
* A level reached is no pledge's target: "O comércio anual entre a China e a região quase chegou a
  US$ 500 bilhões" ("casi llegó a", "nearly reached") tells an outcome; 272b5a5 bore it out by
  the US$ 500 bn trade goal of Brasília 2014 ("matches the target of commitment …"), and read
  "quase chegou a" as no hedge. A verb of reaching with no pledge word nor plan named keeps the
  targets out (a delivered level may still bear it out); "quase chegou a", "casi llegó a",
  "nearly reached" are read as "nearly". A sentence that tells the goal is still borne out.
* A date joined to a state by "com"/"con"/"with" is that state's: "Os laços diplomáticos entre os
  países latino-americanos e a RPC começaram em 1960, com Cuba" — 272b5a5 took the region named
  before the date (LAC) and read no metric; Cuba's stored 1960-09-28 bears it out. Spanish and
  English sentences of the shape were read as Cuba's already (guards); a wrong year is still not
  refuted by this reading alone.
* "Brazil received US$66.1 billion of Chinese investment between 2007 and 2020": the adjective
  "Chinese" after "of" tells whose money it is, not whom the figure is about; 272b5a5 read China
  as the entity and found no row. With a state named before the figure in its clause, the state
  is kept, as Spanish ("de inversión china") and Portuguese ("de investimento chinês") were read
  already (guards): borne out by the stored CEBC 66.1.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a list of examples is no count ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 15, 2025 — Beijing\n\nLatin America is one of Beijing's main goals; Beijing is"
            " already the largest trading partner of countries such as Brazil, Peru and Chile.",
            "largest trading partner",
        ),
        (
            "15 de mayo de 2025 — Pekín\n\nLa región es uno de los objetivos de Pekín, que ya es el"
            " mayor socio comercial de países como Brasil, Perú y Chile.",
            "mayor socio comercial",
        ),
        (
            "15 de maio de 2025 — Pequim\n\nA região é um dos alvos de Pequim, que já é o maior"
            " parceiro comercial de países como Brasil, Peru e Chile.",
            "maior parceiro comercial",
        ),
    ],
)
def test_a_rank_over_example_states_is_no_count(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert "states listed" not in result.reason


# Guards: a list with no word of examples is still the count, borne out by the stored 3.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 15, 2025 — Beijing\n\nLatin America is one of Beijing's main goals; Beijing is"
            " already the largest trading partner of Brazil, Peru and Chile.",
            "largest trading partner",
        ),
        (
            "15 de maio de 2025 — Pequim\n\nA região é um dos alvos de Pequim, que já é o maior"
            " parceiro comercial do Brasil, do Peru e do Chile.",
            "maior parceiro comercial",
        ),
    ],
)
def test_a_rank_over_a_plain_list_is_still_the_count(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "3 states listed" in result.reason


# --- a level reached is no pledge's target -----------------------------------------------------

REACHED = {
    "en": "November 14, 2024 — Beijing\n\nAnnual trade between China and the region nearly reached"
    " $500 billion.",
    "es": "14 de noviembre de 2024 — Pekín\n\nEl comercio anual entre China y la región casi llegó a"
    " 500.000 millones de dólares.",
    "pt": "14 de novembro de 2024 — Pequim\n\nO comércio anual entre a China e a região quase chegou"
    " a US$ 500 bilhões.",
}


@pytest.mark.parametrize(
    ("lang", "figure"),
    [
        ("en", "nearly reached $500 billion"),
        ("es", "casi llegó a 500.000 millones de dólares"),
        ("pt", "quase chegou a US$ 500 bilhões"),
    ],
)
def test_a_level_reached_is_no_pledges_target(lang, figure):
    result = one(check(REACHED[lang]), figure)
    assert "target of commitment" not in result.reason, result.reason
    assert result.claim.qualifier.value == "nearly"


# Guards: a sentence that tells the goal is still borne out by the target.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "November 14, 2024 — Beijing\n\nXi set the goal of raising trade with Latin America to"
            " US$500 billion within ten years.",
            "US$500 billion",
        ),
        (
            "14 de noviembre de 2024 — Pekín\n\nXi fijó la meta de elevar el comercio con América"
            " Latina a 500.000 millones de dólares en diez años.",
            "500.000 millones de dólares",
        ),
        (
            "14 de novembro de 2024 — Pequim\n\nXi fixou a meta de elevar o comércio com a América"
            " Latina a US$ 500 bilhões em dez anos.",
            "US$ 500 bilhões",
        ),
    ],
)
def test_a_stated_goal_is_still_the_target(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "target of commitment" in result.reason


# --- a date joined to a state by "com" / "con" / "with" ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Data não indicada\n\nOs laços diplomáticos entre os países latino-americanos e a RPC"
        " começaram em 1960, com Cuba.",
        "Data não indicada\n\nAs relações diplomáticas entre a América Latina e a RPC começaram"
        " em 1960, com Cuba.",
        "Data não indicada\n\nAs relações diplomáticas entre a América Latina e a China tiveram"
        " início em 1960, com Cuba.",
    ],
)
def test_a_date_with_a_state_is_that_states(text):
    result = one(check(text), "1960")
    assert result.claim.entity == "CUB"
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guards: Spanish and English read Cuba already; a wrong year is not refuted by this reading.
@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Sin fecha\n\nLas relaciones diplomáticas entre América Latina y la RPC comenzaron en"
            " 1960, con Cuba.",
            "1960",
            Verdict.SUPPORTED,
        ),
        (
            "Undated\n\nDiplomatic ties between Latin America and the PRC began in 1960, with Cuba.",
            "1960",
            Verdict.SUPPORTED,
        ),
        (
            "Data não indicada\n\nAs relações diplomáticas entre a América Latina e a RPC"
            " começaram em 1950, com Cuba.",
            "1950",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_a_date_with_a_state_guards(text, figure, verdict):
    result = one(check(text), figure)
    assert result.verdict is verdict, result.reason


# --- "of Chinese investment" after a state's figure ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "December 2021\n\nBrazil received US$66.1 billion of Chinese investment between 2007"
            " and 2020.",
            "US$66.1 billion",
        ),
        (
            "Diciembre de 2021\n\nBrasil recibió 66.100 millones de dólares de inversión china"
            " entre 2007 y 2020.",
            "66.100 millones de dólares",
        ),
        (
            "Dezembro de 2021\n\nO Brasil recebeu US$ 66,1 bilhões de investimento chinês entre"
            " 2007 e 2020.",
            "US$ 66,1 bilhões",
        ),
    ],
)
def test_chinese_investment_received_by_a_state_is_the_states(text, figure):
    result = one(check(text), figure)
    assert result.claim.entity == "BRA"
    assert result.verdict is Verdict.SUPPORTED, result.reason
