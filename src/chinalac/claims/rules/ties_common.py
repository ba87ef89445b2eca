"""Reading the ties table: which rows assert a tie, when, and what a sentence is about."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from chinalac.claims.knowledge import KnowledgeView
from chinalac.claims.models import Evidence
from chinalac.claims.vocabulary import fold, phrase_pattern, tie_cues

NEGATIVE = (
    "not",
    "none",
    "unsourced",
    "withdrawn",
    "off the table",
    "no ",
    "talks",
    "prospective",
    "participation announced",
)


@dataclass(frozen=True)
class Tie:
    tie_id: str
    iso3: str
    tie_type: str
    status: str
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD (from date_sort)
    conflict: bool
    source_id: str
    evidence_note: str

    @property
    def year(self) -> int:
        return int(self.date[:4])

    @property
    def month(self) -> int | None:
        return int(self.date[5:7]) if len(self.date) >= 7 else None

    def evidence(self, relation: str) -> Evidence:
        return Evidence(
            kind="tie",
            record_id=self.tie_id,
            source_id=self.source_id or None,
            relation=relation,
            value=float(self.year),
            unit="year",
            period=self.date,
            entity=self.iso3,
            note=self.evidence_note or None,
        )

    def label(self) -> str:
        flag = " (marked CONFLICT)" if self.conflict else ""
        return f"{self.iso3} {self.tie_type} {self.status} {self.date}{flag} [{self.tie_id}]"


@functools.lru_cache(maxsize=64)
def positive_ties(knowledge: KnowledgeView, tie_type: str) -> tuple[Tie, ...]:
    """Dated rows that assert the tie (signed, joined, established, member…), sourced or inferred.

    Cached per knowledge view (views are hashed by identity)."""
    frame = knowledge.ties
    out = []
    for row in frame.itertuples():
        if row.tie_type != tie_type or row.superseded or row.quality == "unsourced":
            continue
        status = str(row.status).strip().lower()
        if not status or status.startswith(NEGATIVE) or "not " in status[:12]:
            continue
        date = str(row.date_sort or "")
        if not re.match(r"^\d{4}", date):
            continue
        out.append(
            Tie(
                str(row.tie_id),
                row.iso3,
                row.tie_type,
                str(row.status),
                date,
                bool(row.conflict),
                row.source_id,
                row.evidence,
            )
        )
    return tuple(out)


@functools.cache
def _cue_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple(
        (re.compile(phrase_pattern(phrase, plural=False)), tie) for phrase, tie in tie_cues()
    )


def tie_types_named(sentence: str) -> list[str]:
    folded = fold(sentence)
    found: list[str] = []
    for pattern, tie in _cue_patterns():
        if pattern.search(folded) and tie not in found:
            found.append(tie)
    return found
