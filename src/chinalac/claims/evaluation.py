"""Score the checker against a hand-annotated key (tests/fixtures/claims/key.csv).

    report = evaluate(text, load_key(path), knowledge)
    report.recall, report.precision, report.verdict_accuracy

Matching: a predicted claim and a key claim match when their character spans overlap; pairs
are formed one-to-one, largest overlap first. Verdict accuracy is over the matched key claims;
end-to-end accuracy counts a missed claim as wrong. Thresholds the tests hold the checker to:
RECALL_MIN and VERDICT_ACCURACY_MIN.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from chinalac.claims.check import check
from chinalac.claims.knowledge import KnowledgeView
from chinalac.claims.models import ClaimResult

RECALL_MIN = 0.90
VERDICT_ACCURACY_MIN = 0.90


@dataclass(frozen=True)
class KeyClaim:
    key_id: str
    start: int
    end: int
    snippet: str
    kind: str
    value: float
    unit: str
    metric: str
    entity: str
    verdict: str
    record: str
    note: str


@dataclass
class EvaluationReport:
    key_count: int
    predicted_count: int
    pairs: list[tuple[KeyClaim, ClaimResult]] = field(default_factory=list)
    missed: list[KeyClaim] = field(default_factory=list)
    spurious: list[ClaimResult] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return len(self.pairs) / self.key_count if self.key_count else 1.0

    @property
    def precision(self) -> float:
        return len(self.pairs) / self.predicted_count if self.predicted_count else 1.0

    @property
    def wrong_verdicts(self) -> list[tuple[KeyClaim, ClaimResult]]:
        return [(k, r) for k, r in self.pairs if str(r.verdict) != k.verdict]

    @property
    def verdict_accuracy(self) -> float:
        return 1 - len(self.wrong_verdicts) / len(self.pairs) if self.pairs else 0.0

    @property
    def end_to_end_accuracy(self) -> float:
        right = len(self.pairs) - len(self.wrong_verdicts)
        return right / self.key_count if self.key_count else 1.0

    @property
    def metric_accuracy(self) -> float:
        scored = [(k, r) for k, r in self.pairs if k.metric]
        if not scored:
            return 1.0
        return sum(1 for k, r in scored if r.claim.metric == k.metric) / len(scored)

    def summary(self) -> dict[str, float | int]:
        return {
            "key_claims": self.key_count,
            "predicted_claims": self.predicted_count,
            "matched": len(self.pairs),
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "verdict_accuracy": round(self.verdict_accuracy, 3),
            "end_to_end_accuracy": round(self.end_to_end_accuracy, 3),
            "metric_accuracy": round(self.metric_accuracy, 3),
        }


def load_key(path: str | Path) -> list[KeyClaim]:
    with Path(path).open(encoding="utf-8", newline="") as handle:
        rows = [
            r for r in csv.DictReader(handle) if r.get("key_id") and not r["key_id"].startswith("#")
        ]
    return [
        KeyClaim(
            r["key_id"],
            int(r["start"]),
            int(r["end"]),
            r["snippet"],
            r["kind"],
            float(r["value"] or 0),
            r["unit"],
            r["metric"],
            r["entity"],
            r["verdict"],
            r["record"],
            r.get("note", ""),
        )
        for r in rows
    ]


def match(key: list[KeyClaim], results: list[ClaimResult]) -> EvaluationReport:
    candidates = []
    for i, k in enumerate(key):
        for j, r in enumerate(results):
            overlap = min(k.end, r.claim.end) - max(k.start, r.claim.start)
            if overlap > 0:
                candidates.append((overlap, i, j))
    report = EvaluationReport(len(key), len(results))
    used_key, used_result = set(), set()
    for _overlap, i, j in sorted(candidates, key=lambda c: -c[0]):
        if i in used_key or j in used_result:
            continue
        used_key.add(i)
        used_result.add(j)
        report.pairs.append((key[i], results[j]))
    report.pairs.sort(key=lambda pair: pair[0].start)
    report.missed = [k for i, k in enumerate(key) if i not in used_key]
    report.spurious = [r for j, r in enumerate(results) if j not in used_result]
    return report


def evaluate(
    text: str, key: list[KeyClaim], knowledge: KnowledgeView | None = None
) -> EvaluationReport:
    return match(key, check(text, db=knowledge))
