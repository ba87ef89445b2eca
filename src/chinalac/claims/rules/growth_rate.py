"""Rule `growth-rate`: a growth rate or multiple that does not match the two levels cited.

    "rose from $100 billion in 2022 to $110 billion in 2023, up 5%"  → inconsistent (10 %)
    "grew from 10 to 50 projects, a threefold increase"             → inconsistent (5×)
    "grew by US$5 billion, from US$20 billion to US$23.2 billion"  → inconsistent (3.2)
    "US$3,516.2 million in 2025, 34.3% higher than the 2024 deficit of US$2,599.7 million"
                                                                    → inconsistent (35.3 %)

An amount of change ("grew by", "crecieron en", "cresceram em") is compared with B − A when
the three are of one metric, entity and currency, with the rounding of each as written; an
amount of change "between 2022 and 2023" also with the levels of both years stated in the
paragraphs before it (inconsistent only when no pair of them gives it).
The rate is compared with the total change (B/A − 1) and, when the text says "a year" /
"annual", with the compound annual rate over the years between the two levels. Tolerance:
that of the rate as written (tolerance.py), at least 0.5 percentage points.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.extract import CHANGE_AMOUNT
from chinalac.claims.mentions import VERB_MULTIPLE
from chinalac.claims.models import Evidence, Finding, Kind, Qualifier, Verdict
from chinalac.claims.rules.base import CheckContext
from chinalac.claims.rules.changes import UP, changes_in
from chinalac.claims.tolerance import interval, precision, written_interval, written_precision
from chinalac.claims.vocabulary import fold

# A rate set between two levels of one metric: "un déficit de 3.516,2 millones, un 34,3 %
# superior al registro de 2024, que fue de 2.599,7 millones", "US$3.52 billion in 2025, 34.3%
# higher than the 2024 deficit of US$2.60 billion", "US$ 3,52 bilhões, 34,3% acima do de 2024".
# BEFORE_RATE: only its year, a comma and an article between the later level and the rate.
BEFORE_RATE = re.compile(r"^\s*(?:(?:in|en|em|no)\s+\d{4}\s*)?,\s*(?:(?:un|una|um|uma|an?)\s+)?$")
HIGHER = re.compile(
    # "un 34.3 % más que el saldo negativo de …", "34,3% a mais que o de …" (round s20b).
    r"^\s*(?:superior|mayor|mas\s+alto|higher|greater|larger|above|more|acima|maior|mais\s+alto|"
    r"mas|(?:a\s+)?mais)"
    r"\s+(?:a|al|a\s+la|que|than|to|ao|a|do|da|que\s+(?:el|la|o|a)|de|del)\b"
)
LOWER = re.compile(
    r"^\s*(?:inferior|menor|mas\s+bajo|lower|smaller|below|less|abaixo|mais\s+baixo|"
    r"(?:a\s+)?menos)"
    r"\s+(?:a|al|a\s+la|que|than|to|ao|a|do|da|que\s+(?:el|la|o|a)|de|del)\b"
)
ANNUAL = re.compile(r"(?:a|per)\s+year|annual|yearly|al\s+ano|anual|ao\s+ano|por\s+ano")


class GrowthRate:
    rule_id: ClassVar[str] = "growth-rate"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.INCONSISTENT,)
    description: ClassVar[str] = "a growth rate or multiple does not match the two levels it cites"

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        yield from self._change_of_levels(context.claims)
        for claims in context.by_sentence.values():
            yield from self._compared(claims)
            changes = list(changes_in(claims))
            # The levels of every change in the sentence, not only this one's: in "the share
            # rose from 10% to 20%, while trade went from $80 to $100 billion, up 25%", 10% and
            # 20% are the share's levels, never rates of trade's change.
            levels = {id(c) for change in changes for c in (change.start, change.end)}
            for change in changes:
                a, b = change.start, change.end
                if a.amount <= 0 or a.kind is Kind.PERCENT:
                    continue
                for rate in claims:
                    if rate is a or rate is b or id(rate) in levels:
                        continue
                    if rate.kind is Kind.MONEY:
                        found = self._amount_change(rate, a, b)
                        if found is not None:
                            yield rate.claim_id, found
                        continue
                    if rate.kind not in (Kind.PERCENT, Kind.MULTIPLE):
                        continue
                    if rate.kind is Kind.MULTIPLE and VERB_MULTIPLE.fullmatch(fold(rate.text)):
                        continue  # "doubled", "se triplicó": a rounded multiple, no test
                    folded = fold(rate.sentence)
                    # "fell 7% from US$25 billion to US$23.2 billion", "cayeron un 7% de … a …":
                    # the verb before the first level says the change is a fall, and a rate
                    # written without a sign is its size (main compared 7 with -7.2 whenever
                    # any word of the sentence spoke of a rise, and skipped falls otherwise).
                    falling = (
                        rate.kind is Kind.PERCENT and change.direction == "down" and rate.value > 0
                    )
                    if (
                        rate.kind is Kind.PERCENT
                        and not falling
                        and not UP.search(folded)  # "growth" too: UP reads "grow…"
                        and "crec" not in folded  # "crece", "crecen": UP reads only "creci…"
                    ):
                        continue
                    implied = self._implied(rate, a, b, folded)
                    if falling:
                        implied = -implied
                    allowed = interval(rate)
                    margin = 0.5 if rate.kind is Kind.PERCENT else 0.0
                    if allowed.low - margin <= implied <= allowed.high + margin:
                        continue
                    if rate.kind is Kind.MULTIPLE and _multiple_fits(allowed, a, b):
                        # "from just over $14 billion to $500 billion, a 35-fold growth": the
                        # levels as written (a bound, the rounding of their digits) allow it.
                        continue
                    unit = "%" if rate.kind is Kind.PERCENT else "×"
                    reason = f"{rate.text.strip()} does not match {a.text.strip()} → {b.text.strip()} (implied {implied:.3g}{unit})"
                    evidence = _levels_evidence(a, b)
                    yield (
                        rate.claim_id,
                        Finding(self.rule_id, Verdict.INCONSISTENT, reason, evidence),
                    )

    def _change_of_levels(self, claims) -> Iterator[tuple[str, Finding]]:
        """ "En 2022 … las importaciones $2,367.5 millones. ¶ En 2023 … las importaciones
        $2,332.3 millones. ¶ Entre 2022 y 2023 … las importaciones se redujeron en $37.7
        millones": an amount of change between two years, stated after the levels of both
        years (same metric, state and currency, in its paragraph or the two before), that no
        pair of those levels gives (with the rounding of the digits written) is inconsistent.
        Every candidate level of a year is tried: one pair that fits is enough to stay out."""
        for change in claims:
            why = (change.confidence.get("value") or {}).get("why", "")
            period = change.period
            if (
                change.kind is not Kind.MONEY
                or not why.startswith(CHANGE_AMOUNT)
                or change.qualifier is not Qualifier.EXACT
                or not change.metric
                or period is None
                or period.kind != "range"
                or period.start_month
                or period.end_month
                or period.start_year is None
                or period.end_year is None
                or period.start_year >= period.end_year
            ):
                continue
            levels = [
                c
                for c in claims
                if c.start < change.start
                and change.paragraph - 2 <= c.paragraph <= change.paragraph
                and c.sentence_index != change.sentence_index
                and c.kind is Kind.MONEY
                and c.qualifier is Qualifier.EXACT
                and c.upper is None
                and (c.metric, c.entity, c.unit) == (change.metric, change.entity, change.unit)
                and c.period is not None
                and not (c.confidence.get("value") or {}).get("why", "").startswith(CHANGE_AMOUNT)
            ]
            firsts = [c for c in levels if c.period.label() == str(period.start_year)]
            lasts = [c for c in levels if c.period.label() == str(period.end_year)]
            if not firsts or not lasts:
                continue
            stated = written_interval(change)
            scale = change.scale or 1.0

            def fits(a, b, stated=stated) -> bool:
                slack = written_precision(a) * (a.scale or 1.0)
                slack += written_precision(b) * (b.scale or 1.0)
                return stated.low - slack <= abs(b.amount - a.amount) <= stated.high + slack

            if any(fits(a, b) for a in firsts for b in lasts):
                continue
            a, b = min(
                ((a, b) for a in firsts for b in lasts),
                key=lambda pair: abs(abs(pair[1].amount - pair[0].amount) - change.amount),
            )
            implied = abs(b.amount - a.amount)
            reason = (
                f"{change.text.strip()} does not match {a.text.strip()} → {b.text.strip()} "
                f"(a change of {implied / scale:.4g})"
            )
            evidence = _levels_evidence(a, b)
            yield change.claim_id, Finding(self.rule_id, Verdict.INCONSISTENT, reason, evidence)

    def _compared(self, claims) -> Iterator[tuple[str, Finding]]:
        """ "un déficit de 3.516,2 millones de dólares, un 34,3 % superior al registro de 2024,
        que fue de 2.599,7 millones": a rate written right after a level and before another
        level of the same metric, state and currency for another period, said higher or lower
        than it, against B / A − 1 (the same tolerance as a change from A to B)."""
        for before, rate, after in zip(claims, claims[1:], claims[2:], strict=False):
            if (
                rate.kind is not Kind.PERCENT
                or rate.upper is not None
                or before.kind is not Kind.MONEY
                or after.kind is not Kind.MONEY
                or not before.metric
                or before.metric != after.metric
                or before.entity != after.entity
                or before.unit != after.unit
                or before.period is None
                or after.period is None
                or before.period.label() == after.period.label()
                or after.amount <= 0
            ):
                continue
            folded = fold(rate.sentence)
            gap = folded[before.span_in_sentence[1] : rate.span_in_sentence[0]]
            following = folded[rate.span_in_sentence[1] :]
            if not BEFORE_RATE.match(gap):
                continue
            higher, lower = HIGHER.match(following), LOWER.match(following)
            if not (higher or lower):
                continue
            implied = (before.amount / after.amount - 1) * 100
            if lower:
                implied = -implied
            allowed = interval(rate)
            if allowed.low - 0.5 <= implied <= allowed.high + 0.5:
                continue
            reason = (
                f"{rate.text.strip()} does not match {after.text.strip()} → "
                f"{before.text.strip()} (implied {implied:.3g}%)"
            )
            evidence = _levels_evidence(after, before)
            yield rate.claim_id, Finding(self.rule_id, Verdict.INCONSISTENT, reason, evidence)

    def _amount_change(self, change, a, b) -> Finding | None:
        """ "grew by US$5 billion, from US$20 billion to US$23.2 billion": the amount of change
        against B − A, for the same metric, entity and currency only, with the rounding of all
        three numbers as written."""
        why = (change.confidence.get("value") or {}).get("why", "")
        if (
            not why.startswith(CHANGE_AMOUNT)
            or not a.metric
            or not (change.metric == a.metric == b.metric)
            or not (change.entity == a.entity == b.entity)
            or not (change.unit == a.unit == b.unit)
        ):
            return None
        implied = abs(b.amount - a.amount)
        allowed = interval(change)
        slack = precision(a) * (a.scale or 1.0) + precision(b) * (b.scale or 1.0)
        if allowed.low - slack <= implied <= allowed.high + slack:
            return None
        reason = (
            f"{change.text.strip()} does not match {a.text.strip()} → {b.text.strip()} "
            f"(a change of {implied / (change.scale or 1.0):.4g})"
        )
        evidence = _levels_evidence(a, b)
        return Finding(self.rule_id, Verdict.INCONSISTENT, reason, evidence)

    @staticmethod
    def _implied(rate, a, b, folded: str) -> float:
        ratio = b.amount / a.amount
        if rate.kind is Kind.MULTIPLE:
            return ratio
        years = None
        if a.period and b.period and a.period.end_year and b.period.end_year:
            years = b.period.end_year - a.period.end_year
        if ANNUAL.search(folded) and years and years > 1:
            return (ratio ** (1 / years) - 1) * 100
        return (ratio - 1) * 100


def _multiple_fits(allowed, a, b) -> bool:
    """Does some pair of levels the two figures allow as written (the rounding of their digits,
    a bound: "just over $14 billion" has no upper end) give a multiple in `allowed`?"""
    low_a, high_a = _level_range(a)
    low_b, high_b = _level_range(b)
    if low_a <= 0:
        return True  # a level that may be zero bounds no multiple
    least = low_b / high_a if high_a < float("inf") else 0.0
    most = high_b / low_a
    return least <= allowed.high and allowed.low <= most


def _level_range(level) -> tuple[float, float]:
    """A level as written: an exact count is that count ("from 1 in 2006 to 3 in 2008"), any
    other figure the interval its digits or its bound allow."""
    if level.kind is Kind.COUNT and level.qualifier is Qualifier.EXACT and level.upper is None:
        return level.amount, level.amount
    allowed = written_interval(level)
    return allowed.low, allowed.high


def _levels_evidence(*levels) -> tuple[Evidence, ...]:
    """The text's own levels a rate or change was checked against, as related evidence."""
    return tuple(
        Evidence(
            "text",
            f"{level.claim_id}",
            None,
            "related",
            level.amount,
            level.unit,
            level.period.label() if level.period else None,
        )
        for level in levels
    )
