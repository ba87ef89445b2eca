"""Builders shared by the loader tests written against mutation survivors (issue 17).

Every folder is a fresh copy under the test's own `tmp_path` and every run an in-memory store:
a shared (module- or session-scoped) store would make mutmut attribute the loaders to the first
test that built it only, and the survivor tests exist to be attributed one by one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd

from chinalac.paths import package_data_dir
from chinalac.store.context import BuildContext
from chinalac.store.loaders import LOADERS
from chinalac.store.loaders.commitments import (
    COMMITMENTS_FILE,
    DELIVERY_FILE,
    SCOPE_FILE,
    STATEMENTS_FILE,
)

COMMITMENTS_SIDECAR = "commitments_compiled/SOURCE.yml"
# The loaders the commitment files go through, in order.
THROUGH_COMMITMENTS = ("knowledge", "corrections", "commitments")


def run_loaders(data: Path, names, *, check_references: bool = False) -> BuildContext:
    """Run the named loaders, in order, on `data` into an in-memory store."""
    ctx = BuildContext(con=duckdb.connect(), data_dir=data, db_path=data / "unused.duckdb")
    for name in names:
        dict(LOADERS)[name](ctx)
    if check_references:
        ctx.check_references()
    return ctx


def run_finance(data: Path) -> BuildContext:
    """The finance loader after the knowledge loader (its country names): all it needs."""
    return run_loaders(data, ("knowledge", "finance"))


def messages(ctx: BuildContext) -> list[str]:
    """The build's problems as a reader sees them: one `file:row:field: …` line each."""
    return [str(p) for p in ctx.problems]


def read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def edit(data: Path, relpath: str, row: int, column: str, value: str) -> None:
    """Set one cell of a copied data file (row 0 is the file's first data line)."""
    frame = read(data / relpath)
    frame.loc[row, column] = value
    frame.to_csv(data / relpath, index=False)


def table(ctx: BuildContext, sql: str) -> pd.DataFrame:
    return ctx.con.execute(sql).df()


def copy_folders(tmp_path: Path, *folders: str) -> Path:
    """A data folder holding only the named top-level folders of the shipped data."""
    target = tmp_path / "data"
    for folder in folders:
        shutil.copytree(package_data_dir() / folder, target / folder)
    return target


def copy_data_without(tmp_path: Path, *skipped: str) -> Path:
    """A copy of the whole shipped data folder but the named folders (those a test never reads)."""
    target = tmp_path / "data"
    shutil.copytree(package_data_dir(), target, ignore=shutil.ignore_patterns(*skipped))
    return target


def copy_commitment_files(tmp_path: Path) -> Path:
    """The four commitment files and their sidecar, for `read_commitments` without a store."""
    for name in (COMMITMENTS_FILE, DELIVERY_FILE, STATEMENTS_FILE, SCOPE_FILE, COMMITMENTS_SIDECAR):
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(package_data_dir() / name, target)
    return tmp_path
