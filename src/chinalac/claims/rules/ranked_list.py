"""Rule `ranked-list`: a rank over a list of states implies a count the store may hold.

    "China has become the top trading partner of Brazil, Chile, Peru, and Uruguay"
    → top_trading_partner_count · LAC = 4 → checked like any count (store-facts)

The rank's words must be a phrase of a count metric (metrics.csv: "top trading partner" is a
phrase of top_trading_partner_count) and the list must follow with "of"/"for"/"de".

When no stored count decides it, China's rank as the trading partner of each listed state is
read from the published ranks ("in 2022 China was the main trading partner of Argentina,
Bolivia, …, and Venezuela"): borne out when every listed state with a stored rank for the
period gives it and none disagrees; otherwise the count's reading stands. Never refuted here:
a state may be ranked by another measure.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.entities import LIST_GLUE, EntityIndex
from chinalac.claims.models import Evidence, Finding, Kind, Verdict
from chinalac.claims.rules.base import CheckContext
from chinalac.claims.rules.partner_rank import PARTNER, PartnerRank
from chinalac.claims.rules.store_facts import StoreFacts
from chinalac.claims.vocabulary import fold

LIST_START = re.compile(r"^\s*(?:of|for|to|de|para|do|da|dos|das)\s+")
# Words that open a list of examples ("of countries such as Brazil, Peru and Chile", "de países
# como Brasil, Peru e Chile", "de países como Brasil, Perú y Chile"): the list is not the whole
# set, so its length is no count of the set.
EXAMPLES = re.compile(
    r"\b(?:such as|like|including|among them|among others|for example|for instance|e\.g\."
    r"|como|tais como|tales como|incluindo|incluyendo|inclusive|entre eles|entre elas"
    r"|entre ellos|entre ellas|entre outros|entre otros|por exemplo|por ejemplo)\b"
)


class RankedList:
    rule_id: ClassVar[str] = "ranked-list"
    verdicts: ClassVar[tuple[Verdict, ...]] = (
        Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.DISPUTED, Verdict.UNVERIFIABLE,
    )  # fmt: skip
    description: ClassVar[str] = "a rank over a list of states checked as the count of that list"

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        index = None
        count_metrics = [m for m, unit in context.facts.units.items() if unit == "count"]
        for claim in context.claims:
            if claim.kind is not Kind.RANK:
                continue
            rank_text = fold(claim.sentence[claim.span_in_sentence[0] : claim.span_in_sentence[1]])
            metric = self._metric(context, rank_text, count_metrics)
            if metric is None:
                continue
            tail = claim.sentence[claim.span_in_sentence[1] :]
            start = LIST_START.match(tail)
            if not start:
                continue
            index = index or EntityIndex(context.knowledge)
            states, first, previous = [], None, None
            for mention in index.find(tail):
                if mention.start < start.end():
                    continue
                if not mention.in_list and states:
                    break
                if not mention.in_list:
                    continue
                if previous is not None and not LIST_GLUE.match(tail[previous.end : mention.start]):
                    # "…of Brazil, Peru and Chile, as it has been of countries such as Uruguay,
                    # …": a second list is another set, not more of this one (lead, stop 36)
                    break
                first, previous = first or mention, mention
                if mention.code not in states:
                    states.append(mention.code)
            if len(states) < 2:
                continue
            # The list's own first mention, not the state's first anywhere after the rank: "of
            # Chile, as it was of Pacific countries such as Chile, Peru and Ecuador" (stop 36).
            if EXAMPLES.search(fold(tail[start.end() : first.start])):
                # Examples, not the whole set: no count; each state's rank may still bear it out.
                by_state = (
                    self._each_state(claim, states, context, rank_text)
                    if claim.value == 1
                    else None
                )
                if by_state is not None:
                    yield claim.claim_id, by_state
                continue
            as_count = dataclasses.replace(
                claim,
                kind=Kind.COUNT,
                value=float(len(states)),
                unit="count",
                scale=1.0,
                metric=metric,
            )
            finding = StoreFacts().judge(as_count, context)
            if finding is None:
                continue
            if finding.verdict is Verdict.UNVERIFIABLE and claim.value == 1:
                by_state = self._each_state(claim, states, context, rank_text)
                if by_state is not None:
                    yield claim.claim_id, by_state
                    continue
            listing = Evidence(
                "text",
                f"{claim.claim_id}:list",
                None,
                "related",
                float(len(states)),
                "count",
                note=", ".join(states),
            )
            reason = f"{len(states)} states listed ({', '.join(states)}) → {finding.reason}"
            yield (
                claim.claim_id,
                Finding(self.rule_id, finding.verdict, reason, (*finding.evidence, listing)),
            )

    def _each_state(self, claim, states: list[str], context: CheckContext, rank_text: str):
        """SUPPORTED when every listed state with a stored partner rank for the claim's period
        gives China the claim's rank (at least one such state), else None."""
        if not PARTNER.search(rank_text):
            return None
        judge = PartnerRank()
        rank = int(claim.value)
        agreeing, values, evidence = [], [], []
        for state in states:
            facts = [
                f for f in context.facts.for_entity("china_partner_rank", state) if f.unit == "rank"
            ]
            if not facts:
                continue
            found = judge._judge(
                dataclasses.replace(claim, entity=state), "china_partner_rank", facts
            )
            if found.verdict is Verdict.SUPPORTED:
                agreeing.append(state)
                values.append(found.reason.split(f" is {rank}: ", 1)[-1])
                evidence.extend(found.evidence)
            elif found.evidence:
                return None  # a stored rank for the period that does not give it
        if not agreeing:
            return None
        period = claim.period.label() if claim.period else "no period stated"
        what = f"china_partner_rank · {', '.join(agreeing)} · {period}"
        # Reader-visible through the frames "N states listed (…) → …" and "every stored rank
        # for … is …: …" (web/reasons.py); the states with no stored rank are in the list.
        reason = (
            f"{len(states)} states listed ({', '.join(states)}) → every stored rank for {what}"
            f" is {rank}: {'; '.join(values)}"
        )
        return Finding(self.rule_id, Verdict.SUPPORTED, reason, tuple(evidence))

    @staticmethod
    def _metric(context: CheckContext, rank_text: str, metrics: list[str]) -> str | None:
        from chinalac.claims.extract import _tools

        _, lexicon = _tools(context.knowledge)
        for phrase in lexicon.phrases:
            if (
                phrase.metric in metrics
                and len(phrase.text.split()) >= 2
                and phrase.pattern.search(rank_text)
            ):
                return phrase.metric
        return None
