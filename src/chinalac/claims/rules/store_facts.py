"""Rule `store-facts`: compare a claim with the facts held for its metric, entity and period.

    supported     a fact agrees within the tolerance of the number as written (tolerance.py)
    contradicted  the store holds a different value for the same metric, entity and period
    disputed      the store holds disagreeing values from different sources for that metric,
                  entity and period (or a conflict group of such facts): all are shown
    unverifiable  no fact for that period (the facts of other periods are listed), or the
                  text states no period and no fact agrees

Facts of the same conflict group that measure something else (another period) are shown
as `related`, so a reader sees the disagreement even when the claim itself is supported.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.matching import StoredFact, comparable, describe_claim, period_matches
from chinalac.claims.models import Claim, Finding, Kind, Verdict
from chinalac.claims.rules.base import CheckContext
from chinalac.claims.tolerance import claim_dimension, fact_amount, interval, supports

RELATIVE_SAME = 0.005


class StoreFacts:
    rule_id: ClassVar[str] = "store-facts"
    verdicts: ClassVar[tuple[Verdict, ...]] = (
        Verdict.SUPPORTED,
        Verdict.CONTRADICTED,
        Verdict.DISPUTED,
        Verdict.UNVERIFIABLE,
    )
    description: ClassVar[str] = (
        "compare the claim with the stored facts of its metric, entity and period"
    )

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        for claim in context.claims:
            if not claim.metric or claim.kind in (Kind.RANK, Kind.MULTIPLE, Kind.DURATION):
                continue
            finding = self.judge(claim, context)
            if finding is not None:
                yield claim.claim_id, finding

    def judge(self, claim: Claim, context: CheckContext) -> Finding | None:
        index = context.facts
        facts = [
            f
            for f in index.for_entity(claim.metric, claim.entity)
            if supports(claim, f.value, f.unit) is not None
        ]
        looked_for = describe_claim(claim)
        if not facts:
            others = sorted({f.entity for f in index.by_metric.get(claim.metric, [])})
            where = f" (the store holds {claim.metric} for {', '.join(others)})" if others else ""
            return Finding(
                self.rule_id, Verdict.UNVERIFIABLE, f"no stored fact for {looked_for}{where}"
            )
        year_metric = index.is_year_metric(claim.metric)
        if year_metric:
            matched = facts
        else:
            matched = [f for f in facts if period_matches(claim.period, f) is True]
            undated = [f for f in facts if f.start[0] is None and f.end[0] is None]
            if claim.period is not None:
                matched += [f for f in undated if f not in matched]
        if not matched:
            return self._other_periods(claim, facts, looked_for)
        related = self._related(index, matched)
        outside = self._outside_spread(claim, matched) if self._disagree(matched) else False
        if outside:
            values = "; ".join(f.label() for f in matched)
            return Finding(
                self.rule_id,
                Verdict.CONTRADICTED,
                f"the text says {claim.text.strip()}, outside the values the sources hold for "
                f"{looked_for}: {values}",
                tuple(f.evidence("differs") for f in matched) + related,
            )
        if self._disagree(matched):
            values = "; ".join(f.label() for f in matched)
            return Finding(
                self.rule_id,
                Verdict.DISPUTED,
                f"sources disagree on {looked_for}: {values}",
                tuple(f.evidence("conflicts") for f in matched) + related,
            )
        agreeing = [f for f in matched if supports(claim, f.value, f.unit)]
        announced = [f for f in matched if year_metric and self._announced(claim, f)]
        if not agreeing and announced:
            # "In September 2020, China announced its carbon peak goal": the date is when the
            # stored target year was set, not the target itself.
            return Finding(
                self.rule_id,
                Verdict.SUPPORTED,
                f"dates the announcement of {announced[0].label()}",
                tuple(f.evidence("matches") for f in announced),
            )
        if agreeing:
            first = agreeing[0]
            note = (
                ""
                if not related
                else f"; the same conflict group also holds {', '.join(e.record_id for e in related)}"
            )
            when = "" if claim.period or year_metric else " (the text gives no period)"
            return Finding(
                self.rule_id,
                Verdict.SUPPORTED,
                f"matches {first.label()}{when}{note}",
                tuple(f.evidence("matches") for f in agreeing) + related,
            )
        allowed = interval(claim).describe(claim.scale or 1.0)
        values = "; ".join(f.label() for f in matched)
        return Finding(
            self.rule_id,
            Verdict.CONTRADICTED,
            f"the store holds {values}; the text says {claim.text.strip()} (would need {allowed})",
            tuple(f.evidence("differs") for f in matched) + related,
        )

    def _other_periods(self, claim: Claim, facts: list[StoredFact], looked_for: str) -> Finding:
        agreeing = [f for f in facts if supports(claim, f.value, f.unit)]
        if claim.period is None and agreeing:
            return Finding(
                self.rule_id,
                Verdict.SUPPORTED,
                f"the text gives no period; matches {agreeing[0].label()}",
                tuple(f.evidence("matches") for f in agreeing),
            )
        periods = ", ".join(sorted({f.period_text or "undated" for f in facts}))
        reason = f"no stored fact for {looked_for}; the store holds {claim.metric} · {claim.entity} for {periods}"
        return Finding(
            self.rule_id,
            Verdict.UNVERIFIABLE,
            reason,
            tuple(f.evidence("related") for f in facts[:6]),
        )

    @staticmethod
    def _announced(claim: Claim, fact: StoredFact) -> bool:
        period = claim.period
        if claim.kind is not Kind.DATE or period is None or not period.end_month:
            return False
        return fact.start == (period.end_year, period.end_month)

    @staticmethod
    def _related(index, matched: list[StoredFact]) -> tuple:
        seen = {f.fact_id for f in matched}
        related = []
        for fact in matched:
            for partner in index.conflict_partners(fact):
                if partner.fact_id not in seen:
                    seen.add(partner.fact_id)
                    related.append(partner.evidence("related"))
        return tuple(related)

    @staticmethod
    def _outside_spread(claim: Claim, matched: list[StoredFact]) -> bool:
        """The claim's interval misses the whole range the disagreeing sources span.

        Sources that disagree make a claim *disputed* when it falls within their spread; a
        number beyond every source's value (with its written precision) is contradicted.
        """
        amounts = [fact_amount(f.value, f.unit) for f in matched]
        amounts = [a[1] for a in amounts if a is not None and a[0] == claim_dimension(claim)]
        if len(amounts) < 2 or claim.kind is Kind.DATE:
            return False
        allowed = interval(claim)
        return allowed.high < min(amounts) or allowed.low > max(amounts)

    @staticmethod
    def _disagree(matched: list[StoredFact]) -> bool:
        """Different sources holding values that differ by more than 0.5 % for one thing."""
        for i, a in enumerate(matched):
            for b in matched[i + 1 :]:
                if a.source_id == b.source_id or not comparable(a, b):
                    continue
                if a.unit == "year" or b.unit == "year":
                    if a.value != b.value:
                        return True  # years are exact: 2011 and 2014 disagree
                    continue
                amount_a, amount_b = fact_amount(a.value, a.unit), fact_amount(b.value, b.unit)
                if amount_a is None or amount_b is None or amount_a[0] != amount_b[0]:
                    continue
                scale = max(abs(amount_a[1]), abs(amount_b[1]), 1e-12)
                if abs(amount_a[1] - amount_b[1]) / scale > RELATIVE_SAME:
                    return True
        return False
