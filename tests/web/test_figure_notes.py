"""A figure's evidence note that only restates the figure's fields (the compilers' template "The
page reports exports to China of US$ 1170.1 m for 2023, per INE (Bolivia).") reaches a Spanish or
Portuguese reader as the measure in their words: the value, period and reporter are shown beside
it in their words already. Main showed the English sentence on /check (marked lang="en")."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from chinalac.claims import KnowledgeView, check
from chinalac.domain.figures import is_summed_total
from chinalac.paths import package_data_dir
from chinalac.web import notes
from chinalac.web.evidence import evidence_line

ITEM = {
    "kind": "fact",
    "record_id": "figures:77",
    "source_id": "web-1",
    "relation": "matches",
    "value": 1170.1,
    "unit": "usd_m",
    "period": "2023",
    "entity": "BOL",
    "reporter": "INE (Bolivia)",
    "note": "The page reports exports to China of US$ 1170.1 m for 2023, per INE (Bolivia).",
}


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("es", "la página informa las exportaciones a China"),
        ("pt", "a página informa as exportações para a China"),
    ],
)
def test_a_template_note_is_the_measure_in_the_readers_words(lang, words):
    line = evidence_line(ITEM, lang)
    assert (str(line.note), line.note_lang) == (words, lang)


def test_english_keeps_the_stored_sentence():
    line = evidence_line(ITEM, "en")
    assert (str(line.note), line.note_lang) == (ITEM["note"], "en")


@pytest.mark.parametrize(
    "note",
    [
        # another reporter than the row's: not the template over this row
        "The page reports exports to China of US$ 1170.1 m for 2023, per ECLAC.",
        # a measure the template does not name, and free text after "other:" with no translation
        "The page reports coffee sales of US$ 1170.1 m for 2023, per INE (Bolivia).",
        "The page reports other: exports of quinoa of US$ 1170.1 m for 2023, per INE (Bolivia).",
        "Exports to China reached US$ 1170.1 m in 2023 (INE).",
    ],
)
def test_any_other_note_stays_as_written_in_english(note):
    line = evidence_line({**ITEM, "note": note}, "es")
    assert (str(line.note), line.note_lang) == (note, "en")


def test_every_shipped_template_note_of_a_named_measure_is_worded():
    """Every figure row shipped whose evidence is the template over a named measure is worded
    in Spanish and Portuguese (a measure added to the compiled file without a msgid fails)."""
    figures = pd.read_csv(
        package_data_dir() / "figures" / "figures_compiled" / "figures.csv", dtype=str
    )
    template = figures[figures["evidence"].fillna("").str.startswith("The page reports ")]
    named = template[~template["evidence"].str.startswith("The page reports other: ")]
    assert len(named) > 300
    for lang in ("es", "pt"):
        unworded = [
            note
            for note, reporter in zip(named["evidence"], named["reporter"], strict=True)
            if notes.figure_note(note, reporter, lang) is None
        ]
        assert unworded == []


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "es",
            "exportaciones + importaciones tal como las publica una fuente, sumadas por chinalac",
        ),
        ("pt", "exportações + importações tal como uma fonte as publica, somadas pelo chinalac"),
    ],
)
def test_a_total_chinalac_added_up_says_so_not_what_its_exports_row_says(lang, words):
    """Bolivia's 2023 exports and imports by INE, added by chinalac (3,564.6 m): main showed the
    exports row's sentence ("The page reports exports to China of US$ 1170.1 m …") beside it."""
    text = "In 2023, Bolivia's trade with China reached US$ 3,564.6 million."
    (result,) = check(text, db=KnowledgeView.from_folder())
    (summed,) = [e for e in result.evidence if is_summed_total(e.record_id)]
    line = evidence_line(dataclasses.asdict(summed), lang)
    assert (str(line.note), line.note_lang) == (words, lang)
