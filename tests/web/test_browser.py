"""The dashboard in headless Chromium: map, language switch, article check, CSV download.

Every test runs through the `page` fixture, which fails the test on any console error or any
request that leaves 127.0.0.1. Screenshots of each page go to artifacts/screenshots/.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ARTICLE = (
    "China-LAC trade reached nearly $449 billion in 2021, up from almost $18 billion in 2021.\n"
    "Chinese investment in Latin America from 2005 to 2021 totalled US$200 billion, "
    "with Brazil receiving US$64 billion.\n"
    "Trade reached US$489 billion in 2023."
)


def test_map_shows_all_33_states_and_peru_opens_its_profile(page, screenshots):
    page.goto(page.base + "/")
    states = page.locator("#map a.state")
    codes = {states.nth(i).get_attribute("data-iso3") for i in range(states.count())}
    assert len(codes) == 33
    # Every state, however small, has a clickable target at least 8 px across (shape or callout).
    largest: dict[str, float] = {}
    for index in range(states.count()):
        box = states.nth(index).bounding_box()
        code = states.nth(index).get_attribute("data-iso3")
        size = min(box["width"], box["height"]) if box else 0
        largest[code] = max(largest.get(code, 0), size)
    too_small = {code: size for code, size in largest.items() if size < 8}
    assert not too_small
    page.screenshot(path=screenshots / "map.png", full_page=True)
    page.locator('#map a.state[data-iso3="PER"]').click()
    page.wait_for_url(re.compile(r"/country/PER$"))
    assert page.locator("h1").inner_text().startswith("Peru")
    page.screenshot(path=screenshots / "country-PER.png", full_page=True)


def test_year_slider_recolours_the_map(page, screenshots):
    page.goto(page.base + "/map/bri")
    slider = page.locator("[data-map-year]")
    peru = page.locator('#map a.state[data-iso3="PER"] path').first
    latest = peru.get_attribute("fill")
    slider.fill(slider.get_attribute("min"))
    assert page.locator("#year-output").inner_text() == slider.get_attribute("min")
    assert peru.get_attribute("fill") != latest  # Peru signed its MoU in 2019
    page.screenshot(path=screenshots / "map-bri.png", full_page=True)


def test_language_switch_to_spanish_and_portuguese_is_remembered(page, screenshots):
    page.goto(page.base + "/")
    with page.expect_navigation():
        page.click('a[data-lang="es"]')
    assert page.locator(".site-nav").inner_text().startswith("Mapa")
    assert "Datos" in page.locator(".site-nav").inner_text()
    assert page.locator('.state-list a[href="/country/PER"]').inner_text() == "Perú"
    page.screenshot(path=screenshots / "map-es.png", full_page=True)
    with page.expect_navigation():
        page.click('a[data-lang="pt"]')
    assert "Dados" in page.locator(".site-nav").inner_text()
    assert page.locator('.state-list a[href="/country/PRY"]').inner_text() == "Paraguai"
    page.goto(page.base + "/country/BRA")  # no parameter: the cookie keeps Portuguese
    assert "Vínculos com a China" in page.content()
    page.screenshot(path=screenshots / "country-BRA-pt.png", full_page=True)


def test_check_page_highlights_a_contradicted_claim(page, screenshots):
    pytest.importorskip("chinalac.claims")
    page.goto(page.base + "/check")
    page.fill("#text", ARTICLE)
    with page.expect_navigation():
        page.click("form button[type=submit]")
    contradicted = page.locator("#checked-text mark.claim.verdict-contradicted")
    assert contradicted.count() >= 1
    contradicted.first.click()
    detail = page.locator("#claim-detail")
    assert "contradicted" in detail.inner_text()
    assert detail.locator("a.source, .source").count() >= 1
    page.screenshot(path=screenshots / "check.png", full_page=True)


def test_csv_download_carries_its_sources(page):
    page.goto(page.base + "/country/PER")
    with page.expect_download() as download_info:
        page.locator('a.download[href="/country/PER/ties.csv"]').first.click()
    text = Path(download_info.value.path()).read_text(encoding="utf-8")
    assert text.startswith("# Ties with China")
    assert "# source " in text and "licence:" in text


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("architecture", "/architecture"),
        ("indicators", "/indicators/cooperation_depth_index"),
        ("data", "/data"),
        ("data-ties", "/data/ties?iso3=PER"),
        ("sql", "/sql?q=SELECT%20iso3%2C%20name_es%2C%20partnership%20FROM%20country_status"),
        ("map-finance", "/map/finance"),
        ("map-depth", "/map/depth"),
    ],
)
def test_pages_render_without_errors(page, screenshots, name, path):
    page.goto(page.base + path)
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").count() == 1
    page.screenshot(path=screenshots / f"{name}.png", full_page=True)


def test_choosing_another_indicator_opens_its_page(page):
    page.goto(page.base + "/indicators/cooperation_depth_index")
    select = page.locator("[data-indicator-select]")
    options = select.locator("option").evaluate_all("nodes => nodes.map(n => n.value)")
    target = next(value for value in options if not value.endswith("/cooperation_depth_index"))
    select.select_option(target)
    page.wait_for_url("**" + target)
    assert page.url.endswith(target)


@pytest.mark.parametrize(
    ("lang", "title", "met"),
    [
        ("en", "Promises and delivery", "met"),
        ("es", "Promesas y cumplimiento", "cumplida"),
        ("pt", "Promessas e cumprimento", "cumprida"),
    ],
)
def test_promises_page_fits_a_phone_in_three_languages(page, screenshots, lang, title, met):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(page.base + f"/commitments?lang={lang}&as_of=2024")
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text() == title
    assert page.locator("article.pledge").count() == 30  # the pledges made by the end of 2024
    trade = page.locator("article#brasilia2014_trade_500bn")
    assert trade.locator(".badge").inner_text() == met
    assert trade.locator("svg.spark circle").count() >= 10
    assert page.locator(".status-counts li").count() == 7  # every status, zero or not
    overflow = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert overflow[0] <= overflow[1], f"horizontal overflow at 390 px: {overflow}"
    wide = page.evaluate(
        """() => [...document.querySelectorAll('main *')]
                 .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                 .map(e => e.tagName + '.' + e.className).slice(0, 5)"""
    )
    assert not wide, wide
    page.screenshot(path=screenshots / f"commitments-{lang}-390.png", full_page=True)


def test_belize_profile_lists_no_region_wide_pledge(page):
    page.goto(page.base + "/country/BLZ")
    assert "brasilia2014_trade_500bn" not in page.content()
    assert page.locator('a[href="/architecture#region-wide-commitments"]').count() == 1
    page.goto(page.base + "/architecture")
    assert page.locator("#region-wide-commitments li").count() == 42
