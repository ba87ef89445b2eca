"""Reader gaps of round s15: what a Spanish or Portuguese reader met in English, as an id or as
a developer's note, now in their words.

* /check: the pledge a figure belongs to instead ("target of another pledge") is named by its
  description in the reader's language, never by its id, plan id or source id;
* /check: the article's own words a reason quotes are marked with the article's language (or
  not marked, when it is the page's), never lang="en" for a Spanish or Portuguese article;
* /indicators: the method, caveats and reference beside a chart are reader text in the
  reader's language (indicators.yml reader_method, reader_reference), without code names.
"""

from __future__ import annotations

import re

import pytest

from chinalac.indicators.registry import REGISTRY
from chinalac.web.reasons import Article, reason_markup

OTHER_PLEDGE = (
    "6.000 becas gubernamentales is the target of another pledge: brasilia2014_scholarships_6000 "
    "(xi_brasilia_2014, 2015–2019), not of joint_action_plan_2022_2024 [web-9d5bb9164e]"
)
IDS = re.compile(r"brasilia2014|xi_brasilia|joint_action_plan|web-9d5|_\w+_")
SPANISH_ARTICLE = Article(
    "En el Plan de Acción Conjunto 2022-2024, China ofreció 6.000 becas gubernamentales.", "es"
)


@pytest.mark.parametrize(
    ("lang", "pledge", "plan"),
    [
        ("es", "«6.000 becas del Gobierno chino para ALC en los próximos cinco años»",
         "Plan de Acción Conjunto 2022–2024"),
        ("pt", "“6.000 bolsas do governo chinês para a ALC nos próximos cinco anos”",
         "Plano de Ação Conjunto 2022–2024"),
        ("en", "6,000 Chinese government scholarships for LAC over the next five years",
         "Joint Action Plan 2022–2024"),
    ],
)  # fmt: skip
def test_another_pledge_is_named_in_words_not_by_its_ids(lang, pledge, plan):
    text = str(reason_markup(OTHER_PLEDGE, lang, article=SPANISH_ARTICLE))
    assert pledge in text and plan in text, text
    assert not IDS.search(text), text


@pytest.mark.parametrize("lang", ["en", "pt"])
def test_quoted_article_words_carry_the_articles_language(lang):
    text = str(reason_markup(OTHER_PLEDGE, lang, article=SPANISH_ARTICLE))
    assert text.startswith('<span lang="es">6.000 becas gubernamentales</span>'), text


def test_quoted_article_words_in_the_pages_language_are_not_marked():
    text = str(reason_markup(OTHER_PLEDGE, "es", article=SPANISH_ARTICLE))
    assert text.startswith("6.000 becas gubernamentales es la meta de otro compromiso"), text
    assert 'lang="en"' not in text
    # The checker quotes a cue folded (no accents): still the article's words, shown as the
    # article wrote them (Article.as_written).
    reason = (
        "not checked against the store: a projection or possibility, not a reported figure: "
        "'podria alcanzar'; the text gives no period; matches 449 usd_bn 2021 (CRS) [f1, CRS2022]"
    )
    article = Article("El comercio podría alcanzar 500.000 millones de dólares.", "es")
    assert "(&#39;podría alcanzar&#39;)" in str(reason_markup(reason, "es", article=article))
    assert '<span lang="es">&#39;podría alcanzar&#39;</span>' in str(
        reason_markup(reason, "pt", article=article)
    )


def test_words_not_in_the_article_stay_marked_as_english():
    article = Article("China ofreció 6.000 becas.", "es")
    reason = "unforeseen words is the target of another pledge: p1 (x, 2015), not of 2015 [S1]"
    assert '<span lang="en">unforeseen words</span>' in str(
        reason_markup(reason, "es", article=article)
    )


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_the_check_page_names_the_other_pledge_and_marks_the_quote(client, lang):
    pytest.importorskip("chinalac.claims")
    text = "En el Plan de Acción Conjunto 2022-2024, China ofreció 6.000 becas gubernamentales."
    page = client.post("/check", params={"lang": lang}, data={"text": text}).text
    reasons = re.findall(r'<p class="reason">(.*?)</p>', page, re.S)
    assert reasons, page[-2000:]
    joined = " ".join(reasons)
    assert not IDS.search(joined), joined
    assert 'lang="en"' not in joined, joined
    if lang == "pt":
        assert '<span lang="es">6.000 becas gubernamentales</span>' in joined, joined
    titles = re.findall(r'<mark class="claim[^"]*"[^>]*title="([^"]*)"', page)
    assert titles and not IDS.search(" ".join(titles)), titles


# /indicators: the method, the caveats and the reference beside each chart are reader text.
CODE = re.compile(r"\b[a-z]+_[a-z_]+\b|\.ya?ml\b|\.py\b|chinalac\.\w|IndicatorError|NaN\b")
ENGLISH_METHOD = re.compile(r"\b(?:the|of|and|scores|counts|ties|sphere|weights)\b")


def aside(html: str) -> str:
    found = re.search(r"<aside>(.*?)</aside>", html, re.S)
    assert found, "no aside"
    return found.group(1)


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_the_cooperation_depth_method_is_reader_text(client, lang):
    html = aside(client.get("/indicators/cooperation_depth_index", params={"lang": lang}).text)
    method = re.search(r'<p class="method"><strong>[^<]+</strong> <span([^>]*)>(.*?)</span>', html)
    assert method, html
    assert not CODE.search(method.group(2)), CODE.search(method.group(2))
    assert "tie_status" not in html and "missing_spheres" not in html
    assert "cooperation_depth.yml" not in html
    if lang != "en":
        assert 'lang="en"' not in method.group(1)
        assert not ENGLISH_METHOD.search(method.group(2)), ENGLISH_METHOD.search(method.group(2))


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_no_indicator_shows_code_names_beside_its_chart(client, name, lang):
    html = aside(client.get(f"/indicators/{name}", params={"lang": lang}).text)
    text = re.sub(r"<[^>]+>", " ", html)
    assert not CODE.search(text), (name, CODE.search(text))
    if lang != "en":
        # Only the bibliographic reference may stay in English.
        assert html.count('lang="en"') <= 1, (name, html)


def test_every_method_note_has_a_reader_method_in_three_languages():
    for name, entry in REGISTRY.items():
        if entry.method_notes:
            assert entry.reader_method, name
            for lang in ("es", "pt"):
                assert entry.translations.get(f"reader_method_{lang}"), (name, lang)


# /architecture: the forum's ministerial meetings, the forum and its meetings' places.
MEETINGS = {
    "en": ("1st Ministerial Meeting of the China–CELAC Forum", "4th Ministerial Meeting"),
    "es": ("I Reunión Ministerial del Foro China–CELAC", "IV Reunión Ministerial del Foro"),
    "pt": ("I Reunião Ministerial do Fórum China–CELAC", "IV Reunião Ministerial do Fórum"),
}
PLACES = {"es": "(Pekín, China)", "pt": "(Pequim, China)"}


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_ministerial_meetings_are_named_in_the_readers_language(client, lang):
    html = client.get("/architecture", params={"lang": lang}).text
    names = re.findall(r"<strong([^>]*)>([^<]*Minist[^<]*)</strong>", html)
    shown = [name for _attributes, name in names]
    for expected in MEETINGS[lang]:
        assert any(expected in name for name in shown), (expected, shown)
    if lang != "en":
        # (a document's title, "Beijing Declaration of the First Ministerial Meeting", stays
        # as published, marked lang="en")
        meetings = [(a, n) for a, n in names if re.match(r"\d+(?:st|nd|rd|th) Minist", n)]
        assert not meetings, meetings
        assert PLACES[lang] in html
        forum = "Foro China-CELAC" if lang == "es" else "Fórum China-CELAC"
        assert f"<strong>{forum}</strong>" in html


def test_meeting_numbers_in_each_language():
    from chinalac.web.routes.architecture import meeting_number

    assert [meeting_number(n, "en") for n in (1, 2, 3, 4, 11, 12, 21)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "21st"
    ]  # fmt: skip
    assert [meeting_number(n, "es") for n in (1, 2, 3, 4, 5, 9, 14)] == [
        "I", "II", "III", "IV", "V", "IX", "XIV"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("es", "reunión ministerial n.º 3: III Reunión Ministerial del Foro China–CELAC, "
               "3 de diciembre de 2021, Videoconferencia"),
        ("pt", "reunião ministerial n.º 3: III Reunião Ministerial do Fórum China–CELAC, "
               "3 de dezembro de 2021, Videoconferência"),
    ],
)  # fmt: skip
def test_a_meeting_a_reason_names_reads_in_the_readers_language(lang, words):
    reason = (
        "the 3rd meeting: 3rd Ministerial Meeting of the China-CELAC Forum, 2021-12-03, video link"
    )
    assert str(reason_markup(reason, lang)) == words


# Charts: the permalink in a chart's footer reads as words in the reader's language; its link
# (href, data-path) keeps the address, which an export writes out in full.
PERMALINK_WORDS = {
    "en": "link to this chart",
    "es": "enlace a este gráfico",
    "pt": "link para este gráfico",
}


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_the_chart_permalink_reads_as_words(client, lang):
    page = client.get("/indicators/cooperation_depth_index", params={"lang": lang}).text
    found = re.search(
        r'<a href="([^"]+)"><text [^>]*class="chart-permalink" data-path="([^"]+)">([^<]*)</text>',
        page,
    )
    assert found, "no permalink"
    href, path, words = found.groups()
    assert href == path and f"lang={lang}" in href and href.startswith("/indicators/")
    assert words == f"chinalac · {PERMALINK_WORDS[lang]}", words
    assert "/" not in words


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["es", "pt"])
def test_a_reader_sees_words_not_ids_on_check_indicators_and_architecture(
    browser, live_server, lang
):
    """In Chromium: the chart's permalink as words, the cooperation-depth method in the
    reader's language, the ministerial meetings named in it, and the other pledge on /check
    by its description with the article's words in the article's language."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.route(
        "**/*",
        lambda route: route.continue_() if "127.0.0.1" in route.request.url else route.abort(),
    )
    tab = context.new_page()
    try:
        tab.goto(f"{live_server}/indicators/cooperation_depth_index?lang={lang}")
        footer = tab.locator("figure.chart-block svg .chart-footer .chart-permalink").first
        assert footer.text_content() == f"chinalac · {PERMALINK_WORDS[lang]}"
        method = tab.locator("aside p.method").inner_text()
        assert not CODE.search(method) and not ENGLISH_METHOD.search(method), method
        assert tab.locator("aside p.method [lang=en]").count() == 0

        tab.goto(f"{live_server}/architecture?lang={lang}")
        timeline = tab.locator("ol.timeline").inner_text()
        assert MEETINGS[lang][0] in timeline and MEETINGS[lang][1] in timeline
        assert not re.search(r"\d(?:st|nd|rd|th) Ministerial Meeting of the", timeline)

        pytest.importorskip("chinalac.claims")
        tab.goto(f"{live_server}/check?lang={lang}")
        tab.fill(
            "#text",
            "En el Plan de Acción Conjunto 2022-2024, China ofreció 6.000 becas gubernamentales.",
        )
        with tab.expect_navigation():
            tab.click("form button[type=submit]")
        # the scholarships' claim (the plan's years before it are a claim of their own since
        # round 46c)
        tab.locator("#checked-text mark.claim", has_text="6.000").first.click()
        reason = tab.locator("#claim-detail p.reason")
        text = reason.inner_text()
        assert not IDS.search(text), text
        assert reason.locator("[lang=en]").count() == 0, reason.inner_html()
        if lang == "pt":
            assert reason.locator("[lang=es]").first.inner_text() == "6.000 becas gubernamentales"
    finally:
        context.close()


# Error pages of /indicators, /data and /country: the message and the suggestions in the
# reader's language (the English message was shown unmarked on es/pt pages).
ERRORS = {
    "/indicators/nope": {
        "es": ("No hay ningún indicador «nope».", "Índice de profundidad de la cooperación"),
        "pt": ("Não há nenhum indicador “nope”.", "Índice de profundidade da cooperação"),
    },
    "/indicators/cooperation_depth_index?start=1800": {
        "es": ("1800 está fuera de los años del indicador", None),
        "pt": ("1800 está fora dos anos do indicador", None),
    },
    "/indicators/cooperation_depth_index?start=2020&end=2010": {
        "es": ("el primer año (2020) es posterior al último (2010)", None),
        "pt": ("o primeiro ano (2020) é posterior ao último (2010)", None),
    },
    "/indicators/cooperation_depth_index?countries=USA": {
        "es": ("«USA» no es un Estado de la CELAC", None),
        "pt": ("“USA” não é um Estado da CELAC", None),
    },
    "/data/nope": {
        "es": ("El almacén no tiene ninguna tabla «nope».", "todas las tablas"),
        "pt": ("O banco não tem nenhuma tabela “nope”.", "todas as tabelas"),
    },
    "/data/commitments?nocol=1": {
        "es": ("la tabla no tiene la columna «nocol»", None),
        "pt": ("a tabela não tem a coluna “nocol”", None),
    },
    "/country/CHN": {"es": ("Estados de la CELAC", "México"), "pt": ("Estados da CELAC", "México")},
}


@pytest.mark.parametrize("lang", ["es", "pt"])
@pytest.mark.parametrize("path", sorted(ERRORS))
def test_error_pages_speak_the_readers_language(client, path, lang):
    response = client.get(path + ("&" if "?" in path else "?") + f"lang={lang}")
    assert response.status_code in (404, 422), response.status_code
    message, suggestion = ERRORS[path][lang]
    html = response.text.replace("&#34;", '"').replace("&#39;", "'")
    found = re.search(r'<p class="error-message">(.*?)</p>', html, re.S)
    assert found and message in found.group(1), (found and found.group(1), message)
    assert '<ul class="problems">' not in html  # no English "name: message" list
    if suggestion:
        assert suggestion in html.split('<ul class="suggestions">', 1)[1].split("</ul>", 1)[0]
    for english in ("No indicator", "The store has no table", "all tables", "Mexico<"):
        assert english not in html, english


def test_every_trade_scope_a_profile_names_is_in_the_readers_language(web_app):
    """A profile's trade series are named "reporter · flow · scope"; the scopes the domain
    writes ("goods and services, full year", "goods, partial year (Jan–Aug)") read in words."""
    from chinalac.domain import figures
    from chinalac.web import vocabulary

    scopes = set(figures.trade_figures(web_app.state.dashboard.store.db)["scope"].dropna())
    assert "goods and services, full year" in scopes
    for lang in ("es", "pt"):
        left = sorted(s for s in scopes if vocabulary.label(s, lang) == s)
        assert not left, (lang, left)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("es", "no se reconoce qué mide &#39;2005&#39; (una fecha)"),
        ("pt", "não se reconhece o que &#39;2005&#39; mede (uma data)"),
        ("en", "no metric recognised for &#39;2005&#39; (a date)"),
    ],
)
def test_the_kind_of_figure_is_named_in_words(lang, words):
    reason = "no metric recognised for '2005' (date); entity CHL"
    assert str(reason_markup(reason, lang)).startswith(words)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("es", "para enero de 2005 – diciembre de 2012, 2013"),
        ("pt", "para janeiro de 2005 – dezembro de 2012, 2013"),
    ],
)
def test_spans_of_months_in_a_reason_read_in_words(lang, words):
    reason = (
        "no stored fact for loans_total · VEN · 2016; the store holds loans_total · VEN for "
        "2005-01–2012-12, 2013"
    )
    text = str(reason_markup(reason, lang))
    assert text.endswith(words), text
    assert "2005-01" not in text


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_the_architecture_page_keeps_the_codes_notes_to_itself(client, lang):
    html = client.get("/architecture", params={"lang": lang}).text
    assert "component ids" not in html
    assert "DOMAIN.md" not in html
