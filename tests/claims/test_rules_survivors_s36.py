"""Tests for the `claims_rules` mutants that survived the twentieth run (issue 17): the mutants on
the lines changed in `claims/rules/` from d94142c to 94abad6 (rounds 29a-29f and the rules of the
lead's stop 35), and the nineteenth run's last unclassified survivor of ties_rank, classified in
docs/mutation-claims-rules-survivors-s36.md. Real-shaped sentences (our own) in EN, ES and PT
against the package's knowledge base where a sentence reaches the branch; direct tests of the
small functions, or two inline rows, where none does.
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


# --- store_facts._one_side_only: a state's trade counted by one side only -----------------------
# Chile's trade of 2021 is held in China's count only (65.81, China Customs): "US$ 55 billion"
# lies within a quarter of it, the partner's count may be that far off, so it is unverifiable,
# the reason names the missing side, and every stored value is shown as related
# (`_one_side_only__mutmut_9`, `_10`: no differing value read, refuted; `_79`: the finding of no
# rule; `_86`: no evidence; `_91`: "XX — XX" in the reason; `_94`, `_96`, `_97`, `_98`: the
# evidence's relation None, "differs", or misspelt).
CHILE_2021 = [
    ("In 2021, trade between Chile and China totalled US$ 55 billion.", "US$ 55 billion"),
    (
        "En 2021, el intercambio entre Chile y China sumó 55.000 millones de dólares.",
        "55.000 millones de dólares",
    ),
    ("Em 2021, o comércio entre o Chile e a China somou US$ 55 bilhões.", "US$ 55 bilhões"),
]


@pytest.mark.parametrize(("text", "figure"), CHILE_2021)
def test_a_figure_within_a_quarter_of_the_one_side_held_is_unverifiable(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.rule_id == "store-facts"
    assert result.reason.startswith(
        "not called contradicted because the store holds only China's count for trade_total · "
        "CHL · 2021; the partner's own count is not stored"
    ), result.reason
    assert " — the store holds 65.81 usd_bn 2021" in result.reason, result.reason
    [finding] = [f for f in result.findings if f.rule_id == "store-facts"]
    assert finding.evidence, finding
    assert {e.relation for e in finding.evidence} == {"related"}, finding.evidence


# The text names the side whose count the store holds ("according to China's customs"): the
# count is that side's, and the figure is refuted by it (`_one_side_only__mutmut_34`: the
# reporter's reading looked up under another key, the side named never seen).
CHILE_2021_CHINAS_COUNT = [
    (
        "According to China's customs, trade between China and Chile reached US$ 55 billion in "
        "2021.",
        "US$ 55 billion",
    ),
    (
        "Según las aduanas chinas, el comercio entre China y Chile llegó a 55.000 millones de "
        "dólares en 2021.",
        "55.000 millones de dólares",
    ),
    (
        "Segundo a alfândega chinesa, o comércio entre a China e o Chile chegou a US$ 55 bilhões "
        "em 2021.",
        "US$ 55 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), CHILE_2021_CHINAS_COUNT)
def test_a_figure_off_the_side_the_text_names_is_refuted_by_it(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "65.81" in result.reason


# Both sides' counts held (Brazil's 2022 exports to China: 89.4, MDIC; 109.52, China Customs;
# Uruguay's: 3,675, its customs; 4,457, China Customs): a figure off both is refuted even within
# a quarter of one (`_one_side_only__mutmut_22`…`_25`: the pair misspelt, never found;
# `_26`: `<` asks for a third side besides the two).
BOTH_SIDES_HELD = [
    ("In 2022, Brazil's exports to China reached US$ 84 billion.", "US$ 84 billion"),
    (
        "En 2022, las exportaciones de Uruguay a China sumaron 3.100 millones de dólares.",
        "3.100 millones de dólares",
    ),
    ("Em 2022, as exportações do Uruguai para a China somaram US$ 3,1 bilhões.", "US$ 3,1 bilhões"),
]


@pytest.mark.parametrize(("text", "figure"), BOTH_SIDES_HELD)
def test_a_figure_off_both_sides_counts_is_refuted_within_a_quarter(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert result.rule_id == "store-facts"


# "Up to a quarter" holds its end: Cuba's trade of 2010 is held in China's count only (1.8 bn);
# 2.25 bn lies exactly a quarter above it (`_one_side_only__mutmut_61`: `<` refuted it).
CUBA_2010_A_QUARTER_ABOVE = [
    ("In 2010, trade between Cuba and China reached US$ 2.25 billion.", "US$ 2.25 billion"),
    (
        "En 2010, el comercio entre Cuba y China llegó a 2.250 millones de dólares.",
        "2.250 millones de dólares",
    ),
    ("Em 2010, o comércio entre Cuba e a China chegou a US$ 2,25 bilhões.", "US$ 2,25 bilhões"),
]


@pytest.mark.parametrize(("text", "figure"), CUBA_2010_A_QUARTER_ABOVE)
def test_a_figure_a_quarter_off_the_one_side_held_is_not_refuted(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "only China's count for trade_total · CUB · 2010" in result.reason


# A row of no stated reporter whose page says it gives China's exports and imports is China's
# count (`count_side` reads the row's evidence text): beside the partner's own count, both sides
# are held and a figure off both is refuted. No such row of a state is in the package's
# knowledge base (only one of the region, which the rule leaves), so the rows are inline
# (`_one_side_only__mutmut_19`, `_21`: the evidence text not passed, the row's side unknown, and
# the figure "not called contradicted because the store holds only the partner's own count").
def test_a_row_whose_page_says_it_is_chinas_count_is_chinas_side(kb):
    import pandas as pd

    from chinalac.claims import KnowledgeView

    columns = ["fact_id", "metric", "entity", "counterpart", "period_start", "period_end",
               "value", "unit", "reporter", "source_id", "evidence"]  # fmt: skip
    rows = [
        ("f1", "trade_total", "CHL", "CHN", "2021-01", "2021-12", 50.0, "usd_bn",
         "not stated (El Mercurio)", "S1",
         "The page reports China's exports to and imports from Chile of US$ 50 bn for 2021."),
        ("f2", "trade_total", "CHL", "CHN", "2021-01", "2021-12", 45.0, "usd_bn",
         "Banco Central de Chile", "S1",
         "The page reports Chile's trade with China of US$ 45 bn for 2021."),
    ]  # fmt: skip
    view = KnowledgeView.from_frames(
        origin="inline",
        facts=pd.DataFrame(rows, columns=columns),
        metrics=kb.metrics,
        countries=kb.countries,
        country_names=kb.country_names,
        sources=kb.sources,
    )
    for text, figure in [
        ("In 2021, trade between Chile and China totalled US$ 40 billion.", "US$ 40 billion"),
        (
            "En 2021, el intercambio entre Chile y China sumó 40.000 millones de dólares.",
            "40.000 millones de dólares",
        ),
        ("Em 2021, o comércio entre o Chile e a China somou US$ 40 bilhões.", "US$ 40 bilhões"),
    ]:
        result = one(check(text, view), figure)
        assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- store_facts._apart: a stored value that gives no amount is no distance ---------------------
# No stored value of a state's trade is 0 in the package (only the region's loans of 2020-2021,
# which `_one_side_only` leaves), so the function is tested itself (`_apart__mutmut_8`: `and`
# divided by the zero, or read an index of None).
def test_a_value_of_no_amount_or_zero_is_no_distance():
    from types import SimpleNamespace

    from chinalac.claims.rules.store_facts import _apart

    assert _apart(5e9, SimpleNamespace(value=0.0, unit="usd_bn")) is None
    assert _apart(5e9, SimpleNamespace(value=4.0, unit="tonnes")) is None
    assert _apart(5e9, SimpleNamespace(value=4.0, unit="usd_bn")) == pytest.approx(0.25)


# --- ties_date._only_hypothetical_events: every event verb, not the first ---------------------
# A hypothesis first ("would establish", "establecería", "poderia estabelecer"), then the event
# stated with a wrong year (Colombia's relations date from 1980-02-07): the stated one is still
# refuted (`_only_hypothetical_events__mutmut_17`, `_26`: the loop stopped at the first verb, a
# conditional or a modal one, and called the whole sentence a hypothesis).
HYPOTHESIS_THEN_EVENT = [
    "Turbay had said that Colombia would establish relations with China, and Colombia "
    "established diplomatic relations with China in 1979.",
    "Turbay había dicho que Colombia establecería relaciones con China, y Colombia estableció "
    "relaciones diplomáticas con China en 1979.",
    "Turbay havia dito que a Colômbia estabeleceria relações com a China, e a Colômbia "
    "estabeleceu relações diplomáticas com a China em 1979.",
    "Turbay había dicho que Colombia podría establecer relaciones con China, y Colombia "
    "estableció relaciones diplomáticas con China en 1979.",
    "Turbay havia dito que a Colômbia poderia estabelecer relações com a China, e a Colômbia "
    "estabeleceu relações diplomáticas com a China em 1979.",
]


@pytest.mark.parametrize("text", HYPOTHESIS_THEN_EVENT)
def test_an_event_stated_after_a_hypothesis_is_still_refuted(kb, text):
    result = one(check(text, kb), "1979")
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert result.rule_id == "ties-date"


# --- ties_date._judge: a rank beside the years of its ties is not refuted by their date --------
# "marked ten years of those ties in June 2017": June 2017 is the anniversary's, and the rank
# (Costa Rica, first in Central America, 2007) is borne out by the order of the table
# (`_judge__mutmut_177`: the test applied to every kind but ranks; `_178`: both the years of the
# ties and an anniversary asked for; the rank refuted by the 2007 tie).
RANK_BESIDE_YEARS_OF_TIES = [
    (
        "In June 2017 Costa Rica marked ten years of those ties as the first Central American "
        "nation to establish diplomatic relations with China.",
        "first Central American nation",
    ),
    (
        "En junio de 2017 Costa Rica celebró diez años de esos lazos como el primer país "
        "centroamericano en establecer relaciones diplomáticas con China.",
        "primer país centroamericano",
    ),
    (
        "Em junho de 2017 a Costa Rica celebrou dez anos desses laços como o primeiro país "
        "centro-americano a estabelecer relações diplomáticas com a China.",
        "primeiro país centro-americano",
    ),
    # In apposition (main since round 30a leaves such a rank to ties-rank before this line).
    (
        "Costa Rica, the first Central American nation to establish diplomatic relations with "
        "China, celebrated ten years of those ties in June 2017.",
        "first Central American nation",
    ),
    (
        "Costa Rica, el primer país centroamericano en establecer relaciones diplomáticas con "
        "China, celebró diez años de esos lazos en junio de 2017.",
        "primer país centroamericano",
    ),
    (
        "A Costa Rica, o primeiro país centro-americano a estabelecer relações diplomáticas com a "
        "China, celebrou dez anos desses laços em junho de 2017.",
        "primeiro país centro-americano",
    ),
]


@pytest.mark.parametrize(("text", "figure"), RANK_BESIDE_YEARS_OF_TIES)
def test_a_rank_beside_the_years_of_its_ties_is_not_refuted(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert all(f.verdict is not Verdict.CONTRADICTED for f in result.findings), result.reason


# --- ties_rank._tie_of_anaphor: "such a deal" takes up the sentence before -------------------
# Across a paragraph break the sentence before still names the tie (`_tie_of_anaphor__mutmut_26`:
# `<=` refused the paragraph before, and the rank was left unjudged).
ANAPHOR_ACROSS_A_PARAGRAPH = [
    (
        "China and Chile signed a free trade agreement in 2005.\n\nChile was the first Latin "
        "American nation to sign such a deal.",
        "first Latin American nation",
    ),
    (
        "China y Chile firmaron un tratado de libre comercio en 2005.\n\nChile fue el primer país "
        "latinoamericano en firmar un acuerdo de ese tipo.",
        "primer país latinoamericano",
    ),
    (
        "China e Chile assinaram um acordo de livre comércio em 2005.\n\nO Chile foi o primeiro "
        "país latino-americano a assinar um acordo desse tipo.",
        "primeiro país latino-americano",
    ),
]


@pytest.mark.parametrize(("text", "figure"), ANAPHOR_ACROSS_A_PARAGRAPH)
def test_an_anaphor_takes_up_the_tie_of_the_paragraph_before(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.rule_id == "ties-rank"


# The sentence before holds no figure (`_tie_of_anaphor__mutmut_23`: `and` read the first claim
# of an empty list) or names no tie (`_33`: the first of no tie named): the rank is left
# unjudged, the check does not fail.
ANAPHOR_WITH_NOTHING_BEFORE = [
    "China and Chile signed a free trade agreement that November. Chile was the first Latin "
    "American nation to sign such a deal.",
    "Trade between Chile and China reached US$ 30 billion in 2012. Chile was the first Latin "
    "American nation to sign such a deal.",
    "El comercio entre Chile y China llegó a 30.000 millones de dólares en 2012. Chile fue el "
    "primer país latinoamericano en firmar un acuerdo de ese tipo.",
]


@pytest.mark.parametrize("text", ANAPHOR_WITH_NOTHING_BEFORE)
def test_an_anaphor_with_no_tie_before_leaves_the_rank_unjudged(kb, text):
    [rank] = [r for r in check(text, kb) if r.claim.kind.value == "rank"]
    assert rank.verdict is Verdict.UNVERIFIABLE, rank.reason
