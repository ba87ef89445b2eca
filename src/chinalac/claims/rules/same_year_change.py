"""Rule `same-year-change`: a change whose two ends carry the same year, or run backwards.

    "trade increased from almost $18 billion in 2021 to nearly $449 billion in 2021"
    → inconsistent: both ends dated 2021 (the store holds 18 for 2002: probably a typo)

Also inconsistent: "increased from 449 to 18" (the direction word contradicts the numbers).
The finding is attached to the first end of the change; when the store holds the first
value for another year, that record is shown as a hint.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.models import Finding, Verdict
from chinalac.claims.rules.base import CheckContext
from chinalac.claims.rules.changes import changes_in
from chinalac.claims.tolerance import supports


class SameYearChange:
    rule_id: ClassVar[str] = "same-year-change"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.INCONSISTENT,)
    description: ClassVar[str] = (
        "the two ends of a change carry the same year, run backwards, or move against the verb"
    )

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        for claims in context.by_sentence.values():
            for change in changes_in(claims):
                a, b = change.start, change.end
                reason = None
                if (
                    a.period
                    and b.period
                    and a.period.end_year
                    and a.period.end_year == b.period.end_year
                    and a.period.kind == b.period.kind == "point"
                    and _dated_at_both_ends(a, b)
                ):
                    reason = f"the change from {a.text.strip()} to {b.text.strip()} is dated {a.period.end_year} at both ends"
                elif (
                    a.period
                    and b.period
                    and a.period.end_year
                    and b.period.end_year
                    and a.period.end_year > b.period.end_year
                ):
                    reason = f"the change runs backwards in time: {a.period.label()} → {b.period.label()}"
                elif change.direction == "up" and b.amount < a.amount:
                    reason = f"said to increase, but {b.text.strip()} is less than {a.text.strip()}"
                elif change.direction == "down" and b.amount > a.amount:
                    reason = f"said to decrease, but {b.text.strip()} is more than {a.text.strip()}"
                if reason is None:
                    continue
                hints = []
                if a.metric:
                    for fact in context.facts.for_entity(a.metric, a.entity):
                        if supports(a, fact.value, fact.unit) and fact.start[0] != (
                            a.period.end_year if a.period else None
                        ):
                            hints.append(fact.evidence("hint"))
                if hints:
                    years = ", ".join(h.period or "?" for h in hints)
                    reason += f"; the store holds this value for {years}"
                yield a.claim_id, Finding(self.rule_id, Verdict.INCONSISTENT, reason, tuple(hints))


def _dated_at_both_ends(a, b) -> bool:
    """Whether each end of the change carries its own written year: both periods read with
    high confidence and the year written at least twice in the sentence. A year carried from
    an earlier sentence ("bajó de US$ 16.589 millones a US$ 16.325 millones" after "durante
    2019"), or one year that dates the whole sentence, gives both ends the same year without
    the text saying so: that is the reader's inference, not the writer's contradiction."""
    levels = [c.confidence.get("period", {}).get("level") for c in (a, b)]
    return levels == ["high", "high"] and a.sentence.count(str(a.period.end_year)) >= 2
