"""Issue 14: every attack at once on a live dashboard (loopback, bounded in count and time).

Each attack must get its clear answer (a refusal, or a bounded result; SQL attacks beyond the
page's short queue are told it is busy, 503), the store must be
byte-identical afterwards, and the home page must keep answering in under a second while
the attacks run. Item 4 (slow SQL must not starve the checker) is its own test below.
"""

from __future__ import annotations

import hashlib
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

SLOW_SQL = "SELECT sum(hash(i)) FROM range(10000000000) t(i)"
ATTACKS = {
    "article: 200 KB run-on sentence": (
        "POST",
        "/api/check",
        {"text": ("Trade between China and Brazil reached US$5 billion in 2021 " * 4000)[:199_000]},
        {200, 422},
    ),
    "article: 29 KB of numbers": ("POST", "/api/check", {"text": "1 2 3 4 5 6 7 8 9 " * 1600}, {200, 422}),
    "country: 16,000 characters": ("GET", "/country/" + "x" * 16_000, None, {404}),
    "country: 8,000 characters": ("GET", "/country/" + "y" * 8_000, None, {404}),
    "sql: 4 GB string": ("POST", "/sql", {"query": "SELECT length(repeat('x', 4000000000))"}, {400, 503}),
    "sql: 2 GB string": ("POST", "/sql", {"query": "SELECT length(repeat('x', 2000000000))"}, {400, 503}),
    "sql: 50 MB result": ("POST", "/sql", {"query": "SELECT repeat('x', 100000) FROM range(500)"}, {400, 503}),
    "sql: slow query": ("POST", "/sql", {"query": SLOW_SQL}, {400, 503}),
    "sql: image-tag GET": ("GET", "/sql?q=" + SLOW_SQL.replace(" ", "%20"), None, {200}),
    "cache poisoning": ("GET", "/data/facts?metric=trade%26sort%3Dvalue", None, {200}),
    "huge page number": ("GET", "/data/facts?page=" + "9" * 40, None, {400}),
    "huge number in an article": (
        "POST",
        "/api/check",
        {"text": "Trade reached US$" + "9" * 400 + " billion in 2021."},
        {200},
    ),
}  # fmt: skip


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def send(base: str, method: str, path: str, data) -> tuple[int, float, str]:
    started = time.perf_counter()
    with httpx.Client(base_url=base, timeout=90) as client:
        response = client.request(method, path, data=data)
    return response.status_code, time.perf_counter() - started, response.text


class HomeWatcher(threading.Thread):
    """GET / every 100 ms while the attacks run; keeps every latency."""

    def __init__(self, base: str):
        super().__init__(daemon=True)
        self.base = base
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.stop = threading.Event()

    def run(self) -> None:
        with httpx.Client(base_url=self.base, timeout=10) as client:
            while not self.stop.is_set():
                started = time.perf_counter()
                try:
                    status = client.get("/").status_code
                    if status != 200:
                        self.errors.append(str(status))
                except httpx.HTTPError as error:
                    self.errors.append(repr(error))
                self.latencies.append(time.perf_counter() - started)
                time.sleep(0.1)


def test_every_attack_at_once(attacked_server, attacked_db):
    before = digest(attacked_db)
    send(attacked_server, "GET", "/", None)  # the home page is rendered and cached
    # The same page's latency on this machine, now, with no attack: the bound below scales with
    # it, so a machine loaded by other work does not fail the test (CI did at stop 38, under a
    # load of 7 on 2 cores) while a home page starved behind the attacks (seconds) still does.
    quiet = max(send(attacked_server, "GET", "/", None)[1] for _ in range(10))
    watcher = HomeWatcher(attacked_server)
    watcher.start()
    time.sleep(0.5)
    with ThreadPoolExecutor(len(ATTACKS)) as pool:
        futures = {
            name: pool.submit(send, attacked_server, method, path, data)
            for name, (method, path, data, _) in ATTACKS.items()
        }
        results = {name: future.result(timeout=120) for name, future in futures.items()}
    time.sleep(0.3)
    watcher.stop.set()
    watcher.join(timeout=15)

    for name, (status, seconds, text) in results.items():
        print(f"{name}: {status} in {seconds:.1f} s")
        expected = ATTACKS[name][3]
        assert status in expected, (name, status, text[:300])
        assert seconds < 60, (name, seconds)
    assert "ranhere" not in results["sql: image-tag GET"][2]
    assert 'id="sql-result"' not in results["sql: image-tag GET"][2]  # not run
    assert digest(attacked_db) == before  # the store is byte-identical
    assert not watcher.errors, watcher.errors
    assert len(watcher.latencies) >= 5
    worst = max(watcher.latencies)
    print(
        f"home page during the attacks: {len(watcher.latencies)} requests, "
        f"median {statistics.median(watcher.latencies) * 1000:.0f} ms, max {worst * 1000:.0f} ms"
    )
    bound = max(1.0, 5 * quiet)
    assert worst < bound, (
        f"the home page took {worst:.2f} s while the attacks ran "
        f"(bound {bound:.2f} s; {quiet * 1000:.0f} ms at worst with no attack)"
    )


def test_slow_queries_do_not_starve_the_checker(attacked_server):
    """Item 4: with 8 slow SQL queries sent at once (one runs, two wait, the rest are told
    the page is busy), a one-sentence check answers at once."""
    sentence = {"text": "Trade between China and Latin America reached US$489 billion in 2023."}
    assert send(attacked_server, "POST", "/api/check", sentence)[0] == 200  # workers are up
    # The same check with no SQL running, on this machine now: waiting behind SQL would add at
    # least one query's time limit (5 s) to it; a machine loaded by other work only scales it.
    quiet = send(attacked_server, "POST", "/api/check", sentence)[1]
    with ThreadPoolExecutor(8) as pool:
        slow = [
            pool.submit(send, attacked_server, "POST", "/sql", {"query": SLOW_SQL})
            for _ in range(8)
        ]
        time.sleep(1.0)
        status, seconds, _ = send(attacked_server, "POST", "/api/check", sentence)
        answers = [future.result(timeout=60)[0] for future in slow]
    assert status == 200
    bound = max(5.0, 3 * quiet)
    assert seconds < bound, (
        f"the check waited {seconds:.1f} s behind SQL (bound {bound:.1f} s; {quiet:.1f} s alone)"
    )
    assert set(answers) <= {400, 503} and 503 in answers  # a bounded queue, not a pile-up


@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_the_server_still_answers_afterwards(attacked_server, method):
    with httpx.Client(base_url=attacked_server, timeout=10) as client:
        assert client.request(method, "/").status_code == 200
        assert client.post("/sql", data={"query": "SELECT 42 AS answer"}).status_code == 200
