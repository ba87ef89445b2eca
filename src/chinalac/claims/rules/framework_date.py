"""Rule `framework-date`: the date a cooperation framework was proposed or announced, found in
the frameworks table.

    "Xi Jinping proposed the 1+3+6 cooperation framework in Brasília in July 2014"
    → one_plus_three_plus_six, 2014-07 → supported
    "Xi anunció cinco programas de cooperación en mayo de 2025" → five_programs, 2025-05

The sentence names the framework by its name ("1+3+6", "five programs", "cinco programas",
"five-sphere") and a verb of proposing or announcing it; the date is a point with the stored
year (and month, when both give one). Support only: a framework is also restated, adopted or
recalled on other dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.models import Evidence, Finding, Kind, Verdict
from chinalac.claims.rules.base import CheckContext, folded_sentence

# How a text names each framework (folded).
NAMES = {
    "one_plus_three_plus_six": re.compile(r"(?<![\d+])1\s?\+\s?3\s?\+\s?6(?![\d+])"),
    "five_programs": re.compile(r"\b(?:five|cinco)\s+(?:programs?|programmes?|programas?)\b"),
    "five_sphere_plan": re.compile(r"\bfive[\s-]sphere|\bcinco\s+(?:esferas|ambitos)\b"),
}
# A verb of proposing or announcing (folded).
PROPOSED = re.compile(
    r"\b(?:propos(?:ed|ing|al)|propose|announc(?:ed|ing)|unveil(?:ed|ing)|present(?:ed|ing)"
    r"|launch(?:ed|ing)|put\s+forward|propuso|propuesto|propuesta|anuncio|anunciado|presento"
    r"|presentado|lanzo|lanzado|propos|propost[oa]s?|anunciou|anunciados?|apresentou|apresentados?"
    r"|lancou|lancados?)\b"
)


class FrameworkDate:
    rule_id: ClassVar[str] = "framework-date"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.SUPPORTED,)
    description: ClassVar[str] = "a framework's proposal dated as the frameworks table dates it"

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        frameworks = {
            row.framework_id: row
            for row in context.knowledge.frameworks.itertuples(index=False)
            if row.framework_id in NAMES and re.match(r"\d{4}", row.date or "")
        }
        if not frameworks:
            return
        for claim in context.claims:
            period = claim.period
            if claim.kind is not Kind.DATE or period is None or period.kind != "point":
                continue
            if period.end_year is None:
                continue
            folded = folded_sentence(claim)
            if not PROPOSED.search(folded):
                continue
            named = [f for f_id, f in frameworks.items() if NAMES[f_id].search(folded)]
            if len(named) != 1:
                continue  # none, or two frameworks in one sentence: whose date is it?
            framework = named[0]
            year, month = int(framework.date[:4]), framework.date[5:7]
            if year != period.end_year:
                continue
            if period.end_month and (not month or int(month) != period.end_month):
                continue
            evidence = (
                Evidence(
                    "framework", framework.framework_id, framework.source_id or None, "matches",
                    period=framework.date, note=framework.name,
                ),
            )  # fmt: skip
            # Reader-visible through the frame "the frameworks table dates the proposal
            # %(a)s" (web/reasons.py).
            reason = f"the frameworks table dates the proposal {framework.date}"
            yield claim.claim_id, Finding(self.rule_id, Verdict.SUPPORTED, reason, evidence)
