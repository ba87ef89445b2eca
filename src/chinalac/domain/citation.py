"""How to cite chinalac and the sources of an output: one function each.

The tool's own citation (also in CITATION.cff, which a test keeps in step with it) carries the
version and the date of the shipped data release: the newest `accessed` date of the sources
the shipped data cites. Sources are cited from the store's `sources` table, as stored.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

TITLE = "chinalac: an open observatory of China–Latin America & Caribbean cooperation"
AUTHORS = "The chinalac contributors"
LICENCE = "MIT"
# Where sources carry their access date: the knowledge base's sources table, and any sidecar
# (SOURCE.yml or <table>.meta.yml) with an `accessed:` field.
SOURCES_CSV = Path("knowledge") / "sources.csv"
ACCESSED = re.compile(r"^\s*accessed:\s*['\"]?(\d{4}-\d{2}-\d{2})", re.MULTILINE)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
# Columns of chinalac outputs that hold source ids (several joined by ';' or ',').
SOURCE_COLUMNS = ("source_id", "source", "sources", "delivery_source_id")


def data_release_date(data_dir: Path | None = None) -> str | None:
    """The shipped data's release date (YYYY-MM-DD): the newest date on which a source it
    cites was accessed. None if no source records an access date."""
    if data_dir is None:
        from chinalac.paths import package_data_dir

        data_dir = package_data_dir()
    dates: list[str] = []
    table = data_dir / SOURCES_CSV
    if table.is_file():
        with table.open(encoding="utf-8", newline="") as handle:
            dates += [
                row["accessed"]
                for row in csv.DictReader(handle)
                if ISO_DATE.match(row.get("accessed") or "")
            ]
    for sidecar in [*data_dir.rglob("SOURCE.yml"), *data_dir.rglob("*.meta.yml")]:
        dates += ACCESSED.findall(sidecar.read_text(encoding="utf-8"))
    return max(dates, default=None)


def version_line() -> str:
    """What `chinalac --version` prints."""
    from chinalac import __version__

    release = data_release_date()
    data = f"data release {release}" if release else "no data release date recorded"
    return f"chinalac {__version__} ({data}: the newest access date of the shipped sources)"


def tool_citation() -> str:
    """How to cite chinalac itself (the same fields as CITATION.cff)."""
    from chinalac import __version__

    release = data_release_date()
    year = release[:4] if release else "n.d."
    data = f"; data release {release}" if release else ""
    return (
        f"{AUTHORS} ({year}). {TITLE} (version {__version__}{data}) [software]. {LICENCE} licence."
    )


@dataclass(frozen=True)
class SourceCitation:
    source_id: str
    text: str
    licence: str | None


def _clean(value) -> str:
    return "" if value is None or value != value else str(value).strip()


def cite_source(row: Mapping) -> SourceCitation:
    """One line for one row of the `sources` table: who, when, what, where, licence."""
    who = _clean(row.get("author")) or _clean(row.get("publisher"))
    when = f"({_clean(row.get('date')) or 'n.d.'})"
    title = _clean(row.get("title")).rstrip(".")
    parts = [f"{who} {when}. {title}." if who else f"{title} {when}."]
    publisher = _clean(row.get("publisher"))
    if publisher and publisher != who:
        parts.append(f"{publisher}.")
    doi, url = _clean(row.get("doi")), _clean(row.get("url"))
    link = f"https://doi.org/{doi}" if doi else url
    if link:
        accessed = _clean(row.get("accessed"))
        parts.append(link + (f" (accessed {accessed})" if accessed else "") + ".")
    return SourceCitation(
        _clean(row.get("source_id")), " ".join(parts), _clean(row.get("licence")) or None
    )


def source_ids_in(records: Iterable[Mapping]) -> list[str]:
    """Every source id named in rows of a chinalac output, in order of first appearance."""
    found: dict[str, None] = {}
    for record in records:
        for column in SOURCE_COLUMNS:
            for value in re.split(r"[;,]", _clean(record.get(column))):
                if value.strip():
                    found.setdefault(value.strip(), None)
    return list(found)


def cite_sources(db, source_ids: Iterable[str]) -> tuple[list[SourceCitation], list[str]]:
    """Citations of the given source ids from the store, and the ids it does not hold."""
    wanted = list(dict.fromkeys(source_ids))
    if not wanted:
        return [], []
    columns, rows = db.fetch(
        "SELECT * FROM sources WHERE source_id IN (SELECT unnest(?::VARCHAR[]))", [wanted]
    )
    by_id = {row[0]: dict(zip(columns, row, strict=True)) for row in rows}
    return [cite_source(by_id[i]) for i in wanted if i in by_id], [
        i for i in wanted if i not in by_id
    ]
