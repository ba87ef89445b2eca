"""Rule `ties-date`: a dated event of a bilateral tie against the ties table.

    "It was not until 1960, when China and Cuba established formal diplomatic relations"
    → diplomatic_relations_prc · CUB dated 1960-09-28 → supported

Applies to dates (and dated ranks such as "Argentina, the latest one, joined in February
2022") in a sentence that names a tie (lexicon/tie_cues.csv) and a CELAC state. Compared by
year, and by month when both sides give one. Rows marked CONFLICT with other years make the
verdict `disputed`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.models import Finding, Kind, Verdict
from chinalac.claims.rules.base import CheckContext, folded_sentence
from chinalac.claims.rules.ties_common import positive_ties, tie_types_named

REGIONS = {"LAC", "CHN", "WLD", "TWN", "HKG", "MAC", None}
# Tie types whose dated rows are events (a signature, an establishment); Confucius Institute
# rows are dated counts and cannot date a founding.
EVENT_TIES = {
    "diplomatic_relations_prc",
    "bri_mou",
    "fta",
    "aiib",
    "taiwan_break",
    "taiwan_switch",
    "partnership",
}
# A contradiction needs the sentence to speak of the tie's own event, not of talks about it.
EVENT_VERB = re.compile(
    r"(?<![\w])(?:sign|join|establish|adher|firm|assin|ratif|enter|entr|became a member|member|upgrad|elev|recogni|reconoc|reconhec|break|broke|romp|switch)"
)
TALKS = re.compile(r"(?<![\w])(?:talks|negotiat|negocia|launch|lanz|lanc|consider|study|estud)")


class TiesDate:
    rule_id: ClassVar[str] = "ties-date"
    verdicts: ClassVar[tuple[Verdict, ...]] = (
        Verdict.SUPPORTED,
        Verdict.CONTRADICTED,
        Verdict.DISPUTED,
    )
    description: ClassVar[str] = "the date of a tie event against the dated rows of the ties table"

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        for claim in context.claims:
            if (
                claim.kind not in (Kind.DATE, Kind.RANK)
                or claim.entity in REGIONS
                or not claim.period
            ):
                continue
            if claim.period.kind not in ("point", "as_of") or not claim.period.end_year:
                continue
            folded = folded_sentence(claim)
            if TALKS.search(folded):
                continue
            for tie_type in tie_types_named(claim.sentence):
                if tie_type not in EVENT_TIES:
                    continue
                rows = [
                    t for t in positive_ties(context.knowledge, tie_type) if t.iso3 == claim.entity
                ]
                if not rows:
                    continue
                year, month = claim.period.end_year, claim.period.end_month
                if claim.period.kind == "as_of":
                    # "As of October 2022, … Argentina joined": any date up to then agrees.
                    agreeing = [t for t in rows if (t.year, t.month or 0) <= (year, month or 12)]
                else:
                    agreeing = [
                        t
                        for t in rows
                        if t.year == year and (not month or not t.month or t.month == month)
                    ]
                if agreeing:
                    others = [t for t in rows if t not in agreeing and t.conflict]
                    if others:
                        listing = "; ".join(t.label() for t in agreeing + others)
                        yield (
                            claim.claim_id,
                            Finding(
                                self.rule_id,
                                Verdict.DISPUTED,
                                f"the ties table disagrees with itself: {listing}",
                                tuple(t.evidence("conflicts") for t in agreeing + others),
                            ),
                        )
                    else:
                        yield (
                            claim.claim_id,
                            Finding(
                                self.rule_id,
                                Verdict.SUPPORTED,
                                f"the ties table dates it {agreeing[0].date}: {agreeing[0].label()}",
                                tuple(t.evidence("matches") for t in agreeing),
                            ),
                        )
                elif EVENT_VERB.search(folded):
                    listing = "; ".join(t.label() for t in rows)
                    yield (
                        claim.claim_id,
                        Finding(
                            self.rule_id,
                            Verdict.CONTRADICTED,
                            f"the text dates it {claim.period.label()}; the ties table holds {listing}",
                            tuple(t.evidence("differs") for t in rows),
                        ),
                    )
                break
