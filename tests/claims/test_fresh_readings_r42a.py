"""General readings found on the fresh dev texts 473-476 of the unseen set (branch issue-15-r42a,
round 42a: the Inter-American Dialogue's count of Chinese lending in 2018, Xi's statement that
trade with Latin America passed $500 billion in 2024, told by two outlets, and Argentina's trade
of 2018 with China), each with real-shaped sentences (our own) in English, Spanish and
Portuguese, checked against the package's knowledge base.

* A money figure whose sentence names no metric but takes up "the figures", "las cifras", "os
  valores" (a plural of the words that take a quantity up) speaks of the metric of the money
  figure in the sentence before, as the singular did ("The figures have grown year after year, and
  in 2024 they crossed the $500 billion line", text 475): main read no metric. The reading is
  borrowed, so it may bear a figure out, never refute it.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a plural that takes up the figure of the sentence before ------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 2025\n\nTrade between China and Latin America and the Caribbean reached US$518"
            " billion in 2024, by China's customs count.\n\nThe figures had stood at US$489"
            " billion in 2023.",
            "US$489 billion",
        ),
        (
            "Mayo de 2025\n\nEl comercio entre China y América Latina y el Caribe llegó a 518.000"
            " millones de dólares en 2024, según las aduanas chinas.\n\nLas cifras habían sido de"
            " 489.000 millones de dólares en 2023.",
            "489.000 millones de dólares",
        ),
        (
            "Maio de 2025\n\nO comércio entre a China e a América Latina e o Caribe chegou a US$"
            " 518 bilhões em 2024, segundo a alfândega chinesa.\n\nOs valores tinham sido de US$"
            " 489 bilhões em 2023.",
            "US$ 489 bilhões",
        ),
    ],
)
def test_a_plural_taking_up_the_figure_before_borrows_its_metric(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason  # ECLAC's 489 bn of 2023


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 2025\n\nTrade between China and Latin America and the Caribbean reached US$518"
            " billion in 2024, by China's customs count.\n\nThe figures had stood at US$300"
            " billion in 2023.",
            "US$300 billion",
        ),
        (
            "Mayo de 2025\n\nEl comercio entre China y América Latina y el Caribe llegó a 518.000"
            " millones de dólares en 2024.\n\nLas cifras habían sido de 300.000 millones de"
            " dólares en 2023.",
            "300.000 millones de dólares",
        ),
        (
            "Maio de 2025\n\nO comércio entre a China e a América Latina e o Caribe chegou a US$"
            " 518 bilhões em 2024.\n\nOs valores tinham sido de US$ 300 bilhões em 2023.",
            "US$ 300 bilhões",
        ),
    ],
)
def test_guard_a_borrowed_metric_never_refutes(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_the_line_crossed_in_the_paragraph_after_trade_is_borne_out():
    text = (
        "May 2025\n\nChinese President Xi Jinping said on Tuesday that trade between China and"
        " Latin America went past $500 billion for the first time in 2024.\n\nThe figures have"
        " grown year after year, and in 2024 they crossed the $500 billion line."
    )
    results = check(text)
    second = [r for r in results if r.claim.text.strip() == "$500 billion"]
    assert second, [r.claim.text for r in results]
    assert second[-1].verdict is Verdict.SUPPORTED, second[-1].reason
