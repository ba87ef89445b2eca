"""Which product-level trade the indicators read, and the indicator panel stored beside it.

`select_trade` picks the one (source, release, classification) the indicators read — the one
covering most of the requested years, then BACI, then the latest release — from the ingest
log (a few rows), not from a scan of the trade itself.

`chinalac ingest baci` computes every China–state indicator (indicators.panel.trade_panel)
once for every ingested year and CELAC state, and `store_panel` writes it beside the release:
`<ingested>/baci/<release>/indicator_panel_<classification>_<release>.parquet`. Its metadata
holds the sha256 of every input file (from the ingest log), so a panel that no longer matches
its release is never read. `stored_bilateral` reads it: `indicators dependency`, `indicators
rank`, the dashboard and the API all go through `chinalac.indicators.from_store.trade_panel`,
which uses it whenever it covers the request, and compute the panel live otherwise. Trade/GDP
is joined at read time from the WDI view, so a WDI ingest after BACI is seen at once.

Only DuckDB is imported here: the command line reads a stored panel without pandas.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

TRADE_TABLE = "trade_products"
GDP_VIEW = "wdi"
GDP_INDICATOR = "NY.GDP.MKTP.CD"  # as indicators.partner_share
PANEL_VERSION = 1
METADATA_KEY = "chinalac.indicator_panel"
# Sources whose ingest stores a panel, and the folder of their releases under the ingested dir.
STORED_SOURCES = {"CEPII-BACI": "baci"}


class TradeSelectionError(LookupError):
    """No product-level trade for what was asked (the message says what there is)."""


@dataclass(frozen=True)
class TradeSelection:
    source: str
    release: str | None
    classification: str
    years: list[int]

    @property
    def label(self) -> str:
        return f"{self.source}:{self.release}" if self.release else self.source

    @property
    def where(self) -> str:
        parts = [
            f"source = '{_quote(self.source)}'",
            f"classification = '{_quote(self.classification)}'",
        ]
        parts.append(
            "release IS NULL" if self.release is None else f"release = '{_quote(self.release)}'"
        )
        return " AND ".join(parts)


def _quote(text: str) -> str:
    return str(text).replace("'", "''")


def _has_table(con, name: str) -> bool:
    query = "SELECT count(*) FROM information_schema.tables WHERE table_name = ?"
    return bool(con.execute(query, [name]).fetchone()[0])


def coverage(con) -> list[tuple[str, str | None, str, int, int]]:
    """(source, release, classification, year, rows) of the product-level trade in the store:
    from the ingest log when it lists the files behind trade_products (instant), else a scan."""
    if not _has_table(con, TRADE_TABLE):
        raise TradeSelectionError(
            f"the store has no table '{TRADE_TABLE}': ingest product-level trade first "
            "(e.g. `chinalac ingest baci`)"
        )
    if _has_table(con, "ingest_log"):
        logged = con.execute(
            """SELECT source, release, classification, year, sum(rows)::BIGINT FROM ingest_log
               WHERE "table" = ? GROUP BY ALL""",
            [TRADE_TABLE],
        ).fetchall()
        if logged:
            return [(s, r or None, c, int(y), int(n)) for s, r, c, y, n in logged]
    return con.execute(
        f"SELECT source, release, classification, year, count(*) FROM {TRADE_TABLE} GROUP BY ALL"
    ).fetchall()


def select_trade(
    con,
    years: list[int] | None = None,
    *,
    source: str | None = None,
    release: str | None = None,
) -> TradeSelection:
    """The one (source, release, classification) of trade_products the indicators will read;
    `years` None means every year it covers (the default of `indicators dependency`)."""
    rows = [
        r
        for r in coverage(con)
        if (source is None or r[0] == source) and (release is None or r[1] == release)
    ]
    if not rows:
        if source is None and release is None:
            raise TradeSelectionError(
                "the store holds no product-level trade (trade_products is empty): "
                "ingest a BACI release first (`chinalac ingest baci`)"
            )
        raise TradeSelectionError(
            f"trade_products holds no rows for source={source!r} release={release!r}"
        )
    wanted = None if years is None else sorted({int(y) for y in years})
    if wanted is not None:
        in_range = [r for r in rows if r[3] in wanted]
        if not in_range:
            have = ", ".join(str(y) for y in sorted({r[3] for r in rows}))
            raise TradeSelectionError(
                f"no product-level trade for year(s) {', '.join(map(str, wanted))} (years available: {have})"
            )
        rows = in_range
    groups: dict[tuple, dict] = {}
    for src, rel, cls, year, n in rows:
        group = groups.setdefault((src, rel, cls), {"years": set(), "rows": 0})
        group["years"].add(int(year))
        group["rows"] += int(n)

    def rank(item):
        (src, rel, _), group = item
        return (len(group["years"]), "baci" in str(src).lower(), rel or "", group["rows"])

    (src, rel, cls), best = max(groups.items(), key=rank)
    covered = sorted(best["years"])
    if wanted is not None:
        missing = [y for y in wanted if y not in covered]
        if missing:
            raise TradeSelectionError(
                f"{src} {rel or ''} has no data for year(s) {', '.join(map(str, missing))}; "
                f"it covers {', '.join(map(str, covered))} (releases are never mixed)"
            )
    return TradeSelection(str(src), rel, str(cls), wanted or covered)


# -- the stored panel ---------------------------------------------------------------------------
def panel_path(ingested: Path, selection: TradeSelection) -> Path | None:
    folder = STORED_SOURCES.get(selection.source)
    if folder is None or not selection.release:
        return None
    name = f"indicator_panel_{selection.classification}_{selection.release}.parquet"
    return Path(ingested) / folder / selection.release / name


def inputs_fingerprint(con, selection: TradeSelection) -> str | None:
    """sha256 over the checksums of every file of the release (from the ingest log)."""
    if not _has_table(con, "ingest_log"):
        return None
    sums = con.execute(
        """SELECT sha256 FROM ingest_log WHERE "table" = ? AND source = ? AND release = ?
           AND classification = ? ORDER BY year, sha256""",
        [TRADE_TABLE, selection.source, selection.release, selection.classification],
    ).fetchall()
    if not sums:
        return None
    return hashlib.sha256("\n".join(s for (s,) in sums).encode()).hexdigest()


RELEASE_ROWS = "_chinalac_release_rows"


def focus_importers(db_path: Path) -> list[str]:
    """China and the CELAC states: the importers whose rows the BACI ingest flags and sorts
    first for the panel's second pass. From the store's countries table, or before the first
    build from the knowledge file it is built from; [] (no flag) when neither says. A list
    that no longer covers the panel's partners only costs speed: the panel then filters
    every row (`_release_rows`)."""
    import csv

    import duckdb

    from chinalac.paths import package_data_dir

    china = "CHN"
    try:
        with duckdb.connect(str(db_path), read_only=True) as con:
            if _has_table(con, "countries"):
                rows = con.execute("SELECT iso3 FROM countries WHERE celac").fetchall()
                return sorted({china, *(iso3 for (iso3,) in rows)}) if rows else []
    except (duckdb.Error, OSError):
        pass  # no store yet, or not readable: the knowledge file says the same
    path = package_data_dir() / "knowledge" / "countries.csv"
    if not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8") as handle:
        states = {r["iso3"] for r in csv.DictReader(handle) if r["celac"].lower() == "true"}
    return sorted({china, *states}) if states else []


def release_files(con, selection: TradeSelection) -> list[str]:
    """The Parquet files of the release (absolute paths, from the ingest log), by year."""
    if not _has_table(con, "ingest_log"):
        return []
    rows = con.execute(
        """SELECT path FROM ingest_log WHERE "table" = ? AND source = ? AND release = ?
           AND classification = ? ORDER BY year, path""",
        [TRADE_TABLE, selection.source, selection.release, selection.classification],
    ).fetchall()
    return [path for (path,) in rows]


def _release_rows(
    con, selection: TradeSelection, focus: list[str]
) -> tuple[str, str | None, str | None]:
    """(table, where, focus_rows) for trade_panel: a temporary view over the release's own
    files when the log lists them, else trade_products filtered to the selection.

    The view skips what the store-wide view costs on every row — three string filters
    (source, release, classification) and the union with other sources; the rows are the
    same. When every file was written with an importer_focus flag covering `focus` (China and
    the partners: see sources.baci), `focus_rows` is that flag: the panel's second pass then
    reads only the row groups of those importers' rows."""
    from chinalac.sources import baci

    paths = release_files(con, selection)
    if not paths:
        return TRADE_TABLE, selection.where, None
    listed = ", ".join("'" + _quote(p) + "'" for p in paths)
    flagged = con.execute(
        f"""SELECT count(DISTINCT file_name) FROM parquet_kv_metadata([{listed}])
            WHERE decode(key) = ? AND list_has_all(string_split(decode(value), ','), ?)""",
        [baci.FOCUS_METADATA_KEY, sorted(set(focus))],
    ).fetchone()[0] == len(set(paths))
    flag = f", {baci.FOCUS_COLUMN}" if flagged else ""
    con.execute(
        f"CREATE OR REPLACE TEMP VIEW {RELEASE_ROWS} AS "
        f"SELECT year, exporter, importer, product, value_usd{flag} "
        f"FROM read_parquet([{listed}], hive_partitioning = false)"
    )
    return RELEASE_ROWS, None, baci.FOCUS_COLUMN if flagged else None


def _metadata(con, path: Path) -> dict | None:
    rows = con.execute(
        "SELECT decode(key), decode(value) FROM parquet_kv_metadata(?)", [str(path)]
    ).fetchall()
    for key, value in rows:
        if key == METADATA_KEY:
            return json.loads(value)
    return None


def store_panel(db_path: Path, release: str, classification: str) -> Path | None:
    """Compute the indicator panel of one ingested BACI release over every year it covers and
    every CELAC state, and write it beside the release (temp file + rename). Returns its path."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from chinalac.api import Database
    from chinalac.indicators import from_store
    from chinalac.indicators.panel import CHINA, trade_panel

    source = next(iter(STORED_SOURCES))
    with Database(db_path) as db:
        selection = select_trade(db.con, None, source=source, release=release)
        if selection.classification != classification:
            selection = TradeSelection(source, release, classification, selection.years)
        target = panel_path(db.ingested_dir, selection)
        fingerprint = inputs_fingerprint(db.con, selection)
        if target is None or fingerprint is None:
            return None
        partners = from_store.celac_states(db)
        table, where, focus_rows = _release_rows(db.con, selection, [CHINA, *partners])
        result = trade_panel(
            db.con,
            years=selection.years,
            partners=partners,
            table=table,
            where=where,
            focus_rows=focus_rows,
            classification=classification,
            gdp=None,  # joined at read time from the WDI view
            rca_digits=(),
            complexity=True,
            source=selection.label,
        )
    meta = {
        "version": PANEL_VERSION,
        "fingerprint": fingerprint,
        "source": selection.label,
        "years": selection.years,
        "partners": result.partners,
        "notes": [n for n in result.notes if not n.startswith("trade/GDP")],
    }
    table = pa.Table.from_pandas(result.bilateral, preserve_index=False)
    table = table.replace_schema_metadata(
        {**(table.schema.metadata or {}), METADATA_KEY: json.dumps(meta)}
    )
    temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        pq.write_table(table, temporary)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return target


def stored_bilateral(
    con,
    ingested: Path,
    selection: TradeSelection,
    partners: list[str],
    *,
    require_partner_data: bool = False,
) -> tuple[list[str], list[tuple], list[str]] | None:
    """(columns, rows, notes) of the stored panel for `selection`'s years and `partners`
    (ordered by year, country), or None when no stored panel covers them."""
    path = panel_path(ingested, selection)
    if path is None or not path.is_file():
        return None
    meta = _metadata(con, path)
    if (
        not meta
        or meta.get("version") != PANEL_VERSION
        or meta.get("fingerprint") != inputs_fingerprint(con, selection)
        or not set(selection.years) <= set(meta.get("years", []))
        or not set(partners) <= set(meta.get("partners", []))
    ):
        return None
    has_gdp = (
        _has_table(con, GDP_VIEW)
        and con.execute(
            f"SELECT count(*) FROM {GDP_VIEW} WHERE indicator = ?", [GDP_INDICATOR]
        ).fetchone()[0]
    )
    # The latest WDI release's GDP for each state and year.
    gdp = (
        f"SELECT iso3, year, arg_max(value, release) AS gdp FROM {GDP_VIEW} "
        "WHERE indicator = ? GROUP BY iso3, year"
        if has_gdp
        else "SELECT NULL::VARCHAR AS iso3, NULL::INTEGER AS year, NULL::DOUBLE AS gdp WHERE ?"
    )
    cursor = con.execute(
        f"""SELECT p.* REPLACE (
                   CASE WHEN g.gdp > 0 THEN p.trade_with_china_usd / g.gdp END
                   AS trade_with_china_to_gdp)
            FROM read_parquet(?) p LEFT JOIN ({gdp}) g ON g.iso3 = p.country AND g.year = p.year
            WHERE list_contains(?, p.year) AND list_contains(?, p.country)
            ORDER BY p.year, p.country""",
        [str(path), GDP_INDICATOR if has_gdp else False, selection.years, list(partners)],
    )
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    if require_partner_data:  # as the live panel: a state with no trade at all in a year
        share = columns.index("china_share_of_country_trade")
        country, year = columns.index("country"), columns.index("year")
        for partner in partners:
            absent = [r[year] for r in rows if r[country] == partner and r[share] is None]
            if absent:
                raise TradeSelectionError(
                    f"no trade recorded for {partner} in {', '.join(map(str, absent))}"
                )
    notes = list(meta.get("notes", []))
    if not has_gdp:
        notes.append("trade/GDP not computed: no GDP data (WDI NY.GDP.MKTP.CD) given")
    return columns, rows, notes


def stored_dependency(db, iso3: str, years: list[int] | None = None):
    """China vs one state from the stored panel, one row per year (`years` None: every year
    ingested): (columns, rows, notes), or None when no stored panel covers it."""
    selection = select_trade(db.con, years)
    return stored_bilateral(db.con, db.ingested_dir, selection, [iso3], require_partner_data=True)
