"""Tests for the `claims_rules` mutants that survived the twenty-second run (issue 17): a seeded
sample of the mutants on the lines added to `claims/rules/` from 970b29b to c7faa418 (stops
37-39, rounds 32a-34c and the lead's rules: commitments' delivered levels of other years,
parts-total's other pair of flows, policy-paper's white papers, ties-date's anaphoric and
"for N years" spans, ties-rank's year in force, list-count's dashes), classified in
docs/mutation-claims-rules-survivors-s40.md. Real-shaped sentences (our own) in EN, ES and PT
against the package's knowledge base where a sentence reaches the branch; direct tests of the
small functions where none does.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.models import Evidence, Kind
from tests.claims.conftest import one

# --- commitments._of_the_articles_time: "in recent years" and a level of one of those years ------
# An undated level said "in recent years" is borne out by a level delivered in one of the
# RECENT_SPAN years before the article's (`_of_the_articles_time__mutmut_35`: `recent = None`;
# `_43`: `… or {}` -> `… and {}`, the "recent years" note never read: the delivered 489 bn of 2023
# set aside in a November 2024 text). The stored facts bear it out too, so the commitments
# finding itself is read.
RECENT_LEVEL = [
    (
        "November 14, 2024 — Beijing\n\nIn recent years, annual trade between China and the"
        " region reached US$ 489 billion.",
        "US$ 489 billion",
    ),
    (
        "14 de noviembre de 2024 — Pekín\n\nEn los últimos años, el comercio anual entre China y"
        " la región llegó a 489.000 millones de dólares.",
        "489.000 millones de dólares",
    ),
    (
        "14 de novembro de 2024 — Pequim\n\nNos últimos anos, o comércio anual entre a China e a"
        " região chegou a US$ 489 bilhões.",
        "US$ 489 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), RECENT_LEVEL)
def test_a_level_of_recent_years_is_borne_out_by_its_delivered_level(kb, text, figure):
    result = one(check(text, kb), figure)
    finding = next((f for f in result.findings if f.rule_id == "commitments"), None)
    assert finding is not None, [f.rule_id for f in result.findings]
    assert finding.verdict is Verdict.SUPPORTED, finding.reason
    assert "brasilia2014_trade_500bn" in finding.reason


# --- ties_rank._years_in_force: a year in force of no year read leaves the next one judged -----
# A text of no date: the first year in force has no year to count from and is passed over; the
# next, dated "in 2025", is still judged (`_years_in_force__mutmut_31`: `continue` -> `break`,
# the rule stopped at the first and left the second unjudged).
YEARS_IN_FORCE_AFTER_AN_UNDATED_ONE = [
    "Costa Rica's exports grew in the second year in force of its free trade agreement with"
    " China. In 2025, China's advance came in the second year in force of the free trade"
    " agreement between China and Nicaragua.",
    "Las exportaciones de Costa Rica crecieron en el segundo año de vigencia del TLC entre China"
    " y Costa Rica. En 2025, el avance chino se produjo en el segundo año de vigencia del TLC"
    " entre China y Nicaragua.",
    "As exportações da Costa Rica cresceram no segundo ano de vigência do TLC entre a China e a"
    " Costa Rica. Em 2025, o avanço chinês ocorreu no segundo ano de vigência do TLC entre a"
    " China e a Nicarágua.",
]


@pytest.mark.parametrize("text", YEARS_IN_FORCE_AFTER_AN_UNDATED_ONE)
def test_a_year_in_force_after_an_undated_one_is_still_judged(kb, text):
    results = [r for r in check(text, kb) if r.claim.kind is Kind.RANK]
    assert [r.claim.entity for r in results] == ["CRI", "NIC"]
    first, second = results
    assert not [f for f in first.findings if f.rule_id == "ties-rank"]
    assert second.verdict is Verdict.SUPPORTED, second.reason
    assert "year 2 in force in 2025 dates the tie 2024" in second.reason


# --- ties_rank._period_of_another_figure: a year 13 characters after a figure is not its own ---
# The year counts as another figure's only when written at most 12 characters after it ("US$710
# million in 2021"); "US$710 million in products in 2021" sets it 13 away, so it dates the
# anniversary (`_period_of_another_figure__mutmut_33`: `<= 12` -> `<= 13`, the anniversary
# dated by the article's year, 2022 - 49 = 1973, instead of 1972). A June 2022 text.
YEAR_13_AFTER_A_FIGURE = [
    (
        "Trade between Guyana and China reached US$710 million in products in 2021, the 49th"
        " anniversary of their diplomatic relations.",
        "49th anniversary",
    ),
    (
        "El comercio entre Guyana y China alcanzó US$710 millones en petróleo en 2021, el 49.º"
        " aniversario de sus relaciones diplomáticas.",
        "49.º aniversario",
    ),
    (
        "O comércio entre a Guiana e a China chegou a US$ 710 milhões em produtos em 2021, o"
        " 49.º aniversário das relações diplomáticas entre os dois países.",
        "49.º aniversário",
    ),
]


@pytest.mark.parametrize(("text", "figure"), YEAR_13_AFTER_A_FIGURE)
def test_a_year_thirteen_characters_after_a_figure_dates_the_anniversary(text, figure):
    result = one(check(text, date="2022-06-15"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "the anniversary in 2021 dates the tie 1972" in result.reason


# --- ties_rank._years_in_force: the finding's evidence row ------------------------------------
# The rule's tests read the verdict and the reason; the row shown (the tie, its source, and
# whether it matches or differs) was not pinned (`_years_in_force__mutmut_49`: "matches" ->
# "XXmatchesXX").
YEAR_IN_FORCE_ROWS = [
    (
        "In 2025, China's advance came in the {} year in force of the free trade agreement between"
        " China and Nicaragua.",
        ("second", "third"),
    ),
    (
        "En 2025, el avance chino se produjo en el {} año de vigencia del TLC entre China y"
        " Nicaragua.",
        ("segundo", "tercer"),
    ),
    (
        "Em 2025, o avanço chinês ocorreu no {} ano de vigência do TLC entre a China e a"
        " Nicarágua.",
        ("segundo", "terceiro"),
    ),
]


@pytest.mark.parametrize(("text", "ordinals"), YEAR_IN_FORCE_ROWS, ids=["en", "es", "pt"])
def test_a_year_in_forces_evidence_row_is_the_tie(kb, text, ordinals):
    for ordinal, verdict, relation in zip(
        ordinals,
        (Verdict.SUPPORTED, Verdict.UNVERIFIABLE),
        ("matches", "differs"),
        strict=True,
    ):
        (result,) = [r for r in check(text.format(ordinal), kb) if r.claim.kind is Kind.RANK]
        finding = next(f for f in result.findings if f.rule_id == "ties-rank")
        assert finding.verdict is verdict, finding.reason
        assert finding.evidence == (
            Evidence(
                "tie", "ties_chinalac:26", "web-117c2939ac", relation, value=2024.0,
                unit="year", period="2024-01-01", entity="NIC",
            ),
        )  # fmt: skip


# --- policy_paper: a white paper on another topic leaves the sentences after it read ----------
# "its first white paper on development cooperation" names the region too far from the paper to
# be the region's: that rank is passed over, and the region's policy paper of the next sentence
# is still dated (`PolicyPaper.check__mutmut_42`: that `continue` -> `break`, the rule stopped at
# the white paper). English only: in Spanish and Portuguese "libro blanco", "livro branco" never
# reach that test on c7faa418 (see the classification's "Also found").
def test_a_policy_paper_after_a_white_paper_on_another_topic_is_still_dated(kb):
    text = (
        "China published its first white paper on development cooperation in 2011, when Latin"
        " America was its second source of imports. In 2016 it issued its second policy paper on"
        " Latin America and the Caribbean."
    )
    results = check(text, kb, date="2024-05-10")
    assert not [
        f for f in one(results, "first white paper").findings if f.rule_id == "policy-paper"
    ]
    result = one(results, "second policy paper")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "second policy paper on Latin America and the Caribbean 2016-11" in result.reason


# --- ties_rank._period_of_another_figure: a year 12 characters after a figure is the figure's --
# The other side of the limit: "US$710 million in exports in 2021" sets the year 12 characters
# after the figure, so it is the figure's and the anniversary of a June 2022 text is the
# article's year's (`_period_of_another_figure__mutmut_32`: `<= 12` -> `< 12`, the 50th
# anniversary dated 2021 and the tie 1971, where the ties table bears 1972 out).
YEAR_12_AFTER_A_FIGURE = [
    (
        "Trade between Guyana and China reached US$710 million in exports in 2021, the ambassador"
        " said at an exhibition held for the 50th anniversary of their diplomatic relations.",
        "50th anniversary",
    ),
    (
        "El comercio entre Guyana y China alcanzó US$710 millones en compras en 2021, dijo el"
        " embajador en una exposición por el 50.º aniversario de sus relaciones diplomáticas.",
        "50.º aniversario",
    ),
    (
        "O comércio entre a Guiana e a China chegou a US$ 710 milhões em compras em 2021, disse o"
        " embaixador numa exposição pelo 50.º aniversário das relações diplomáticas.",
        "50.º aniversário",
    ),
]


@pytest.mark.parametrize(("text", "figure"), YEAR_12_AFTER_A_FIGURE)
def test_a_year_twelve_characters_after_a_figure_is_the_figures(text, figure):
    result = one(check(text, date="2022-06-15"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "the anniversary in 2022 dates the tie 1972" in result.reason


# --- ties_rank._years_in_force: the first year in force -----------------------------------------
# "In 2024, … in the first year in force of the FTA" dates the tie 2024 (`_years_in_force__mutmut_6`:
# `claim.value < 1` -> `<= 1`, the first year passed over and left unjudged).
FIRST_YEAR_IN_FORCE = [
    (
        "In 2024, Nicaragua's exports to China grew in the first year in force of the free trade"
        " agreement between China and Nicaragua.",
        "first year",
    ),
    (
        "En 2024, las exportaciones de Nicaragua a China crecieron en el primer año de vigencia del"
        " TLC entre China y Nicaragua.",
        "primer año",
    ),
    (
        "Em 2024, as exportações da Nicarágua para a China cresceram no primeiro ano de vigência do"
        " TLC entre a China e a Nicarágua.",
        "primeiro ano",
    ),
]


@pytest.mark.parametrize(("text", "figure"), FIRST_YEAR_IN_FORCE)
def test_the_first_year_in_force_dates_the_tie(kb, text, figure):
    result = one(check(text, kb, date="2024-05-10"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "year 1 in force in 2024 dates the tie 2024" in result.reason
