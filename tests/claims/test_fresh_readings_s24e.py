"""General readings found on the fresh dev texts 242-245 of the unseen set (branch
issue-15-s24e: Venezuela, Nicaragua, Guatemala and Paraguay), each with real-shaped sentences
(our own) in Spanish and Portuguese, where the pattern is written, checked against the package's
knowledge base; English guards.

* An amount written out to the unit after the millions word is one number: "983 millones 649 mil
  600 dólares", "34 millones 877 mil", "4 mil 122 milhões 649 mil dólares" (main read the millions
  with no currency and, beside them, an amount of 649,600 dollars or a count of 877 thousand).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- thousands and units after the millions word -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "De acuerdo con el Banco de Guatemala, en 2023 China vendió productos a Guatemala"
            " valorados en 4 mil 122 millones 649 mil 600 dólares.",
            "4 mil 122 millones 649 mil 600 dólares",
        ),
        (
            "Según el Banco de Guatemala, en 2023 las importaciones de Guatemala desde China"
            " sumaron 4122 millones 300 mil dólares.",
            "4122 millones 300 mil dólares",
        ),
        (
            "Segundo o Banco da Guatemala, em 2023 as importações da Guatemala vindas da China"
            " somaram 4 mil 122 milhões 649 mil dólares.",
            "4 mil 122 milhões 649 mil dólares",
        ),
    ],
)
def test_millions_then_thousands_are_one_amount(kb, text, figure):
    result = one(check(text, kb, date="2024-03-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        (
            "En 2010 China vendió productos a Guatemala valorados en 983 millones 649 mil 600"
            " dólares, mientras que importó mercancías chapinas por un monto de 34 millones 877"
            " mil.",
            "983 millones 649 mil 600 dólares",
            983.6496,
        ),
        (
            "En 2010 China vendió productos a Guatemala valorados en 983 millones 649 mil 600"
            " dólares, mientras que importó mercancías chapinas por un monto de 34 millones 877"
            " mil.",
            "34 millones 877 mil",
            34.877,
        ),
        (
            "Em 2010 a China vendeu à Guatemala produtos no valor de 983 milhões 649 mil dólares.",
            "983 milhões 649 mil dólares",
            983.649,
        ),
        (
            "En 2023 Guatemala exportó 12 millones 500 mil toneladas de productos agrícolas.",
            "12 millones 500 mil toneladas",
            12.5,
        ),
    ],
)
def test_millions_then_thousands_value(kb, text, figure, value):
    result = one(check(text, kb, date="2011-06-01"), figure)
    assert result.claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Según el Banco de Guatemala, en 2023 las exportaciones de Guatemala a China sumaron 91"
        " millones 877 mil 100 dólares.",
        "Segundo o Banco da Guatemala, em 2023 as exportações da Guatemala para a China somaram 91"
        " milhões 877 mil dólares.",
    ],
)
def test_a_wrong_amount_written_out_is_refuted(kb, text):
    # The store holds Guatemala's 2023 exports to China, 82 million (Banco de Guatemala): the
    # whole amount, read at once, is far from it (main read 91 millions with no currency, never
    # enough to refute, and an amount under a million).
    results = check(text, kb, date="2024-03-01")
    figure = next(r for r in results if r.claim.text.strip().startswith("91 mil"))
    assert figure.verdict is Verdict.CONTRADICTED, figure.reason


# --- guards: what must not change ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A comma ends the amount: the thousands after it are another figure.
        (
            "En 2023 Guatemala exportó a China 82 millones, 877 mil toneladas de café.",
            "82 millones",
        ),
        # A "mil millones" after the millions word is a number of its own.
        (
            "En 2023 el comercio sumó 82 millones 20 mil millones de otras cosas.",
            "82 millones",
        ),
        # A year after the millions word is no part of it.
        (
            "En 2023 Guatemala vendió a China mercancías por 82 millones 2023 fue un buen año.",
            "82 millones",
        ),
    ],
)
def test_millions_not_followed_by_thousands_keep_their_value(kb, text, figure):
    result = one(check(text, kb, date="2024-03-01"), figure)
    assert result.claim.value == 82


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "En 2023 Guatemala vendió a China mercancías por 82 millones de dólares.",
            "82 millones de dólares",
        ),
        (
            "In 2023 Guatemala's exports to China came to US$82 million, central bank data show.",
            "US$82 million",
        ),
        (
            "Em 2023 as exportações da Guatemala para a China somaram 82 milhões de dólares.",
            "82 milhões de dólares",
        ),
    ],
)
def test_plain_millions_still_borne_out(kb, text, figure):
    result = one(check(text, kb, date="2024-03-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_english_millions_then_thousands_unchanged(kb):
    # English does not write "983 million 649 thousand"; a figure with decimals is read as ever.
    text = "In 2023 Guatemala imported goods worth US$4,122.6 million from China."
    result = one(check(text, kb, date="2024-03-01"), "US$4,122.6 million")
    assert result.verdict is Verdict.SUPPORTED, result.reason
