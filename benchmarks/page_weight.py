#!/usr/bin/env python3
"""Page weight and first-hit time of the dashboard, per page type, right after start.

    python benchmarks/page_weight.py [--db PATH] [--json FILE]

Starts `chinalac serve` on a free 127.0.0.1 port (building a store into a temporary folder
unless --db is given) and, as soon as it answers, asks for each page type once — home first,
so its time is the home page's "right after start" — with the headers a browser sends
(Accept-Encoding: gzip, br). For each page it reports:

* first hit: seconds until the whole HTML was received (the server had cached nothing);
* HTML: bytes on the wire (compressed if the server compresses) and uncompressed;
* first visit: the HTML plus every script, stylesheet, image and icon the page links, as bytes
  on the wire — what a browser with an empty cache downloads (fetched once each, like a browser);
* repeat visit: the HTML plus the linked files a browser must fetch again — those without a
  `Cache-Control: max-age` (or with no-cache); files kept by the cache cost nothing.

Targets (issue 16): home answers in < 0.3 s right after start; a profile's first visit
< 1.2 MB and repeat visit < 100 KB. It stops the server it started.
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urljoin

import httpx
from load_test import free_port, start_server  # benchmarks/ is on sys.path when run as a script

PAGES = {
    "home": "/",
    "profile": "/country/BRA",
    "indicators": "/indicators/cooperation_depth_index",
    "architecture": "/architecture",
    "check": "/check",
    "data": "/data",
}
HEADERS = {"Accept-Encoding": "gzip, br", "Accept-Language": "en"}
LINKED = re.compile(
    r"""<(?:script[^>]*\ssrc|link[^>]*\shref|img[^>]*\ssrc)\s*=\s*["']([^"'#]+)["']""", re.I
)
TARGETS = {
    "home_first_hit_s": 0.3,
    "profile_first_visit_bytes": 1_200_000,
    "profile_repeat_bytes": 100_000,
}


def wait_until_listening(port: int, server: subprocess.Popen, timeout: float = 120) -> None:
    """Wait for the port to accept connections, without requesting a page (that would warm it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped: {server.stderr.read().decode()[-2000:]}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.02)
    raise SystemExit("the server did not start in time")


def wire_bytes(response: httpx.Response) -> int:
    return response.num_bytes_downloaded


def cached_by_browser(response: httpx.Response) -> bool:
    control = response.headers.get("cache-control", "").lower()
    if "no-cache" in control or "no-store" in control:
        return False
    match = re.search(r"max-age=(\d+)", control)
    return bool(match and int(match.group(1)) > 0)


def measure(base: str) -> dict[str, dict]:
    results: dict[str, dict] = {}
    fetched: dict[str, tuple[int, bool]] = {}  # asset URL → (bytes on the wire, cacheable)
    with httpx.Client(headers=HEADERS, timeout=120) as client:
        for name, path in PAGES.items():
            started = time.perf_counter()
            page = client.get(base + path)
            seconds = time.perf_counter() - started
            page.raise_for_status()
            assets = sorted(
                {urljoin(base + path, link) for link in LINKED.findall(page.text)}
                | {base + "/favicon.ico"}
            )
            for url in assets:
                if url.startswith(base) and url not in fetched:
                    answer = client.get(url)
                    fetched[url] = (wire_bytes(answer), cached_by_browser(answer))
            linked = [fetched[url] for url in assets if url in fetched]
            first = wire_bytes(page) + sum(size for size, _ in linked)
            repeat = wire_bytes(page) + sum(size for size, cached in linked if not cached)
            results[name] = {
                "path": path,
                "first_hit_s": round(seconds, 3),
                "html_wire_bytes": wire_bytes(page),
                "html_bytes": len(page.content),
                "encoding": page.headers.get("content-encoding", "identity"),
                "first_visit_bytes": first,
                "repeat_visit_bytes": repeat,
                "assets": len(linked),
            }
    return results


def report(results: dict[str, dict]) -> str:
    lines = [
        f"{'page':<13}{'first hit':>10}{'HTML wire':>12}{'HTML':>12}{'first visit':>14}"
        f"{'repeat':>12}  encoding",
    ]
    for name, row in results.items():
        lines.append(
            f"{name:<13}{row['first_hit_s']:>9.3f}s{row['html_wire_bytes']:>12,}"
            f"{row['html_bytes']:>12,}{row['first_visit_bytes']:>14,}"
            f"{row['repeat_visit_bytes']:>12,}  {row['encoding']}"
        )
    profile, home = results["profile"], results["home"]
    lines.append(
        f"targets: home first hit {home['first_hit_s']:.3f}s (< {TARGETS['home_first_hit_s']}s), "
        f"profile first visit {profile['first_visit_bytes']:,} B (< 1.2 MB), "
        f"profile repeat {profile['repeat_visit_bytes']:,} B (< 100 KB)"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="store to serve (default: build a fresh one)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chinalac-weight-") as scratch:
        db = arguments.db
        if db is None:
            db = Path(scratch) / "chinalac.duckdb"
            subprocess.run(
                [sys.executable, "-c", "from chinalac.cli.app import main; main()",
                 "build", "--db", str(db)],
                check=True, stdout=subprocess.DEVNULL,
            )  # fmt: skip
        port = free_port()
        server = start_server(db, port)
        try:
            wait_until_listening(port, server)
            results = measure(f"http://127.0.0.1:{port}")
        finally:
            server.terminate()
            server.wait(timeout=20)
    print(report(results))
    if arguments.json:
        arguments.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
