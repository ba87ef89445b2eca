"""Check a text: extract its claims, run every rule, keep the strongest finding per claim.

Verdict strength: inconsistent > disputed > contradicted > supported > unverifiable. Among
findings of equal strength one that shows records wins, then the rule listed first in
rules.RULES; the evidence of every
finding with the chosen verdict is kept, and all findings stay on the result.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import warnings
import weakref
from pathlib import Path

from chinalac.claims.article_date import UNCLEAR_MONTH_WHY, find_article_date
from chinalac.claims.errors import ClaimsInputError, ClaimsInputWarning
from chinalac.claims.extract import (
    CHANGE_AMOUNT,
    PRODUCT_BOUND,
    PROJECTION,
    RUNNING_YEARS_WHY,
    TARGET,
    TWO_YEARS_WHY,
    extract,
)
from chinalac.claims.input_text import SourceText, prepare
from chinalac.claims.knowledge import KnowledgeView
from chinalac.claims.matching import FactIndex
from chinalac.claims.models import Claim, ClaimResult, Evidence, Finding, Verdict
from chinalac.claims.rules import RULES, CheckContext
from chinalac.claims.that_year import UNCLEAR_WHY

_fact_indexes: dict[int, tuple[KnowledgeView, FactIndex]] = {}
_views_by_store: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def knowledge_for(db=None) -> KnowledgeView:
    """The knowledge to check against: a Database (or anything with `.sql`), a store path,
    a KnowledgeView, or — by default — the CSVs shipped in the package."""
    if db is None:
        return KnowledgeView.from_folder()
    if isinstance(db, KnowledgeView):
        return db
    if isinstance(db, str | Path):
        import chinalac

        with chinalac.open(db) as database:
            return KnowledgeView.from_database(database)
    # A long-lived store object (the web app's) is read once, not on every check.
    try:
        cached = _views_by_store.get(db)
    except TypeError:  # neither hashable nor weakly referable: read it every time
        return KnowledgeView.from_database(db)
    if cached is None:
        cached = KnowledgeView.from_database(db)
        with contextlib.suppress(TypeError):
            _views_by_store[db] = cached
    return cached


def _fact_index(knowledge: KnowledgeView) -> FactIndex:
    cached = _fact_indexes.get(id(knowledge))
    if cached is None or cached[0] is not knowledge:
        cached = (knowledge, FactIndex(knowledge))
        _fact_indexes.clear()
        _fact_indexes[id(knowledge)] = cached
    return cached[1]


def check(
    text: str | bytes,
    db=None,
    lang: str | None = None,
    date: str | dt.date | None = None,
    path: str | Path | None = None,
) -> list[ClaimResult]:
    """Every numeric claim of `text` with its verdict, reason, records and sources.

    `db`: None (the package's knowledge CSVs, no store needed), a `chinalac.open()` Database,
    a store path, or a KnowledgeView. `lang`: "en", "es" or "pt" to skip detection.
    `date` (YYYY-MM-DD) and `path` (its modification time) date the article when the text has
    no dateline or front-matter date; relative dates ("last year") are read against it, and
    each claim's `article_date` says which date was used and how it was found.
    Raises ClaimsInputError for input that cannot be checked (too large, binary, bad date).
    """
    knowledge = knowledge_for(db)
    source = prepare(text)
    for message in source.warnings:
        warnings.warn(message, ClaimsInputWarning, stacklevel=2)
    try:
        base = find_article_date(source.original, date, path)
    except ValueError as exc:
        raise ClaimsInputError(str(exc)) from None
    claims = extract(text, knowledge, lang=lang, source=source, article_date=base)
    return judge(claims, knowledge, _prose_text(source))


def check_source(
    source: SourceText, knowledge: KnowledgeView, lang: str | None = None
) -> list[ClaimResult]:
    claims = extract(source.original, knowledge, lang=lang, source=source)
    return judge(claims, knowledge, _prose_text(source))


# "'for two years in a row': a figure said of each of several years running" (claims/extract.py)
RUNNING_WHY = re.compile(rf"'[^']{{1,40}}': {RUNNING_YEARS_WHY}")


def _prose_text(source) -> str:
    """The analysed text when its offsets are the original's (plain text and Markdown, whose
    markup is blanked in place), else "" (HTML: the rules read no sentence beyond a claim's)."""
    return source.text if source.starts is None and len(source.text) == len(source.original) else ""


def judge(claims: list[Claim], knowledge: KnowledgeView, text: str = "") -> list[ClaimResult]:
    """Each claim's verdict. `text`: the text the claims were read from, for the rules that
    read the sentences before a claim (an anaphor's antecedent); optional."""
    context = CheckContext(claims, knowledge, _fact_index(knowledge), text=text)
    findings: dict[str, list[tuple[int, Finding]]] = {c.claim_id: [] for c in claims}
    for order, rule in enumerate(RULES):
        for claim_id, finding in rule.check(context):
            findings.setdefault(claim_id, []).append((order, finding))
    return [_result(claim, findings.get(claim.claim_id, [])) for claim in claims]


def _result(claim: Claim, findings: list[tuple[int, Finding]]) -> ClaimResult:
    # Strongest verdict first; among equals, a finding that shows records, then rule order.
    ranked = [
        f
        for _, f in sorted(
            findings, key=lambda item: (item[1].verdict.strength, not item[1].evidence, item[0])
        )
    ]
    chosen = ranked[0]
    doubts = claim.doubts()
    value_why = (claim.confidence.get("value") or {}).get("why", "")
    if value_why.startswith(TARGET) and chosen.verdict is Verdict.CONTRADICTED:
        # "Xi quer que o comércio … chegue a US$ 500 bilhões em uma década, como anunciou em
        # 2014": a goal is judged by the pledges, not by the level the store holds for a year
        # the sentence names; the pledge rule's support stands over a level's refutation
        # (round 29c: main refuted it by 2014's trade, then the target doubt left it unjudged).
        pledged = next(
            (f for f in ranked if f.rule_id == "commitments" and f.verdict is Verdict.SUPPORTED),
            None,
        )
        if pledged is not None and chosen.rule_id != "commitments":
            chosen = pledged
            ranked = [pledged, *(f for f in ranked if f is not pledged)]
    if value_why.startswith((PROJECTION, CHANGE_AMOUNT, PRODUCT_BOUND)) and chosen.verdict in (
        Verdict.SUPPORTED,
        Verdict.DISPUTED,
    ):
        # "pode fechar 2021 em US$ 120 bilhões": a projection is neither borne out nor
        # refuted by what the store holds for the period; nor is a change ("grew by $300
        # million") by the level the store holds.
        chosen = Finding(
            chosen.rule_id,
            Verdict.UNVERIFIABLE,
            f"not checked against the store: {value_why}; " + chosen.reason,
            (),
        )
        ranked = [chosen, *ranked]
    period_why = (claim.confidence.get("period") or {}).get("why", "")
    unclear = (
        UNCLEAR_WHY.search(period_why)
        or TWO_YEARS_WHY.search(period_why)
        or RUNNING_WHY.search(period_why)
    )
    if unclear and chosen.verdict in (Verdict.SUPPORTED, Verdict.DISPUTED):
        # "In that year …" after a sentence naming 2020 and 2021: the claim is about one of
        # them, and which one is not known; a match in the store says nothing.
        chosen = Finding(
            chosen.rule_id,
            Verdict.UNVERIFIABLE,
            f"not checked against the store: {unclear.group(0)}; " + chosen.reason,
            (),
        )
        ranked = [chosen, *ranked]
    month = UNCLEAR_MONTH_WHY.search((claim.confidence.get("period") or {}).get("why", ""))
    if month and chosen.verdict in (Verdict.SUPPORTED, Verdict.DISPUTED, Verdict.UNVERIFIABLE):
        # "en abril" in an article of January 2023, or of 2023 with no month: April of which
        # year is not known, so no row decides it, and the reason says why.
        chosen = Finding(
            chosen.rule_id,
            Verdict.UNVERIFIABLE,
            f"not checked against the store: {month.group(0)}; " + chosen.reason,
            (),
        )
        ranked = [chosen, *ranked]
    if chosen.verdict is Verdict.CONTRADICTED and doubts:
        # Precision first: a claim is called false only when what it measures, about whom and
        # when are each read with confidence.
        chosen = Finding(
            chosen.rule_id,
            Verdict.UNVERIFIABLE,
            "not called contradicted because the reading is uncertain ("
            + "; ".join(doubts)
            + "): "
            + chosen.reason,
            (),
        )
        ranked = [chosen, *ranked]
    evidence: list[Evidence] = []
    seen: set[tuple[str, str, str]] = set()
    for finding in ranked:
        if finding.verdict is not chosen.verdict:
            continue
        for item in finding.evidence:
            key = (item.kind, item.record_id, item.relation)
            if key not in seen:
                seen.add(key)
                evidence.append(item)
    reason = " ".join(chosen.reason.split())  # one line, whatever the text's line breaks
    return ClaimResult(claim, chosen.verdict, chosen.rule_id, reason, evidence, ranked)
