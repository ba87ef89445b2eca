"""The checker sees the published trade figures (data/figures/), through the store or the CSVs.

Real-shaped sentences about Brazil's, Peru's and Chile's trade with China, checked against the
real rows: supported when a reporter's figure agrees, contradicted when none can, disputed
when reporters disagree and the claim falls within their spread; a part-year figure only
decides a claim about the same months.
"""

from __future__ import annotations

import pytest

from chinalac.claims import KnowledgeView, Verdict, check

SENTENCES = {
    # Brazil 2023: 157 bn (CRI); Peru 2023: 23,156 m + 12,652 m (one source, added).
    "Brazil's trade with China reached US$157 billion in 2023.": (
        Verdict.SUPPORTED,
        "figures:197",
    ),
    # Round 35: 157 names no side (CRI) and 190 lies 21 % off it: unverifiable; far off, refuted.
    "Brazil's trade with China reached US$190 billion in 2023.": (
        Verdict.UNVERIFIABLE,
        "known to be China's",
    ),
    "Brazil's trade with China reached US$250 billion in 2023.": (Verdict.CONTRADICTED, "157"),
    "In 2023, trade between Peru and China totalled US$35.8 billion.": (
        Verdict.SUPPORTED,
        "figures_additions:8+figures_additions:9",
    ),
    # A sum no page publishes refutes nothing (lead, stop 45: China's count of a hub's trade can
    # be a multiple of the partner's): far off the sum, unverifiable, the sum named.
    "Peru's trade with China reached US$50 billion in 2023.": (
        Verdict.UNVERIFIABLE,
        "only one source's exports and imports added up",
    ),
    "Peru's imports from China amounted to US$12.7 billion in 2023.": (
        Verdict.SUPPORTED,
        "figures_additions:9",
    ),
    # Brazil 2018: 93.13 (Brazil) / 98.7 / 98.9 / 110 bn (China): reporters disagree.
    "Brazil's trade with China reached US$100 billion in 2018.": (Verdict.DISPUTED, "110"),
    "Brazil's trade with China reached US$150 billion in 2018.": (
        Verdict.CONTRADICTED,
        "outside the values",
    ),
    # Chile 2023 exports, Banco Central de Chile: 37,449 m.
    "Chile's exports to China were US$37.4 billion in 2023.": (Verdict.SUPPORTED, "37,449"),
    "Las exportaciones de Chile a China sumaron 37.449 millones de dólares en 2023.": (
        Verdict.SUPPORTED,
        "figures:207",
    ),
    # Peru 2024: only a Jan–Oct figure (35 bn, China Customs): no full-year verdict.
    "Peru's trade with China reached US$35 billion in 2024.": (Verdict.UNVERIFIABLE, "2024-01"),
    # Chile Jan–Feb 2022 exports: 6,702.9 m — compared only with a claim about those months.
    "Chile's exports to China were US$20 billion in the first two months of 2022.": (
        Verdict.CONTRADICTED,
        "6,702.9",
    ),
}


@pytest.fixture(scope="module", params=["package", "store"])
def knowledge(request, db):
    if request.param == "package":
        return KnowledgeView.from_folder()
    return KnowledgeView.from_database(db)


@pytest.mark.parametrize("sentence", list(SENTENCES))
def test_trade_sentences_are_judged_against_the_published_figures(knowledge, sentence):
    (result,) = [r for r in check(sentence, db=knowledge) if r.claim.metric]
    verdict, said = SENTENCES[sentence]
    assert result.verdict is verdict, result.reason
    assert said in result.reason


def test_evidence_names_the_figure_reporter_and_source(knowledge):
    (result,) = check("Brazil's trade with China reached US$157 billion in 2023.", db=knowledge)
    evidence = [e for e in result.evidence if e.relation == "matches"]
    assert evidence and evidence[0].record_id == "figures:197"
    assert evidence[0].source_id.startswith("web-") and evidence[0].reporter == "not stated (CRI)"
