"""Offline and interrupted fetches (recorded responses through respx, no network):
no connection → "no network" after one quick attempt unless --retries; downloads resume."""

from __future__ import annotations

import time

import httpx
import pytest
import respx

from chinalac.paths import ingested_dir
from chinalac.sources import baci
from chinalac.sources.http import FetchError, RetryPolicy, download, get_json, make_client

URL = "https://api.example.org/data"
OFFLINE = httpx.ConnectError("[Errno -3] Temporary failure in name resolution")


def counting_sleep():
    waits: list[float] = []
    return waits, waits.append


@respx.mock
def test_no_connection_fails_at_once_saying_no_network():
    route = respx.get(URL).mock(side_effect=OFFLINE)
    waits, sleep = counting_sleep()
    with make_client() as client, pytest.raises(FetchError) as raised:
        get_json(client, URL, policy=RetryPolicy(sleep=sleep))
    assert str(raised.value).startswith("no network: cannot connect to api.example.org")
    assert "--retries" in str(raised.value)
    assert route.call_count == 1 and waits == []


@respx.mock
def test_retries_keep_trying_a_connection_then_succeed():
    route = respx.get(URL).mock(side_effect=[OFFLINE, OFFLINE, httpx.Response(200, json=[1])])
    waits, sleep = counting_sleep()
    with make_client() as client:
        assert get_json(client, URL, policy=RetryPolicy.with_retries(2, sleep=sleep)) == [1]
    assert route.call_count == 3 and waits == [1.0, 2.0]


@respx.mock
def test_a_busy_server_is_still_retried_by_default():
    busy = httpx.Response(503)
    route = respx.get(URL).mock(side_effect=[busy, busy, httpx.Response(200, json={"ok": 1})])
    waits, sleep = counting_sleep()
    with make_client() as client:
        assert get_json(client, URL, policy=RetryPolicy(sleep=sleep)) == {"ok": 1}
    assert route.call_count == 3


def test_the_connect_timeout_is_short():
    with make_client() as client:
        assert client.timeout.connect <= 10


@respx.mock
def test_cli_ingest_offline_is_one_quick_line(tmp_path, run):
    respx.get(url__regex=r"https://api\.worldbank\.org/.*").mock(side_effect=OFFLINE)
    db = tmp_path / "store" / "chinalac.duckdb"
    run("build", "--db", str(db))
    started = time.monotonic()
    result = run("ingest", "wdi", "--years", "2020-2021", "--db", str(db))
    assert time.monotonic() - started < 10
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no network" in lines[0], result.stderr
    assert respx.calls.call_count == 1


@respx.mock
def test_cli_retries_option_reaches_the_fetch(tmp_path, run, monkeypatch):
    monkeypatch.setattr(time, "sleep", lambda seconds: None)
    route = respx.get(url__regex=r"https://api\.worldbank\.org/.*").mock(side_effect=OFFLINE)
    db = tmp_path / "store" / "chinalac.duckdb"
    run("build", "--db", str(db))
    result = run("ingest", "wdi", "--years", "2020-2021", "--retries", "2", "--db", str(db))
    assert result.exit_code == 1 and "after 3 attempts" in result.stderr
    assert route.call_count == 3


def release_bytes(helpers, tmp_path) -> bytes:
    return helpers.zip_release(helpers.release, tmp_path / "source.zip").read_bytes()


@respx.mock
def test_a_download_cut_in_one_run_resumes_in_the_next(tmp_path, helpers):
    archive = release_bytes(helpers, tmp_path)
    half = len(archive) // 2
    url = baci.DOWNLOAD_URL.format(hs="HS17", release="V202501")
    target = tmp_path / "downloads" / "BACI_HS17_V202501.zip"
    size = str(len(archive))
    # First run: half the file arrives, then the connection cannot be made again.
    respx.get(url).mock(
        side_effect=[
            httpx.Response(
                200, content=archive[:half], headers={"Content-Length": size, "ETag": '"v1"'}
            ),
            OFFLINE,
        ]
    )
    cut = RetryPolicy(attempts=2, sleep=lambda s: None)
    with make_client() as client, pytest.raises(FetchError, match="is kept.*resumes it"):
        download(client, url, target, policy=cut)
    partial = target.with_name(target.name + ".part")
    assert partial.read_bytes() == archive[:half] and not target.exists()
    # Next run: only the rest is asked for, on condition that the file is still version "v1".
    respx.reset()
    route = respx.get(url).mock(
        return_value=httpx.Response(
            206,
            content=archive[half:],
            headers={"Content-Range": f"bytes {half}-{len(archive) - 1}/{size}"},
        )
    )
    with make_client() as client:
        download(client, url, target, policy=RetryPolicy(sleep=lambda s: None))
    assert target.read_bytes() == archive
    assert route.calls[0].request.headers["Range"] == f"bytes={half}-"
    assert route.calls[0].request.headers["If-Range"] == '"v1"'
    assert not partial.exists() and not target.with_name(target.name + ".part.validator").exists()


@respx.mock
def test_a_file_changed_upstream_is_downloaded_whole_not_spliced(tmp_path, helpers):
    archive = release_bytes(helpers, tmp_path)
    url = baci.DOWNLOAD_URL.format(hs="HS17", release="V202501")
    target = tmp_path / "downloads" / "BACI_HS17_V202501.zip"
    target.parent.mkdir(parents=True)
    target.with_name(target.name + ".part").write_bytes(b"old version bytes")
    target.with_name(target.name + ".part.validator").write_text('"v0"')
    # If-Range does not match: the server sends the whole new file with 200.
    route = respx.get(url).mock(
        return_value=httpx.Response(200, content=archive, headers={"ETag": '"v2"'})
    )
    with make_client() as client:
        download(client, url, target, policy=RetryPolicy(sleep=lambda s: None))
    assert target.read_bytes() == archive
    assert route.calls[0].request.headers["If-Range"] == '"v0"'


@respx.mock
def test_cli_download_resumes_a_partial_file_left_by_an_earlier_run(tmp_path, helpers, run):
    archive = release_bytes(helpers, tmp_path)
    third = len(archive) // 3
    url = baci.DOWNLOAD_URL.format(hs="HS17", release="V202501")
    db = tmp_path / "store" / "chinalac.duckdb"
    downloads = ingested_dir(db) / "downloads"
    downloads.mkdir(parents=True)
    (downloads / "BACI_HS17_V202501.zip.part").write_bytes(archive[:third])
    route = respx.get(url).mock(
        return_value=httpx.Response(
            206,
            content=archive[third:],
            headers={"Content-Range": f"bytes {third}-{len(archive) - 1}/{len(archive)}"},
        )
    )
    result = run("ingest", "baci", "--download", "--hs", "HS17", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert route.calls[0].request.headers["Range"] == f"bytes={third}-"
    assert (downloads / "BACI_HS17_V202501.zip").read_bytes() == archive
