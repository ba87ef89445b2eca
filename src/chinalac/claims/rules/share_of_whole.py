"""Rule `share-of-whole`: a share in brackets that the sentence's own amounts do not give.

    "En 2017, de $us 8.288 millones en importaciones, las compras al gigante asiático sumaron
     $us 2.027 millones (22%)"  → inconsistent: 2.027 / 8.288 = 24.5 %, not 22 %

Applies to a percentage written in brackets right after an amount ("$us 2.027 millones (22%)"),
in a sentence whose one other amount (same currency) is marked as the whole the first is a part
of: "sobre un total de", "de un total de", "out of a total of", "…, de los cuales / of which /
dos quais …", "… en total", "de X en importaciones, …" (extract.WHOLE_*). The share the amounts
give must fall within the rounding of the written percentage, widened by half a point; a share
off by more is the text contradicting itself. Bracketed changes ("(+22%)", "(-5%)") and
hedged figures are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.extract import (
    WHOLE_AFTER,
    WHOLE_BEFORE,
    WHOLE_OF_FLOW_AFTER,
    WHOLE_OF_FLOW_BEFORE,
)
from chinalac.claims.models import Claim, Evidence, Finding, Kind, Qualifier, Verdict
from chinalac.claims.rules.base import CheckContext, folded_sentence
from chinalac.claims.tolerance import interval

EXACTISH = {Qualifier.EXACT, Qualifier.APPROXIMATE}
# "$us 2.027 millones (22%)": the bracket right after the amount and right after the percentage.
OPEN_BRACKET = re.compile(r"[^\S\n]{0,2}\(")
CLOSE_BRACKET = re.compile(r"^\s{0,2}\)")
# Rounding slack on top of the percentage's own (in points).
SLACK = 0.5


def _is_whole(folded: str, claim: Claim) -> bool:
    start, end = claim.span_in_sentence
    return bool(
        WHOLE_BEFORE.search(folded[max(0, start - 30) : start])
        or WHOLE_AFTER.match(folded, end)
        or (
            WHOLE_OF_FLOW_BEFORE.search(folded[max(0, start - 12) : start])
            and WHOLE_OF_FLOW_AFTER.match(folded, end)
        )
    )


def _exact(claim: Claim) -> bool:
    return claim.qualifier in EXACTISH and claim.upper is None


class ShareOfWhole:
    rule_id: ClassVar[str] = "share-of-whole"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.INCONSISTENT,)
    description: ClassVar[str] = (
        "a share in brackets after an amount that the sentence's own whole does not give"
    )

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        for claims in context.by_sentence.values():
            amounts = [c for c in claims if c.kind is Kind.MONEY and _exact(c)]
            if len(amounts) != 2:
                continue
            folded = folded_sentence(amounts[0])
            wholes = [c for c in amounts if _is_whole(folded, c)]
            if len(wholes) != 1:
                continue
            whole = wholes[0]
            part = next(c for c in amounts if c is not whole)
            if part.unit != whole.unit or not whole.amount or part.amount >= whole.amount:
                continue
            for share in claims:
                start, end = share.span_in_sentence
                if (
                    share.kind is not Kind.PERCENT
                    or not _exact(share)
                    or not OPEN_BRACKET.fullmatch(folded[part.span_in_sentence[1] : start])
                    or not CLOSE_BRACKET.match(folded[end:])
                    or share.value <= 0
                ):
                    continue
                given = 100 * part.amount / whole.amount
                written = interval(share)
                if written.low - SLACK <= given <= written.high + SLACK:
                    continue
                reason = (
                    f"the text's own parts give {part.text.strip()} / {whole.text.strip()} = "
                    f"{given:.1f} %, not {share.text.strip()}"
                )
                evidence = Evidence(
                    kind="text",
                    record_id=f"{share.claim_id}:share",
                    source_id=None,
                    relation="differs",
                    value=round(given, 1),
                    unit="percent",
                )
                yield (
                    share.claim_id,
                    Finding(self.rule_id, Verdict.INCONSISTENT, reason, (evidence,)),
                )
