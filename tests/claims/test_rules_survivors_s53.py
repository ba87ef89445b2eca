"""Tests for the `claims_rules` mutants of the thirty-second run (issue 17): a seeded sample of the
mutants on the lines added to `claims/rules/` from be2c122c to e3a76d2a (stop 52); classified in
docs/mutation-claims-rules-survivors-s53.md. Real-shaped sentences (our own) against the
package's knowledge base.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import checked

# --- ties_date.TiesDate._break_dated: the break's row, shown as the match ----------------------
# "Nicaragua restored relations with China in 2021 after breaking them off in 1990": the date is
# the break's, borne out by the table's row of the break (ties:213, relations with Taipei from
# 1990), shown as the record that matches. `_break_dated__mutmut_39` (`"matches"` ->
# `"XXmatchesXX"`) and `_break_dated__mutmut_38` (`"matches"` -> `None`) kept the verdict and the
# reason and changed the evidence's relation alone, which no test read.
BREAK_OF_THE_RELATIONS = [
    "Nicaragua restored relations with China in 2021 after breaking them off in 1990.",
    "Nicaragua restableció relaciones con China en 2021, tras romperlas en 1990.",
    "A Nicarágua restabeleceu relações com a China em 2021, depois de rompê-las em 1990.",
]


@pytest.mark.parametrize("text", BREAK_OF_THE_RELATIONS)
def test_the_break_of_the_relations_shows_its_row_as_the_match(text):
    result = checked(text, "1990", date="2024-06-01")
    assert result.verdict is Verdict.SUPPORTED
    assert result.reason == (
        "the ties table dates it 1990: NIC diplomatic_relations_prc Recognises Taiwan (ROC) since"
        " 1990, weak source [ties:213]"
    )
    assert [(e.kind, e.record_id, e.relation, e.period, e.entity) for e in result.evidence] == [
        ("tie", "ties:213", "matches", "1990", "NIC")
    ]


# --- ties_date.TiesDate._break_dated: only a spell of no relations dates a break ---------------
# The break is borne out by a spell of no relations (or of relations with Taipei) beginning in
# the year told, never by a spell of relations: Nicaragua's relations with the PRC began in
# 1985-12, and "after cutting them in 1985" dates no break the table holds (main leaves it
# unjudged). `_break_dated__mutmut_9` (`spell.positive or …` -> `spell.positive and …`) let the
# positive spell through and bore the break of 1985 out by the relations' start (a false
# "supported").
BREAK_IN_THE_YEAR_OF_THE_START = [
    "Nicaragua restored relations with China in 2021 after cutting them in 1985.",
    "Nicaragua restableció relaciones con China en 2021, tras romperlas en 1985.",
    "A Nicarágua restabeleceu relações com a China em 2021, depois de rompê-las em 1985.",
]


@pytest.mark.parametrize("text", BREAK_IN_THE_YEAR_OF_THE_START)
def test_the_start_of_the_relations_bears_no_break_out(text):
    result = checked(text, "1985", date="2024-06-01")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert not result.evidence


# --- store_facts._revised_running_total: the reason and the figures shown in full --------------
# A running total of a database whose running totals shrink over a longer span is left
# unverifiable, the stored total shown as related, the reason naming what was looked for and the
# text's words. `_revised_running_total__mutmut_88` (`looked_for` -> `None`) wrote "… for None;"
# in the reason: the tests read only its first words.
RUNNING_TOTAL = "the store's running totals of one database shrink over a longer span"
STORED_2005_2019 = (
    "117.99 usd_bn 2005-01–2019-12 (BU-IAD CLDB (via Primicias)) [figures:10, web-e788ccf696]"
)
RUNNING_TOTALS_OF_ANOTHER_EDITION = [
    (
        "China's policy banks lent $137 billion to Latin America between 2005 and 2019.",
        "$137 billion",
    ),
    (
        "Los bancos chinos prestaron 137.000 millones de dólares a América Latina entre 2005 y "
        "2019.",
        "137.000 millones de dólares",
    ),
    (
        "Os bancos chineses emprestaram US$ 137 bilhões à América Latina entre 2005 e 2019.",
        "US$ 137 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "span"), RUNNING_TOTALS_OF_ANOTHER_EDITION)
def test_a_running_total_of_another_edition_names_what_it_looked_for(text, span):
    result = checked(text, span, date="2024-06-01")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert result.reason == (
        f"not called contradicted ({RUNNING_TOTAL}): the store holds {STORED_2005_2019} for "
        f"loans_total · LAC · 2005–2019; the text says {span}"
    )
    assert [(e.kind, e.record_id, e.relation, e.period) for e in result.evidence] == [
        ("fact", "figures:10", "related", "2005-01–2019-12")
    ]


# --- partner_rank.PartnerRank.check: a rank told as not held stops only itself -----------------
# A rank told as not held is shown, not judged; the ranks read after it in the text are judged
# as ever. `PartnerRank.check__mutmut_38` (`continue` -> `break`) left every rank after the
# negated one to the generic rank reading ("rank claims are checked only for …"): Chile's rank 1,
# stored, went unjudged. Every test had one rank in its text.
A_RANK_NOT_HELD_THEN_ONE_HELD = [
    (
        "China is no longer Brazil's largest trading partner. China is Chile's largest trading "
        "partner.",
        "largest trading partner",
    ),
    (
        "China ya no es el principal socio comercial de Brasil. China es el principal socio "
        "comercial de Chile.",
        "principal socio comercial",
    ),
    (
        "A China não é o maior parceiro comercial do Brasil, mas é o maior parceiro comercial do "
        "Chile.",
        "maior parceiro comercial",
    ),
]


@pytest.mark.parametrize(("text", "span"), A_RANK_NOT_HELD_THEN_ONE_HELD)
def test_a_rank_after_one_told_as_not_held_is_still_judged(text, span):
    results = [r for r in check(text, date="2024-11-20") if r.claim.text == span]
    assert [(r.claim.entity, r.verdict) for r in results] == [
        ("BRA", Verdict.UNVERIFIABLE),
        ("CHL", Verdict.SUPPORTED),
    ]
    assert "not held" in results[0].reason
    assert "china_partner_rank · CHL" in results[1].reason
