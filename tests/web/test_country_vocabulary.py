"""The country profile words its figures through the one vocabulary (web/vocabulary.csv):
amounts and units by `vocabulary.amount`, metrics by their `metric` rows, region codes by
their `entity` rows, numbers in the reader's locale; only English quotes are marked lang="en".
"""

from __future__ import annotations

import re

import pytest

from chinalac.web import evidence, vocabulary
from chinalac.web.routes import country, home
from tests.web.test_translation import visible_text

METRIC_IDS = {row["value"] for row in vocabulary.rows() if row["domain"] == "metric"}
RAW_UNITS = re.compile(r"usd_bn|usd_m\b|usd_tn|cny_bn|t_co2_per_year|count_per_year|US\$ bn")
# 4.8 (es/pt write 4,8); a section of a cited paper ("sección 3.2", in a translated note) is not
DECIMAL_POINT = re.compile(r"(?<![\d.])(?<!sección )(?<!seção )\d+\.\d{1,2}(?![\d.])")


def headline(html: str) -> str:
    """The visible text of the headline figures (English quotes marked lang="en" left out)."""
    section = re.search(r'<div class="headline">(.*?)</section>', html, re.S)
    assert section, "no headline figures on the page"
    return visible_text(section.group(1))


@pytest.mark.parametrize("lang", ["es", "pt"])
@pytest.mark.parametrize("iso3", ["BRA", "CHL"])
def test_profile_shows_no_raw_ids_units_or_region_codes(client, lang, iso3):
    page = visible_text(client.get(f"/country/{iso3}", params={"lang": lang}).text)
    assert not RAW_UNITS.search(page), RAW_UNITS.search(page)
    assert [m for m in METRIC_IDS if re.search(rf"(?<![\w/-]){m}(?![\w-])", page)] == []
    assert not re.search(r"\b(?:LAC|WLD)\b", page)
    assert not DECIMAL_POINT.search(page), DECIMAL_POINT.search(page)


@pytest.mark.parametrize(
    ("lang", "amount", "metric"),
    [
        ("es", "4,8 miles de millones de US$", "Valor de los acuerdos firmados"),
        ("pt", "4,8 bilhões de US$", "Valor dos acordos assinados"),
        ("en", "4.8 US$ bn", "Value of agreements signed"),
    ],
)
def test_brazil_headline_figures_are_in_the_readers_words(client, lang, amount, metric):
    html = client.get("/country/BRA", params={"lang": lang}).text
    text = headline(html)
    assert amount in text and metric in text
    # the metric's name is the reader's, never the knowledge base's English description
    assert "Value of agreements signed on an occasion" not in html


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_chile_headline_units_come_from_the_vocabulary(client, lang):
    text = headline(client.get("/country/CHL", params={"lang": lang}).text)
    assert vocabulary.amount(157000, "t_co2_per_year", lang) in text  # "157.000 t de CO₂ al año"
    assert vocabulary.amount(130000, "households", lang) in text
    assert " · ·" not in text and not text.rstrip().endswith("·")  # no empty period left


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_evidence_notes_are_in_the_readers_language_with_the_english_reachable(client, lang):
    """Free-text notes in chinalac's translation (data/i18n/notes.csv), the English original in
    the title; formulaic tie sentences generated in the reader's words (chinalac.web.notes)."""
    html = client.get("/country/BRA", params={"lang": lang}).text
    notes = re.findall(r'<p class="evidence"><b>[^<]*</b> <span([^>]*)>', html)
    original = {"es": "Original (en inglés): ", "pt": "Original (em inglês): "}[lang]
    assert notes and all(
        attributes.startswith(f' class="translated-note" title="{original}') for attributes in notes
    )
    generated = {"es": "La página respalda ", "pt": "A página sustenta "}[lang]
    assert (
        f'<p class="evidence"><b>{"Evidencia" if lang == "es" else "Evidência"}:</b> {generated}'
        in html
    )


ROW = {
    "metric": "trade_total",
    "metric_description": "Total goods trade (exports + imports)",
    "entity": "LAC",
    "counterpart": "BRA",
    "period_start": "2023",
    "period_end": float("nan"),
    "value": 489.25,
    "unit": "usd_bn",
    "reporter": "ECLAC",
    "conflict_group": None,
    "evidence": "Gives US$489 bn (per the project's domain brief).",
    "source_id": "S1",
}


class FakeState:
    @staticmethod
    def country_name(code: str, lang: str) -> str:
        return {"BRA": "Brasil"}.get(code, code)


@pytest.mark.parametrize(
    ("lang", "amount", "what", "place"),
    [
        (
            "es",
            "489,25 miles de millones de US$",
            "Comercio de bienes",
            "América Latina y el Caribe",
        ),
        ("pt", "489,25 bilhões de US$", "Comércio de bens", "América Latina e Caribe"),
        ("en", "489.25 US$ bn", "Goods trade", "Latin America and the Caribbean"),
    ],
)
def test_a_region_wide_fact_names_the_region_and_the_metric(lang, amount, what, place):
    figure = country.headline_figure(FakeState(), ROW, "BRA", lang)
    assert figure.amount == amount
    assert (figure.what, figure.what_lang) == (what, "")
    assert figure.context[0] == place and figure.context[1] == "2023"
    eclac = {"en": "ECLAC", "es": "CEPAL", "pt": "CEPAL"}[lang]  # the vocabulary's name
    assert figure.context[2].striptags().endswith(eclac) and len(figure.context) == 3
    # as stored (the page shows it without the internal note, or its translation)
    assert vocabulary.reader_text(figure.evidence) == "Gives US$489 bn." and not figure.conflict


def test_a_metric_the_vocabulary_lacks_shows_its_english_description_marked():
    row = {**ROW, "metric": "not_a_metric", "period_start": None, "reporter": None}
    figure = country.headline_figure(FakeState(), row, "BRA", "pt")
    assert (figure.what, figure.what_lang) == ("Total goods trade (exports + imports)", "en")
    assert figure.context == ("América Latina e Caribe",)  # no empty period, no reporter
    english = country.headline_figure(FakeState(), row, "BRA", "en")
    assert english.what_lang == ""  # an English page needs no lang mark


def test_every_stored_unit_has_reader_words(db):
    """A unit without a vocabulary row would reach readers as its code ("usd_bn")."""
    units = {
        unit
        for table in ("facts", "commitments")
        for (unit,) in db.sql(
            f"SELECT DISTINCT unit FROM {table} WHERE unit IS NOT NULL"
        ).itertuples(index=False)
    }
    assert units and units <= evidence.known_units()
    assert all(vocabulary.label(u, "es") != u for u in units - vocabulary.BARE_UNITS)


def test_map_state_text_uses_the_vocabulary_unit():
    from chinalac.web.layers import Layer, StateValue

    layer = Layer(key="trade", title="t", description="d", kind="number", unit="usd_m")
    assert home.state_text(layer, StateValue(1234.5), "es") == "1.234,5 millones de US$"
    assert home.state_text(layer, StateValue(1234.5), "pt") == "1.234,5 milhões de US$"


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_a_year_figure_dated_that_year_shows_the_year_once(client, lang):
    """Cuba's first year (1960, dated 1960) once, not "1960" over "… · China · 1960"."""
    html = client.get("/country/CUB", params={"lang": lang}).text
    shown = re.findall(r'<div class="(?:value|what)">(.*?)</div>', html, re.S)
    assert shown and " ".join(shown).count("1960") == 1, shown


def test_a_year_figure_dated_on_a_day_shows_that_day_as_its_value():
    row = {
        **ROW,
        "metric": "first_year",
        "entity": "PAN",
        "counterpart": "CHN",
        "value": 2017.0,
        "unit": "year",
        "period_start": "2017-11-17",
        "period_end": "2017-11-17",
        "reporter": None,
    }
    figure = country.headline_figure(FakeState(), row, "PAN", "pt")
    assert figure.amount == "17 de novembro de 2017"
    assert figure.context == ("CHN",)  # FakeState names no China: the code as is; no year again
    later = {
        **row,
        "metric": "carbon_peak_year",
        "value": 2030.0,
        "period_start": "2020-09",
        "period_end": None,
    }
    figure = country.headline_figure(FakeState(), later, "PAN", "pt")
    assert (figure.amount, figure.context[-1]) == ("2030", "setembro de 2020")  # said in 2020


MARKED = '<span class="reporter" lang="en">X</span>'  # a name the vocabulary does not know


@pytest.mark.parametrize(
    ("lang", "text", "reporter"),
    [
        (
            "es",
            "73,5 millones de US$ (2023, cota inferior)",
            f"declarado por Aduanas de China, vía {MARKED}",
        ),
        (
            "pt",
            "73,5 milhões de US$ (2023, limite inferior)",
            f"declarado por Alfândega da China, via {MARKED}",
        ),
        ("en", "73.5 US$ million (2023, lower bound)", "reported by China Customs, via X"),
    ],
)
def test_map_trade_text_is_the_readers_and_the_reporter_is_marked(lang, text, reporter):
    from chinalac.web.layers import Layer, StateValue

    layer = Layer(key="trade", title="t", description="d", kind="number", unit="usd_m")
    value = StateValue(73.5, date="2023", reporter="China Customs (via X)", precision="lower bound")
    assert home.state_text(layer, value, lang) == text
    assert home.reporter(layer, value, lang) == reporter
    worded = StateValue(1.0, reporter="Brazil (national data)")
    assert home.reporter(layer, worded, "pt") == "declarado por Brazil (dados nacionais)"
    unnamed = StateValue(1.0, reporter="not stated (likely INDEC)")
    assert (
        home.reporter(layer, unnamed, "pt") == "fonte do dado não informada (provavelmente INDEC)"
    )


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_map_trade_page_has_no_english_reporter_words_outside_marked_quotes(client, lang):
    html = client.get("/map/trade", params={"lang": lang}).text
    titles = " ".join(re.findall(r"<title>([^<]*)</title>", html))
    for english in ("not stated", "lower bound", "approximate", "China Customs", "official data"):
        assert english not in titles, english
    cells = re.findall(r'<td class="state-value">(.*?)</td>', html, re.S)
    assert any('lang="en"' in cell for cell in cells)  # reporters as stored, marked
    page = visible_text(html)
    assert " states, years " not in page and "lower bound" not in page


@pytest.mark.parametrize(("lang", "unit"), [("es", "millones de US$"), ("pt", "milhões de US$")])
def test_indicator_table_headers_take_their_unit_from_the_vocabulary(client, lang, unit):
    html = client.get("/indicators/cooperation_depth_index", params={"lang": lang}).text
    section = re.search(r'<section class="published-indicators">(.*?)</section>', html, re.S)
    headers = re.findall(r"<th>([^<]*)</th>", section.group(1))
    assert unit == vocabulary.label("usd_m", lang)
    assert sum(header.endswith(f"({unit})") for header in headers) == 2, headers


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_no_message_of_the_catalogs_words_a_unit_of_the_vocabulary(lang):
    """A header such as "GDP (US$ million)" would word the unit a second time, beside
    vocabulary.csv: pages put `vocabulary.label(unit)` after a translated name instead."""
    from babel.messages.pofile import read_po

    from chinalac.web.catalogs import po_path

    units = [
        row["en"] for row in vocabulary.rows() if row["domain"] == "unit" and "US$" in row["en"]
    ]
    with po_path(lang).open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    worded = [
        message.id
        for message in catalog
        if isinstance(message.id, str) and any(f"({unit})" in message.id for unit in units)
    ]
    assert units and worded == []
