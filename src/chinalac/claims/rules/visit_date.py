"""Rule `visit-date`: the date of a named leader's trip, found in the visits table.

    "Many of those loans were announced during President Xi Jinping's July 2014 trip to Latin
    America" → visits: Xi Jinping, BRA, 2014-07 → supported
    "la idea que el presidente Xi Jinping presentó en julio de 2014 durante su gira por
    Latinoamérica", "como já havia anunciado em sua viagem à América Latina em 2014" (Xi named
    in the sentence) → the same row

The visits table is a partial compilation (a leader makes many trips, most of them not stored),
so a date it does not hold is never refuted: only support. Support needs, in the claim's own
sentence, the visitor's name, a word of a trip in the date's clause, a few words away, a destination
that is the stored state, the region or China (a trip to China is stored under the visitor's
state), and the stored year and month (a month the row does not give leaves the date unjudged, and so
does a day, which no row gives, written as a number or as a weekday).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.article_date import WEEKDAY_NAME
from chinalac.claims.models import Evidence, Finding, Kind, Verdict
from chinalac.claims.rules.base import CheckContext
from chinalac.claims.trips import TRIP
from chinalac.claims.vocabulary import fold

# How far (characters of the sentence) the trip's word may stand from the date, in its clause.
NEAR = 50
CLAUSE_END = re.compile(r"[,;:.()]")
# A role that marks a Chinese leader: the family name comes first ("Xi Jinping" → "Xi").
CHINESE_ROLE = re.compile(r"people's republic of china|state council", re.I)
# Words of a name that name no one alone.
PARTICLES = {"da", "de", "do", "dos", "das", "del", "la", "von", "van"}
UNNAMED = re.compile(r"^(?:head of state|president|prime minister|premier)\b", re.I)
STORED_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?")
# A day of the month in the claim's own words ("Nov 17", "17 de noviembre", "17 de novembro de
# 2016", "November 17, 2016"): one or two digits that are not part of a year. A row dated to the
# month only does not bear out a day (round 31a: main bore out "begin on Nov 17" by a trip
# stored as 2016-11, which a wrong day would have matched as well).
DAY = re.compile(r"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])(?![\d])")


def visitor_names(visitor: str, role: str) -> tuple[str, ...]:
    """The forms a text names the visitor by: the full name, the family name and any later
    word of four letters or more ("Luiz Inácio Lula da Silva" → "Lula", "Silva"; "Xi Jinping"
    → "Xi", "Jinping"). () for a row that names an office, not a person."""
    if not visitor or UNNAMED.match(visitor):
        return ()
    words = [w for w in visitor.split() if w.lower() not in PARTICLES]
    names = {visitor}
    if CHINESE_ROLE.search(role or ""):
        names.update(words)  # "Xi", "Jinping", "Li", "Keqiang"
    else:
        names.update(w for w in words[1:] if len(w) >= 4)  # not a first name alone
    return tuple(sorted(names, key=len, reverse=True))


class VisitDate:
    rule_id: ClassVar[str] = "visit-date"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.SUPPORTED,)
    description: ClassVar[str] = "a named leader's trip dated as the visits table dates it"

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        visits = context.knowledge.visits
        if visits.empty:
            return
        rows = [
            (row, names)
            for row in visits.itertuples(index=False)
            if STORED_DATE.match(row.date or "") and (names := visitor_names(row.visitor, row.role))
        ]
        for claim in context.claims:
            if claim.kind is not Kind.DATE or claim.period is None:
                continue
            period = claim.period
            if period.kind != "point" or period.end_year is None:
                continue
            start, end = claim.span_in_sentence
            folded = fold(claim.sentence)
            before = CLAUSE_END.split(folded[max(0, start - NEAR) : start])[-1]
            after = CLAUSE_END.split(folded[end : end + NEAR])[0]
            if not (TRIP.search(before) or TRIP.search(after)):
                continue  # "spoke of trade in July 2014, and of a visit years later"
            for row, names in rows:
                if not any(re.search(rf"\b{re.escape(n)}\b", claim.sentence) for n in names):
                    continue
                if claim.entity not in (None, "LAC", "CHN", row.iso3):
                    continue
                year, month = STORED_DATE.match(row.date).groups()
                if int(year) != period.end_year:
                    continue
                if period.end_month and (month is None or int(month) != period.end_month):
                    continue
                if period.end_month and DAY.search(re.sub(r"\d{4}", "", claim.text)):
                    continue  # the visits table dates trips to the month at most: no day
                if WEEKDAY_NAME.search(fold(claim.text)):
                    # "set out from Beijing on Wednesday for a state visit to Ecuador": a weekday
                    # read against the article date is a day, which no row gives (round 44a:
                    # main bore it out by Xi's visit stored as 2016-11).
                    continue
                evidence = Evidence(
                    "visit", row.visit_id, row.source_id or None, "matches",
                    period=row.date, entity=row.iso3,
                )  # fmt: skip
                # Reader-visible through the frame "the visits table dates a visit by %(a)s
                # (%(b)s): %(c)s" (web/reasons.py).
                reason = f"the visits table dates a visit by {row.visitor} ({row.iso3}): {row.date}"
                yield claim.claim_id, Finding(self.rule_id, Verdict.SUPPORTED, reason, (evidence,))
                break
