"""Issue 14, item 1: no regular expression in chinalac backtracks super-linearly on hostile text.

The audit (regex_audit.py beside this file) records every pattern chinalac compiles — module
constants, lexicon-built patterns, one-off calls — and times each over hostile shapes (long
runs of digits, spaces, words, punctuation, repeated separators "1.1.1…", "1,1,1…", seeded
mixtures) at n and 4n characters, in CPU time of its own process: a pattern fails when it runs
past 2 s or when 4× the text costs more than 9× the time (quadratic growth gives 16×).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

AUDIT = Path(__file__).with_name("regex_audit.py")
sys.path.insert(0, str(AUDIT.parent))

import regex_audit  # noqa: E402 — beside this file, run as a script by the audit test

# The list-count rule's lead-in before it took words whole (commit 96a8d06): a count followed by
# a long run of word characters made it try every split of the run into up to 8 words.
OLD_LIST_COUNT_OPENERS = (
    r"^(?:\s*[\w'’\-]+){0,8}?(?P<open>\s*\(|:|\s[-–—]\s|,\s+(?:namely|i\.e\.|that is)\s+)"
)


def test_every_pattern_chinalac_compiles_grows_linearly_on_hostile_text():
    result = subprocess.run(
        [sys.executable, str(AUDIT), "--json", "--size", "1000"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    problems = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    summary = [
        f"{p['where']}: {p['shape']}: {p['problem']}: {p['pattern'][:120]}" for p in problems
    ]
    assert result.returncode == 0 and not problems, "\n".join(summary) or result.stderr[-3000:]
    counted = re.search(r"# (\d+) patterns, (\d+) distinct", result.stderr)
    assert counted and int(counted.group(1)) > 500, result.stderr[-2000:]  # the lexicons too


def test_the_audit_catches_the_old_list_count_pattern():
    problems = regex_audit.audit({(OLD_LIST_COUNT_OPENERS, 0): "old list_count.py"}, 1000)
    assert any(p["shape"] == "digits" and "over" in p["problem"] for p in problems), problems


def test_the_audit_catches_a_quadratic_pattern_and_passes_a_linear_one():
    quadratic = regex_audit.audit({(r"\d+%", 0): "quadratic"}, 2000)
    assert any(p["shape"] == "digits" for p in quadratic), quadratic
    assert regex_audit.audit({(r"(?<!\d)\d++%", 0): "linear"}, 2000) == []
