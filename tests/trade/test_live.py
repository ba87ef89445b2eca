"""Against the real public services: run with `pytest -m live` when online (CI skips them)."""

from __future__ import annotations

import pytest

from chinalac.sources import baci, comtrade, wdi
from chinalac.sources.http import make_client

pytestmark = pytest.mark.live


def test_wdi_answers_gdp_for_chile(tmp_path):
    entries = wdi.ingest(["CHL"], 2020, 2021, tmp_path, indicators=["NY.GDP.MKTP.CD"])
    assert sum(e.rows for e in entries) == 2


def test_comtrade_preview_answers_china_chile_totals(tmp_path):
    query = comtrade.ComtradeQuery(reporters={"CHN": 156}, partners={"CHL": 152}, years=(2021,))
    entries = comtrade.ingest(query, tmp_path, release="live", api_key="")
    assert sum(e.rows for e in entries) == 2  # exports and imports


def test_cepii_serves_the_release_zip():
    url = baci.DOWNLOAD_URL.format(hs="HS17", release="V202501")
    with make_client() as client:
        response = client.head(url)
    assert response.status_code == 200
    assert int(response.headers["Content-Length"]) > 100_000_000
