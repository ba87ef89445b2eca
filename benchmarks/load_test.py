#!/usr/bin/env python3
"""Load test of the dashboard: 50 concurrent clients over the main pages, on 127.0.0.1 only.

    python benchmarks/load_test.py [--seconds 60] [--clients 50] [--hostile 4] [--db PATH]

Starts `chinalac serve` itself on a free 127.0.0.1 port (building a store into a temporary
folder unless --db is given), warms each page once per language (the dashboard caches
rendered pages per language), then runs a bounded asyncio loop of raw HTTP/1.1 clients for the given
time and prints p50/p95/p99 latency, the request count and the error count. Target: p95 under
200 ms with zero errors. It stops by itself and stops the server it started.

`--hostile N` (default 4) keeps N hostile requests in flight the whole time besides the
clients (issue 14): a 200 KB run-on article to /api/check, a 16,000-character country name,
a query that runs until the SQL time limit, and a 4 GB string in SQL, in turn. Their answers
(refusals, "busy") are counted apart; only the clients' requests count for the target.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import itertools
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

LANGUAGES = ("en", "es", "pt")
STATES = ("ARG", "BRA", "CHL", "COL", "CUB", "MEX", "PAN", "PER", "URY", "VEN", "JAM", "KNA")
LAYERS = ("relations", "partnership", "bri", "fta", "finance", "trade", "depth")
MAX_REQUESTS = 2_000_000  # a hard bound besides the clock
HOSTILE = [
    ("POST", "/api/check", {"text": ("China and Brazil traded US$5 billion in 2021 " * 5000)[:199_000]}),
    ("GET", "/country/" + "x" * 16_000, None),
    ("POST", "/sql", {"query": "SELECT sum(hash(i)) FROM range(10000000000) t(i)"}),
    ("POST", "/sql", {"query": "SELECT length(repeat('x', 4000000000))"}),
]  # fmt: skip


def main_pages() -> list[str]:
    return [
        "/",
        *[f"/map/{layer}" for layer in LAYERS],
        *[f"/country/{iso3}" for iso3 in STATES],
        "/architecture",
        "/indicators/cooperation_depth_index",
        "/data",
        "/data/ties",
    ]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    command = [
        sys.executable, "-c", "from chinalac.cli.app import main; main()",
        "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port),
    ]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until_up(base: str, server: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited: {server.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(base + "/static/app.css", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit("the server did not start in time")


async def warm(base: str, pages: list[str]) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=120) as client:
        for path, lang in itertools.product(pages, LANGUAGES):
            response = await client.get(path, headers={"Accept-Language": lang})
            response.raise_for_status()


class RawClient:
    """One keep-alive HTTP/1.1 connection written by hand over asyncio streams.

    httpx costs about 5 ms of CPU per request in this loop: with 50 clients on a 2-core
    machine the client, not the server, would set the latency. This client writes the request
    line and reads the status, the headers and the whole body (Content-Length or chunked),
    without decompressing it, for about a tenth of that."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(Exception):
                await self.writer.wait_closed()
        self.reader = self.writer = None

    async def get(self, path: str, lang: str) -> tuple[int, int]:
        """(status, bytes of body received)."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(
            f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            f"Accept-Language: {lang}\r\nAccept-Encoding: gzip\r\n\r\n".encode("latin-1")
        )
        reader = self.reader
        status = int((await reader.readuntil(b"\r\n")).split(b" ", 2)[1])
        length, chunked, close = None, False, False
        for line in (await reader.readuntil(b"\r\n\r\n")).split(b"\r\n"):
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding" and b"chunked" in value.lower():
                chunked = True
            elif name == b"connection" and b"close" in value.lower():
                close = True
        received = 0
        if chunked:
            while True:
                size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
                received += len(await reader.readexactly(size + 2)) - 2
                if size == 0:
                    break
        elif length is not None:
            received = len(await reader.readexactly(length))
        else:
            received = len(await reader.read())
            close = True
        if close:
            await self.close()
        return status, received


async def run_load(base: str, pages: list[str], clients: int, seconds: float, hostile: int = 0):
    latencies: list[float] = []
    errors: list[str] = []
    hostile_answers: list[tuple[str, str, float]] = []
    work = itertools.cycle(itertools.product(pages, LANGUAGES))
    stop_at = time.monotonic() + seconds
    host, port = base.removeprefix("http://").rsplit(":", 1)

    async def one_client() -> None:
        client = RawClient(host, int(port))
        try:
            while time.monotonic() < stop_at and len(latencies) + len(errors) < MAX_REQUESTS:
                path, lang = next(work)
                started = time.perf_counter()
                try:
                    status, received = await asyncio.wait_for(client.get(path, lang), 30)
                except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as error:
                    errors.append(f"{type(error).__name__} {path}")
                    await client.close()
                    continue
                if status != 200 or not received:
                    errors.append(f"{status} {path}")
                    continue
                latencies.append(time.perf_counter() - started)
        finally:
            await client.close()

    async def one_attacker(index: int) -> None:
        attacks = itertools.islice(itertools.cycle(HOSTILE), index, None)
        async with httpx.AsyncClient(base_url=base, timeout=120) as client:
            while time.monotonic() < stop_at:
                method, path, data = next(attacks)
                started = time.perf_counter()
                try:
                    response = await client.request(method, path, data=data)
                    answer = str(response.status_code)
                    if response.headers.get("retry-after"):
                        answer += f" (Retry-After {response.headers['retry-after']})"
                except httpx.HTTPError as error:
                    answer = type(error).__name__
                hostile_answers.append(
                    (f"{method} {path[:24]}", answer, time.perf_counter() - started)
                )

    attackers = [asyncio.ensure_future(one_attacker(i)) for i in range(hostile)]
    if hostile:
        await asyncio.sleep(0.5)  # the hostile requests are in flight before the clients start
    stop_at = time.monotonic() + seconds
    started = time.monotonic()
    await asyncio.gather(*(one_client() for _ in range(clients)))
    elapsed = time.monotonic() - started
    for attacker in attackers:  # a request still running at the end is not waited for
        attacker.cancel()
    await asyncio.gather(*attackers, return_exceptions=True)
    return latencies, errors, hostile_answers, elapsed


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument(
        "--hostile", type=int, default=4, help="hostile requests kept in flight (0: none)"
    )
    parser.add_argument(
        "--db", type=Path, help="an existing store (default: build one into a temp folder)"
    )
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="chinalac-load-") as folder:
        db = options.db or Path(folder) / "chinalac.duckdb"  # `serve` builds it when missing
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port)
        try:
            wait_until_up(base, server)
            pages = main_pages()
            asyncio.run(warm(base, pages))
            load_before = os.getloadavg()
            latencies, errors, hostile, elapsed = asyncio.run(
                run_load(base, pages, options.clients, options.seconds, options.hostile)
            )
            load_after = os.getloadavg()
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()

    report(options, pages, latencies, errors, hostile, elapsed, (load_before, load_after))
    p95_ok = bool(latencies) and percentile(latencies, 0.95) < 0.200
    print("target p95 < 200 ms and zero errors:", "met" if p95_ok and not errors else "NOT met")
    return 0 if p95_ok and not errors else 1


def report(options, pages, latencies, errors, hostile, elapsed, loads) -> None:
    total = len(latencies) + len(errors)
    print(
        f"{options.clients} clients, {elapsed:.1f} s, {len(pages)} pages × {len(LANGUAGES)} languages"
        f" on {os.cpu_count()} cores; load average before {loads[0][0]:.2f}, after {loads[1][0]:.2f}"
    )
    print(f"requests: {total} ({total / elapsed:.0f}/s), errors: {len(errors)}")
    if latencies:
        print(
            "latency ms: p50 {:.1f}  p95 {:.1f}  p99 {:.1f}  mean {:.1f}  max {:.1f}".format(
                *(1000 * percentile(latencies, f) for f in (0.50, 0.95, 0.99)),
                1000 * statistics.fmean(latencies),
                1000 * max(latencies),
            )
        )
    for error, count in collections.Counter(errors).most_common(10):
        print(f"error: {error} ×{count}")
    if options.hostile:
        print(f"hostile requests kept in flight: {options.hostile}; answered: {len(hostile)}")
        outcomes: dict[tuple[str, str], list[float]] = collections.defaultdict(list)
        for request, answer, seconds in hostile:
            outcomes[request, answer].append(seconds)
        for (request, answer), times in sorted(outcomes.items()):
            print(
                f"  hostile: {request}… → {answer} ×{len(times)}"
                f" (median {statistics.median(times):.2f} s, max {max(times):.2f} s)"
            )


if __name__ == "__main__":
    sys.exit(main())
