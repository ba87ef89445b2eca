"""Rule `framework-count`: a count of a cooperation framework's parts, found in the frameworks
table.

    "Xi anunció además cinco programas de cooperación con los países de la CELAC"
    → five_programs: 5 components of kind program → supported
    "the 1+3+6 framework: one plan, three engines and six priority areas"
    → one_plus_three_plus_six: 3 engines, 6 priority areas → supported

The counted noun names the kind of part (programs, engines, priority areas, in EN/ES/PT), and
the framework is the one whose name or summary names that kind (the global initiatives are
stored as programs too, but no text calls them "programs"). The parts are counted by their
position, so a part two sources word differently counts once. Support only: a text may count
the parts of another plan of the same name, so another count is left unjudged. The sentence
must speak of China or the cooperation, and a year before the framework's is no count of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.models import Evidence, Finding, Kind, Verdict
from chinalac.claims.rules.base import CheckContext, folded_sentence
from chinalac.claims.vocabulary import fold

# The kinds of part a text counts (folded nouns, read with .match on the claim's noun), with
# the English words a framework's name or summary uses for them.
KIND_NOUNS = {
    "program": (re.compile(r"(?:programs?|programmes?|programas?)\b"), "program"),
    "engine": (re.compile(r"(?:engines?|motor|motores)\b"), "engine"),
    "priority_area": (
        re.compile(
            r"(?:priority\s+(?:areas?|fields?|sectors?)|(?:areas?|campos?|ambitos?|sectores?)"
            r"\s+prioritari[oa]s?)\b"
        ),
        "priority area",
    ),
}
# The sentence speaks of China or of the cooperation (folded).
ABOUT_CHINA = re.compile(
    r"\b(?:china|chinese|chines[ae]?s?|xi|beijing|pekin|pequim|celac|forum|foro"
    r"|cooperation|cooperacion|cooperacao)\b"
)


class FrameworkCount:
    rule_id: ClassVar[str] = "framework-count"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.SUPPORTED,)
    description: ClassVar[str] = (
        "a count of a framework's parts, as the frameworks table lists them"
    )

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        frameworks = context.knowledge.frameworks
        components = context.knowledge.framework_components
        if frameworks.empty or components.empty:
            return
        for claim in context.claims:
            if claim.kind is not Kind.COUNT or not claim.noun or claim.value != int(claim.value):
                continue
            noun = fold(claim.noun)
            kind = next((k for k, (p, _w) in KIND_NOUNS.items() if p.match(noun)), None)
            if kind is None or not ABOUT_CHINA.search(folded_sentence(claim)):
                continue
            for framework in frameworks.itertuples(index=False):
                summary = fold(f"{framework.name} {framework.context}")
                if KIND_NOUNS[kind][1] not in summary:
                    continue
                if not framework.date[:4].isdigit():
                    continue  # an undated framework is not one a count can be dated against
                year = int(framework.date[:4])
                if claim.period and claim.period.end_year and claim.period.end_year < year:
                    continue  # "in 2010 … five programs": before the framework was announced
                parts = components[
                    (components.framework_id == framework.framework_id) & (components.kind == kind)
                ]
                count = parts.position.nunique()
                if count != int(claim.value):
                    continue
                evidence = tuple(
                    Evidence(
                        "framework",
                        f"{part.framework_id}:{part.component_id}",
                        part.source_id or None,
                        "matches",
                        note=part.name,
                    )  # fmt: skip
                    for part in parts.itertuples(index=False)
                )
                # Reader-visible through the frames "the frameworks table lists %(a)s
                # programs, announced %(b)s" (and engines, priority areas) in web/reasons.py.
                words = {"program": "programs", "engine": "engines"}.get(kind, "priority areas")
                reason = f"the frameworks table lists {count} {words}, announced {framework.date}"
                yield claim.claim_id, Finding(self.rule_id, Verdict.SUPPORTED, reason, evidence)
                break
