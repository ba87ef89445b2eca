"""Rule `plan-span`: the years a China-CELAC cooperation plan covers, against the plans of the
documents table (kind `plan`), whose titles carry their years.

    "the plan will name the key areas of cooperation between China and Latin America from 2015
    to 2019" → China-Latin American and Caribbean Countries Cooperation Plan (2015-2019)
    → supported
    "el plan de acción conjunto entre China y la CELAC para 2022-2024"

A span of years standing as a claim of its own is read when its sentence names a plan ("plan",
"plan de acción", "plano") and China's partners (Latin America, the Caribbean, CELAC, the
region). Supported when a stored plan's title holds exactly those years. Support only: a span of
no stored plan may be another programme's, or the period of the sentence's telling (round 45b:
main read no metric in the span).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.models import Evidence, Finding, Kind, Verdict
from chinalac.claims.rules.base import CheckContext, folded_sentence
from chinalac.claims.rules.policy_paper import REGION
from chinalac.claims.vocabulary import fold

# A plan named (folded): "the plan", "cooperation plan", "action plan", "plan de acción",
# "plano de ação"; not "plans to" (an intention: "China plans to invest").
PLAN = re.compile(
    r"(?<![\w])(?:plan|plano|plan\s+de\s+accion|plano\s+de\s+acao)(?![\w])(?!\s+to\b)"
    # "Programa de Cooperação China-Celac 2015-2019", "programa de cooperación", "cooperation
    # programme" (round 46c): a programme of cooperation is a plan; a bare "programa" is not.
    r"|(?<![\w])programa\s+de\s+cooperac(?:ao|ion)(?![\w])|(?<![\w])cooperation\s+program(?:me)?(?![\w])"
)
# The region named a little before the plan's sentence (round r54c: "Xi anunciou ainda um plano
# de cooperação para o período entre 2015 e 2019" after sentences on the China-Celac forum; main
# read no plan). Only when the plan's own sentence names no state of the region, whose own plan
# with China the span could be ("o Plano de Ação Conjunta Brasil-China 2015-2021").
REGION_REACH = 3
# The years in a plan's stored title: "(2015-2019)", "(2022–2024)".
TITLE_SPAN = re.compile(r"\((\d{4})\s?[-–]\s?(\d{4})\)")


class PlanSpan:
    rule_id: ClassVar[str] = "plan-span"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.SUPPORTED,)
    description: ClassVar[str] = "the years of a cooperation plan as the documents table names them"

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        plans = [
            (int(found.group(1)), int(found.group(2)), row)
            for row in context.knowledge.documents.itertuples(index=False)
            if row.kind == "plan" and (found := TITLE_SPAN.search(row.title or ""))
        ]
        if not plans:
            return
        for claim in context.claims:
            period = claim.period
            if claim.kind is not Kind.DATE or period is None or period.kind != "range":
                continue
            if period.start_month or period.end_month:
                continue  # "from January 2015 to June 2019": no plan's span of years
            folded = folded_sentence(claim)
            if not PLAN.search(folded):
                continue
            if not REGION.search(folded) and not _region_before(claim, context):
                continue
            for start, end, row in plans:
                if (start, end) != (period.start_year, period.end_year):
                    continue
                evidence = Evidence(
                    "document", row.document_id, row.source_id or None, "matches",
                    period=row.date or None, note=row.title,
                )  # fmt: skip
                # Reader-visible through the frame "the documents table holds a plan for
                # %(a)s–%(b)s: %(c)s" (web/reasons.py).
                reason = f"the documents table holds a plan for {start}–{end}: {row.title}"
                yield claim.claim_id, Finding(self.rule_id, Verdict.SUPPORTED, reason, (evidence,))
                break


def _region_before(claim, context: CheckContext) -> bool:
    """The region named in one of the REGION_REACH sentences before the claim's, with no state
    of the region named in the claim's own sentence."""
    if any(code not in ("LAC", "CHN") for code in claim.entities):
        return False
    return any(
        REGION.search(fold(before)) for before in context.sentences_before(claim, REGION_REACH)
    )
