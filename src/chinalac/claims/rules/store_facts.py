"""Rule `store-facts`: compare a claim with the facts held for its metric, entity and period.

    supported     a fact agrees within the tolerance of the number as written (tolerance.py)
    contradicted  the store holds a different value for the same metric, entity and period
    disputed      the store holds disagreeing values from different sources for that metric,
                  entity and period (or a conflict group of such facts) and the claim falls
                  within their spread: all are shown. When every source's value is within
                  the claim's own tolerance ("about 500" against 495 and 500) it is supported;
                  when none is (a number beyond them all, a year none of them gives) it is
                  contradicted.
    lower bounds  a figure published as "over X" supports "more than X" and never contradicts;
                  one above a value that bears the claim out, of the same conflict group and
                  period from another source, makes the claim disputed
    support only  a share whose basket each source picks ("soybeans only", "soy, iron ore and
                  oil"), or one loan's value, supports a claim of its value, never contradicts
    unverifiable  no fact for that period (the facts of other periods are listed), or the
                  text states no period and no fact agrees

Facts of the same conflict group that measure something else (another period) are shown
as `related`, so a reader sees the disagreement even when the claim itself is supported.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import ClassVar

from chinalac.claims.article_date import FILE_METADATA
from chinalac.claims.extract import (
    BARE_DIRECTION,
    CHINA_SIDE_WHY,
    EARLY_MONTHS,
    FLOW_FROM_CHINA,
    FLOW_TO_CHINA,
    PARTNER_SIDE_WHY,
    RECENT_YEARS_WHY,
)
from chinalac.claims.matching import (
    SUPPORT_ONLY,
    YEAR_TO_DATE,
    StoredFact,
    comparable,
    describe_claim,
    period_matches,
)
from chinalac.claims.mentions import AMBIGUOUS_COMMA
from chinalac.claims.models import Claim, Finding, Kind, Period, Qualifier, Verdict
from chinalac.claims.rules.base import CheckContext, folded_sentence, mentions_topic, topic_words
from chinalac.claims.rules.celac_members import counts_celac_members, counts_the_regions_whole
from chinalac.claims.tolerance import (
    ROUND_NUMBER_CAP,
    claim_dimension,
    fact_amount,
    interval,
    supports,
    written_interval,
)
from chinalac.claims.vocabulary import fold
from chinalac.domain.figures import count_side, is_summed_total

# A bound the sentence says was held over and over (folded): "se manteve sempre acima de",
# "siempre por encima de", "has always stayed above", "todos os anos", "every year" (round 47c).
HELD_ALWAYS = re.compile(
    r"(?<![\w])(?:sempre|siempre|always|todos\s++os\s++anos|todos\s++los\s++anos"
    r"|every\s++year|cada\s++ano|year\s++after\s++year|ano\s++apos\s++ano)(?![\w])"
)

RELATIVE_SAME = 0.005
# The two directions of one state's trade with China (China's exports = the state's imports).
OTHER_DIRECTION = {
    "trade_china_exports": "trade_china_imports",
    "trade_china_imports": "trade_china_exports",
}
# A flow named as such: "flujos de inversión", "inflows", "fluxos", "ingresaron", "entraram":
# direct investment so written is the year's flow, never read as the stock.
FLOW_NAMED = re.compile(
    r"\b(?:flujos?|flows?|inflows?|fluxos?|ingres\w*|entrad\w*|entrar\w*|annual|anual\w*|"
    r"per\s+year|al\s+ano|por\s+ano|each\s+year|cada\s+ano)\b"
)
# Totals that only grow from their start: a total to a date is at least the total to the year
# before.
CUMULATIVE_METRICS = frozenset({"loans_total", "loans_count", "investment_total"})
# claims.extract's reading of "importaciones chinas", "Chinese imports" with no partner named.
GUESSED_SIDE = ": whose imports is a guess"
# A stored row reported by China's side: its customs, ministries, embassy or ambassador.
CHINA_REPORTER = re.compile(r"\b(?:China|Chinese|GACC|MOFCOM)\b")
# A stored row's database edition ("…; 2013 vintage"): one database revising its own series.
VINTAGE = re.compile(r"\b((?:19|20)\d\d) vintage\b")
REVISED_SERIES = "the sources are vintages of one database that revise the figure"
ONE_EDITION = (
    "the store holds one edition of a database it shows revising its figures for other years"
)
# A database whose running totals from one start year shrink over a longer span (BU-IAD's
# loans to the region: 140 for 2005-2018, 117.99 for 2005-2019) has revised them between
# editions: a running total can only grow.
REVISED_RUNNING_TOTAL = "the store's running totals of one database shrink over a longer span"
RUNNING_TOTAL_YEARS = 3  # how far from a span's end a running total still speaks for it
MEETING_THEN = "a ministerial meeting of the forum took place then"
# A year read as the year of a "first" (metrics.csv's cues: "pela primeira vez", "por primera
# vez", "the first") is about one of the store's firsts only when the sentence names that
# first's topic, the words of its id ("first_year_bra_partnership" → "partnership"), in any of
# the three languages (folded): "Em 2019, pela primeira vez, o Brasil exportou mais para a China"
# is no date of Brazil's first strategic partnership (1993) (round 30c: main refuted "os
# resultados de 2019", which a report gave "pela primeira vez", by that 1993).
FIRST_YEAR = "first_year"
FIRST_TOPIC_WORDS = {
    "relations": (
        "relaciones", "relacion", "relacoes", "relacao", "relations", "ties", "lazos", "diplomatic",
    ),
    "partnership": ("partnership", "asociacion", "alianza", "parceria", "socio estrategico", "socia"),
    "bri": ("bri", "belt", "franja", "cinturon", "cinturao", "rota", "ruta"),
    "confucius": ("confucius", "confucio"),
    "institute": ("institute", "instituto"),
}  # fmt: skip
FIRST_OF_ANOTHER_TOPIC = "the sentence names none of the topics of the firsts the store dates"
RELATIVE_APPROXIMATE = 0.05  # as the tolerance reads "about" (tolerance.APPROXIMATE_RELATIVE)
# Lending as a database totals it: the loans made (committed) in a year or a span.
LENDING_METRICS = frozenset({"loans_total", "loan_single", "loans_count"})
# Credit offered or promised: an offer ("ofreció", "oferta", "offered", "ofereceu"), a promise
# ("prometió", "promised", "pledged"), or an amount "put on the table" ("puso sobre la mesa",
# "pôs na mesa"). "Committed" is not one: loan databases count commitments.
OFFERED = re.compile(
    r"(?<![\w])(?:ofrec\w*|ofert\w*|oferec\w*|ofrez\w*|offer\w*|promet\w*|promis\w*|"
    r"pledg\w*|sobre\s+la\s+mesa|na\s+mesa|on\s+the\s+table)(?![\w])"
)
# A total chinalac adds from one source's exports and imports (`domain.figures._claim_pairs`):
# no page publishes it, and the state's own customs count the trade another way than China's
# (round s25c: "China's trade with Chile hit a record $66.9 billion in 2024", China's customs
# figure, was refuted by Chile's customs exports and imports added up, 57,321 m).
# How far one side's customs count of a bilateral flow commonly lies from the other side's
# (IMF, "Direction of Trade Statistics" guide: CIF/FOB and re-exports; China–Chile 2024: China's
# 66.9 bn against Chile's 57.3 bn, 17 % apart).
MIRROR_GAP = 0.25
SUMMED_WHY = (
    "not called contradicted because the store's total is only one source's exports and "
    "imports added up, which no page publishes"
)
OFFERED_WHY = (
    "not called contradicted because the sentence tells credit offered or promised, a pledge, "
    "not the lending made that the store totals"
)
# A rate of change told of values in yuan (folded): "in yuan terms", "en yuanes", "em yuans",
# "renminbi", "RMB", or a yuan amount in the sentence ("reached 3.44 trillion yuan, up 6.8
# percent"). China's customs publish their figures in yuan and in dollars, and the two rates of
# one year differ by the change of the exchange rate (2023: up in yuan, barely up in dollars);
# the store's rates are of dollar values.
YUAN_BASIS = re.compile(r"(?<![\w])(?:yuan(?:es|s)?|renminbi|rmb|cny)(?![\w])")
YUAN_WHY = (
    "not called contradicted because the text's rate is of values in yuan and the store's of "
    "values in dollars; the two differ by the change of the exchange rate"
)
# A figure the text itself sets against another count of the same metric and period (round 41b:
# main refuted Chávez's "superamos casi los 12,000 millones de dólares" by the Chinese
# ambassador's 18,000 of 2011, which the next sentence gives: "Esa cifra queda por debajo de los
# 18,000 millones de dólares que … el embajador chino …"). The text tells two counts, not one
# wrong figure. Folded text: an anaphor of the figure ("esa cifra", "that figure", "essa
# cifra"), then a comparison ("por debajo de", "inferior a", "below", "lower than", "abaixo
# de") shortly before the other count.
FIGURE_ANAPHOR = re.compile(
    r"(?<![\w])(?:es[ae]s?|est[ae]s?|dich[ao]s?|ess[ae]s?|that|this|these|those)\s{1,2}"
    r"(?:cifras?|datos?|dados|montos?|numeros?|valor(?:es)?|figures?|numbers?|amounts?)(?![\w])"
)
COMPARED_WITH = re.compile(
    r"(?<![\w])(?:por\s{1,2}debajo|por\s{1,2}encima|inferior(?:es)?|superior(?:es)?|menor(?:es)?"
    r"|mayor(?:es)?|maior(?:es)?|abaixo|acima|below|above|lower|higher|less|smaller|larger)(?![\w])"
)
# How far before the other count the comparison may stand (folded characters).
COMPARED_REACH = 40
SET_AGAINST_WHY = (
    "not called contradicted because the text itself sets the figure against another count of "
    "the same metric and period ('{}'), the one the store holds"
)
# One state's trade with China, which each side counts its own way (claims.extract's metrics:
# the total, China's exports to the state, China's imports from it).
BILATERAL_METRICS = frozenset({"trade_total", "trade_china_exports", "trade_china_imports"})
REGIONS = frozenset({"LAC", "CHN"})


def first_topic(fact_id: str) -> set[str]:
    """The words that name a first's topic: its id's ("first_year_bra_partnership" →
    "partnership"), with their words in the three languages (FIRST_TOPIC_WORDS). The one test of
    a first's topic, for `_judge_exact`'s filter and `_first_of_another_topic` alike."""
    words = topic_words(fact_id)
    return words | {w for word in words for w in FIRST_TOPIC_WORDS.get(word, ())}


# A figure of one project (facts.csv's project_id: the date the port of Chancay opened, the
# households a dam could supply) is about the claim only when the claim's sentence, or the one
# before it (where "the port" is named first), names the project by the proper words of its id
# ("chancay_port" → "chancay"): "Peru opened a trade office in Shanghai in 2019", "El Perú
# inauguró en 2019 una oficina comercial", "as Beijing opened its Belt and Road summit" on
# April 24, 2019, are no dates of the port (round r58a: main refuted each by its 2024-11-14).
PROJECT_GENERIC = frozenset({
    "port", "dam", "dams", "wind", "farm", "plant", "park", "mine", "railway", "line", "project",
    "hydroelectric", "solar", "bridge", "road", "station",
})  # fmt: skip


def _project_named(claim: Claim, context: CheckContext, project: str) -> bool:
    words = {w for w in re.split(r"[_\-\s]+", fold(project)) if w and w not in PROJECT_GENERIC}
    if not words:
        return True  # an id of generic words only: no proper name to look for
    texts = [folded_sentence(claim)] + [fold(s) for s in context.sentences_before(claim, 1)]
    return any(mentions_topic(text, words) for text in texts)


# Why a figure up to 25 % off a bilateral flow held from one side only is not refuted
# (`_one_side_only`), by the side the store holds (`domain.figures.count_side`).
ONE_SIDE_WHY = {
    "china": (
        "not called contradicted because the store holds only China's count for {}; the "
        "partner's own count is not stored, and the two sides' counts of one trade commonly "
        "differ by up to a quarter"
    ),
    "partner": (
        "not called contradicted because the store holds only the partner's own count for {}; "
        "China's customs count is not stored, and the two sides' counts of one trade commonly "
        "differ by up to a quarter"
    ),
    "unknown": (
        "not called contradicted because the store holds no count for {} known to be China's "
        "beside one known to be the partner's, and the two sides' counts of one trade commonly "
        "differ by up to a quarter"
    ),
}


# The importer records goods by origin, the exporter by destination: goods routed through a
# third country (Mexican copper shipped via the United States) enter the importer's count
# only, so the importer's count of one flow commonly exceeds the exporter's, for some states by
# far more than a quarter (Mexico: exports to China of 10.9 US$ bn in 2022 by Banco de México,
# China's imports from Mexico of 18.8 bn in 2023 by China Customs; its imports from China of
# 119 bn in 2023 by Mexico, 81.5 by China Customs; IMF, "Direction of Trade Statistics" guide,
# on asymmetries). A figure on the exporter's side of the only count held, below the
# importer's count or above the exporter's, up to this factor, is that other count as likely
# as a slip (stop 42: "Mexico's exports to China reached US$ 10 billion in 2023" was called
# contradicted by China's 18.8).
ORIGIN_FACTOR = 2.0
# Whose count is the importer's, by the metric (China's imports from the state, China's
# exports to it).
IMPORTER_SIDE = {"trade_china_imports": "china", "trade_china_exports": "partner"}
ORIGIN_WHY = {
    "china": (
        "not called contradicted because the store holds only China's count for {}; the "
        "partner's own count is not stored, an importer's count (by origin) commonly exceeds "
        "the exporter's (by destination), and the store's two counts of this state's trade part "
        "by more than a quarter"
    ),
    "partner": (
        "not called contradicted because the store holds only the partner's own count for {}; "
        "China's customs count is not stored, an importer's count (by origin) commonly exceeds "
        "the exporter's (by destination), and the store's two counts of this state's trade part "
        "by more than a quarter"
    ),
}


def _wide_mirror(context: CheckContext, entity: str | None) -> bool:
    """Does the store hold, for one of the state's flows with China and one period, China's
    count beside the state's own more than MIRROR_GAP apart? Such a state's counts are known to
    part by more than a quarter (Mexico: 81.5 and 119 US$ bn of its imports from China in 2023),
    and only for it is a figure up to ORIGIN_FACTOR off the one count held not refuted. For a
    state whose held pairs agree within a quarter (Brazil: 89.4 and 109.5 in 2022) a figure far
    off the one count held stays refuted."""
    for metric in BILATERAL_METRICS:
        by_period: dict[tuple, dict[str, list[float]]] = {}
        for fact in context.facts.for_entity(metric, entity):
            side = count_side(fact.reporter, fact.note)
            amount = fact_amount(fact.value, fact.unit or "")
            if side == "unknown" or fact.start[0] is None or amount is None or not amount[1]:
                continue
            sides = by_period.setdefault((fact.start, fact.end), {})
            sides.setdefault(side, []).append(abs(amount[1]))
        for sides in by_period.values():
            if "china" in sides and "partner" in sides:
                low = min(min(sides["china"]), min(sides["partner"]))
                high = max(max(sides["china"]), max(sides["partner"]))
                if high / low - 1 > MIRROR_GAP:
                    return True
    return False


def _on_the_exporters_side(metric: str | None, side: str, said: float, stored) -> bool:
    """Does `said` lie where the other side's count of the flow would, within ORIGIN_FACTOR of
    the `stored` count of `side`: below it when `side` is the importer, above it when `side`
    is the exporter?"""
    importer = IMPORTER_SIDE.get(metric or "")
    amount = fact_amount(stored.value, stored.unit or "")
    if importer is None or side not in ("china", "partner") or amount is None or not amount[1]:
        return False
    held = abs(amount[1])
    if side == importer:
        return held / ORIGIN_FACTOR <= said < held
    return held < said <= held * ORIGIN_FACTOR


def _not_refuted(rule_id: str, why: str, contradicted: Finding) -> Finding:
    """A contradiction withheld: unverifiable, the reason `why` before the contradiction's own,
    and the contradiction's evidence shown as related (the one form of every "not called
    contradicted because …" of this rule that keeps the contradiction's words)."""
    return Finding(
        rule_id,
        Verdict.UNVERIFIABLE,
        why + " — " + contradicted.reason,
        tuple(dataclasses.replace(e, relation="related") for e in contradicted.evidence),
    )


def _read_as(finding: Finding | None, reading: str) -> Finding | None:
    """A figure judged under a reading the text makes likely but does not write (the other
    side of a flow, the stock, a comma grouping thousands, the year before): borne out, with the
    reading named before the reason, or no finding at all: such a reading never refutes."""
    if finding is None or finding.verdict is not Verdict.SUPPORTED:
        return None
    return Finding(
        finding.rule_id, Verdict.SUPPORTED, f"{reading}: {finding.reason}", finding.evidence
    )


class StoreFacts:
    rule_id: ClassVar[str] = "store-facts"
    verdicts: ClassVar[tuple[Verdict, ...]] = (
        Verdict.SUPPORTED,
        Verdict.CONTRADICTED,
        Verdict.DISPUTED,
        Verdict.UNVERIFIABLE,
    )
    description: ClassVar[str] = (
        "compare the claim with the stored facts of its metric, entity and period"
    )

    def check(self, context: CheckContext) -> Iterator[tuple[str, Finding]]:
        for claim in context.claims:
            if not claim.metric or claim.kind in (Kind.RANK, Kind.MULTIPLE, Kind.DURATION):
                continue
            if counts_celac_members(claim):
                continue  # "the 33 CELAC countries": CELAC's membership (rule celac-members)
            if counts_the_regions_whole(claim, context.knowledge):
                continue  # "of the region's 33 nations": the group's size, not the metric's count
            finding = self.judge(claim, context)
            if finding is not None:
                yield claim.claim_id, finding

    def judge(self, claim: Claim, context: CheckContext) -> Finding | None:
        finding = self._judge_exact(claim, context)
        if finding is None or finding.verdict is Verdict.UNVERIFIABLE:
            return (
                self._bound_support(claim, context)
                or self._either_side(claim, context)
                or self._grouped_comma(claim, context)
                or self._stock_for_flow(claim, context)
                or self._since_to_last_year(claim, context)
                or self._bound_passed_before(claim, context)
                or finding
            )
        if finding.verdict is Verdict.CONTRADICTED:
            return (
                self._first_of_another_topic(claim, context, finding)
                or self._grouped_comma(claim, context)
                or self._bound_dispute(claim, context, finding)
                or self._other_direction(claim, context, finding)
                or self._set_against_another_count(claim, context, finding)
                or self._other_reporter(claim, finding)
                or self._offered_credit(claim, finding)
                or self._yuan_rate(claim, finding)
                or self._summed_parts(claim, finding)
                or self._revised_with_bound(claim, context)
                or self._one_side_only(claim, finding, context)
                or finding
            )
        return finding

    def _first_of_another_topic(
        self, claim: Claim, context: CheckContext, contradicted: Finding
    ) -> Finding | None:
        """A year refuted by `first_year` facts whose topic the sentence does not name: the
        "first" may be any first ("pela primeira vez", "por primera vez"), not the store's."""
        if claim.metric != FIRST_YEAR:
            return None
        folded = folded_sentence(claim)
        ids = {e.record_id for e in contradicted.evidence}
        facts = [f for f in context.facts.for_entity(FIRST_YEAR, claim.entity) if f.fact_id in ids]
        if any(mentions_topic(folded, first_topic(fact.fact_id)) for fact in facts):
            return None
        if not facts:
            return None
        values = "; ".join(f.label() for f in facts)
        return Finding(
            self.rule_id,
            Verdict.UNVERIFIABLE,
            f"not called contradicted ({FIRST_OF_ANOTHER_TOPIC}): the store holds {values} for "
            f"{describe_claim(claim)}; the text says {claim.text.strip()}",
            contradicted.evidence,
        )

    def _published_over_sums(
        self, claim: Claim, matched: list[StoredFact], related: tuple
    ) -> Finding | None:
        """Supported when the text's figure is every PUBLISHED value's and only totals chinalac
        added up from another source's exports and imports differ: a sum no page publishes
        makes no dispute ("Bolivia's trade with China reached $2.6 billion in 2023": China
        Customs published 2,596 m; Bolivia's INE exports and imports add up to 3,564.6 m; both
        are named, the sum as related). A figure that only the sum bears out, or one between
        them, stays disputed. Published totals that differ but all bear the figure out (2,596
        and 2,700 for "about $2.65 billion") bear it out together, as they do with no sum beside
        them."""
        published = [f for f in matched if not is_summed_total(f.fact_id)]
        sums = [f for f in matched if is_summed_total(f.fact_id)]
        if not published or not sums:
            return None
        if not all(supports(claim, f.value, f.unit) for f in published):
            return None
        borne = "; ".join(f.label() for f in published)
        labels = "; ".join(f.label() for f in sums)
        return Finding(
            self.rule_id,
            Verdict.SUPPORTED,
            f"matches {borne}; chinalac's sum of one source's exports and "
            f"imports, which no page publishes, gives {labels}",
            tuple(f.evidence("matches") for f in published)
            + tuple(f.evidence("related") for f in sums)
            + related,
        )

    def _one_side_only(
        self, claim: Claim, contradicted: Finding, context: CheckContext | None = None
    ) -> Finding | None:
        """Not contradicted when the figure is a state's trade with China (total, exports,
        imports), the store holds that state-period's count from one side only (China's, the
        partner's, or rows whose side is not stated: domain.figures.count_side), and the figure
        lies up to MIRROR_GAP (a quarter) off the nearest stored value: the other side's count,
        not stored, commonly lies that far off ("In 2023, trade between Brazil and China reached
        US$ 181.5 billion", China's customs count, against the 157 held from a page naming no
        side). Unverifiable, and the reason names the missing side. The contradiction stands
        with China's count and the partner's both held, for a figure further off every stored
        value ("US$ 250 billion"), and when the text names the side whose count the store
        holds ("segundo a Secex"). A figure near the only count held is not refuted either: it
        is no surer a slip of that count than the other side's, a revision or another agency's
        ("US$ 36,1 bilhões" for 2009 is Brazil's own count, against a stored 36.7 of no stated
        side; the lead, stop 35)."""
        if claim.metric not in BILATERAL_METRICS or claim.entity in REGIONS or not claim.entity:
            return None
        if claim.kind is not Kind.MONEY or claim.doubts():
            return None  # with doubts the claim is already left unverifiable, for them
        differing = [e for e in contradicted.evidence if e.relation == "differs"]
        said = _said_amount(claim)
        if not differing or said is None:
            return None
        sides = {count_side(e.reporter, e.note) for e in differing}
        if {"china", "partner"} <= sides:
            return None
        why = (claim.confidence.get("reporter") or {}).get("why", "")
        named = (
            "china"
            if why.startswith(CHINA_SIDE_WHY)
            else "partner"
            if why.startswith(PARTNER_SIDE_WHY)
            else None
        )
        if named in sides:
            # The text names the side whose count the store holds ("segundo a Secex" against
            # Secex's row, "según las aduanas chinas" against China Customs'): refuted by it.
            return None
        held = "china" if sides == {"china"} else "partner" if "partner" in sides else "unknown"
        gaps = [_apart(said, e) for e in differing]
        if any(g is None for g in gaps):
            return None
        if min(gaps) <= MIRROR_GAP:
            why = ONE_SIDE_WHY[held]
        elif (
            held != "unknown"
            and context is not None
            and _wide_mirror(context, claim.entity)
            and all(_on_the_exporters_side(claim.metric, held, said, e) for e in differing)
        ):
            why = ORIGIN_WHY[held]
        else:
            # Further than a quarter from every value held, and not where the other side's
            # count would lie: no side's count.
            return None
        return _not_refuted(self.rule_id, why.format(describe_claim(claim)), contradicted)

    def _summed_parts(self, claim: Claim, contradicted: Finding) -> Finding | None:
        """Not contradicted when every differing stored total is one source's exports and
        imports added up by chinalac (`domain.figures.is_summed_total`): a sum no page
        publishes, counted by one side's customs, while the other side's count of the same
        trade may differ by a quarter (CIF and FOB) or by a multiple where goods pass through a
        hub. China's customs counted 6.69 US$ bn of trade with Panama in 2017 (the Colon Free
        Zone) against Panama's own 1,386.6 m, and 4.11 bn with El Salvador in 2020 against the
        BCR's 1,556.5 m: both were refuted by the sum while true (round s24d's guard and
        u4522; the lead, stop 45). Unverifiable, and the reason says why; the sum is still
        shown, as related."""
        differing = [e for e in contradicted.evidence if e.relation == "differs"]
        if not differing or not all(is_summed_total(e.record_id) for e in differing):
            return None
        if (claim.confidence.get("value") or {}).get("level") == "low":
            # a projection or a change ("pode fechar 2021 em US$ 120 bilhões"): the check's
            # doubt names that first, the stronger reason not to refute
            return None
        return _not_refuted(self.rule_id, SUMMED_WHY, contradicted)

    def _yuan_rate(self, claim: Claim, contradicted: Finding) -> Finding | None:
        """Not contradicted when the figure is a rate of change (a metric ending in "_growth")
        and its sentence tells values in yuan (`YUAN_BASIS`): "China's trade with Latin America
        reached 3.44 trillion yuan in 2023, up 6.8 percent", "grew 6.8% in yuan terms" (stop 42:
        main refuted both by ECLAC's 1.1 %, a rate of dollar values). Unverifiable, and the
        reason says why."""
        if not (claim.metric or "").endswith("_growth") or claim.kind is not Kind.PERCENT:
            return None
        if not YUAN_BASIS.search(fold(claim.sentence)):
            return None
        return _not_refuted(self.rule_id, YUAN_WHY, contradicted)

    def _offered_credit(self, claim: Claim, contradicted: Finding) -> Finding | None:
        """Not contradicted when the sentence tells credit OFFERED or promised ("la de 2015,
        cuando China puso sobre la mesa 20.000 millones de dólares en créditos", "China offered
        US$ 20 billion in loans in 2015", "a oferta de 2015"): an offer is a pledge, made on one
        occasion and drawn over years, not the year's lending that a loan database totals
        (round s20b: main refuted the 2015 offer of US$ 20 bn by the 21.5 bn lent in 2015).
        Unverifiable, and the reason says why. Lending told as made ("lent", "prestó") keeps the
        contradiction."""
        if claim.metric not in LENDING_METRICS or not OFFERED.search(fold(claim.sentence)):
            return None
        return _not_refuted(self.rule_id, OFFERED_WHY, contradicted)

    def _either_side(self, claim: Claim, context: CheckContext) -> Finding | None:
        """ "En 2016 el país compró por $us 8.616 millones en total y las importaciones chinas
        llegaron a $us 1.686 millones": a demonym that names the goods as often as the
        importer (claims.extract: "whose imports is a guess") reads either side; a figure the
        store holds for the other side, same state and period, is borne out by it (never
        refuted: the reading is a guess)."""
        why = (claim.confidence.get("metric") or {}).get("why", "")
        other = OTHER_DIRECTION.get(claim.metric or "")
        if other is None or not why.endswith(GUESSED_SIDE):
            return None
        finding = self._judge_exact(dataclasses.replace(claim, metric=other), context)
        phrase = why[: -len(GUESSED_SIDE)].strip(" '")
        return _read_as(finding, f"read as {other} ('{phrase}' may name either side)")

    def _since_to_last_year(self, claim: Claim, context: CheckContext) -> Finding | None:
        """ "Since 2005, China has provided upwards of $87 billion in loan commitments", in July
        2013: the span runs to the article's date, but a cumulative total of that date is the
        database's through the year before (its 2013 vintage covers 2005-2012). A stored total
        from the same start to the end of the year before may bear the figure out; it never
        refutes it (the months since may have added to it)."""
        period = claim.period
        if (
            not _cumulative_to_article_date(claim)
            or period.end_month is None
            or period.end_year - 1 <= period.start_year
        ):
            return None
        for lag, frame in (
            (1, "the last full year before the article date"),
            # A database's latest edition may run a year further back ("Since 2005, Venezuela
            # has received US$ 62.2 billion", mid-2023, against the edition to 2021): the one
            # before bears it out too (lead, stop 43). Still never refuted.
            (2, "the year before the last full year before the article date"),
        ):
            if period.end_year - lag <= period.start_year:
                break
            closed = Period(
                "range",
                period.start_year,
                period.end_year - lag,
                period.start_month,
                None,
                period.text,
            )
            to_last_year = dataclasses.replace(claim, period=closed)
            finding = self._bound_support(to_last_year, context) or self._judge_exact(
                to_last_year, context
            )
            found = _read_as(finding, f"read to the end of {closed.end_year}, {frame}")
            if found is not None:
                return found
        return None

    def _bound_passed_before(self, claim: Claim, context: CheckContext) -> Finding | None:
        """ "Since 2005, China has lent more than US$120 billion to the region", in June 2025: no
        stored total runs to the article's date, but the latest stored total from the same start
        (136 bn to the end of 2022) already passes the text's lower bound, and a cumulative total
        only grows: borne out. Every source of that latest total must pass the bound (an older
        edition's higher total decides nothing); never refuted: a bound above every stored total
        may still hold by the article's date (the lead, stop 48: main left it unjudged). The same
        for a span written out to a year after the stored total's end: "Entre 2005 y 2023, los
        bancos chinos prestaron más de 120.000 millones de dólares" (the lead, stop 49)."""
        period = claim.period
        if (
            claim.qualifier not in (Qualifier.MORE_THAN, Qualifier.AT_LEAST)
            or not _cumulative_span(claim)
            or period.start_month not in (None, 1)
        ):
            return None
        earlier = [
            f
            for f in context.facts.for_entity(claim.metric, claim.entity)
            if f.entity == claim.entity
            and f.start[0] == period.start_year
            and f.start[1] in (None, 1)
            and f.end[0] is not None
            and period.start_year < f.end[0] < period.end_year
            and not f.partial
            and "upper" not in f.precision
        ]
        if not earlier:
            return None
        last = max(f.end[0] for f in earlier)
        latest = [f for f in earlier if f.end[0] == last]
        said = _said_amount(claim)
        amounts = [fact_amount(f.value, f.unit or "") for f in latest]
        if said is None or not all(
            a is not None
            and a[0] == claim_dimension(claim)
            and (a[1] > said or (a[1] == said and claim.qualifier is Qualifier.AT_LEAST))
            for a in amounts
        ):
            # At or above the bound itself, not within the tolerance below it: "more than
            # US$140 billion" is not borne out by a total of 136 that may grow past it.
            return None
        return Finding(
            self.rule_id,
            Verdict.SUPPORTED,
            f"read to the end of {last}, the latest stored total from the same start (a "
            f"cumulative total only grows): {latest[0].label()}",
            tuple(f.evidence("matches") for f in latest),
        )

    def _stock_for_flow(self, claim: Claim, context: CheckContext) -> Finding | None:
        """ "la inversión extranjera directa de China en Perú era de apenas US$2.134 millones",
        "Chinese direct investment in Peru reached US$28.7 billion in 2022": "direct investment"
        with no word of flow or stock reads as the year's flow, but a level told with "era",
        "se incrementó a" is as often the stock. The store's stock of the same state and period
        may bear it out (round s18b: BCRP's stock of 2007 and 2022 went unjudged); it never
        refutes it, as the text does not say which it is."""
        period = claim.period
        if (
            claim.metric not in ("fdi_flow", "investment_total")
            or period is None
            or period.end_year is None
            or period.kind not in ("point", "as_of")
            or FLOW_NAMED.search(fold(claim.sentence))
        ):
            return None
        if period.kind == "as_of" and period.end_month is None:
            # "para el 2022 se incrementó a …", "by 2022": the stock at the year's end.
            period = Period("point", period.end_year, period.end_year, text=period.text)
        stock = dataclasses.replace(claim, metric="fdi_stock", period=period)
        finding = self._judge_exact(stock, context)
        return _read_as(
            finding, "read as the stock of direct investment (the text names no flow or stock)"
        )

    def _grouped_comma(self, claim: Claim, context: CheckContext) -> Finding | None:
        """ "el país compró 4,122 millones de dólares a China": a Spanish or Portuguese comma
        before three digits is read as a decimal comma (4.122 million), but Central American
        and Mexican print uses it to group thousands (4,122 million). The grouped reading may
        bear the figure out (round s18b: Guatemala's 4,122 million of imports went unjudged);
        it never refutes it, as the decimal reading is kept for that."""
        why = (claim.confidence.get("value") or {}).get("why", "")
        if not why.startswith(AMBIGUOUS_COMMA) or claim.kind is not Kind.MONEY:
            return None
        grouped = dataclasses.replace(claim, value=claim.value * 1000, decimals=0)
        finding = self._judge_exact(grouped, context)
        return _read_as(finding, "read with the comma grouping thousands")

    def _other_direction(
        self, claim: Claim, context: CheckContext, contradicted: Finding
    ) -> Finding | None:
        """Not contradicted when a bare flow word ("exports", "exportaciones") was given a
        direction the text does not write, and the figure is the store's value of the other
        direction of the same trade ("exports bound for Chinese ports reached US$89.75
        billion", read as China's exports, when 89.75 is what Brazil sold to China): the
        reading is the likelier error. Unverifiable, and the reason names it. A direction the
        text writes ("China's exports to Brazil") keeps the contradiction."""
        other = OTHER_DIRECTION.get(claim.metric or "")
        if other is None or claim.doubts():
            return None  # with doubts the claim is already left unverifiable, for them
        sentence = fold(claim.sentence)
        phrase = fold(claim.metric_phrase).strip()
        # From the figure's own flow word on: "Colombia imported goods from China worth …,
        # against exports of just USD 2,377 million" writes the direction of the first figure
        # only.
        at = sentence.rfind(phrase, 0, claim.span_in_sentence[0]) if phrase else -1
        window = sentence[at:] if at >= 0 else sentence
        if phrase not in BARE_DIRECTION or (
            FLOW_FROM_CHINA.search(window) or FLOW_TO_CHINA.search(window)
        ):
            # "China's exports to Brazil", "exportações para a China": the text names the
            # direction, so a figure of the other one is the text's error, and contradicted.
            return None
        matches = [
            f
            for f in context.facts.for_entity(other, claim.entity)
            if period_matches(claim.period, f) is True and supports(claim, f.value, f.unit)
        ]
        if not matches:
            return None
        return Finding(
            self.rule_id,
            Verdict.UNVERIFIABLE,
            f"not called contradicted because the direction of the flow is uncertain: the "
            f"figure is the store's {other} ({matches[0].label()}), the other direction of the "
            f"same trade — " + contradicted.reason,
            tuple(f.evidence("related") for f in matches) + tuple(contradicted.evidence),
        )

    def _set_against_another_count(
        self, claim: Claim, context: CheckContext, contradicted: Finding
    ) -> Finding | None:
        """Not contradicted when the text itself, in the same or the next sentence, sets the
        figure against another count of the same metric, entity and period ("Esa cifra queda
        por debajo de los 18,000 millones de dólares que … el embajador chino …") and the store
        bears that other count out by the very row that differs from the figure: the text tells
        two counts (two reporters), the store holds one of them (round 41b)."""
        differing = {e.record_id for e in contradicted.evidence if e.relation == "differs"}
        if not differing or claim.period is None:
            return None
        when = _period_key(claim.period)
        for other in context.claims:
            if (
                other.start <= claim.end
                or other.sentence_index not in (claim.sentence_index, claim.sentence_index + 1)
                or (other.kind, other.metric, other.entity)
                != (claim.kind, claim.metric, claim.entity)
                or other.period is None
                or _period_key(other.period) != when
            ):
                continue
            folded = folded_sentence(other)
            number = other.span_in_sentence[0]
            start = claim.span_in_sentence[1] if other.sentence_index == claim.sentence_index else 0
            anaphor = FIGURE_ANAPHOR.search(folded, start, number)
            if anaphor is None or not COMPARED_WITH.search(
                folded, max(anaphor.end(), number - COMPARED_REACH), number
            ):
                continue
            found = self._judge_exact(other, context)
            if found is None or found.verdict is not Verdict.SUPPORTED:
                continue
            if differing & {e.record_id for e in found.evidence if e.relation == "matches"}:
                return _not_refuted(self.rule_id, SET_AGAINST_WHY.format(other.text), contradicted)
        return None

    def _other_reporter(self, claim: Claim, contradicted: Finding) -> Finding | None:
        """Not contradicted when the text gives China's side's figure ("el embajador de China
        … dijo", "según las estadísticas de China") and every stored value that differs is
        another reporter's (the partner's statistics office or central bank): the two sides
        count the same trade their own way (valuation, timing), so the partner's figure does
        not refute China's (round s19b: "pasaron de 300 millones de dólares en 2020", the
        Chinese ambassador, against INE's 357). Unverifiable, and the reason names both."""
        why = (claim.confidence.get("reporter") or {}).get("why", "")
        if why.startswith(PARTNER_SIDE_WHY):
            # The mirror (round s20c): the text names the state's own statistics ("segundo a
            # Secex", "according to Brazil's trade secretariat") and every stored value that
            # differs is China's side's (its customs, MOFCOM), as Brazil's first-quarter exports
            # by Secex against China's customs' 28.73.
            said, china_gives = why[len(PARTNER_SIDE_WHY) :].strip("'"), False
            frame = "the state's own statistics give the figure ('{}') and the store holds China's side's"
        elif why.startswith(CHINA_SIDE_WHY):
            # The words after the prefix (the prefix's own "China's" holds a quote mark).
            said, china_gives = why[len(CHINA_SIDE_WHY) :].strip("'"), True
            frame = "China's side gives the figure ('{}') and the store holds another reporter's"
        else:
            return None
        differing = [e for e in contradicted.evidence if e.relation == "differs"]
        china_rows = [bool(CHINA_REPORTER.search(e.reporter or "")) for e in differing]
        # China's figure stands against the partner's rows only; the state's against China's only.
        if not differing or (any(china_rows) if china_gives else not all(china_rows)):
            return None
        reporters = "; ".join(dict.fromkeys(e.reporter or "reporter not stated" for e in differing))
        return Finding(
            self.rule_id,
            Verdict.UNVERIFIABLE,
            f"not called contradicted because {frame.format(said)} ({reporters}) — "
            + contradicted.reason,
            tuple(dataclasses.replace(e, relation="related") for e in contradicted.evidence),
        )

    def _bound_dispute(
        self, claim: Claim, context: CheckContext, contradicted: Finding
    ) -> Finding | None:
        """Not contradicted when another source published the figure as a lower bound that the
        claim states: "US$ 29 billion in 2015" against a 2022 vintage's 21.5 and a 2016
        vintage's "topping $29 billion". A bound claimed as the bound was published ("topped
        $29 billion") sides with that source: disputed. An exact figure at the bound
        is neither borne out nor refuted by it: unverifiable, and the reason says why."""
        bounds = []
        for fact in context.facts.for_entity(claim.metric, claim.entity):
            amount = fact_amount(fact.value, fact.unit)
            if (
                fact.precision != "lower bound"
                or period_matches(claim.period, fact) is not True
                or amount is None
                or amount[0] != claim_dimension(claim)
            ):
                continue
            if supports(claim, fact.value, fact.unit):
                # The bound's own figure only: "US$150 billion" is not borne out by "over
                # 98.9" when every exact source holds 93-110.
                bounds.append(fact)
        if not bounds:
            return None
        published = "; ".join(f.label() for f in bounds)
        if claim.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
            return Finding(
                self.rule_id,
                Verdict.DISPUTED,
                f"sources disagree on {describe_claim(claim)}: {published} — and "
                + contradicted.reason,
                tuple(f.evidence("conflicts") for f in bounds) + tuple(contradicted.evidence),
            )
        return Finding(
            self.rule_id,
            Verdict.UNVERIFIABLE,
            f"not called contradicted: another source published {published}, a lower bound "
            f"at the text's figure — " + contradicted.reason,
            tuple(f.evidence("related") for f in bounds) + tuple(contradicted.evidence),
        )

    def _revised_with_bound(self, claim: Claim, context: CheckContext) -> Finding | None:
        """Not contradicted when the row that refutes the figure and a row published as a
        lower bound for the same metric, state and period are editions of one database that
        revise each other ("US$ 24,6 bilhões" in 2015, told from the 2017 edition, against the
        2022 vintage's 21.5 and the 2016 vintage's "topping $29 billion": round 28c, main
        refuted it by the 21.5 alone). The bound counts as an edition's figure in the rule of
        `_within_revisions`, for a figure between the editions' values only: one below or above
        all of them is still refuted."""
        facts = [
            f
            for f in context.facts.for_entity(claim.metric, claim.entity)
            if supports(claim, f.value, f.unit) is not None
            and period_matches(claim.period, f) is True
            and (f.precision != YEAR_TO_DATE or _of_the_running_year(claim, f))
        ]
        if not any(f.precision == "lower bound" for f in facts):
            return None
        amounts = [fact_amount(f.value, f.unit) for f in facts]
        values = [a[1] for a in amounts if a is not None and a[0] == claim_dimension(claim)]
        allowed = interval(claim)
        if not values or allowed.high < min(values) or allowed.low > max(values):
            # Below or above every edition ("20 billion dollars" in 2015, under the 21.5 of
            # 2022 and the 29 of 2016): still refuted (round s20b's guard).
            return None
        return self._within_revisions(claim, facts, describe_claim(claim))

    def _bound_support(self, claim: Claim, context: CheckContext) -> Finding | None:
        """A figure published as a lower bound ("over US$ 500 bn") supports a claim of the
        same kind of bound at or below it ("more than US$ 500 bn"); it never contradicts one:
        "US$ 480 bn" and "US$ 520 bn" may both be read against "over 500" by a hasty reader."""
        if claim.qualifier not in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
            return None
        bounds = [
            f
            for f in context.facts.for_entity(claim.metric, claim.entity)
            if f.precision == "lower bound"
            and period_matches(claim.period, f) is True
            and supports(claim, f.value, f.unit)
        ]
        if not bounds:
            return None
        return Finding(
            self.rule_id,
            Verdict.SUPPORTED,
            f"a lower bound as the store's: {bounds[0].label()}",
            tuple(f.evidence("matches") for f in bounds),
        )

    def _judge_exact(self, claim: Claim, context: CheckContext) -> Finding | None:
        index = context.facts
        facts = [
            f
            for f in index.for_entity(claim.metric, claim.entity)
            if supports(claim, f.value, f.unit) is not None
            and f.precision != "lower bound"
            and (f.precision != YEAR_TO_DATE or _of_the_running_year(claim, f))
        ]
        if claim.metric == FIRST_YEAR:
            # The year of a first is about the claim only when the sentence names that first's
            # topic (the words of its id: "partnership", "confucius"), as rule first-rank
            # requires: "China había ocupado ese lugar por última vez en julio de 2020, cuando
            # pesaban las primeras restricciones por la pandemia" names no partnership, and
            # Brazil's first partnership of 1993 does not refute its July 2020 (round 30b: main
            # did, a false "contradicted", "primeras" read as a first).
            folded = folded_sentence(claim)
            facts = [f for f in facts if mentions_topic(folded, first_topic(f.fact_id))]
        if any(f.project for f in facts):
            facts = [f for f in facts if not f.project or _project_named(claim, context, f.project)]
        looked_for = describe_claim(claim)
        if not facts:
            others = sorted({f.entity for f in index.by_metric.get(claim.metric, [])})
            where = f" (the store holds {claim.metric} for {', '.join(others)})" if others else ""
            return Finding(
                self.rule_id, Verdict.UNVERIFIABLE, f"no stored fact for {looked_for}{where}"
            )
        year_metric = index.is_year_metric(claim.metric)
        if year_metric:
            matched = facts
        else:
            matched = [f for f in facts if period_matches(claim.period, f) is True]
            undated = [f for f in facts if f.start[0] is None and f.end[0] is None]
            if claim.period is not None:
                matched += [f for f in undated if f not in matched]
        if not matched:
            return self._other_periods(claim, facts, looked_for)
        partners = self._conflict_partners(index, matched)
        related = tuple(partner.evidence("related") for partner in partners)
        if self._disagree(matched):
            values = "; ".join(f.label() for f in matched)

            def every_source(verdict: Verdict, relation: str, reason: str) -> Finding:
                evidence = tuple(f.evidence(relation) for f in matched) + related
                return Finding(self.rule_id, verdict, reason, evidence)

            if self._outside_spread(claim, matched):
                if basket := self._basket(claim, matched, looked_for):
                    return basket
                if revised := self._within_revisions(claim, matched, looked_for):
                    return revised
                if met := self._a_meetings_date(claim, context, matched, looked_for):
                    return met
                if rounded := self._within_round_figure(claim, matched):
                    return every_source(
                        Verdict.UNVERIFIABLE,
                        "related",
                        f"not called contradicted: {rounded[0].label()} is a round figure whose "
                        f"rounding covers the text's figure — the text says {claim.text.strip()}, "
                        f"outside the values the sources hold for {looked_for}: {values}",
                    )
                return every_source(
                    Verdict.CONTRADICTED,
                    "differs",
                    f"the text says {claim.text.strip()}, outside the values the sources hold "
                    f"for {looked_for}: {values}",
                )
            if all(supports(claim, f.value, f.unit) for f in matched):
                # "cerca de US$500.000 millones" against 500 and 495: the sources differ by
                # less than the text's own rounding, so every one of them bears the claim out.
                return every_source(
                    Verdict.SUPPORTED,
                    "matches",
                    f"every source's value is within the tolerance of the text: {values}",
                )
            if borne := self._published_over_sums(claim, matched, related):
                return borne
            return every_source(
                Verdict.DISPUTED, "conflicts", f"sources disagree on {looked_for}: {values}"
            )
        agreeing = [f for f in matched if supports(claim, f.value, f.unit)]
        if not agreeing:
            # "21,2 bilhões de dólares" in 2016 against the one stored "about 21" (a source
            # that rounded the same figure): a value published as approximate covers what its
            # own "about" covers, as it does when two sources are compared (_disagree).
            agreeing = self._within_stored_rounding(claim, matched)
        announced = [f for f in matched if year_metric and self._announced(claim, f)]
        if not agreeing and announced:
            # "In September 2020, China announced its carbon peak goal": the date is when the
            # stored target year was set, not the target itself.
            return Finding(
                self.rule_id,
                Verdict.SUPPORTED,
                f"dates the announcement of {announced[0].label()}",
                tuple(f.evidence("matches") for f in announced),
            )
        if agreeing and (above := self._bounds_above(claim, index, agreeing)):
            # "picked up again in 2015 to 21.5 billion": one vintage of the database holds 21.5,
            # another, of the same conflict group, "topping $29 billion": the sources disagree.
            return self._sources_disagree(looked_for, (*agreeing, *above))
        if agreeing and (dissent := self._exact_dissent(claim, matched, agreeing)):
            # "39 mil 176 millones" of Chile's exports in 2022 against SONAMI's "about 39,000"
            # and the Banco Central's 38,447 (one conflict group): the rounded figure covers
            # both the claim and the other source, so the sources were read as one; but the
            # claim is borne out by that rounding alone, and the source that published the
            # figure exactly refutes it. The sources disagree on the claim: disputed.
            return self._sources_disagree(looked_for, (*agreeing, *dissent), related)
        if agreeing:
            first = agreeing[0]
            note = (
                ""
                if not related
                # By label, as every stored figure a reason names: the page words it (a record
                # id alone, "figures:156", reached readers as written; lead, stop 44).
                else f"; the same conflict group also holds {'; '.join(p.label() for p in partners)}"
            )
            when = "" if claim.period or year_metric else " (the text gives no period)"
            return Finding(
                self.rule_id,
                Verdict.SUPPORTED,
                f"matches {first.label()}{when}{note}",
                tuple(f.evidence("matches") for f in agreeing) + related,
            )
        if basket := self._basket(claim, matched, looked_for):
            return basket
        values = "; ".join(f.label() for f in matched)
        if self._between_sources(claim, matched):
            # "US$ 136 billion" for 2005-2021 against 138 (CRS) and about 134 (BU-IAD): the
            # sources' values were read as one (the "about" covers the other), but the claim
            # lies between them, borne out by neither alone and refuted by neither (stop 42:
            # main called it contradicted). Within the sources' spread: disputed.
            return Finding(
                self.rule_id,
                Verdict.DISPUTED,
                f"sources disagree on {looked_for}: {values}",
                tuple(f.evidence("conflicts") for f in matched) + related,
            )
        if edition := self._one_edition_of_revised_series(claim, index, matched, looked_for):
            return edition
        if edition := _revised_running_total(claim, index, matched, looked_for):
            return edition
        allowed = interval(claim).describe(claim.scale or 1.0)
        return Finding(
            self.rule_id,
            Verdict.CONTRADICTED,
            f"the store holds {values}; the text says {claim.text.strip()} (would need {allowed})",
            tuple(f.evidence("differs") for f in matched) + related,
        )

    @staticmethod
    def _one_edition_of_revised_series(
        claim: Claim, index, matched: list[StoredFact], looked_for: str
    ) -> Finding | None:
        """Unverifiable instead of contradicted when the only stored figure is one edition of
        a database ("2022 vintage" of BU-IAD's loans) that the store shows revising its own
        figures for other periods of the same metric and state (2010: 37 in the 2013 vintage,
        35.7 in the 2022 one), and the claim lies within the smallest of those revisions: "the
        $ 6.2 billion they lent in 2017", told from the 2019 release, against the 2022
        vintage's 6.3 (round r54d: main refuted it). The text may tell another edition; a
        figure farther off than any revision the store shows is still refuted, and a database
        the store never shows revising itself refutes as before. Exact or approximate sums
        only, compared by the written figure (a round figure's own rounding does not widen it)."""
        if claim.kind is not Kind.MONEY or claim.qualifier not in (
            Qualifier.EXACT,
            Qualifier.APPROXIMATE,
        ):
            return None
        vintages = [VINTAGE.search(f"{f.note} {f.evidence_note}") for f in matched]
        bases = {_without_trailing_note(f.reporter or "") for f in matched}
        if not matched or not all(vintages) or len(bases) != 1:
            return None
        base = next(iter(bases))
        dimension = claim_dimension(claim)
        by_period: dict[tuple, dict[str, float]] = {}
        for fact in index.for_entity(claim.metric, claim.entity):
            found = VINTAGE.search(f"{fact.note} {fact.evidence_note}")
            amount = fact_amount(fact.value, fact.unit)
            if (
                found is None
                or fact.precision == "lower bound"
                or _without_trailing_note(fact.reporter or "") != base
                or amount is None
                or amount[0] != dimension
                or amount[1] <= 0
            ):
                continue
            by_period.setdefault((fact.start, fact.end), {})[found.group(1)] = amount[1]
        revisions = [
            (max(values.values()) - min(values.values())) / max(values.values())
            for values in by_period.values()
            if len(values) >= 2
        ]
        if not revisions:
            return None
        # The written figure itself, not its rounding: "20.000 millones" is a round figure
        # whose own rounding would reach far into any revision.
        allowed = interval(claim)
        written = (allowed.low + allowed.high) / 2
        for fact in matched:
            amount = fact_amount(fact.value, fact.unit)
            if amount is None or amount[0] != dimension or amount[1] <= 0:
                return None
            if abs(written - amount[1]) / amount[1] > min(revisions):
                return None
        return _another_edition(ONE_EDITION, claim, matched, looked_for)

    def _other_periods(self, claim: Claim, facts: list[StoredFact], looked_for: str) -> Finding:
        agreeing = [f for f in facts if supports(claim, f.value, f.unit)]
        year = _article_year(claim)
        if claim.period is None and year is not None:
            # With no period written, the figure speaks of the article's time ("Twenty
            # countries take part", in a January 2023 text): a stored figure of another year
            # (21 as of October 2022) neither bears it out nor refutes it. In a year's first
            # EARLY_MONTHS months a year's total is the year before's ("China volvió a ser el
            # principal socio comercial, con un intercambio de US$ 31.673 millones", January
            # 2018): a full-year row of that year bears it out too (round 14b; it never
            # refutes it: an undated figure is not contradicted).
            # Sums only: a count of what there is ("América Latina tiene 46 Institutos
            # Confucio", March 2023) speaks of the article's day, not of last year.
            before = (
                year - 1
                if claim.kind is Kind.MONEY
                and not (claim.metric or "").endswith("_stock")
                and _early_in_year(claim)
                else None
            )
            # "en los últimos años", "in recent years": a whole year of the last few before
            # the article's bears the figure out (round s17c); it is never refuted, the years
            # not being written.
            # A count is a sum over those years ("one of more than 200 infrastructure projects
            # that China has supported … in recent years", May 2025): a count stored as of one
            # year (268 as of 2023, another source) measures another span (round s22d).
            recent = claim.kind is not Kind.COUNT and RECENT_YEARS_WHY in (
                claim.confidence.get("period") or {}
            ).get("why", "")
            # "Nos oito primeiros meses do ano, o comércio … superou US$ 110 bilhões", September
            # 2023: a sum of the running year is a part of it; the year's full total, not yet
            # known at the article's date, does not bear it out (round s20c). In December the
            # year is all but over ("The annual trade … is now pegged at US$120 million",
            # December 2005, dev u1932).
            running = (
                claim.kind is Kind.MONEY
                and not (claim.metric or "").endswith("_stock")
                and _article_month(claim) < 12
            )
            agreeing = [
                f
                for f in agreeing
                if (
                    (f.start[0] is None or f.start[0] <= year)
                    and (f.end[0] is None or f.end[0] >= year)
                    and not _runs_past(f, year)
                    and not (running and _whole_year(f, year))
                )
                or (before is not None and _whole_year(f, before))
                or (recent and any(_whole_year(f, y) for y in range(year - RECENT_SPAN, year)))
            ]
        if claim.period is None:
            # An undated figure is not a figure of some months, and an upper bound ("um teto
            # de até US$ 90 bilhões") is borne out by any smaller value: neither is supported
            # by a part-year row of whatever period the store happens to hold.
            agreeing = [
                f
                for f in agreeing
                if not f.partial
                and claim.qualifier not in (Qualifier.LESS_THAN, Qualifier.AT_MOST)
                # Nor is a lower bound ("préstamos que en total sobrepasan los $87 mil
                # millones") borne out by a total of several years, whatever span the store
                # holds: any longer span runs higher (round s22b).
                and not (
                    claim.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST)
                    and _several_years(f)
                )
            ]
            if claim.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST) and HELD_ALWAYS.search(
                folded_sentence(claim)
            ):
                # "o volume comercial entre elas se manteve sempre acima de 200 bilhões de
                # dólares", "has always stayed above": a floor held over several years the text
                # leaves unstated; one stored year does not bear it out (round 47c).
                agreeing = []
        if claim.period is None and agreeing:
            return Finding(
                self.rule_id,
                Verdict.SUPPORTED,
                f"the text gives no period; matches {agreeing[0].label()}",
                tuple(f.evidence("matches") for f in agreeing),
            )
        periods = ", ".join(sorted({f.period_text or "undated" for f in facts}))
        reason = f"no stored fact for {looked_for}; the store holds {claim.metric} · {claim.entity} for {periods}"
        return Finding(
            self.rule_id,
            Verdict.UNVERIFIABLE,
            reason,
            tuple(f.evidence("related") for f in facts[:6]),
        )

    def _basket(self, claim: Claim, matched: list[StoredFact], looked_for: str) -> Finding | None:
        """Unverifiable instead of contradicted when a stored row bears out only its own value:
        "63% were soybeans" and "84% were soy, oil, iron ore and beef" are both true, and "a
        US$ 600 million loan" does not refute another loan of the same year."""
        varies = [f for f in matched if f.precision in SUPPORT_ONLY]
        if not varies:
            return None
        return Finding(
            self.rule_id,
            Verdict.UNVERIFIABLE,
            f"not called contradicted ({SUPPORT_ONLY[varies[0].precision]}): the store holds "
            f"{'; '.join(f.label() for f in varies)} for {looked_for}; the text says "
            f"{claim.text.strip()}",
            tuple(f.evidence("related") for f in matched),
        )

    @staticmethod
    def _a_meetings_date(
        claim: Claim, context: CheckContext, matched: list[StoredFact], looked_for: str
    ) -> Finding | None:
        """Unverifiable instead of contradicted when a date read as the forum's founding is the
        month of one of its stored ministerial meetings (with no month written, the year of the
        first, when the forum was launched):
        "At the China-CELAC Forum in Beijing in May 2025, Xi launched a credit line", "o Fórum
        China-CELAC, criado em 2015" (its first ministerial met in January 2015), round s22c."""
        if claim.metric != "forum_established_year" or claim.period is None:
            return None
        year, month = claim.period.end_year, claim.period.end_month
        frame = context.knowledge.mechanisms
        if not year or frame is None or frame.empty:
            return None
        for row in frame.itertuples():
            date = str(row.date or "")
            if row.kind != "ministerial_meeting" or len(date) < 7 or not date[:4].isdigit():
                continue
            first = str(row.name or "").startswith("1st ")
            # A month names one meeting; a year alone only the first (the forum's launch).
            if int(date[:4]) == year and (int(date[5:7]) == month if month else first):
                return Finding(
                    "store-facts",
                    Verdict.UNVERIFIABLE,
                    f"not called contradicted ({MEETING_THEN}): the store holds "
                    f"{'; '.join(f.label() for f in matched)} for {looked_for}; the text says "
                    f"{claim.text.strip()}",
                    tuple(f.evidence("related") for f in matched),
                )
        return None

    @staticmethod
    def _within_revisions(
        claim: Claim, matched: list[StoredFact], looked_for: str
    ) -> Finding | None:
        """Unverifiable instead of contradicted when the disagreeing rows are editions of one
        database ("2013 vintage", "2022 vintage" of BU-IAD's loans) and the claim lies within
        the revision they show of each other: "US$ 35 bilhões" in 2010, written in 2016 from
        that year's edition, against 37 and 35.7 (round s22c: main refuted it). A figure
        farther from them than they are from each other is still refuted."""
        if claim.kind is Kind.DATE or len(matched) < 2:
            return None
        vintages = [VINTAGE.search(f"{f.note} {f.evidence_note}") for f in matched]
        bases = {_without_trailing_note(f.reporter or "") for f in matched}
        if not all(vintages) or len({v.group(1) for v in vintages if v}) < 2 or len(bases) != 1:
            return None
        amounts = [fact_amount(f.value, f.unit) for f in matched]
        values = [a[1] for a in amounts if a is not None and a[0] == claim_dimension(claim)]
        if len(values) != len(matched):
            return None
        spread = max(values) - min(values)
        allowed = interval(claim)
        if allowed.high < min(values) - spread or allowed.low > max(values) + spread:
            return None
        return Finding(
            "store-facts",
            Verdict.UNVERIFIABLE,
            f"not called contradicted ({REVISED_SERIES}): the store holds "
            f"{'; '.join(f.label() for f in matched)} for {looked_for}; the text says "
            f"{claim.text.strip()}",
            tuple(f.evidence("related") for f in matched),
        )

    @staticmethod
    def _within_round_figure(claim: Claim, matched: list[StoredFact]) -> list[StoredFact]:
        """Stored money figures of the claim's metric, state and period, when those sources
        disagree, that are round whole numbers ("110 mil milhões USD segundo dados chineses")
        whose own rounding covers the claim: read as the tolerance reads a written number's
        trailing zeros (half a unit of the last non-zero digit, at most 5 % of the value).
        China's 2018 trade with Brazil told as "110,8 mil milhões de dólares" by Chinese
        customs, against Brazil's 93.13, Reuters' 98.7 and China's rounded 110 (round 40c: a
        false "contradicted" when the year was plain). Only ever a reason not to refute; an
        exact claim or an "about" one, never a bound."""
        if claim.kind is not Kind.MONEY or claim.qualifier not in (
            Qualifier.EXACT,
            Qualifier.APPROXIMATE,
        ):
            return []
        allowed = interval(claim)
        found = []
        for fact in matched:
            amount = fact_amount(fact.value, fact.unit)
            if (
                amount is None
                or amount[0] != claim_dimension(claim)
                or fact.precision not in ("", "as published", "approximate")
            ):
                continue
            value = abs(fact.value)
            if value < 10 or value != int(value) or int(value) % 10:
                continue
            digits = str(int(value))
            zeros = len(digits) - len(digits.rstrip("0"))
            half = min(0.5 * 10**zeros, ROUND_NUMBER_CAP * value)
            factor = amount[1] / fact.value
            if allowed.low <= (value + half) * factor and allowed.high >= (value - half) * factor:
                found.append(fact)
        return found

    @staticmethod
    def _within_stored_rounding(claim: Claim, matched: list[StoredFact]) -> list[StoredFact]:
        """Every fact of the claim's metric, state and period, when each one was published as
        approximate ("about US$ 21 bn") and the claim's interval meets the value's own
        approximate margin (± RELATIVE_APPROXIMATE, at least one point for a percentage).
        One exact stored value among them, a date or rank, or a claimed bound: none."""
        if (
            not matched
            or claim.kind in (Kind.DATE, Kind.RANK)
            or claim.qualifier not in (Qualifier.EXACT, Qualifier.APPROXIMATE)
        ):
            return []
        allowed = interval(claim)
        for fact in matched:
            amount = fact_amount(fact.value, fact.unit)
            if (
                fact.precision != "approximate"
                or amount is None
                or amount[0] != claim_dimension(claim)
            ):
                return []
            margin = RELATIVE_APPROXIMATE * abs(amount[1])
            if amount[0] == "percent":
                margin = max(margin, 1.0)
            if allowed.high < amount[1] - margin or allowed.low > amount[1] + margin:
                return []
        return list(matched)

    def _sources_disagree(
        self, looked_for: str, facts: tuple[StoredFact, ...], related: tuple = ()
    ) -> Finding:
        """Stored facts of one conflict group that disagree on the claim, shown side by side
        (none picked): a bound above a figure that bears the claim out (`_bounds_above`), or
        an exact source against a rounded one (`_exact_dissent`)."""
        values = "; ".join(f.label() for f in facts)
        return Finding(
            self.rule_id,
            Verdict.DISPUTED,
            f"sources disagree on {looked_for}: {values}",
            tuple(f.evidence("conflicts") for f in facts) + tuple(related),
        )

    @staticmethod
    def _exact_dissent(
        claim: Claim, matched: list[StoredFact], agreeing: list[StoredFact]
    ) -> list[StoredFact]:
        """Facts published exactly, of the conflict group of the facts that bear the claim out,
        by another source, outside the claim's interval, when every fact that bears it out was
        published as approximate and none of them is the claim's own figure as its digits
        round it: the claim is borne out only by a rounding that the exact source does not
        share. "US$ 60,7 bilhões" against a source's "about 60.7" is that source's figure, and
        stays borne out by it. A money or count figure only (dates and ranks are exact, and a
        claimed bound is judged by the bound rules)."""
        if (
            claim.kind in (Kind.DATE, Kind.RANK)
            or claim.qualifier is not Qualifier.EXACT
            or any(f.precision != "approximate" or not f.conflict_group for f in agreeing)
        ):
            return []
        digits = written_interval(claim)
        for fact in agreeing:
            amount = fact_amount(fact.value, fact.unit)
            if amount is None or digits.contains(amount[1]):
                return []
        groups = {f.conflict_group for f in agreeing}
        sources = {f.source_id for f in agreeing}
        return [
            f
            for f in matched
            if f not in agreeing
            and f.conflict_group in groups
            and f.source_id not in sources
            and f.precision not in ("approximate", "lower bound")
            and supports(claim, f.value, f.unit) is False
        ]

    @staticmethod
    def _bounds_above(claim: Claim, index, agreeing: list[StoredFact]) -> list[StoredFact]:
        """Lower bounds of the same period and conflict group as a fact that bears the claim
        out, published by another source above the claim's whole interval ("topping $29
        billion" beside 21.5): a disagreement the exact facts alone do not show."""
        groups = {f.conflict_group for f in agreeing if f.conflict_group}
        sources = {f.source_id for f in agreeing}
        if not groups:
            return []
        high = interval(claim).high
        found = []
        for fact in index.for_entity(claim.metric, claim.entity):
            amount = fact_amount(fact.value, fact.unit)
            if (
                fact.precision == "lower bound"
                and fact.conflict_group in groups
                and fact.source_id not in sources
                and period_matches(claim.period, fact) is True
                and amount is not None
                and amount[1] > high
            ):
                found.append(fact)
        return found

    @staticmethod
    def _announced(claim: Claim, fact: StoredFact) -> bool:
        period = claim.period
        if claim.kind is not Kind.DATE or period is None or not period.end_month:
            return False
        return fact.start == (period.end_year, period.end_month)

    @staticmethod
    def _conflict_partners(index, matched: list[StoredFact]) -> tuple[StoredFact, ...]:
        """The other facts of the matched facts' conflict groups, each once."""
        seen = {f.fact_id for f in matched}
        partners = []
        for fact in matched:
            for partner in index.conflict_partners(fact):
                if partner.fact_id not in seen:
                    seen.add(partner.fact_id)
                    partners.append(partner)
        return tuple(partners)

    @staticmethod
    def _outside_spread(claim: Claim, matched: list[StoredFact]) -> bool:
        """The claim's interval misses the whole range the disagreeing sources span.

        Sources that disagree make a claim *disputed* when it falls within their spread; a
        number beyond every source's value (with its written precision) is contradicted.
        """
        if claim.kind is Kind.DATE:
            # Dates are exact: a year that none of the disagreeing sources gives ("2019"
            # against 2017 and 2018) is contradicted by each of them.
            return not any(supports(claim, f.value, f.unit) for f in matched)
        amounts = [fact_amount(f.value, f.unit) for f in matched]
        amounts = [a[1] for a in amounts if a is not None and a[0] == claim_dimension(claim)]
        if len(amounts) < 2:
            return False
        allowed = interval(claim)
        return allowed.high < min(amounts) or allowed.low > max(amounts)

    @staticmethod
    def _between_sources(claim: Claim, matched: list[StoredFact]) -> bool:
        """Does the claim's interval lie between the values two sources give for the very span
        the claim names (same first and last year, a sum or a level, not a date or a rank)?"""
        period = claim.period
        if claim.kind in (Kind.DATE, Kind.RANK) or period is None:
            return False
        same_span = [
            f
            for f in matched
            if f.start[0] == period.start_year and f.end[0] == period.end_year
            and f.start[0] is not None
        ]  # fmt: skip
        if period.start_year is None and period.end_year is not None:
            # "By 2021, Chinese loans to Latin America had totalled US$ 136 billion": a total as
            # of a year is any source's total of several years to it (CRS's 138 and BU-IAD's
            # about 134 to 2021), never a single year's flow (found by the twenty-fourth
            # mutation run: main refuted it, the as-of period having no first year).
            same_span = [
                f
                for f in matched
                if f.end[0] == period.end_year and f.start[0] is not None and f.start[0] < f.end[0]
            ]
        allowed = interval(claim)
        for i, a in enumerate(same_span):
            for b in same_span[i + 1 :]:
                amount_a, amount_b = fact_amount(a.value, a.unit), fact_amount(b.value, b.unit)
                if (
                    a.source_id == b.source_id
                    or amount_a is None
                    or amount_b is None
                    or not amount_a[0] == amount_b[0] == claim_dimension(claim)
                ):
                    continue
                low, high = sorted((amount_a[1], amount_b[1]))
                if low <= allowed.low and allowed.high <= high:
                    return True
        return False

    @staticmethod
    def _disagree(matched: list[StoredFact]) -> bool:
        """Different sources holding values that differ by more than 0.5 % for one thing."""
        for i, a in enumerate(matched):
            for b in matched[i + 1 :]:
                if a.source_id == b.source_id or not comparable(a, b):
                    continue
                if a.unit == "year" or b.unit == "year":
                    if a.value != b.value:
                        return True  # years are exact: 2011 and 2014 disagree
                    continue
                amount_a, amount_b = fact_amount(a.value, a.unit), fact_amount(b.value, b.unit)
                if amount_a is None or amount_b is None or amount_a[0] != amount_b[0]:
                    continue
                scale = max(abs(amount_a[1]), abs(amount_b[1]), 1e-12)
                # An approximate figure ("nearly 449", "cerca de 500") does not dispute one
                # within its own rounding (451.6, 495).
                same = (
                    RELATIVE_APPROXIMATE
                    if "approximate" in (a.precision, b.precision)
                    else RELATIVE_SAME
                )
                if abs(amount_a[1] - amount_b[1]) / scale > same:
                    return True
        return False


def _cumulative_span(claim: Claim) -> bool:
    """Is the claim a cumulative total (loans, investment) over a span of years, written out
    ("between 2005 and 2023") or read to the article's date ("since 2005")?"""
    period = claim.period
    return (
        claim.metric in CUMULATIVE_METRICS
        and period is not None
        and period.kind == "range"
        and period.start_year is not None
        and period.end_year is not None
    )


def _cumulative_to_article_date(claim: Claim) -> bool:
    """Is the claim a cumulative total over a span from a year to the article's date ("since
    2005", read against the article date)? No stored total runs to that date;
    `_since_to_last_year` reads it against earlier ones."""
    return _cumulative_span(claim) and "to the article date" in (claim.period.text or "")


def _period_key(period: Period) -> tuple:
    return (period.kind, period.start_year, period.end_year, period.start_month, period.end_month)


def _revised_running_total(
    claim: Claim, index, matched: list[StoredFact], looked_for: str
) -> Finding | None:
    """Unverifiable instead of contradicted when the claim is a running total from a start year
    ("lent $137 billion to Latin America between 2005 and 2019") and the store's running totals
    of the same database from that start year shrink over a longer span (2005-2018: 140,
    2005-2019: 117.99): a running total can only grow, so the editions differ, and a figure
    between the smallest and the largest total given for spans ending within
    RUNNING_TOTAL_YEARS of the claim's (117.99 to 140 here) may be another edition's (the lead,
    stop 52: main refuted the $137 billion the database's 2020 edition gave). Farther off is
    refuted as before; so is every span whose near totals never shrink. Sums of money only."""
    if (
        claim.kind is not Kind.MONEY
        or not matched
        or claim.qualifier
        not in (
            Qualifier.EXACT,
            Qualifier.APPROXIMATE,
        )
    ):
        return None
    spans = {(f.start, f.end) for f in matched}
    bases = {_without_trailing_note(f.reporter or "") for f in matched}
    if len(spans) != 1 or len(bases) != 1:
        return None
    (start, end), base = next(iter(spans)), next(iter(bases))
    if start[0] is None or end[0] is None or end <= start:
        return None
    dimension = claim_dimension(claim)
    # (end, amount, is the amount a lower bound) of every running total from `start`
    totals: list[tuple[tuple, float, bool]] = []
    for fact in index.for_entity(claim.metric, claim.entity):
        amount = fact_amount(fact.value, fact.unit)
        if (
            fact.start != start
            or fact.end[0] is None
            or _without_trailing_note(fact.reporter or "") != base
            or amount is None
            or amount[0] != dimension
        ):
            continue
        totals.append((fact.end, amount[1], fact.precision == "lower bound"))
    # "More than $140 billion" for 2005-2018 bounds the longer spans of its edition below; a
    # bound says nothing of the spans after it.
    shrinks = any(a > b for e1, a, _ in totals for e2, b, bound in totals if e1 < e2 and not bound)
    # Only the running totals ending near the claim's end speak for its span: a total of 2011
    # says little of 2019's.
    near = [(e, a, bound) for e, a, bound in totals if abs(e[0] - end[0]) <= RUNNING_TOTAL_YEARS]
    exact = [amount for _, amount, bound in near if not bound]
    if not shrinks or not exact:
        return None
    # Between the smallest total an edition gives near the span and the largest: the span's
    # total in some edition may lie anywhere there.
    low, high = min(exact), max(amount for _, amount, _ in near)
    allowed = interval(claim)
    if allowed.high < low or allowed.low > high:
        return None
    return _another_edition(REVISED_RUNNING_TOTAL, claim, matched, looked_for)


def _another_edition(why: str, claim: Claim, matched: list[StoredFact], looked_for: str) -> Finding:
    """The finding for a figure that may be another edition's of a database the store shows
    revising itself (`why` says how): the stored figures shown, related, not refuted."""
    values = "; ".join(f.label() for f in matched)
    return Finding(
        StoreFacts.rule_id,
        Verdict.UNVERIFIABLE,
        f"not called contradicted ({why}): the store holds {values} for {looked_for}; "
        f"the text says {claim.text.strip()}",
        tuple(f.evidence("related") for f in matched),
    )


def _without_trailing_note(reporter: str) -> str:
    """A reporter without its closing bracketed note ("BU-IAD CLDB (2022 vintage)" → "BU-IAD
    CLDB"), cut at the first "(" when the text ends with ")": string methods, not a pattern
    that re-reads a run of spaces from every start (tests/hardening/test_regex_linear.py)."""
    text = reporter.strip()
    if text.endswith(")") and "(" in text:
        text = text[: text.index("(")]
    return text.strip()


def _runs_past(fact: StoredFact, year: int) -> bool:
    """A sum over several years that ends after the article's year: "Em pouco mais de uma
    década, a Venezuela recebeu US$ 62,5 bilhões", in February 2018, was borne out by the
    2005–2021 total (62.2), years the text could not count (round s20c)."""
    start, end = fact.start[0], fact.end[0]
    return start is not None and end is not None and start < end and end > year


# How many years before the article's "recent years" reach back to.
RECENT_SPAN = 3


def _several_years(fact: StoredFact) -> bool:
    """The row is a total over more than one year (a cumulative span, "2005–2013")."""
    return fact.start[0] is not None and fact.end[0] is not None and fact.end[0] > fact.start[0]


def _whole_year(fact: StoredFact, year: int) -> bool:
    """The row is the total of the whole of `year` (not a count as of some month, not months
    of it)."""
    return (
        not fact.partial
        and fact.start in ((year, None), (year, 1))
        and fact.end in ((year, None), (year, 12))
    )


def _article_month(claim: Claim) -> int:
    """The month of the article's date (13 when unknown: no month to compare)."""
    if not _month_known(claim):
        return 13
    return int(str((claim.article_date or {}).get("date"))[5:7])


def _month_known(claim: Claim) -> bool:
    """The article is dated to a day or a month (not from file metadata)."""
    found = claim.article_date or {}
    date = str(found.get("date") or "")
    return (
        len(date) >= 7
        and found.get("precision") != "year"
        and found.get("found_by") != FILE_METADATA
    )


def _early_in_year(claim: Claim) -> bool:
    """The article is dated to a day or month in its year's first EARLY_MONTHS months."""
    found = claim.article_date or {}
    date = str(found.get("date") or "")
    if len(date) < 7 or found.get("precision") == "year" or found.get("found_by") == FILE_METADATA:
        return False
    return int(date[5:7]) <= EARLY_MONTHS


def _of_the_running_year(claim: Claim, fact: StoredFact) -> bool:
    """A year to date with no months stated speaks only to a claim about the year the article
    is written in ("3 mil 827 millones de dólares en 2025", September 2025): that year is not
    over, so "en 2025" is a year to date too."""
    period = claim.period
    year = _article_year(claim)
    return (
        period is not None
        and period.kind == "point"
        and period.end_month is None
        and year is not None
        and period.end_year == year == fact.start[0]
    )


def _article_year(claim: Claim) -> int | None:
    """The year of the article's date (dateline, front matter or --date), if known."""
    found = claim.article_date or {}
    date = found.get("date")
    if not date or found.get("found_by") == FILE_METADATA:
        return None
    return int(str(date)[:4])


def _said_amount(claim: Claim) -> float | None:
    """The claim's figure in the store's base unit (US$ for money), or None."""
    if claim.value is None:
        return None
    return abs(claim.value * (claim.scale or 1.0))


def _apart(said: float, fact) -> float | None:
    """How far the claim's figure lies from a stored value (a fact or its evidence), as a share
    of the stored value, as `_summed_parts` measures it: 0.14 for 171.49 against 150.4."""
    amount = fact_amount(fact.value, fact.unit or "")
    if amount is None or not amount[1]:
        return None
    return abs(said / abs(amount[1]) - 1)
