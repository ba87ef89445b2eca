"""Issue 17: tests against the mutation survivors of `parts_total._overlaps`.

A sum of parts is compared with a stated total as two intervals (each figure's rounding). The
sum is a float: it may land a few units off an amount it equals on paper, so the comparison
allows a relative slack of 1e-9. These tests pin the slack and the touching ends.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chinalac.claims.rules.parts_total import _overlaps


def claimed(low: float, high: float) -> SimpleNamespace:
    return SimpleNamespace(low=low, high=high)


@pytest.mark.parametrize(
    ("total", "low", "high"),
    [
        ((3.3e9, 3.4e9), 3.2e9, 3.3e9),  # the sum's top touches the total's bottom
        ((3.2e9, 3.3e9), 3.3e9, 3.4e9),  # the sum's bottom touches the total's top
        ((0.0, 0.0), 0.0, 0.0),  # two zeros touch with no slack at all
    ],
)
def test_intervals_that_touch_overlap(total, low, high):
    assert _overlaps(claimed(*total), low, high)


def test_a_sum_a_float_error_above_the_total_still_meets_it():
    # 3.3 billion and 3.3 billion plus one unit (a float sum's error): within 1e-9 of 3.3e9.
    assert _overlaps(claimed(3.3e9, 3.3e9), 3.3e9 + 1.0, 3.3e9 + 1.0)


def test_a_sum_a_float_error_below_the_total_still_meets_it():
    assert _overlaps(claimed(3.3e9 + 1.0, 3.3e9 + 1.0), 3.3e9, 3.3e9)


def test_the_slack_is_relative_not_absolute():
    # 10 units off 3.3 billion is beyond 1e-9 of it: no overlap either way.
    assert not _overlaps(claimed(3.3e9, 3.3e9), 3.3e9 + 10.0, 3.3e9 + 10.0)
    assert not _overlaps(claimed(3.3e9 + 10.0, 3.3e9 + 10.0), 3.3e9, 3.3e9)
