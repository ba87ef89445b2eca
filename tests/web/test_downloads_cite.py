"""Every download linked from a page carries the citation of its sources: each CSV starts
with its title, chinalac's line and one line per source (or says none is recorded)."""

from __future__ import annotations

import re
from html import unescape

import pytest


@pytest.mark.parametrize(
    "page", ["/country/BRA", "/country/PER", "/indicators/cooperation_depth_index", "/architecture"]
)
def test_every_csv_linked_from_a_page_cites_its_sources(client, page):
    html = client.get(page).text
    links = sorted({unescape(href) for href in re.findall(r'href="([^"]+\.csv[^"]*)"', html)})
    assert links, page
    for link in links:
        response = client.get(link)
        assert response.status_code == 200, link
        head = [line for line in response.text.splitlines()[:400] if line.startswith("#")]
        assert head[0].startswith("# ") and any("produced by chinalac" in h for h in head), link
        assert any(h.startswith("# source") for h in head), link


def test_downloads_are_compressed_for_browsers_that_accept_it(client):
    response = client.get("/data/ties.csv", headers={"Accept-Encoding": "gzip"})
    assert response.headers.get("content-encoding") == "gzip"
    static = client.get("/static/app.js?v=1", headers={"Accept-Encoding": "gzip"})
    assert "immutable" in static.headers["cache-control"]
