"""UN Comtrade → Parquet: `chinalac ingest comtrade --reporter CHN --partners LAC --years …`.

The public API is asked one (reporter, year, partner chunk) at a time. Each answer is kept
raw (`<release>/raw/<query>/<unit>.json`) and the unit is then recorded as done in a
progress file, so an interrupted run resumes where it stopped and never asks (or counts) a
unit twice. Only when every unit is in are the raw answers converted: totals to
`trade_reported`, HS2/HS6 rows to `trade_products`.

With `COMTRADE_API_KEY` set, the keyed endpoint is used (up to 250,000 rows per call);
without, the keyless preview endpoint (500 rows per call: enough for totals and HS2, not
for HS6 — a truncated answer is an error, never silently short data).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pandas as pd

from chinalac.sources.datasets import DatasetInfo
from chinalac.sources.errors import IngestError
from chinalac.sources.http import FetchError, RetryPolicy, get_json, make_client
from chinalac.sources.ingest_log import LogEntry, files_of, fresh_path, record
from chinalac.sources.staging import StagedFiles, file_sha256, write_text_atomically

SOURCE_ID = "UN-Comtrade"
SOURCE_DIR = "comtrade"
KEY_ENV_VAR = "COMTRADE_API_KEY"
DATA_URL = "https://comtradeapi.un.org/data/v1/get/C/A/HS"
PREVIEW_URL = "https://comtradeapi.un.org/public/v1/preview/C/A/HS"
PREVIEW_LIMIT = 500
KEYED_LIMIT = 250_000
LEVELS = {"total": "TOTAL", "hs2": "AG2", "hs6": "AG6"}
VALUATION = {"X": "FOB", "M": "CIF"}  # how customs value exports and imports

DATASET = DatasetInfo(
    dataset="comtrade",
    source_id=SOURCE_ID,
    title="UN Comtrade, as reported by each country's customs",
    measure="goods trade declared by the reporter: exports (X) and imports (M), by partner",
    unit="current US$ (primaryValue); net weight in kg converted to tonnes",
    coverage="the reporters, partners, years and HS level asked for at ingest (see `chinalac releases`)",
    caveats=(
        "exports are valued FOB, imports CIF (freight and insurance included)",
        "a country's imports from China rarely equal China's exports to it (mirror gap): "
        "timing, CIF/FOB, re-exports via third countries, misattributed origin",
        "data are revised: the release is the download date",
    ),
)


@dataclass(frozen=True)
class Unit:
    """One request: a reporter, a year and a chunk of partners."""

    reporter: str
    reporter_code: int
    year: int
    chunk: int
    partner_codes: tuple[int, ...]

    @property
    def id(self) -> str:
        return f"{self.reporter}-{self.year}-p{self.chunk:02d}"


@dataclass(frozen=True)
class ComtradeQuery:
    reporters: dict[str, int]  # ISO3 → UN M49 code
    partners: dict[str, int]
    years: tuple[int, ...]
    level: str = "total"
    partner_chunk: int = 12  # partners per request: small enough for the preview's 500 rows at HS2

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(f"level must be one of {', '.join(LEVELS)}")

    @property
    def key(self) -> str:
        """Stable id of the question asked, so a rerun of the same question resumes it."""
        text = json.dumps(
            [
                sorted(self.reporters),
                sorted(self.partners),
                sorted(self.years),
                self.level,
                self.partner_chunk,
            ]
        )
        return f"{self.level}_{'-'.join(sorted(self.reporters))}_{hashlib.sha1(text.encode()).hexdigest()[:8]}"

    def units(self) -> list[Unit]:
        codes = sorted(self.partners.values())
        chunks = [
            tuple(codes[i : i + self.partner_chunk])
            for i in range(0, len(codes), self.partner_chunk)
        ]
        return [
            Unit(iso3, code, year, index, chunk)
            for iso3, code in sorted(self.reporters.items())
            for year in sorted(self.years)
            for index, chunk in enumerate(chunks)
        ]


@dataclass
class Progress:
    """What a query has fetched so far; saved after every unit."""

    path: Path
    release: str
    query_key: str
    done: list[str] = field(default_factory=list)

    @classmethod
    def open(cls, ingested: Path, query: ComtradeQuery, release: str | None) -> Progress:
        path = ingested / SOURCE_DIR / f"progress-{query.key}.json"
        if path.exists():
            saved = json.loads(path.read_text(encoding="utf-8"))
            if release and release != saved["release"]:
                raise IngestError(
                    str(path),
                    None,
                    "release",
                    f"an unfinished run of this query writes release {saved['release']}: resume it (omit --release) or delete the progress file",
                )
            return cls(path, saved["release"], query.key, list(saved["done"]))
        return cls(path, release or dt.date.today().isoformat(), query.key)

    def mark_done(self, unit: Unit) -> None:
        self.done.append(unit.id)
        state = {"release": self.release, "query": self.query_key, "done": self.done}
        write_text_atomically(self.path, json.dumps(state, indent=1))


def raw_dir(ingested: Path, release: str, query: ComtradeQuery) -> Path:
    return ingested / SOURCE_DIR / release / "raw" / query.key


def fetch_unit(
    client: httpx.Client, unit: Unit, query: ComtradeQuery, api_key: str | None, policy: RetryPolicy
) -> dict:
    params = {
        "reporterCode": str(unit.reporter_code),
        "period": str(unit.year),
        "partnerCode": ",".join(str(c) for c in unit.partner_codes),
        "partner2Code": "0",
        "cmdCode": LEVELS[query.level],
        "flowCode": "X,M",
        "customsCode": "C00",
        "motCode": "0",
        "includeDesc": "true",
    }
    if api_key:
        params["maxRecords"] = str(KEYED_LIMIT)
        answer = get_json(
            client,
            DATA_URL,
            params=params,
            headers={"Ocp-Apim-Subscription-Key": api_key},
            policy=policy,
        )
    else:
        answer = get_json(client, PREVIEW_URL, params=params, policy=policy)
    if not isinstance(answer, dict) or "data" not in answer:
        raise FetchError(
            f"Comtrade answered without a 'data' list for {unit.id}: {str(answer)[:200]}"
        )
    if answer.get("error"):
        raise FetchError(f"Comtrade error for {unit.id}: {answer['error']}")
    limit = KEYED_LIMIT if api_key else PREVIEW_LIMIT
    if len(answer["data"] or []) >= limit:
        hint = (
            f" (set {KEY_ENV_VAR} for up to {KEYED_LIMIT:,} rows per call)" if not api_key else ""
        )
        raise FetchError(f"Comtrade truncated the answer for {unit.id} at {limit} rows{hint}")
    return answer


def ingest(
    query: ComtradeQuery,
    ingested: Path,
    *,
    release: str | None = None,
    api_key: str | None = None,
    client: httpx.Client | None = None,
    policy: RetryPolicy | None = None,
    on_unit: Callable[[str, int, int], None] | None = None,
) -> list[LogEntry]:
    """Fetch every unit not yet done, then convert all of them; returns the log entries."""
    api_key = api_key if api_key is not None else os.environ.get(KEY_ENV_VAR) or None
    policy = policy or RetryPolicy()
    progress = Progress.open(ingested, query, release)
    folder = raw_dir(ingested, progress.release, query)
    units = query.units()
    own_client = client is None
    client = client or make_client()
    try:
        for index, unit in enumerate(units):
            if on_unit:
                on_unit(unit.id, index, len(units))
            if unit.id in progress.done:
                continue
            answer = fetch_unit(client, unit, query, api_key, policy)
            write_text_atomically(
                folder / f"{unit.id}.json", json.dumps(answer, ensure_ascii=False)
            )
            progress.mark_done(unit)
        if on_unit:
            on_unit("converting", len(units), len(units))
    finally:
        if own_client:
            client.close()
    origin = DATA_URL if api_key else PREVIEW_URL
    entries = convert(query, ingested, progress.release, units, origin)
    progress.path.unlink(missing_ok=True)  # finished: a new run of the same query is a new download
    return entries


def _records(folder: Path, units: list[Unit]) -> pd.DataFrame:
    frames = []
    for unit in units:
        path = folder / f"{unit.id}.json"
        if not path.exists():
            raise IngestError(
                str(path), None, None, "raw answer is missing although the unit is marked done"
            )
        data = json.loads(path.read_text(encoding="utf-8")).get("data") or []
        frame = pd.DataFrame(data)
        frame["raw_file"] = str(path)
        frame["record"] = range(1, len(frame) + 1)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def convert(
    query: ComtradeQuery, ingested: Path, release: str, units: list[Unit], origin: str
) -> list[LogEntry]:
    """Raw answers → Parquet per year, written staged and logged."""
    records = _records(raw_dir(ingested, release, query), units)
    table = _tidy(records, query) if not records.empty else pd.DataFrame()
    if not table.empty:
        table["release"] = release
    staged = StagedFiles()
    entries = []
    target_table = "trade_reported" if query.level == "total" else "trade_products"
    try:
        for year, part in table.groupby("year") if not table.empty else []:
            final = fresh_path(
                ingested / SOURCE_DIR / release / f"year={year}" / f"{query.key}.parquet"
            )
            temporary = staged.temporary_for(final)
            part.drop(columns=["raw_file", "record"]).to_parquet(
                temporary, index=False, compression="zstd"
            )
            entries.append(
                LogEntry(
                    SOURCE_ID,
                    release,
                    ",".join(sorted(set(part["classification"]))),
                    target_table,
                    int(year),
                    final.relative_to(ingested).as_posix(),
                    file_sha256(temporary),
                    len(part),
                    LogEntry.now(),
                    origin,
                )
            )
        staged.commit()
    except BaseException:
        staged.discard()
        raise
    # Files replaced are deleted once the store no longer reads them (ingest_log.commit_pending).
    record(ingested, entries, files_of(ingested, SOURCE_ID, release, prefix=query.key))
    return entries


def _tidy(records: pd.DataFrame, query: ComtradeQuery) -> pd.DataFrame:
    """Keep one row per declared flow, keyed to ISO3, and check what the API sent back."""
    required = [
        "refYear",
        "reporterCode",
        "partnerCode",
        "flowCode",
        "cmdCode",
        "primaryValue",
        "classificationCode",
    ]
    for column in required:
        if column not in records.columns:
            first = records.iloc[0]
            raise IngestError(first["raw_file"], 1, column, "field missing from the API's records")
    # Breakdowns (second partner, mode of transport, customs procedure) would double count.
    for column, total in (("partner2Code", 0), ("motCode", 0), ("customsCode", "C00")):
        if column in records.columns:
            records = records[records[column].isna() | (records[column] == total)]
    records = records[records["flowCode"].isin(list(VALUATION))]
    by_code = {code: iso3 for iso3, code in {**query.reporters, **query.partners}.items()}
    values = pd.to_numeric(records["primaryValue"], errors="coerce")
    for row in records[values.isna() | (values < 0)].itertuples():
        raise IngestError(
            row.raw_file,
            row.record,
            "primaryValue",
            f"'{row.primaryValue}' is not a trade value ≥ 0",
        )
    reporter = records["reporterCode"].map(by_code)
    partner = records["partnerCode"].map(by_code)
    for row in records[reporter.isna() | partner.isna()].itertuples():
        code = row.reporterCode if row.reporterCode not in by_code else row.partnerCode
        raise IngestError(
            row.raw_file, row.record, "partnerCode", f"country code {code} was not asked for"
        )
    weight = pd.to_numeric(records.get("netWgt"), errors="coerce") if "netWgt" in records else None
    tidy = pd.DataFrame(
        {
            "source": SOURCE_ID,
            "release": "",  # set below, once known for the whole table
            # HS2 rows are chapters, not HS6 subheadings: the suffix keeps them from being
            # mistaken for HS6 by a reader of trade_products.
            "classification": records["classificationCode"].astype(str)
            + ("-AG2" if query.level == "hs2" else ""),
            "year": records["refYear"].astype(int),
            "reporter": reporter,
            "partner": partner,
            "flow": records["flowCode"],
            "product": records["cmdCode"].astype(str),
            "value_usd": values.astype(float),
            "quantity_t": (weight / 1000.0).where(weight > 0) if weight is not None else None,
            "valuation": records["flowCode"].map(VALUATION),
            "raw_file": records["raw_file"],
            "record": records["record"],
        }
    )
    key = ["reporter", "partner", "flow", "product", "year", "classification"]
    repeated = tidy[tidy.duplicated(key, keep=False)]
    if not repeated.empty:
        if len(repeated.drop_duplicates(key + ["value_usd"])) > len(repeated.drop_duplicates(key)):
            row = repeated.iloc[-1]
            raise IngestError(
                row["raw_file"],
                int(row["record"]),
                "primaryValue",
                "the same flow appears twice with different values",
            )
        tidy = tidy.drop_duplicates(key)
    if query.level == "total":
        return tidy.drop(columns=["product", "quantity_t"])
    # Product rows in the trade_products shape: the reporter's exports go from it, imports to it.
    exports = tidy["flow"] == "X"
    tidy["exporter"] = tidy["reporter"].where(exports, tidy["partner"])
    tidy["importer"] = tidy["partner"].where(exports, tidy["reporter"])
    return tidy[
        [
            "source",
            "release",
            "classification",
            "year",
            "exporter",
            "importer",
            "product",
            "value_usd",
            "quantity_t",
            "reporter",
            "flow",
            "valuation",
            "raw_file",
            "record",
        ]
    ]
