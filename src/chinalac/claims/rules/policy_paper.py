"""Rule `policy-paper`: the n-th of China's policy papers on Latin America and the Caribbean, and
its date, against the documents table (kind `policy_paper`: 2008, 2016, 2025).

    "China published its first policy paper on Latin America and the Caribbean in 2008, a
    second in 2016 …" → policy_paper_lac_2008, policy_paper_lac_2016 → supported
    "el segundo documento de política hacia América Latina y el Caribe (noviembre de 2016)"

A rank is read when its sentence names a policy paper ("policy paper", "documento de política",
"documento sobre a política") and Latin America, the region or CELAC, and the rank's own noun
is the paper's ("policy paper", "paper", "documento") or none ("a second in 2016"). Supported
when the n-th stored paper has the year (and month) written for it, or, with no date written,
was out by the article's date. Another date is shown, never refuted: a text may date a paper
by its announcement or its translation.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.models import Evidence, Finding, Kind, Verdict
from chinalac.claims.rules.base import CheckContext, folded_sentence
from chinalac.claims.vocabulary import fold

POLICY_PAPER = re.compile(
    r"\bpolicy\s+(?:paper|document)s?\b|\bdocumentos?\s+(?:de|sobre\s+(?:a|la))\s+politica\b"
    # China's papers on the region are also called white papers (round 32a: "a first White
    # Paper in 2008", "su primer Libro Blanco sobre América Latina", "o primeiro Livro Branco")
    r"|\bwhite\s+papers?\b|\blibros?\s+blancos?\b|\blivros?\s+brancos?\b"
)
# A white paper is of the region only when the region is named right beside it ("its vision for
# the region in a first White Paper", "a White Paper on its Latin America policy"): China issues
# white papers on many topics ("its first white paper on development cooperation in 2011, when
# Latin America …" is not the region's).
WHITE_PAPER = re.compile(r"white|blanco|branco")
WHITE_BEFORE, WHITE_AFTER = 45, 30
REGION = re.compile(
    r"\b(?:latin\s+america|america\s+latina|latinoamerica|caribbean|caribe|celac|the\s+region"
    r"|la\s+region|a\s+regiao)\b"
)
PAPER_NOUN = re.compile(
    r"^(?:(?:policy\s+|white\s+)?(?:paper|document)|documento(?:\s+de\s+politica)?"
    r"|libro\s+blanco(?:\s+sobre\b.{0,40})?|livro\s+branco(?:\s+sobre\b.{0,40})?)?$"
)
ORDINAL_WORDS = {1: "first", 2: "second", 3: "third"}


class PolicyPaper:
    rule_id: ClassVar[str] = "policy-paper"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.SUPPORTED, Verdict.UNVERIFIABLE)
    description: ClassVar[str] = (
        "the n-th policy paper on LAC dated as the documents table dates it"
    )

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        documents = context.knowledge.documents
        papers = sorted(
            (row for row in documents.itertuples(index=False) if row.kind == "policy_paper"),
            key=lambda row: row.date or "9999",
        )
        if not papers:
            return
        for claim in context.claims:
            if claim.kind is not Kind.RANK or claim.value not in ORDINAL_WORDS:
                continue
            folded = folded_sentence(claim)
            found = POLICY_PAPER.search(folded)
            if found is None or not REGION.search(folded):
                continue
            if WHITE_PAPER.search(found.group(0)) and not REGION.search(
                folded[max(0, found.start() - WHITE_BEFORE) : found.end() + WHITE_AFTER]
            ):
                continue
            if not PAPER_NOUN.match(fold(claim.noun).strip()):
                continue  # "the second-largest partner" in a sentence naming the paper
            if not claim.noun and claim.span_in_sentence[0] < found.start():
                continue  # a bare ordinal counts the papers only after the paper is named
            n = int(claim.value)
            if n > len(papers):
                continue
            paper = papers[n - 1]
            evidence = (
                Evidence(
                    "document", paper.document_id, paper.source_id or None, "matches",
                    period=paper.date or None, note=paper.title,
                ),
            )  # fmt: skip
            # Reader-visible through the frames "the documents table dates China's first
            # policy paper on Latin America and the Caribbean %(a)s" (and second, third; with
            # "; the text dates it %(b)s") in web/reasons.py.
            stored = f"the documents table dates China's {ORDINAL_WORDS[n]} policy paper on Latin America and the Caribbean {paper.date}"
            period = claim.period
            if period is None or period.end_year is None:
                written = (claim.article_date or {}).get("date") or ""
                if written and paper.date and paper.date <= written[: len(paper.date)]:
                    yield claim.claim_id, Finding(self.rule_id, Verdict.SUPPORTED, stored, evidence)
                continue
            year, month = (paper.date or "0000")[:4], (paper.date or "")[5:7]
            same = int(year) == period.end_year and (
                not period.end_month or not month or int(month) == period.end_month
            )
            if same and period.kind in ("point", "as_of"):
                yield claim.claim_id, Finding(self.rule_id, Verdict.SUPPORTED, stored, evidence)
            elif period.kind == "point":
                reason = f"{stored}; the text dates it {period.label()}"
                # The stored paper is shown as what the text's date differs from, never as a
                # match (found by the s37 mutation helper: the row was labelled "matches").
                differs = (dataclasses.replace(evidence[0], relation="differs"),)
                yield (
                    claim.claim_id,
                    Finding(self.rule_id, Verdict.UNVERIFIABLE, reason, differs),
                )
