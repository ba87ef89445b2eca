"""Issue 17: tests against the mutation survivors of `ties_date._years_ago`.

"Hace 13 años" is dated by counting back from the article's date. That is trusted only when the
date was written (a dateline, the front matter, `--date`): a file's modification time says when
the file was copied, not when the article appeared. And only whole years count back.
"""

from __future__ import annotations

import os
import time

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

AGO = [
    (
        "Hace 13 años entró en vigencia el Tratado de Libre Comercio entre Costa Rica y China.",
        "13 años",
    ),
    (
        "The free trade agreement between Costa Rica and China entered into force 13 years ago.",
        "13 years",
    ),
    (
        "Há 13 anos entrou em vigor o tratado de livre comércio entre a Costa Rica e a China.",
        "13 anos",
    ),
]


@pytest.mark.parametrize(("text", "figure"), AGO)
def test_years_ago_counts_back_from_a_date_option(kb, text, figure):
    # 2024 - 13 = 2011, the year Costa Rica's FTA entered into force.
    result = one(check(text, kb, date="2024-08-15"), figure)
    assert result.verdict is Verdict.SUPPORTED
    assert result.claim.article_date["found_by"] == "--date option"


@pytest.mark.parametrize(("text", "figure"), AGO)
def test_years_ago_never_counts_back_from_a_files_modification_time(kb, tmp_path, text, figure):
    path = tmp_path / "article.md"
    path.write_text(text, encoding="utf-8")
    stamp = time.mktime((2024, 8, 15, 12, 0, 0, 0, 0, -1))
    os.utime(path, (stamp, stamp))
    result = one(check(text, kb, path=path), figure)
    assert result.claim.article_date["found_by"] == "file metadata"
    assert result.claim.article_date["date"] == "2024-08-15"
    # The same count back from the same date, but the date is only the file's: not judged.
    assert result.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "San José, agosto de 2024 — Hace 13,4 años entró en vigencia el Tratado de Libre"
            " Comercio entre Costa Rica y China.",
            "13,4 años",
        ),
        (
            "San José, August 2024 — The free trade agreement between Costa Rica and China"
            " entered into force 13.4 years ago.",
            "13.4 years",
        ),
    ],
)
def test_a_fraction_of_years_ago_is_not_counted_back(kb, text, figure):
    # 13.4 years before August 2024 is early 2011, not a year the text names: cutting it to 13
    # would date the event 2011 and "support" a figure the writer did not give.
    assert one(check(text, kb), figure).verdict is Verdict.UNVERIFIABLE
