"""Tests for the `claims_rules` mutants that survived the twentieth run (issue 17): the mutants on
the lines changed in `claims/rules/` from d94142c to 94abad6 (rounds 29a-29f and the rules of the
lead's stop 35), and the four survivors the nineteenth run left unclassified, classified in
docs/mutation-claims-rules-survivors-s36.md. Real-shaped sentences (our own) in EN, ES and PT
against the package's knowledge base where a sentence reaches the branch.
"""

from __future__ import annotations

from collections import namedtuple

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.models import Qualifier
from tests.claims.conftest import one


def _with(results, part: str):
    """The first result whose claim's text holds `part`."""
    found = [r for r in results if part in r.claim.text]
    assert found, [r.claim.text for r in results]
    return found[0]


# --- ties_rank._anniversaries: the own object replaces the anniversary's only when it names
# several ties (_anniversaries__mutmut_45, `len(named) > 1` -> `>= 1`) -------------------------
# The sentence names the FTA before the claim and the partnership after it; the anniversary's
# object, read to the end, names the partnership only. Replaced by the own object (the relations,
# by the words "de relaciones"), the count was dated from the article's year, not the period the
# text gives: "the anniversary in 2020 dates the tie 2008", a wrong date shown to the reader.
ONE_TIE_AFTER_THE_COMMA = [
    (
        "With its free trade agreement in force, Costa Rica marked the 12th anniversary of "
        "relations with China last year, and renewed its strategic partnership.",
        "12th anniversary",
    ),
    (
        "Con su tratado de libre comercio vigente, Costa Rica celebró el año pasado el 12.º "
        "aniversario de relaciones con China, y renovó su asociación estratégica.",
        "12.º aniversario",
    ),
    (
        "Com seu acordo de livre comércio em vigor, a Costa Rica celebrou no ano passado o 12º "
        "aniversário de relações com a China, e renovou sua parceria estratégica.",
        "12º aniversário",
    ),
]


@pytest.mark.parametrize(("text", "figure"), ONE_TIE_AFTER_THE_COMMA)
def test_an_anniversary_whose_object_names_one_tie_keeps_it(kb, text, figure):
    result = one(check(text, kb, date="2020-03-01"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert "2008" not in result.reason, result.reason
    assert all(f.rule_id != "ties-rank" for f in result.findings), result.reason


# --- celac_members._counts_region_states: only a count, and only the count written beside the
# region's name ---------------------------------------------------------------------------------
# The countries table flags 33 CELAC members. A percent or an amount that happens to be 33 is no
# count of the region's states (`_counts_region_states__mutmut_2`: a claim of another kind read as
# one, "the countries table flags 33 states as CELAC members" given as support of "33%").
THIRTY_THREE_OF_ANOTHER_KIND = [
    ("China's purchases of Latin American beef rose 33% in 2019.", "33%"),
    ("Las compras chinas de carne latinoamericana subieron 33% en 2019.", "33%"),
    ("As compras chinesas de carne latino-americana subiram 33% em 2019.", "33%"),
    ("China lent the region US$33 billion in 2010.", "US$33 billion"),
]


@pytest.mark.parametrize(("text", "figure"), THIRTY_THREE_OF_ANOTHER_KIND)
def test_a_figure_of_another_kind_is_no_count_of_the_regions_states(kb, text, figure):
    result = one(check(text, kb), figure)
    assert all(f.rule_id != "celac-members" for f in result.findings), result.reason


# Another count of 33 in a sentence that also counts the region's 33 states is not CELAC's
# membership (`_counts_region_states__mutmut_5`: any region count of the sentence equal to the
# claim's value, wherever written, would bear the agreements' 33 out).
TWO_COUNTS_OF_33 = [
    (
        "Delegations from the 33 countries of Latin America and the Caribbean attended the forum, "
        "and 33 cooperation agreements were signed.",
        "33 countries",
        "33 cooperation agreements",
    ),
    (
        "Asistieron al foro delegaciones de los 33 países de América Latina y el Caribe, y se "
        "firmaron 33 acuerdos de cooperación.",
        "33 países",
        "33 acuerdos",
    ),
    (
        "Participaram do fórum delegações dos 33 países da América Latina e do Caribe, e foram "
        "assinados 33 acordos de cooperação.",
        "33 países",
        "33 acordos",
    ),
]


@pytest.mark.parametrize(("text", "members", "other"), TWO_COUNTS_OF_33)
def test_another_count_of_33_beside_the_regions_is_not_its_membership(kb, text, members, other):
    results = check(text, kb)
    assert one(results, members).verdict is Verdict.SUPPORTED
    assert one(results, members).rule_id == "celac-members"
    result = one(results, other)
    assert all(f.rule_id != "celac-members" for f in result.findings), result.reason


# --- commitments._bound_agrees: a delivered bound bears out only a bound of its side -----------
# The Brasília trade pledge's record holds "above 300 bn" in each of 2018-2020 (a lower bound).
# "Almost 300" lies under it: the bound says nothing of it (`_bound_agrees__mutmut_1`, `_2`, `_3`,
# `_9`, `_10`, `_15`, `_16`, and `_judge__mutmut_81`, which pass no row: the bound read as exact,
# and "almost US$ 300 billion" borne out by the record).
ALMOST_300 = [
    ("In 2019, trade between China and Latin America came to almost US$ 300 billion.", "300"),
    ("En 2019, el comercio entre China y América Latina fue de casi US$ 300.000 millones.", "300"),
    ("Em 2019, o comércio entre a China e a América Latina foi de quase US$ 300 bilhões.", "300"),
]


@pytest.mark.parametrize(("text", "part"), ALMOST_300)
def test_a_delivered_floor_does_not_bear_out_almost_the_floor(kb, text, part):
    result = _with(check(text, kb), part)
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert all(f.rule_id != "commitments" for f in result.findings), result.reason


# The same bound bears out a bound of its own side ("topped", "superó", "superou";
# `_bound_agrees__mutmut_17` turned the test round).
TOPPED_300 = [
    ("In 2019, trade between China and Latin America topped US$ 300 billion.", "300"),
    ("En 2019, el comercio entre China y América Latina superó los US$ 300.000 millones.", "300"),
    ("Em 2019, o comércio entre a China e a América Latina superou US$ 300 bilhões.", "300"),
]


@pytest.mark.parametrize(("text", "part"), TOPPED_300)
def test_a_delivered_floor_bears_out_a_floor_of_its_side(kb, text, part):
    result = _with(check(text, kb), part)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.rule_id == "commitments"
    assert "delivered of commitment brasilia2014_trade_500bn" in result.reason


# No delivered row of the package is an upper bound ("under X"): the branch is tested on the
# function itself, with claims read from sentences (`_bound_agrees__mutmut_19`, `_20`, `_21`).
def test_a_delivered_ceiling_bears_out_only_a_ceiling():
    from chinalac.claims.rules.commitments import _bound_agrees

    row = namedtuple("Delivered", "bound")
    under = _with(check("In 2019, China-LAC trade stayed under US$ 300 billion."), "300").claim
    at_most = _with(check("In 2019, China-LAC trade was at most US$ 300 billion."), "300").claim
    over = _with(check("In 2019, China-LAC trade topped US$ 300 billion."), "300").claim
    exact = _with(check("In 2019, China-LAC trade was US$ 300 billion."), "300").claim
    assert under.qualifier is Qualifier.LESS_THAN and at_most.qualifier is Qualifier.AT_MOST
    assert _bound_agrees(under, row("upper"))
    assert _bound_agrees(at_most, row("upper"))
    assert not _bound_agrees(over, row("upper"))
    assert not _bound_agrees(exact, row("upper"))


# --- commitments._judge: "almost X" in a sentence of levels is no statement of an X target -----
# 2024's trade (518) is above "almost 500": the US$ 500 bn target must not bear it out
# (`_judge__mutmut_121`, `_126`, `_128`, `_130`, `_139`: the target kept for "almost").
ALMOST_500 = [
    (
        "In 2024, trade between China and Latin America was almost US$ 500 billion, data show.",
        "500",
    ),
    ("En 2024, el comercio de China con América Latina quedó en casi US$ 500.000 millones.", "500"),
    ("Em 2024, o comércio da China com a América Latina ficou em quase US$ 500 bilhões.", "500"),
]


@pytest.mark.parametrize(("text", "part"), ALMOST_500)
def test_almost_the_target_in_a_level_sentence_is_not_the_target(kb, text, part):
    result = _with(check(text, kb), part)
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert all("target of commitment" not in f.reason for f in result.findings), result.reason


# --- commitments._judge: a delivered bound that does not agree is skipped, not the end of the
# record (`_judge__mutmut_84`, `continue` -> `break`) ------------------------------------------
# An undated level in a sentence that names the goal: the record's "above 300 bn" (2018-2020)
# does not bear out an exact figure, but the rows after it (485.7 of 2022) do. Stopping at the
# bound left only 236.5 and 257.8, and the figure was "not called contradicted" by the pledge.
GOAL_AND_LEVEL = [
    (
        "Two-way trade between China and the region, the goal of which was set at US$ 500 "
        "billion in Brasília, reached US$ 485.7 billion.",
        "US$ 485.7 billion",
    ),
    (
        "El comercio entre China y la región, cuya meta se fijó en US$ 500.000 millones en "
        "Brasilia, alcanzó US$ 485.700 millones.",
        "US$ 485.700 millones",
    ),
    (
        "O comércio entre a China e a região, cuja meta foi fixada em US$ 500 bilhões em "
        "Brasília, alcançou US$ 485,7 bilhões.",
        "US$ 485,7 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), GOAL_AND_LEVEL)
def test_a_level_after_a_disagreeing_bound_is_still_borne_out_by_the_record(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    pledge = [f for f in result.findings if f.rule_id == "commitments"]
    assert pledge and all(f.verdict is Verdict.SUPPORTED for f in pledge), result.reason
    assert "delivered of commitment brasilia2014_trade_500bn" in pledge[0].reason


# --- partner_rank._same_clause: a figure of another clause does not date the rank --------------
# Before the rank, across a semicolon: the soybean peak's year in brackets (2019, when China
# ranked second) is that figure's, not the rank's; the paragraph speaks of 2022, when China was
# Argentina's first partner (`_same_clause__mutmut_3`: a span before the rank was never
# searched, so the 2019 dated the rank and left it unverifiable).
BRACKET_YEAR_BEFORE = [
    (
        "Argentina's trade with China reached US$ 21 billion in 2022. Soybean exports were well "
        "below their peak of US$ 3.5 billion (2019); China was nevertheless Argentina's main "
        "trading partner.",
        "main trading partner",
    ),
    (
        "El comercio de la Argentina con China llegó a US$ 21.000 millones en 2022. Las "
        "exportaciones de soja quedaron muy por debajo de su pico de US$ 3.500 millones (2019); "
        "aun así, China fue el principal socio comercial de la Argentina.",
        "principal socio comercial",
    ),
    (
        "O comércio da Argentina com a China chegou a US$ 21 bilhões em 2022. As exportações de "
        "soja ficaram bem abaixo do pico de US$ 3,5 bilhões (2019); ainda assim, a China foi o "
        "principal parceiro comercial da Argentina.",
        "principal parceiro comercial",
    ),
]


@pytest.mark.parametrize(("text", "figure"), BRACKET_YEAR_BEFORE)
def test_a_dated_figure_before_a_seam_does_not_date_the_rank(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2022" in result.reason and "2019" not in result.reason


# After the rank: the clause's own amount dates it even when another clause follows (a seam
# after the amount; `_same_clause__mutmut_16` searched to the sentence's end, so the "while"
# clause cut the amount off and the paragraph's two years left the rank unread).
OWN_AMOUNT_THEN_ANOTHER_CLAUSE = [
    (
        "January 30, 2018 — Santiago\n\nChile's foreign trade recovered last year: it grew 11%, "
        "after the 4% fall that was recorded in 2016. China was again the country's main trading "
        "partner, with trade that reached US$31,673 million, while copper remained its first "
        "export.",
        "main trading partner",
    ),
    (
        "30 de enero de 2018 — Santiago\n\nEl comercio exterior chileno se recuperó el año "
        "pasado: creció 11%, después de la caída de 4% registrada en 2016. China fue nuevamente "
        "el principal socio comercial del país, con un intercambio que llegó a los US$ 31.673 "
        "millones, mientras el cobre siguió siendo su primera exportación.",
        "principal socio comercial",
    ),
    (
        "30 de janeiro de 2018 — Santiago\n\nO comércio exterior chileno se recuperou no ano "
        "passado: cresceu 11%, depois da queda de 4% registrada em 2016. A China voltou a ser o "
        "principal parceiro comercial do país, com um intercâmbio que chegou a US$ 31.673 "
        "milhões, enquanto o cobre continuou sendo sua primeira exportação.",
        "principal parceiro comercial",
    ),
]


@pytest.mark.parametrize(("text", "figure"), OWN_AMOUNT_THEN_ANOTHER_CLAUSE)
def test_the_rank_keeps_its_clauses_amount_when_another_clause_follows(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2017" in result.reason
