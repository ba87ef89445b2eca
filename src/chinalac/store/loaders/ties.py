"""Bilateral ties and forum events from data/ties_compiled/ (copied unchanged, see SOURCE.yml)
and the project's own additions, data/knowledge/ties_chinalac.csv (same columns).

Each row cites a web page; every cited page becomes a `sources` row (id `web-<hash of URL>`), so
a tie's source id resolves like any other. Rows keep the compilation's quality: `sourced`,
`inferred` (reasoned from a general statement of the cited page) or `unsourced` (a gap, never a
fact). Each row's `evidence` says, in our own words, what the cited page states (never a copied
sentence). Where `ties_additions.csv` or `ties_chinalac.csv` fills a cell that `ties.csv` marks
unsourced, the unsourced row stays as history with `superseded = true`. What a row means for the
status of a tie on a date is decided in chinalac.domain.ties, nowhere else.
"""

from __future__ import annotations

import hashlib
import re

import pandas as pd

from chinalac.store.context import BuildContext
from chinalac.store.loaders.corrections import apply_corrections
from chinalac.store.schema import line_numbers, read_csv_text

TIE_TYPES = frozenset(
    [
        "diplomatic_relations_prc",
        "taiwan_recognition",
        "taiwan_recognition_2025",
        "taiwan_break",
        "taiwan_switch",
        "one_china",
        "bri_mou",
        "fta",
        "fta_upgrade",
        "partnership",
        "aiib",
        "confucius_institutes",
    ]
)
TIE_COLUMNS = [
    "iso3",
    "country",
    "tie_type",
    "status",
    "date",
    "detail",
    "source_title",
    "source_url",
    "evidence",
]
FORUM_COLUMNS = [
    "kind",
    "name",
    "date",
    "place",
    "detail",
    "source_title",
    "source_url",
    "evidence",
]
TIE_FILES = (
    "ties_compiled/ties.csv",
    "ties_compiled/ties_additions.csv",
    "knowledge/ties_chinalac.csv",
)
ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def web_source_id(url: str) -> str:
    return "web-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]


def quality_of(status: str, url: str) -> str:
    low = status.lower()
    if low.startswith("unsourced") or not url:
        return "unsourced"
    if "inferred" in low:
        return "inferred"
    return "sourced"


def first_date(text: str) -> str | None:
    match = ISO_DATE.search(text or "")
    return match.group(0) if match else None


def _read(ctx: BuildContext, relpath: str, columns: list[str]) -> pd.DataFrame | None:
    frame, problems = read_csv_text(ctx.data_dir / relpath, relpath)
    ctx.files_read.append(relpath)
    ctx.problems.extend(problems)
    if frame is None:
        return None
    missing = [c for c in columns if c not in frame.columns]
    for name in missing:
        ctx.problem(relpath, 1, name, "required column is missing from the header")
    if missing:
        return None
    frame = frame[columns].copy()
    frame["origin_file"] = relpath
    frame["origin_line"] = line_numbers(frame)
    return apply_corrections(ctx, relpath, frame)


def _register_sources(ctx: BuildContext, frame: pd.DataFrame) -> None:
    cited = frame[frame["source_url"] != ""].drop_duplicates("source_url")
    if cited.empty or not ctx.table_exists("sources"):
        return
    known = {r[0] for r in ctx.con.execute("SELECT source_id FROM sources").fetchall()}
    rows = pd.DataFrame(
        {
            "source_id": cited["source_url"].map(web_source_id),
            "title": cited["source_title"].where(cited["source_title"] != "", cited["source_url"]),
            "url": cited["source_url"],
            "accessed": "2026-11",
            "notes": "web page cited by the ties compilation (data/ties_compiled/SOURCE.yml)",
            "origin": "compiled",
        }
    )
    ctx.append_rows("sources", rows[~rows["source_id"].isin(known)])


def _validate(ctx: BuildContext, frame: pd.DataFrame) -> None:
    known = set()
    if ctx.table_exists("countries"):
        known = {r[0] for r in ctx.con.execute("SELECT iso3 FROM countries").fetchall()}
    for row in frame.itertuples():
        if row.iso3 not in known:
            ctx.problem(
                row.origin_file,
                row.origin_line,
                "iso3",
                f"'{row.iso3}' is not a known country code",
            )
        if row.tie_type not in TIE_TYPES:
            ctx.problem(
                row.origin_file,
                row.origin_line,
                "tie_type",
                f"'{row.tie_type}' is not a known tie type",
            )
        if not row.status:
            ctx.problem(row.origin_file, row.origin_line, "status", "required value is empty")
        if row.date and not first_date(row.date):
            ctx.problem(row.origin_file, row.origin_line, "date", f"'{row.date}' holds no ISO date")
        if row.origin_file == TIE_FILES[2]:
            # The project's own rows: a URL and an evidence note each (never a copied sentence).
            if not row.source_url:
                ctx.problem(
                    row.origin_file, row.origin_line, "source_url", "required value is empty"
                )
            if not row.evidence:
                ctx.problem(row.origin_file, row.origin_line, "evidence", "required value is empty")


def load(ctx: BuildContext) -> None:
    parts = [_read(ctx, relpath, TIE_COLUMNS) for relpath in TIE_FILES]
    if any(part is None for part in parts):
        return
    ties = pd.concat(parts, ignore_index=True)
    _validate(ctx, ties)
    ties["quality"] = [
        quality_of(s, u) for s, u in zip(ties["status"], ties["source_url"], strict=True)
    ]
    ties["conflict"] = ties["status"].str.contains("CONFLICT", regex=False)
    filled = set(
        ties.loc[
            (ties["origin_file"] != TIE_FILES[0]) & (ties["quality"] != "unsourced"),
            ["iso3", "tie_type"],
        ].itertuples(index=False, name=None)
    )
    ties["superseded"] = [
        quality == "unsourced" and (iso3, tie) in filled
        for quality, iso3, tie in zip(ties["quality"], ties["iso3"], ties["tie_type"], strict=True)
    ]
    ties["source_id"] = ties["source_url"].map(lambda u: web_source_id(u) if u else None)
    ties["date_sort"] = ties["date"].map(first_date)
    ties["tie_id"] = [
        f"{f.split('/')[-1].removesuffix('.csv')}:{line}"
        for f, line in zip(ties["origin_file"], ties["origin_line"], strict=True)
    ]
    ties = ties.replace({"": None})
    _register_sources(ctx, ties.fillna(""))
    ctx.write_table("ties", ties)

    forum = _read(ctx, "ties_compiled/forum.csv", FORUM_COLUMNS)
    if forum is None:
        return
    _register_sources(ctx, forum)
    forum["source_id"] = forum["source_url"].map(lambda u: web_source_id(u) if u else None)
    forum["date_sort"] = forum["date"].map(first_date)
    forum["quality"] = [
        quality_of("unsourced" if "unsourced" in d else "", u)
        for d, u in zip(forum["detail"], forum["source_url"], strict=True)
    ]
    ctx.write_table("forum_events", forum.replace({"": None}))
