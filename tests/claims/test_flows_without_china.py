"""Trade figures that need not be trade with China.

A state's exports or imports told with no word of China ("Chilean exports reached 16 billion
dollars", "las exportaciones chilenas sumaron …", "as vendas brasileiras somaram …", "Brazil
exported …", "Brazil's trade reached …") may be its trade with every partner, which the store does
not hold. Main read them as trade with China, at high confidence, and refuted Brazil's US$ 334
billion of 2022 exports to all partners by its exports to China: a false "contradicted". They
may be borne out, never refuted.

Each case is a real-shaped sentence (our own) checked against the package's knowledge base; the
guards keep what must still be refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.extract import NO_CHINA_NOTE
from tests.claims.conftest import one

NO_CHINA = [
    ("In 2022, Brazilian exports totalled US$ 334 billion.", "US$ 334 billion"),
    ("In 2022, Brazil exported US$ 334 billion.", "US$ 334 billion"),
    ("In 2022, Brazilian imports totalled US$ 272 billion.", "US$ 272 billion"),
    ("Chilean exports reached 16 billion dollars in 2017.", "16 billion dollars"),
    (
        "En 2017, las exportaciones chilenas sumaron 16.000 millones de dólares.",
        "16.000 millones de dólares",
    ),
    (
        "En 2022, las importaciones brasileñas sumaron US$ 272.000 millones.",
        "US$ 272.000 millones",
    ),
    ("Em 2022, as exportações brasileiras somaram US$ 334 bilhões.", "US$ 334 bilhões"),
    ("Em 2022, as vendas brasileiras somaram US$ 334 bilhões.", "US$ 334 bilhões"),
    # China named only after the figure, in another clause: China's third, not the flow.
    (
        "Em 2022, as exportações brasileiras somaram US$ 334 bilhões, e a China comprou um terço.",
        "US$ 334 bilhões",
    ),
    # China named only in the sentence before.
    (
        "China is Brazil's top buyer. In 2022, Brazilian exports totalled US$ 334 billion.",
        "US$ 334 billion",
    ),
    ("In 2022, Brazil's trade reached US$ 606 billion.", "US$ 606 billion"),
    (
        "En 2022, el intercambio comercial de Brasil sumó US$ 606.000 millones.",
        "US$ 606.000 millones",
    ),
    ("Em 2022, a corrente de comércio do Brasil somou US$ 606 bilhões.", "US$ 606 bilhões"),
]


@pytest.mark.parametrize(("text", "figure"), NO_CHINA)
def test_a_flow_with_no_word_of_china_is_never_refuted(kb, text, figure):
    result = one(check(text, db=kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.confidence["metric"] == {"level": "low", "why": NO_CHINA_NOTE}


def test_a_flow_with_no_word_of_china_may_still_be_borne_out(kb):
    # Brazil's 2020 exports to China are stored as 67.685 billion (Secex). (2022's 89.4 now has
    # China's customs count, 109.52, beside it since round 35: a dispute, not this reading.)
    result = one(
        check("Em 2020, as exportações brasileiras somaram US$ 67,7 bilhões.", db=kb),
        "US$ 67,7 bilhões",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


CHINA_NAMED = [
    ("In 2022, Brazilian exports to China totalled US$ 334 billion.", "US$ 334 billion"),
    (
        "En 2022, las exportaciones brasileñas a China sumaron US$ 334.000 millones.",
        "US$ 334.000 millones",
    ),
    (
        "Em 2022, as exportações brasileiras para a China somaram US$ 334 bilhões.",
        "US$ 334 bilhões",
    ),
    (
        "Em 2022, as exportações brasileiras para o gigante asiático somaram US$ 334 bilhões.",
        "US$ 334 bilhões",
    ),
    # China the subject of the clause before, the flow's verb coordinated (dev u3577's shape).
    (
        "China sold US$17 billion of goods to Argentina and bought US$8 billion of goods from "
        "it in 2017.",
        "US$8 billion",
    ),
]


@pytest.mark.parametrize(("text", "figure"), CHINA_NAMED)
def test_a_flow_with_china_named_before_it_is_still_refuted(kb, text, figure):
    result = one(check(text, db=kb), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_the_pairs_trade_taken_up_from_the_sentence_before_is_read_with_confidence(kb):
    text = (
        "Em 2009 a corrente de comércio bilateral com a China somou US$ 36,7 bilhões. "
        "O intercâmbio chegou em 2022 a US$ 120 bilhões."
    )
    result = one(check(text, db=kb), "US$ 120 bilhões")
    assert result.claim.confidence["metric"]["level"] != "low", result.claim.confidence
