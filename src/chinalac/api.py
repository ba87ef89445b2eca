"""The Python API: `chinalac.open()` returns a read-only `Database` whose methods give DataFrames.

>>> db = chinalac.open()
>>> db.country("Perú")["ties"]
>>> db.facts(metric="trade_total")
>>> db.commitments(plan="xi_brasilia_2014", as_of="2024")  # each pledge with its status
>>> db.trade("Chile")  # every China trade figure, newest first, with reporter and source URL
>>> db.finance("Venezuela")["compare"]
>>> db.indicators("Peru")  # exposure and asymmetry from published figures and GDP
>>> db.sql("SELECT iso3, name_es FROM countries WHERE celac")
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from chinalac.paths import ingested_dir, resolve_db_path

if TYPE_CHECKING:  # pandas (and what uses it) loads on first use: opening the store stays light
    import pandas as pd

    from chinalac.domain.ties import TieBook, TieStatus
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

    @functools.cached_property
    def tie_book(self) -> TieBook:
        """The ties table, classified once (chinalac.domain.ties)."""
        from chinalac.domain.ties import TieBook

        return TieBook.from_frame(self.sql("SELECT * FROM ties"))

    def tie_status(self, country: str, tie: str, on=None) -> TieStatus:
        """Status of `tie` (one of relations, partnership, bri, fta, aiib, confucius) for a
        state on a date (default today): the value, since when, the rows it rests on, their
        quality and source tier. Decided by chinalac.domain.ties.tie_status."""
        from chinalac.domain.ties import tie_status

        return tie_status(self.tie_book, self.resolve_country(country), tie, on)

    def countries(self, on=None, *, as_rows: bool = False):
        """The 33 CELAC states, one row each: every tie's status on `on` (default today), with
        since, quality, source tier and the tie ids it rests on (chinalac.domain.ties).
        A DataFrame, or with `as_rows=True` (column names, row tuples) without loading pandas."""
        from chinalac.domain.ties import TieBook, status_records

        if "tie_book" not in self.__dict__:  # classify the ties without pandas, once
            columns, rows = self.fetch("SELECT * FROM ties")
            self.__dict__["tie_book"] = TieBook.from_records(
                dict(zip(columns, r, strict=True)) for r in rows
            )
        names_columns, names = self.fetch(
            "SELECT iso3, name_en, name_es, name_pt, subregion FROM countries WHERE celac "
            "ORDER BY name_en"
        )
        statuses = status_records(self.tie_book, [row[0] for row in names], on)
        extra = [c for c in statuses[0] if c != "iso3"] if statuses else []
        columns = [*names_columns, *extra]
        rows = [(*row, *(s[c] for c in extra)) for row, s in zip(names, statuses, strict=True)]
        if as_rows:
            return columns, rows
        import pandas as pd

        return pd.DataFrame.from_records(rows, columns=columns)

    def country(self, name: str) -> dict[str, pd.DataFrame]:
        """A country's profile: every section is a DataFrame and every row names its source."""
        iso3 = self.resolve_country(name)
        countries = self.countries()
        profile = {
            "country": countries[countries["iso3"] == iso3].reset_index(drop=True),
            "ties": self.sql(
                """SELECT t.tie_id, t.date, t.tie_type, t.status, t.quality, t.conflict, t.tier,
                          t.detail, t.source_id, s.title AS source_title, s.url AS source_url,
                          t.evidence
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
            # Only the pledges that name this state; region-wide ones are on the architecture page.
            "commitments": self.commitments(state=iso3),
        }
        from chinalac.domain import figures

        profile["trade"] = figures.trade_figures(self, iso3)
        for section, query in COUNTRY_SECTIONS.items():
            if all(self.has_table(t) for t in query.tables):
                profile[section] = self.sql(query.sql, [iso3])
        return profile

    # -- trade, finance and the indicators of published figures (chinalac.domain) ----------
    def _state(self, name: str) -> str:
        iso3 = name.upper() if name.upper() == "LAC" else self.resolve_country(name)
        if iso3 == "CHN":
            raise KeyError("China is one side of every figure: give a CELAC state (or LAC)")
        return iso3

    def trade(self, country: str | None = None) -> pd.DataFrame:
        """Every stored China ↔ state trade figure, newest first: year, period, flow, value_usd,
        reporter, scope (full year / partial year / manufactures only), precision, source id,
        title and URL, conflict group. `country` a CELAC state (any spelling) or LAC."""
        from chinalac.domain import figures

        return figures.trade_figures(self, self._state(country) if country else None)

    def latest_trade(self) -> pd.DataFrame:
        """One row per CELAC state: the latest full-year China trade total, reporter and year."""
        from chinalac.domain import figures

        return figures.latest_trade(self)

    def finance(self, country: str | None = None) -> dict[str, pd.DataFrame]:
        """Chinese finance by tracker, side by side (`compare`), what each counts (`scope`)."""
        from chinalac.domain import figures

        return figures.finance_comparison(self, self._state(country) if country else None)

    def indicators(self, country: str | None = None) -> pd.DataFrame:
        """China trade exposure, shares and dependence asymmetry from published figures and GDP,
        one row per state, year, indicator and trade figure used (`uses` names them)."""
        from chinalac.domain import figure_indicators

        iso3 = self._state(country) if country else None
        return figure_indicators.figure_indicators(self, None if iso3 == "LAC" else iso3)

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
                       s.title AS source_title, s.url AS source_url, f.evidence
                FROM facts f LEFT JOIN sources s USING (source_id) {where}
                ORDER BY f.metric, f.entity, f.period_start""",
            params,
        )

    def commitments(
        self,
        plan: str | None = None,
        as_of: str | None = None,
        *,
        status: str | None = None,
        state: str | None = None,
    ) -> pd.DataFrame:
        """Every pledge with its status as of a date ('2024', '2024-06'; default today), the
        reason, the figure it rests on and its sources. state: a name or code — only the pledges
        that name that state."""
        from chinalac.domain.commitments import pledge_statuses

        iso3 = self.resolve_country(state) if state else None
        return pledge_statuses(self, plan=plan, as_of=as_of, status=status, state=iso3)

    def commitment(self, commitment_id: str, as_of: str | None = None) -> dict[str, pd.DataFrame]:
        """One pledge: status, every statement of it, every delivery row side by side, the path."""
        from chinalac.domain.commitments import pledge_detail

        return pledge_detail(self, commitment_id, as_of=as_of)

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

# Finance (store/loaders/finance.py): each source on its own rows. Trade comes from
# chinalac.domain.figures (see Database.country).
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
    ("caveats", "trade_totals", "figures", "aiddata_country_year", "aei_investments"),
    """WITH chosen AS (SELECT ? AS iso3)
       SELECT dataset, source_id, measure, unit, coverage, caveats FROM caveats
       WHERE dataset IN (SELECT t.dataset FROM trade_totals t, chosen WHERE t.partner = chosen.iso3)
          OR (dataset = 'published_figures' AND EXISTS (SELECT 1 FROM figures f, chosen
                                                        WHERE f.iso3 = chosen.iso3))
          OR (dataset = 'aiddata_gcdf3' AND EXISTS (SELECT 1 FROM aiddata_country_year a, chosen
                                                   WHERE a.iso3 = chosen.iso3))
          OR (dataset = 'aei_cgit' AND EXISTS (SELECT 1 FROM aei_investments e, chosen
                                              WHERE e.iso3 = chosen.iso3))
       ORDER BY dataset""",
)


def open(db: str | Path | None = None) -> Database:  # noqa: A001 — mirrors the builtin on purpose
    """Open the store built by `chinalac build` (default location, `$CHINALAC_DB` or `db`)."""
    return Database(db)
