"""Shared fixtures: a store built once from the package's own data, and throwaway copies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chinalac.paths import package_data_dir
from chinalac.store.build import build_store

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def built_db(tmp_path_factory) -> Path:
    """The real store, built once per test session from the shipped data."""
    path = tmp_path_factory.mktemp("store") / "chinalac.duckdb"
    build_store(db_path=path)
    return path


@pytest.fixture(scope="session")
def db(built_db):
    import chinalac

    with chinalac.open(built_db) as database:
        yield database


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of the shipped data folder, to corrupt in a test."""
    target = tmp_path / "data"
    shutil.copytree(package_data_dir(), target)
    return target
