"""The frozen unseen set (tests/fixtures/claims/unseen/): the evaluation runs, reports both
splits and every language, and the checker stays at or above a regression floor.

The floors are the levels reached so far, NOT the acceptance thresholds of issue 15
(contradicted precision ≥ 0.95, accuracy ≥ 0.90, recall ≥ 0.95 on the test split), which are
not all met yet; the script prints the thresholds beside the figures.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from chinalac.claims import KnowledgeView
from chinalac.claims.evaluation import MISSED, NOT_KEYED, VERDICTS, evaluate_unseen, load_unseen_key
from tests.claims.conftest import FIXTURES

UNSEEN = FIXTURES / "unseen"
ROOT = Path(__file__).resolve().parents[2]
# Regression floors (levels reached, rounded down), per split. The dev split holds texts 01-30
# since branch issue-15-s5 (175 claims; the 126 claims of 01-25 alone score as before).
# Branch issue-15-s7: a bare "importaciones"/"exports" of one state is read from that state's
# side (decided on dev and on how the words are used); it cost one test claim (0.682 → 0.675),
# reported rather than reverted; later general rules brought the test split back to 0.682.
# Branch issue-15-s8: dev texts 31-33 added (219 claims, 0.927; keyed before any checker run;
# 31-32 scored 0.781 on their first run, 0.875 after tuning; 33 1.000 on its first run; texts
# 01-30 stay at 0.931), so the dev floor is the level of the larger split; general rules (direction by preposition, lower bounds, the year
# of an earlier paragraph, the lead's state) took the test split from 0.682 to 0.701.
# Branch issue-15-s9: dev texts 34-37 added (257 claims; keyed before any checker run; 0.763
# on their first run with 2 false "contradicted", 0.947 after); general readings took the dev
# split to 0.934 (texts 01-33: 0.927 -> 0.932, recall 1.000), so the dev floor is raised.
# Rounds 18c, 19a and 19b (2026-12-04): 22 dev texts from pages the store took nothing from
# (155 texts, 1,419 dev claims) brought numbers no rule reads yet (a tie date after an
# anniversary count, "Durante 2022", ranks as "el tercer lugar"): dev recall 0.984 with texts
# 01-141 unchanged, so the dev recall floor is the level of the grown split, 0.98.
# Rounds 20a-21b (2026-12-04 evening): 35 more such texts (190 texts, 1,754 dev claims); the 13
# of rounds 21a and 21b brought numbers no rule reads yet (a relative month, "segundo lugar",
# a decade, "primero de mayo"): dev recall 0.978 with every verdict of texts 01-177 unchanged, so
# the dev recall floor is 0.97.
# Rounds 46a-46c (stop 45): 12 texts, 110 rows, 10 of them keyed numbers the checker reads as
# no claim (dates beside another claim of their sentence, "a new high", "el triple"); no row
# found before went missing (the -v lists' "missed" lines differ by the new rows only): dev
# recall 0.969, so the dev recall floor is 0.965.
# Rounds r63a-r64c (stop 56): 20 texts, 198 rows, 20 of them keyed numbers the checker reads as no
# claim (dates beside another claim of their sentence, "segundo lugar", a rank after "e de") and
# 56 judged rows of which the first runs got 24; no verdict of an older text moved from right to
# wrong (the -v lists compared): dev accuracy 0.929 and recall 0.963, so the floors are 0.925
# and 0.96.
FLOOR = {
    "dev": {"accuracy": 0.925, "recall": 0.96},
    "test": {"accuracy": 0.70, "recall": 0.94},
}


@pytest.fixture(scope="module")
def scores():
    return evaluate_unseen(UNSEEN, KnowledgeView.from_folder())


def test_key_spans_are_the_snippets_and_texts_are_split_whole():
    key = load_unseen_key(UNSEEN / "key.csv")
    assert len(key) >= 200 and len({k.key_id for k in key}) == len(key)
    split_of: dict[str, str] = {}
    for k in key:
        text = (UNSEEN / k.file).read_text(encoding="utf-8")
        assert " ".join(text[k.start : k.end].split()) == " ".join(k.snippet.split()), k.key_id
        assert k.verdict in VERDICTS and k.split in {"dev", "test"}
        assert split_of.setdefault(k.file, k.split) == k.split, k.file


def test_both_splits_and_every_language_are_reported(scores):
    for split in ("dev", "test"):
        assert scores[split].key_count == sum(
            scores[f"{split}/{lang}"].key_count for lang in ("en", "es", "pt")
        )
        matrix = scores[split].confusion()
        assert set(matrix) == {*VERDICTS, NOT_KEYED}
        assert set(matrix["supported"]) == {*VERDICTS, MISSED}
        keyed = sum(sum(row.values()) for name, row in matrix.items() if name != NOT_KEYED)
        assert keyed == scores[split].key_count
        assert set(scores[split].acceptance()) == {"contradicted_precision", "accuracy", "recall"}


@pytest.mark.parametrize("split", ["dev", "test"])
def test_regression_floor(scores, split):
    assert scores[split].accuracy >= FLOOR[split]["accuracy"]
    assert scores[split].recall >= FLOOR[split]["recall"]
    # Precision first: no "contradicted" on a claim the key does not call contradicted.
    matrix = scores[split].confusion()
    wrong = sum(row["contradicted"] for name, row in matrix.items() if name != "contradicted")
    assert wrong == 0


def test_script_prints_both_splits_and_the_thresholds():
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "evaluate_claims.py"), "--unseen-only"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    assert "dev split" in out and "test split" in out
    assert "contradicted_precision" in out and "required ≥ 0.95" in out
    assert "required ≥ 0.90" in out
