"""General readings found on the fresh dev texts 655-656 of the unseen set (round r64b, branch
round-r64b: Portuguese pages on Brazil's trade with China), each with real-shaped sentences (our
own) in EN, ES and PT, checked against the package's knowledge base.

* The grain named back after its crop: "A soja lidera as vendas. Em 2022, o Brasil vendeu US$
  31,8 bilhões do grão aos chineses" was refuted by Brazil's whole exports to China of 2022. "o
  grão", "the grain", "el grano" now name a product, so the figure is that product's trade.
* "de" with its article fused after a figure, "US$ 31,8 bilhões do cobre", "2.000 millones del
  cobre": the product after the figure was read only after a bare "de"/"of"/"em".

Guards: a figure of the whole flow, or one bought "da China" (a partner, not a product), is still
judged against the store.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- "do grão": the grain named back after its crop --------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A soja segue no topo da pauta. Em 2022, o Brasil embarcou US$ 31,8 bilhões do grão "
            "para a China, mais de um terço de tudo o que vendeu aos chineses.",
            "US$ 31,8 bilhões",
        ),
        (
            "La soja sigue a la cabeza. En 2022, Brasil vendió a China 31.800 millones de dólares "
            "del grano, más de un tercio de sus envíos.",
            "31.800 millones de dólares",
        ),
        (
            "Soybeans remain at the top of the list. In 2022, Brazil shipped US$31.8 billion of "
            "the grain to China, over a third of its sales there.",
            "US$31.8 billion",
        ),
    ],
)
def test_the_grain_named_after_its_crop_is_a_product(kb, text, figure):
    result = one(check(text, kb, date="2023-03-25"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "product" in result.reason


# --- "do cobre", "del cobre", "da soja": "de" fused with its article ---------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Em 2022, o Brasil vendeu aos chineses US$ 31,8 bilhões da soja colhida no ano.",
            "US$ 31,8 bilhões",
        ),
        (
            "En 2022, Brasil vendió a China 31.800 millones de dólares del cobre extraído en "
            "el año.",
            "31.800 millones de dólares",
        ),
        (
            "Em 2022, o Brasil exportou para a China US$ 31,8 bilhões do minério de ferro do Pará.",
            "US$ 31,8 bilhões",
        ),
    ],
)
def test_a_product_after_a_fused_article_is_named(kb, text, figure):
    result = one(check(text, kb, date="2023-03-25"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "product" in result.reason


# --- guards: the whole flow, and a partner after "da", are still judged ------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Em 2022, o Brasil exportou US$ 31,8 bilhões para a China.", "US$ 31,8 bilhões"),
        (
            "En 2022, Brasil exportó a China 31.800 millones de dólares.",
            "31.800 millones de dólares",
        ),
        ("In 2022, Brazil exported US$31.8 billion to China.", "US$31.8 billion"),
    ],
)
def test_the_whole_flow_is_still_refuted(kb, text, figure):
    result = one(check(text, kb, date="2023-03-25"), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_partner_after_da_is_no_product(kb):
    text = "Em 2022, o Brasil importou US$ 31,8 bilhões da China."
    result = one(check(text, kb, date="2023-03-25"), "US$ 31,8 bilhões")
    assert "product" not in result.reason, result.reason
