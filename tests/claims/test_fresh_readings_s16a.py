"""General readings found on the fresh dev texts 93-97 of the unseen set (branch issue-15-s16a),
each with real-shaped sentences (our own) in EN, ES and PT, checked against the package's
knowledge base.

* "el comercio exterior de Chile sumó US$ 175.565 millones en 2024", "Chile's foreign trade
  totalled …", "o comércio exterior do Chile somou …": a state's trade with every partner. Main
  read it as the state's trade with China and called it contradicted by the stored 57,321.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a state's trade with the world is not its trade with China ---------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Santiago, 2025 — En conjunto, el comercio exterior de Chile sumó US$ 175.565"
            " millones en 2024.",
            "US$ 175.565 millones",
        ),
        (
            "Santiago, 2025 — El intercambio comercial total de Chile con el mundo llegó a"
            " US$ 175.565 millones en 2024.",
            "US$ 175.565 millones",
        ),
        (
            "Santiago, 2025 — Chile's foreign trade totalled US$ 175,565 million in 2024.",
            "US$ 175,565 million",
        ),
        (
            "Santiago, 2025 — Chile's total trade with the world reached US$ 175.5 billion in"
            " 2024.",
            "US$ 175.5 billion",
        ),
        (
            "Santiago, 2025 — O comércio exterior do Chile somou US$ 175,5 bilhões em 2024.",
            "US$ 175,5 bilhões",
        ),
        (
            "Santiago, 2025 — O comércio do Chile com o resto do mundo chegou a US$ 175,5"
            " bilhões em 2024.",
            "US$ 175,5 bilhões",
        ),
    ],
)
def test_a_states_foreign_trade_is_its_trade_with_the_world(kb, text, figure):
    # Main: trade_total · CHL · 2024 against the stored 57,321 (Chile's trade with China),
    # contradicted (the PT "comércio exterior" form only escaped by a doubtful decimal comma).
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_with_world"
    assert result.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Santiago, 2025 — El comercio exterior de Chile con China sumó US$ 57.321 millones"
            " en 2024.",
            "US$ 57.321 millones",
        ),
        (
            "Santiago, 2025 — Chile's foreign trade with China totalled US$ 57,321 million in"
            " 2024.",
            "US$ 57,321 million",
        ),
        (
            "Santiago, 2025 — O comércio exterior do Chile com a China somou US$ 57,3 bilhões"
            " em 2024.",
            "US$ 57,3 bilhões",
        ),
    ],
)
def test_foreign_trade_with_china_named_stays_trade_with_china(kb, text, figure):
    # Guard: China named between the cue and the figure.
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_total"
    assert result.verdict is Verdict.SUPPORTED


def test_a_foreign_trade_institute_is_a_name_not_a_cue(kb):
    # Guard: "Comercio Exterior" with capitals inside the sentence names an institute.
    text = (
        "La Paz, 2017 — Las cifras del INE, procesadas por el Instituto Boliviano de Comercio"
        " Exterior (IBCE), muestran que en 2014 el país importó de China $us 1.811 millones."
    )
    result = one(check(text, kb), "$us 1.811 millones")
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is Verdict.SUPPORTED
