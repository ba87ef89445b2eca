"""The Python API: `chinalac.open()` returns a read-only `Database` whose methods give DataFrames.

>>> db = chinalac.open()
>>> db.country("Perú")["ties"]
>>> db.facts(metric="trade_total")
>>> db.sql("SELECT iso3, name_es FROM countries WHERE celac")
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from chinalac.paths import ingested_dir, resolve_db_path

if TYPE_CHECKING:  # pandas loads on the first DataFrame, so `chinalac countries` starts fast
    import pandas as pd

    from chinalac.reference.countries import CountryResolver


class StoreMissingError(FileNotFoundError):
    pass


class Database:
    """A read-only view of a built store."""

    def __init__(self, path: str | Path | None = None):
        self.path = resolve_db_path(path)
        if not self.path.exists():
            raise StoreMissingError(f"no chinalac store at {self.path}: run `chinalac build` first")
        self.con = duckdb.connect(str(self.path), read_only=True)
        self.ingested_dir = ingested_dir(self.path)

    # -- plumbing -------------------------------------------------------------------------
    def sql(self, query: str, params: list | dict | None = None) -> pd.DataFrame:
        """Run a query on the read-only store and return a DataFrame."""
        return self.con.execute(query, params or []).df()

    def fetch(self, query: str, params: list | dict | None = None) -> tuple[list[str], list[tuple]]:
        """Run a query and return (column names, row tuples): no pandas, for small listings."""
        cursor = self.con.execute(query, params or [])
        columns = [d[0] for d in cursor.description]
        return columns, cursor.fetchall()

    def table(self, name: str) -> pd.DataFrame:
        if not self.has_table(name):
            raise KeyError(f"the store has no table '{name}'")
        return self.sql(f'SELECT * FROM "{name}"')

    def has_table(self, name: str) -> bool:
        return bool(
            self.con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
            ).fetchone()[0]
        )

    def tables(self) -> list[str]:
        rows = self.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1"
        ).fetchall()
        return [r[0] for r in rows]

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- countries ------------------------------------------------------------------------
    @functools.cached_property
    def resolver(self) -> CountryResolver:
        from chinalac.reference.countries import CountryResolver

        return CountryResolver(self.table("countries"), self.table("country_names"))

    def resolve_country(self, name: str) -> str:
        """ISO3 code of China or a CELAC state; raises UnknownCountryError with suggestions."""
        return self._exact_country(name) or self.resolver.resolve(name)

    def _exact_country(self, name: str) -> str | None:
        """China or the CELAC state whose ISO code or English, Spanish or Portuguese name is
        `name` (case and accents aside): the common case, answered without building the full
        resolver (and loading pandas). Anything else goes to the resolver."""
        if not str(name).strip() or not self.has_table("countries"):
            return None
        found = self.con.execute(
            """SELECT DISTINCT iso3 FROM countries
               WHERE (celac OR iso3 = 'CHN')
                 AND lower(strip_accents(trim(?))) IN (lower(iso3), lower(iso2),
                     lower(strip_accents(name_en)), lower(strip_accents(name_es)),
                     lower(strip_accents(name_pt)))""",
            [str(name)],
        ).fetchall()
        return found[0][0] if len(found) == 1 else None

    def countries(self, *, as_rows: bool = False):
        """China's ties with each CELAC state, one row per state: a DataFrame, or with
        `as_rows=True` (column names, row tuples) without loading pandas."""
        query = "SELECT * FROM country_status ORDER BY name_en"
        return self.fetch(query) if as_rows else self.sql(query)

    def country(self, name: str) -> dict[str, pd.DataFrame]:
        """A country's profile: every section is a DataFrame and every row names its source."""
        iso3 = self.resolve_country(name)
        profile = {
            "country": self.sql("SELECT * FROM country_status WHERE iso3 = ?", [iso3]),
            "ties": self.sql(
                """SELECT t.date, t.tie_type, t.status, t.quality, t.conflict, t.detail,
                          t.source_id, s.title AS source_title, s.url AS source_url, t.quote
                   FROM ties t LEFT JOIN sources s USING (source_id)
                   WHERE t.iso3 = ? AND NOT t.superseded
                   ORDER BY t.date_sort NULLS LAST, t.tie_type""",
                [iso3],
            ),
            "facts": self.facts(country=iso3),
            "projects": self.sql(
                """SELECT p.project_id, p.name, p.sector, p.date, p.status, p.detail, p.source_id
                   FROM projects p WHERE p.iso3 = ? ORDER BY p.date NULLS LAST""",
                [iso3],
            ),
            "visits": self.sql(
                "SELECT date, visitor, role, detail, source_id FROM visits WHERE iso3 = ? ORDER BY date",
                [iso3],
            ),
            "commitments": self.commitments(),
        }
        for section, query in COUNTRY_SECTIONS.items():
            if all(self.has_table(t) for t in query.tables):
                profile[section] = self.sql(query.sql, [iso3])
        return profile

    # -- facts and sources ----------------------------------------------------------------
    def facts(
        self, metric: str | None = None, country: str | None = None, year: int | None = None
    ) -> pd.DataFrame:
        """Facts filtered by metric, country (name or code; regions LAC/WLD too) and year."""
        clauses, params = [], []
        if metric:
            clauses.append("f.metric = ?")
            params.append(metric)
        if country:
            code = (
                country.upper()
                if country.upper() in {"LAC", "WLD"}
                else self.resolve_country(country)
            )
            clauses.append("(f.entity = ? OR f.counterpart = ?)")
            params += [code, code]
        if year is not None:
            clauses.append(
                "TRY_CAST(left(f.period_start, 4) AS INT) <= ? "
                "AND ? <= TRY_CAST(left(coalesce(f.period_end, f.period_start), 4) AS INT)"
            )
            params += [year, year]
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return self.sql(
            f"""SELECT f.fact_id, f.metric, f.entity, f.counterpart, f.period_start, f.period_end,
                       f.value, f.unit, f.reporter, f.conflict_group, f.note, f.source_id,
                       s.title AS source_title, f.quote
                FROM facts f LEFT JOIN sources s USING (source_id) {where}
                ORDER BY f.metric, f.entity, f.period_start""",
            params,
        )

    def commitments(self) -> pd.DataFrame:
        return self.sql("SELECT * FROM commitments ORDER BY announced, commitment_id")

    def sources(self) -> pd.DataFrame:
        return self.sql("SELECT * FROM sources ORDER BY origin, source_id")

    def source(self, source_id: str) -> pd.DataFrame:
        return self.sql("SELECT * FROM sources WHERE source_id = ?", [source_id])

    def conflicts(self) -> pd.DataFrame:
        return self.sql("SELECT * FROM conflicts ORDER BY kind, conflict_id, record_id")

    def overview(self) -> dict[str, pd.DataFrame]:
        """The cooperation system at a glance: architecture, tie counts, headline figures."""
        return {
            "documents": self.sql(
                "SELECT date, kind, title, source_id FROM documents ORDER BY date"
            ),
            "mechanisms": self.sql(
                "SELECT date, kind, name, place, source_id FROM mechanisms ORDER BY date NULLS FIRST"
            ),
            "frameworks": self.sql(
                """SELECT f.name AS framework, f.date, c.kind, c.name AS component, c.source_id
                   FROM frameworks f JOIN framework_components c USING (framework_id)
                   ORDER BY f.date, f.framework_id, c.position"""
            ),
            "ties": self.sql(
                """SELECT tie_type,
                          count(DISTINCT iso3) FILTER (WHERE quality = 'sourced') AS states_sourced,
                          count(DISTINCT iso3) FILTER (WHERE quality = 'inferred') AS states_inferred,
                          count(DISTINCT iso3) FILTER (WHERE quality = 'unsourced' AND NOT superseded)
                              AS states_unsourced,
                          count(*) AS rows
                   FROM ties GROUP BY tie_type ORDER BY tie_type"""
            ),
            "headline_figures": self.sql(
                """SELECT f.metric, f.entity, f.period_start, f.period_end, f.value, f.unit,
                          f.reporter, f.source_id
                   FROM facts f
                   WHERE f.metric IN ('trade_total', 'investment_total', 'loans_total',
                                      'infrastructure_projects_value', 'fdi_flow',
                                      'bri_members_count', 'confucius_total_count')
                     AND f.entity IN ('LAC')
                   ORDER BY f.metric, f.period_start"""
            ),
        }


class _Section:
    def __init__(self, tables: tuple[str, ...], sql: str):
        self.tables = tables
        self.sql = sql


# Sections a country profile gains when the finance/trade loaders have created their tables;
# each query takes the ISO3 code as its only parameter.
COUNTRY_SECTIONS: dict[str, _Section] = {}

# Trade and finance (store/loaders/trade.py, finance.py): each source on its own rows.
COUNTRY_SECTIONS["trade"] = _Section(
    ("trade_totals",),
    """SELECT year, flow, reporter, source_id, release, measure, value_usd, valuation, note
       FROM trade_totals WHERE partner = ?
       ORDER BY source_id, release NULLS FIRST, measure, flow, reporter, year""",
)
COUNTRY_SECTIONS["development_finance"] = _Section(
    ("aiddata_country_year",),
    """SELECT year, flow_class, amount_constant_2021_usd, adjusted_constant_2021_usd, source_id
       FROM aiddata_country_year WHERE iso3 = ? ORDER BY year, flow_class""",
)
COUNTRY_SECTIONS["investments"] = _Section(
    ("aei_investments",),
    """SELECT year, month, investor, amount_usd_m, share_size, transaction_party, sector,
              subsector, greenfield, bri, source_id
       FROM aei_investments WHERE iso3 = ? ORDER BY year, amount_usd_m DESC""",
)
COUNTRY_SECTIONS["trade_finance_caveats"] = _Section(
    ("caveats", "trade_totals", "aiddata_country_year", "aei_investments"),
    """WITH chosen AS (SELECT ? AS iso3)
       SELECT dataset, source_id, measure, unit, coverage, caveats FROM caveats
       WHERE dataset IN (SELECT t.dataset FROM trade_totals t, chosen WHERE t.partner = chosen.iso3)
          OR (dataset = 'aiddata_gcdf3' AND EXISTS (SELECT 1 FROM aiddata_country_year a, chosen
                                                   WHERE a.iso3 = chosen.iso3))
          OR (dataset = 'aei_cgit' AND EXISTS (SELECT 1 FROM aei_investments e, chosen
                                              WHERE e.iso3 = chosen.iso3))
       ORDER BY dataset""",
)


def open(db: str | Path | None = None) -> Database:  # noqa: A001 — mirrors the builtin on purpose
    """Open the store built by `chinalac build` (default location, `$CHINALAC_DB` or `db`)."""
    return Database(db)
