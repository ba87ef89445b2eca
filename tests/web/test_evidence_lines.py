"""The /check page's evidence and fact labels in the reader's language (chinalac.web.evidence):
figures with the locale's separators and the unit in words, periods and places in words,
"reported by" translated, the note as written with its language, the record named by its source, never shown by its id."""

from __future__ import annotations

import re

import pytest

from chinalac.web import vocabulary
from chinalac.web.evidence import (
    EvidenceLine,
    evidence_line,
    evidence_lines,
    fact_label,
    figure_label,
    part_label,
)
from chinalac.web.reasons import reason_markup

NAMES = {"BRA": ("Brazil", "Brasil", "Brasil"), "PAN": ("Panama", "Panamá", "Panamá")}


def country_name(iso3: str, lang: str) -> str:
    """The store's names (Dashboard.country_name) for two states; a code it lacks as is."""
    names = NAMES.get(iso3)
    return names[("en", "es", "pt").index(lang)] if names else iso3


FACT = {
    "kind": "fact",
    "record_id": "trade_total_bra_2023_mofcom",
    "source_id": "MOFCOM2024",
    "relation": "matches",
    "value": 157.5,
    "unit": "usd_bn",
    "period": "2023",
    "entity": "BRA",
    "reporter": "MOFCOM",
    "note": "Gives China-Brazil trade of US$157.5 bn in 2023 (per the project's domain brief).",
}
NOTE = "Gives China-Brazil trade of US$157.5 bn in 2023."


@pytest.mark.parametrize(
    ("lang", "summary"),
    [
        ("en", "157.5 US$ bn · 2023 · Brazil · reported by MOFCOM"),
        # a reporter kept as stored is marked as English
        (
            "es",
            '157,5 miles de millones de US$ · 2023 · Brasil · declarado por <span class="reporter" lang="en">MOFCOM</span>',
        ),
        (
            "pt",
            '157,5 bilhões de US$ · 2023 · Brasil · declarado por <span class="reporter" lang="en">MOFCOM</span>',
        ),
    ],
)
def test_a_stored_fact_reads_in_the_readers_language(lang, summary):
    line = evidence_line(FACT, lang, country_name, "es")
    # the note is the record's own (English) words, internal notes left out; the source is kept
    assert line == EvidenceLine(
        summary, NOTE, "en", "trade_total_bra_2023_mofcom", "", "MOFCOM2024"
    )


@pytest.mark.parametrize(
    ("lang", "summary"),
    [
        ("en", "488,000.25 US$ million · October 2022 · Latin America and the Caribbean"),
        ("es", "488.000,25 millones de US$ · octubre de 2022 · América Latina y el Caribe"),
        ("pt", "488.000,25 milhões de US$ · outubro de 2022 · América Latina e Caribe"),
    ],
)
def test_thousands_months_and_the_region_follow_the_locale(lang, summary):
    item = {"value": 488000.25, "unit": "usd_m", "period": "2022-10", "entity": "LAC"}
    assert evidence_line(item, lang, country_name).summary == summary


@pytest.mark.parametrize(
    ("lang", "tie", "count"),
    [
        ("en", "November 17, 2017 · Panama", "22 · by 2017"),
        ("es", "17 de noviembre de 2017 · Panamá", "22 · hasta 2017"),
        ("pt", "17 de novembro de 2017 · Panamá", "22 · até 2017"),
    ],
)
def test_a_ties_year_is_given_once_and_counts_have_no_decimals(lang, tie, count):
    item = {"kind": "tie", "value": 2017.0, "unit": "year", "period": "2017-11-17", "entity": "PAN"}
    assert evidence_line(item, lang, country_name).summary == tie
    item = {"kind": "tie", "record_id": "count:bri_mou", "value": 22.0, "unit": "count"}
    assert evidence_line({**item, "period": "by 2017"}, lang, country_name).summary == count


def test_a_text_item_quotes_the_article_in_its_language_without_a_record_id():
    item = {"kind": "text", "record_id": "c006:list", "value": 5.0, "unit": "count"}
    line = evidence_line(
        {**item, "note": "Brasil, Chile, Perú, Uruguay y Bolivia"}, "pt", None, "es"
    )
    assert line == EvidenceLine("5", "Brasil, Chile, Perú, Uruguay y Bolivia", "es", "")


def test_reporter_fragments_are_translated_and_any_shape_of_evidence_is_read():
    item = {"value": 157.0, "unit": "usd_bn", "reporter": "not stated (CRI)"}
    assert evidence_line(item, "es").summary == (
        '157 miles de millones de US$ · fuente no indicada (<span class="reporter-note" lang="en">CRI</span>)'
    )
    assert evidence_lines(None, "es") == []
    assert [line.summary for line in evidence_lines(item, "pt")] == [
        '157 bilhões de US$ · fonte do dado não informada (<span class="reporter-note" lang="en">CRI</span>)'
    ]
    assert evidence_lines("a record", "es") == [EvidenceLine("", "a record", "en", "")]


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("en", "goods trade · Latin America and the Caribbean · 2023"),
        ("es", "comercio de bienes · América Latina y el Caribe · 2023"),
        ("pt", "comércio de bens · América Latina e Caribe · 2023"),
    ],
)
def test_fact_labels_name_the_metric_and_place_in_words(lang, label):
    assert fact_label("trade_total · LAC · 2023", lang, country_name) == label


def test_fact_labels_without_a_period_or_with_an_unknown_metric():
    assert fact_label("bri_members_count · BRA", "es", country_name) == (
        "miembros de la Franja y la Ruta · Brasil"
    )
    assert fact_label("trade_total · LAC · no period stated", "pt") == (
        "comércio de bens · América Latina e Caribe · sem período informado"
    )
    assert fact_label("not_a_metric · LAC · 2023", "es") is None  # shown as written
    # what the claim lacks, in words
    assert fact_label("unknown metric · LAC · no period stated", "es") == (
        "métrica no reconocida · América Latina y el Caribe · sin período indicado"
    )
    assert fact_label("trade_total · no entity · 2023", "pt") == (
        "comércio de bens · sem entidade informada · 2023"
    )


def test_every_metric_of_the_knowledge_base_has_reader_names():
    import csv

    from chinalac.paths import package_data_dir

    with (package_data_dir() / "knowledge" / "metrics.csv").open(encoding="utf-8") as handle:
        metrics = [row["metric"] for row in csv.DictReader(handle)]
    assert len(metrics) > 50
    for lang in ("en", "es", "pt"):
        assert [m for m in metrics if vocabulary.label(m, lang) == m] == [], lang


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("en", "more than 500 US$ bn · 2024 · reported by China (national data)"),
        (
            "es",
            "más de 500 miles de millones de US$ · 2024 · declarado por China (datos nacionales)",
        ),
        (
            "pt",
            "mais de 500 bilhões de US$ · 2024 · declarado por China (dados nacionais)",
        ),
    ],
)
def test_stored_figures_in_reasons_read_in_words(lang, label):
    assert figure_label("over 500 usd_bn 2024 (China (national data)) [f1, S1]", lang) == label
    assert figure_label("about 1,234.5 usd_bn [f2, S2]", "es") == (
        "cerca de 1.234,5 miles de millones de US$"
    )


def test_parts_that_are_not_labels_are_left_alone():
    assert part_label("2022-05, 2025", "es") == "mayo de 2022, 2025"
    assert part_label("BRA, CHL", "es") is None
    assert part_label("12 widgets 2023 [x]", "es") is None  # not a stored unit
    assert figure_label("1,234.5 usd_bn [f2, S2]", "pt") == "1.234,5 bilhões de US$"


def test_reasons_put_fact_labels_and_figures_in_words_and_mark_the_rest():
    reason = (
        "no stored fact for bri_members_count · LAC · 2017; "
        "the store holds bri_members_count · LAC for 2022-10"
    )
    assert str(reason_markup(reason, "pt", country_name)) == (
        "nenhum dado armazenado para membros do Cinturão e Rota · América Latina e Caribe · 2017; "
        "a base registra membros do Cinturão e Rota · América Latina e Caribe para outubro de 2022"
    )
    # English keeps the checker's own sentence, with the labels in words
    assert str(reason_markup(reason, "en", country_name)) == (
        "no stored fact for Belt and Road members · Latin America and the Caribbean · 2017; "
        "the store holds Belt and Road members · Latin America and the Caribbean for October 2022"
    )
    shown = str(reason_markup("matches 157.5 usd_bn 2023 (MOFCOM) [f1, S1]", "es"))
    assert (
        shown
        == 'coincide con 157,5 miles de millones de US$ · 2023 · declarado por <span class="reporter" lang="en">MOFCOM</span>'
    )
    assert not re.search(r"usd_bn|reported by|trade_total", shown)


# -- pledges the commitments rule cites -------------------------------------------------------
PLEDGE_ITEM = {
    "kind": "commitment",
    "record_id": "beijing2015_trade_500bn",
    "source_id": "web-826af43311",
    "relation": "matches",
    "value": 500.0,
    "unit": "usd_bn",
    "period": "2015–2025",
    "note": "The page reports the pledge by Xi Jinping (President of China) on 2015-01-08 of "
    "US$ 500 bn (trade_total), due 2025.",
}
STORED_PLEDGES = {
    "beijing2015_trade_500bn": {
        "made_by": "Xi Jinping (President of China)",
        "made_on": "2015-01-08",
        "metric": "trade_total",
    },
    "li2015_capacity_fund_30bn": {
        "made_by": "Li Keqiang (Premier of China)",
        "made_on": "2015-05-19",
        "metric": None,
    },
}


@pytest.mark.parametrize(
    ("lang", "summary"),
    [
        (
            "es",
            "500 miles de millones de US$ · comercio de bienes · 2015–2025 · prometido por "
            "Xi Jinping (presidente de China) el 8 de enero de 2015",
        ),
        (
            "pt",
            "500 bilhões de US$ · comércio de bens · 2015–2025 · prometido por "
            "Xi Jinping (presidente da China) em 8 de janeiro de 2015",
        ),
        (
            "en",
            "500 US$ bn · goods trade · 2015–2025 · pledged by "
            "Xi Jinping (President of China) on January 8, 2015",
        ),
    ],
)
def test_a_pledge_is_worded_from_its_stored_fields_not_its_english_note(lang, summary):
    line = evidence_line(PLEDGE_ITEM, lang, country_name, None, STORED_PLEDGES.get)
    assert line == EvidenceLine(summary, "", "en", "beijing2015_trade_500bn", "", "web-826af43311")
    assert "trade_total" not in line.summary and "The page reports" not in line.summary


def test_a_pledge_without_a_period_or_metric_says_when_it_was_made_once():
    item = {
        **PLEDGE_ITEM,
        "record_id": "li2015_capacity_fund_30bn",
        "value": 30.0,
        "period": "made 2015-05-19",
    }
    line = evidence_line(item, "pt", country_name, None, STORED_PLEDGES.get)
    assert line.summary == (
        "30 bilhões de US$ · prometido por Li Keqiang (primeiro-ministro da China) "
        "em 19 de maio de 2015"
    )
    # a pledge the store does not hold keeps the checker's note, marked English; its
    # "made …" period is worded all the same
    unknown = evidence_line({**item, "record_id": "gone"}, "es", None, None, STORED_PLEDGES.get)
    assert unknown.summary == "30 miles de millones de US$ · hecho el 19 de mayo de 2015"
    assert unknown.note.startswith("The page reports") and unknown.note_lang == "en"


def test_every_stored_pledger_has_reader_words(db):
    """Who made a pledge reaches /check and the commitments page through the vocabulary: a
    made_by without a row would show its English ("Government of China") to every reader."""
    makers = {m for (m,) in db.sql("SELECT DISTINCT made_by FROM commitments").itertuples(False)}
    assert len(makers) >= 5
    for maker in makers - {"China"}:  # a name alone reads the same in the three languages
        assert vocabulary.label(maker, "es") != maker, maker
        assert vocabulary.label(maker, "pt") != maker, maker


@pytest.mark.parametrize(
    ("lang", "pledged"),
    [
        ("es", "prometido por Xi Jinping (presidente de China) el"),
        ("pt", "prometido por Xi Jinping (presidente da China) em"),
    ],
)
def test_the_check_page_words_a_cited_pledge_in_the_readers_language(client, lang, pledged):
    text = "China y la CELAC se comprometieron a elevar el comercio a 500.000 millones de dólares entre 2015 y 2025."
    html = client.post("/check", params={"lang": lang}, data={"text": text}).text
    lines = re.findall(r'<ul class="evidence-lines">(.*?)</ul>', html, re.S)
    assert lines, "no evidence shown for the pledge"
    shown = " ".join(lines)
    assert pledged in shown
    assert "trade_total" not in shown and "The page reports" not in shown


@pytest.mark.parametrize(
    ("label", "lang", "words"),
    [
        (
            "1960 year 1960 (Lu2023) [first_year_cub_relations, Lu2023]",
            "es",
            "1960 · declarado por Lu (2023)",
        ),
        (
            "2017 year 2017-11-17 [first_year_pan_bri_2017, S]",
            "pt",
            "17 de novembro de 2017",
        ),
        (
            "2030 year 2020-09 [carbon_peak_year_chn_lu2023, S]",
            "pt",
            "2030 · setembro de 2020",
        ),
    ],
)
def test_a_stored_year_in_a_reason_is_given_once(label, lang, words):
    assert figure_label(label, lang) == words


# A tie the ties rules cite, and a tie type they name: the reader's words, never the table's
# codes ("PAN diplomatic_relations_prc", "bri_mou").
@pytest.mark.parametrize(
    ("lang", "dated", "count"),
    [
        (
            "es",
            "la tabla de vínculos lo fecha el 13 de junio de 2017: Panamá · Relaciones con la"
            " RPC desde el 13 de junio de 2017 · fuente confiable",
            "la tabla de vínculos muestra 21 estados con el memorando de"
            " la Franja y la Ruta hasta 2024",
        ),
        (
            "pt",
            "a tabela de vínculos o data de 13 de junho de 2017: Panamá · Relações com a RPC"
            " desde 13 de junho de 2017 · fonte confiável",
            "a tabela de vínculos mostra 21 Estados com o memorando do Cinturão e Rota até 2024",
        ),
        (
            "en",
            "the ties table dates it June 13, 2017: Panama · Relations with the PRC since"
            " June 13, 2017 · reputable source",
            "the ties table shows 21 states with the Belt and Road memorandum by 2024",
        ),
    ],
)
def test_ties_in_reasons_read_in_words(lang, dated, count):
    tie = (
        "PAN diplomatic_relations_prc Relations with the PRC since 2017-06-13, reputable source"
        " [ties_chinalac:4]"
    )
    assert str(reason_markup(f"the ties table dates it 2017-06-13: {tie}", lang, country_name)) == (
        dated
    )
    assert (
        str(
            reason_markup("the ties table shows 21 states with bri_mou by 2024", lang, country_name)
        )
        == count
    )


def test_a_disputed_tie_says_so_and_a_status_the_catalogs_lack_is_left_as_written():
    assert (
        part_label(
            "PAN diplomatic_relations_prc Relations with the PRC since 2017-06-13 (disputed) [t1]",
            "pt",
        )
        == "PAN · Relações com a RPC desde 13 de junho de 2017 · contestada"
    )
    assert part_label("PAN fta Some stored wording since 2017 [t1]", "es") is None


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "Panama (November 17, 2017), Brazil (2005)"),
        ("es", "Panamá (17 de noviembre de 2017), Brasil (2005)"),
        ("pt", "Panamá (17 de novembro de 2017), Brasil (2005)"),
    ],
)
def test_the_states_before_a_place_in_the_ties_order_are_named_with_their_dates(lang, words):
    # ties-rank's order before a state ("PAN 2017-11-17, BRA 2005"): names and dates in words,
    # never the codes (stop 46: the Spanish page showed "CHL 2005-11, PER 2009-04-28" in English).
    assert part_label("PAN 2017-11-17, BRA 2005", lang, country_name) == words
    reason = "place 2 in the ties table's order: " + (
        "CRI bri_mou Belt and Road MoU signed since 2018-09-03, reputable source "
        "[ties_chinalac:120], after PAN 2017-11-17"
    )
    markup = str(reason_markup(reason, lang, country_name))
    assert "PAN 2017-11-17" not in markup
    assert part_label("XYZ 2017", lang, country_name) is None
