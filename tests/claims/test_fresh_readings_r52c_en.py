"""General readings found on the fresh dev texts 563-564 of the unseen set (branch round-r52c,
round 52c: ten years of the Belt and Road in Latin America, August 2023, and the region's trade
with China, March 2022), each with real-shaped sentences (our own) in English, Spanish and
Portuguese, checked against the package's knowledge base.

* "in December 2021 Cuba and China signed a cooperation plan to push the initiative further", "un
  plan de cooperación", "um plano de cooperação": a plan carrying the Belt and Road out is an act
  of its own, not the memorandum (text 563: main refuted December 2021 by Cuba's memorandum of
  November 2018). The date is left unjudged unless its clause names the memorandum.
* "Nicaragua did the same in January last year", "Nicaragua hizo lo mismo en enero de 2022", "A
  Nicarágua fez o mesmo em janeiro de 2022": a sentence that opens with a state doing the same
  takes the tie the sentence before dates for another state (text 563: main read no tie). Only
  borne out, never refuted.
* "China, the country's main trade partner", "its top commercial partner": "trade partner" and
  "commercial partner" are partner nouns as "trading partner" is (text 564: main read no rank).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a plan carrying the Belt and Road out is not the memorandum ---------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Hong Kong, August 18, 2023\n\nNicaragua joined the initiative in January 2022, and in"
            " December 2021 Cuba and China signed a cooperation plan to push the Belt and Road"
            " further.",
            "December 2021",
        ),
        (
            "Hong Kong, 18 de agosto de 2023\n\nEn diciembre de 2021, Cuba y China firmaron un plan"
            " de cooperación de la Franja y la Ruta.",
            "diciembre de 2021",
        ),
        (
            "Hong Kong, 18 de agosto de 2023\n\nEm dezembro de 2021, Cuba e China assinaram um"
            " plano de cooperação da Iniciativa Cinturão e Rota.",
            "dezembro de 2021",
        ),
    ],
)
def test_a_belt_and_road_plan_is_not_refuted_by_the_memorandum(text, claim):
    """Cuba's memorandum is stored from 2018-11; the plan of 2021-12 is no tie of the store."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Hong Kong, August 18, 2023\n\nIn December 2021 Cuba and China signed a Belt and Road"
            " memorandum and a cooperation plan.",
            "December 2021",
        ),
        (
            "Hong Kong, 18 de agosto de 2023\n\nEn diciembre de 2021, Cuba y China firmaron un"
            " memorando de entendimiento de la Franja y la Ruta.",
            "diciembre de 2021",
        ),
    ],
)
def test_a_memorandum_named_beside_a_plan_is_still_judged(text, claim):
    """Guard: the clause names the memorandum, whose stored date (2018-11) refutes 2021-12."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- a state that did the same takes the tie of the sentence before ------------------------------

PANAMA = {
    "en": "Hong Kong, August 18, 2023\n\nPanama's entry into the BRI in 2017 was the watershed"
    " for the region. ",
    "es": "Hong Kong, 18 de agosto de 2023\n\nPanamá se sumó a la Franja y la Ruta en 2017. ",
    "pt": "Hong Kong, 18 de agosto de 2023\n\nO Panamá aderiu à Iniciativa Cinturão e Rota em"
    " 2017. ",
}


@pytest.mark.parametrize(
    ("lang", "sentence", "claim"),
    [
        ("en", "Nicaragua did the same in January last year.", "January last year"),
        ("en", "Nicaragua followed suit in January 2022.", "January 2022"),
        ("es", "Nicaragua hizo lo mismo en enero de 2022.", "enero de 2022"),
        ("pt", "A Nicarágua fez o mesmo em janeiro de 2022.", "janeiro de 2022"),
    ],
)
def test_a_state_doing_the_same_takes_the_tie_before(lang, sentence, claim):
    """Nicaragua's Belt and Road memorandum is stored on 2022-01-10."""
    result = one(check(PANAMA[lang] + sentence), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("lang", "sentence", "claim"),
    [
        ("en", "Nicaragua followed suit in March 2022.", "March 2022"),
        ("es", "Nicaragua hizo lo mismo en 2019.", "2019"),
        ("pt", "A Nicarágua fez o mesmo em 2019.", "2019"),
    ],
)
def test_a_state_doing_the_same_at_another_date_is_never_refuted(lang, sentence, claim):
    """Guard: the act taken up is a reading; a date off the stored one stays unjudged."""
    result = one(check(PANAMA[lang] + sentence), claim)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- "trade partner" and "commercial partner" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "March 29, 2022 — In 2021 about a third of everything Brazil exported went to China,"
            " the country's main trade partner.",
            "main trade partner",
        ),
        (
            "March 29, 2022 — In 2021, China was Brazil's top commercial partner.",
            "top commercial partner",
        ),
        (
            "29 de marzo de 2022 — En 2021, China fue el principal socio comercial de Brasil.",
            "principal socio comercial",
        ),
        (
            "29 de março de 2022 — Em 2021, a China foi o principal parceiro comercial do Brasil.",
            "principal parceiro comercial",
        ),
    ],
)
def test_a_trade_partner_rank_is_read(text, claim):
    """China was Brazil's first partner in 2021 (Ministry of Economy)."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_trade_partner_rank_of_another_place_is_not_refuted():
    """Guard: Mexico's stored rank for 2024 is 2; a claim of 1 is not refuted."""
    results = check("March 29, 2025 — In 2024, China was Mexico's main trade partner.")
    assert all(r.verdict is not Verdict.CONTRADICTED for r in results)
