"""`ingest_log.csv`: one line per Parquet file an ingest wrote, with its checksum and rows.

The log is the list of record: the store's views read exactly the files it names, so a file
being written (or left behind by a crash) is never read. Ingesting a release again replaces
that release's lines; other releases stay listed and queryable.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
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


def read_log(ingested: Path) -> pd.DataFrame:
    path = log_path(ingested)
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
    log = read_log(ingested)
    new_files = {e.file for e in entries}
    superseded = log["file"].isin(new_files | replaces)
    dropped = sorted(set(log.loc[superseded, "file"]) - new_files)
    added = pd.DataFrame([asdict(e) for e in entries], columns=COLUMNS).astype(str)
    merged = pd.concat([log[~superseded], added], ignore_index=True)
    merged = merged.sort_values(["source", "release", "classification", "table", "year", "file"])
    buffer = io.StringIO()
    merged.to_csv(buffer, index=False, lineterminator="\n")
    write_text_atomically(log_path(ingested), buffer.getvalue())
    return dropped


def files_of(ingested: Path, source: str, release: str, prefix: str = "") -> set[str]:
    """Files the log lists for one source and release (optionally only names with a prefix)."""
    log = read_log(ingested)
    chosen = log[(log["source"] == source) & (log["release"] == release)]
    return {f for f in chosen["file"] if Path(f).name.startswith(prefix)}
