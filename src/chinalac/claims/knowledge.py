"""What the checker knows: the knowledge-base tables as DataFrames, from the store or the CSVs.

    KnowledgeView.from_database(chinalac.open())   # the built DuckDB store
    KnowledgeView.from_folder()                     # the package's data/knowledge CSVs (no store)
    KnowledgeView.from_folder(path)                 # another folder with the same files

Either way the checker sees the same columns (docs/ARCHITECTURE.md). A table that is missing
is empty, so a partial knowledge base yields "unverifiable" verdicts rather than errors.
The ties are read from `<folder>/../ties_compiled/` and `<folder>/ties_chinalac.csv`, corrected
by `<folder>/../corrections/corrections.csv` (the store's own correction code) and given the
store's derived columns (source_id, quality, conflict, superseded, date_sort, tier) the same way
the loader does; what a tie's status is on a date is then asked of chinalac.domain.ties.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from chinalac.store.schema import with_current_column_names

COLUMNS: dict[str, list[str]] = {
    "facts": [
        "fact_id", "metric", "entity", "counterpart", "period_start", "period_end", "value", "unit",
        "reporter", "field", "conflict_group", "project_id", "note", "source_id", "evidence",
        "partial_year", "precision",
    ],
    "metrics": ["metric", "unit", "field", "description", "phrases_en", "phrases_es", "phrases_pt"],
    "countries": ["iso3", "iso2", "iso_numeric", "name_en", "name_es", "name_pt", "subregion", "celac", "source_id"],
    "country_names": ["name", "iso3", "lang"],
    # Groups narrower than a subregion (the English-speaking Caribbean, CARICOM; ties-rank).
    "country_groups": ["group_id", "iso3", "source_id", "note"],
    "sources": ["source_id", "title", "author", "publisher", "date", "url", "doi", "licence"],
    "ties": [
        "tie_id", "iso3", "tie_type", "status", "date", "date_sort", "quality", "conflict", "superseded",
        "tier", "detail", "source_id", "evidence",
    ],
    "commitments": [
        "commitment_id", "plan", "description", "metric", "target_value", "unit", "period_start",
        "period_end", "made_on", "source_id", "evidence",
    ],
    # Every statement of a pledge (the compilation's and the knowledge base's), side by side.
    "commitment_statements": [
        "commitment_id", "statement_id", "description", "target_value", "unit", "period_start",
        "period_end", "made_on", "source_id", "evidence",
    ],
    "delivery": [
        "delivery_id", "commitment_id", "as_of", "as_of_end", "value", "value_text", "bound",
        "unit", "kind", "reporter", "source_id",
    ],
    # Forums and meetings (the n-th ministerial meeting of the China-CELAC Forum).
    "mechanisms": ["mechanism_id", "kind", "name", "date", "end_date", "place", "detail", "source_id"],
    # Dated trips of leaders (claims/rules/visit_date.py).
    "visits": ["visit_id", "date", "visitor", "role", "iso3", "detail", "source_id"],
    # The cooperation frameworks and their parts (claims/rules/framework_count.py).
    "frameworks": ["framework_id", "name", "date", "context", "source_id"],
    "framework_components": ["framework_id", "component_id", "kind", "position", "name", "source_id"],
    # Policy papers, declarations and plans (claims/rules/policy_paper.py).
    "documents": ["document_id", "kind", "title", "date", "issuer", "summary", "source_id"],
}  # fmt: skip
NUMERIC = {
    "facts": ["value"],
    "commitments": ["target_value"],
    "commitment_statements": ["target_value"],
    "delivery": ["value"],
}
ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: it holds DataFrames
class KnowledgeView:
    facts: pd.DataFrame
    metrics: pd.DataFrame
    countries: pd.DataFrame
    country_names: pd.DataFrame
    country_groups: pd.DataFrame
    sources: pd.DataFrame
    ties: pd.DataFrame
    commitments: pd.DataFrame
    commitment_statements: pd.DataFrame
    delivery: pd.DataFrame
    mechanisms: pd.DataFrame
    visits: pd.DataFrame
    frameworks: pd.DataFrame
    framework_components: pd.DataFrame
    documents: pd.DataFrame
    origin: str = ""

    @classmethod
    def from_frames(cls, origin: str = "", **frames: pd.DataFrame | None) -> KnowledgeView:
        frames = {**frames, **_from_legacy(frames.get("commitments"))}
        tables = {name: _normalise(name, frames.get(name)) for name in COLUMNS}
        return cls(origin=origin, **tables)

    @classmethod
    def from_database(cls, db) -> KnowledgeView:
        """From any object with `sql(query) -> DataFrame` over the store's tables."""
        frames: dict[str, pd.DataFrame | None] = {}
        for name in COLUMNS:
            try:
                frames[name] = db.sql(f'SELECT * FROM "{name}"')
            except Exception:  # noqa: BLE001 — a table the store lacks is an empty table here
                frames[name] = None
        frames["facts"] = _with_published_figures(db, frames.get("facts"))
        return cls.from_frames(origin=f"store {getattr(db, 'path', '')}".strip(), **frames)

    @classmethod
    def from_folder(cls, folder: str | Path | None = None) -> KnowledgeView:
        """From `data/knowledge/*.csv` (and `data/ties_compiled/`) without building a store."""
        if folder is None:
            return _package_view()
        return _read_folder(Path(folder))

    def metric_units(self) -> dict[str, str]:
        return dict(zip(self.metrics["metric"], self.metrics["unit"], strict=True))

    def source_title(self, source_id: str | None) -> str:
        if not source_id:
            return ""
        match = self.sources[self.sources["source_id"] == source_id]
        return "" if match.empty else str(match.iloc[0]["title"])


def _with_published_figures(db, facts: pd.DataFrame | None) -> pd.DataFrame | None:
    """The store's published trade figures (chinalac.domain.figures) beside the curated facts."""
    from chinalac.domain.figures import claim_facts

    try:
        published = claim_facts(db)
    except Exception:  # noqa: BLE001 — a store without the figures table: curated facts only
        return facts
    if published.empty:
        return facts
    if facts is None or facts.empty:
        return published
    return pd.concat([facts, published], ignore_index=True)


def _empty(name: str) -> pd.DataFrame:
    return pd.DataFrame({column: pd.Series(dtype="object") for column in COLUMNS[name]})


def _normalise(name: str, frame: pd.DataFrame | None) -> pd.DataFrame:
    if frame is None or not isinstance(frame, pd.DataFrame):
        return _empty(name)
    frame = with_current_column_names(frame.copy())  # a legacy `quote` column reads as `evidence`
    if name == "ties":
        frame = _derive_tie_columns(frame)
    for column in COLUMNS[name]:
        if column not in frame.columns:
            frame[column] = None
    for column in frame.columns:
        if column in NUMERIC.get(name, []):
            frame[column] = pd.to_numeric(frame[column], errors="coerce")
        elif column in ("celac", "conflict", "superseded", "partial_year"):
            frame[column] = frame[column].map(_truthy)
        else:
            frame[column] = frame[column].map(_text)
    return frame.reset_index(drop=True)


def _truthy(value) -> bool:
    return str(value).strip().lower() in {"true", "1", "yes"}


def _text(value) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _web_source_id(url: str) -> str:
    # Same id as the store's ties loader, so a tie cites the same source either way.
    return "web-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]


def _derive_tie_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Give the copied compilation the columns the store's loader derives."""
    frame = frame.fillna("")
    if "source_id" not in frame.columns:
        urls = (
            frame["source_url"] if "source_url" in frame.columns else pd.Series([""] * len(frame))
        )
        frame["source_id"] = [_web_source_id(u) if u else "" for u in urls]
    else:
        urls = frame["source_url"] if "source_url" in frame.columns else frame["source_id"]
    status = (
        frame["status"].astype(str) if "status" in frame.columns else pd.Series([""] * len(frame))
    )
    if "quality" not in frame.columns:
        frame["quality"] = [
            "unsourced"
            if s.lower().startswith("unsourced") or not u
            else "inferred"
            if "inferred" in s.lower()
            else "sourced"
            for s, u in zip(status, urls, strict=True)
        ]
    if "conflict" not in frame.columns:
        frame["conflict"] = status.str.contains("CONFLICT", regex=False)
    if "date_sort" not in frame.columns:
        frame["date_sort"] = [
            m.group(0) if (m := ISO_DATE.search(str(d))) else "" for d in frame.get("date", "")
        ]
    if "superseded" not in frame.columns:
        frame["superseded"] = False
    if "tie_id" not in frame.columns:
        origin = frame["origin"] if "origin" in frame.columns else pd.Series(["ties"] * len(frame))
        frame["tie_id"] = [f"{o}:{i + 2}" for i, o in enumerate(origin)]
    return frame


def _read_csv(path: Path) -> pd.DataFrame | None:
    if not path.exists():
        return None
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError, ValueError):
        return None


def _from_legacy(frame) -> dict[str, pd.DataFrame]:
    """A commitments table in the earlier one-table shape (announced, delivered_value, quote):
    split into pledges, their statements and their delivery, as the store holds them."""
    if not isinstance(frame, pd.DataFrame) or "delivered_value" not in frame.columns:
        return {}
    frame = frame.fillna("").astype(str)
    get = lambda column: frame[column] if column in frame.columns else ""  # noqa: E731
    pledges = pd.DataFrame(
        {
            "commitment_id": frame["commitment_id"],
            "plan": None,
            "description": get("description"),
            "metric": get("metric"),
            "target_value": get("target_value"),
            "unit": get("unit"),
            "period_start": get("period_start"),
            "period_end": get("period_end"),
            "made_on": get("announced"),
            "source_id": get("source_id"),
            "evidence": get("quote"),
        }
    )
    statements = pledges.assign(statement_id=pledges["commitment_id"])
    reported = frame[frame["delivered_value"] != ""]
    delivery = pd.DataFrame(
        {
            "delivery_id": "legacy:" + reported["commitment_id"],
            "commitment_id": reported["commitment_id"],
            "as_of": reported["delivered_as_of"],
            "as_of_end": reported["delivered_as_of"],
            "value": reported["delivered_value"],
            "value_text": reported["delivered_value"],
            "unit": reported["unit"],
            "kind": "measurement",
            "reporter": reported["delivery_source_id"],
            "source_id": reported["delivery_source_id"],
        }
    )
    return {"commitments": pledges, "commitment_statements": statements, "delivery": delivery}


def _commitment_frames(folder: Path) -> dict[str, pd.DataFrame]:
    """The store's commitment tables, read from the data folder the knowledge folder sits in."""
    root = folder.parent
    if not (root / "commitments_compiled").is_dir():
        return {"commitments": _read_csv(folder / "commitments.csv")}  # an older snapshot
    from chinalac.store.loaders.commitments import read_commitments

    tables = read_commitments(root)
    return {
        "commitments": tables.commitments,
        "commitment_statements": tables.statements,
        "delivery": tables.delivery,
    }


def _read_folder(folder: Path) -> KnowledgeView:
    frames: dict[str, pd.DataFrame | None] = {}
    for name in COLUMNS:
        if name not in ("ties", "commitments", "commitment_statements", "delivery"):
            frames[name] = _read_csv(folder / f"{name}.csv")
    frames.update(_commitment_frames(folder))
    ties_dir = folder.parent / "ties_compiled"
    corrections = _read_csv(folder.parent / "corrections" / "corrections.csv")
    parts = []
    for path, relpath in (
        (ties_dir / "ties.csv", "ties_compiled/ties.csv"),
        (ties_dir / "ties_additions.csv", "ties_compiled/ties_additions.csv"),
        (folder / "ties_chinalac.csv", "knowledge/ties_chinalac.csv"),
    ):
        part = _read_csv(path)
        if part is not None:
            stem = path.stem
            part["origin"] = stem
            # The store's tie id: "<file stem>:<line>" with the header on line 1.
            part["tie_id"] = [f"{stem}:{line}" for line in range(2, len(part) + 2)]
            parts.append(_corrected(part, relpath, corrections))
    if (folder / "ties.csv").exists():  # a self-contained folder (tests) may hold ties beside facts
        part = _read_csv(folder / "ties.csv")
        if part is not None:
            part["origin"] = "ties"
            parts.append(part)
    if parts:
        parts = [_with_tiers(part, folder) for part in parts]
    frames["ties"] = _superseded(pd.concat(parts, ignore_index=True)) if parts else None
    published = _published_from_folder(folder.parent)
    if published is not None:
        frames["facts"] = _with_published_figures(published, frames.get("facts"))
    return KnowledgeView.from_frames(origin=str(folder), **frames)


def _published_from_folder(data: Path):
    """The published figures read from `<data>/figures/` the way the store's loader derives
    them (periods, partial years, precision, conflict groups), as an in-memory table."""
    from chinalac.store.loaders import figures as loader

    parts = []
    for relpath in (loader.FIGURES_FILE, loader.ADDITIONS_FILE):
        part = _read_csv(data / relpath)
        if part is None or not set(loader.COLUMNS) <= set(part.columns):
            continue
        part = part[loader.COLUMNS].copy()
        part["origin_file"] = relpath
        part["origin_line"] = range(2, len(part) + 2)
        part["corrected"] = None
        parts.append(part)
    if not parts:
        return None
    frame = pd.concat(parts, ignore_index=True)
    usable = frame["value"].map(_is_number) & frame["period"].str.match(loader.PERIOD)
    try:
        derived = loader._derive(frame[usable].reset_index(drop=True))
    except (ValueError, KeyError):  # a damaged file: the checker keeps the curated facts
        return None
    import duckdb

    con = duckdb.connect(":memory:")
    con.register("_derived", derived[loader.FIGURE_COLUMNS])
    con.execute("CREATE TABLE figures AS SELECT * FROM _derived")
    return con


def _is_number(text: str) -> bool:
    try:
        return float(text) >= 0
    except (TypeError, ValueError):
        return False


def _superseded(ties: pd.DataFrame) -> pd.DataFrame:
    """Where ties_additions fills a cell that ties.csv marks unsourced, the old row is history."""
    ties = _derive_tie_columns(ties)
    if "origin" not in ties.columns:
        return ties
    filled = set(
        ties.loc[
            (ties["origin"].isin(["ties_additions", "ties_chinalac"]))
            & (ties["quality"] != "unsourced"),
            ["iso3", "tie_type"],
        ].itertuples(index=False, name=None)
    )
    ties["superseded"] = [
        q == "unsourced" and (i, t) in filled
        for q, i, t in zip(ties["quality"], ties["iso3"], ties["tie_type"], strict=True)
    ]
    return ties


def _corrected(part: pd.DataFrame, relpath: str, corrections: pd.DataFrame | None) -> pd.DataFrame:
    """The corrections of data/corrections/corrections.csv for one ties file (as the store)."""
    if corrections is None or corrections.empty:
        return part
    from chinalac.store.loaders.corrections import correct_frame

    mine = corrections[corrections["file"] == relpath]
    rows = [
        (r.key, r.field, r.old_value, r.new_value, r.action, r.reason, i + 2)
        for i, r in zip(mine.index, mine.itertuples(), strict=True)
    ]
    corrected, _problems = correct_frame(relpath, part, rows)  # `chinalac build` reports them
    return corrected.drop(columns=["corrected"])


def _with_tiers(part: pd.DataFrame, folder: Path) -> pd.DataFrame:
    """Each row's source tier, from source_domains.csv and source_tier_overrides.csv."""
    domains = _read_csv(folder / "source_domains.csv")
    if domains is None or "source_url" not in part.columns or "tier" in part.columns:
        return part
    from chinalac.domain.sources import source_tier

    overrides = _read_csv(folder / "source_tier_overrides.csv")
    part = part.copy()
    part["tier"] = [
        source_tier(url, _web_source_id(url), domains, overrides)[0] if url else ""
        for url in part["source_url"].fillna("")
    ]
    return part


@functools.cache
def _package_view() -> KnowledgeView:
    from chinalac.paths import package_data_dir

    return _read_folder(package_data_dir() / "knowledge")
