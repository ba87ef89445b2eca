"""Rule `year-facts`: a date with no recognised metric, found as the year of a stored fact
or as the date a year-valued fact was announced.

    "It was not until 1960, when China and Cuba established formal diplomatic relations"
    → first_year · CUB = 1960 (topic "relations" named in the sentence) → supported
    "In September 2020, China set the goals of carbon peaking by 2030 …"
    → carbon_peak_year · CHN announced 2020-09 → supported
    "Em 1993, os dois países estabeleceram uma parceria estratégica"
    → first_year · BRA = 1993 (topic "partnership" named as "parceria") → supported

Only support: a year that matches no fact says nothing about the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.models import Finding, Kind, Verdict
from chinalac.claims.rules.base import CheckContext, folded_sentence, mentions_topic, topic_words
from chinalac.claims.rules.store_facts import first_topic
from chinalac.claims.rules.ties_date import withdrawal_dated

REGIONS = {"LAC", "WLD", None}


class YearFacts:
    rule_id: ClassVar[str] = "year-facts"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.SUPPORTED,)
    description: ClassVar[str] = "a date found as the year-valued fact of the same entity and topic"

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        year_metrics = {m for m, unit in context.facts.units.items() if unit == "year"}
        for claim in context.claims:
            if claim.kind is not Kind.DATE or claim.metric or claim.entity in REGIONS:
                continue
            folded = folded_sentence(claim)
            own = _own_dates_words(context, claim, folded)
            leaving = withdrawal_dated(folded, *claim.span_in_sentence)
            month = claim.period.end_month if claim.period else None
            for metric in sorted(year_metrics):
                topical = [
                    f
                    for f in context.facts.for_entity(metric, claim.entity)
                    # the topic in any of the three languages ("parceria", "asociación",
                    # "relaciones"), as rule store-facts reads a first's topic (round r59b: main
                    # bore out "In 1993, … a strategic partnership" but not "Em 1993, … uma
                    # parceria estratégica", the fact's id naming its topic in English only).
                    # Those words count only between the claim's neighbouring dates: in
                    # "Panama, which joined the Belt and Road in 2017, signed a deal with China in
                    # 2018" the Belt and Road is 2017's, not 2018's (the lead, stop 54:
                    # test_fresh_readings_lead_s45 caught the round bearing 2018 out by DW's
                    # date of Panama's sign-on).
                    if mentions_topic(folded, topic_words(f.fact_id))
                    or (
                        mentions_topic(own, first_topic(f.fact_id))
                        # "Panama quit the Belt and Road in 2017": a leaving's year is no first's
                        # (test_fresh_readings_lead_s53 caught the round bearing it out)
                        and not leaving
                    )
                ]
                facts = [f for f in topical if int(f.value) == int(claim.value)]
                announced = [
                    f
                    for f in topical
                    if month
                    and f.start == (int(claim.value), month)
                    and int(f.value) != int(claim.value)
                ]
                if facts:
                    reason = f"the store holds this year: {facts[0].label()}"
                elif announced:
                    facts = announced
                    reason = f"the store dates this announcement {facts[0].period_text}: {facts[0].label()}"
                else:
                    continue
                evidence = tuple(f.evidence("matches") for f in facts)
                yield claim.claim_id, Finding(self.rule_id, Verdict.SUPPORTED, reason, evidence)
                break


def _own_dates_words(context: CheckContext, claim, folded: str) -> str:
    """The words of the claim's sentence between the dates before and after it (the whole
    sentence when it holds no other date): the part of the sentence whose event the date is."""
    start, end = claim.span_in_sentence
    others = [
        other.span_in_sentence
        for other in context.by_sentence.get(claim.sentence_index, [])
        if other.kind is Kind.DATE and other.claim_id != claim.claim_id
    ]
    before = max((e for s, e in others if e <= start), default=0)
    after = min((s for s, e in others if s >= end), default=len(folded))
    return folded[before:after]
