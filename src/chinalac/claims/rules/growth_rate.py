"""Rule `growth-rate`: a growth rate or multiple that does not match the two levels cited.

    "rose from $100 billion in 2022 to $110 billion in 2023, up 5%"  → inconsistent (10 %)
    "grew from 10 to 50 projects, a threefold increase"             → inconsistent (5×)
    "grew by US$5 billion, from US$20 billion to US$23.2 billion"  → inconsistent (3.2)
    "US$3,516.2 million in 2025, 34.3% higher than the 2024 deficit of US$2,599.7 million"
                                                                    → inconsistent (35.3 %)

An amount of change ("grew by", "crecieron en", "cresceram em") is compared with B − A when
the three are of one metric, entity and currency, with the rounding of each as written; an
amount of change "between 2022 and 2023" also with the levels of both years stated in the
paragraphs before it (inconsistent only when no pair of them gives it).
The rate is compared with the total change (B/A − 1) and, when the text says "a year" /
"annual", with the compound annual rate over the years between the two levels. Tolerance:
that of the rate as written (tolerance.py), at least 0.5 percentage points.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.extract import _CHINA, CHANGE_AMOUNT
from chinalac.claims.mentions import VERB_MULTIPLE
from chinalac.claims.models import Evidence, Finding, Kind, Qualifier, Verdict
from chinalac.claims.rules.base import CheckContext
from chinalac.claims.rules.changes import DOWN, UP, changes_in
from chinalac.claims.tolerance import interval, precision, written_interval, written_precision
from chinalac.claims.vocabulary import fold

# A rate set between two levels of one metric: "un déficit de 3.516,2 millones, un 34,3 %
# superior al registro de 2024, que fue de 2.599,7 millones", "US$3.52 billion in 2025, 34.3%
# higher than the 2024 deficit of US$2.60 billion", "US$ 3,52 bilhões, 34,3% acima do de 2024".
# BEFORE_RATE: only its year, a comma and an article between the later level and the rate.
BEFORE_RATE = re.compile(r"^\s*(?:(?:in|en|em|no)\s+\d{4}\s*)?,\s*(?:(?:un|una|um|uma|an?)\s+)?$")
HIGHER = re.compile(
    # "un 34.3 % más que el saldo negativo de …", "34,3% a mais que o de …" (round s20b).
    r"^\s*(?:superior|mayor|mas\s+alto|higher|greater|larger|above|more|acima|maior|mais\s+alto|"
    r"mas|(?:a\s+)?mais)"
    r"\s+(?:a|al|a\s+la|que|than|to|ao|a|do|da|que\s+(?:el|la|o|a)|de|del)\b"
)
LOWER = re.compile(
    r"^\s*(?:inferior|menor|mas\s+bajo|lower|smaller|below|less|abaixo|mais\s+baixo|"
    r"(?:a\s+)?menos)"
    r"\s+(?:a|al|a\s+la|que|than|to|ao|a|do|da|que\s+(?:el|la|o|a)|de|del)\b"
)
ANNUAL = re.compile(r"(?:a|per)\s+year|annual|yearly|al\s+ano|anual|ao\s+ano|por\s+ano")


class GrowthRate:
    rule_id: ClassVar[str] = "growth-rate"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.INCONSISTENT,)
    description: ClassVar[str] = "a growth rate or multiple does not match the two levels it cites"

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        yield from self._change_of_levels(context.claims)
        yield from self._rate_of_year_earlier_levels(context.claims)
        yield from self._rate_beside_compared_levels(context)
        for claims in context.by_sentence.values():
            yield from self._compared(claims)
            yield from self._rate_level_and_amount(claims)
            changes = list(changes_in(claims))
            # The levels of every change in the sentence, not only this one's: in "the share
            # rose from 10% to 20%, while trade went from $80 to $100 billion, up 25%", 10% and
            # 20% are the share's levels, never rates of trade's change.
            levels = {id(c) for change in changes for c in (change.start, change.end)}
            for change in changes:
                a, b = change.start, change.end
                if a.amount <= 0 or a.kind is Kind.PERCENT:
                    continue
                # "bilateral trade has grown by 77%, and exports to China have increased by
                # 129%, from US$16,351 million to US$37,401 million": a rate that misses, in a
                # clause of its own before the rate that fits the change, is another subject's
                # (round r63a: main called the 77% of trade inconsistent with the levels of
                # exports). Held back until every rate of the sentence is tried.
                fitted: list = []
                missed: list[tuple[object, tuple[str, Finding]]] = []
                for rate in claims:
                    if rate is a or rate is b or id(rate) in levels:
                        continue
                    if rate.kind is Kind.MONEY:
                        found = self._amount_change(rate, a, b)
                        if found is not None:
                            yield rate.claim_id, found
                        continue
                    if rate.kind not in (Kind.PERCENT, Kind.MULTIPLE):
                        continue
                    if rate.kind is Kind.MULTIPLE and VERB_MULTIPLE.fullmatch(fold(rate.text)):
                        continue  # "doubled", "se triplicó": a rounded multiple, no test
                    folded = fold(rate.sentence)
                    # "fell 7% from US$25 billion to US$23.2 billion", "cayeron un 7% de … a …":
                    # the verb before the first level says the change is a fall, and a rate
                    # written without a sign is its size (main compared 7 with -7.2 whenever
                    # any word of the sentence spoke of a rise, and skipped falls otherwise).
                    falling = (
                        rate.kind is Kind.PERCENT and change.direction == "down" and rate.value > 0
                    )
                    if (
                        rate.kind is Kind.PERCENT
                        and not falling
                        and not UP.search(folded)  # "growth" too: UP reads "grow…"
                        and "crec" not in folded  # "crece", "crecen": UP reads only "creci…"
                    ):
                        continue
                    implied = self._implied(rate, a, b, folded)
                    if falling:
                        implied = -implied
                    allowed = interval(rate)
                    margin = 0.5 if rate.kind is Kind.PERCENT else 0.0
                    fits = (
                        allowed.low - margin <= implied <= allowed.high + margin
                        # "from just over $14 billion to $500 billion, a 35-fold growth": the
                        # levels as written (a bound, the rounding of their digits) allow it.
                        or (rate.kind is Kind.MULTIPLE and _multiple_fits(allowed, a, b))
                        # "de trescientos millones en 2020 a más de mil trescientos millones en
                        # 2024, un incremento del 350%", "from $300 million to more than $1.3
                        # billion, up 350%", "de 300 milhões para mais de 1,3 bilhão, alta de
                        # 350%": a level written as a bound ("más de", "over", "quase") allows
                        # every rate its range gives (round 46b: main called 350% inconsistent
                        # with 1,300 read as exact, though "more than 1,300" allows 350%).
                        or (
                            rate.kind is Kind.PERCENT
                            and not falling
                            and not ANNUAL.search(folded)
                            and _bounded_rate_fits(allowed, margin, a, b)
                        )
                    )
                    if fits:
                        fitted.append(rate)
                        continue
                    unit = "%" if rate.kind is Kind.PERCENT else "×"
                    reason = f"{rate.text.strip()} does not match {a.text.strip()} → {b.text.strip()} (implied {implied:.3g}{unit})"
                    evidence = _levels_evidence(a, b)
                    finding = Finding(self.rule_id, Verdict.INCONSISTENT, reason, evidence)
                    missed.append((rate, (rate.claim_id, finding)))
                for rate, found in missed:
                    if not any(_clause_before(rate, fit) for fit in fitted):
                        yield found

    def _change_of_levels(self, claims) -> Iterator[tuple[str, Finding]]:
        """ "En 2022 … las importaciones $2,367.5 millones. ¶ En 2023 … las importaciones
        $2,332.3 millones. ¶ Entre 2022 y 2023 … las importaciones se redujeron en $37.7
        millones": an amount of change between two years, stated after the levels of both
        years (same metric, state and currency, in its paragraph or the two before), that no
        pair of those levels gives (with the rounding of the digits written) is inconsistent.
        Every candidate level of a year is tried: one pair that fits is enough to stay out."""
        for change in claims:
            why = (change.confidence.get("value") or {}).get("why", "")
            period = change.period
            if (
                change.kind is not Kind.MONEY
                or not why.startswith(CHANGE_AMOUNT)
                or change.qualifier is not Qualifier.EXACT
                or not change.metric
                or period is None
                or period.kind != "range"
                or period.start_month
                or period.end_month
                or period.start_year is None
                or period.end_year is None
                or period.start_year >= period.end_year
            ):
                continue
            levels = [
                c
                for c in claims
                if c.start < change.start
                and change.paragraph - 2 <= c.paragraph <= change.paragraph
                and c.sentence_index != change.sentence_index
                and c.kind is Kind.MONEY
                and c.qualifier is Qualifier.EXACT
                and c.upper is None
                and (c.metric, c.entity, c.unit) == (change.metric, change.entity, change.unit)
                and c.period is not None
                and not (c.confidence.get("value") or {}).get("why", "").startswith(CHANGE_AMOUNT)
            ]
            firsts = [c for c in levels if c.period.label() == str(period.start_year)]
            lasts = [c for c in levels if c.period.label() == str(period.end_year)]
            if not firsts or not lasts:
                continue
            stated = written_interval(change)
            scale = change.scale or 1.0

            def fits(a, b, stated=stated) -> bool:
                slack = written_precision(a) * (a.scale or 1.0)
                slack += written_precision(b) * (b.scale or 1.0)
                return stated.low - slack <= abs(b.amount - a.amount) <= stated.high + slack

            if any(fits(a, b) for a in firsts for b in lasts):
                continue
            a, b = min(
                ((a, b) for a in firsts for b in lasts),
                key=lambda pair: abs(abs(pair[1].amount - pair[0].amount) - change.amount),
            )
            implied = abs(b.amount - a.amount)
            reason = (
                f"{change.text.strip()} does not match {a.text.strip()} → {b.text.strip()} "
                f"(a change of {implied / scale:.4g})"
            )
            evidence = _levels_evidence(a, b)
            yield change.claim_id, Finding(self.rule_id, Verdict.INCONSISTENT, reason, evidence)

    def _rate_of_year_earlier_levels(self, claims) -> Iterator[tuple[str, Finding]]:
        """ "Las exportaciones a China cayeron 11% en el primer trimestre. ¶ China compró 11.9
        millones … ¶ A marzo de 2024 las exportaciones habían sumado 12.9 millones": a rate of
        one flow with China (exports to it, imports from it, named right before the rate's
        verb), set against that flow's levels for the rate's period and for the same months a
        year earlier, stated in its paragraph or the two on either side (round 36b: main read
        the rate as a number of no metric and left it unverifiable). Inconsistent only when no
        pair of those levels gives the rate, with the rounding of the digits written."""
        for rate in claims:
            if (
                rate.kind is not Kind.PERCENT
                or rate.qualifier is not Qualifier.EXACT
                or rate.upper is not None
                or rate.metric
                or rate.value <= 0
                or rate.period is None
                or rate.entity in (None, "CHN", "WLD")
            ):
                continue
            found = _flow_before_rate(rate)
            if found is None:
                continue
            metric, sign = found
            levels = [
                c
                for c in claims
                if c.kind is Kind.MONEY
                and c.metric == metric
                and c.entity == rate.entity
                and c.qualifier is Qualifier.EXACT
                and c.upper is None
                and c.amount > 0
                and c.period is not None
                and abs(c.paragraph - rate.paragraph) <= 2
                and not (c.confidence.get("value") or {}).get("why", "").startswith(CHANGE_AMOUNT)
            ]
            lasts = [c for c in levels if c.period.label() == rate.period.label()]
            pairs = [(a, b) for b in lasts for a in levels if _year_before(a.period, b.period)]
            if not pairs or len({a.unit for a, _ in pairs} | {b.unit for _, b in pairs}) > 1:
                continue
            allowed = interval(rate)
            low, high = sign * allowed.low, sign * allowed.high
            low, high = min(low, high) - 0.5, max(low, high) + 0.5

            def span(a, b) -> tuple[float, float]:
                first, last = written_interval(a), written_interval(b)
                return (last.low / first.high - 1) * 100, (last.high / first.low - 1) * 100

            if any(span(a, b)[0] <= high and span(a, b)[1] >= low for a, b in pairs):
                continue
            a, b = pairs[0]
            implied = (b.amount / a.amount - 1) * 100
            reason = f"{rate.text.strip()} does not match {a.text.strip()} → {b.text.strip()} (implied {implied:.3g}%)"
            yield (
                rate.claim_id,
                Finding(self.rule_id, Verdict.INCONSISTENT, reason, _levels_evidence(a, b)),
            )

    def _rate_beside_compared_levels(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        """A rate told with the two levels it compares, in one sentence: after them ("65.102
        millones de dólares, contra 60.291 millones del 2014, lo que representa una baja cercana
        al 10%", "US$ 65.1 billion in 2015, against US$ 60.3 billion in 2014, a fall of about
        10%", "o que representa uma queda de cerca de 10%") or before them ("se desplomó un 70%
        …, hasta 2.224 millones de dólares, frente a 4.200 millones en 2015", "subiram 25% em
        2016, para US$ 8,5 bilhões, ante US$ 7,4 bilhões em 2015"). The two levels: the only
        money figures of the sentence of one state, currency and metric (a deficit read beside
        a balance), each dated, the compared one earlier. The sign is the noun's or the verb's
        ("baja", "queda", "fall"; "fell", "subiram"). Inconsistent when no pair of values the
        levels' written digits allow gives the rate, within its own rounding and half a point
        (round 40b's Mexican deficit "baja cercana al 10%" of a rise of 8 %: main left it
        unread). The rate is never judged against the store here."""
        for claims in context.by_sentence.values():
            levels = [
                c
                for c in claims
                if c.kind is Kind.MONEY
                and c.upper is None
                and c.amount > 0
                and c.period is not None
                and c.period.end_year is not None
                and not (c.confidence.get("value") or {}).get("why", "").startswith(CHANGE_AMOUNT)
            ]
            if len(levels) != 2:
                continue
            first, second = levels
            if (
                first.entity != second.entity
                or first.unit != second.unit
                or _metric_family(first.metric) != _metric_family(second.metric)
                or first.metric is None
            ):
                continue
            later, earlier = (first, second) if _before(second, first) else (second, first)
            if not _before(earlier, later):
                continue
            folded = fold(first.sentence)
            gap = folded[first.span_in_sentence[1] : second.span_in_sentence[0]]
            if not COMPARED_GAP.match(gap) or later is not first:
                continue  # the later level first, then "contra/against/frente a" the earlier
            for rate in claims:
                if rate.kind is not Kind.PERCENT or rate.upper is not None or rate.value <= 0:
                    continue
                r_start, r_end = rate.span_in_sentence
                sign = 0
                if r_start >= second.span_in_sentence[1]:
                    told = RATE_NOUN_AFTER.match(folded[second.span_in_sentence[1] : r_start])
                    if told:
                        sign = 1 if told.group("up") else -1
                elif r_end <= first.span_in_sentence[0]:
                    if not RATE_THEN_LEVEL.match(folded[r_end : first.span_in_sentence[0]]):
                        continue
                    verb = folded[max(0, r_start - 30) : r_start]
                    up, down = UP.search(verb), DOWN.search(verb) or PLUNGE.search(verb)
                    if bool(up) != bool(down):
                        sign = 1 if up else -1
                if not sign:
                    continue
                allowed = interval(rate)
                low, high = sorted((sign * allowed.low, sign * allowed.high))
                low, high = low - 0.5, high + 0.5
                was, now = written_interval(earlier), written_interval(later)
                if was.low <= 0:
                    continue
                least, most = (now.low / was.high - 1) * 100, (now.high / was.low - 1) * 100
                if least <= high and most >= low:
                    continue
                implied = (later.amount / earlier.amount - 1) * 100
                reason = (
                    f"{rate.text.strip()} does not match {earlier.text.strip()} → "
                    f"{later.text.strip()} (implied {implied:.3g}%)"
                )
                evidence = _levels_evidence(earlier, later)
                yield rate.claim_id, Finding(self.rule_id, Verdict.INCONSISTENT, reason, evidence)

    def _compared(self, claims) -> Iterator[tuple[str, Finding]]:
        """ "un déficit de 3.516,2 millones de dólares, un 34,3 % superior al registro de 2024,
        que fue de 2.599,7 millones": a rate written right after a level and before another
        level of the same metric, state and currency for another period, said higher or lower
        than it, against B / A − 1 (the same tolerance as a change from A to B)."""
        for before, rate, after in zip(claims, claims[1:], claims[2:], strict=False):
            if (
                rate.kind is not Kind.PERCENT
                or rate.upper is not None
                or before.kind is not Kind.MONEY
                or after.kind is not Kind.MONEY
                or not before.metric
                or before.metric != after.metric
                or before.entity != after.entity
                or before.unit != after.unit
                or before.period is None
                or after.period is None
                or before.period.label() == after.period.label()
                or after.amount <= 0
            ):
                continue
            folded = fold(rate.sentence)
            gap = folded[before.span_in_sentence[1] : rate.span_in_sentence[0]]
            following = folded[rate.span_in_sentence[1] :]
            if not BEFORE_RATE.match(gap):
                continue
            higher, lower = HIGHER.match(following), LOWER.match(following)
            if not (higher or lower):
                continue
            implied = (before.amount / after.amount - 1) * 100
            if lower:
                implied = -implied
            allowed = interval(rate)
            if allowed.low - 0.5 <= implied <= allowed.high + 0.5:
                continue
            reason = (
                f"{rate.text.strip()} does not match {after.text.strip()} → "
                f"{before.text.strip()} (implied {implied:.3g}%)"
            )
            evidence = _levels_evidence(after, before)
            yield rate.claim_id, Finding(self.rule_id, Verdict.INCONSISTENT, reason, evidence)

    def _rate_level_and_amount(self, claims) -> Iterator[tuple[str, Finding]]:
        """ "subieron un 197.8% y sumaron $83.2 millones, es decir, $57.1 millones más que en el
        mismo lapso del año anterior", "rose 197.8% to $83.2 million, $57.1 million more than a
        year earlier", "subiram 197,8% e somaram US$ 83,2 milhões, US$ 57,1 milhões a mais que
        …": a rate of rise, the level reached and the amount of the rise, in one sentence, give
        the earlier level twice over (B − D, and B / (1 + rate)). Inconsistent only when no pair
        of values the level and the amount allow as written (the rounding of their digits) gives
        the rate within its own tolerance (at least 0.5 points); only for exact figures of one
        currency, one state and one metric, with one level and one amount in the sentence, the
        rate written first and no change "from A to B" (the test above reads those) (round 47b:
        main left 197.8% unverifiable where the text's own figures give about 219%)."""
        if any(True for _ in changes_in(claims)):
            return
        rates = [c for c in claims if c.kind is Kind.PERCENT]
        money = [c for c in claims if c.kind is Kind.MONEY]
        amounts = [c for c in money if _is_change_amount(c)]
        levels = [c for c in money if not _is_change_amount(c)]
        if len(rates) != 1 or len(amounts) != 1 or len(levels) != 1:
            return
        rate, amount, level = rates[0], amounts[0], levels[0]
        folded = fold(rate.sentence)
        if (
            not (rate.start < level.start < amount.start)
            or any(c.qualifier is not Qualifier.EXACT for c in (rate, amount, level))
            or any(c.upper is not None for c in (rate, amount, level))
            or rate.value <= 0
            or amount.unit != level.unit
            or amount.entity != level.entity
            or (amount.metric and level.metric and amount.metric != level.metric)
            or ANNUAL.search(_YEAR_EARLIER.sub(" ", folded))
            or DOWN.search(folded)
            or not _RISE_BEFORE_RATE.search(folded[: rate.span_in_sentence[0]])
            or not _MORE_AFTER_AMOUNT.match(folded[amount.span_in_sentence[1] :])
        ):
            return
        low_b, high_b = written_interval(level).low, written_interval(level).high
        low_d, high_d = written_interval(amount).low, written_interval(amount).high
        if high_d >= low_b or low_d <= 0:
            return  # an amount as large as the level: no earlier level to speak of
        least = low_d / (high_b - low_d) * 100
        most = high_d / (low_b - high_d) * 100
        allowed = interval(rate)
        margin = 0.5
        if least <= allowed.high + margin and allowed.low - margin <= most:
            return
        implied = amount.amount / (level.amount - amount.amount) * 100
        # The earlier level is the level less the amount: the growth-rate template's "A → B"
        # with A written as that difference (no new reason template).
        earlier = f"{level.text.strip()} − {amount.text.strip()}"
        reason = (
            f"{rate.text.strip()} does not match {earlier} → {level.text.strip()} "
            f"(implied {implied:.3g}%)"
        )
        yield (
            rate.claim_id,
            Finding(self.rule_id, Verdict.INCONSISTENT, reason, _levels_evidence(level, amount)),
        )

    def _amount_change(self, change, a, b) -> Finding | None:
        """ "grew by US$5 billion, from US$20 billion to US$23.2 billion": the amount of change
        against B − A, for the same metric, entity and currency only, with the rounding of all
        three numbers as written."""
        why = (change.confidence.get("value") or {}).get("why", "")
        if (
            not why.startswith(CHANGE_AMOUNT)
            or not a.metric
            or not (change.metric == a.metric == b.metric)
            or not (change.entity == a.entity == b.entity)
            or not (change.unit == a.unit == b.unit)
        ):
            return None
        implied = abs(b.amount - a.amount)
        allowed = interval(change)
        slack = precision(a) * (a.scale or 1.0) + precision(b) * (b.scale or 1.0)
        if allowed.low - slack <= implied <= allowed.high + slack:
            return None
        reason = (
            f"{change.text.strip()} does not match {a.text.strip()} → {b.text.strip()} "
            f"(a change of {implied / (change.scale or 1.0):.4g})"
        )
        evidence = _levels_evidence(a, b)
        return Finding(self.rule_id, Verdict.INCONSISTENT, reason, evidence)

    @staticmethod
    def _implied(rate, a, b, folded: str) -> float:
        ratio = b.amount / a.amount
        if rate.kind is Kind.MULTIPLE:
            return ratio
        years = None
        if a.period and b.period and a.period.end_year and b.period.end_year:
            years = b.period.end_year - a.period.end_year
        if ANNUAL.search(folded) and years and years > 1:
            return (ratio ** (1 / years) - 1) * 100
        return (ratio - 1) * 100


def _multiple_fits(allowed, a, b) -> bool:
    """Does some pair of levels the two figures allow as written (the rounding of their digits,
    a bound: "just over $14 billion" has no upper end) give a multiple in `allowed`?"""
    low_a, high_a = _level_range(a)
    low_b, high_b = _level_range(b)
    if low_a <= 0:
        return True  # a level that may be zero bounds no multiple
    least = low_b / high_a if high_a < float("inf") else 0.0
    most = high_b / low_a
    return least <= allowed.high and allowed.low <= most


def _bounded_rate_fits(allowed, margin: float, a, b) -> bool:
    """Does a level written as a bound or a hedge ("más de", "over", "nearly", "about") allow a
    total change, in percent, within the rate's interval (widened by `margin` points)? Only when
    one of the two levels carries a qualifier: levels written exactly keep the test as it was."""
    if a.qualifier is Qualifier.EXACT and b.qualifier is Qualifier.EXACT:
        return False
    low_a, high_a = _level_range(a)
    low_b, high_b = _level_range(b)
    if low_a <= 0:
        return True  # a level that may be zero bounds no rate
    least = (low_b / high_a - 1) * 100 if high_a < float("inf") else -100.0
    most = (high_b / low_a - 1) * 100
    return least <= allowed.high + margin and allowed.low - margin <= most


def _level_range(level) -> tuple[float, float]:
    """A level as written: an exact count is that count ("from 1 in 2006 to 3 in 2008"), any
    other figure the interval its digits or its bound allow."""
    if level.kind is Kind.COUNT and level.qualifier is Qualifier.EXACT and level.upper is None:
        return level.amount, level.amount
    allowed = written_interval(level)
    return allowed.low, allowed.high


def _levels_evidence(*levels) -> tuple[Evidence, ...]:
    """The text's own levels a rate or change was checked against, as related evidence."""
    return tuple(
        Evidence(
            "text",
            f"{level.claim_id}",
            None,
            "related",
            level.amount,
            level.unit,
            level.period.label() if level.period else None,
        )
        for level in levels
    )


# A flow with China named right before a rate's verb: "las exportaciones (hondureñas) a China
# cayeron 11%", "exports to China fell 11%", "as importações do país asiático subiram 21%". One
# word (an adjective) may stand between the flow and its preposition, none between China and the
# verb's clause; a product ("exportaciones de carne a China") does not match. The state's exports
# are China's imports from it (the store's trade_china_imports), and the converse.
# China's names are the extractor's (`extract._CHINA`), with the "Asian country/market" of such
# sentences.
_CHINA_NAME = r"(?:" + _CHINA + r"|(?:(?:el|o)\s+)?(?:pais|mercado)\s+asiatico)"
EXPORTS_TO_CHINA = re.compile(
    r"\b(?:exportaciones|exportacoes|exports|ventas|vendas|sales)(?:\s+[a-z]+)?\s+"
    r"(?:a|al|hacia|to|para|ao|a\s+la|con\s+destino\s+a)\s+" + _CHINA_NAME + r"\b"
)
IMPORTS_FROM_CHINA = re.compile(
    r"\b(?:importaciones|importacoes|imports|compras|purchases)(?:\s+[a-z]+)?\s+"
    r"(?:de|del|desde|from|da|do|procedentes\s+de|provenientes\s+de|originarias\s+de)\s+"
    + _CHINA_NAME
    + r"\b"
)
# Between the flow and the rate: its verb and at most a few short words, no other figure and no
# clause break ("cayeron un ", "fell by ", "subiram ").
FLOW_GAP_MAX = 30
# A rate against another base than the same months a year before: the quarter or month before,
# or a span of years ("11% on the previous quarter", "desde 2019", "entre 2020 y 2024").
OTHER_BASE = re.compile(
    r"\b(?:trimestre|mes|semestre|quarter|month|half|bimestre)\s+(?:anterior|previo|passado|"
    r"previous|prior|before|pasado)\b|\b(?:last|previous|prior)\s+(?:quarter|month|half)\b|"
    r"\b(?:desde|since|entre|between|acumulad|cumulativ)"
)
FLOW_GAP = re.compile(r"^[^\d,;:()]{1,30}$")


def _flow_before_rate(rate) -> tuple[str, int] | None:
    """The store's metric of the flow named right before the rate and the sign its verb gives
    (+1 a rise, -1 a fall), else None."""
    folded = fold(rate.sentence)
    start = rate.span_in_sentence[0]
    zone = folded[max(0, start - 120) : start]
    best = None
    for pattern, metric in (
        (EXPORTS_TO_CHINA, "trade_china_imports"),
        (IMPORTS_FROM_CHINA, "trade_china_exports"),
    ):
        for match in pattern.finditer(zone):
            if best is None or match.end() > best[0]:
                best = (match.end(), metric)
    if best is None:
        return None
    gap = zone[best[0] :]
    if len(gap) > FLOW_GAP_MAX or not FLOW_GAP.match(gap):
        return None
    up, down = UP.search(gap), DOWN.search(gap)
    if bool(up) == bool(down):
        return None
    if OTHER_BASE.search(folded[rate.span_in_sentence[1] : rate.span_in_sentence[1] + 60]):
        return None
    return best[1], (1 if up else -1)


# Between the later level and the earlier one it is set against (folded): its year, then
# "against", "contra", "frente a", "ante", "compared with" ("US$ 65.1 billion in 2015, against
# US$ 60.3 billion", "65.102 millones de dólares, contra 60.291 millones").
# Possessive spaces throughout: two runs of spaces in a row would backtrack quadratically over a
# long blank run (tests/hardening/test_regex_linear.py).
COMPARED_GAP = re.compile(
    r"^\s*+(?:(?:in|en|em|no|el|del|de)\s++(?:el\s++|o\s++)?\d{4}\s*+)?,?\s*+(?:against|versus"
    r"|vs\.?|compared\s++(?:with|to)|frente\s++a|contra|ante|comparado\s++con|em\s++relacao\s++a"
    r"|em\s++comparacao\s++com)\s++(?:(?:los|las|os|as|the)\s++)?$"
)
# Between the earlier level and a rate after it: its year, then the change named by a noun
# ("lo que representa una baja cercana al", ", a fall of", ", o que representa uma queda de").
RATE_NOUN_AFTER = re.compile(
    r"^\s*+(?:(?:in|en|em|no|el|del|de|do)\s++(?:el\s++|o\s++)?\d{4}\s*+)?,\s*+"
    r"(?:(?:lo|o)\s+que\s+|which\s+|this\s+|that\s+)?"
    r"(?:(?:representa|represents|represented|representou|represento|significa|significo|means"
    r"|meant|implica|implies|equivale\s+a|equals|is|was|es|fue|foi|e)\s+)?"
    r"(?:(?:una?|um|uma|an?)\s+)?"
    r"(?:(?P<up>aumento|alza|subida|incremento|crecimiento|crescimento|alta|expansion|expansao"
    r"|rise|increase|growth|gain|jump)|(?P<down>baja|caida|descenso|disminucion|reduccion"
    r"|retroceso|contraccion|queda|reducao|diminuicao|recuo|retracao|contracao|fall|drop"
    r"|decline|decrease|contraction))"
    r"\s+(?:(?:cercana|cercano|proxima|proximo)\s+(?:a|al)\s*|(?:de|of|del|da|do)\s+)?$"
)
# Between a rate and the later level after it: its period, then "to", "hasta", "para"
# ("fell 10% in 2016 to", "se desplomó un 70% el año pasado, hasta", "subiram 25% em 2016,
# para").
RATE_THEN_LEVEL = re.compile(
    r"^[^\d,;:()]{0,24}(?:\d{4}\s*+)?,?\s*+(?:to|hasta|para|ate|a|al|llegando\s++a"
    r"|chegando\s++a)\s++(?:(?:los|las|os|as|the)\s++)?$"
)
# Falls the DOWN stems of the change rules do not read ("se desplomó", "plunged", "despencou").
PLUNGE = re.compile(
    r"(?<![\w])(?:desplom|plung|plummet|slump|tumbl|despenc|retroced|recu[oa]|slid)"
)
# A balance read under either of its names ("saldo negativo" beside "60.291 millones").
METRIC_FAMILY = {"trade_deficit": "trade_balance", "trade_surplus": "trade_balance"}


def _metric_family(metric: str | None) -> str | None:
    return METRIC_FAMILY.get(metric or "", metric)


def _before(earlier, later) -> bool:
    """Does `earlier`'s period end before `later`'s begins (by year)?"""
    return (
        earlier.period.end_year is not None
        and later.period.start_year is not None
        and earlier.period.end_year < later.period.start_year
    )


def _year_before(earlier, later) -> bool:
    """The same months (or the same whole year) one year before."""
    return (
        earlier.kind == later.kind
        and earlier.start_month == later.start_month
        and earlier.end_month == later.end_month
        and earlier.start_year is not None
        and later.start_year is not None
        and earlier.end_year is not None
        and later.end_year is not None
        and earlier.start_year == later.start_year - 1
        and earlier.end_year == later.end_year - 1
    )


# The verb of a rise before a rate, in its clause: "subieron un 197.8%", "rose 197.8%",
# "cresceram 197,8%" (folded, the text before the rate).
_RISE_BEFORE_RATE = re.compile(
    r"(?:subi|creci|cresc|aument|rose|grew|increas|jump|climb|sub(?:e|en|iu|iram))[a-z]*+"
    r"(?:\s++(?:un|una|um|uma|by|en|em|el|del|de|of))?\s*+$"
)
# "a year earlier", "a year ago": the earlier level's time, not a yearly rate.
_YEAR_EARLIER = re.compile(r"\ba\s+year\s+(?:earlier|ago|before)\b")
# "más que", "more than", "a mais (do) que" right after an amount of change (folded).
_MORE_AFTER_AMOUNT = re.compile(r"(?<!\s)\s*+(?:mas\s+que|more\s+than|a\s+mais\s+(?:do\s+)?que)\b")


def _is_change_amount(claim) -> bool:
    why = (claim.confidence.get("value") or {}).get("why", "")
    return why.startswith(CHANGE_AMOUNT)


# A clause joined to the next one with its own subject: ", and", ", y", ", e", ", while",
# ", mientras", ", enquanto", or a semicolon (folded).
CLAUSE_JOIN = re.compile(r",\s{1,2}(?:and|y|e|while|whereas|mientras|enquanto)\s|;")


def _clause_before(rate, fit) -> bool:
    """Does `rate` stand in a clause of its own before the one of `fit`, the rate that fits the
    change ("trade has grown by 77%, and exports … by 129%, from … to …")?"""
    if rate.sentence != fit.sentence:
        return False
    end, start = rate.span_in_sentence[1], fit.span_in_sentence[0]
    return end <= start and CLAUSE_JOIN.search(fold(rate.sentence[end:start])) is not None
