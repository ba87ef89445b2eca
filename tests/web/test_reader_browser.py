"""Issue 16 acceptance in headless Chromium: every page fits a 390 px screen in three
languages, Spanish and Portuguese pages show no English catalog or vocabulary string, every
chart has a source line and an export, and a profile is light to load.

Screenshots of home, one profile and the indicators page in the three languages at 1366×900
and 390×844 go to artifacts/screenshots/ (gitignored).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from chinalac.web.vocabulary import rows as vocabulary_rows
from tests.web.test_translation import english_on_page, english_strings, visible_text

pytestmark = pytest.mark.browser

LANGUAGES = ("en", "es", "pt")
SCREENSHOT_PAGES = {
    "home": "/",
    "profile-BRA": "/country/BRA",
    "indicators": "/indicators/cooperation_depth_index",
}
MOBILE_PAGES = (
    "/",
    "/country/BRA",
    "/indicators/cooperation_depth_index",
    "/architecture",
    "/data",
    "/check",
    "/sql",
)
SIZES = {"desktop": (1366, 900), "mobile": (390, 844)}
FIRST_VISIT_LIMIT = 1_200_000
REPEAT_VISIT_LIMIT = 100_000


def new_tab(browser, live_server, width: int, height: int):
    context = browser.new_context(viewport={"width": width, "height": height})
    context.route(
        "**/*",
        lambda route: route.continue_() if "127.0.0.1" in route.request.url else route.abort(),
    )
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.errors = errors
    return context, tab


def overflow(tab) -> int:
    """How many CSS pixels the page is wider than the viewport (0: it fits)."""
    return tab.evaluate(
        "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
        " - document.documentElement.clientWidth"
    )


def test_pages_fit_390px_in_three_languages_without_english_labels(
    browser, live_server, screenshots
):
    strings = {lang: english_strings(lang) for lang in ("es", "pt")}
    too_wide: dict[str, int] = {}
    english: dict[str, list[str]] = {}
    for size, (width, height) in SIZES.items():
        context, tab = new_tab(browser, live_server, width, height)
        try:
            for lang in LANGUAGES:
                pages = MOBILE_PAGES if size == "mobile" else tuple(SCREENSHOT_PAGES.values())
                for path in pages:
                    tab.goto(f"{live_server}{path}?lang={lang}")
                    name = next((k for k, v in SCREENSHOT_PAGES.items() if v == path), None)
                    if name:
                        tab.screenshot(
                            path=screenshots / f"{name}-{lang}-{size}.png", full_page=True
                        )
                    if size == "mobile" and overflow(tab) > 0:
                        too_wide[f"{path}?lang={lang}"] = overflow(tab)
                    if lang != "en" and size == "mobile":
                        found = english_on_page(visible_text(tab.content()), strings[lang])
                        if found:
                            english[f"{path}?lang={lang}"] = found
            assert not tab.errors, tab.errors
        finally:
            context.close()
    assert not too_wide, too_wide
    assert not english, english


def test_every_chart_has_a_source_line_and_exports_with_its_citation(browser, live_server):
    context, tab = new_tab(browser, live_server, 1366, 900)
    try:
        for path in ("/country/BRA", "/indicators/cooperation_depth_index"):
            tab.goto(live_server + path)
            charts = tab.locator("figure.chart-block")
            assert charts.count() >= 1, path
            for index in range(charts.count()):
                chart = charts.nth(index)
                source = chart.locator("p.chart-sources").inner_text()
                assert len(source.split(":", 1)[1].strip()) > 3, (path, source)
                assert chart.locator("button[data-export=png]").is_visible()
                # The exported image holds the title, the sources and the permalink.
                footer = chart.locator("svg .chart-footer").text_content()
                assert re.search(r"Sources?:", footer) and "chinalac" in footer
                # The permalink reads as words on the page; its link opens the reader's page.
                assert "chinalac · link to this chart" in footer, footer
                href = chart.locator("svg .chart-footer a").get_attribute("href")
                assert re.search(r"[?&]lang=en\b", href) and "#chart-" in href, href
        tab.goto(live_server + "/country/BRA")
        with tab.expect_download() as download:
            tab.locator("#chart-trade button[data-export=svg]").click()
        svg = Path(download.value.path()).read_text(encoding="utf-8")
        assert re.search(r"Sources?:", svg)
        assert f"{live_server}/country/BRA?lang=en#chart-trade" in svg
        assert f'<a href="{live_server}/country/BRA?lang=en#chart-trade">' in svg
        with tab.expect_download() as download:
            tab.locator("#chart-trade button[data-export=png]").click()
        png = Path(download.value.path()).read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000  # drawn, not blank
    finally:
        context.close()


def test_a_profile_is_light_on_first_and_repeat_visit(browser, live_server):
    context, tab = new_tab(browser, live_server, 1366, 900)
    # Requests are recorded as they are issued and measured afterwards: `sizes()` waits until
    # each one has finished, whereas "requestfinished" events may still be on their way when
    # the load event returns (seen on a loaded CI machine, where the repeat visit summed to 0).
    issued: list = []
    tab.on("request", lambda request: issued.append(request))

    def transferred() -> tuple[int, int]:
        total = 0
        for request in issued:
            # The favicon is fetched after "load"; the next navigation may abort it.
            try:
                sizes = request.sizes()
            except PlaywrightError:  # aborted: nothing of it counts as transferred
                continue
            total += max(0, sizes["responseBodySize"]) + max(0, sizes["responseHeadersSize"])
        documents = sum(1 for request in issued if request.resource_type == "document")
        issued.clear()
        return total, documents

    try:
        tab.goto(live_server + "/country/PER", wait_until="load")
        first, first_documents = transferred()
        tab.goto(live_server + "/country/PER", wait_until="load")  # cached files are not fetched
        repeat, repeat_documents = transferred()
    finally:
        context.close()
    assert first_documents == 1 and repeat_documents == 1
    assert 0 < first < FIRST_VISIT_LIMIT, first
    assert repeat < REPEAT_VISIT_LIMIT, repeat


def test_country_search_opens_a_profile_from_any_page(browser, live_server):
    context, tab = new_tab(browser, live_server, 390, 844)
    try:
        tab.goto(live_server + "/architecture?lang=es")
        tab.fill("#country-q", "sao cristovao")  # Portuguese name, no accents, on a Spanish page
        tab.press("#country-q", "Enter")
        tab.wait_for_url("**/country/KNA")
        assert not tab.errors
    finally:
        context.close()


def test_play_runs_the_map_through_the_years(browser, live_server):
    context, tab = new_tab(browser, live_server, 1366, 900)
    try:
        tab.goto(live_server + "/map/bri?lang=pt")
        slider = tab.locator("[data-map-year]")
        last = slider.get_attribute("max")
        tab.click("[data-play]")  # at the last year: starts again from the first
        assert tab.locator("#year-output").inner_text() == slider.get_attribute("min")
        expect(tab.locator("#year-output")).to_have_text(last, timeout=60_000)
        expect(tab.locator("[data-play]")).to_contain_text("Reproduzir")  # stopped by itself
        assert not tab.errors
    finally:
        context.close()


SPANISH_ARTICLE = (
    "Pekín, 20 de mayo de 2025. El comercio entre China y América Latina alcanzó 489.000 "
    "millones de dólares en 2023. Panamá fue el primer país de la región en firmar el memorando "
    "de la Franja y la Ruta, en 2017, y veintidós países latinoamericanos se han sumado a la "
    "iniciativa. La cuarta Reunión Ministerial del Foro China-CELAC se celebró en Pekín. China "
    "es el principal socio comercial de cuatro países: Brasil, Chile, Perú, Uruguay y Bolivia. "
    "Las exportaciones crecieron un 12% durante más de 20 años. En 2024 el comercio entre China "
    "y América Latina sumó 518.470 millones de dólares."
)
# The evidence a reader of es/pt must not see: English words, unit codes, metric ids, and
# a decimal point (a dot before one or two digits; thousands have three).
# An English decimal point ("518.47"), not a section a translated note cites ("seção 2.2").
EVIDENCE_ENGLISH = re.compile(
    r"reported by|usd_bn|usd_m\b|(?<!seção )(?<!sección )(?<!section )\d\.\d{1,2}(?!\d)"
)
EVIDENCE_SCRIPT = (
    "() => [...document.querySelectorAll('#claim-detail .evidence-lines li')].map(li => {"
    " const c = li.cloneNode(true);"
    " c.querySelectorAll('.record-source, [lang]').forEach(e => e.remove());"
    " return c.textContent; })"
)


def english_frame_pieces() -> set[str]:
    """The English words of every reason frame (what a reader must not see untranslated)."""
    from chinalac.web.reasons import REASON_FRAMES

    pieces = set()
    for _pattern, frame in REASON_FRAMES:
        for piece in re.split(r"%\(\w+\)s|[();:,\[\]→—]", frame):
            if len(piece.split()) >= 2:  # a phrase, not a lone word both languages share
                pieces.add(piece.strip())
    return pieces


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_check_reasons_are_in_the_readers_language_at_390px(
    browser, live_server, lang, screenshots
):
    pytest.importorskip("chinalac.claims")
    context, tab = new_tab(browser, live_server, 390, 844)
    try:
        tab.goto(f"{live_server}/check?lang={lang}")
        tab.fill("#text", SPANISH_ARTICLE)
        with tab.expect_navigation():
            tab.click("form button[type=submit]")
        marks = tab.locator("#checked-text mark.claim")
        assert marks.count() >= 5
        shown, evidence = [], []
        for index in range(marks.count()):
            marks.nth(index).click()
            # the evidence as the reader sees it, without the record ids and the notes
            # quoted in their own language (marked lang)
            evidence.extend(tab.evaluate(EVIDENCE_SCRIPT))
            # the reason as the reader sees it, without the parts marked lang="en"
            shown.append(
                tab.evaluate(
                    "() => { const r = document.querySelector('#claim-detail .reason');"
                    " if (!r) return ''; const c = r.cloneNode(true);"
                    " c.querySelectorAll('[lang=en]').forEach(e => e.remove());"
                    " return c.textContent; }"
                )
            )
        tab.screenshot(path=screenshots / f"check-reasons-{lang}-mobile.png", full_page=True)
        assert overflow(tab) <= 0
        # one claim clicked, its evidence on screen, as a phone shows it
        tab.locator("#checked-text mark.claim", has_text="518.470").click()
        tab.locator("#claim-detail .evidence-lines").scroll_into_view_if_needed()
        tab.screenshot(path=screenshots / f"check-evidence-{lang}-390.png")
        # the stored figure's note in chinalac's translation (data/i18n/notes.csv covers every
        # fact /check can cite since stop 39): no lang="en" left on it
        notes = tab.locator("#claim-detail .evidence-lines .note")
        assert notes.count() and all(
            notes.nth(i).get_attribute("lang") is None for i in range(notes.count())
        )
        assert overflow(tab) <= 0
        assert not tab.errors, tab.errors
    finally:
        context.close()
    metric_ids = {row["value"] for row in vocabulary_rows() if row["domain"] == "metric"}
    # (a meeting's evidence is its note alone: nothing is left of it here)
    assert len([line for line in evidence if line.strip()]) >= 5, evidence
    assert [line for line in evidence if EVIDENCE_ENGLISH.search(line)] == []
    assert [line for line in evidence if set(re.findall(r"\w+", line)) & metric_ids] == []
    assert any(re.search(r"518,47 ", line) for line in evidence), evidence  # decimal comma
    # a reason matching no frame is wholly marked lang="en": nothing of it would be left
    assert shown and all(text.strip() for text in shown), shown
    pieces = english_frame_pieces()
    english = {text: [p for p in pieces if p in text] for text in shown}
    assert not {text: found for text, found in english.items() if found}


# The profile's headline figures as a reader sees them: English quotes (marked lang) left out.
HEADLINE_SCRIPT = (
    "() => [...document.querySelectorAll('.headline .figure')].map(f => {"
    " const c = f.cloneNode(true);"
    " c.querySelectorAll('[lang], .source').forEach(e => e.remove());"
    " return c.textContent.replace(/\\s+/g, ' ').trim(); })"
)
# (a section of a cited paper, "sección 3.2" in a translated note, is not a decimal)
PROFILE_RAW = re.compile(
    r"usd_bn|usd_m\b|US\$ bn|reported by|\bLAC\b|\bWLD\b|(?<!sección )(?<!seção )\d\.\d{1,2}(?!\d)"
)


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_profile_figures_are_in_the_readers_words_at_390px(browser, live_server, lang, screenshots):
    context, tab = new_tab(browser, live_server, 390, 844)
    try:
        tab.goto(f"{live_server}/country/BRA?lang={lang}")
        figures = tab.evaluate(HEADLINE_SCRIPT)
        tab.locator(".headline").scroll_into_view_if_needed()
        tab.screenshot(path=screenshots / f"profile-BRA-figures-{lang}-390.png")
        assert overflow(tab) <= 0
        assert not tab.errors, tab.errors
    finally:
        context.close()
    metric_ids = {row["value"] for row in vocabulary_rows() if row["domain"] == "metric"}
    assert len(figures) >= 5, figures
    assert [f for f in figures if PROFILE_RAW.search(f)] == []
    assert [f for f in figures if any(re.search(rf"\b{m}\b", f) for m in metric_ids)] == []
    billions = {"es": "4,8 miles de millones de US$", "pt": "4,8 bilhões de US$"}[lang]
    assert any(billions in f for f in figures), figures  # a decimal comma, the unit in words
