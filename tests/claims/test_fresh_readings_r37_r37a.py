"""General readings found on the fresh dev texts 419-421 of the unseen set (branch issue-15-r37a,
round 37a: China as Chile's biggest export destination in 2007, the Chinese ambassador on
Guyana's trade with China of 2023, and the Japanese embassy's summary of Chile's trade in
November and December 2022), each with real-shaped sentences (our own) in English, Spanish and
Portuguese, checked against the package's knowledge base.

* A heading phrase naming another partner, set off by a colon or a comma, before the flows it
  lists: "Trade with Japan in 2022: exports of US$38.4 billion …", "Comercio con Japón en 2022:
  exportaciones por …", "Comércio com o Japão em 2022: exportações de …", "With the United
  States, Chile's exports reached …" — main bore them out by Chile's stored trade with China
  (38,447 and 26,000 million in 2022); the shape of text 421's "Trade with Japan in the same
  month: exports of 700 million, imports of 240 million and a total of 940 million", read as
  Chile's trade with China (unverifiable there only for want of a year). The same heading with
  China, or naming China beside the other partner, keeps the figures China's (guards).
* Trade "with" another partner named before a list of flows, in a sentence naming no China: "In
  2022, Chile's trade with Japan was made of exports of US$38.4 billion and imports of US$26
  billion", "el comercio de Chile con Japón se compuso de … e importaciones por US$26.000
  millones", "o comércio do Chile com o Japão somou … e importações de US$ 26 bilhões" — main read
  the second flow (past the reach of its own clause) as Chile's imports from China and bore it
  out by the stored 26,000 million. A sentence that names China (trade with China, or exports to
  China after the other partner) keeps the figures China's (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a heading phrase naming another partner --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 2, 2023\n\nChile shipped copper and fruit abroad in 2022.\n\nTrade with Japan"
            " in 2022: Chile's exports of US$38.4 billion and imports of US$26 billion.",
            "US$38.4 billion",
        ),
        (
            "March 2, 2023\n\nChile shipped copper and fruit abroad in 2022.\n\nTrade with Japan"
            " in 2022: Chile's exports of US$38.4 billion and imports of US$26 billion.",
            "US$26 billion",
        ),
        (
            "2 de marzo de 2023\n\nChile vendió cobre y fruta al exterior en 2022.\n\nComercio con"
            " Japón en 2022: exportaciones por US$38.400 millones e importaciones por US$26.000"
            " millones.",
            "US$38.400 millones",
        ),
        (
            "2 de março de 2023\n\nO Chile vendeu cobre e frutas ao exterior em 2022.\n\nComércio"
            " com o Japão em 2022: exportações de US$ 38,4 bilhões e importações de US$ 26"
            " bilhões.",
            "US$ 38,4 bilhões",
        ),
        (
            "March 2, 2023\n\nWith the United States, Chile's exports reached US$38.4 billion in"
            " 2022.",
            "US$38.4 billion",
        ),
        (
            "2 de marzo de 2023\n\nCon Estados Unidos, las exportaciones chilenas sumaron"
            " US$38.400 millones en 2022.",
            "US$38.400 millones",
        ),
        (
            "2 de março de 2023\n\nCom os Estados Unidos, as exportações chilenas somaram US$ 38,4"
            " bilhões em 2022.",
            "US$ 38,4 bilhões",
        ),
    ],
)
def test_a_heading_naming_another_partner_is_that_partners_trade(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 2, 2023\n\nTrade with China in 2022: Chile's exports of US$38.4 billion and"
            " imports of US$26 billion.",
            "US$38.4 billion",
        ),
        (
            "2 de marzo de 2023\n\nComercio con China en 2022: exportaciones chilenas por"
            " US$38.400 millones.",
            "US$38.400 millones",
        ),
        (
            "2 de março de 2023\n\nComércio com a China em 2022: exportações chilenas de US$ 38,4"
            " bilhões.",
            "US$ 38,4 bilhões",
        ),
        (
            "March 2, 2023\n\nWith the United States and China, Chile's exports reached US$38.4"
            " billion in 2022.",
            "US$38.4 billion",
        ),
    ],
)
def test_a_heading_with_china_keeps_the_figure_chinas(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- trade with another partner named before a list of flows ----------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 2, 2023\n\nIn 2022, Chile's trade with Japan was made of exports of US$38.4"
            " billion and imports of US$26 billion.",
            "US$26 billion",
        ),
        (
            "2 de marzo de 2023\n\nEn 2022, el comercio de Chile con Japón se compuso de"
            " exportaciones por US$38.400 millones e importaciones por US$26.000 millones.",
            "US$26.000 millones",
        ),
        (
            "2 de março de 2023\n\nEm 2022, o comércio do Chile com o Japão somou exportações de"
            " US$ 38,4 bilhões e importações de US$ 26 bilhões.",
            "US$ 26 bilhões",
        ),
    ],
)
def test_trade_with_another_partner_before_a_list_of_flows(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 2, 2023\n\nIn 2022, Chile's trade with China was made of exports of US$38.4"
            " billion and imports of US$26 billion.",
            "US$26 billion",
        ),
        (
            "March 2, 2023\n\nIn 2022, Chile's trade with Japan grew, while its exports to China"
            " reached US$38.4 billion and imports US$26 billion.",
            "US$38.4 billion",
        ),
        (
            "2 de marzo de 2023\n\nEn 2022, el comercio de Chile con China se compuso de"
            " exportaciones por US$38.400 millones e importaciones por US$26.000 millones.",
            "US$26.000 millones",
        ),
    ],
)
def test_trade_with_china_keeps_its_flows(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
