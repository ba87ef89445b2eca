"""General readings found on the fresh dev texts 553-554 of the unseen set (branch round-r51a,
round 51a: Peruvian ministers on the protocol optimizing the China-Peru FTA and the Chancay port
(November 2024), and ten years of the Chile-China FTA (November 2016)), each with real-shaped
sentences (our own) in Portuguese, Spanish and English, checked against the package's knowledge
base.

* The original FTA told with its signature right before the date ("o acordo de livre comércio
  original assinado em 2009", "el TLC original, firmado en 2009", "the original free trade
  agreement signed in 2009") is the FTA's signature even when the clause speaks of a protocol
  (text 553: main took the date for the protocol's and read no metric). A protocol's own date
  is still left alone.
* The Spanish and Portuguese first-person possessive before a rank ('"China es nuestro principal
  socio comercial"', '"A China é o nosso principal parceiro comercial"') is a determiner as "our"
  is, so the rank is read and given the state the text is about (text 553: main read no rank).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from tests.claims.conftest import one

# --- the original FTA's signature beside a protocol ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lima, 18 de novembro de 2024 — A China e o Peru assinaram em 15 de novembro o Protocolo"
        " de Otimização do Acordo de Livre Comércio. Segundo o Ministério do Comércio da China, o"
        " protocolo parte do acordo de livre comércio original assinado em 2009 e revê as regras"
        " de origem.",
        "Lima, 18 de noviembre de 2024 — China y el Perú firmaron el 15 de noviembre el Protocolo"
        " de Optimización del Tratado de Libre Comercio. Según el Ministerio de Comercio de China,"
        " el protocolo parte del TLC original, firmado en 2009, y revisa las reglas de origen.",
        "Lima, November 18, 2024 — China and Peru signed on November 15 the protocol optimizing"
        " their free trade agreement. The protocol builds on the original free trade agreement"
        " signed in 2009 and revises the rules of origin.",
    ],
)
def test_the_original_fta_s_signature_is_read_beside_a_protocol(text):
    """The China-Peru FTA is stored as signed on 2009-04-28."""
    result = one(check(text), "2009")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2009-04-28" in result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # The protocol's own signature: still another event than the FTA's.
        (
            "Santiago, 10 de maio de 2010 — O Chile e a China assinaram em 2008 o protocolo"
            " complementar sobre serviços do acordo de livre comércio.",
            "2008",
        ),
        (
            "Santiago, 10 de mayo de 2010 — El protocolo del tratado de libre comercio, firmado en"
            " 2008, abrió los servicios entre Chile y China.",
            "2008",
        ),
    ],
)
def test_a_protocol_s_own_date_is_still_not_the_fta_s(text, claim):
    """Guards: with no "original" the protocol keeps its date; never refuted by 2005."""
    result = one(check(text), claim)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.verdict is not Verdict.SUPPORTED, result.reason


# --- "nuestro", "nosso" before a rank --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Lima, 18 de novembro de 2024 — O Peru assinou o protocolo com a China.\n\n"
            '"A China é o nosso principal parceiro comercial", afirmou a ministra do Comércio'
            " Exterior e Turismo, citada pelo El Peruano; para ela, o acordo vai atrair mais"
            " investimento chinês para o Peru.",
            "principal parceiro comercial",
        ),
        (
            "Lima, 18 de noviembre de 2024 — El Perú firmó el protocolo con China.\n\n"
            '"China es nuestro principal socio comercial", afirmó la ministra de Comercio Exterior'
            " y Turismo, citada por El Peruano.",
            "principal socio comercial",
        ),
        (
            "Lima, 18 de novembro de 2024 — O Peru assinou o protocolo com a China.\n\n"
            '"A China é a nossa maior parceira comercial", disse a ministra peruana.',
            "maior parceira comercial",
        ),
    ],
)
def test_a_first_person_possessive_rank_is_read_for_the_text_s_state(text, claim):
    """China is stored as Peru's first trading partner in 2024."""
    result = one(check(text), claim)
    assert result.claim.kind is Kind.RANK
    assert result.claim.entity == "PER"
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_english_our_is_read_as_before():
    """Guard: the English possessive keeps its reading."""
    text = (
        "Lima, November 18, 2024 — Peru signed the protocol with China.\n\n"
        '"China is our main trading partner," the minister said.'
    )
    result = one(check(text), "main trading partner")
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # China's envoy ranks Brazil: not Brazil's partner rank of China.
        (
            'Brasília, 10 de março de 2024 — "O Brasil é o nosso maior parceiro comercial na'
            ' América Latina", disse o embaixador chinês.',
            "maior parceiro comercial",
        ),
        (
            'Brasilia, 10 de marzo de 2024 — "Brasil es nuestro segundo socio comercial", dijo el'
            " embajador chino.",
            "segundo socio comercial",
        ),
    ],
)
def test_a_possessive_rank_of_another_state_is_not_judged(text, claim):
    """Guards: a state ranked by China's speaker is never borne out nor refuted (read or not)."""
    for result in check(text):
        if result.claim.text.strip() == claim:
            assert result.verdict not in (Verdict.SUPPORTED, Verdict.CONTRADICTED), result.reason
