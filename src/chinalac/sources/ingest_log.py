"""`ingest_log.csv`: one line per Parquet file an ingest wrote, with its checksum and rows.

The log is the list of record: the store's views read exactly the files it names, so a file
being written (or left behind by a crash) is never read. Ingesting a release again replaces
that release's lines; other releases stay listed and queryable.

The store, its views, its derived tables and the log switch together, as a build does:
* an ingest writes its Parquet files under names no current view reads (`fresh_path`), and
  its new log as `ingest_log.pending.csv`; the live `ingest_log.csv` is left as it was;
* the next build (the ingest's own refresh, or `chinalac build` after a crash) reads the
  pending log, renames the new store into place, and only then promotes the pending log
  (`commit_pending`), deleting the files the new log no longer names.
Killed at any point, the store and the live log still agree with each other and with the
files they name; a pending log left behind is completed by the next build.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from chinalac.sources.staging import write_text_atomically

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; concurrent ingests are then the user's care
    fcntl = None

LOG_NAME = "ingest_log.csv"
PENDING_NAME = "ingest_log.pending.csv"
TABLES = ("trade_products", "trade_reported", "wdi")


@dataclass(frozen=True)
class LogEntry:
    source: str  # a sources.csv id: CEPII-BACI, UN-Comtrade, WorldBank-WDI
    release: str
    classification: str  # HS17, HS22, H6… or '' where it does not apply
    table: str  # which store view reads the file (one of TABLES)
    year: int
    file: str  # relative to the ingested folder, '/'-separated
    sha256: str
    rows: int
    ingested_at: str
    origin: str  # the input path or URL

    @staticmethod
    def now() -> str:
        return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


COLUMNS = list(LogEntry.__dataclass_fields__)


def log_path(ingested: Path) -> Path:
    return ingested / LOG_NAME


def empty_log() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS})


def pending_path(ingested: Path) -> Path:
    return ingested / PENDING_NAME


def read_log(ingested: Path, *, live: bool = False) -> pd.DataFrame:
    """The log the next build will read: the pending one if an ingest left one, else the
    live one (`live=True`: always the live one, what the current store was built from)."""
    path = log_path(ingested)
    if not live and pending_path(ingested).exists():
        path = pending_path(ingested)
    if not path.exists():
        return empty_log()
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    return frame[COLUMNS]


@contextlib.contextmanager
def _locked(ingested: Path) -> Iterator[None]:
    """One writer of the log at a time (two ingests may finish together); the OS releases
    the lock if the process dies, so a crash never leaves the log locked."""
    ingested.mkdir(parents=True, exist_ok=True)
    with (ingested / ".ingest_log.lock").open("a") as handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def record(ingested: Path, entries: list[LogEntry], replaces: set[str]) -> list[str]:
    """Add `entries`, dropping earlier lines whose file is replaced or in `replaces`.

    `replaces` holds files of the same ingest (same source, release and query) that the new
    ingest supersedes; they are returned so that the caller can delete the ones not rewritten.
    """
    with _locked(ingested):
        return _record(ingested, entries, replaces)


def _record(ingested: Path, entries: list[LogEntry], replaces: set[str]) -> list[str]:
    """Write the pending log; files it drops stay on disk until the store stops reading them
    (`commit_pending`), except those no store ever read (dropped from an earlier pending log)."""
    log = read_log(ingested)
    new_files = {e.file for e in entries}
    superseded = log["file"].isin(new_files | replaces)
    dropped = sorted(set(log.loc[superseded, "file"]) - new_files)
    added = pd.DataFrame([asdict(e) for e in entries], columns=COLUMNS).astype(str)
    merged = pd.concat([log[~superseded], added], ignore_index=True)
    merged = merged.sort_values(["source", "release", "classification", "table", "year", "file"])
    buffer = io.StringIO()
    merged.to_csv(buffer, index=False, lineterminator="\n")
    write_text_atomically(pending_path(ingested), buffer.getvalue())
    live = set(read_log(ingested, live=True)["file"])
    for name in dropped:
        if name not in live:
            (ingested / name).unlink(missing_ok=True)
    return dropped


def log_digest(ingested: Path) -> str:
    """sha256 of the log the next build reads ('' when there is none)."""
    import hashlib

    for path in (pending_path(ingested), log_path(ingested)):
        if path.exists():
            return hashlib.sha256(path.read_bytes()).hexdigest()
    return ""


def commit_pending(ingested: Path) -> None:
    """After the store built from the pending log is in place: make it the live log and
    delete the files only the old log named."""
    with _locked(ingested):
        pending = pending_path(ingested)
        if not pending.exists():
            return
        old = set(read_log(ingested, live=True)["file"])
        new = set(read_log(ingested)["file"])
        os.replace(pending, log_path(ingested))
        for name in sorted(old - new):
            (ingested / name).unlink(missing_ok=True)
        # An indicator panel computed from a release whose files changed is stale: it is never
        # read (its inputs' checksums no longer match), so it goes with the files it came from;
        # `ingest baci` writes a new one right after this, and until then indicators are live.
        releases = {
            ingested.joinpath(*Path(name).parts[:2]) for name in old ^ new
        }  # <source>/<release>
        for folder in sorted(releases):
            for panel in folder.glob("indicator_panel_*.parquet"):
                panel.unlink(missing_ok=True)


def fresh_path(final: Path) -> Path:
    """`final`, or a sibling with a new name if a file is already there: an ingest never
    rewrites a file that the current store's views may be reading."""
    if not final.exists():
        return final
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
    return final.with_name(f"{final.stem}.{stamp}{final.suffix}")


def files_of(ingested: Path, source: str, release: str, prefix: str = "") -> set[str]:
    """Files the log lists for one source and release (optionally only names with a prefix)."""
    log = read_log(ingested)
    chosen = log[(log["source"] == source) & (log["release"] == release)]
    return {f for f in chosen["file"] if Path(f).name.startswith(prefix)}
