"""The read-only SQL page's engine: a separate, locked-down DuckDB instance.

Defence in depth, each layer tested on its own:
1. only one statement, and only a query (SELECT / WITH / EXPLAIN / DESCRIBE / SUMMARIZE …):
   SET, PRAGMA, ATTACH, COPY, INSTALL, LOAD, CALL and every write are refused before running;
2. the database is opened read_only, with enable_external_access = false (no files, no
   network, no extensions) and lock_configuration = true, so even a query that slipped past
   the first check cannot read /etc/passwd, attach a file or change a setting;
3. a row limit (rows are fetched up to limit + 1), a byte limit on the result (counted while
   fetching: MAX_RESULT_BYTES), a time limit (a timer interrupts the connection), and one
   thread with a memory cap, all locked;
4. in the dashboard the sandbox lives in its own worker process (web/workers.py) with an
   address-space limit and a kill after the time limit: DuckDB's memory_limit does not cover
   one huge string (`repeat('x', 4000000000)`), and such a function does not check for
   interrupts, so the process limits are what stop it.

DuckDB keeps one database instance per file and process, and refuses a second connection with
different settings; the dashboard's own connection must stay able to read ingested Parquet
files. So the sandbox opens a hard link to the store file (a copy where links are not
possible) in a private temporary folder: a distinct path, hence a distinct instance.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

ROW_LIMIT = 1000
TIME_LIMIT_SECONDS = 5.0
MAX_QUERY_CHARACTERS = 20_000
MAX_RESULT_BYTES = 10_000_000  # about 10 MB of cell text per result page
FETCH_BATCH_ROWS = 100
ALLOWED_STATEMENTS = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
SETTINGS = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "threads": 1,
    "memory_limit": "256MB",
    "max_temp_directory_size": "0B",  # never spill to disk
    "lock_configuration": True,  # last: nothing above can be changed by a query
}


class QueryRefused(ValueError):
    """The query was not run: the reason says why, in words a reader can act on."""


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[tuple]
    truncated: bool
    seconds: float
    row_limit: int = ROW_LIMIT
    types: list[str] = field(default_factory=list)


class SqlSandbox:
    def __init__(
        self,
        db_path: str | Path,
        row_limit: int = ROW_LIMIT,
        time_limit: float = TIME_LIMIT_SECONDS,
        folder: str | Path | None = None,
        max_result_bytes: int = MAX_RESULT_BYTES,
    ):
        """folder: where to put the link to the store (owned by the caller, who removes it);
        by default a private temporary folder removed by close()."""
        self.row_limit = row_limit
        self.time_limit = time_limit
        self.max_result_bytes = max_result_bytes
        self._owns_folder = folder is None
        self._folder = Path(tempfile.mkdtemp(prefix="chinalac-sql-") if folder is None else folder)
        self._folder.mkdir(parents=True, exist_ok=True)
        self._path = self._folder / "store.duckdb"
        self._path.unlink(missing_ok=True)
        try:
            os.link(db_path, self._path)
        except OSError:  # another filesystem, or links not supported
            shutil.copyfile(db_path, self._path)
        self._connection = duckdb.connect(str(self._path), read_only=True, config=dict(SETTINGS))
        # One query at a time: the instance has one thread; the timer interrupts the running cursor.
        self._lock = threading.Lock()

    def close(self) -> None:
        self._connection.close()
        if self._owns_folder:
            shutil.rmtree(self._folder, ignore_errors=True)

    @staticmethod
    def check(query: str) -> str:
        """The single statement to run, or QueryRefused with the reason."""
        if len(query) > MAX_QUERY_CHARACTERS:
            raise QueryRefused(f"the query is longer than {MAX_QUERY_CHARACTERS} characters")
        try:
            statements = duckdb.extract_statements(query)
        except duckdb.Error as error:
            raise QueryRefused(f"the query does not parse: {first_line(error)}") from None
        if not statements:
            raise QueryRefused("there is no query to run")
        if len(statements) > 1:
            raise QueryRefused("one statement at a time, please")
        statement = statements[0]
        if statement.type not in ALLOWED_STATEMENTS:
            kind = statement.type.name
            raise QueryRefused(
                f"{kind} statements are not allowed: this page runs read-only queries (SELECT) only"
            )
        return query

    def run(self, query: str) -> QueryResult:
        query = self.check(query)
        with self._lock:
            cursor = self._connection.cursor()
            timer = threading.Timer(self.time_limit, cursor.interrupt)
            started = time.perf_counter()
            timer.start()
            try:
                result = cursor.execute(query)
                columns = [d[0] for d in result.description or []]
                types = [str(d[1]) for d in result.description or []]
                rows = self._fetch(result)
            except duckdb.OutOfMemoryException:
                raise QueryRefused(
                    "the query needs more memory than this page allows: "
                    "select less, or aggregate first"
                ) from None
            except duckdb.InterruptException:
                raise QueryRefused(
                    f"the query ran longer than {self.time_limit:g} s and was stopped"
                ) from None
            except duckdb.Error as error:
                if time.perf_counter() - started >= self.time_limit:
                    raise QueryRefused(
                        f"the query ran longer than {self.time_limit:g} s and was stopped"
                    ) from None
                raise QueryRefused(first_line(error)) from None
            finally:
                timer.cancel()
                cursor.close()
        seconds = time.perf_counter() - started
        return QueryResult(
            columns=columns,
            rows=rows[: self.row_limit],
            truncated=len(rows) > self.row_limit,
            seconds=seconds,
            row_limit=self.row_limit,
            types=types,
        )

    def _fetch(self, result) -> list[tuple]:
        """Up to row_limit + 1 rows, refused once their text passes max_result_bytes."""
        rows: list[tuple] = []
        size = 0
        while len(rows) <= self.row_limit:
            batch = result.fetchmany(min(FETCH_BATCH_ROWS, self.row_limit + 1 - len(rows)))
            if not batch:
                break
            for row in batch:
                size += sum(cell_bytes(value) for value in row)
            if size > self.max_result_bytes:
                raise QueryRefused(
                    f"the result is larger than {self.max_result_bytes / 1e6:g} MB: "
                    "select fewer or shorter columns, or fewer rows"
                )
            rows.extend(batch)
        return rows


def cell_bytes(value) -> int:
    """About how many bytes a cell takes on the page."""
    if value is None:
        return 4
    if isinstance(value, str | bytes):
        return len(value) + 4
    if isinstance(value, list | tuple | dict):
        return len(str(value)) + 4
    return 16


def first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
