"""The small readers the commitments rule dates pledges with (issue 17: mutants that no test
noticed): the years a delivered figure is measured as of, a pledge's run against the window
"over the next N years" opens, and the N itself in EN/ES/PT."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from chinalac.claims.rules.commitments import Commitments, _as_of_years, forward_years
from chinalac.claims.vocabulary import fold


@pytest.mark.parametrize(
    ("as_of", "as_of_end", "years"),
    [
        ("2022", None, (2022, 2022)),
        ("2018-2020", None, (2018, 2020)),
        ("2018 – 2020", None, (2018, 2020)),
        ("2024-05", None, (2024, 2024)),  # a month: its year, not a range
        (None, "2021-12", (2021, 2021)),
        ("2019", "2021", (2019, 2021)),
        (None, None, None),
        (math.nan, None, None),
    ],
)
def test_the_years_a_delivered_figure_is_measured_as_of(as_of, as_of_end, years):
    assert _as_of_years(SimpleNamespace(as_of=as_of, as_of_end=as_of_end)) == years


def test_a_delivery_row_without_dates_names_no_years():
    assert _as_of_years(SimpleNamespace()) is None


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("China will import US$ 10 billion over the next five years.", 5),
        ("China invertirá 250.000 millones de dólares en los próximos 10 años.", 10),
        ("A China vai investir nos três próximos anos.", 3),  # the count before "próximos"
        ("The coming two years will see 6,000 scholarships.", 2),
        ("over the next 11 years", None),  # past ten: no pledge window is that long
        ("over the next 1 years", None),
        (
            "In 2015 China promised US$ 250 billion over the next ten years.",
            None,
        ),  # told in the past
        ("China signed 20 agreements.", None),
    ],
)
def test_the_years_of_a_window_from_the_articles_date(sentence, years):
    assert forward_years(fold(sentence)) == years


def pledge(start=None, end=None, made_on=None):
    return SimpleNamespace(period_start=start, period_end=end, made_on=made_on)


@pytest.mark.parametrize(
    ("row", "window", "runs"),
    [
        (pledge("2021", "2024"), (2024, 2027), True),  # ends in the window's first year
        (pledge("2027", "2030"), (2024, 2027), True),  # begins in its last year
        (pledge("2021", "2023"), (2024, 2027), False),  # ended before
        (pledge("2028", "2030"), (2024, 2027), False),  # begins after
        (pledge("2020", "2030"), (2025, 2028), True),  # runs through it
        (pledge("2026", None, "2020-07-01"), (2025, 2028), True),  # its own start, not the day made
        (pledge(None, None, "2022-05-01"), (2025, 2028), False),  # made in 2022, no period: 2022
        (pledge(None, None, "2026-05-01"), (2025, 2028), True),
        (pledge(), (2025, 2028), True),  # undated: nothing says it does not run
    ],
)
def test_a_pledge_runs_in_a_window_by_its_period_or_the_day_it_was_made(row, window, runs):
    assert Commitments._runs_in(row, window) is runs
