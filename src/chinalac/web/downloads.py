"""Downloads that carry their provenance: CSV with `#` header lines naming sources and licences.

Every chart's CSV starts with comment lines (title, what the numbers are, each source with its
licence and address) and keeps a `source_id` column where rows have one, so a file that
travels on its own still says where each figure comes from. pandas reads it back with
`pd.read_csv(path, comment="#")`.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable

import pandas as pd
from fastapi.responses import Response

from chinalac import __version__
from chinalac.csv_cells import to_safe_csv

PROJECT_LICENCE = "chinalac code MIT; each figure keeps its source's licence (listed below)"


def describe_source(source: dict) -> str:
    parts = [source.get("title") or source.get("source_id") or ""]
    for key in ("author", "publisher", "date"):
        if source.get(key):
            parts.append(str(source[key]))
    if source.get("doi"):
        parts.append(f"doi:{source['doi']}")
    if source.get("url"):
        parts.append(str(source["url"]))
    parts.append(f"licence: {source.get('licence') or 'not stated by the source; cite it'}")
    return " — ".join(parts)


def csv_with_sources(
    frame: pd.DataFrame,
    title: str,
    sources: Iterable[dict],
    notes: Iterable[str] = (),
) -> str:
    lines = [
        f"# {title}",
        f"# produced by chinalac {__version__} ({PROJECT_LICENCE})",
    ]
    lines += [f"# note: {note}" for note in notes if note]
    listed = list(sources)
    if listed:
        lines += [f"# source {s.get('source_id', '')}: {describe_source(s)}" for s in listed]
    else:
        lines.append("# source: none recorded for these rows")
    buffer = io.StringIO()
    to_safe_csv(frame, buffer)  # no cell can run as a spreadsheet formula
    return "\n".join(line.replace("\n", " ") for line in lines) + "\n" + buffer.getvalue()


def csv_response(text: str, filename: str) -> Response:
    return Response(
        text.encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def json_records(frame: pd.DataFrame) -> str:
    return json.dumps(
        json.loads(frame.to_json(orient="records", date_format="iso", force_ascii=False)),
        ensure_ascii=False,
        indent=1,
    )


def sources_of(frame: pd.DataFrame, sources: dict[str, dict], *columns: str) -> list[dict]:
    """The sources named in the frame's source columns, in order of first appearance."""
    seen: list[str] = []
    for column in columns or ("source_id",):
        if column in frame.columns:
            for value in frame[column].dropna():
                for source_id in str(value).split(";"):
                    source_id = source_id.strip()
                    if source_id and source_id not in seen:
                        seen.append(source_id)
    return [sources.get(s, {"source_id": s, "title": s}) for s in seen]
