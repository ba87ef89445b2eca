"""An exported chart carries its citation: the footer's source titles say their language
(lang on the title's tspan, as the page's links do with vocabulary.title_language), and the
permalink is a link a reader follows to the chart's page in their language."""

from __future__ import annotations

import re

import pytest

from chinalac.web.charts import Chart, Series, reader_link, render_svg

ENGLISH = "China surpasses US to become Brazil's biggest trading partner (Xinhua/China Daily)"
SPANISH = "Comercio entre China y Latinoamérica en alza (Latin Trade)"


def chart() -> Chart:
    return Chart(
        key="trade",
        kind="line",
        title="Comercio",
        y_title="US$",
        series=[Series("Brasil", {2020: 1.0, 2021: 2.0})],
        sources=[{"title": ENGLISH}, {"title": SPANISH}],
        permalink=reader_link("/country/BRA#chart-trade", "es"),
    )


def footer(svg: str) -> str:
    return svg[svg.index('<g class="chart-footer">') :]


def test_source_titles_in_the_footer_say_their_language():
    spanish_page = footer(render_svg(chart(), "es"))
    assert '<tspan lang="en">China surpasses US' in spanish_page
    assert 'lang="es"' not in spanish_page  # the page's own language is not marked
    portuguese_page = footer(render_svg(chart(), "pt"))
    assert '<tspan lang="es">Comercio entre China' in portuguese_page
    assert "Fuentes:" in spanish_page and "Fontes:" in portuguese_page


@pytest.mark.parametrize(
    ("path", "lang", "site_mode", "link"),
    [
        ("/country/BRA#chart-trade", "es", False, "/country/BRA?lang=es#chart-trade"),
        (
            "/indicators/trade_to_gdp?countries=PER#chart-indicator",
            "pt",
            False,
            "/indicators/trade_to_gdp?countries=PER&lang=pt#chart-indicator",
        ),
        ("/country/BRA#chart-trade", "pt", True, "/pt/country/BRA/index.html#chart-trade"),
        ("/country/BRA#chart-trade", "en", True, "/country/BRA/index.html#chart-trade"),
    ],
)
def test_the_permalink_opens_the_page_in_the_readers_language(path, lang, site_mode, link):
    assert reader_link(path, lang, site_mode) == link


def test_the_permalink_is_a_link_in_the_footer():
    svg = footer(render_svg(chart(), "es"))
    assert re.search(
        r'<a href="/country/BRA\?lang=es#chart-trade"><text [^>]*class="chart-permalink"', svg
    )


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_profile_and_indicator_charts_link_to_the_readers_language(client, lang):
    for path, query in (
        ("/country/BRA", {}),
        ("/indicators/cooperation_depth_index", {"countries": ["PER", "BRA"]}),
    ):
        page = client.get(path, params={"lang": lang, **query}).text
        paths = re.findall(r'class="chart-permalink" data-path="([^"]+)"', page)
        assert paths, path
        assert all(f"lang={lang}" in found for found in paths), paths
        assert f'<a href="{paths[0]}">' in page


def test_a_long_legend_label_keeps_its_flow_whole():
    from chinalac.web.charts import LEGEND_WIDTH, legend_label

    reporter = "China Customs, via The Paper, citing China's foreign-ministry country profile"
    exports = legend_label(f"{reporter} · exports to China · goods, full year")
    imports = legend_label(f"{reporter} · imports from China · goods, full year")
    assert exports != imports
    assert exports.endswith(" · exports to China · goods, full year") and "…" in exports
    assert exports.startswith("China Customs")
    # Two unstated sources keep their own names' ends apart.
    nova = legend_label(
        "source of the figure not stated (Agenzia Nova) · exports to China · goods, full year"
    )
    cri = legend_label(
        "source of the figure not stated (CRI) · exports to China · goods, full year"
    )
    assert nova != cri and "(CRI)" in cri and "Nova)" in nova
    assert len(exports) <= LEGEND_WIDTH and len(imports) <= LEGEND_WIDTH
    assert legend_label("MDIC (Brazil) · exports to China") == "MDIC (Brazil) · exports to China"
    # One long part and nothing to keep: cut at the width.
    long = "x" * 90
    assert legend_label(long) == "x" * (LEGEND_WIDTH - 1) + "…"
