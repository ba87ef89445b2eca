"""A dashboard on loopback over its own copy of the real store, for the attack tests."""

from __future__ import annotations

import shutil
import socket
import threading
import time
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from chinalac.web.app import create_app


@pytest.fixture(scope="module")
def attacked_db(built_db, tmp_path_factory):
    target = tmp_path_factory.mktemp("attacked") / "chinalac.duckdb"
    shutil.copyfile(built_db, target)
    return target


@pytest.fixture(scope="module")
def attacked_app(attacked_db):
    app = create_app(attacked_db)
    yield app
    app.state.dashboard.close()


@pytest.fixture
def attack_client(attacked_app):
    return TestClient(attacked_app)


@pytest.fixture(scope="module")
def attacked_server(attacked_app):
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(attacked_app, host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the dashboard did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
