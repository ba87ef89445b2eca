"""A text too short for its stopwords (one sentence pasted into /check) is read in the language
its spelling shows, not as English: "China prestó 1.000 millones" is a thousand millions, not
one. Names ("São Paulo", "Bogotá", "México") say nothing: an English sentence naming them stays
English. Real-shaped sentences, our own."""

from __future__ import annotations

import pytest

from chinalac.claims import check
from chinalac.claims.language import detect_language
from tests.claims.conftest import one


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("China prestó 1.000 millones a Venezuela.", "es"),
        ("China invirtió 2.500 millones.", "es"),
        ("El comercio creció 4,5%.", "es"),
        ("También prometió financiar 1.000 jóvenes líderes.", "es"),
        ("Exportações brasileiras somaram US$ 104,3 bilhões.", "pt"),
        ("A exportação de soja somou 1.500 toneladas.", "pt"),
    ],
)
def test_a_short_text_is_read_in_the_language_its_spelling_shows(text, lang):
    assert detect_language(text, spelling=True) == lang
    assert detect_language(text) == "en"  # without spelling: the old fallback (sentences)


@pytest.mark.parametrize(
    "text",
    [
        "São Paulo exported 1,500 tonnes.",
        "Bogotá got US$1,500 million.",
        "Trade with México: 1,500 million.",
        "Trade grew 4.5% to 1,500 million.",
    ],
)
def test_names_spelled_with_accents_leave_a_short_english_text_english(text):
    assert detect_language(text, spelling=True) == "en"


@pytest.mark.parametrize(
    "text", ["Las dos partes firmaron y prometió algo.", "O comércio só cresceu com a China."]
)
def test_spelling_is_not_asked_when_the_stopwords_decide(text):
    # Guard: "só" is Portuguese, and a text with stopwords is read by them.
    assert detect_language(text, spelling=True) == detect_language(text)


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("China prestó 1.000 millones a Venezuela.", "1.000 millones", 1000.0),
        ("Exportações brasileiras somaram US$ 104,3 bilhões.", "US$ 104,3 bilhões", 104.3),
        ("São Paulo exported 1,500 tonnes.", "1,500 tonnes", 1500.0),
    ],
)
def test_a_pasted_sentence_s_figure_is_read_with_its_language_s_separators(kb, text, figure, value):
    assert one(check(text, kb), figure).claim.value == value


def test_a_short_spanish_pledge_sentence_is_borne_out_by_its_pledge(kb):
    result = one(
        check("También prometió financiar 1.000 jóvenes líderes.", kb), "1.000 jóvenes líderes"
    )
    assert result.claim.lang == "es"
    assert "brasilia2014_young_leaders_1000" in result.reason, result.reason
