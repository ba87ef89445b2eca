"""Rule `commitments`: promised figures ("6,000 government scholarships from 2014 to 2019")
against the commitments table — the target, or what was delivered; and the date of a
commitment named in the sentence ("a China-LAC Press Center … set up in Beijing in 2017").

A commitment matches when its metric is the claim's and its period (or, without one, the
year it was announced) agrees with the claim's; the claim is then supported by the target
or the delivered value, or contradicted when neither agrees.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.models import Claim, Evidence, Finding, Kind, Verdict
from chinalac.claims.rules.base import CheckContext, folded_sentence, mentions_topic, topic_words
from chinalac.claims.tolerance import supports


class Commitments:
    rule_id: ClassVar[str] = "commitments"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.SUPPORTED, Verdict.CONTRADICTED)
    description: ClassVar[str] = (
        "a promised figure against the target or delivery in the commitments table"
    )

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        table = list(context.knowledge.commitments.itertuples())
        for claim in context.claims:
            if claim.kind is Kind.DATE and not claim.metric:
                yield from self._dated(claim, table)
                continue
            if claim.kind not in (Kind.COUNT, Kind.MONEY) or not claim.metric:
                continue
            rows = [r for r in table if r.metric == claim.metric and self._period_agrees(claim, r)]
            if not rows:
                continue
            agreeing, values = [], []
            for row in rows:
                for column, label in (("target_value", "target"), ("delivered_value", "delivered")):
                    value = getattr(row, column)
                    if value is None or (isinstance(value, float) and math.isnan(value)):
                        continue
                    values.append(f"{label} {value:,.6g} [{row.commitment_id}]")
                    if supports(claim, float(value), row.unit or "count"):
                        agreeing.append((row, label, float(value)))
            if agreeing:
                row, label, value = agreeing[0]
                source = (
                    (row.delivery_source_id or row.source_id)
                    if label == "delivered"
                    else row.source_id
                )
                evidence = tuple(
                    Evidence(
                        "commitment",
                        r.commitment_id,
                        (r.delivery_source_id or r.source_id)
                        if lab == "delivered"
                        else r.source_id,
                        "matches",
                        v,
                        r.unit or None,
                        self._period(r),
                        note=r.evidence or None,
                    )
                    for r, lab, v in agreeing
                )
                yield (
                    claim.claim_id,
                    Finding(
                        self.rule_id,
                        Verdict.SUPPORTED,
                        f"matches the {label} of commitment {row.commitment_id} ({row.description}) [{source}]",
                        evidence,
                    ),
                )
            elif values:
                evidence = tuple(
                    Evidence(
                        "commitment",
                        r.commitment_id,
                        r.source_id,
                        "differs",
                        r.target_value,
                        r.unit or None,
                        self._period(r),
                        note=r.evidence or None,
                    )
                    for r in rows
                )
                yield (
                    claim.claim_id,
                    Finding(
                        self.rule_id,
                        Verdict.CONTRADICTED,
                        f"the commitments table holds {'; '.join(values)}; the text says {claim.text.strip()}",
                        evidence,
                    ),
                )

    def _dated(self, claim: Claim, table) -> Iterator[tuple[str, Finding]]:
        """A date in a sentence about a commitment ("a Press Center … set up in 2017")."""
        folded = folded_sentence(claim)
        for row in table:
            if not mentions_topic(folded, topic_words(row.commitment_id), every=True):
                continue
            years = {
                row.period_start[:4],
                row.announced[:4] if claim.period and claim.period.end_month else "",
            } - {""}
            if str(int(claim.value)) in years:
                yield (
                    claim.claim_id,
                    Finding(
                        self.rule_id,
                        Verdict.SUPPORTED,
                        f"dated {int(claim.value)} by commitment {row.commitment_id} ({row.description}) [{row.source_id}]",
                        (
                            Evidence(
                                "commitment",
                                row.commitment_id,
                                row.source_id,
                                "matches",
                                None,
                                None,
                                self._period(row),
                                note=row.evidence or None,
                            ),
                        ),
                    ),
                )
                return

    @staticmethod
    def _period(row) -> str:
        if row.period_start or row.period_end:
            return f"{row.period_start}–{row.period_end}".strip("–")
        return f"announced {row.announced}" if row.announced else ""

    @staticmethod
    def _period_agrees(claim: Claim, row) -> bool:
        period = claim.period
        if period is None:
            return True
        start = int(row.period_start[:4]) if row.period_start[:4].isdigit() else None
        end = int(row.period_end[:4]) if row.period_end[:4].isdigit() else None
        announced = int(row.announced[:4]) if row.announced[:4].isdigit() else None
        delivered = int(row.delivered_as_of[:4]) if row.delivered_as_of[:4].isdigit() else None
        if period.kind == "range":
            return (start, end) == (period.start_year, period.end_year)
        year = period.end_year or period.start_year
        return year in {start, end, announced, delivered} - {None} or (
            start is not None and end is not None and start <= (year or 0) <= end
        )
