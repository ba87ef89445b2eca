"""General readings found on the fresh dev texts 427-429 of the unseen set (branch issue-15-r37c,
round 37c: Brazil's exports to China in November 2023, the CEBC's count of Chinese investment in
Brazil's electricity sector in 2024, and Mexico's deficit with China in 2024 with the WTO's five
metal products), each with real-shaped sentences (our own) in English, Spanish and Portuguese,
checked against the package's knowledge base.

* Metals other than copper and iron, ores' concentrates and scrap as the product of a trade
  figure: "as exportações do Peru para a China incluíram concentrados de zinco no valor de US$ 2,1
  bilhões", "Peru's exports to China included zinc concentrates worth US$2.1 billion", "las
  exportaciones de Perú a China incluyeron concentrados de zinc por 2.100 millones de dólares" —
  main read the product's sales as Peru's whole exports of 2023 and refuted them by the stored
  23,156 million (the shape of text 429's "minerais de chumbo", "resíduos e sucata de cobre",
  "concentrados de zinco" with their values). Peru's whole exports stay borne out, and a copper
  product stays unread (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- metals, concentrates and scrap as a trade figure's product -------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Julho de 2024\n\nEm 2023, as exportações do Peru para a China incluíram concentrados"
            " de zinco no valor de US$ 2,1 bilhões.",
            "US$ 2,1 bilhões",
        ),
        (
            "July 2024\n\nIn 2023, Peru's exports to China included zinc concentrates worth"
            " US$2.1 billion.",
            "US$2.1 billion",
        ),
        (
            "Julio de 2024\n\nEn 2023, las exportaciones de Perú a China incluyeron concentrados"
            " de zinc por 2.100 millones de dólares.",
            "2.100 millones de dólares",
        ),
        (
            "July 2024\n\nIn 2023, Peru's gold exports to China reached US$2.1 billion.",
            "US$2.1 billion",
        ),
        (
            "Julio de 2024\n\nEn 2023, Perú vendió a China chatarra y plomo por 2.100 millones de"
            " dólares.",
            "2.100 millones de dólares",
        ),
        (
            "Julho de 2024\n\nEm 2023, o Peru vendeu à China chumbo e sucata no valor de US$ 2,1"
            " bilhões.",
            "US$ 2,1 bilhões",
        ),
    ],
)
def test_a_metal_or_concentrate_figure_is_not_the_whole_flow(text, span):
    result = one(check(text), span)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "span", "verdict"),
    [
        (
            "Julho de 2024\n\nEm 2023, as exportações do Peru para a China somaram US$ 23,156"
            " bilhões.",
            "US$ 23,156 bilhões",
            Verdict.SUPPORTED,
        ),
        (
            "July 2024\n\nIn 2023, Peru's exports to China reached US$23.156 billion.",
            "US$23.156 billion",
            Verdict.SUPPORTED,
        ),
        (
            "Julio de 2024\n\nEn 2023, las exportaciones de Perú a China sumaron 23.156 millones de"
            " dólares.",
            "23.156 millones de dólares",
            Verdict.SUPPORTED,
        ),
        (
            "July 2024\n\nIn 2023, Peru's copper exports to China reached US$2.1 billion.",
            "US$2.1 billion",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_the_whole_flow_and_a_copper_figure_read_as_before(text, span, verdict):
    result = one(check(text), span)
    assert result.verdict is verdict, result.reason
