"""What every loader receives: the connection being built, the data folder, the problem list."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from chinalac.store.problems import Problem
from chinalac.store.schema import Reference, TableSpec, read_table


@dataclass
class BuildContext:
    con: duckdb.DuckDBPyConnection
    data_dir: Path
    db_path: Path
    problems: list[Problem] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    files_read: list[str] = field(default_factory=list)

    def problem(self, file: str, row: int | None, field_name: str | None, reason: str) -> None:
        self.problems.append(Problem(file, row, field_name, reason))

    def load_table(self, spec: TableSpec, *, create: bool = True) -> pd.DataFrame | None:
        """Validate one CSV against its spec and, if it reads, create the table from it."""
        result = read_table(self.data_dir, spec)
        self.files_read.append(spec.path)
        self.problems.extend(result.problems)
        self.references.extend(result.references)
        if result.frame is not None and create:
            self.write_table(spec.name, result.frame)
        return result.frame

    def write_table(self, name: str, frame: pd.DataFrame, *, replace: bool = True) -> None:
        verb = "CREATE OR REPLACE TABLE" if replace else "CREATE TABLE"
        self.con.register("_frame", frame)
        try:
            self.con.execute(f'{verb} "{name}" AS SELECT * FROM _frame')
        finally:
            self.con.unregister("_frame")

    def append_rows(self, name: str, frame: pd.DataFrame) -> None:
        self.con.register("_frame", frame)
        try:
            self.con.execute(f'INSERT INTO "{name}" BY NAME SELECT * FROM _frame')
        finally:
            self.con.unregister("_frame")

    def table_exists(self, name: str) -> bool:
        # fetchall, not fetchone: DuckDB 2 keeps a half-read result open, and the next
        # register() on the connection (write_table, append_rows) then fails.
        (count,) = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
        ).fetchall()[0]
        return count > 0

    def check_references(self) -> None:
        """Every referenced key must exist (source ids, country codes, framework components…)."""
        cache: dict[tuple[str, str], set[str]] = {}
        for ref in self.references:
            target = (ref.table, ref.column)
            if target not in cache:
                if self.table_exists(ref.table):
                    rows = self.con.execute(
                        f'SELECT DISTINCT "{ref.column}" FROM "{ref.table}"'
                    ).fetchall()
                    cache[target] = {str(r[0]) for r in rows if r[0] is not None}
                else:
                    cache[target] = set()
            if ref.value not in cache[target]:
                self.problem(
                    ref.file,
                    ref.row,
                    ref.field,
                    f"'{ref.value}' is not a known {ref.table}.{ref.column}",
                )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
