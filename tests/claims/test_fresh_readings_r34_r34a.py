"""General readings found on the fresh dev texts 383-386 of the unseen set (branch issue-15-r34a,
round 34a: Guyana's trade with China of 2024, the Belgrano Cargas railway in Argentina of 2014,
Chinese investment and ECLAC's count of Chinese M&A in the region, and Barbados–China relations),
each with real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the
package's knowledge base.

* An English partner rank after a state's name with the "'s" left out, right after China or a
  verb of being, is that state's rank: "soya has made China Argentina second largest trading
  partner, after Brazil", "In 2019 China was Argentina second largest trading partner",
  "China became Costa Rica second largest trading partner in 2007" — main read no rank (text
  384: u6921 missed) and, with a year written, read the year alone as a claim. The "'s" form,
  the Spanish and Portuguese forms ("el segundo socio comercial de Argentina", "o segundo maior
  parceiro comercial da Argentina") were read already (guards); a name opening its clause
  ("Brazil second largest trading partner of China", a headline's subject) stays no rank
  (guard).
* A gerund of trade is a selling or buying verb: "China exported US$ 19.19 million worth of
  goods to Barbados, while importing only $211,000 from Barbados", "a China exportou US$ 19,8
  bilhões para o Chile, importando US$ 37,4 bilhões do Chile", "China imported … from Chile,
  while exporting …" — main took the verb of the first clause for the second figure (text 386's
  page: the $211,000 read as China's exports), and in Portuguese refuted a right figure by the
  other direction (a false "contradicted").
* A gerund after the comma that follows a figure opens the next figure's clause, as "and" or
  "while" do: "China exportó a Chile US$ 19.800 millones, importando a su vez US$ 37.400
  millones desde Chile" — with the gerund read as a verb, the first figure must keep the verb
  before it (else the nearer gerund refutes it); main refuted the second figure instead.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from tests.claims.conftest import one

# --- a partner rank after a name with its "'s" left out -------------------------------------------


@pytest.mark.parametrize(
    ("text", "entity", "verdict"),
    [
        (
            "December 2020 — Buenos Aires\n\nIn 2019 China was Argentina second largest trading"
            " partner, after Brazil.",
            "ARG",
            Verdict.SUPPORTED,
        ),
        (
            "December 2014 — Buenos Aires\n\nSoya has made China Argentina second largest trading"
            " partner, after Brazil.",
            "ARG",
            Verdict.UNVERIFIABLE,
        ),
        (
            "December 2008 — San José\n\nChina became Costa Rica second largest trading partner in"
            " 2007.",
            "CRI",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_a_rank_after_a_name_without_its_possessive(text, entity, verdict):
    result = one(check(text), "second largest trading partner")
    assert result.claim.kind is Kind.RANK
    assert result.claim.value == 2
    assert result.claim.entity == entity
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "December 2020 — Buenos Aires\n\nIn 2019 China was Argentina's second largest trading"
            " partner, after Brazil.",
            "second largest trading partner",
        ),
        (
            "Diciembre de 2020 — Buenos Aires\n\nEn 2019 China fue el segundo socio comercial de"
            " Argentina, después de Brasil.",
            "segundo socio comercial",
        ),
        (
            "Dezembro de 2020 — Buenos Aires\n\nEm 2019 a China foi o segundo maior parceiro"
            " comercial da Argentina, depois do Brasil.",
            "segundo maior parceiro comercial",
        ),
    ],
)
def test_the_possessive_forms_stay_read(text, figure):
    result = one(check(text), figure)
    assert result.claim.entity == "ARG"
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_name_opening_its_clause_is_no_possessor():
    text = "December 2014 — Buenos Aires\n\nBrazil second largest trading partner of China."
    assert not any(r.claim.kind is Kind.RANK for r in check(text))


# --- a gerund of trade --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        (
            "2024 — Santiago\n\nIn 2023, China exported US$ 19.8 billion worth of goods to Chile,"
            " while importing US$ 37.4 billion from Chile.",
            "US$ 37.4 billion",
            "trade_china_imports",
        ),
        (
            "2024 — Santiago\n\nIn 2023, China imported US$ 37.4 billion from Chile, while"
            " exporting US$ 19.8 billion to it.",
            "US$ 19.8 billion",
            "trade_china_exports",
        ),
        (
            "2024 — Santiago\n\nEm 2023, a China exportou US$ 19,8 bilhões para o Chile,"
            " importando US$ 37,4 bilhões do Chile.",
            "US$ 37,4 bilhões",
            "trade_china_imports",
        ),
        (
            "2024 — Santiago\n\nEn 2023, China exportó a Chile US$ 19.800 millones, importando a"
            " su vez US$ 37.400 millones desde Chile.",
            "US$ 37.400 millones",
            "trade_china_imports",
        ),
    ],
)
def test_a_trade_gerund_governs_its_figure(text, figure, metric):
    result = one(check(text), figure)
    assert result.claim.metric == metric, result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        (
            "2024 — Santiago\n\nEn 2023, China exportó a Chile US$ 19.800 millones, importando a"
            " su vez US$ 37.400 millones desde Chile.",
            "US$ 19.800 millones",
            "trade_china_exports",
        ),
        (
            "2024 — Santiago\n\nEn 2023, China compró a Chile US$ 37.400 millones, exportando"
            " US$ 19.800 millones hacia Chile.",
            "US$ 37.400 millones",
            "trade_china_imports",
        ),
        (
            "2024 — Santiago\n\nEm 2023, a China exportou US$ 19,8 bilhões para o Chile,"
            " importando US$ 37,4 bilhões do Chile.",
            "US$ 19,8 bilhões",
            "trade_china_exports",
        ),
    ],
)
def test_the_figure_before_a_gerund_keeps_its_verb(text, figure, metric):
    result = one(check(text), figure)
    assert result.claim.metric == metric, result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_the_page_of_386_reads_china_buying():
    text = (
        "2015 — Bridgetown\n\nIn 2005, China exported US$ 19.19 million worth of goods to"
        " Barbados, while importing only $211,000 from Barbados."
    )
    results = check(text)
    assert one(results, "US$ 19.19 million").claim.metric == "trade_china_exports"
    assert one(results, "$211,000").claim.metric == "trade_china_imports"


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        (
            "2024 — Santiago\n\nIn 2023, China exported US$ 19.8 billion worth of goods to Chile"
            " and imported US$ 37.4 billion from Chile.",
            "US$ 37.4 billion",
            "trade_china_imports",
        ),
        (
            "2024 — Santiago\n\nEn 2023, China exportó a Chile bienes por US$ 19.800 millones,"
            " mientras que importó US$ 37.400 millones desde Chile.",
            "US$ 37.400 millones",
            "trade_china_imports",
        ),
    ],
)
def test_finite_verbs_stay_read(text, figure, metric):
    result = one(check(text), figure)
    assert result.claim.metric == metric, result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason
