"""Reader gaps of round s16: what a Spanish or Portuguese reader met in English or as an id.

* a source's title: its bracketed note is chinalac's ("(capedge mirror of SEC filing)", "(blog
  reproducing the documents)") and reads in the reader's words; the source's own words stay as
  published and say their language (lang="en", lang="pt");
* /data: every column is headed in the reader's language, never by its column id;
* a reporter's own name in Spanish ("Banco Central de Chile") is marked Spanish, not English;
* /indicators: the cooperation-depth index reference reads in the reader's language, the cited
  handbook's title as published, in a <cite lang="en">.

The page tests run in headless Chromium (tests/web/conftest.py `page`), at 390 px and 1280 px.
"""

from __future__ import annotations

import re

import pytest

from chinalac.web import i18n, vocabulary
from chinalac.web.charts import Chart, Series, render_svg

browser = pytest.mark.browser
CAPEDGE = "AIIB Form 18-K annual report (capedge mirror of SEC filing)"
BLOG = (
    "Documentos aprovados na I Reunião Ministerial do Fórum CELAC-China "
    "(blog reproducing the documents)"
)
NOTES = {
    "es": ("copia en capedge de un documento presentado a la SEC", "blog que reproduce los documentos"),
    "pt": ("cópia no capedge de um documento apresentado à SEC", "blog que reproduz os documentos"),
}  # fmt: skip
WIDTHS = (390, 1280)


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_a_titles_note_is_in_the_readers_words_and_its_own_words_say_their_language(lang):
    capedge, blog = NOTES[lang]
    shown = str(vocabulary.source_title(CAPEDGE, lang))
    assert shown == f'AIIB Form 18-K annual report (<span lang="{lang}">{capedge}</span>)'
    assert vocabulary.title_lang_attribute(CAPEDGE, lang) == ' lang="en"'
    shown = str(vocabulary.source_title(BLOG, lang))
    assert blog in shown and "reproducing" not in shown
    assert vocabulary.title_lang_attribute(BLOG, lang) == ("" if lang == "pt" else ' lang="pt"')
    # A note that is a publisher's name is nobody's language; one in English words is marked.
    assert str(vocabulary.source_title("Cuba-China (Attorney Cuba blog)", lang)) == (
        "Cuba-China (blog Attorney Cuba)"
    )
    assert str(vocabulary.source_title("China Popular y Taiwán (In Focus IF10982)", lang)).endswith(
        '(<span lang="en">In Focus IF10982</span>)'
    )
    assert "<span" not in str(vocabulary.source_title("Orsi llega a China (Caras y Caretas)", lang))


def test_titles_in_other_languages_are_not_marked_english_or_spanish():
    assert vocabulary.title_language("Perù: dal 2010 esportazioni in Cina aumentano") == "it"
    assert (
        vocabulary.title_language(
            "Près de 700 millions de dollars d'échanges commerciaux l'an entre la Chine et Haïti"
        )
        == "fr"
    )
    assert (
        vocabulary.title_language("Suriname moet kansen nieuwe zijderoute China uitbuiten") == "nl"
    )
    assert vocabulary.title_language(CAPEDGE) == "en"


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_the_chart_footer_words_the_note_and_marks_the_title(lang):
    chart = Chart(
        key="trade",
        kind="line",
        title="x",
        y_title="US$",
        series=[Series("Bahamas", {2020: 1.0})],
        sources=[{"title": CAPEDGE}],
    )
    svg = render_svg(chart, lang)
    footer = svg[svg.index('<g class="chart-footer">') :]
    assert '<tspan lang="en">AIIB Form 18-K annual report (</tspan>' in footer, footer
    assert f'<tspan lang="{lang}">{NOTES[lang][0]}</tspan>' in footer, footer
    assert "mirror" not in footer


def link_facts(page, selector: str) -> list[dict]:
    return page.eval_on_selector_all(
        selector,
        """links => links.map(a => ({lang: a.getAttribute('lang'), text: a.innerText,
            inner: Array.from(a.querySelectorAll('span[lang]')).map(s =>
                [s.getAttribute('lang'), s.innerText])}))""",
    )


@browser
@pytest.mark.parametrize("lang", ["es", "pt"])
def test_source_links_on_pages_word_their_notes(page, lang):
    capedge, blog = NOTES[lang]
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{page.base}/country/BHS?lang={lang}")
        links = link_facts(page, 'a.source[href*="capedge.com"]')
        assert links, "no capedge link"
        for link in links:
            assert link["lang"] == "en", link
            assert [lang, capedge] in link["inner"], link
            assert "mirror" not in link["text"], link
        page.goto(f"{page.base}/architecture?lang={lang}")
        links = link_facts(page, 'a.source[href*="journalpetitenfant"]')
        assert links, "no blog link"
        for link in links:
            assert "reproducing" not in link["text"], link
            assert blog in link["text"], link
            assert link["lang"] == (None if lang == "pt" else "pt"), link


# /data: every column has a reader header.
def test_every_column_of_the_store_has_a_reader_label_in_three_languages(web_app):
    store = web_app.state.dashboard.store
    missing = {
        (relation, column)
        for relation in store.relations
        for column in store.columns(relation)
        if column not in vocabulary.COLUMN_LABELS
    }
    assert not missing, sorted(missing)


def test_every_column_label_is_translated():
    for lang in ("es", "pt"):
        gettext = i18n.gettext_for(lang)
        untranslated = [
            msgid
            for msgid in set(vocabulary.COLUMN_LABELS.values())
            if gettext(msgid) == msgid and msgid not in ("DOI", "Plan", "Sector", "Subsector")
        ]
        assert not untranslated, (lang, untranslated)


COLUMN_ID = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)+$|^(?:iso2|hs\d|gwcode|celac|bri|fta|aiib)$")
DATA_TABLES = ("country_status", "figures", "commitments", "trade_mirror", "sources", "ties")


@browser
@pytest.mark.parametrize("lang", ["es", "pt"])
def test_data_tables_head_every_column_in_the_readers_words(page, lang):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for table in DATA_TABLES:
            page.goto(f"{page.base}/data/{table}?lang={lang}")
            headers = page.eval_on_selector_all(
                "table.data thead th", "ths => ths.map(th => [th.title, th.innerText.trim()])"
            )
            assert headers, table
            for column, shown in headers:
                assert not COLUMN_ID.match(shown), (table, column, shown)
                assert shown == vocabulary.column_label(column, lang), (table, column, shown)


# Reporters: a Spanish name is marked Spanish (or not at all on a Spanish page).
@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Banco Central de Chile", "es"),
        ("Cámara de Comercio de Lima", "es"),
        ("Servicio Nacional de Aduanas (Chile)", "es"),
        ("Diálogo Chino", "es"),
        ("Brasil de Fato", "pt"),
        ("China News Service", "en"),
    ],
)
def test_a_reporters_name_is_marked_with_its_own_language(name, said):
    for lang in ("en", "es", "pt"):
        text = str(vocabulary.reporter(name, lang))
        if lang == said:
            assert "lang=" not in text, (lang, text)
        else:
            assert f'lang="{said}"' in text, (lang, text)


@browser
@pytest.mark.parametrize("lang", ["es", "pt"])
def test_no_spanish_reporter_is_marked_english_on_the_pages(page, lang):
    spanish = re.compile(r"\b(?:Banco|Servicio|Cámara|Diálogo|Secretaría|Ministerio)\b")
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for path in ("/map/trade", "/commitments", "/indicators/trade_to_gdp"):
            page.goto(f"{page.base}{path}?lang={lang}")
            marked = page.eval_on_selector_all(
                '[class^="reporter"][lang]', "els => els.map(e => [e.lang, e.innerText])"
            )
            assert marked, path
            wrong = [text for said, text in marked if said == "en" and spanish.search(text)]
            assert not wrong, (path, wrong)
            if lang == "es":
                assert not [text for said, text in marked if said == "es"], path


# /indicators: the cooperation-depth index reference.
REFERENCE = {
    "es": "Plan de las cinco esferas (2014)",
    "pt": "Plano das cinco esferas (2014)",
}


@browser
@pytest.mark.parametrize("lang", ["es", "pt"])
def test_the_depth_index_reference_reads_in_the_readers_language(page, lang):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{page.base}/indicators/cooperation_depth_index?lang={lang}")
        reference = page.locator("aside p.reference")
        assert reference.get_attribute("lang") is None
        assert reference.inner_text().startswith(REFERENCE[lang])
        cite = reference.locator("cite")
        assert cite.count() == 1
        assert cite.get_attribute("lang") == "en"
        assert cite.inner_text() == "Handbook on Constructing Composite Indicators"
        assert "*" not in reference.inner_text()


@browser
@pytest.mark.parametrize("lang", ["es", "pt"])
def test_data_cells_of_stored_english_say_so_and_ids_stay_unmarked(page, lang):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{page.base}/data/figures?lang={lang}")
        cells = page.eval_on_selector_all(
            "table.data tbody td", "tds => tds.map(td => [td.getAttribute('lang'), td.innerText])"
        )
        notes = [said for said, text in cells if text.startswith("The page reports")]
        assert notes and set(notes) == {"en"}, set(notes)
        ids = [said for said, text in cells if re.fullmatch(r"web-[0-9a-f]+", text)]
        assert ids and set(ids) == {None}, set(ids)


@browser
@pytest.mark.parametrize("lang", ["es", "pt"])
def test_chart_series_word_their_reporter(page, lang):
    customs = {"es": "Aduanas de China, vía Reuters", "pt": "Alfândega da China, via Reuters"}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{page.base}/country/CUB?lang={lang}")
        legend = page.locator("#chart-trade svg").first.text_content()
        assert customs[lang] in legend, legend
        assert "China Customs" not in legend and "relayed by" not in legend, legend


@browser
@pytest.mark.parametrize("lang", ["es", "pt"])
def test_the_language_switch_names_each_language_in_its_own_language(page, lang):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{page.base}/?lang={lang}")
        links = page.eval_on_selector_all(
            "nav.language-switch a", "as => as.map(a => [a.getAttribute('lang'), a.hreflang])"
        )
        assert len(links) == 2
        assert all(said == code for said, code in links), links


@browser
@pytest.mark.parametrize("lang", ["es", "pt"])
def test_a_legends_reporter_kept_as_stored_says_its_language(page, lang):
    # A name kept as stored is marked; a description is in the reader's words (lead, stop 44:
    # "Chinese ambassador Yan Jiarong" is "embajador chino Yan Jiarong", unmarked).
    ambassador = {"es": "embajador chino Yan Jiarong", "pt": "embaixador chinês Yan Jiarong"}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{page.base}/country/PER?lang={lang}")
        marked = page.eval_on_selector_all(
            "#chart-trade svg text.legend-label tspan[lang]",
            "ts => ts.map(t => [t.getAttribute('lang'), t.textContent])",
        )
        assert ["en", "Sino-Peruvian Chamber of Commerce"] in marked, marked
        page.goto(f"{page.base}/country/BHS?lang={lang}")
        legend = page.locator("#chart-trade svg").first.text_content()
        assert ambassador[lang] in legend and "Chinese ambassador" not in legend, legend


def test_every_table_of_the_store_has_a_reader_title(web_app):
    store = web_app.state.dashboard.store
    assert not sorted(set(store.relations) - set(vocabulary.TABLE_LABELS))
    for lang in ("es", "pt"):
        gettext = i18n.gettext_for(lang)
        same = [m for m in vocabulary.TABLE_LABELS.values() if gettext(m) == m]
        assert not same, (lang, same)


@browser
@pytest.mark.parametrize("lang", ["es", "pt"])
def test_the_data_page_lists_tables_by_their_reader_titles(page, lang):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{page.base}/data?lang={lang}")
        links = page.eval_on_selector_all(
            "table.data tbody td:first-child a",
            "as => as.map(a => [a.getAttribute('href'), a.innerText])",
        )
        assert len(links) > 30
        for href, text in links:
            table = href.split("/data/")[1].split("?")[0]
            assert text == vocabulary.table_label(table, lang), (table, text)
            assert "_" not in text, text
        page.goto(f"{page.base}/data/country_status?lang={lang}")
        heading = page.locator("h1").inner_text()
        assert heading.startswith(vocabulary.table_label("country_status", lang)), heading


def test_a_spanish_title_without_marker_words_is_read_by_its_name_words():
    title = "Perú busca superar US$12,240 millones de inversión directa extranjera (Gestión)"
    assert vocabulary.title_lang_attribute(title, "pt") == ' lang="es"'
    assert vocabulary.title_lang_attribute(title, "es") == ""
    # "US$" is every language's: no English word.
    assert vocabulary.title_language("Comercio con China suma US$ 33.266 millones") != "en"
    # A title's "de" is no Spanish mark ("bolsas de estudo" is Portuguese).
    assert 'lang="es"' not in vocabulary.title_lang_attribute(
        "China fornecerá 6 mil bolsas de estudo a países latino-americanos (CRI Português)", "pt"
    )


def test_a_delivery_claim_is_in_the_readers_words_and_locale():
    assert vocabulary.claim_words("518.467", "es") == ("518,467", "es")
    assert vocabulary.claim_words("6300000", "pt") == ("6.300.000", "pt")
    assert vocabulary.claim_words("2015-2024", "es") == ("2015–2024", "es")
    assert vocabulary.claim_words("fully implemented", "pt") == ("plenamente cumprido", "pt")
    assert vocabulary.claim_words("unforeseen words", "es") == ("unforeseen words", "en")


@browser
@pytest.mark.parametrize("lang", ["es", "pt"])
def test_the_commitments_page_words_each_claim(page, lang):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{page.base}/commitments?lang={lang}")
        claims = page.eval_on_selector_all(
            "ul.claims q", "qs => qs.map(q => [q.getAttribute('lang'), q.innerText])"
        )
        assert claims
        english = [text for said, text in claims if said == "en"]
        assert not english, english
        assert not [text for _said, text in claims if re.search(r"\bheld\b|implemented", text)]
