"""An undated figure early in the year (issue 17: `StoreFacts._other_periods`' survivors): a
year's flow written in January speaks of the year just ended, and the full-year row of that
year bears it out; a stock ("el stock de inversión china suma …") speaks of the article's day,
and last year's closing stock neither bears it out nor refutes it."""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check


@pytest.mark.parametrize(
    "text",
    [
        "Lima, 15 January 2024 — China's FDI stock in Peru stands at US$27,877 million.",
        "Lima, 15 de enero de 2024 — El stock de inversión directa china en el Perú suma US$ 27.877"
        " millones.",
        "Lima, 15 de janeiro de 2024 — O estoque de investimento direto chinês no Peru soma US$"
        " 27.877 milhões.",
    ],
)
def test_an_undated_stock_in_january_is_not_last_years_closing_stock(kb, text):
    [result] = [r for r in check(text, kb) if r.claim.metric == "fdi_stock"]
    assert result.verdict is Verdict.UNVERIFIABLE
    assert result.reason.startswith("no stored fact for fdi_stock · PER · no period stated")


@pytest.mark.parametrize(
    "text",
    [
        "Lima, 15 January 2024 — Trade between Peru and China totalled US$35,808 million.",
        "Lima, 15 de enero de 2024 — El comercio entre el Perú y China sumó US$ 35.808 millones.",
        "Lima, 15 de janeiro de 2024 — O comércio entre o Peru e a China somou US$ 35.808 milhões.",
    ],
)
def test_an_undated_flow_in_january_is_borne_out_by_last_years_total(kb, text):
    [result] = [r for r in check(text, kb) if r.claim.metric == "trade_total"]
    assert result.verdict is Verdict.SUPPORTED
    assert "2023" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Lima, 15 January 2024 — Trade between Peru and China totalled US$34,800 million.",
        "Lima, 15 de enero de 2024 — El comercio entre el Perú y China sumó US$ 34.800 millones.",
        "Lima, 15 de janeiro de 2024 — O comércio entre o Peru e a China somou US$ 34.800 milhões.",
    ],
)
def test_an_undated_flow_in_january_is_not_borne_out_by_an_older_years_total(kb, text):
    # 2022's US$34.8 bn: only the year just ended (2023) is the year a January figure speaks of.
    [result] = [r for r in check(text, kb) if r.claim.metric == "trade_total"]
    assert result.verdict is Verdict.UNVERIFIABLE
