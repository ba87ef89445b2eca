"""What a dataset measures, in which unit, over what coverage, and its caveats.

Every table or view built from a dataset carries its `dataset` id; the store's `caveats`
table holds one `DatasetInfo` per id so that each output can show the caveats beside the
numbers instead of leaving them in a README.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
