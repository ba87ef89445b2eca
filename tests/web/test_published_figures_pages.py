"""The dashboard shows the published figures: the map's trade layer, profiles, indicators."""

from __future__ import annotations

import re
from html import unescape


def state_values(html: str) -> list[str]:
    """The state list's value cells as text (the reporter is a marked span inside)."""
    cells = re.findall(r'<td class="state-value">(.*?)</td>', html, re.S)
    return [unescape(re.sub(r"<[^>]+>", "", v)) for v in cells]


def test_trade_layer_shows_a_recent_year_and_reporter_per_state_and_its_sources(client):
    page = client.get("/map/trade")
    assert page.status_code == 200
    values = state_values(page.text)
    assert len(values) == 33
    chile = next(v for v in values if "Servicio Nacional de Aduanas" in v)
    assert chile.startswith("57,321") and "(2024) · reported by" in chile
    assert "(2023) · source of the figure not stated (CRI)" in " ".join(values)  # Brazil
    assert not any("2006" in v for v in values)  # not the old manufactures-only panel
    gaps = [v for v in values if not v[0].isdigit()]
    assert len(gaps) == 6 and all("0 US$" not in v for v in gaps)  # gaps, never zero
    sources = page.text[page.text.index('class="sources-line"') :]
    assert "Published figures" in sources and "america-retail.com" in sources


def test_mexico_profile_says_not_covered_for_the_aei_extract(client):
    page = client.get("/country/MEX")
    assert page.status_code == 200
    assert "Not covered: the shipped AEI China Global Investment Tracker extract" in page.text


def test_profile_draws_one_line_per_reporter_with_sources_under_the_chart(client):
    page = client.get("/country/BRA").text
    block = page[page.index('id="chart-trade"') :]
    block = block[: block.index("</figure>")]
    names = [unescape(n) for n in re.findall(r'class="legend-label"[^>]*>([^<]*)<', block)]
    assert len(names) == len(set(names)) and len(names) > 3
    assert any(n.startswith("China (national data)") for n in names)
    assert any(n.startswith("MDIC (Brazil)") for n in names)
    assert 'class="chart-sources"' in block


def test_a_year_without_a_value_breaks_the_line():
    from chinalac.web.charts import Chart, Series, render_svg

    svg = render_svg(
        Chart("t", "line", "T", "", [Series("a", {2000: 1.0, 2001: 2.0, 2003: 3.0, 2004: 1.0})]),
        "en",
    )
    assert svg.count("<polyline") == 2  # 2000–2001 and 2003–2004, never across 2002
    assert svg.count("<circle") == 4


def test_profile_shows_exposure_per_reporter_from_published_figures(client):
    page = client.get("/country/CHL").text
    block = page[page.index('id="chart-exposure"') :]
    block = unescape(block[: block.index("</figure>")])
    assert "Trade with China as a share of GDP" in block
    share = round(57279e6 / 335533331669.2191, 4)
    assert f"Trade with China / GDP · Banco Central de Chile, 2023: {share}</title>" in block


def test_peru_profile_has_trade_values(client):
    page = client.get("/country/PER").text
    assert "No values recorded for this state." not in page.split("Trade and dependency")[1]


def test_indicators_page_lists_exposure_for_every_state_with_data(client):
    page = client.get("/indicators/trade_to_gdp")
    assert page.status_code == 200
    block = page.text[page.text.index('class="published-indicators"') :]
    rows = re.findall(r"<tr><td>([^<]+)</td><td>(\d{4})</td>", block)
    states = {name for name, _ in rows}
    assert len(states) >= 25 and "Chile" in states
