"""What a dataset measures, in which unit, over what coverage, and its caveats.

Every table or view built from a dataset carries its `dataset` id; the store's `caveats`
table holds one `DatasetInfo` per id so that each output can show the caveats beside the
numbers instead of leaving them in a README.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

COLUMNS = ["dataset", "source_id", "title", "measure", "unit", "coverage", "caveats"]


@dataclass(frozen=True)
class DatasetInfo:
    dataset: str
    source_id: str
    title: str
    measure: str
    unit: str
    coverage: str
    caveats: tuple[str, ...] = field(default_factory=tuple)

    def as_row(self) -> dict[str, str]:
        return {
            "dataset": self.dataset,
            "source_id": self.source_id,
            "title": self.title,
            "measure": self.measure,
            "unit": self.unit,
            "coverage": self.coverage,
            "caveats": " | ".join(self.caveats),
        }


def sidecar_caveats(sidecar: Path) -> tuple[str, ...]:
    """The `caveats:` list of a SOURCE.yml, in the producer's (or copier's) own words."""
    if not sidecar.exists():
        return ()
    text = sidecar.read_text(encoding="utf-8")
    try:
        meta = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        # Some copied sidecars are not strict YAML (an unquoted ': ' in a title); they stay
        # unchanged, so read their caveats block line by line instead.
        return _caveats_block(text)
    return tuple(_as_text(c) for c in meta.get("caveats") or ())


def _as_text(caveat) -> str:
    """A caveat with an unquoted ': ' inside reads as a one-key mapping in YAML: rejoin it."""
    if isinstance(caveat, dict):
        return "; ".join(f"{key}: {value}" for key, value in caveat.items())
    return str(caveat).strip()


def _caveats_block(text: str) -> tuple[str, ...]:
    caveats, inside = [], False
    for line in text.splitlines():
        if not line.startswith(" "):
            inside = line.strip() == "caveats:"
        elif inside and line.strip().startswith("- "):
            caveats.append(line.strip()[2:].strip())
        elif inside and caveats and line.strip():
            caveats[-1] += " " + line.strip()  # a wrapped caveat
    return tuple(caveats)


# The store keeps two small bookkeeping tables that several loaders append to; they are
# created with a fixed schema so that the first loader's empty cells cannot decide the types.
CAVEATS_TABLE = (
    "CREATE TABLE IF NOT EXISTS caveats (" + ", ".join(f"{c} VARCHAR" for c in COLUMNS) + ")"
)
QUALITY_COLUMNS = [
    "dataset",
    "check_name",
    "status",
    "file",
    "line",
    "field",
    "value",
    "detail",
    "source_id",
]
QUALITY_TABLE = (
    "CREATE TABLE IF NOT EXISTS quality_log (dataset VARCHAR, check_name VARCHAR, status VARCHAR, "
    "file VARCHAR, line INTEGER, field VARCHAR, value VARCHAR, detail VARCHAR, source_id VARCHAR)"
)


def add_to_store(ctx, infos: list[DatasetInfo]) -> None:
    """Append datasets to the store's `caveats` table."""
    ctx.con.execute(CAVEATS_TABLE)
    ctx.append_rows("caveats", pd.DataFrame([info.as_row() for info in infos], columns=COLUMNS))


def add_quality_rows(ctx, frame: pd.DataFrame) -> None:
    """Lines of the data-quality report (`chinalac quality`): checks run and fixes applied."""
    ctx.con.execute(QUALITY_TABLE)
    frame = frame.reindex(columns=QUALITY_COLUMNS).astype(object)
    frame = frame.where(frame.notna(), None)
    frame["value"] = frame["value"].map(lambda v: None if v is None else str(v))
    ctx.append_rows("quality_log", frame)


def add_quality(ctx, dataset, check, status, file, line, field, value, detail, source_id) -> None:
    row = [dataset, check, status, file, line, field, value, detail, source_id]
    add_quality_rows(ctx, pd.DataFrame([row], columns=QUALITY_COLUMNS))
