"""World Bank WDI → Parquet: `chinalac ingest wdi` (GDP, population, merchandise trade).

Asks the WDI API (v2, JSON) for China and the 33 CELAC states, one indicator at a time,
following its pages. The release is the data's `lastupdated` date as the API states it, so
two downloads of the same WDI update land in the same release. Raw pages are kept beside the
Parquet files; missing observations (value null) are dropped, not turned into zeros.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pandas as pd

from chinalac.sources.datasets import DatasetInfo
from chinalac.sources.errors import IngestError
from chinalac.sources.http import FetchError, RetryPolicy, get_json, make_client
from chinalac.sources.ingest_log import LogEntry, files_of, fresh_path, record
from chinalac.sources.staging import StagedFiles, file_sha256, write_text_atomically

SOURCE_ID = "WorldBank-WDI"
SOURCE_DIR = "wdi"
API_URL = "https://api.worldbank.org/v2/country/{countries}/indicator/{indicator}"
PER_PAGE = 1000
INDICATORS = {
    "NY.GDP.MKTP.CD": "GDP (current US$)",
    "SP.POP.TOTL": "Population, total",
    "TG.VAL.TOTL.GD.ZS": "Merchandise trade (% of GDP)",
    "TX.VAL.MRCH.CD.WT": "Merchandise exports (current US$)",
    "TM.VAL.MRCH.CD.WT": "Merchandise imports (current US$)",
}

DATASET = DatasetInfo(
    dataset="wdi",
    source_id=SOURCE_ID,
    title="World Bank World Development Indicators",
    measure="; ".join(f"{code}: {label}" for code, label in INDICATORS.items()),
    unit="as each indicator states: current US$, people, or percent of GDP",
    coverage="China and the 33 CELAC states, the years asked for at ingest",
    caveats=(
        "WDI revises back years at each update: the release is WDI's lastupdated date",
        "merchandise trade here is each country's total with the world, not with China",
    ),
)


def _pages(
    client, url: str, params: dict, policy: RetryPolicy
) -> list[tuple[dict, list[dict], list]]:
    """Every page of one indicator: (metadata, rows, raw JSON) per page."""
    pages, page, last = [], 1, 1
    while page <= last:
        answer = get_json(client, url, params={**params, "page": str(page)}, policy=policy)
        if not isinstance(answer, list) or not answer or not isinstance(answer[0], dict):
            raise FetchError(f"{url}: unexpected answer {str(answer)[:200]}")
        if "message" in answer[0]:  # the API reports errors with HTTP 200 and a message list
            messages = "; ".join(m.get("value", "") for m in answer[0]["message"])
            raise FetchError(f"{url}: World Bank API error: {messages}")
        meta = answer[0]
        rows = answer[1] if len(answer) > 1 and answer[1] else []
        pages.append((meta, rows, answer))
        last = int(meta.get("pages") or 1)
        page += 1
    return pages


def ingest(
    countries: list[str],
    first_year: int,
    last_year: int,
    ingested: Path,
    *,
    indicators: list[str] | None = None,
    client: httpx.Client | None = None,
    policy: RetryPolicy | None = None,
    on_indicator: Callable[[str, int, int], None] | None = None,
) -> list[LogEntry]:
    indicators = indicators or list(INDICATORS)
    policy = policy or RetryPolicy()
    own_client = client is None
    client = client or make_client()
    fetched: dict[str, list] = {}
    try:
        for index, indicator in enumerate(indicators):
            if on_indicator:
                on_indicator(indicator, index, len(indicators))
            url = API_URL.format(countries=";".join(sorted(countries)), indicator=indicator)
            params = {
                "format": "json",
                "date": f"{first_year}:{last_year}",
                "per_page": str(PER_PAGE),
            }
            fetched[indicator] = _pages(client, url, params, policy)
    finally:
        if own_client:
            client.close()
    updated = sorted(
        {str(meta.get("lastupdated") or "") for pages in fetched.values() for meta, _, _ in pages}
        - {""}
    )
    release = updated[-1] if updated else "unknown"
    folder = ingested / SOURCE_DIR / release
    for indicator, pages in fetched.items():
        for number, (_, _, raw) in enumerate(pages, start=1):
            write_text_atomically(
                folder / "raw" / f"{indicator}_p{number}.json", json.dumps(raw, ensure_ascii=False)
            )
    table = _tidy(fetched, set(countries), folder, release)
    return _write(table, ingested, release)


def _tidy(
    fetched: dict[str, list], countries: set[str], folder: Path, release: str
) -> pd.DataFrame:
    rows = []
    for indicator, pages in fetched.items():
        for number, (_, records, _) in enumerate(pages, start=1):
            label = str(folder / "raw" / f"{indicator}_p{number}.json")
            for position, item in enumerate(records, start=1):
                iso3 = item.get("countryiso3code") or ""
                if iso3 not in countries:
                    raise IngestError(
                        label, position, "countryiso3code", f"'{iso3}' was not asked for"
                    )
                year = str(item.get("date", ""))
                if not year.isdigit():
                    raise IngestError(label, position, "date", f"'{year}' is not a year")
                value = item.get("value")
                if value is None:
                    continue  # WDI's way of saying "no observation"
                if not isinstance(value, int | float):
                    raise IngestError(label, position, "value", f"'{value}' is not a number")
                rows.append((iso3, int(year), item["indicator"]["id"], float(value)))
    table = pd.DataFrame(rows, columns=["iso3", "year", "indicator", "value"])
    if table.duplicated(["iso3", "year", "indicator"]).any():
        first = table[table.duplicated(["iso3", "year", "indicator"])].iloc[0]
        raise IngestError(
            str(folder / "raw"),
            None,
            "date",
            f"{first['indicator']} {first['iso3']} {first['year']} appears twice",
        )
    return table.assign(source=SOURCE_ID, release=release)


def _write(table: pd.DataFrame, ingested: Path, release: str) -> list[LogEntry]:
    staged = StagedFiles()
    entries = []
    try:
        for year, part in table.groupby("year"):
            final = fresh_path(ingested / SOURCE_DIR / release / f"year={year}" / "wdi.parquet")
            temporary = staged.temporary_for(final)
            part.to_parquet(temporary, index=False, compression="zstd")
            entries.append(
                LogEntry(
                    SOURCE_ID,
                    release,
                    "",
                    "wdi",
                    int(year),
                    final.relative_to(ingested).as_posix(),
                    file_sha256(temporary),
                    len(part),
                    LogEntry.now(),
                    API_URL.split("{")[0],
                )
            )
        staged.commit()
    except BaseException:
        staged.discard()
        raise
    # Files replaced are deleted once the store no longer reads them (ingest_log.commit_pending).
    record(ingested, entries, files_of(ingested, SOURCE_ID, release, prefix="wdi"))
    return entries
