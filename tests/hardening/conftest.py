"""A dashboard on loopback over its own copy of the real store, for the attack tests."""

from __future__ import annotations

import shutil
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from chinalac.web.app import create_app
from tests.web.conftest import serving


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
    with serving(attacked_app) as url:
        yield url
