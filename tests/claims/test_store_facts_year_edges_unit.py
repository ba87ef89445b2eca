"""store-facts: the two helpers that let an undated sum in a year's first months rest on the
year before's total (round 14b of issue 15): `_early_in_year` (is the article dated early in its
year?) and `_whole_year` (is a stored row the total of one whole year?).

The eleventh mutation run (docs/mutation.md) left 16 of `_early_in_year`'s mutants and 2 of
`_whole_year`'s alive: only a January dateline and full-year rows were ever tried, so the month
limit, a year-only date, a date read from the file's metadata, and rows of some months went
untested.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chinalac.claims.article_date import FILE_METADATA
from chinalac.claims.extract import EARLY_MONTHS
from chinalac.claims.matching import StoredFact
from chinalac.claims.rules.store_facts import _early_in_year, _whole_year


def dated(date: str | None, precision: str = "day", found_by: str = "dateline"):
    article_date = (
        None if date is None else {"date": date, "precision": precision, "found_by": found_by}
    )
    return SimpleNamespace(article_date=article_date)


def test_the_early_months_are_the_first_three():
    assert EARLY_MONTHS == 3  # the limit the cases below are written for


@pytest.mark.parametrize(
    ("date", "precision", "early"),
    [
        ("2018-01-15", "day", True),
        ("2018-03-31", "day", True),  # the last early month
        ("2018-04-01", "day", False),
        ("2018-11-20", "day", False),  # November, not "1" read from the month's second digit
        ("2018-02-01", "month", True),  # "febrero de 2018"
        ("2018-10-01", "month", False),
        ("2018-01-01", "year", False),  # "2018" alone names no month: not early in anything
    ],
)
def test_an_article_is_early_in_its_year_only_by_a_written_day_or_month(date, precision, early):
    assert _early_in_year(dated(date, precision)) is early


@pytest.mark.parametrize("found_by", ["dateline", "front matter", "--date option"])
def test_a_date_the_reader_or_the_text_gives_counts(found_by):
    assert _early_in_year(dated("2018-01-15", found_by=found_by)) is True


def test_the_files_modification_time_is_no_article_date():
    # A file saved in January says nothing of when its article was written.
    assert _early_in_year(dated("2018-01-15", found_by=FILE_METADATA)) is False


@pytest.mark.parametrize("article_date", [None, {}, {"date": ""}, {"date": None}])
def test_no_article_date_is_never_early(article_date):
    assert _early_in_year(SimpleNamespace(article_date=article_date)) is False


def row(start, end, partial=False) -> StoredFact:
    return StoredFact(
        "f", "trade_total", "CHL", "CHN", start, end, "", 1.0, "usd_bn", "", "", "S1", "", "",
        partial=partial,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("start", "end", "partial", "whole"),
    [
        ((2017, None), (2017, None), False, True),  # "2017"
        ((2017, 1), (2017, 12), False, True),  # "2017-01" to "2017-12"
        ((2017, None), (2017, None), True, False),  # flagged as a published part-year figure
        ((2017, 1), (2017, 12), True, False),
        ((2017, 7), (2017, 12), False, False),  # the second half: ends with the year, starts later
        ((2017, 1), (2017, 6), False, False),  # the first half: starts with the year, ends earlier
        ((2017, None), (2017, 6), False, False),
        ((2016, None), (2017, None), False, False),  # two years
        ((2016, None), (2016, None), False, False),  # the year before
    ],
)
def test_a_whole_year_row_is_one_full_unflagged_year(start, end, partial, whole):
    assert _whole_year(row(start, end, partial), 2017) is whole
