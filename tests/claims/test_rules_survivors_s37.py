"""Tests for the `claims_rules` mutants that survived the twenty-first run (issue 17): a seeded
sample of the mutants on the lines changed in `claims/rules/` from 94abad6 to 970b29b (rounds
30a-31c and the lead's stop-36 rules: visit-date, framework-count, framework-date, policy-paper,
ranked-list bounds), classified in docs/mutation-claims-rules-survivors-s37.md. Real-shaped
sentences (our own) in EN, ES and PT against the package's knowledge base where a sentence
reaches the branch; direct tests of the small functions where none does.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.models import Evidence, Finding
from tests.claims.conftest import one

# --- the evidence row of each new support-only rule ----------------------------------------
# The rules' own tests read the verdict, the reason and at most the record's id; the row a reader
# is shown (its kind, source, relation, period, state and note) was not pinned, so a slip in any
# argument of `Evidence(...)` went unseen.

POLICY_PAPERS = [
    (
        "China published its first policy paper on Latin America and the Caribbean in 2008, a "
        "second in 2016 and a third in December 2025.",
        {"first policy paper": 2008, "second": 2016, "third": 2025},
    ),
    (
        "China publicó su primer documento de política hacia América Latina y el Caribe en 2008, "
        "el segundo en 2016 y el tercero en diciembre de 2025.",
        {"primer documento": 2008, "segundo": 2016, "tercero": 2025},
    ),
    (
        "A China publicou seu primeiro documento de política para a América Latina e o Caribe "
        "em 2008, o segundo em 2016 e o terceiro em dezembro de 2025.",
        {"primeiro documento": 2008, "segundo": 2016, "terceiro": 2025},
    ),
]
PAPER_ROWS = {
    2008: Evidence(
        "document", "policy_paper_lac_2008", "Lu2023", "matches", period="2008-11",
        note="China's Policy Paper on Latin America and the Caribbean",
    ),
    2016: Evidence(
        "document", "policy_paper_lac_2016", "Lu2023", "matches", period="2016-11",
        note="China's Policy Paper on Latin America and the Caribbean",
    ),
    2025: Evidence(
        "document", "policy_paper_lac_2025", "ChinaWatch2025", "matches", period="2025-12",
        note="China's Policy Paper on Latin America and the Caribbean",
    ),
}  # fmt: skip


@pytest.mark.parametrize(("text", "ranks"), POLICY_PAPERS)
def test_a_policy_papers_evidence_row_is_the_documents_row(kb, text, ranks):
    results = check(text, kb)
    for figure, year in ranks.items():
        result = one(results, figure)
        assert result.verdict is Verdict.SUPPORTED, (figure, result.reason)
        finding = next(f for f in result.findings if f.rule_id == "policy-paper")
        assert finding.evidence == (PAPER_ROWS[year],), (figure, finding.evidence)


FIVE_PROGRAMS = [
    ("At the forum, Xi Jinping announced five programs to deepen cooperation with the region.", "five programs"),
    ("Xi anunció además cinco programas de cooperación con los países de la CELAC.", "cinco programas"),
    ("O presidente chinês anunciou cinco programas de cooperação com a Celac.", "cinco programas"),
]  # fmt: skip
PROGRAM_ROWS = {
    "five_programs:solidarity": "Solidarity program",
    "five_programs:development": "Development program",
    "five_programs:civilization": "Civilization program",
    "five_programs:peace": "Peace program",
    "five_programs:people_to_people": "People-to-people connectivity program",
}


@pytest.mark.parametrize(("text", "figure"), FIVE_PROGRAMS)
def test_a_framework_counts_evidence_rows_are_its_parts(kb, text, figure):
    result = one(check(text, kb), figure)
    finding = next(f for f in result.findings if f.rule_id == "framework-count")
    assert finding.verdict is Verdict.SUPPORTED
    assert sorted(finding.evidence, key=lambda e: e.record_id) == sorted(
        (
            Evidence("framework", record, "ChinaFocus2025", "matches", note=name)
            for record, name in PROGRAM_ROWS.items()
        ),
        key=lambda e: e.record_id,
    )


FRAMEWORK_PROPOSED = [
    ("Xi Jinping proposed the 1+3+6 cooperation framework in Brasília in July 2014.", "July 2014"),
    ("Xi Jinping propuso el marco de cooperación 1+3+6 en Brasilia en julio de 2014.", "julio de 2014"),
    ("Xi Jinping propôs o marco de cooperação 1+3+6 em Brasília em julho de 2014.", "julho de 2014"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), FRAMEWORK_PROPOSED)
def test_a_framework_dates_evidence_row_is_the_framework(kb, text, figure):
    result = one(check(text, kb), figure)
    finding = next(f for f in result.findings if f.rule_id == "framework-date")
    assert finding.verdict is Verdict.SUPPORTED
    assert finding.evidence == (
        Evidence(
            "framework", "one_plus_three_plus_six", "ChinaFocus2025", "matches",
            period="2014-07", note='"1+3+6" cooperation framework',
        ),
    )  # fmt: skip


XI_2014 = [
    ("Many of those loans were announced during President Xi Jinping's July 2014 trip to Latin America.", "July 2014"),
    ("Wang recordó la idea que el presidente Xi Jinping presentó en julio de 2014 durante su gira por Latinoamérica.", "julio de 2014"),
    ("Durante a viagem de Xi Jinping à América Latina em julho de 2014, Pequim anunciou novos créditos.", "julho de 2014"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), XI_2014)
def test_a_visits_evidence_row_is_the_visit(kb, text, figure):
    result = one(check(text, kb), figure)
    finding = next(f for f in result.findings if f.rule_id == "visit-date")
    assert finding.evidence == (
        Evidence("visit", "xi_bra_2014_07", "Lu2023", "matches", period="2014-07", entity="BRA"),
    )


# --- ties_rank._period_of_another_figure: only a figure's year (money, percent, count) is another
# figure's period, and the year looked up is the first the sentence writes ----------------------
# A rank of the same sentence dated by the same year is no figure the year belongs to
# (`_period_of_another_figure__mutmut_15`: `or other.period is None` -> `and`, a rank's year
# taken for another figure's, the anniversary dated by the article's year: 2022 - 49 = 1973).
RANK_BEFORE_THE_YEAR = [
    "China became Guyana's second-largest trading partner in 2021, the 49th anniversary of their "
    "diplomatic relations.",
    "China se convirtió en el segundo socio comercial de Guyana en 2021, el 49.º aniversario de "
    "sus relaciones diplomáticas.",
    "A China tornou-se o segundo maior parceiro comercial da Guiana em 2021, o 49º aniversário de "
    "suas relações diplomáticas.",
]


@pytest.mark.parametrize("sentence", RANK_BEFORE_THE_YEAR)
def test_a_ranks_year_still_dates_the_anniversary(sentence):
    text = f"June 21, 2022 — Georgetown\n\n{sentence}"
    result = next(r for r in check(text) if "49" in r.claim.text)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason.startswith("the anniversary in 2021 dates the tie 1972"), result.reason


# The anniversary's year written first, the same words again after a trade figure: the year is
# the anniversary's (`_period_of_another_figure__mutmut_8`: `find` -> `rfind`, the second "in
# 2021", the figure's, read as the anniversary's).
YEAR_WRITTEN_TWICE = [
    "Guyana and China marked the 49th anniversary of their diplomatic relations in 2021, and "
    "trade reached US$710 million in 2021.",
    "Guyana y China celebraron el 49.º aniversario de sus relaciones diplomáticas en 2021, y el "
    "comercio llegó a 710 millones de dólares en 2021.",
    "A Guiana e a China celebraram o 49º aniversário de suas relações diplomáticas em 2021, e o "
    "comércio chegou a US$ 710 milhões em 2021.",
]


@pytest.mark.parametrize("sentence", YEAR_WRITTEN_TWICE)
def test_the_first_of_two_equal_years_dates_the_anniversary(sentence):
    text = f"June 21, 2022 — Georgetown\n\n{sentence}"
    result = next(r for r in check(text) if "49" in r.claim.text)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason.startswith("the anniversary in 2021 dates the tie 1972"), result.reason


# --- meeting_ordinal._named_before: "the first ministerial meeting" is an ordinal like any other
# (`_named_before__mutmut_22`: `other.value >= 1` -> `>= 2`, the first's ordinal dropped, any
# stored meeting's day bore out "the meeting" of the next sentence: the third's December 3,
# 2021 given to the first, a false "supported") -----------------------------------------------
FIRST_MEETING_THEN_ANOTHER_DAY = [
    (
        "The China-CELAC Forum held its First Ministerial Meeting in Beijing. The meeting took "
        "place on December 3, 2021.",
        "December 3, 2021",
    ),
    (
        "El Foro China-CELAC celebró su primera reunión ministerial en Pekín. La reunión se "
        "celebró el 3 de diciembre de 2021.",
        "diciembre de 2021",
    ),
    (
        "O Fórum China-CELAC realizou sua primeira reunião ministerial em Pequim. A reunião "
        "ocorreu em 3 de dezembro de 2021.",
        "dezembro de 2021",
    ),
]


@pytest.mark.parametrize(("text", "figure"), FIRST_MEETING_THEN_ANOTHER_DAY)
def test_the_first_meetings_day_is_not_another_meetings(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert all(f.rule_id != "meeting-ordinal" for f in result.findings), result.reason


def test_the_first_meetings_own_day_is_borne_out(kb):
    text = (
        "The China-CELAC Forum held its First Ministerial Meeting in Beijing. The meeting took "
        "place on January 8, 2015."
    )
    result = one(check(text, kb), "January 8, 2015")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason.startswith("the 1st meeting took place then"), result.reason


# --- store_facts._without_trailing_note: the note cut is the whole bracketed tail, from its
# first "(", as the pattern it replaced (`\s*\(.*\)\s*$`) cut it (`_without_trailing_note__mutmut_9`:
# `index` -> `rindex`, "CLDB (2022 vintage) (rev.)" kept "CLDB (2022 vintage)", and two vintages
# of one database read as two reporters) ------------------------------------------------------
@pytest.mark.parametrize(
    "reporter",
    [
        "BU-IAD CLDB (2022 vintage)",
        "BU-IAD CLDB (2022 vintage) (revised)",
        "BU-IAD CLDB  (2023 vintage)  ",
        "BU-IAD CLDB",
        "IMF DOTS (China side) exports",
        "",
    ],
)
def test_a_reporters_trailing_note_is_cut_as_the_pattern_cut_it(reporter):
    from chinalac.claims.rules.store_facts import _without_trailing_note

    assert _without_trailing_note(reporter) == re.sub(r"\s*\(.*\)\s*$", "", reporter).strip()


# --- changes._direction: a rise whose verb opens the sentence (`_direction__mutmut_24`: the
# default of the falls' last position -1 -> +1, a rise's verb at offset 0 of the zone lost to no
# fall at all, and the rise read as a fall: 3 -> 5 "said to decrease") ------------------------
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Rose from $3 billion in 2019 to $5 billion in 2020, trade is high.", "$3 billion", "$5 billion"),
        ("Subió de 3.000 millones de dólares en 2019 a 5.000 millones de dólares en 2020 el comercio con China.",
         "3.000 millones de dólares", "5.000 millones de dólares"),
        ("Subiu de US$ 3 bilhões em 2019 para US$ 5 bilhões em 2020 o comércio com a China.",
         "US$ 3 bilhões", "US$ 5 bilhões"),
    ],
)  # fmt: skip
def test_a_rises_verb_at_the_start_of_the_sentence_counts(text, start, end):
    from chinalac.claims import extract
    from chinalac.claims.rules.changes import changes_in
    from tests.claims.conftest import tiny_knowledge

    found = changes_in(extract(text, tiny_knowledge()))
    assert [(c.start.text, c.end.text, c.direction) for c in found] == [(start, end, "up")]


# --- store_facts._first_of_another_topic: the guard behind `_judge_exact`'s topic filter -----
# Since round 30b `_judge_exact` keeps only the firsts whose topic the sentence names, so no
# sentence brings a contradicted first of another topic here; the guard stays for the other
# paths ("the doubt stays", tests/claims/test_fresh_readings_r30_s20c.py). Called directly with
# the contradiction it would meet (`_first_of_another_topic__mutmut_22`: its finding given no
# verdict).
def _first_of_another_topic(kb, text: str):
    from chinalac.claims.check import _fact_index
    from chinalac.claims.extract import extract
    from chinalac.claims.rules.base import CheckContext
    from chinalac.claims.rules.store_facts import StoreFacts

    claims = extract(text, kb)
    context = CheckContext(claims, kb, _fact_index(kb), text=text)
    claim = next(c for c in claims if c.metric == "first_year")
    facts = context.facts.for_entity("first_year", claim.entity)
    evidence = tuple(Evidence("fact", f.fact_id, f.source_id, "differs") for f in facts)
    contradicted = Finding("store-facts", Verdict.CONTRADICTED, "refuted", evidence)
    return StoreFacts()._first_of_another_topic(claim, context, contradicted), evidence


@pytest.mark.parametrize(
    "text",
    [
        "Agosto de 2022 — São Paulo\n\nEm 2019, pela primeira vez, o Brasil exportou mais para a"
        " China do que para a Europa.",
        "Agosto de 2022 — Madrid\n\nEn 2019, por primera vez, Brasil exportó más a China que a"
        " Europa.",
    ],
)
def test_a_first_of_another_topic_is_left_unverifiable(kb, text):
    finding, evidence = _first_of_another_topic(kb, text)
    assert finding is not None
    assert finding.verdict is Verdict.UNVERIFIABLE
    assert finding.reason.startswith(
        "not called contradicted (the sentence names none of the topics of the firsts the store"
        " dates): the store holds 1993"
    ), finding.reason
    assert finding.evidence == evidence


def test_a_first_whose_topic_is_named_stays_refuted(kb):
    text = (
        "Agosto de 2022 — São Paulo\n\nO Brasil firmou pela primeira vez uma parceria estratégica"
        " com a China em 1995."
    )
    finding, _ = _first_of_another_topic(kb, text)
    assert finding is None


# --- policy_paper: another date is shown by the rule's own finding, with the paper's row -------
# (the rule's test reads the claim's verdict and reason only: a finding of no rule, or of another
# row, went unseen)
ANOTHER_YEAR = [
    ("China published its second policy paper on Latin America in 2015.", "second policy paper"),
    ("China publicó su segundo documento de política hacia América Latina en 2015.", "segundo documento"),
    ("A China publicou seu segundo documento de política para a América Latina em 2015.", "segundo documento"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), ANOTHER_YEAR)
def test_another_year_of_a_policy_paper_is_the_rules_own_finding(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    (finding,) = [f for f in result.findings if f.verdict is Verdict.UNVERIFIABLE and f.evidence]
    assert finding.rule_id == "policy-paper"
    assert finding.reason.endswith("2016-11; the text dates it 2015"), finding.reason
    # The paper the text's date differs from is shown as differing, never as a match.
    assert finding.evidence == (dataclasses.replace(PAPER_ROWS[2016], relation="differs"),)


# --- framework_date: a figure before the proposal's date does not end the reading
# (`check__mutmut_22`: the first `continue`, past a claim that is no dated point, -> `break`; the
# rule's tests held one claim per text, so every framework date after a figure went unread) ----
AFTER_A_FIGURE = [
    ("Trade between China and Latin America reached US$ 263 billion in 2014. Xi Jinping proposed "
     "the 1+3+6 cooperation framework in Brasília in July 2014.", "July 2014"),
    ("El comercio entre China y América Latina llegó a 263.000 millones de dólares en 2014. Xi "
     "Jinping propuso el marco de cooperación 1+3+6 en Brasilia en julio de 2014.", "julio de 2014"),
    ("O comércio entre a China e a América Latina chegou a US$ 263 bilhões em 2014. Xi Jinping "
     "propôs o marco de cooperação 1+3+6 em Brasília em julho de 2014.", "julho de 2014"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), AFTER_A_FIGURE)
def test_a_frameworks_date_after_a_figure_is_still_read(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason == "the frameworks table dates the proposal 2014-07"
