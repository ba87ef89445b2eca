"""World Bank WDI (replayed API pages) and the resumable BACI download (replayed CEPII)."""

from __future__ import annotations

import json

import httpx
import pytest
import respx

from chinalac.paths import ingested_dir
from chinalac.sources import baci, wdi
from chinalac.sources.http import FetchError, RetryPolicy, download, make_client

NO_WAIT = RetryPolicy(attempts=3, sleep=lambda seconds: None)


class RecordedWorldBank:
    def __init__(self, fixtures):
        self.folder = fixtures / "wdi"
        self.calls: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        indicator = request.url.path.rsplit("/", 1)[1]
        page = request.url.params["page"]
        self.calls.append(f"{indicator}:{page}")
        path = self.folder / f"{indicator}_p{page}.json"
        if not path.exists():  # an indicator without observations: WDI answers an empty page
            meta = {
                "page": 1,
                "pages": 0,
                "per_page": 1000,
                "total": 0,
                "lastupdated": "2025-07-01",
            }
            return httpx.Response(200, json=[meta, None])
        return httpx.Response(200, json=json.loads(path.read_text()))


@respx.mock
def test_wdi_follows_pages_drops_missing_values_and_names_the_release(tmp_path, helpers):
    api = RecordedWorldBank(helpers.fixtures)
    respx.get(url__regex=r"https://api\.worldbank\.org/v2/country/.*").mock(side_effect=api)
    entries = wdi.ingest(
        ["CHN", "CHL", "BRA"],
        2021,
        2022,
        tmp_path,
        indicators=["NY.GDP.MKTP.CD", "SP.POP.TOTL"],
        policy=NO_WAIT,
    )
    assert api.calls == ["NY.GDP.MKTP.CD:1", "NY.GDP.MKTP.CD:2", "SP.POP.TOTL:1"]
    assert {e.release for e in entries} == {"2025-07-01"}
    assert sum(e.rows for e in entries) == 11  # 6 GDP + 6 population − Chile 2021 (null)
    request = respx.calls[0].request
    assert request.url.path == "/v2/country/BRA;CHL;CHN/indicator/NY.GDP.MKTP.CD"
    assert request.url.params["date"] == "2021:2022"
    assert (tmp_path / "wdi" / "2025-07-01" / "raw" / "NY.GDP.MKTP.CD_p2.json").exists()


@respx.mock
def test_wdi_error_message_is_reported(tmp_path, helpers):
    error = json.loads((helpers.fixtures / "wdi" / "error.json").read_text())
    respx.get(url__regex=r"https://api\.worldbank\.org/.*").mock(
        return_value=httpx.Response(200, json=error)
    )
    with pytest.raises(FetchError, match="The provided parameter value is not valid"):
        wdi.ingest(["CHL"], 2021, 2022, tmp_path, indicators=["NOT.AN.INDICATOR"], policy=NO_WAIT)
    assert not (tmp_path / "ingest_log.csv").exists()


@respx.mock
def test_cli_ingest_wdi_fills_the_wdi_view(tmp_path, helpers, run):
    respx.get(url__regex=r"https://api\.worldbank\.org/v2/country/.*").mock(
        side_effect=RecordedWorldBank(helpers.fixtures)
    )
    db = tmp_path / "chinalac.duckdb"
    result = run("ingest", "wdi", "--years", "2021-2022", "--db", str(db))
    assert result.exit_code == 0, result.output
    import chinalac

    with chinalac.open(db) as store:
        gdp = store.sql(
            "SELECT iso3, year, value, source, release FROM wdi WHERE indicator = 'NY.GDP.MKTP.CD' AND iso3 = 'CHL' ORDER BY year"
        )
    assert gdp.values.tolist() == [
        ["CHL", 2021, 3.17e11, "WorldBank-WDI", "2025-07-01"],
        ["CHL", 2022, 3.02e11, "WorldBank-WDI", "2025-07-01"],
    ]


@respx.mock
def test_download_resumes_a_dropped_transfer_with_a_range_request(tmp_path, helpers):
    archive = helpers.zip_release(helpers.release, tmp_path / "source.zip").read_bytes()
    half = len(archive) // 2
    url = baci.DOWNLOAD_URL.format(hs="HS17", release="V202501")
    answers = [
        # The connection drops after half the file: fewer bytes than Content-Length.
        httpx.Response(200, content=archive[:half], headers={"Content-Length": str(len(archive))}),
        httpx.Response(
            206,
            content=archive[half:],
            headers={"Content-Range": f"bytes {half}-{len(archive) - 1}/{len(archive)}"},
        ),
    ]
    route = respx.get(url).mock(side_effect=answers)
    target = tmp_path / "downloads" / "BACI_HS17_V202501.zip"
    with make_client() as client:
        download(client, url, target, policy=NO_WAIT)
    assert target.read_bytes() == archive
    assert "Range" not in route.calls[0].request.headers
    assert route.calls[1].request.headers["Range"] == f"bytes={half}-"
    assert not target.with_name(target.name + ".part").exists()


@respx.mock
def test_cli_download_then_ingest(tmp_path, helpers, run):
    archive = helpers.zip_release(helpers.release, tmp_path / "source.zip").read_bytes()
    url = baci.DOWNLOAD_URL.format(hs="HS17", release="V202501")
    respx.get(url).mock(return_value=httpx.Response(200, content=archive))
    db = tmp_path / "store" / "chinalac.duckdb"
    result = run(
        "ingest", "baci", "--download", "--release", "V202501", "--hs", "HS17", "--db", str(db)
    )
    assert result.exit_code == 0, result.output
    assert (ingested_dir(db) / "downloads" / "BACI_HS17_V202501.zip").read_bytes() == archive
    assert run.json("releases", "--db", str(db))[0]["rows"] == 30
