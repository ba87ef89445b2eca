"""Rule `parts-total`: the text's own parts do not add up.

    "Trade reached US$93.13 billion in 2018: exports of US$63.93 billion and imports of
     US$34.74 billion"  → inconsistent: 63.93 + 34.74 = 98.67, not 93.13
    "40% of the loans went to energy, 35% to mining and 30% to transport"
     → inconsistent: shares of one whole summing to 105 %

Parts vs total: in one paragraph, a total (trade_total) and both directions
(trade_china_exports, trade_china_imports) of the same entity, period and currency; the
finding goes on the total when no total of the paragraph fits the sum within the tolerance of
the numbers as written. A balance (surplus, saldo, superávit) is checked the same way against
exports − imports.

Shares of one whole: two or more percentages of one sentence distributed over named parts
("X % to A, Y % to B"), none of them a change (rose, fell, creció, cresceu …), whose sum
passes 100 % beyond the rounding of the numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.models import Claim, Evidence, Finding, Kind, Qualifier, Verdict
from chinalac.claims.rules.base import CheckContext
from chinalac.claims.tolerance import UNIT_BASE, interval, written_interval
from chinalac.claims.vocabulary import fold

TOTAL, EXPORTS, IMPORTS = "trade_total", "trade_china_exports", "trade_china_imports"
BALANCE_WORDS = re.compile(r"(?<![\w])(?:surplus|balance|saldo|superavit|deficit|defice)(?![\w])")
CHANGE_WORDS = re.compile(
    r"(?<![\w])(?:rose|risen|rise|fell|fall|grew|grow|growth|increase|decrease|decline|drop|up|down|"
    r"crec|aument|cay|cae|disminu|baj|subi|cresc|caiu|cai|queda|recu|alta|more|mas|mais|menos|less|"
    # "avanzaron 7,2 %, frente a un alza de 137,7 % en las materias primas y de 129,2 % en los
    # bienes de capital", "avançaram 7,2%, ante um salto de 137,7% em …", "advanced 7.2%, against
    # a jump of 137.7% in …": rates of change of several parts, not shares of one whole (round
    # 35b: main called them inconsistent in the three languages).
    r"alz|avanz|avanc|salto|increment|advanc|jump|climb|soar|surg)"
)
# A share distributed to a named part: "40 per cent to energy", "el 30% a minería", "20% para".
DISTRIBUTED = re.compile(
    r"^\s*(?:(?:went|was|were|fue|fueron|foi|foram|se\s+destino|destinou-se)\s+)?"
    r"(?:to|for|a|al|para|en|em|in|on)\s+\w"
)
# The period of another figure, as claims.extract tells it: "period of an earlier claim (X)",
# "period of a claim in an earlier paragraph (X)"; and a period named as the same one.
BORROWED_FROM = re.compile(
    r"^period of (?:an earlier claim|a claim in an earlier paragraph) \((.+)\)$"
)
# The period of an earlier figure of the same paragraph and family (a paragraph's figures
# share one scope, as the one-paragraph check takes them).
IN_PARAGRAPH = re.compile(r"^period of an earlier claim \(")
# Words of a figure that point back to what came before as its cause: "esa dinámica dejó …",
# "o que deixou a China com um défice", "which left", "this left".
POINTS_BACK = re.compile(
    r"(?<![\w])(?:(?:esa|esta|essa|esta|this|that)\s+(?:dinamica|tendencia|situacion|situacao|"
    r"trend|dynamic)|(?:lo|o)\s+que\s+(?:dejo|deixou|deja|deixa)|(?:which|this|that)\s+left|"
    # "de modo que el saldo … quedó en", "de modo que o saldo", "so that the surplus"
    r"de\s+(?:modo|forma|manera|maneira)\s+que|so\s+that)"
)
SAME_PERIOD_CUE = re.compile(r"^'[^']+': the period of an earlier figure \(")
EXACTISH = {Qualifier.EXACT, Qualifier.APPROXIMATE}
# A state's balance with China, with its sign read (claims.extract._signed_balance), or not.
# The stored unit of a figure of its base unit and scale, from the one table of units
# (tolerance.UNIT_BASE): the page words "46,480" of "millones de dólares" as "46.480 millones
# de US$", not "46.480 usd" (lead, stop 44).
SCALED_UNITS = {base: unit for unit, base in UNIT_BASE.items() if base[1] != 1.0}
SIGNED_BALANCES = {"trade_balance", "trade_surplus", "trade_deficit"}
# The one low metric reading that leaves a sum of parts sure: a bare flow word read from the
# state's side (claims.extract: "bare 'importaciones' read from DOM's side").
ASSUMED_CURRENCY = "no currency written: US dollars assumed"
SIDE_ONLY = re.compile(r"bare '[^']+' read from \w+'s side$")


def _exact_money(claim: Claim) -> bool:
    return claim.kind is Kind.MONEY and claim.qualifier in EXACTISH and claim.upper is None


def _same_place(a: Claim, b: Claim) -> bool:
    """Same state and currency, whatever the period."""
    return a.entity == b.entity and a.unit == b.unit


def _fits_another_pair(claims: list[Claim], whole: Claim, fits) -> bool:
    """True when some exports and imports of `claims` in the whole's scope give it: "Em 2020, o
    Brasil exportou para a China US$ 67,7 bilhões. Somadas todas as vendas …, as exportações
    chegaram a US$ 209,9 bilhões e as importações a US$ 158,9 bilhões, … um superávit de US$ 51
    bilhões" — the surplus is the world's flows' difference, not China's exports less the world's
    imports (round 32c: main called it inconsistent in all three languages). A whole is
    inconsistent only when no pair of its figures gives it."""

    def scoped(claim: Claim) -> bool:
        # A balance of no period of its own takes its parts' (see `_parts`).
        return _same_scope(claim, whole) if whole.period is not None else _same_place(claim, whole)

    for exports in (c for c in claims if c.metric == EXPORTS and c.period is not None):
        if not scoped(exports):
            continue
        for imports in (c for c in claims if c.metric == IMPORTS and _same_scope(c, exports)):
            if fits(exports, imports, whole):
                return True
    return False


def _third_flow(claims: list[Claim], pair: tuple[Claim, Claim]) -> bool:
    """Does a paragraph of the pair hold a third flow of the pair's scope ("sold 35.9 million of
    general merchandise and bought 2,552 million; of goods for processing it bought $148.4
    million", "vendió 35.9 … y compró 2.552 …; en bienes de transformación adquirió $148.4
    millones", "vendeu 35,9 … e comprou 2.552 …; em bens de transformação, US$ 148,4 milhões")?
    Then the pair is not all the parts, and a total or balance told in another paragraph may
    sum every flow (round r55d: main called Honduras's deficit of 2,662 inconsistent with the
    difference of its general merchandise alone)."""
    paragraphs = {c.paragraph for c in pair}
    return any(
        c not in pair
        and c.paragraph in paragraphs
        and c.metric in (EXPORTS, IMPORTS)
        and _same_scope(c, pair[0])
        for c in claims
    )


def _same_scope(a: Claim, b: Claim) -> bool:
    return (
        a.entity == b.entity
        and a.unit == b.unit
        and a.period is not None
        and b.period is not None
        and a.period.label() == b.period.label()
    )


class PartsTotal:
    rule_id: ClassVar[str] = "parts-total"
    verdicts: ClassVar[tuple[Verdict, ...]] = (Verdict.INCONSISTENT,)
    description: ClassVar[str] = (
        "exports + imports differ from the stated total (or their difference from the stated "
        "balance), or shares of one whole sum past 100 %"
    )

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        yield from self._parts(context)
        yield from self._across(context)
        yield from self._shares(context)

    def _across(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        """Parts and their total (or balance) standing in two neighbouring paragraphs ("Peru's
        exports to China reached US$23.1 billion in 2023. ¶ Its trade with China totalled …"):
        checked only when every figure's state, period, currency and metric was read from its
        own sentence with confidence, or borrowed from the check's other figures (one scope
        whichever it is); a figure that borrowed any of them from elsewhere is left alone."""
        money = [c for c in context.claims if _exact_money(c) and c.period is not None]
        for exports in (c for c in money if c.metric == EXPORTS):
            for imports in (c for c in money if c.metric == IMPORTS and _same_scope(c, exports)):
                pair = (exports, imports)
                if _third_flow(money, pair):
                    continue
                wholes = [
                    c
                    for c in money
                    if c not in pair
                    and _same_scope(c, exports)
                    and _neighbours((*pair, c))
                    and len({exports.paragraph, imports.paragraph, c.paragraph}) > 1
                    and _sure_together((*pair, c))
                ]
                totals = [
                    c
                    for c in wholes
                    if c.metric == TOTAL and not _fits_another_pair(money, c, self._fits_sum)
                ]
                yield from self._against_sum(exports, imports, totals)
                # Before or after its parts: each figure names its own state and period.
                balances = [
                    c
                    for c in wholes
                    if c.metric in SIGNED_BALANCES
                    and not _fits_another_pair(money, c, self._fits_difference)
                ]
                yield from self._against_difference(exports, imports, balances)

    def _parts(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        by_paragraph: dict[int, list[Claim]] = {}
        for claim in context.claims:
            if _exact_money(claim):
                by_paragraph.setdefault(claim.paragraph, []).append(claim)
        for claims in by_paragraph.values():
            for exports in (c for c in claims if c.metric == EXPORTS and c.period is not None):
                imports = next(
                    (c for c in claims if c.metric == IMPORTS and _same_scope(c, exports)), None
                )
                if imports is None:
                    continue
                totals = [c for c in claims if c.metric == TOTAL and _same_scope(c, exports)]
                totals = _without_other_year(
                    totals,
                    [c for c in claims if c.metric == TOTAL and _same_place(c, exports)],
                    (exports, imports),
                    self._fits_sum,
                )
                totals = [t for t in totals if not _fits_another_pair(claims, t, self._fits_sum)]
                yield from self._against_sum(exports, imports, totals)
                balances = [
                    c
                    for c in claims
                    if c not in (exports, imports)
                    and c.metric not in (TOTAL, EXPORTS, IMPORTS)
                    and c.start > imports.start
                    and (
                        _same_scope(c, exports)
                        # "Com isso, o saldo … desceu para 17 796 milhões": the balance that
                        # follows its parts in the paragraph, with no period of its own.
                        or (
                            c.period is None
                            and c.entity == exports.entity
                            and c.unit == exports.unit
                        )
                    )
                    and BALANCE_WORDS.search(fold(c.sentence))
                ]
                yield from self._against_sign(claims, exports, imports, balances)
                balances = _without_other_year(
                    balances,
                    [
                        c
                        for c in claims
                        if c not in (exports, imports)
                        and c.metric not in (TOTAL, EXPORTS, IMPORTS)
                        and c.start > imports.start
                        and _same_place(c, exports)
                        and BALANCE_WORDS.search(fold(c.sentence))
                    ],
                    (exports, imports),
                    self._fits_difference,
                )
                balances = [
                    b for b in balances if not _fits_another_pair(claims, b, self._fits_difference)
                ]
                yield from self._against_difference(exports, imports, balances)

    @staticmethod
    def _fits_sum(exports: Claim, imports: Claim, whole: Claim) -> bool:
        parts = (written_interval(exports), written_interval(imports))
        low, high = parts[0].low + parts[1].low, parts[0].high + parts[1].high
        return _overlaps(written_interval(whole), low, high)

    @staticmethod
    def _fits_difference(exports: Claim, imports: Claim, balance: Claim) -> bool:
        parts = (written_interval(exports), written_interval(imports))
        low_d = abs(parts[0].low - parts[1].high)
        high_d = abs(parts[0].high - parts[1].low)
        return _overlaps(written_interval(balance), min(low_d, high_d), max(low_d, high_d))

    def _against_sum(self, exports: Claim, imports: Claim, totals: list[Claim]):
        """When no stated total meets exports + imports (each with its rounding), the total
        they were meant to add up to, the nearest in value, is inconsistent."""
        parts = (written_interval(exports), written_interval(imports))
        low, high = parts[0].low + parts[1].low, parts[0].high + parts[1].high
        if totals and not any(_overlaps(written_interval(t), low, high) for t in totals):
            total = min(totals, key=lambda t: abs(t.amount - exports.amount - imports.amount))
            value = exports.amount + imports.amount
            yield total.claim_id, self._finding(total, exports, imports, value, "+")

    def _against_difference(self, exports: Claim, imports: Claim, balances: list[Claim]):
        """Each stated balance that the difference of exports and imports (each with its
        rounding) does not meet is inconsistent."""
        parts = (written_interval(exports), written_interval(imports))
        low_d = abs(parts[0].low - parts[1].high)
        high_d = abs(parts[0].high - parts[1].low)
        low_d, high_d = min(low_d, high_d), max(low_d, high_d)
        for balance in balances:
            if not _overlaps(written_interval(balance), low_d, high_d):
                difference = abs(exports.amount - imports.amount)
                yield balance.claim_id, self._finding(balance, exports, imports, difference, "−")

    def _against_sign(self, claims: list[Claim], exports: Claim, imports: Claim, balances):
        """A state's signed balance whose size the parts give but whose sign they turn round
        ("as exportações para a China foram de US$ 5,627 bilhões e as importações de produtos
        chineses, de US$ 6,841 bilhões, o que deixou aos brasileiros um superávit de US$ 1
        bilhão"): inconsistent, when the paragraph holds no other pair of flows of that scope."""
        pairs = sum(1 for c in claims if c.metric == EXPORTS and _same_scope(c, exports))
        pairs *= sum(1 for c in claims if c.metric == IMPORTS and _same_scope(c, exports))
        if pairs != 1:
            return
        parts = (written_interval(exports), written_interval(imports))
        for balance in balances:
            if self._fits_difference(exports, imports, balance) and _wrong_sign(
                balance, exports, imports, parts
            ):
                # The state's balance: its exports to China (China's imports) less its imports.
                value = imports.amount - exports.amount
                yield balance.claim_id, self._finding(balance, imports, exports, value, "−")

    def _finding(self, claim: Claim, exports: Claim, imports: Claim, value: float, op: str):
        first, second = (
            (imports, exports)
            if op == "−" and imports.amount > exports.amount and value >= 0
            else (exports, imports)
        )
        reason = (
            f"the text's own parts give {first.text.strip()} {op} {second.text.strip()} = "
            f"{value / (claim.scale or 1):,.6g}, not {claim.text.strip()}"
        )
        evidence = Evidence(
            kind="text",
            record_id=f"{claim.claim_id}:parts",
            source_id=None,
            relation="differs",
            value=value / (claim.scale or 1),
            unit=SCALED_UNITS.get((claim.unit, claim.scale), claim.unit),
        )
        return Finding(self.rule_id, Verdict.INCONSISTENT, reason, (evidence,))

    def _shares(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        for claims in context.by_sentence.values():
            shares = [
                c
                for c in claims
                if c.kind is Kind.PERCENT
                and c.qualifier in EXACTISH
                and c.upper is None
                and DISTRIBUTED.match(fold(c.sentence[c.span_in_sentence[1] :]))
            ]
            if len(shares) < 2:
                continue
            if CHANGE_WORDS.search(fold(shares[0].sentence)):
                continue
            low = sum(interval(c).low for c in shares)
            if low <= 100:
                continue
            total = sum(c.value for c in shares)
            listing = " + ".join(c.text.strip() for c in shares)
            reason = f"shares of one whole sum past 100 %: {listing} = {total:g} %"
            evidence = Evidence(
                kind="text",
                record_id=f"{shares[-1].claim_id}:shares",
                source_id=None,
                relation="differs",
                value=total,
                unit="percent",
            )
            for claim in shares:
                yield (
                    claim.claim_id,
                    Finding(self.rule_id, Verdict.INCONSISTENT, reason, (evidence,)),
                )


def _wrong_sign(balance: Claim, exports: Claim, imports: Claim, parts) -> bool:
    """Is a state's signed balance ("superávit de US$ 1 bilhão para os brasileiros") of the other
    sign than its parts, each with its rounding? The state's balance is its exports to China
    (`imports`: China's imports) less its imports from China (`exports`): "as exportações para a
    China foram de US$ 5,627 bilhões e as importações de produtos chineses, de US$ 6,841 bilhões,
    o que deixou aos brasileiros um superávit de US$ 1 bilhão" gives a deficit of 1.214 (round
    44c: main compared the sizes only and let the surplus pass). Only a balance whose sign and
    side extract read with care (`trade_surplus`, `trade_deficit`) of the parts' own state."""
    if balance.metric not in ("trade_surplus", "trade_deficit") or balance.entity != exports.entity:
        return False
    if balance.confidence.get("metric", {}).get("level") == "low" or balance.amount <= 0:
        return False
    china_exports, china_imports = parts
    low = china_imports.low - china_exports.high
    high = china_imports.high - china_exports.low
    if balance.metric == "trade_surplus":
        return high < 0
    return low > 0


def _without_other_year(
    wholes: list[Claim], candidates: list[Claim], parts: tuple[Claim, Claim], fits
) -> list[Claim]:
    """The wholes (totals or balances) of the paragraph left to check, without those of
    another year: when another whole of the same kind, state and currency in the paragraph
    (`candidates`, whatever their period), written with another period (or none), meets the
    parts, the parts are that whole's, and the one that does not is its value of another year
    ("el superávit de China bajó de US$ 9,311 millones en 2012 a US$ 5,481 millones el año
    pasado", "fell from $9.3 billion in 2012 to $5.5 billion", "caiu de US$ 9,3 bilhões em 2012
    para US$ 5,5 bilhões"), however the parts' own period was read (often borrowed from an
    earlier figure)."""
    fitting = [c for c in candidates if fits(*parts, c)]
    return [
        w
        for w in wholes
        if not any(
            o is not w
            and (o.period is None or w.period is None or o.period.label() != w.period.label())
            for o in fitting
        )
    ]


def _sure_together(claims: tuple[Claim, ...]) -> bool:
    """Each figure's state, period, metric and value its own (one borrowed field is enough to
    stay out), with three exceptions where the figures share their scope by the text's own
    words, so they add up (and differ) the same whichever scope it is:

    * figures that share a paragraph with another of the check's figures may borrow their
      period from an earlier figure of that paragraph or from another of the check's figures,
      and their state from the lead or the sentence before, as the one-paragraph check reads
      them ("As compras chinesas somaram X, o que deixou a China com um défice de Y");
    * a figure alone in its paragraph may borrow its period when its words point back: "No
      mesmo período", "En el mismo período", "In the same period", or the result of what came
      before ("esa dinámica dejó a la República Dominicana un déficit …", "which left", "o que
      deixou"), from another of the check's figures;
    * a state (or an unstated partner of China) that all the figures read alike.
    """
    texts = {c.text for c in claims}
    # The figures whose period is not borrowed from another of the check's figures: when only
    # one is, the others took their period from it (directly or along a chain), so the check
    # reads one period whichever it is, and that one may have borrowed its own from a figure
    # outside the check ("Las importaciones … llegaron a 14.444 millones" in the paragraph after
    # "sumó 33.266 millones de dólares en 2012").
    roots = [c for c in claims if not _period_from(c, texts)]
    entity_whys = {(c.confidence.get("entity") or {}).get("why", "") for c in claims}
    for claim in claims:
        alone = sum(c.paragraph == claim.paragraph for c in claims) == 1
        for field in ("entity", "period", "metric", "value"):
            item = claim.confidence.get(field) or {}
            if item.get("level") != "low":
                continue
            why = item.get("why", "")
            if field == "metric" and SIDE_ONLY.match(why):
                continue
            borrowed = (m := BORROWED_FROM.search(why)) is not None and m.group(1) in texts - {
                claim.text
            }
            if field == "period" and (
                SAME_PERIOD_CUE.match(why)
                or (not alone and roots == [claim] and BORROWED_FROM.search(why))
                or (not alone and (IN_PARAGRAPH.match(why) or borrowed))
                or (alone and borrowed and POINTS_BACK.search(fold(claim.sentence)))
            ):
                continue
            if field == "entity" and (len(entity_whys) == 1 or not alone):
                continue
            # "Las importaciones … llegaron a los 14.444 millones de dólares. Las exportaciones
            # … totalizaron los 18.822 millones.": the currency of a figure of the same
            # paragraph and unit, written there.
            if (
                field == "value"
                and why == ASSUMED_CURRENCY
                and any(
                    c.paragraph == claim.paragraph
                    and c.unit == claim.unit
                    and (c.confidence.get("value") or {}).get("level") != "low"
                    for c in claims
                )
            ):
                continue
            return False
    return True


def _period_from(claim: Claim, texts: set[str]) -> bool:
    """Did the figure borrow its period from another figure of the check?"""
    why = (claim.confidence.get("period") or {}).get("why", "")
    found = BORROWED_FROM.search(why)
    return found is not None and found.group(1) in texts - {claim.text}


def _neighbours(claims: tuple[Claim, ...]) -> bool:
    """All in one paragraph or in two paragraphs that follow each other."""
    paragraphs = [c.paragraph for c in claims]
    return max(paragraphs) - min(paragraphs) <= 1


def _overlaps(claimed, low: float, high: float) -> bool:
    return claimed.low <= high + 1e-9 * abs(high) and low <= claimed.high + 1e-9 * abs(high)
