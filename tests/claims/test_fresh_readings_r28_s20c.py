"""General readings found on the fresh dev texts 291-294 of the unseen set (branch
issue-15-r28-s20c, round 28c: Chinese lending in 2016, the first China–CELAC ministerial, the
2025 plan and Brazil's 2023 exports), each with real-shaped sentences (our own) in English,
Spanish and Portuguese, checked against the package's knowledge base.

* A state's exports told in a sentence that names no China, after a sentence of its paragraph
  that names none either ("A balança comercial brasileira terminou 2023 com superávit recorde …
  As exportações brasileiras somaram US$ 339,7 bilhões no ano passado"), may be its exports to
  every partner: main read them as exports to China, the article's subject, and refuted them by
  the stored 104 (a false "contradicted"). Read low: borne out if they match, never refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a state's flow in a paragraph that names no China ----------------------------------------

EXPORTS_LEAD = {
    "en": "January 8, 2024 — Brasília\n\nBrazil's sales to China topped US$100 billion in 2023.\n\n",
    "es": "8 de enero de 2024 — Brasilia\n\nLas ventas de Brasil a China superaron los 100.000"
    " millones de dólares en 2023.\n\n",
    "pt": "8 de janeiro de 2024 — Brasília\n\nAs vendas do Brasil à China passaram de US$ 100"
    " bilhões em 2023.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Brazil's trade balance ended 2023 with a record surplus of US$98.8 billion. Brazilian"
            " exports reached US$339.7 billion last year.",
            "US$339.7 billion",
        ),
        ("en", "Exports from Brazil reached US$339.7 billion last year.", "US$339.7 billion"),
        (
            "es",
            "La balanza comercial brasileña cerró 2023 con un superávit récord de 98.800 millones de"
            " dólares. Las exportaciones brasileñas sumaron 339.700 millones de dólares el año"
            " pasado.",
            "339.700 millones de dólares",
        ),
        (
            "pt",
            "A balança comercial brasileira terminou 2023 com superávit recorde de US$ 98,8"
            " bilhões. As exportações do Brasil somaram US$ 339,7 bilhões no ano passado, alta de"
            " 1,7% sobre os US$ 334,1 bilhões de 2022.",
            "US$ 339,7 bilhões",
        ),
        (
            "pt",
            "A balança comercial brasileira terminou 2023 com superávit recorde de US$ 98,8"
            " bilhões. As exportações do Brasil somaram US$ 339,7 bilhões no ano passado, alta de"
            " 1,7% sobre os US$ 334,1 bilhões de 2022.",
            "US$ 334,1 bilhões",
        ),
        (
            "pt",
            "As exportações brasileiras somaram US$ 339,7 bilhões no ano passado.",
            "US$ 339,7 bilhões",
        ),
    ],
)
def test_a_states_exports_with_no_china_in_the_paragraph_are_not_refuted(lang, text, figure):
    result = one(check(EXPORTS_LEAD[lang] + text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guards: with China named in the sentence, or in the sentence before in its paragraph, the
# flow is still refuted; a flow with no China named is still borne out when it matches.
@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Brazil's trade balance ended 2023 with a record surplus. Brazil's exports to China"
            " reached US$339.7 billion last year.",
            "US$339.7 billion",
        ),
        (
            "es",
            "Brasil le vendió a China más soja que nunca. Las exportaciones brasileñas sumaron"
            " 339.700 millones de dólares el año pasado.",
            "339.700 millones de dólares",
        ),
        (
            "pt",
            "A balança comercial brasileira terminou 2023 com superávit recorde. As exportações do"
            " Brasil para a China somaram US$ 339,7 bilhões no ano passado.",
            "US$ 339,7 bilhões",
        ),
        (
            "pt",
            "O Brasil vendeu ao país asiático mais soja que nunca. As exportações brasileiras"
            " somaram US$ 339,7 bilhões no ano passado.",
            "US$ 339,7 bilhões",
        ),
    ],
)
def test_a_states_exports_with_china_named_are_still_refuted(lang, text, figure):
    result = one(check(EXPORTS_LEAD[lang] + text), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Brazilian exports reached US$104 billion last year.", "US$104 billion"),
        (
            "es",
            "Las exportaciones brasileñas sumaron 104.000 millones de dólares el año pasado.",
            "104.000 millones de dólares",
        ),
        (
            "pt",
            "As exportações do Brasil somaram US$ 104 bilhões no ano passado.",
            "US$ 104 bilhões",
        ),
    ],
)
def test_a_matching_flow_with_no_china_named_is_still_borne_out(lang, text, figure):
    result = one(check(EXPORTS_LEAD[lang] + text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
