"""Rule `first-rank`: "the first …" claims checked against the store's `first_year` facts.

    "In 2006, China established its first Confucius Institute in Mexico"
    → first_year · MEX · confucius … = 2006 → supported

A `first_year` fact is about the claim when its entity is the claim's and its topic (the
words of its id, e.g. `first_year_pan_bri_2017` → "bri") appears in the sentence. With a
year in the sentence, the year is compared (different years from different sources →
disputed); without one, the store's record of that first supports the claim, and every
year it holds is shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.models import Finding, Kind, Verdict
from chinalac.claims.rules.base import (
    APPOSITIVE_BEFORE,
    CheckContext,
    folded_sentence,
    mentions_topic,
    ranks_no_state,
    topic_words,
)
from chinalac.claims.rules.ties_common import NARROWER_GROUP, subregion_named

FIRST_WORDS = ("first", "primer", "primeir")
FIRST_METRIC = "first_year"


class FirstRank:
    rule_id: ClassVar[str] = "first-rank"
    verdicts: ClassVar[tuple[Verdict, ...]] = (
        Verdict.SUPPORTED,
        Verdict.CONTRADICTED,
        Verdict.DISPUTED,
    )
    description: ClassVar[str] = "a 'first …' claim against the year of that first in the store"

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        for claim in context.claims:
            if (
                claim.kind is not Kind.RANK
                or claim.value != 1
                or not claim.text.lower().lstrip("( ").startswith(FIRST_WORDS)
                # "Fidel Castro's first year in power": a first of no record's topic
                or ranks_no_state(claim)
            ):
                continue
            folded = folded_sentence(claim)
            if NARROWER_GROUP.search(folded) or subregion_named(claim.sentence):
                continue  # a first of a narrower group: not the region's first the store holds
            facts = [
                f
                for f in context.facts.for_entity(FIRST_METRIC, claim.entity)
                if mentions_topic(folded, topic_words(f.fact_id))
            ]
            if not facts:
                continue
            years = sorted({int(f.value) for f in facts})
            sources = {f.source_id for f in facts}
            stated = claim.period.end_year or claim.period.start_year if claim.period else None
            if any(o.kind is Kind.DATE for o in context.by_sentence.get(claim.sentence_index, [])):
                stated = None  # the year is a claim of its own; the rank is checked alone
            if APPOSITIVE_BEFORE.search(claim.sentence[: claim.span_in_sentence[0]]):
                # "In 2015, Mexico, the first country in the region to host a Confucius
                # Institute, signed new deals": the rank in apposition names the state; the
                # year dates the main clause, not the first (round 30a: main refuted Mexico's
                # first institute of 2006 by 2015).
                stated = None
            if stated is None:
                listing = "; ".join(f.label() for f in facts)
                note = " (sources differ on the year)" if len(years) > 1 else ""
                yield (
                    claim.claim_id,
                    Finding(
                        self.rule_id,
                        Verdict.SUPPORTED,
                        f"the store records this first: {listing}{note}",
                        tuple(f.evidence("matches") for f in facts),
                    ),
                )
            elif len(years) > 1 and len(sources) > 1:
                yield (
                    claim.claim_id,
                    Finding(
                        self.rule_id,
                        Verdict.DISPUTED,
                        f"sources disagree on the year of this first: {'; '.join(f.label() for f in facts)}",
                        tuple(f.evidence("conflicts") for f in facts),
                    ),
                )
            elif stated in years:
                agreeing = [f for f in facts if int(f.value) == stated]
                yield (
                    claim.claim_id,
                    Finding(
                        self.rule_id,
                        Verdict.SUPPORTED,
                        f"the store dates this first to {stated}: {agreeing[0].label()}",
                        tuple(f.evidence("matches") for f in agreeing),
                    ),
                )
            else:
                yield (
                    claim.claim_id,
                    Finding(
                        self.rule_id,
                        Verdict.CONTRADICTED,
                        f"the text dates this first to {stated}; the store holds {'; '.join(f.label() for f in facts)}",
                        tuple(f.evidence("differs") for f in facts),
                    ),
                )
