"""The /check page's evidence for the stop-36 rules in the reader's language: a framework's part
by the name an official outlet publishes in Spanish or Portuguese (architecture_names.csv), and
a count of ties "since" a year worded "desde" (main showed "Solidarity program" and "since 2017"
in English on the es/pt pages, found in the 390 px reader view of stop 36).
"""

from __future__ import annotations

import pytest

from chinalac.web.evidence import evidence_line, period_label

SOLIDARITY = {
    "kind": "framework",
    "record_id": "five_programs:solidarity",
    "source_id": "ChinaFocus2025",
    "relation": "matches",
    "note": "Solidarity program",
}


@pytest.mark.parametrize(
    ("lang", "name"),
    [("es", "Programa de la solidaridad"), ("pt", "Programa de Solidariedade")],
)
def test_a_frameworks_part_is_named_as_the_official_outlet_names_it(lang, name):
    line = evidence_line(SOLIDARITY, lang)
    assert (line.note, line.note_lang) == (name, lang)
    assert line.source_id == "ChinaFocus2025"


def test_a_part_no_outlet_names_stays_as_stored_and_marked_english():
    item = {**SOLIDARITY, "record_id": "five_programs:peace", "note": "Peace program"}
    line = evidence_line(item, "es")
    assert (line.note, line.note_lang) == ("Peace program", "en")


def test_english_readers_see_the_stored_name():
    assert evidence_line(SOLIDARITY, "en").note == "Solidarity program"


@pytest.mark.parametrize(
    ("lang", "words"), [("en", "since 2017"), ("es", "desde 2017"), ("pt", "desde 2017")]
)
def test_a_count_since_a_year_is_worded_in_the_readers_language(lang, words):
    assert period_label("since 2017", lang) == words
