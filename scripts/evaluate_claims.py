#!/usr/bin/env python3
"""Score the claims checker against the hand-annotated keys in tests/fixtures/claims/.

    python scripts/evaluate_claims.py                      # the package's knowledge base
    python scripts/evaluate_claims.py --knowledge tests/fixtures/claims/knowledge
    python scripts/evaluate_claims.py --db ~/.local/share/chinalac/chinalac.duckdb -v

Prints, per text: precision and recall of extraction, verdict accuracy (over extracted key
claims), end-to-end accuracy and metric accuracy; with -v, every miss, false positive and
wrong verdict. Exits 1 when recall or verdict accuracy falls below the documented thresholds.

Then the frozen unseen set (tests/fixtures/claims/unseen/, issue 15), per split (dev, test) and
per language: the confusion matrix (key verdict × predicted verdict; a keyed claim with no claim
object is counted in the `missed` column, a prediction on a span the key does not hold in the
`not keyed` row), the precision of each verdict, claim recall and accuracy, with the acceptance
thresholds of the test split beside them. With -v the misses and wrong verdicts are listed for
the dev split ONLY: the test split is never looked at claim by claim (tune on dev).

    python scripts/evaluate_claims.py --unseen-only            # just the unseen set
    python scripts/evaluate_claims.py --unseen-only --split dev -v
    python scripts/evaluate_claims.py --keys-only              # just the two annotated texts
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from chinalac.claims.check import knowledge_for
from chinalac.claims.evaluation import (
    MISSED,
    NOT_KEYED,
    RECALL_MIN,
    VERDICT_ACCURACY_MIN,
    VERDICTS,
    SetScore,
    evaluate,
    evaluate_unseen,
    load_key,
)
from chinalac.claims.knowledge import KnowledgeView

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "claims"
UNSEEN = FIXTURES / "unseen"
SETS = {
    "development text (after Lu 2023)": ("china-lac-cooperation-after-lu-2023.md", "key.csv"),
    "held-out (en/es/pt)": ("heldout.md", "heldout_key.csv"),
}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--knowledge", type=Path, help="a data/knowledge folder (default: the package's)"
    )
    parser.add_argument("--db", type=Path, help="a built store instead of CSVs")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list misses and wrong verdicts"
    )
    parser.add_argument("--unseen-only", action="store_true", help="only the unseen set")
    parser.add_argument(
        "--keys-only",
        action="store_true",
        help="only the two hand-annotated texts, not the unseen set (seconds, not minutes)",
    )
    parser.add_argument(
        "--split",
        choices=("dev", "test", "both"),
        default="both",
        help="which split of the unseen set to run (default both)",
    )
    args = parser.parse_args()
    knowledge = (
        KnowledgeView.from_folder(args.knowledge) if args.knowledge else knowledge_for(args.db)
    )
    print(f"knowledge: {knowledge.origin or 'package data'}")
    failed = False
    for label, (text_file, key_file) in ({} if args.unseen_only else SETS).items():
        if not (FIXTURES / key_file).exists():
            continue
        text = (FIXTURES / text_file).read_text(encoding="utf-8")
        report = evaluate(text, load_key(FIXTURES / key_file), knowledge)
        s = report.summary()
        print(
            f"\n{label}: {s['key_claims']} key claims, {s['predicted_claims']} extracted, {s['matched']} matched"
        )
        print(f"  extraction precision  {s['precision']:.3f}")
        print(f"  extraction recall     {s['recall']:.3f}   (required ≥ {RECALL_MIN:.2f})")
        print(
            f"  verdict accuracy      {s['verdict_accuracy']:.3f}   (required ≥ {VERDICT_ACCURACY_MIN:.2f}; over matched claims)"
        )
        print(
            f"  end-to-end accuracy   {s['end_to_end_accuracy']:.3f}   (a missed claim counts as wrong)"
        )
        print(f"  metric accuracy       {s['metric_accuracy']:.3f}")
        failed |= report.recall < RECALL_MIN or report.verdict_accuracy < VERDICT_ACCURACY_MIN
        if args.verbose:
            for k in report.missed:
                print(f"  missed    {k.key_id} {k.snippet!r} ({k.kind}, expected {k.verdict})")
            for r in report.spurious:
                print(
                    f"  spurious  {r.claim.claim_id} {r.claim.text!r} ({r.claim.kind}, {r.verdict})"
                )
            for k, r in report.wrong_verdicts:
                print(
                    f"  verdict   {k.key_id} {k.snippet!r}: expected {k.verdict}, got {r.verdict} — {r.reason}"
                )
    if args.keys_only:
        return 1 if failed else 0
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    scores = evaluate_unseen(UNSEEN, knowledge, splits)
    for split in splits:
        print_unseen(scores, split, verbose=args.verbose and split == "dev")
    return 1 if failed else 0


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def print_unseen(scores: dict[str, SetScore], split: str, verbose: bool = False) -> None:
    score = scores[split]
    print(f"\nunseen set, {split} split: {score.key_count} keyed claims")
    matrix = score.confusion()
    columns = (*VERDICTS, MISSED)
    print("  key \\ predicted  " + " ".join(f"{c[:12]:>12}" for c in columns))
    for row in (*VERDICTS, NOT_KEYED):
        print(f"  {row:<16} " + " ".join(f"{matrix[row][c]:>12}" for c in columns))
    print("  precision        " + " ".join(f"{_fmt(score.precision(v)):>12}" for v in VERDICTS))
    note = "" if split == "test" else " (the thresholds apply to the test split)"
    print(f"  acceptance{note}:")
    for name, (value, threshold, met) in score.acceptance().items():
        print(
            f"    {name:<24} {_fmt(value)}   required ≥ {threshold:.2f}   {'met' if met else 'NOT met'}"
        )
    for lang in ("en", "es", "pt"):
        part = scores.get(f"{split}/{lang}")
        if part is None:
            continue
        print(
            f"  {lang}: {part.key_count:>3} claims  accuracy {_fmt(part.accuracy)}  recall "
            f"{_fmt(part.recall)}  contradicted precision {_fmt(part.precision('contradicted'))}"
        )
    if not verbose:
        return
    for report in score.reports:
        for k in report.missed:
            print(
                f"  missed    {k.file[:2]} {k.key_id} {k.snippet!r} ({k.kind}, expected {k.verdict})"
            )
        for k, r in report.wrong_verdicts:
            print(
                f"  verdict   {k.file[:2]} {k.key_id} {k.snippet!r}: expected {k.verdict}, got {r.verdict} — {r.reason}"
            )
        for r in report.spurious:
            if str(r.verdict) in ("contradicted", "inconsistent", "supported", "disputed"):
                print(f"  not keyed {r.claim.text!r} ({r.claim.kind}, {r.verdict}) — {r.reason}")


if __name__ == "__main__":
    sys.exit(main())
