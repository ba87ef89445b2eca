"""General readings found on the fresh dev texts 43-45 of the unseen set (branch issue-15-s10b),
each with real-shaped sentences (our own) in EN, ES and PT, checked against the package's
knowledge base.

* "US$ 105,75 bilhões foram compras da China", "las compras de China": with no buyer named
  between the word and China, China may be the buyer (the state's exports) or the seller (its
  imports). The direction is a guess: the figure is read at low metric confidence, so it may be
  borne out but is never called contradicted. Main had read the PT figure as China's exports to
  Brazil at medium confidence. A buyer named ("as compras do Brasil da China") is still read.
* "por cada dólar que vendió, compró casi siete dólares": a ratio told in money. An amount under
  a million units is no trade or loan total; it is read at low metric confidence and is never
  compared as one (main read it as Colombia's imports from China, 7 dollars).
* "en el último año", "no último ano", "in the latest year": a span of time after "latest" is a
  period, not a rank claim (main extracted "último año" as a rank no key holds); "the latest
  country to sign" is still a rank.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check


def _claim(results, text: str):
    found = [r for r in results if r.claim.text.strip() == text]
    assert len(found) == 1, [r.claim.text for r in results]
    return found[0]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Brasília, janeiro de 2024 — Em 2022, US$ 105,75 bilhões foram compras da China.",
            "US$ 105,75 bilhões",
        ),
        (
            "Brasília, 2023 — Em 2022, as compras da China somaram US$ 10 bilhões.",
            "US$ 10 bilhões",
        ),
        (
            "Buenos Aires, 2023 — En 2022, las compras de China sumaron 90.000 millones de dólares "
            "para la Argentina.",
            "90.000 millones de dólares",
        ),
    ],
)
def test_bare_purchases_of_china_are_never_contradicted(kb, text, figure):
    result = _claim(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.confidence["metric"]["level"] == "low"
    assert "buyer or the seller" in result.claim.confidence["metric"]["why"]


def test_purchases_with_a_buyer_named_are_still_read(kb):
    text = "Brasília, 2024 — Em 2022, as compras do Brasil da China somaram US$ 60,7 bilhões."
    result = _claim(check(text, kb), "US$ 60,7 bilhões")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.claim.confidence["metric"]["level"] != "low"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Bogotá, 2025 — En 2024, por cada dólar que Colombia vendió a China, compró casi "
            "siete dólares de productos chinos.",
            "casi siete dólares",
        ),
        (
            "Bogotá, 2025 — In 2024, for every dollar Colombia sold to China, it bought almost "
            "seven dollars of Chinese goods.",
            "almost seven dollars",
        ),
        (
            "Bogotá, 2025 — Em 2024, para cada dólar que a Colômbia vendeu à China, comprou "
            "quase sete dólares em produtos chineses.",
            "quase sete dólares",
        ),
    ],
)
def test_a_ratio_told_in_dollars_is_no_trade_total(kb, text, figure):
    result = _claim(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    if result.claim.metric in {"trade_china_exports", "trade_china_imports", "trade_total"}:
        assert result.claim.confidence["metric"]["level"] == "low"


@pytest.mark.parametrize(
    "text",
    [
        "Lima, 2024 — Las exportaciones a China crecieron 12% en el último año.",
        "Brasília, 2024 — As exportações para a China cresceram 12% no último ano.",
        "Lima, 2024 — Exports to China grew 12% in the latest year.",
        "Lima, 2024 — En los últimos meses las ventas a China crecieron 12%.",
    ],
)
def test_latest_year_is_a_period_not_a_rank(kb, text):
    kinds = [r.claim.kind.value for r in check(text, kb)]
    assert kinds == ["percent"]


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Quito, 2024 — Ecuador became the latest country to sign an FTA with China.",
            "latest country",
        ),
        ("Santiago, 2024 — Chile fue el último país en firmar con China.", "último país"),
    ],
)
def test_latest_before_a_noun_of_things_is_still_a_rank(kb, text, rank):
    assert _claim(check(text, kb), rank).claim.kind.value == "rank"
