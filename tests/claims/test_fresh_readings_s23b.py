"""General readings found on the fresh dev texts 218-222 of the unseen set (branch
issue-15-s23b: Portuguese and Spanish pages the store took nothing from), each with real-shaped
sentences (our own) in EN, ES and PT, checked against the package's knowledge base.

* The capital named for the state as the subject of a trade verb: "No ano passado, Pequim
  comprou US$ 104,3 bilhões do Brasil" read no metric (English "Beijing" was a weak name of
  China already; "Pequim", "Pekín", "Pekin" were not), so Brazil's exports were left unjudged.
* China's share of a state's exports in a perfect tense, and "o total exportado": "a
  participação da China no total exportado pelo Brasil tinha atingido 32,4%" read no metric
  (the level verbs were simple past only, "atingiu", "reached"; "total exportado" was no word of
  exports).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- "Pequim comprou", "Pekín compró": the capital as China -----------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("No ano passado, Pequim comprou US$ 104,3 bilhões do Brasil.", "US$ 104,3 bilhões"),
        ("Em 2023, Pequim importou US$ 104,3 bilhões do Brasil.", "US$ 104,3 bilhões"),
        (
            "En 2023, Pekín compró 104.300 millones de dólares a Brasil.",
            "104.300 millones de dólares",
        ),
        (
            "En 2023, Pekin importó 104.300 millones de dólares desde Brasil.",
            "104.300 millones de dólares",
        ),
        # Guard (passes on main too): English already had "Beijing".
        ("In 2023, Beijing bought US$104.3 billion from Brazil.", "US$104.3 billion"),
    ],
)
def test_the_capital_buying_is_china_buying(kb, text, figure):
    result = one(check(text, kb, date="2024-01-15"), figure)
    assert result.claim.metric == "trade_china_imports", result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Em 2023, Pequim comprou US$ 150 bilhões do Brasil.", "US$ 150 bilhões"),
        (
            "En 2023, Pekín compró 150.000 millones de dólares a Brasil.",
            "150.000 millones de dólares",
        ),
        ("In 2023, Beijing bought US$150 billion from Brazil.", "US$150 billion"),
    ],
)
def test_the_capital_buying_a_wrong_amount_is_read_as_brazils_exports(kb, text, figure):
    # The direction is read, so a figure far from every stored 2023 row is not borne out.
    result = one(check(text, kb, date="2024-01-15"), figure)
    assert result.claim.metric == "trade_china_imports", result.reason
    assert result.verdict is not Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Guards: the capital as a place (after "em", "en", "in") is no subject; the seller
        # named before the verb stays the subject.
        (
            "Em 2023, o Brasil vendeu US$ 104,3 bilhões à China, segundo dados divulgados em"
            " Pequim.",
            "US$ 104,3 bilhões",
        ),
        (
            "En 2023, Brasil exportó 104.300 millones de dólares a China, según datos publicados"
            " en Pekín.",
            "104.300 millones de dólares",
        ),
        (
            "In 2023, Brazil sold US$104.3 billion to China, according to data released in"
            " Beijing.",
            "US$104.3 billion",
        ),
    ],
)
def test_the_capital_as_a_place_is_no_subject(kb, text, figure):
    result = one(check(text, kb, date="2024-01-15"), figure)
    assert result.claim.metric == "trade_china_imports", result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Guards: a meeting in the capital names no entity of a Brazilian figure.
        (
            "Reunidos em Pequim, os ministros lembraram que o Brasil exportou US$ 104,3 bilhões"
            " para a China em 2023.",
            "US$ 104,3 bilhões",
        ),
        (
            "Reunidos en Pekín, los ministros recordaron que Brasil exportó 104.300 millones de"
            " dólares a China en 2023.",
            "104.300 millones de dólares",
        ),
    ],
)
def test_a_meeting_in_the_capital_keeps_the_figures_state(kb, text, figure):
    result = one(check(text, kb, date="2024-01-15"), figure)
    assert result.claim.entity == "BRA", result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- "tinha atingido", "había alcanzado", "had reached": the share's level in a perfect tense ---


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Em 2020, a participação da China no total exportado pelo Brasil tinha atingido 32,4%.",
            "32,4%",
        ),
        (
            "Em 2020, a participação da China nas exportações do Brasil tinha chegado a 32,4%.",
            "32,4%",
        ),
        (
            "En 2020, la participación de China en el total exportado por Brasil había alcanzado"
            " el 32,4%.",
            "32,4%",
        ),
        (
            "En 2020, la participación de China en las exportaciones de Brasil había llegado al 32,4%.",
            "32,4%",
        ),
        ("In 2020, China's share of Brazil's exports had reached 32.4%.", "32.4%"),
    ],
)
def test_chinas_share_of_exports_in_a_perfect_tense(kb, text, figure):
    result = one(check(text, kb, date="2023-02-15"), figure)
    assert result.claim.metric == "china_share_of_exports", result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Guards: imports, and China's share of the world's exports, are other wholes.
        (
            "Em 2020, a participação da China no total importado pelo Brasil tinha atingido 22%.",
            "22%",
        ),
        (
            "En 2020, la participación de China en las importaciones de Brasil había alcanzado el 22%.",
            "22%",
        ),
        ("In 2020, China's share of world exports had reached 14.7%.", "14.7%"),
    ],
)
def test_a_perfect_tense_share_of_another_whole_is_not_chinas_share_of_exports(kb, text, figure):
    result = one(check(text, kb, date="2023-02-15"), figure)
    assert result.claim.metric != "china_share_of_exports", result.reason
    assert result.verdict is not Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Guard: a share far from the stored one is still never called contradicted (each
        # source picks its own basket).
        (
            "Em 2020, a participação da China no total exportado pelo Brasil tinha atingido 40%.",
            "40%",
        ),
        ("In 2020, China's share of Brazil's exports had reached 40%.", "40%"),
    ],
)
def test_a_perfect_tense_share_is_not_contradicted(kb, text, figure):
    result = one(check(text, kb, date="2023-02-15"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
