"""Web fixtures: the app over the session's real store, a live server, a headless browser.

The store is the session's `built_db` (tests/conftest.py: built once into a tmp folder from the
package's own data). The live server is uvicorn in a thread on a free 127.0.0.1 port; the
browser is Debian's Chromium driven by Playwright (never a downloaded browser).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import warnings
from pathlib import Path
from urllib.parse import urlparse

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from chinalac.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture(scope="session")
def web_app(built_db):
    return create_app(built_db)


@pytest.fixture
def client(web_app):
    """A client with its own cookie jar (the language switch sets a cookie)."""
    return TestClient(web_app)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def serving(app):
    """Serve `app` with uvicorn in a thread on a free loopback port; yields its base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the dashboard did not start within 20 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(built_db):
    with serving(create_app(built_db, warm_up=True)) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def mobile(browser, live_server):
    """A 390-px-wide tab on the live dashboard that may load nothing from another host."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.route(
        "**/*",
        lambda route: route.continue_() if "127.0.0.1" in route.request.url else route.abort(),
    )
    tab = context.new_page()
    tab.base = live_server
    yield tab
    context.close()


class Recorder:
    """Every request URL and every console error of one page."""

    def __init__(self):
        self.requests: list[str] = []
        self.console_errors: list[str] = []

    def foreign_requests(self) -> list[str]:
        allowed = {"127.0.0.1"}
        return [
            url
            for url in self.requests
            if urlparse(url).scheme not in ("data", "blob", "about")
            and urlparse(url).hostname not in allowed
        ]


@pytest.fixture
def page(browser, live_server):
    """A fresh browser context; after the test, no console error and no request off 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1300, "height": 900}, accept_downloads=True)
    # Anything not on this machine is refused (and recorded) rather than fetched.
    recorder = Recorder()
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if urlparse(route.request.url).hostname == "127.0.0.1"
            else route.abort()
        ),
    )
    tab = context.new_page()
    tab.on("request", lambda request: recorder.requests.append(request.url))
    tab.on(
        "console",
        lambda message: message.type == "error" and recorder.console_errors.append(message.text),
    )
    tab.on("pageerror", lambda error: recorder.console_errors.append(str(error)))
    tab.recorder = recorder
    tab.base = live_server
    yield tab
    context.close()
    assert recorder.requests, "the test made no request"
    assert not recorder.foreign_requests(), recorder.foreign_requests()
    assert not recorder.console_errors, recorder.console_errors


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
