"""The dashboard's access to the store: one read-only Database, one DuckDB cursor per thread.

FastAPI runs plain (sync) route functions in a thread pool, and a DuckDB connection must not be
used by two threads at once; `cursor()` gives each thread its own connection to the same
database instance. Everything here is read-only, so pages rendered from it can be cached for
the life of the process.
"""

from __future__ import annotations

import copy
import functools
import threading
from pathlib import Path

import pandas as pd

from chinalac.api import Database


class WebStore:
    def __init__(self, db_path: str | Path):
        self.root = Database(db_path)
        self.path = self.root.path
        # Build the name resolver once; thread clones share it.
        _ = self.root.resolver
        self._local = threading.local()
        self._lock = threading.Lock()
        self._memo: dict[str, object] = {}
        self._memo_lock = threading.Lock()

    @property
    def db(self) -> Database:
        """This thread's Database (same API as `chinalac.open()`, its own cursor)."""
        database = getattr(self._local, "database", None)
        if database is None:
            with self._lock:  # cursor() on the shared connection, one thread at a time
                cursor = self.root.con.cursor()
            database = copy.copy(self.root)
            database.con = cursor
            self._local.database = database
        return database

    def memo(self, key: str, compute):
        """compute() once per store (the store never changes while it is open)."""
        with self._memo_lock:
            if key not in self._memo:
                self._memo[key] = compute()
            return self._memo[key]

    @property
    def tie_book(self):
        """The ties table classified once per store (chinalac.domain.ties.TieBook)."""
        return self.memo("tie_book", lambda: self.db.tie_book)

    def sql(self, query: str, params: list | None = None) -> pd.DataFrame:
        return self.db.sql(query, params)

    def close(self) -> None:
        self.root.close()

    # -- what this build holds ------------------------------------------------------------
    @functools.cached_property
    def relations(self) -> frozenset[str]:
        """Names of every table and view in the store."""
        frame = self.sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
        )
        return frozenset(frame["table_name"])

    def has(self, *names: str) -> bool:
        return all(name in self.relations for name in names)

    @functools.lru_cache(maxsize=256)  # noqa: B019 — the store lives as long as the app
    def columns(self, relation: str) -> tuple[str, ...]:
        frame = self.sql(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
            [relation],
        )
        return tuple(frame["column_name"])

    @functools.cached_property
    def data_dir(self) -> Path | None:
        """The data folder the store was built from (for the map shapes in a development build)."""
        if not self.has("build_info"):
            return None
        frame = self.sql("SELECT data_dir FROM build_info")
        return Path(frame["data_dir"].iloc[0]) if len(frame) else None

    @functools.cached_property
    def pledges(self) -> dict[str, dict]:
        """{commitment_id: row} of the commitments table: the /check page words a pledge the
        checker cites from these fields (who made it, when, its metric)."""
        if not self.has("commitments"):
            return {}
        frame = self.sql("SELECT commitment_id, made_by, made_on, metric FROM commitments")
        frame = frame.astype(object).where(frame.notna(), None)
        return {row["commitment_id"]: row for row in frame.to_dict("records")}

    @functools.cached_property
    def tie_types(self) -> dict[str, str]:
        """{tie_id: tie_type} of the ties table: the /check page names a cited tie in words."""
        if not self.has("ties"):
            return {}
        frame = self.sql("SELECT tie_id, tie_type FROM ties WHERE tie_id IS NOT NULL")
        return dict(zip(frame["tie_id"], frame["tie_type"], strict=True))

    @functools.cached_property
    def countries(self) -> pd.DataFrame:
        """The 33 CELAC states with their names in three languages and their status."""
        frame = self.sql(
            """SELECT c.iso3, c.iso2, c.iso_numeric, c.name_en, c.name_es, c.name_pt, c.subregion
               FROM countries c WHERE c.celac ORDER BY c.name_en"""
        )
        frame["iso_numeric"] = frame["iso_numeric"].astype(str).str.zfill(3)
        return frame

    @functools.cached_property
    def country_names(self) -> dict[str, dict[str, str]]:
        """{iso3: {"en": …, "es": …, "pt": …}} for every country in the store (China too)."""
        frame = self.sql("SELECT iso3, name_en, name_es, name_pt FROM countries")
        return {
            row.iso3: {"en": row.name_en, "es": row.name_es, "pt": row.name_pt}
            for row in frame.itertuples()
        }

    @functools.cached_property
    def search_names(self) -> list[tuple[str, dict[str, str]]]:
        """(iso3, names by language) of the 33 states, for the country search on every page."""
        return [(iso3, self.country_names[iso3]) for iso3 in self.countries["iso3"]]

    @functools.cached_property
    def sources(self) -> dict[str, dict]:
        frame = self.sql("SELECT * FROM sources")
        frame = frame.astype(object).where(frame.notna(), None)
        return {row["source_id"]: row for row in frame.to_dict("records")}
