"""Stored values become reader text: vocabulary labels, figures, internal notes left out."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import chinalac
from chinalac.web import reasons, vocabulary


def test_vocabulary_values_are_translated_and_unknown_values_kept():
    assert vocabulary.label("Energy", "es") == "Energía"
    assert vocabulary.label("exports_to_china", "pt") == "exportações para a China"
    assert vocabulary.label("China (national data)", "es") == "China (datos nacionales)"
    assert vocabulary.label("MDIC (Brazil)", "es") == "MDIC (Brazil)"  # a proper name
    assert vocabulary.label("Comprehensive strategic partnership", "pt") != (
        "Comprehensive strategic partnership"
    )  # a tie label, through the catalogs


def test_every_vocabulary_row_has_three_labels_and_a_sidecar():
    rows = vocabulary.rows()
    assert len(rows) > 40
    assert all(row["en"] and row["es"] and row["pt"] for row in rows)
    assert vocabulary.VOCABULARY_CSV.with_suffix(".meta.yml").exists()


def test_years_never_get_a_separator_and_counts_no_decimal():
    assert vocabulary.figure_value(2024.0, "year", "en") == "2024"
    assert vocabulary.figure_value(1993.0, "year", "es") == "1993"
    assert vocabulary.figure_value(400.0, "count", "en") == "400"
    assert vocabulary.figure_value(12345.5, "usd_bn", "es") == "12.345,5"


def test_amounts_carry_their_unit_in_words_and_years_and_counts_none():
    assert vocabulary.amount(157.5, "usd_bn", "en") == "157.5 US$ bn"
    assert vocabulary.amount(157.5, "usd_bn", "es") == "157,5 miles de millones de US$"
    assert vocabulary.amount(157.5, "usd_bn", "pt") == "157,5 bilhões de US$"
    assert vocabulary.amount(2017.0, "year", "pt") == "2017"
    assert vocabulary.amount(22.0, "count", "es") == "22"
    assert vocabulary.amount(None, "usd_bn", "es") == ""


def test_internal_notes_are_left_out_of_reader_text():
    assert (
        vocabulary.reader_text(
            "Held in Peru, November 2024 (ChinaFocus2025, as summarised in the domain brief (DOMAIN.md))."
        )
        == "Held in Peru, November 2024 (ChinaFocus2025)."
    )
    assert (
        vocabulary.reader_text("Op-ed by a researcher (title not stored)")
        == "Op-ed by a researcher"
    )
    assert vocabulary.reader_text("signed (CONFLICT)") == "signed"


def test_column_ids_become_headers():
    assert vocabulary.column_label("project_id", "en") == "Project"
    assert vocabulary.column_label("project_id", "es") == "Proyecto"


def test_country_search_finds_a_state_in_any_language_without_accents(client):
    for query, iso3 in (("peru", "PER"), ("Perú", "PER"), ("Brasil", "BRA"), ("haiti", "HTI")):
        response = client.get("/country", params={"q": query}, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == f"/country/{iso3}"
    assert client.get("/country", params={"q": "Atlantis"}).status_code == 404
    page = client.get("/architecture", params={"lang": "pt"}).text
    assert 'id="country-names"' in page and 'value="Peru" data-iso3="PER"' in page


def test_architecture_shows_official_spanish_names_with_their_source(client):
    page = client.get("/architecture", params={"lang": "es"}).text
    assert "Construcción de infraestructuras" in page and "Infrastructure construction" not in page
    assert 'href="http://spanish.china.org.cn/' in page
    english = client.get("/architecture", params={"lang": "en"}).text
    assert "Infrastructure construction" in english


def test_verdict_reasons_are_framed_in_the_readers_language(client):
    assert str(reasons.reason_markup("matches 489 usd_bn 2023 (ECLAC)", "es")) == (
        'coincide con <span lang="en">489 usd_bn 2023 (ECLAC)</span>'
    )
    assert "&lt;b&gt;" in str(reasons.reason_markup("matches <b>", "pt"))  # still escaped
    page = client.post(
        "/check", params={"lang": "pt"}, data={"text": "Trade reached US$489 billion in 2023."}
    ).text
    # the store's match (a fact, or a commitment's figure) is framed in Portuguese
    assert 'class="reason">coincide com ' in page


@pytest.mark.parametrize(
    ("stored", "lang", "words"),
    [
        ("not stated", "es", "fuente no indicada"),
        ("not stated (likely INDEC)", "pt", "fonte do dado não informada (provavelmente INDEC)"),
        ("not stated (likely INDEC)", "en", "source of the figure not stated (probably INDEC)"),
        (
            "not stated (weak page)",
            "pt",
            "fonte do dado não informada (página pouco confiável)",
        ),
        ("MOFCOM", "es", 'declarado por <span class="reporter" lang="en">MOFCOM</span>'),
        ("China (national data)", "pt", "declarado por China (dados nacionais)"),
        ("MOFCOM", "en", "reported by MOFCOM"),
        (
            "not stated (an editor guess)",
            "pt",
            'fonte do dado não informada (<span class="reporter-note" lang="en">an editor guess</span>)',
        ),
        ("ECLAC", "es", "declarado por CEPAL"),
        (
            "MOFCOM (via CCTV)",
            "pt",
            'declarado por <span class="reporter" lang="en">MOFCOM</span>, via <span class="reporter" lang="en">CCTV</span>',
        ),
    ],
)
def test_reporters_have_one_wording_never_reported_by_not_stated(stored, lang, words):
    assert str(vocabulary.reported_by(stored, lang)) == words
    assert vocabulary.reported_by(None, lang) == ""


def test_reporters_said_to_give_official_data_are_worded_in_the_readers_language():
    """A reporter stored as "official data (Centroamérica 360)" or "Paraguay official data" is a
    description, not a name, so a Spanish or Portuguese reader reads it in their language (found
    in the reader view of /check: "declarado por official data (Centroamérica 360)")."""
    figures = (
        Path(chinalac.__file__).resolve().parent
        / "data" / "figures" / "figures_compiled" / "figures.csv"
    )  # fmt: skip
    with figures.open(encoding="utf-8", newline="") as handle:
        reporters = {row["reporter"] for row in csv.DictReader(handle)}
    described = sorted(r for r in reporters if "official data" in r)
    assert described
    for reporter in described:
        for lang in ("es", "pt"):
            words = vocabulary.label(reporter, lang)
            assert "official data" not in words, (reporter, lang, words)


@pytest.mark.parametrize(
    ("lang", "metric_words", "unit_words"),
    [
        ("es", "puesto de China entre los destinos de exportación del estado", "1 puesto"),
        ("pt", "posição da China entre os destinos de exportação do estado", "1 posição"),
    ],
)
def test_a_rank_reason_names_its_measure_and_unit_in_the_readers_words(
    lang, metric_words, unit_words
):
    """The partner-rank rule's reasons name a stored rank's measure and unit; a Spanish or
    Portuguese reader read "china_export_destination_rank" and "1 rank 2019 … [figures:123, …]"
    as stored (found in the /check reader view of text 369)."""
    reason = (
        "no stored rank for china_export_destination_rank · BRA · no period stated: the latest "
        "stored is 1 rank 2019 (Brazil (official)) [figures:123, web-4bc867557d], before the "
        "article's 2020"
    )
    markup = str(reasons.reason_markup(reason, lang))
    assert metric_words in markup and unit_words in markup, markup
    assert "_rank" not in markup and "figures:123" not in markup, markup
