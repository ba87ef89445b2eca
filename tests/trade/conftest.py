"""Fixtures for the trade and finance tests: the tiny BACI release, CLI runs, snapshots."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chinalac.cli.app import app
from chinalac.paths import ingested_dir

FIXTURES = Path(__file__).parents[1] / "fixtures"
BACI_RELEASE = FIXTURES / "baci" / "BACI_HS17_V202501"

runner = CliRunner()


def cli(*args: str):
    """Run `chinalac …` in-process; returns Click's result (exit_code, stdout, stderr)."""
    return runner.invoke(app, list(args))


def cli_json(*args: str):
    result = cli(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def zip_release(folder: Path, target: Path) -> Path:
    """Zip a release folder the way CEPII ships it: one member per file, no folder."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return target


def copy_release(tmp_path: Path, name: str = "release") -> Path:
    target = tmp_path / name
    shutil.copytree(BACI_RELEASE, target)
    return target


def snapshot(db: Path) -> dict[str, str]:
    """sha256 of the store and of every file beside it that an ingest may touch."""
    files = [db, *sorted(p for p in ingested_dir(db).rglob("*") if p.is_file())]
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files if p.exists()}


@pytest.fixture(scope="session")
def run():
    """`run("trade", "--country", "Chile")` → Click result; `run.json(...)` → parsed --json."""

    class Runner:
        __call__ = staticmethod(cli)
        json = staticmethod(cli_json)

    return Runner()


@pytest.fixture(scope="session")
def helpers():
    """Functions the tests share: zip_release, copy_release, snapshot, and the fixture path."""

    class Helpers:
        release = BACI_RELEASE
        fixtures = FIXTURES
        zip_release = staticmethod(zip_release)
        copy_release = staticmethod(copy_release)
        snapshot = staticmethod(snapshot)

    return Helpers()


@pytest.fixture(scope="module")
def baci_store(tmp_path_factory) -> Path:
    """A store into which the tiny BACI release was ingested through the CLI."""
    db = tmp_path_factory.mktemp("baci_store") / "chinalac.duckdb"
    result = cli("ingest", "baci", str(BACI_RELEASE), "--db", str(db))
    assert result.exit_code == 0, result.output
    return db
