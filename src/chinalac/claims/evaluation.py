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


# --- The frozen unseen set (tests/fixtures/claims/unseen/, issue 15) ------------------------

VERDICTS = ("supported", "contradicted", "disputed", "inconsistent", "unverifiable")
MISSED = "missed"  # the column of a keyed claim the checker found no claim object for
NOT_KEYED = "not keyed"  # the row of a prediction on a span the key does not hold
# Acceptance of issue 15, on the test split.
ACCEPTANCE = {"contradicted_precision": 0.95, "accuracy": 0.90, "recall": 0.95}


@dataclass(frozen=True)
class UnseenClaim(KeyClaim):
    file: str = ""
    split: str = ""

    @property
    def lang(self) -> str:
        parts = self.file.split("-")
        return parts[1] if len(parts) > 1 else "?"


@dataclass
class SetScore:
    """Scores of one slice of the unseen set (a split, or a split × language)."""

    label: str
    reports: list[EvaluationReport] = field(default_factory=list)

    @property
    def key_count(self) -> int:
        return sum(r.key_count for r in self.reports)

    def confusion(self) -> dict[str, dict[str, int]]:
        """key verdict (rows, plus NOT_KEYED) × predicted verdict (columns, plus MISSED)."""
        rows = {v: dict.fromkeys((*VERDICTS, MISSED), 0) for v in (*VERDICTS, NOT_KEYED)}
        for report in self.reports:
            for k, r in report.pairs:
                rows[k.verdict][str(r.verdict)] += 1
            for k in report.missed:
                rows[k.verdict][MISSED] += 1
            for r in report.spurious:
                rows[NOT_KEYED][str(r.verdict)] += 1
        return rows

    def precision(self, verdict: str) -> float | None:
        """Share of the predictions of `verdict` whose key says the same; a prediction on a
        span the key does not hold counts against it. None when nothing was predicted."""
        matrix = self.confusion()
        predicted = sum(row[verdict] for row in matrix.values())
        return matrix[verdict][verdict] / predicted if predicted else None

    @property
    def recall(self) -> float:
        matched = sum(len(r.pairs) for r in self.reports)
        return matched / self.key_count if self.key_count else 1.0

    @property
    def accuracy(self) -> float:
        """Right verdicts over keyed claims; a missed claim is wrong."""
        right = sum(len(r.pairs) - len(r.wrong_verdicts) for r in self.reports)
        return right / self.key_count if self.key_count else 1.0

    def summary(self) -> dict:
        return {
            "label": self.label,
            "key_claims": self.key_count,
            "recall": round(self.recall, 3),
            "accuracy": round(self.accuracy, 3),
            "precision": {
                v: None if (p := self.precision(v)) is None else round(p, 3) for v in VERDICTS
            },
            "confusion": self.confusion(),
        }

    def acceptance(self) -> dict[str, tuple[float | None, float, bool]]:
        """Each acceptance figure: (measured, threshold, met)."""
        measured = {
            "contradicted_precision": self.precision("contradicted"),
            "accuracy": self.accuracy,
            "recall": self.recall,
        }
        return {
            name: (value, ACCEPTANCE[name], value is not None and value >= ACCEPTANCE[name])
            for name, value in measured.items()
        }


def _key_value(raw: str) -> float:
    """A number, or the year of an ISO date ("2024-05-14" → 2024)."""
    try:
        return float(raw or 0)
    except ValueError:
        return float(raw[:4]) if raw[:4].isdigit() else 0.0


def load_unseen_key(path: str | Path) -> list[UnseenClaim]:
    with Path(path).open(encoding="utf-8", newline="") as handle:
        rows = [
            r for r in csv.DictReader(handle) if r.get("key_id") and not r["key_id"].startswith("#")
        ]
    return [
        UnseenClaim(
            r["key_id"],
            int(r["start"]),
            int(r["end"]),
            r["snippet"],
            r["kind"],
            _key_value(r["value"]),
            r["unit"],
            r["metric"],
            r["entity"],
            r["verdict"],
            r["record"],
            r.get("note", ""),
            r["file"],
            r["split"],
        )
        for r in rows
    ]


def evaluate_unseen(
    folder: str | Path, knowledge: KnowledgeView | None = None, splits=("dev", "test")
) -> dict[str, SetScore]:
    """Score every text of the unseen set; slices keyed `dev`, `test`, `dev/en`, `test/pt`, …

    Only the splits asked for are run (tuning runs ask for `dev` alone)."""
    folder = Path(folder)
    key = load_unseen_key(folder / "key.csv")
    by_file: dict[str, list[UnseenClaim]] = {}
    for k in key:
        if k.split in splits:
            by_file.setdefault(k.file, []).append(k)
    scores: dict[str, SetScore] = {}
    for split in splits:
        scores[split] = SetScore(split)
        for lang in ("en", "es", "pt"):
            scores[f"{split}/{lang}"] = SetScore(f"{split}/{lang}")
    for name in sorted(by_file):
        claims = by_file[name]
        text = (folder / name).read_text(encoding="utf-8")
        report = evaluate(text, claims, knowledge)
        split, lang = claims[0].split, claims[0].lang
        scores[split].reports.append(report)
        scores.setdefault(f"{split}/{lang}", SetScore(f"{split}/{lang}")).reports.append(report)
    return {label: score for label, score in scores.items() if score.reports}
