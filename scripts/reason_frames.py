#!/usr/bin/env python3
"""How many of the claims checker's verdict reasons the /check page can translate.

    python scripts/reason_frames.py            # counts, and the untranslated reasons
    python scripts/reason_frames.py --counts   # counts only

Runs the checker over every text of tests/fixtures/claims/ (the development text, the
held-out text and the unseen set, both splits) against the package's knowledge base and the
frozen snapshot, collects every distinct reason (the one the page shows and those of every
finding, since another text may make any of them the shown one) and counts those that match
no frame of `chinalac.web.reasons.REASON_FRAMES`: an untranslated reason reaches Spanish
and Portuguese readers in English. The reasons of the unseen set's test split are counted but
never printed (that split is not read claim by claim, see tests/fixtures/claims/unseen/README.md).
"""

from __future__ import annotations

import argparse
import csv
import sys
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "claims"


def fixture_texts(folder: Path = FIXTURES) -> Iterator[tuple[str, str, str]]:
    """(name, split, text) of every checkable text under `folder`; split is "dev" for the
    texts outside the unseen set."""
    splits = {}
    key = folder / "unseen" / "key.csv"
    if key.exists():
        with key.open(encoding="utf-8", newline="") as handle:
            splits = {row["file"]: row["split"] for row in csv.DictReader(handle)}
    for path in sorted(folder.glob("*.md")) + sorted((folder / "unseen").glob("*.md")):
        if path.name in ("README.md", "LICENSE-NOTE.md"):
            continue
        yield path.name, splits.get(path.name, "dev"), path.read_text(encoding="utf-8")


def reasons(results, findings: bool = True) -> Iterator[str]:
    """Every reason of a check: each claim's own (the page shows it) and, with `findings`,
    its findings'."""
    for result in results:
        yield result.reason
        if findings:
            for finding in result.findings:
                yield finding.reason


def collect(
    texts: Iterable[tuple[str, str, str]], knowledges, findings: bool = True
) -> dict[str, set[str]]:
    """Each distinct reason → the splits of the texts it came from."""
    from chinalac.claims import check

    found: dict[str, set[str]] = {}
    for _name, split, text in texts:
        for knowledge in knowledges:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                results = check(text, db=knowledge)
            for reason in reasons(results, findings):
                if reason:
                    found.setdefault(reason, set()).add(split)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--counts", action="store_true", help="print the counts only")
    args = parser.parse_args(argv)
    from chinalac.claims.knowledge import KnowledgeView
    from chinalac.web.reasons import reason_frame

    knowledges = (KnowledgeView.from_folder(), KnowledgeView.from_folder(FIXTURES / "knowledge"))
    shown = collect(fixture_texts(), knowledges, findings=False)
    found = collect(fixture_texts(), knowledges)
    untranslated = sorted(reason for reason in found if reason_frame(reason) is None)
    shown_untranslated = [reason for reason in shown if reason_frame(reason) is None]
    print(f"shown reasons: {len(shown)}; untranslated: {len(shown_untranslated)}")
    print(f"all reasons (with findings): {len(found)}; untranslated: {len(untranslated)}")
    if not args.counts:
        hidden = 0
        for reason in untranslated:
            if found[reason] == {"test"}:
                hidden += 1
                continue
            print(f"  {reason}")
        if hidden:
            print(f"  (+{hidden} from the unseen test split only, not printed)")
    return 1 if untranslated else 0


if __name__ == "__main__":
    sys.exit(main())
