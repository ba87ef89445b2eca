"""Where things live: the package's own data, the default store, ingested files."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from platformdirs import user_data_dir

DB_ENV_VAR = "CHINALAC_DB"


def package_data_dir() -> Path:
    """The curated data folder shipped inside the installed package."""
    return Path(str(files("chinalac") / "data"))


def default_db_path() -> Path:
    """`$CHINALAC_DB` if set, else `<user data dir>/chinalac/chinalac.duckdb`."""
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("chinalac", appauthor=False)) / "chinalac.duckdb"


def resolve_db_path(db: str | Path | None) -> Path:
    return Path(db).expanduser() if db else default_db_path()


def ingested_dir(db_path: str | Path) -> Path:
    """Parquet files written by `chinalac ingest …`, kept beside the database file.

    They live outside the DuckDB file so that rebuilding the curated tables never loses them.
    """
    db_path = Path(db_path)
    return db_path.parent / f"{db_path.stem}.ingested"
