"""When does a stored value support a number as written? The tolerance rule.

1. The written precision: half a unit of the last digit written. "449" → ±0.5, "1.1" → ±0.05,
   "518.47" → ±0.005. Trailing zeros of a whole number are read as rounding ("20,000" may
   stand for 19,500 or 20,400), but at most ±5 % of the value. Never less than ±0.5 % of the
   value (so "US$489 billion" is not contradicted by 489.3).
2. The hedge widens or bounds that interval (qualifiers.csv):
   exact            value ± precision
   about/around/…   value ± max(2 × precision, 5 % of value; 1 point for a percentage)
   nearly/almost    from value − that approximate margin up to value + precision
   more than/over   at least value − precision (no upper bound)
   less than/under  at most value + precision
   at least/at most likewise, inclusive.
   between a and b  from a − precision to b + precision ("between US$300 and 320 billion")
3. Years and ranks are exact.

Everything is compared in base units: a claim's value × its scale, a fact's value × its unit
(usd_bn = 1e9 US dollars, usd_tn = 1e12, cny_bn = 1e9 yuan, counts and percentages as is).
Different currencies never compare.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from chinalac.claims.models import Claim, Kind, Qualifier

UNIT_BASE: dict[str, tuple[str, float]] = {
    "usd_bn": ("usd", 1e9),
    "usd_m": ("usd", 1e6),
    "usd_tn": ("usd", 1e12),
    "cny_bn": ("cny", 1e9),
    "count": ("count", 1.0),
    "people": ("count", 1.0),
    "jobs": ("count", 1.0),
    "households": ("count", 1.0),
    "percent": ("percent", 1.0),
    "year": ("year", 1.0),
    "t_co2_per_year": ("t_co2_per_year", 1.0),
}
CLAIM_DIMENSION = {
    "usd": "usd",
    "cny": "cny",
    "percent": "percent",
    "year": "year",
    "t_co2_per_year": "t_co2_per_year",
}
MIN_RELATIVE = 0.005
ROUND_NUMBER_CAP = 0.05
APPROXIMATE_RELATIVE = 0.05


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def contains(self, value: float) -> bool:
        return (
            self.low - 1e-9 * max(1.0, abs(value))
            <= value
            <= self.high + 1e-9 * max(1.0, abs(value))
        )

    def describe(self, scale: float = 1.0) -> str:
        def short(x: float) -> str:
            return f"{x / scale:,.6g}"

        if math.isinf(self.high):
            return f"≥ {short(self.low)}"
        if math.isinf(self.low):
            return f"≤ {short(self.high)}"
        return f"{short(self.low)}–{short(self.high)}"


def claim_dimension(claim: Claim) -> str:
    if claim.kind is Kind.COUNT:
        return "t_co2_per_year" if claim.unit == "t_co2_per_year" else "count"
    return CLAIM_DIMENSION.get(claim.unit, claim.unit)


def fact_amount(value: float, unit: str) -> tuple[str, float] | None:
    """(dimension, amount in base units) of a stored value, or None for an unknown unit."""
    if unit not in UNIT_BASE or value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    dimension, factor = UNIT_BASE[unit]
    return dimension, float(value) * factor


def precision(claim: Claim) -> float:
    """Half a unit of the last digit written, in the claim's written unit."""
    return max(written_precision(claim), MIN_RELATIVE * abs(claim.value))


def written_precision(claim: Claim) -> float:
    """Half a unit of the last digit written, without the floor of 0.5 % of the value (that
    floor is for a stored value of another source's rounding)."""
    value = abs(claim.value)
    if claim.kind in (Kind.DATE, Kind.RANK):
        return 0.0
    if claim.decimals:
        return 0.5 * 10 ** (-claim.decimals)
    if claim.trailing_zeros:
        return max(min(0.5 * 10**claim.trailing_zeros, ROUND_NUMBER_CAP * value), 0.5)
    return 0.5


def written_interval(claim: Claim) -> Interval:
    """The base-unit interval of an exact figure as its digits round it: the tolerance of
    arithmetic among one text's own figures (parts and their total, a balance and its two
    flows), which were rounded by their writer and by no other source. Any other qualifier
    keeps `interval`."""
    if claim.qualifier is not Qualifier.EXACT or claim.upper is not None:
        return interval(claim)
    scale = claim.scale or 1.0
    half = written_precision(claim)
    return Interval((claim.value - half) * scale, (claim.value + half) * scale)


def interval(claim: Claim) -> Interval:
    """The base-unit interval a stored value must fall in to support the claim."""
    scale = claim.scale or 1.0
    value = claim.value
    exact = precision(claim)
    if claim.kind in (Kind.DATE, Kind.RANK):
        return Interval(value * scale, value * scale)
    approximate = max(2 * exact, APPROXIMATE_RELATIVE * abs(value))
    if claim.kind is Kind.PERCENT:
        approximate = max(approximate, 1.0)
    qualifier = claim.qualifier
    if qualifier is Qualifier.APPROXIMATE:
        low, high = value - approximate, value + approximate
    elif qualifier is Qualifier.NEARLY:
        # "nearly US$ 500 billion", "casi 500.000 millones": at or a little below the figure,
        # never the round number's half-step above it (518 is not "nearly 500"; round 28f).
        # Above it only by another source's rounding.
        low, high = value - approximate, value + MIN_RELATIVE * abs(value)
    elif qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        low, high = value - exact, math.inf
    elif qualifier is Qualifier.RANGE and claim.upper is not None:
        low, high = value - exact, claim.upper + exact
    elif qualifier in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
        low, high = -math.inf, value + exact
    else:
        low, high = value - exact, value + exact
    return Interval(low * scale, high * scale)


def supports(claim: Claim, value: float, unit: str) -> bool | None:
    """True/False when the stored value can be compared with the claim, None when it cannot."""
    amount = fact_amount(value, unit)
    if amount is None or amount[0] != claim_dimension(claim):
        return None
    return _interval_of(claim).contains(amount[1])


# interval(claim), kept per the claim fields it reads. The rules ask supports() for each
# stored fact of a claim's metric and state (≈35 a claim), and an article of many figures
# repeats the same ones (the 200 KB run-on article: 3,341 claims, 112,744 calls). Only
# .contains() is asked of it, which answers alike for equal keys (0.0 and -0.0 included; a NaN
# value matches only its own object, and NaN compares false either way). Emptied when full.
_INTERVALS: dict[tuple, Interval] = {}


def _interval_of(claim: Claim) -> Interval:
    key = (
        claim.kind,
        claim.value,
        claim.scale,
        claim.qualifier,
        claim.decimals,
        claim.trailing_zeros,
        claim.upper,
    )
    found = _INTERVALS.get(key)
    if found is None:
        found = interval(claim)
        if len(_INTERVALS) >= 4096:
            _INTERVALS.clear()
        _INTERVALS[key] = found
    return found
