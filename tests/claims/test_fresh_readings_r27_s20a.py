"""General readings found on the fresh dev texts 274-276 of the unseen set (branch
issue-15-r27-s20a, round 27a: Mexico, Chile and Colombia), each with real-shaped sentences
(our own) in English, Spanish and Portuguese, checked against the package's knowledge base.

* Two anniversaries in one sentence ("the 45th anniversary of diplomatic ties between China and
  Chile and the 10th anniversary of the free trade agreement the two countries signed in 2005"):
  each counts from the tie its own object names, and a year written inside that object ("signed
  in 2005") is the year of the event, not of the anniversary. Main read two ties in the sentence
  and left both anniversaries unjudged.
* "No.1 trade partner": the abbreviated "number one" is a first rank (main read no claim).
* "China has become Mexico's second largest trading partner, while Mexico is China's second
  largest in Latin America": the group named in the contrasting clause (", while", ", mientras",
  ", enquanto") ranks that clause's subject; main read China's rank for Mexico as a rank within
  Latin America and left it unread.
* "Two-way trade" is no count of two (English only: Spanish and Portuguese have no such
  compound); main read a claim "Two".
* "Colombia bought US$42.9 billion of goods abroad and sold US$30.2 billion", "vendió al
  exterior US$49.500 millones": trade with every partner, not with China. Main read both as trade
  with China and refuted them by the year's stored rows (a false "contradicted").
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- two anniversaries, two ties --------------------------------------------------------------

LEAD_2015 = {
    "en": "August 5, 2015 — Santiago\n\n",
    "es": "Agosto de 2015 — Santiago\n\n",
    "pt": "Agosto de 2015 — Santiago\n\n",
}
TWO_ANNIVERSARIES = {
    "en": (
        "The week marks the 45th anniversary of diplomatic ties between China and Chile and the"
        " 10th anniversary of the free trade agreement the two countries signed in {year}.",
        "45th anniversary",
        "10th anniversary",
    ),
    "es": (
        "La semana celebra el 45º aniversario de las relaciones diplomáticas entre China y Chile"
        " y el 10º aniversario del tratado de libre comercio que ambos países firmaron en {year}.",
        "45º aniversario",
        "10º aniversario",
    ),
    "pt": (
        "A semana marca o 45º aniversário das relações diplomáticas entre a China e o Chile e o"
        " 10º aniversário do acordo de livre comércio que os dois países assinaram em {year}.",
        "45º aniversário",
        "10º aniversário",
    ),
}


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_each_anniversary_counts_from_the_tie_its_object_names(lang):
    sentence, relations, fta = TWO_ANNIVERSARIES[lang]
    results = check(LEAD_2015[lang] + sentence.format(year=2005))
    first = one(results, relations)
    assert first.verdict is Verdict.SUPPORTED, first.reason
    assert "1970" in first.reason
    second = one(results, fta)
    assert second.verdict is Verdict.SUPPORTED, second.reason
    assert "2005" in second.reason


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_an_anniversary_of_an_event_dated_otherwise_is_never_borne_out(lang):
    # Guard: "signed in 2004" (the store has 2005) is no anniversary of 2015's FTA: never
    # supported, never contradicted (the ties table is a partial compilation).
    sentence, _, fta = TWO_ANNIVERSARIES[lang]
    second = one(check(LEAD_2015[lang] + sentence.format(year=2004)), fta)
    assert second.verdict is Verdict.UNVERIFIABLE, second.reason


def test_a_wrong_ordinal_beside_another_anniversary_is_left_unjudged():
    # Guard: the 44th anniversary in 2015 dates relations to 1971 (stored 1970-12-15): shown,
    # not refuted.
    text = LEAD_2015["en"] + (
        "The week marks the 44th anniversary of diplomatic ties between China and Chile and the"
        " 10th anniversary of the free trade agreement the two countries signed in 2005."
    )
    first = one(check(text), "44th anniversary")
    assert first.verdict is Verdict.UNVERIFIABLE, first.reason


def test_one_anniversary_of_one_tie_reads_as_before():
    # Guard: a sentence of one tie keeps the earlier reading (the anniversary's year is the
    # sentence's or the article's).
    text = LEAD_2015["en"] + (
        "This year Chile and China celebrate the 45th anniversary of diplomatic relations."
    )
    first = one(check(text), "45th anniversary")
    assert first.verdict is Verdict.SUPPORTED, first.reason


# --- "No.1 trade partner" -----------------------------------------------------------------------


def test_no_1_written_with_its_abbreviation_is_a_first_rank():
    # "China is now Chile's No.1 trade partner" (2015): a rank of 1, read as the partner rank;
    # the store holds Chile's ranks for 2017, 2023 and 2024 only, so it is left unjudged. Main
    # read no claim in it.
    result = one(
        check(LEAD_2015["en"] + "China is now Chile's No.1 trade partner."), "No.1 trade partner"
    )
    assert result.claim.value == 1
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_no_1_trading_partner_of_a_stored_year_is_borne_out():
    text = "March 2024 — Santiago\n\nChina is Chile's No.1 trading partner, ahead of the United States."
    result = one(check(text), "No.1 trading partner")
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_numbered_document_is_no_rank():
    # Guard: "Resolution No.1" numbers a document; no rank claim is read.
    text = (
        LEAD_2015["en"] + "The ministry published Resolution No.1 in 2019 and Decree No.12 in 2020."
    )
    assert not [r for r in check(text) if "No." in r.claim.text]


# --- a contrasting clause's group -----------------------------------------------------------

CONTRAST = [
    (
        "June 2024 — Mexico City\n\nChina is Mexico's second largest trading partner, while Mexico"
        " is China's second largest in Latin America.",
        "second largest trading partner",
    ),
    (
        "Junio de 2024 — Ciudad de México\n\nChina es el segundo socio comercial de México, mientras"
        " México es el segundo de China en América Latina.",
        "segundo socio comercial",
    ),
    (
        "Junho de 2024 — Cidade do México\n\nA China é o segundo parceiro comercial do México,"
        " enquanto o México é o segundo da China na América Latina.",
        "segundo parceiro comercial",
    ),
]


@pytest.mark.parametrize(("text", "rank"), CONTRAST)
def test_a_group_in_a_contrasting_clause_is_not_the_ranks_own(text, rank):
    result = one(check(text), rank)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_group_in_the_ranks_own_clause_still_ranks_within_it():
    # Guard: "Mexico's second largest trading partner in Latin America, while …": the group is
    # the rank's own; never read as China's rank for Mexico.
    text = (
        "June 2024 — Mexico City\n\nChina is Mexico's second largest trading partner in Latin"
        " America, while the United States leads."
    )
    result = one(check(text), "second largest trading partner")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_the_other_way_round_in_the_contrasting_clause_is_never_chinas_rank():
    # Guard: "Mexico is China's second largest" (China's own partners) stays unread.
    text = CONTRAST[0][0]
    result = one(check(text), "second largest")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- "two-way trade" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Two-way trade soared from 12.99 million U.S. dollars in 1972 to 36.68 billion dollars in 2012.",
        "Two-way trade between China and Chile reached US$33.3 billion in 2012.",
    ],
)
def test_two_way_trade_is_no_count(sentence):
    results = check("June 3, 2013 — Santiago\n\n" + sentence)
    assert not [r for r in results if r.claim.text.lower().startswith("two")]
    assert [r for r in results if r.claim.metric == "trade_total"]


def test_two_of_something_is_still_a_count():
    # Guard: "two deals" is still read.
    one(check("June 3, 2013 — Santiago\n\nThe two countries signed two deals."), "two deals")


# --- "abroad", "al exterior" ------------------------------------------------------------------

LEAD_2025 = "2025 — Bogotá\n\n"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "In 2024 Colombia bought US$64.1 billion of goods abroad and sold US$49.5 billion.",
            "US$64.1 billion",
        ),
        (
            "In 2024 Colombia bought US$64.1 billion of goods abroad and sold US$49.5 billion.",
            "US$49.5 billion",
        ),
        ("In 2024 Colombia sold US$49.5 billion abroad.", "US$49.5 billion"),
        ("En 2024 Colombia vendió al exterior US$49.500 millones.", "US$49.500 millones"),
        ("En 2024 Colombia vendió US$49.500 millones al exterior.", "US$49.500 millones"),
        ("Em 2024 a Colômbia vendeu ao exterior US$ 49,5 bilhões.", "US$ 49,5 bilhões"),
        ("Em 2024 a Colômbia exportou US$ 49,5 bilhões ao exterior.", "US$ 49,5 bilhões"),
    ],
)
def test_trade_abroad_is_not_trade_with_china(sentence, figure):
    result = one(check(LEAD_2025 + sentence), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.metric in (None, "trade_with_world")


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2024 Colombia sold US$2.3 billion of goods to China, a fraction of what it sells abroad.",
        "En 2024 Colombia vendió a China US$2.300 millones, una fracción de lo que vende al exterior.",
    ],
)
def test_a_sale_to_china_beside_abroad_is_still_chinas(sentence):
    # Guard: the cue after China's figure, in another clause, leaves the sale to China read.
    figure = "US$2.3 billion" if "billion" in sentence else "US$2.300 millones"
    result = one(check(LEAD_2025 + sentence), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
