#!/usr/bin/env python3
"""Score the claims checker against the hand-annotated keys in tests/fixtures/claims/.

    python scripts/evaluate_claims.py                      # the package's knowledge base
    python scripts/evaluate_claims.py --knowledge tests/fixtures/claims/knowledge
    python scripts/evaluate_claims.py --db ~/.local/share/chinalac/chinalac.duckdb -v

Prints, per text: precision and recall of extraction, verdict accuracy (over extracted key
claims), end-to-end accuracy and metric accuracy; with -v, every miss, false positive and
wrong verdict. Exits 1 when recall or verdict accuracy falls below the documented thresholds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from chinalac.claims.check import knowledge_for
from chinalac.claims.evaluation import RECALL_MIN, VERDICT_ACCURACY_MIN, evaluate, load_key
from chinalac.claims.knowledge import KnowledgeView

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "claims"
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
    args = parser.parse_args()
    knowledge = (
        KnowledgeView.from_folder(args.knowledge) if args.knowledge else knowledge_for(args.db)
    )
    print(f"knowledge: {knowledge.origin or 'package data'}")
    failed = False
    for label, (text_file, key_file) in SETS.items():
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
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
