"""The tolerance rule: a figure rounded as written is supported by the value it rounds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chinalac.claims import Kind, Qualifier
from chinalac.claims.models import Claim
from chinalac.claims.tolerance import interval, supports


def claim(
    value, decimals=0, zeros=0, qualifier=Qualifier.EXACT, kind=Kind.MONEY, unit="usd", scale=1e9
):
    return Claim("c", kind, "x", 0, 1, value, unit, scale, qualifier, decimals, zeros)


@settings(max_examples=300, deadline=None)
@given(
    value=st.floats(min_value=0.01, max_value=99_999, allow_nan=False), decimals=st.integers(0, 3)
)
def test_a_rounded_figure_is_supported_by_what_it_rounds(value, decimals):
    written = round(value, decimals)
    assert supports(claim(written, decimals), value, "usd_bn")


@settings(max_examples=200, deadline=None)
@given(value=st.floats(min_value=1, max_value=10_000, allow_nan=False))
def test_qualifiers_bound_the_interval(value):
    more = interval(claim(value, qualifier=Qualifier.MORE_THAN))
    less = interval(claim(value, qualifier=Qualifier.LESS_THAN))
    assert more.contains(value * 1e9 * 10) and not more.contains(value * 1e9 * 0.4)
    assert less.contains(value * 1e9 * 0.1) and not less.contains(value * 1e9 * 2)


def test_examples_of_the_documented_rule():
    assert supports(claim(449, qualifier=Qualifier.NEARLY), 449, "usd_bn")
    assert supports(claim(449, qualifier=Qualifier.NEARLY), 430, "usd_bn")
    assert not supports(claim(449, qualifier=Qualifier.NEARLY), 460, "usd_bn")
    assert supports(
        claim(5, kind=Kind.PERCENT, unit="percent", scale=1, qualifier=Qualifier.APPROXIMATE),
        5.9,
        "percent",
    )
    assert not supports(claim(5, kind=Kind.PERCENT, unit="percent", scale=1), 5.9, "percent")
    assert supports(claim(20000, zeros=4, kind=Kind.COUNT, unit="count", scale=1), 20400, "people")
    assert not supports(
        claim(20000, zeros=4, kind=Kind.COUNT, unit="count", scale=1), 22000, "people"
    )
    assert supports(claim(1.1, decimals=1), 1.1, "usd_bn") and not supports(
        claim(1.1, decimals=1), 1.2, "usd_bn"
    )
    assert supports(claim(2.3, decimals=1, scale=1e12), 2.3, "usd_tn")
    assert supports(claim(400, unit="cny"), 400, "usd_bn") is None  # currencies never compare
    assert supports(claim(2011, kind=Kind.DATE, unit="year", scale=1), 2014, "year") is False
