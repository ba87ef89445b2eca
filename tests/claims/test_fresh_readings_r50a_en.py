"""General readings found on the fresh dev texts 547-548 of the unseen set (branch round-r50a,
round 50a: a Mexican diplomat's essay on 45 years of Mexico-China relations in April 2017 and
Bolsonaro's Asian tour with Brazil's trade of 2018 in October 2019), each with real-shaped
sentences (our own) in English, Spanish and Portuguese, checked against the package's knowledge
base.

* "In 2007 Ventura led the celebrations of the 35th anniversary of diplomatic relations together
  with Yang Jiechi", "… del 35.º aniversario de las relaciones diplomáticas junto con Yang
  Jiechi", "… do 35º aniversário das relações diplomáticas ao lado de Yang Jiechi": an ordinal
  anniversary of the diplomatic relations, in a sentence that names only China (its officials),
  is the anniversary of China's ties with the article's state, as a count of years of
  diplomatic relations already was (text 547: main left the ordinal China's and judged
  nothing). Borne out, never refuted: a wrong ordinal is left unverifiable, and an anniversary
  of something else than the diplomatic relations is not read so.
* "Brasilia had a trade surplus with Beijing that year: it sold more than $60 billion in goods
  to China and bought around $35 billion", "vendió más de 60.000 millones de dólares en bienes
  a China y compró unos 35.000 millones", "vendeu mais de US$ 60 bilhões em bens para a China e
  comprou cerca de US$ 35 bilhões": the flow word of the clause before ("to China") is the
  first figure's; the verb right before the second figure tells its own flow, the other one
  (text 548: main read the purchase as a sale and judged nothing). Still read from a word of
  another clause, so borne out, never refuted; a purchase from another seller is not read so.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- an anniversary of the diplomatic relations told beside China's officials only -------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "April 26, 2017 — Mexico and China: the essay of a diplomat. In 2007 Ventura led the"
            " celebrations of the 35th anniversary of diplomatic relations together with Yang"
            " Jiechi and Li Xiaolin, who chaired the Chinese People's Association for Friendship"
            " with Foreign Countries.",
            "35th anniversary",
        ),
        (
            "April 26, 2017 — Mexico and China: the essay of a diplomat. In 2007 Ventura led the"
            " celebrations of the 35th anniversary of the establishment of diplomatic relations"
            " together with Yang Jiechi, then China's Deputy Minister of Foreign Affairs.",
            "35th anniversary",
        ),
        (
            "Ciudad de México, 26 de abril de 2017 — México y China. En 2007 Ventura encabezó las"
            " celebraciones del 35.º aniversario de las relaciones diplomáticas junto con Yang"
            " Jiechi, entonces viceministro chino de Relaciones Exteriores.",
            "35.º aniversario",
        ),
        (
            "Cidade do México, 26 de abril de 2017 — México e China. Em 2007 Ventura liderou as"
            " comemorações do 35º aniversário das relações diplomáticas ao lado de Yang Jiechi,"
            " então vice-ministro chinês das Relações Exteriores.",
            "35º aniversário",
        ),
    ],
)
def test_an_anniversary_of_relations_told_beside_chinas_officials_is_the_states(text, claim):
    """Mexico's relations with the PRC are stored from 1972-02-14 (ties): 2007 - 35 = 1972."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "April 26, 2017 — Mexico and China: the essay of a diplomat. In 2007 Ventura led the"
            " celebrations of the 30th anniversary of diplomatic relations together with Yang"
            " Jiechi, then Deputy Minister of Foreign Affairs.",
            "30th anniversary",
        ),
        (
            "Ciudad de México, 26 de abril de 2017 — México y China. En 2007 Ventura encabezó las"
            " celebraciones del 30.º aniversario de las relaciones diplomáticas junto con Yang"
            " Jiechi, entonces viceministro chino de Relaciones Exteriores.",
            "30.º aniversario",
        ),
    ],
)
def test_a_wrong_ordinal_of_the_relations_is_never_refuted(text, claim):
    """2007 - 30 = 1977, not 1972: an anniversary is only ever borne out."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "April 26, 2017 — Mexico and China: the essay of a diplomat. In 2007 the Chinese"
            " embassy marked the 35th anniversary of the Confucius Institute with Yang Jiechi.",
            "35th anniversary",
        ),
        (
            "Cidade do México, 26 de abril de 2017 — México e China. Em 2007 a embaixada chinesa"
            " comemorou o 35º aniversário da associação de amizade com Yang Jiechi.",
            "35º aniversário",
        ),
    ],
)
def test_an_anniversary_of_something_else_is_not_the_relations(text, claim):
    """Only the diplomatic relations' anniversary is moved to the article's state."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- a sale to China, then a purchase: the second figure is the purchase ------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Rio de Janeiro, October 23, 2019 — Brazil's president heads to Beijing. In 2018, two-way"
            " trade between the two nations reached nearly $100 billion. Government figures show that"
            " Brasilia had a trade surplus with Beijing that year: it sold more than $60 billion in"
            " goods to China and bought around $35 billion.",
            "around $35 billion",
        ),
        (
            "Rio de Janeiro, October 23, 2019 — Brazil's president heads to Beijing. In 2018, Brazil ran a"
            " trade surplus with Beijing: it exported more than $60 billion in goods to China and"
            " imported around $35 billion.",
            "around $35 billion",
        ),
        (
            "Río de Janeiro, 23 de octubre de 2019 — El presidente de Brasil viaja a Pekín. En"
            " 2018, el comercio entre las dos naciones llegó a casi 100.000 millones de dólares."
            " Según cifras oficiales, Brasilia tuvo un superávit con Pekín ese año: vendió más de"
            " 60.000 millones de dólares en bienes a China y compró unos 35.000 millones de dólares.",
            "unos 35.000 millones de dólares",
        ),
        (
            "Rio de Janeiro, 23 de outubro de 2019 — O presidente do Brasil viaja a Pequim. Em"
            " 2018, o comércio entre as duas nações chegou a quase US$ 100 bilhões. Segundo números"
            " oficiais, Brasília teve superávit com Pequim naquele ano: vendeu mais de US$ 60"
            " bilhões em bens para a China e comprou cerca de US$ 35 bilhões.",
            "cerca de US$ 35 bilhões",
        ),
    ],
)
def test_the_purchase_after_a_sale_to_china_is_the_states_imports(text, claim):
    """Brazil's imports from China of 2018 are stored as 34.74 bn (Brazil's national data)."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            # a wrong figure: the flow is read from a word of another clause, never refuted
            "Rio de Janeiro, October 23, 2019 — Brazil's president heads to Beijing. In 2018, two-way"
            " trade between the two nations reached nearly $100 billion. Government figures show that"
            " Brasilia had a trade surplus with Beijing that year: it sold more than $60 billion in"
            " goods to China and bought around $45 billion.",
            "around $45 billion",
        ),
        (
            # the purchase names another seller: not China's sales
            "Rio de Janeiro, October 23, 2019 — Brazil's president heads to Beijing. In 2018, Brazil sold"
            " more than $60 billion in goods to China and bought around $35 billion from the United"
            " States.",
            "around $35 billion",
        ),
    ],
)
def test_a_purchase_read_from_another_clause_is_never_refuted(text, claim):
    result = one(check(text), claim)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
