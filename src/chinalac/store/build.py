"""Build the DuckDB store from the data folder, atomically.

The new database is written to a temporary file beside the target and renamed over it only
when every loader ran and no problem was found, so a failed build never touches the store
that users are reading. Nor does a build that would lose more than MAX_SHRINK_SHARE of any
table's rows against the current store (a truncated or emptied file that still parses),
unless `allow_shrink` is given.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from chinalac import __version__
from chinalac.paths import ingested_dir, package_data_dir, resolve_db_path
from chinalac.sources.ingest_log import commit_pending, log_digest
from chinalac.store.context import BuildContext
from chinalac.store.loaders import LOADERS
from chinalac.store.problems import BuildFailed, Problem

MAX_SHRINK_SHARE = 0.5  # a table may lose at most half its rows without --allow-shrink


@dataclass
class BuildReport:
    db_path: Path
    data_dir: Path
    tables: dict[str, int]


def build_store(
    data_dir: str | Path | None = None,
    db_path: str | Path | None = None,
    on_step: Callable[[str], None] | None = None,
    allow_shrink: bool = False,
) -> BuildReport:
    data = Path(data_dir) if data_dir else package_data_dir()
    target = resolve_db_path(db_path)
    if not data.is_dir():
        raise BuildFailed([Problem(str(data), None, None, "data folder does not exist")])
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    con = duckdb.connect(str(temporary))
    ctx = BuildContext(con=con, data_dir=data, db_path=target)
    try:
        for name, loader in LOADERS:
            if on_step:
                on_step(name)
            try:
                loader(ctx)
            except duckdb.Error as exc:  # a loader's SQL failed on bad input: report, don't crash
                ctx.problem(name, None, None, f"could not be loaded: {exc}")
        ctx.check_references()
        if ctx.problems:
            raise BuildFailed(ctx.problems)
        con.execute(
            "CREATE OR REPLACE TABLE build_info AS SELECT ? AS built_at, ? AS data_dir, "
            "? AS version, ? AS ingest_log_sha256",
            [
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                str(data),
                __version__,
                log_digest(ingested_dir(target)),
            ],
        )
        tables = {
            name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for (name,) in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' ORDER BY 1"
            ).fetchall()
        }
        if not allow_shrink:
            shrunk = shrinking_tables(target, tables)
            if shrunk:
                raise BuildFailed(shrunk)
        con.execute("CHECKPOINT")
        con.close()
        os.replace(temporary, target)
        # The store now reads the pending ingest log (if an ingest left one): make it live.
        commit_pending(ingested_dir(target))
        return BuildReport(target, data, tables)
    except BaseException:
        con.close()
        temporary.unlink(missing_ok=True)
        Path(f"{temporary}.wal").unlink(missing_ok=True)
        raise


def shrinking_tables(target: Path, tables: dict[str, int]) -> list[Problem]:
    """A problem for each table that would lose more than MAX_SHRINK_SHARE of the rows it has
    in the current store at `target` (none when there is no readable store yet)."""
    if not target.exists():
        return []
    try:
        with duckdb.connect(str(target), read_only=True) as current:
            before = {
                name: current.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                for (name,) in current.execute(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_type = 'BASE TABLE'"
                ).fetchall()
            }
    except duckdb.Error:  # not a store we can read: nothing to compare with
        return []
    problems = []
    for name, old in sorted(before.items()):
        new = tables.get(name)
        if new is None or old == 0 or new >= old * (1 - MAX_SHRINK_SHARE):
            continue
        problems.append(
            Problem(
                name,
                None,
                None,
                f"would shrink from {old:,} to {new:,} rows (more than "
                f"{MAX_SHRINK_SHARE:.0%} lost against the current store); "
                "if that is intended, build again with --allow-shrink",
            )
        )
    return problems
