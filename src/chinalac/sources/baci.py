"""CEPII BACI → Parquet: `chinalac ingest baci PATH` (a release zip or folder, or --download).

Each yearly CSV is streamed by DuckDB straight into one ZSTD Parquet file per year, numeric
country codes are mapped to ISO3 through the release's own code list, and `v` (thousand US$)
becomes `value_usd`. Validation rides along in the same pass (a bad cell aborts the query);
only when that happens does a second, slower pass find the first bad line to report it.
Every file is written under a temporary name and renamed only once all years succeeded.

Output schema (the `trade_products` contract read by the indicators):
source, release, classification, year, exporter, importer, product, value_usd, quantity_t.

With `focus_importers` (the CLI passes China and the CELAC states), each file also has a
column `importer_focus` (true when the importer is one of them), its rows are sorted by it
(true first) and its Parquet metadata lists them under `FOCUS_METADATA_KEY`. The indicator
panel reads only those importers' rows in its second pass; sorted, they fill their own row
groups, whose statistics let DuckDB skip the rest of the file. The store's views select the
contract's columns, so nothing else sees the extra one.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb

from chinalac.sources import baci_release as files
from chinalac.sources.datasets import DatasetInfo
from chinalac.sources.errors import IngestError
from chinalac.sources.ingest_log import LogEntry, fresh_path, read_log, record
from chinalac.sources.staging import StagedFiles, file_sha256

SOURCE_ID = "CEPII-BACI"
SOURCE_DIR = "baci"
DOWNLOAD_URL = "https://www.cepii.fr/DATA_DOWNLOAD/baci/data/BACI_{hs}_{release}.zip"
MAX_FLOW_THOUSAND_USD = 1e9  # one HS6 flow above US$1 trillion is a unit error, not trade

DATASET = DatasetInfo(
    dataset="baci",
    source_id=SOURCE_ID,
    title="CEPII BACI: world trade by HS6 product, reconciled",
    measure=(
        "bilateral goods trade by exporter, importer and HS6 product; CEPII reconciles the "
        "exporter's and the importer's declarations into one flow valued FOB"
    ),
    unit="value_usd: current US$ (BACI's v is thousand US$, ×1000); quantity_t: metric tonnes",
    coverage="about 200 countries, every HS6 product, one file per year of the release",
    caveats=(
        "reconciled mirror data: not what either customs office reported",
        "CIF→FOB adjustment is estimated by CEPII; quantities are missing (NA) for some flows",
        "a release revises earlier years: compare releases, do not splice them",
    ),
)

# The rows of the importers the indicator panel reads in its second pass (see the docstring).
FOCUS_COLUMN = "importer_focus"
FOCUS_METADATA_KEY = "chinalac.importer_focus"
ISO3 = re.compile(r"^[A-Z]{3}$")

TEXT_COLUMN_TYPES = "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in files.YEAR_COLUMNS) + "}"
CSV_LINE = re.compile(r"CSV Error on Line: (\d+)")


@dataclass
class IngestedYear:
    year: int
    rows: int
    path: Path


@dataclass
class IngestResult:
    source: str
    release: str
    classification: str
    years: list[IngestedYear]

    @property
    def rows(self) -> int:
        return sum(y.rows for y in self.years)


Progress = Callable[[str, int, int], None]  # (what is being done, files done, files in all)


def sql_string(text: str | Path) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def target_path(ingested: Path, release: str, classification: str, year: int) -> Path:
    name = f"BACI_{classification}_Y{year}_{release}.parquet"
    return ingested / SOURCE_DIR / release / f"year={year}" / name


def ingest_release(
    path: str | Path,
    ingested: Path,
    *,
    classification: str | None = None,
    years: set[int] | None = None,
    progress: Progress | None = None,
    memory_limit: str = "1GB",
    threads: int | None = None,
    focus_importers: Sequence[str] = (),
) -> IngestResult:
    """Validate and convert a BACI release; nothing is renamed into place unless all of it reads.

    `focus_importers`: ISO3 codes whose rows are flagged and sorted first (module docstring)."""
    path = Path(path)
    focus = sorted(set(focus_importers))
    bad = [code for code in focus if not ISO3.match(str(code))]
    if bad:
        raise ValueError(f"focus importers must be ISO3 codes, not {bad}")
    scratch = ingested / f".scratch-{os.getpid()}"
    staged = StagedFiles()
    con = duckdb.connect()
    try:
        con.execute(f"SET memory_limit = {sql_string(memory_limit)}")
        con.execute(f"SET temp_directory = {sql_string(scratch / 'duckdb')}")
        con.execute("SET preserve_insertion_order = false")  # lets DuckDB stream without reordering
        # DuckDB estimates a CSV scan at a few dozen rows and would build its join hash table
        # on the 10 M-row file instead of the code lists: keep the code lists as build side.
        con.execute("SET disabled_optimizers = 'build_side_probe_side'")
        if threads:
            con.execute(f"SET threads = {int(threads)}")
        with files.ReleaseReader(path) as reader:
            contents = files.find_contents(reader, classification, years)
            countries = files.read_country_codes(reader, contents.country_codes)
            products = files.read_product_codes(reader, contents.product_codes)
            _register_codes(con, countries, products, contents, focus)
            done: list[IngestedYear] = []
            total = len(contents.year_files)
            for index, year_file in enumerate(contents.year_files):
                if progress:
                    progress(f"{year_file.member.base}", index, total)
                final = fresh_path(
                    target_path(ingested, contents.release, contents.classification, year_file.year)
                )
                temporary = staged.temporary_for(final)
                with reader.local_file(year_file.member, scratch) as csv_path:
                    rows = _convert_year(con, csv_path, temporary, year_file, contents, focus)
                done.append(IngestedYear(year_file.year, rows, final))
            if progress:
                progress("done", total, total)
        entries = [
            LogEntry(
                SOURCE_ID,
                contents.release,
                contents.classification,
                "trade_products",
                y.year,
                y.path.relative_to(ingested).as_posix(),
                file_sha256(tmp),
                y.rows,
                LogEntry.now(),
                str(path),
            )
            for y, (tmp, _) in zip(done, staged.pending, strict=True)
        ]
        staged.commit()
        # Same release again: the same paths are replaced; years not re-ingested stay listed.
        record(ingested, entries, replaces=_same_years(ingested, contents, done))
        return IngestResult(SOURCE_ID, contents.release, contents.classification, done)
    except BaseException:
        staged.discard()
        raise
    finally:
        con.close()
        shutil.rmtree(scratch, ignore_errors=True)


def _same_years(ingested: Path, contents, done) -> set[str]:
    """Files the log lists for the years just ingested (same release and classification):
    the new files replace them."""
    log = read_log(ingested)
    years = {str(y.year) for y in done}
    chosen = log[
        (log["source"] == SOURCE_ID)
        & (log["release"] == contents.release)
        & (log["classification"] == contents.classification)
        & (log["table"] == "trade_products")
        & log["year"].isin(years)
    ]
    return set(chosen["file"])


# Quantities: BACI writes a missing one as NA (older releases pad it with spaces). Reading q
# as DOUBLE with NA as null is the fast path; the text path only runs for padded files.
FAST_QUANTITY = (
    "CASE WHEN r.q IS NULL OR r.q >= 0 THEN r.q ELSE error('bad quantity') END",
    "'q': 'DOUBLE'",
)
TEXT_QUANTITY = (
    "CASE WHEN r.q IS NULL OR trim(r.q) IN ('', 'NA') THEN NULL "
    "WHEN TRY_CAST(trim(r.q) AS DOUBLE) >= 0 THEN TRY_CAST(trim(r.q) AS DOUBLE) "
    "ELSE error('bad quantity') END",
    "'q': 'VARCHAR'",
)


def _register_codes(
    con: duckdb.DuckDBPyConnection, countries, products, contents, focus: list[str]
) -> None:
    """The release's code lists as join tables whose values are ENUMs.

    Parquet stores these columns dictionary-encoded either way, but from an ENUM the
    dictionary is already built, so DuckDB writes them about three times faster than
    from text (measured on 10 M rows). The files still read back as plain strings.
    """
    con.register("country_frame", countries)
    con.register("product_frame", products)
    labels = ", ".join(
        sql_string(x) for x in dict.fromkeys([SOURCE_ID, contents.release, contents.classification])
    )
    con.execute(f"CREATE TYPE baci_label AS ENUM ({labels})")
    con.execute(
        "CREATE TYPE baci_iso3 AS ENUM (SELECT DISTINCT iso3 FROM country_frame ORDER BY 1)"
    )
    con.execute(
        "CREATE TYPE baci_hs6 AS ENUM (SELECT DISTINCT lpad(CAST(code AS VARCHAR), 6, '0') "
        "FROM product_frame ORDER BY 1)"
    )
    listed = ", ".join(sql_string(code) for code in focus) or "NULL"
    con.execute(
        "CREATE TEMP TABLE country_codes AS "
        "SELECT CAST(code AS INTEGER) AS code, CAST(iso3 AS baci_iso3) AS iso3, "
        f"coalesce(iso3 IN ({listed}), false) AS focus FROM country_frame"
    )
    con.execute(
        "CREATE TEMP TABLE product_codes AS "
        "SELECT CAST(code AS INTEGER) AS code, CAST(lpad(CAST(code AS VARCHAR), 6, '0') AS baci_hs6) AS hs6 "
        "FROM product_frame"
    )


def _year_query(
    csv_path: Path,
    parquet_path: Path,
    year: int,
    contents,
    quantity: tuple[str, str],
    focus: list[str] = (),
) -> str:
    """One pass: read, check, map codes, convert units, write Parquet. A bad cell calls
    error(), which aborts the query; `_diagnose` then finds the line. With `focus`, the
    importer_focus column, the rows sorted by it and the list in the file's metadata."""
    expression, q_type = quantity
    flag, order, metadata = "", "", ""
    if focus:
        # The flag comes with the importer's code (no test on the text). Within each part
        # the rows keep the release's order (exporter, importer, product, as ENUM indexes):
        # sorted on the flag alone, DuckDB's sort scattered the exporters (≈10,000 runs a
        # year instead of ≈300), and any aggregation over the file got slower.
        flag = f", m.focus AS {FOCUS_COLUMN}"
        order = f"ORDER BY {FOCUS_COLUMN} DESC, exporter, importer, product"
        metadata = (
            f", KV_METADATA {{{sql_string(FOCUS_METADATA_KEY)}: {sql_string(','.join(focus))}}}"
        )
    columns = (
        "{'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'INTEGER', 'v': 'DOUBLE', "
        + q_type
        + "}"
    )
    return f"""
    COPY (
      SELECT CAST({sql_string(SOURCE_ID)} AS baci_label) AS source,
             CAST({sql_string(contents.release)} AS baci_label) AS release,
             CAST({sql_string(contents.classification)} AS baci_label) AS classification,
             CAST(CASE WHEN r.t = {year} THEN r.t ELSE error('bad year') END AS INTEGER) AS year,
             CASE WHEN e.iso3 IS NULL THEN error('unknown exporter') ELSE e.iso3 END AS exporter,
             CASE WHEN m.iso3 IS NULL THEN error('unknown importer') ELSE m.iso3 END AS importer,
             CASE WHEN p.hs6 IS NULL THEN error('unknown product') ELSE p.hs6 END AS product,
             CASE WHEN r.v >= 0 AND r.v < {MAX_FLOW_THOUSAND_USD} THEN r.v * 1000
                  ELSE error('bad value') END AS value_usd,
             {expression} AS quantity_t{flag}
      FROM read_csv({sql_string(csv_path)}, header = true, auto_detect = false, delim = ',',
                    quote = '"', nullstr = ['NA', ''], columns = {columns}) r
      LEFT JOIN country_codes e ON e.code = r.i
      LEFT JOIN country_codes m ON m.code = r.j
      LEFT JOIN product_codes p ON p.code = r.k
      {order}
    ) TO {sql_string(parquet_path)} (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 1{metadata})
    """


def _convert_year(
    con: duckdb.DuckDBPyConnection,
    csv_path: Path,
    parquet_path: Path,
    year_file: files.YearFile,
    contents,
    focus: list[str] = (),
) -> int:
    label = year_file.member.label
    files.check_header(csv_path, label)
    year = year_file.year
    try:
        rows = con.execute(
            _year_query(csv_path, parquet_path, year, contents, FAST_QUANTITY, focus)
        ).fetchone()[0]
    except duckdb.Error as fast_failure:
        problem = _diagnose(con, csv_path, label, year, contents)
        if problem:
            raise problem from None
        # No line is wrong: the file pads its missing quantities ('   NA'); read q as text.
        try:
            rows = con.execute(
                _year_query(csv_path, parquet_path, year, contents, TEXT_QUANTITY, focus)
            ).fetchone()[0]
        except duckdb.Error:
            first = str(fast_failure).splitlines()[0]
            raise IngestError(label, None, None, f"could not be read: {first}") from None
    if rows == 0:
        raise IngestError(label, None, None, "no data rows")
    return int(rows)


def _diagnose(con, csv_path: Path, label: str, year: int, contents) -> IngestError | None:
    """The slow path: find the first bad line and say what is wrong with it."""
    country_file = contents.country_codes.base
    product_file = contents.product_codes.base
    checks = [
        ("t", "t = ''", "'year is empty'"),
        ("t", "t_ IS NULL", "'''' || t || ''' is not a year'"),
        (
            "t",
            f"t_ <> {year}",
            f"'year ' || t || ' in the file for {year} (a duplicated or misplaced year)'",
        ),
        ("i", "i_ IS NULL", "'''' || i || ''' is not a numeric country code'"),
        ("i", "exporter IS NULL", f"'unknown country code ' || i || ' (not in {country_file})'"),
        ("j", "j_ IS NULL", "'''' || j || ''' is not a numeric country code'"),
        ("j", "importer IS NULL", f"'unknown country code ' || j || ' (not in {country_file})'"),
        (
            "k",
            "k_ IS NULL OR k_ < 0 OR k_ > 999999",
            "'''' || k || ''' is not an HS6 product code'",
        ),
        ("k", "product IS NULL", f"'unknown product code ' || k || ' (not in {product_file})'"),
        ("v", "v = ''", "'trade value is empty'"),
        ("v", "v_ IS NULL", "'''' || v || ''' is not a number'"),
        ("v", "v_ < 0", "'negative value ' || v || ' (trade values are ≥ 0)'"),
        (
            "v",
            f"v_ >= {MAX_FLOW_THOUSAND_USD}",
            "'value ' || v || ' thousand US$ is over US$1 trillion for one flow: not a BACI value'",
        ),
        ("q", "q NOT IN ('', 'NA') AND q_ IS NULL", "'''' || q || ''' is not a number (nor NA)'"),
        ("q", "q_ < 0", "'negative quantity ' || q || ' (tonnes are ≥ 0)'"),
    ]
    selects = " UNION ALL ".join(
        f"SELECT {order} AS check_order, '{field}' AS field, min(line) AS line, "
        f"arg_min({message}, line) AS reason FROM typed WHERE {condition}"
        for order, (field, condition, message) in enumerate(checks)
    )
    query = f"""
    WITH raw AS MATERIALIZED (
      SELECT row_number() OVER () + 1 AS line, coalesce(trim(t), '') AS t, coalesce(trim(i), '') AS i,
             coalesce(trim(j), '') AS j, coalesce(trim(k), '') AS k, coalesce(trim(v), '') AS v,
             coalesce(trim(q), '') AS q
      FROM read_csv({sql_string(csv_path)}, header = true, auto_detect = false, delim = ',',
                    quote = '"', columns = {TEXT_COLUMN_TYPES})
    ), typed AS MATERIALIZED (
      SELECT raw.*, TRY_CAST(t AS INTEGER) AS t_, TRY_CAST(i AS INTEGER) AS i_,
             TRY_CAST(j AS INTEGER) AS j_, TRY_CAST(k AS INTEGER) AS k_,
             TRY_CAST(v AS DOUBLE) AS v_, TRY_CAST(q AS DOUBLE) AS q_,
             e.iso3 AS exporter, m.iso3 AS importer, p.code AS product
      FROM raw
      LEFT JOIN country_codes e ON e.code = TRY_CAST(raw.i AS INTEGER)
      LEFT JOIN country_codes m ON m.code = TRY_CAST(raw.j AS INTEGER)
      LEFT JOIN product_codes p ON p.code = TRY_CAST(raw.k AS INTEGER)
    )
    SELECT line, field, reason FROM ({selects}) WHERE line IS NOT NULL
    ORDER BY line, check_order LIMIT 1
    """
    try:
        found = con.execute(query).fetchone()
    except duckdb.Error as exc:
        message = str(exc)
        line = CSV_LINE.search(message)
        detail = _csv_detail(message)
        return IngestError(
            label, int(line.group(1)) if line else None, None, f"malformed CSV line: {detail}"
        )
    if found:
        line, field, reason = found
        return IngestError(label, int(line), field, reason)
    return None


def _csv_detail(message: str) -> str:
    """The informative line of a DuckDB CSV error (it repeats the sniffer settings after it)."""
    lines = [x.strip() for x in message.splitlines() if x.strip()]
    for text in lines:
        if text.startswith(
            ("Expected Number of Columns", "Invalid unicode", "Value with unterminated quote")
        ):
            return text
    return lines[0] if lines else message
