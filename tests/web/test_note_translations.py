"""Curators' notes in the reader's language (chinalac.web.notes).

* every curator note the country, architecture and commitments pages can show, and every fact's
  evidence note the checker can cite on /check (any fact it indexes, the regional and China's
  own included, not only a profile's), has chinalac's Spanish and Portuguese translation in
  data/i18n/notes.csv (a new English note without one fails here, named);
* the ties' formulaic evidence sentences are generated in Spanish and Portuguese from the row's
  fields (status words from the catalogs, the date by babel), only when the stored sentence is
  exactly the template;
* the pages themselves: tests/web/test_note_pages.py.
"""

from __future__ import annotations

import csv
import re

import pandas as pd
import pytest

from chinalac.paths import package_data_dir
from chinalac.web import notes, vocabulary
from tests.web.note_inventory import checker_fact_notes, page_notes


@pytest.fixture(scope="module")
def names(db) -> dict[str, dict[str, str]]:
    frame = db.sql("SELECT iso3, name_en, name_es, name_pt FROM countries")
    return {row.iso3: {"en": row.name_en, "es": row.name_es, "pt": row.name_pt} for row in frame.itertuples()}  # fmt: skip


@pytest.fixture(scope="module")
def shown(db, names) -> dict[str, str]:
    return page_notes(db, lambda iso3, lang: names[iso3][lang])


# -- every note has a translation -----------------------------------------------------------
def test_every_note_the_pages_can_show_has_a_spanish_and_a_portuguese_translation(shown):
    assert len(shown) >= 680  # the whole inventory, not a sample
    rows = notes.translations()
    missing = [
        f"{where}: {text!r}"
        for text, where in shown.items()
        if not (
            rows.get(text, {}).get("es", "").strip() and rows.get(text, {}).get("pt", "").strip()
        )
    ]
    assert not missing, (
        f"{len(missing)} curator note(s) without es/pt in data/i18n/notes.csv:\n"
        + "\n".join(missing)
    )


def test_the_inventory_holds_every_fact_note_the_checker_can_cite(db, shown):
    """/check can cite any fact the checker indexes, not only the facts a country profile shows:
    the regional ones (China-LAC trade per the CRS via Lu2023), China's own, the published
    figures. 143 of their notes were shown in English to a Spanish or Portuguese reader."""
    cited = checker_fact_notes(db)
    assert len(cited) >= 150
    assert set(cited) <= set(shown)
    wheres = " ".join(cited.values())
    for fact_id in ("trade_total_lac_2002_crs", "aid_total_chn_1950_2016", "figures_additions:2"):
        assert f"facts {fact_id} evidence" in wheres


def test_no_translation_is_left_over_and_none_is_the_english(shown):
    rows = notes.translations()
    stale = sorted(set(rows) - set(shown))
    assert not stale, f"rows of notes.csv for notes no page shows (edited or removed): {stale}"
    for english, row in rows.items():
        for lang in ("es", "pt"):
            assert row[lang] != vocabulary.reader_text(english), (
                f"{lang} is the English: {english!r}"
            )


def test_every_figure_reported_as_other_has_its_measure_in_spanish_and_portuguese():
    """A figure whose evidence is "The page reports other: <measure> of …" is worded on /check
    from notes.csv; without a row its English sentence was shown to a Spanish or Portuguese
    reader (83 figures, 68 measures, found in the /check reader view)."""
    figures = pd.read_csv(
        package_data_dir() / "figures" / "figures_compiled" / "figures.csv", dtype=str
    )
    other = figures[figures["evidence"].fillna("").str.startswith("The page reports other: ")]
    assert len(other) >= 80
    for lang in ("es", "pt"):
        english = [
            note
            for note, reporter in zip(other["evidence"], other["reporter"], strict=True)
            if notes.figure_note(note, reporter, lang) is None
        ]
        assert not english, f"{len(english)} figure note(s) left in English ({lang}): {english}"
    (peak,) = other[other["evidence"].str.contains("CONFLICT with 37 bn", regex=False)].itertuples()
    worded = notes.figure_note(peak.evidence, peak.reporter, "es")
    assert worded == (
        "la página informa préstamos en un solo año (2010, máximo); edición de 2022; "
        "en conflicto con 37 mil millones (edición de 2013)"
    )


def test_translations_keep_every_figure_of_the_note():
    """Numbers of the note (figures, years, days) all in the translation, none changed: the
    separators may be the reader's ("157.000", "4,8" for 157,000 and 4.8)."""
    number = re.compile(r"\d+(?:[.,]\d+)*")

    def digits(text: str) -> list[str]:
        return sorted(re.sub(r"[.,]", "", found) for found in number.findall(text))

    for english, row in notes.translations().items():
        for lang in ("es", "pt"):
            assert digits(row[lang]) == digits(vocabulary.reader_text(english)), (lang, english)


def test_the_sidecar_says_these_are_chinalacs_own_translations_of_its_notes():
    sidecar = (notes.NOTES_CSV.parent / "SOURCE.yml").read_text("utf-8")
    assert "chinalac's own Spanish (es) and Portuguese" in sidecar
    assert "NOT of any source" in sidecar
    assert "written: 2026-12-04" in sidecar
    with notes.NOTES_CSV.open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == ["en", "es", "pt"]


def test_a_note_is_shown_translated_with_its_english_original_reachable():
    english = "Joint communique issued simultaneously in Lima and Beijing"
    shown = notes.note_markup(english, "es")
    assert shown == (
        '<span class="translated-note" title="Original (en inglés): '
        'Joint communique issued simultaneously in Lima and Beijing">'
        "Comunicado conjunto emitido simultáneamente en Lima y Pekín</span>"
    )
    assert notes.note_markup(english, "en") == english
    # an edited note is no longer the translated one: English, marked, until translated again
    assert notes.note_markup(english + " (2021)", "pt") == (
        f'<span class="untranslated-note" lang="en">{english} (2021)</span>'
    )


def test_a_quotation_kept_in_a_translation_is_marked_with_its_language():
    shown = notes.note_markup(
        "'over 6.3 million' direct participants; audience over 32 million", "es"
    )
    assert '<span lang="en">&#39;over 6.3 million&#39;</span> participantes directos' in shown
    spanish = notes.note_markup(
        "Existing ties.csv row (InfoNegocios) dates prospective status to 2020-04-22; Radio "
        "Montecarlo (22/Abr 2019), China Daily mirror (2019-04-22) and Marca Pais (approval "
        '"en abril de 2019") all give 2019',
        "es",
    )
    assert "&#34;en abril de 2019&#34;" in spanish and 'lang="es"' not in spanish  # the page's own


def test_a_described_source_is_named_in_the_readers_language(names):
    title = "Op-ed by the Center for Latin American Studies, Shanghai University (title not stored)"
    assert vocabulary.source_title(title, "pt") == (
        "Artigo de opinião do Centro de Estudos Latino-Americanos da Universidade de Xangai"
    )
    assert vocabulary.title_lang_attribute(title, "es") == ""
    assert "Op-ed by" in vocabulary.source_title(title, "en")


# -- generated tie evidence -------------------------------------------------------------------
def tie_rows(db) -> list[dict]:
    frame = db.sql("SELECT iso3, tie_type, status, date, evidence FROM ties WHERE NOT superseded")
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def peru(db, tie_type: str, date: str) -> dict:
    return next(r for r in tie_rows(db) if r["iso3"] == "PER" and r["tie_type"] == tie_type and r["date"] == date)  # fmt: skip


@pytest.mark.parametrize(
    ("tie_type", "date", "lang", "expected"),
    [
        (
            "diplomatic_relations_prc",
            "1971-11-02",
            "es",
            "La página respalda relaciones diplomáticas con la RPC (Perú): relaciones establecidas; fecha: 2 de noviembre de 1971.",
        ),  # fmt: skip
        (
            "diplomatic_relations_prc",
            "1971-11-02",
            "pt",
            "A página sustenta relações diplomáticas com a RPC (Peru): relações estabelecidas; data: 2 de novembro de 1971.",
        ),  # fmt: skip
        (
            "fta",
            "2010-03-01",
            "es",
            "La página respalda un tratado de libre comercio con China (Perú): TLC en vigor; fecha: 1 de marzo de 2010.",
        ),  # fmt: skip
        (
            "fta",
            "2010-03-01",
            "pt",
            "A página sustenta um acordo de livre comércio com a China (Peru): ALC em vigor; data: 1 de março de 2010.",
        ),  # fmt: skip
        (
            "partnership",
            "2008",
            "es",
            "La página respalda su nivel de asociación con China (Perú): asociación estratégica; fecha: 2008.",
        ),  # fmt: skip
        (
            "confucius_institutes",
            "2015-06",
            "pt",
            "A página sustenta institutos Confúcio (Peru): com Instituto(s) Confúcio; data: junho de 2015.",
        ),  # fmt: skip
        (
            "aiib",
            "2017-03-23",
            "es",
            "La página respalda membresía en el BAII (Perú): miembro en proceso de adhesión al BAII; fecha: 23 de marzo de 2017.",
        ),  # fmt: skip
    ],
)
def test_formulaic_tie_evidence_is_generated_in_the_readers_language(
    db, names, tie_type, date, lang, expected
):
    row = peru(db, tie_type, date)
    assert row["evidence"].startswith("The page supports ")
    sentence = notes.tie_sentence(row, lang, lambda iso3, lang: names[iso3][lang])
    assert sentence == expected
    assert notes.tie_sentence(row, "en", lambda iso3, lang: names[iso3][lang]) == row["evidence"]


def test_only_the_exact_template_is_generated(db, names):
    name = lambda iso3, lang: names[iso3][lang]  # noqa: E731
    row = peru(db, "diplomatic_relations_prc", "1971-11-02")
    edited = {**row, "evidence": row["evidence"].replace("dated", "dated about")}
    assert notes.tie_sentence(edited, "es", name) is None
    other_status = {**row, "status": "re-established"}  # the sentence no longer says the row
    assert notes.tie_sentence(other_status, "pt", name) is None
    undated = {**row, "date": None, "evidence": row["evidence"].replace(", dated 1971-11-02", ", undated")}  # fmt: skip
    assert notes.tie_sentence(undated, "es", name) == (
        "La página respalda relaciones diplomáticas con la RPC (Perú): relaciones establecidas; sin fecha."
    )
    shown = notes.tie_evidence_markup(edited, "es", name)
    assert shown.startswith('<span class="untranslated-note" lang="en">The page supports')


def test_every_formulaic_tie_sentence_of_the_store_is_generated(db, names):
    template = re.compile(r"^The page supports .+ for .+: .+, (?:dated .+|undated)\.$")
    formulaic = [r for r in tie_rows(db) if template.match(str(r["evidence"] or ""))]
    assert len(formulaic) >= 280
    name = lambda iso3, lang: names[iso3][lang]  # noqa: E731
    left = [r["evidence"] for r in formulaic if notes.tie_sentence(r, "es", name) is None]
    assert not left, left
    for row in formulaic[:40]:
        for lang in ("es", "pt"):
            assert not notes.tie_sentence(row, lang, name).startswith("The page")


def test_a_stored_records_note_on_check_is_translated_the_checked_texts_words_are_not():
    from chinalac.web.evidence import evidence_line

    stored = "Says Peru has the largest Chinese diaspora in the region, about 5 % of its population, citing Roy (2022) (Lu2023, section 2.5)."  # fmt: skip
    line = evidence_line({"kind": "fact", "note": stored, "record_id": "f1"}, "pt")
    assert line.note.startswith("Diz que o Peru tem a maior diáspora chinesa da região")
    assert line.note_lang == "pt"
    assert evidence_line({"kind": "fact", "note": stored}, "en").note == stored
    quoted = evidence_line({"kind": "text", "note": stored}, "es", text_lang="en")
    assert (quoted.note, quoted.note_lang) == (stored, "en")


def test_the_evidence_note_of_a_regional_fact_is_translated_on_check():
    from chinalac.web.evidence import evidence_line

    facts = pd.read_csv(package_data_dir() / "knowledge" / "facts.csv", dtype=str)
    stored = facts.set_index("fact_id").loc["trade_total_lac_2002_crs", "evidence"]
    assert stored.startswith("Reports China-LAC goods trade rising from about US$18 bn")
    item = {"kind": "fact", "note": stored, "record_id": "trade_total_lac_2002_crs"}
    for lang, start in (
        ("pt", "Informa que o comércio de bens China-ALC passou de cerca de 18 bilhões de US$"),
        (
            "es",
            "Informa que el comercio de bienes China-ALC pasó de unos 18 miles de millones de US$",
        ),
    ):
        line = evidence_line(item, lang)
        assert line.note.startswith(start), line.note
        assert line.note_lang == lang
        assert "(Lu2023, " in line.note  # the source id kept, for the page to link


@pytest.mark.parametrize(
    ("lang", "text", "note"),
    [
        (
            "pt",
            "O comércio de bens entre a China e a América Latina chegou a cerca de 449 bilhões "
            "de dólares em 2021.",
            "Informa um comércio de bens China-ALC de quase 449 bilhões de US$ em 2021, citando",
        ),
        (
            "es",
            "El comercio de bienes entre China y América Latina alcanzó unos 449.000 millones de "
            "dólares en 2021.",
            "Informa un comercio de bienes China-ALC de casi 449 miles de millones de US$ en 2021, "
            "citando",
        ),
    ],
)
def test_the_check_page_shows_a_regional_facts_note_in_the_readers_language(
    client, lang, text, note
):
    """The CRS figure (via Lu2023) no country profile shows, cited on /check: its note in the
    reader's language, not the stored English marked lang="en"."""
    html = client.post("/check", params={"lang": lang}, data={"text": text}).text
    line = re.search(r'<li data-record="trade_total_lac_2021_crs">.*?</li>', html, re.S)
    assert line, "the CRS figure was not cited"
    assert f'<span class="note">{note}' in line.group(0)
    assert "Reports China-LAC" not in line.group(0)
