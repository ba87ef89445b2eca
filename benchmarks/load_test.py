#!/usr/bin/env python3
"""Load test of the dashboard: 50 concurrent clients over the main pages, on 127.0.0.1 only.

    python benchmarks/load_test.py [--seconds 60] [--clients 50] [--hostile 4] [--db PATH]

Starts `chinalac serve` itself on a free 127.0.0.1 port (building a store into a temporary
folder unless --db is given), warms each page once per language (the dashboard caches
rendered pages per language), then runs a bounded asyncio loop of httpx clients for the given
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
import itertools
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


async def run_load(base: str, pages: list[str], clients: int, seconds: float, hostile: int = 0):
    latencies: list[float] = []
    errors: list[str] = []
    hostile_answers: list[str] = []
    work = itertools.cycle(itertools.product(pages, LANGUAGES))
    stop_at = time.monotonic() + seconds
    # One connection per simulated client, each with its own small pool: httpx's shared pool
    # costs more CPU per request as connections grow, and would make the client the bottleneck.
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)

    async def one_client() -> None:
        async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
            while time.monotonic() < stop_at and len(latencies) + len(errors) < MAX_REQUESTS:
                path, lang = next(work)
                started = time.perf_counter()
                try:
                    # The whole body is received but not decompressed: the client measures the
                    # server, and gzip decoding in Python would make the client the bottleneck.
                    async with client.stream(
                        "GET", path, headers={"Accept-Language": lang}
                    ) as response:
                        received = 0
                        async for chunk in response.aiter_raw():
                            received += len(chunk)
                    if response.status_code != 200 or not received:
                        errors.append(f"{response.status_code} {path}")
                        continue
                except httpx.HTTPError as error:
                    errors.append(f"{type(error).__name__} {path}")
                    continue
                latencies.append(time.perf_counter() - started)

    async def one_attacker(index: int) -> None:
        attacks = itertools.islice(itertools.cycle(HOSTILE), index, None)
        async with httpx.AsyncClient(base_url=base, timeout=120) as client:
            while time.monotonic() < stop_at:
                method, path, data = next(attacks)
                started = time.perf_counter()
                try:
                    response = await client.request(method, path, data=data)
                    answer = str(response.status_code)
                except httpx.HTTPError as error:
                    answer = type(error).__name__
                hostile_answers.append(
                    f"{method} {path[:24]}… → {answer} in {time.perf_counter() - started:.1f} s"
                )

    await asyncio.gather(
        *(one_client() for _ in range(clients)), *(one_attacker(i) for i in range(hostile))
    )
    return latencies, errors, hostile_answers


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
            started = time.monotonic()
            latencies, errors, hostile = asyncio.run(
                run_load(base, pages, options.clients, options.seconds, options.hostile)
            )
            elapsed = time.monotonic() - started
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()

    total = len(latencies) + len(errors)
    print(
        f"{options.clients} clients, {elapsed:.1f} s, {len(pages)} pages × {len(LANGUAGES)} languages"
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
    for error in sorted(set(errors))[:10]:
        print("error:", error)
    if options.hostile:
        print(f"hostile requests in flight: {options.hostile}; answered: {len(hostile)}")
        for line in hostile[:12]:
            print("  hostile:", line)
    p95_ok = bool(latencies) and percentile(latencies, 0.95) < 0.200
    print("target p95 < 200 ms and zero errors:", "met" if p95_ok and not errors else "NOT met")
    return 0 if p95_ok and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
