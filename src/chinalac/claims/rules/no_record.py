"""Rule `no-record`: the fallback — nothing in the store speaks of this claim; say what was
looked for (metric, entity, period) or why nothing could be looked for."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.matching import describe_claim
from chinalac.claims.models import Finding, Kind, Verdict
from chinalac.claims.rules.base import CheckContext

WHY = {
    Kind.RANK: "rank claims are checked only for 'first'/'latest' ties and first-year facts",
    Kind.MULTIPLE: "a multiple needs both levels it compares",
    Kind.DURATION: "durations are not held in the store",
}


class NoRecord:
    rule_id: ClassVar[str] = "no-record"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.UNVERIFIABLE,)
    description: ClassVar[str] = "no record matched: say what was looked for"

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        for claim in context.claims:
            if claim.kind in WHY:
                reason = f"{WHY[claim.kind]}; looked for {describe_claim(claim)}"
            elif not claim.metric:
                what = claim.noun or claim.kind.value
                reason = f"no metric recognised for '{claim.text.strip()}' ({what}); entity {claim.entity or '?'}"
            else:
                reason = f"no stored record for {describe_claim(claim)}"
            yield claim.claim_id, Finding(self.rule_id, Verdict.UNVERIFIABLE, reason)
