"""UN Comtrade: replayed API answers, retries, resume after an interruption, CLI and mirror."""

from __future__ import annotations

import json

import duckdb
import httpx
import pytest
import respx

from chinalac.sources import comtrade
from chinalac.sources.http import FetchError, RetryPolicy
from chinalac.sources.ingest_log import read_log

CHINA = {"CHN": 156}
PARTNERS = {"ARG": 32, "BRA": 76, "CHL": 152, "PER": 604}
NO_WAIT = RetryPolicy(attempts=3, sleep=lambda seconds: None)


class RecordedApi:
    """Answers preview requests from tests/fixtures/comtrade, keeping the asked partners."""

    def __init__(self, fixtures, fail_after: int | None = None):
        self.folder = fixtures / "comtrade"
        self.fail_after = fail_after
        self.calls: list[dict] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        self.calls.append(params)
        if self.fail_after is not None and len(self.calls) > self.fail_after:
            return httpx.Response(503, text="Service Unavailable")
        level = "total" if params["cmdCode"] == "TOTAL" else "hs6"
        wanted = {int(code) for code in params["partnerCode"].split(",")}
        records = []
        for path in sorted(
            (self.folder / level).glob(f"r{params['reporterCode']}_{params['period']}_p*.json")
        ):
            records += [
                r for r in json.loads(path.read_text())["data"] if r["partnerCode"] in wanted
            ]
        body = {"elapsedTime": "0.41 secs", "count": len(records), "data": records, "error": ""}
        return httpx.Response(200, json=body)


def query(**changes) -> comtrade.ComtradeQuery:
    settings = {"reporters": CHINA, "partners": PARTNERS, "years": (2021, 2022), "partner_chunk": 2}
    return comtrade.ComtradeQuery(**{**settings, **changes})


def parquet(folder) -> list[tuple]:
    files = sorted(str(p) for p in folder.rglob("year=*/*.parquet"))
    return sorted(
        duckdb.sql(f"SELECT * FROM read_parquet({files}, hive_partitioning = false)").fetchall(),
        key=str,
    )


@respx.mock
def test_totals_are_one_row_per_declared_flow_keyed_to_iso3(tmp_path, helpers):
    api = RecordedApi(helpers.fixtures)
    respx.get(comtrade.PREVIEW_URL).mock(side_effect=api)
    entries = comtrade.ingest(query(), tmp_path, release="2025-01-15", api_key="", policy=NO_WAIT)

    assert len(api.calls) == 4  # 1 reporter × 2 years × 2 partner chunks
    assert {c["partnerCode"] for c in api.calls} == {"32,76", "152,604"}
    assert [(e.table, e.year, e.rows) for e in entries] == [
        ("trade_reported", 2021, 8),
        ("trade_reported", 2022, 8),
    ]
    rows = duckdb.sql(
        f"SELECT reporter, partner, flow, value_usd, valuation FROM read_parquet('{tmp_path}/comtrade/2025-01-15/year=2021/*.parquet', hive_partitioning = false) WHERE partner = 'BRA' ORDER BY flow"
    ).fetchall()
    assert rows == [
        ("CHN", "BRA", "M", 110_754_000_000.0, "CIF"),
        ("CHN", "BRA", "X", 53_626_000_000.0, "FOB"),
    ]
    assert not (tmp_path / "comtrade" / f"progress-{query().key}.json").exists()


@respx.mock
def test_an_interrupted_run_resumes_to_the_same_result_without_duplicates(tmp_path, helpers):
    respx.get(comtrade.PREVIEW_URL).mock(side_effect=RecordedApi(helpers.fixtures))
    comtrade.ingest(query(), tmp_path / "whole", release="r1", api_key="", policy=NO_WAIT)

    broken = RecordedApi(helpers.fixtures, fail_after=2)  # the service goes down half-way
    respx.get(comtrade.PREVIEW_URL).mock(side_effect=broken)
    with pytest.raises(FetchError, match="gave up after 3 attempts"):
        comtrade.ingest(query(), tmp_path / "resumed", release="r1", api_key="", policy=NO_WAIT)
    progress = json.loads(
        (tmp_path / "resumed" / "comtrade" / f"progress-{query().key}.json").read_text()
    )
    assert progress["done"] == ["CHN-2021-p00", "CHN-2021-p01"]
    assert not (tmp_path / "resumed" / "comtrade" / "r1" / "year=2021").exists()

    again = RecordedApi(helpers.fixtures)
    respx.get(comtrade.PREVIEW_URL).mock(side_effect=again)
    comtrade.ingest(
        query(), tmp_path / "resumed", api_key="", policy=NO_WAIT
    )  # release comes from the progress file

    assert [(c["period"], c["partnerCode"]) for c in again.calls] == [
        ("2022", "32,76"),
        ("2022", "152,604"),
    ]
    assert parquet(tmp_path / "resumed") == parquet(tmp_path / "whole")
    whole, resumed = read_log(tmp_path / "whole"), read_log(tmp_path / "resumed")
    assert list(resumed["rows"]) == list(whole["rows"]) == ["8", "8"]
    assert list(resumed["sha256"]) == list(whole["sha256"])


@respx.mock
def test_429_and_5xx_are_retried_with_exponential_backoff(tmp_path, helpers):
    waits: list[float] = []
    policy = RetryPolicy(attempts=4, base_delay=1.0, sleep=waits.append)
    api = RecordedApi(helpers.fixtures)
    answers = iter(
        [
            httpx.Response(429, headers={"Retry-After": "3"}),
            httpx.Response(502),
            httpx.ConnectTimeout("timed out"),
        ]
    )

    def flaky(request):
        answer = next(answers, None)
        if isinstance(answer, Exception):
            raise answer
        return answer or api(request)

    respx.get(comtrade.PREVIEW_URL).mock(side_effect=flaky)
    comtrade.ingest(query(years=(2021,)), tmp_path, release="r", api_key="", policy=policy)
    assert waits == [3.0, 2.0, 4.0]  # Retry-After honoured, then 1 s doubling per attempt


@respx.mock
def test_keyed_endpoint_sends_the_key_in_a_header(tmp_path, helpers):
    api = RecordedApi(helpers.fixtures)
    route = respx.get(comtrade.DATA_URL).mock(side_effect=api)
    comtrade.ingest(query(years=(2021,)), tmp_path, release="r", api_key="secret", policy=NO_WAIT)
    request = route.calls[0].request
    assert request.headers["Ocp-Apim-Subscription-Key"] == "secret"
    assert "secret" not in str(request.url)


@respx.mock
def test_a_truncated_preview_answer_is_an_error_not_short_data(tmp_path):
    record = {
        "refYear": 2021,
        "reporterCode": 156,
        "partnerCode": 76,
        "flowCode": "X",
        "cmdCode": "01",
    }
    body = {"elapsedTime": "1 secs", "count": 500, "data": [record] * 500, "error": ""}
    respx.get(comtrade.PREVIEW_URL).mock(return_value=httpx.Response(200, json=body))
    with pytest.raises(FetchError, match="truncated .* at 500 rows .*COMTRADE_API_KEY"):
        comtrade.ingest(query(level="hs2"), tmp_path, release="r", api_key="", policy=NO_WAIT)


@respx.mock
def test_hs6_rows_become_trade_products_with_exporter_and_importer(tmp_path, helpers):
    respx.get(comtrade.PREVIEW_URL).mock(side_effect=RecordedApi(helpers.fixtures))
    entries = comtrade.ingest(
        query(partners={"CHL": 152}, years=(2021,), level="hs6"),
        tmp_path,
        release="r",
        api_key="",
        policy=NO_WAIT,
    )
    assert [e.table for e in entries] == ["trade_products"]
    rows = parquet(tmp_path)
    columns = [
        "source",
        "release",
        "classification",
        "year",
        "exporter",
        "importer",
        "product",
        "value_usd",
        "quantity_t",
        "reporter",
        "flow",
        "valuation",
    ]
    records = [dict(zip(columns, row, strict=True)) for row in rows]
    copper = next(r for r in records if r["product"] == "260300")
    assert (copper["exporter"], copper["importer"], copper["reporter"], copper["flow"]) == (
        "CHL",
        "CHN",
        "CHN",
        "M",
    )
    assert copper["quantity_t"] == pytest.approx(7_654_321_123)
    phones = next(r for r in records if r["product"] == "851712")
    assert (phones["exporter"], phones["importer"]) == ("CHN", "CHL")


@respx.mock
def test_cli_ingest_then_mirror_shows_both_reporters_with_the_cif_fob_caveat(
    tmp_path, helpers, run, monkeypatch
):
    monkeypatch.delenv(comtrade.KEY_ENV_VAR, raising=False)
    respx.get(comtrade.PREVIEW_URL).mock(side_effect=RecordedApi(helpers.fixtures))
    db = str(tmp_path / "chinalac.duckdb")
    china = run(
        "ingest",
        "comtrade",
        "--reporter",
        "China",
        "--partners",
        "Brasil,Chile",
        "--years",
        "2021-2022",
        "--release",
        "2025-01-15",
        "--db",
        db,
    )
    assert china.exit_code == 0, china.output
    brazil = run(
        "ingest",
        "comtrade",
        "--reporter",
        "Brasil",
        "--partners",
        "CHN",
        "--years",
        "2021-2022",
        "--release",
        "2025-01-15",
        "--db",
        db,
    )
    assert brazil.exit_code == 0, brazil.output

    answer = run.json("trade", "mirror", "--country", "Brasil", "--db", db)
    rows = {(r["year"], r["flow"]): r for r in answer["mirror"] if r["source_id"] == "UN-Comtrade"}
    exports_2021 = rows[(2021, "china_exports")]  # China's exports = Brazil's imports
    assert exports_2021["china_reported_usd"] == 53_626_000_000
    assert exports_2021["partner_reported_usd"] == 47_650_000_000
    assert (exports_2021["china_valuation"], exports_2021["partner_valuation"]) == ("FOB", "CIF")
    assert exports_2021["gap_percent"] == pytest.approx(-11.1)
    assert "CIF" in answer["caveats"][0]["caveats"] and "FOB" in answer["caveats"][0]["caveats"]

    listed = run.json("trade", "--country", "Brasil", "--source", "UN-Comtrade", "--db", db)
    assert {r["reporter"] for r in listed["trade"]} == {"CHN", "BRA"}
    assert {r["source"] for r in run.json("releases", "--db", db)} == {"UN-Comtrade"}
