"""Tests for the `claims_rules` mutants of the thirty-first run (issue 17): a seeded sample of the
mutants on the lines added to `claims/rules/` from c62cea13 to be2c122c (stop 51); classified in
docs/mutation-claims-rules-survivors-s52.md. Real-shaped sentences (our own) against the
package's knowledge base.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import checked, one

ONE_EDITION = (
    "the store holds one edition of a database it shows revising its figures for other years"
)

# --- store_facts._one_edition_of_revised_series: only the matched database's own vintages ------
# A figure within the revisions the store shows for one database ("BU-IAD CLDB": 2010, 37 in
# the 2013 vintage and 35.7 in the 2022 one) is not refuted by one edition of that database.
# The revisions are read among the facts of the matched figure's own database only: the 75 bn
# lent from 2005 to 2011 is BU-IAD's 2012 report ("BU-IAD (New Banks in Town, 2012)", a 2012
# vintage), a database the store never shows revising itself, so "US$ 73 billion" (2.7 % off,
# within the CLDB's smallest revision of 3.5 %) is refuted as before.
# `_one_edition_of_revised_series__mutmut_36` (`… != base or amount is None` -> `… != base and
# amount is None`) let the CLDB's vintages into the report's revisions and left it unverifiable.
OTHER_DATABASE = [
    (
        "China's policy banks lent US$ 73 billion to Latin America from 2005 to 2011, according to"
        " the Inter-American Dialogue.",
        "US$ 73 billion",
    ),
    (
        "Los bancos de desarrollo chinos prestaron 73.000 millones de dólares a América Latina de"
        " 2005 a 2011, según el Diálogo Interamericano.",
        "73.000 millones de dólares",
    ),
    (
        "Os bancos de fomento chineses emprestaram US$ 73 bilhões à América Latina de 2005 a 2011,"
        " segundo o Diálogo Interamericano.",
        "US$ 73 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "span"), OTHER_DATABASE)
def test_another_databases_revisions_do_not_spare_a_figure(text, span):
    result = checked(text, span, date="2012-03-01")
    assert result.claim.metric == "loans_total"
    assert result.claim.period is not None
    assert (result.claim.period.start_year, result.claim.period.end_year) == (2005, 2011)
    assert result.verdict is Verdict.CONTRADICTED
    assert ONE_EDITION not in result.reason
    assert "75 usd_bn 2005-01–2011-12 (BU-IAD (New Banks in Town, 2012))" in result.reason


# --- meeting_ordinal._placed_elsewhere: the meeting shown is the claim's own -------------------
# A meeting placed where its stored row does not hold it is left unjudged, the stored meeting
# shown: its ordinal, its row as the evidence. `_placed_elsewhere__mutmut_13` (`m[2] == label` ->
# `m[2] != label`) took the first stored meeting of another label: "the 1st meeting is 2nd
# Ministerial Meeting …", the first meeting's row as the evidence (the verdict unchanged).
MEETING_ELSEWHERE = [
    (
        "The second ministerial meeting of the China-CELAC Forum was held in Brasilia in 2018.",
        "second ministerial meeting",
        "the 2nd meeting is 2nd Ministerial Meeting of the China-CELAC Forum, 2018-01-22, Santiago,"
        " Chile; the sentence places it in Brasilia",
    ),
    (
        "La IV Reunión Ministerial del Foro China-CELAC se celebró en Buenos Aires en mayo de 2025.",
        "IV Reunión Ministerial",
        "the 4th meeting is 4th Ministerial Meeting of the China-CELAC Forum, 2025-05-13, Beijing,"
        " China; the sentence places it in Buenos Aires",
    ),
    (
        "A 2ª Reunião Ministerial do Fórum China-CELAC foi realizada em Lima, em janeiro de 2018.",
        "2ª Reunião Ministerial",
        "the 2nd meeting is 2nd Ministerial Meeting of the China-CELAC Forum, 2018-01-22, Santiago,"
        " Chile; the sentence places it in Lima",
    ),
]


@pytest.mark.parametrize(("text", "span", "reason"), MEETING_ELSEWHERE)
def test_a_meeting_placed_elsewhere_shows_its_own_stored_row(text, span, reason):
    result = checked(text, span, date="2025-06-01")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert result.reason == reason
    label = reason.split(" is ", 1)[1].split("; the sentence", 1)[0]
    assert [(e.relation, e.note) for e in result.evidence] == [("related", label)]


# --- ties_date: the reason of a date only the row flagged as conflicting gives -----------------
# "Panama joined the Belt and Road Initiative in December 2018": the principal row dates the
# memorandum 2017-11-17, a row flagged CONFLICT (DW) 2018-12-03; disputed, both shown, the
# principal row as related evidence and the rival as conflicting. `TiesDate._judge__mutmut_383`
# garbled the reason's "conflicting dates it " (the dates alone were read).
PANAMA_ROW = "PAN bri_mou Belt and Road MoU signed since 2017-11-17, weak source [ties:215]"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Panama joined the Belt and Road Initiative in December 2018.", "December 2018"),
        ("Panamá se sumó a la Franja y la Ruta en diciembre de 2018.", "diciembre de 2018"),
        ("O Panamá aderiu à Iniciativa Cinturão e Rota em 2018.", "2018"),
    ],
)
def test_a_date_the_conflicting_row_gives_is_disputed_in_words(text, span):
    result = checked(text, span, date="2025-06-01")
    assert result.verdict is Verdict.DISPUTED
    assert result.reason == (
        f"the ties table dates it 2017-11-17 ({PANAMA_ROW}); a row flagged as conflicting dates"
        " it 2018-12-03"
    )
    assert [e.relation for e in result.evidence] == ["related", "conflicts"]


# --- ties_date._ended_since: a refuted "since" cites the row of the break -----------------------
# "Saint Lucia has recognised Beijing since 1997": refuted by the sourced row of Saint Lucia's
# return to Taipei in 2007, which the finding cites as the record that differs.
# `_ended_since__mutmut_92` dropped the evidence (a verdict of "contradicted" citing no record).
BROKEN_SINCE = [
    ("Saint Lucia has recognised Beijing since 1997.", "1997", "ties:262"),
    ("Santa Lucía mantiene relaciones diplomáticas con China desde 1997.", "1997", "ties:262"),
    ("Granada tem relações diplomáticas com a China desde 1985.", "1985", "ties:147"),
    ("Panama has been part of the Belt and Road since 2017.", "2017", "ties_chinalac:107"),
]


@pytest.mark.parametrize(("text", "span", "row"), BROKEN_SINCE)
def test_a_since_refuted_by_a_break_cites_the_breaks_row(text, span, row):
    result = checked(text, span, date="2025-06-01")
    assert result.verdict is Verdict.CONTRADICTED
    assert [(e.kind, e.record_id, e.relation) for e in result.evidence] == [("tie", row, "differs")]
    assert f"[{row}]" in result.reason


# A break that is not refuted (it rests on a weak row, or the article's date is unknown) is
# shown: the row of the break cited as related, the reason saying why it is not refuted.
@pytest.mark.parametrize(
    ("text", "date", "row", "why"),
    [
        (
            "Nicaragua has maintained diplomatic relations with China since 1985.",
            "2025-06-01",
            "ties:213",
            "the break rests on a weak source",
        ),
        (
            "Nicaragua mantiene relaciones diplomáticas con China desde 1985.",
            "2025-06-01",
            "ties:213",
            "the break rests on a weak source",
        ),
        (
            "Saint Lucia has recognised Beijing since 1997.",
            None,
            "ties:262",
            "the article's date is unknown",
        ),
    ],
)
def test_a_since_shown_beside_a_break_cites_the_breaks_row(text, date, row, why):
    (result,) = [r for r in check(text, date=date) if r.claim.kind.value == "date"]
    assert result.verdict is Verdict.UNVERIFIABLE
    assert result.reason.startswith(f"not called contradicted because {why}: the text has the tie")
    assert [(e.kind, e.record_id, e.relation) for e in result.evidence] == [("tie", row, "related")]


# --- ties_date: a month inside a year-only tie cites the row that matches ----------------------
# Venezuela's comprehensive strategic partnership is stored as "2014" (year only): "July 2014"
# is borne out at the row's precision, the row cited as the record that matches.
# `TiesDate._judge__mutmut_152` (`in_year.evidence("matches")` -> `evidence(None)`) cited it with
# no relation.
MONTH_IN_YEAR_ROW = [
    (
        "Mayo de 2025\n\nVenezuela y China establecieron la Asociación Estratégica Integral el 14"
        " de julio de 2014.",
        "julio de 2014",
    ),
    (
        "May 2025\n\nVenezuela and China established a comprehensive strategic partnership in"
        " July 2014.",
        "July 2014",
    ),
    (
        "Maio de 2025\n\nA Venezuela e a China estabeleceram a Parceria Estratégica Integral em"
        " julho de 2014.",
        "julho de 2014",
    ),
]


@pytest.mark.parametrize(("text", "span"), MONTH_IN_YEAR_ROW)
def test_a_month_inside_a_year_only_tie_cites_the_matching_row(text, span):
    result = one(check(text), span)
    assert result.verdict is Verdict.SUPPORTED
    assert result.reason == (
        "the ties table dates it 2014 (the year only, which 2014-07 falls in): VEN partnership"
        " Comprehensive strategic partnership since 2014, weak source [ties:312]"
    )
    assert [(e.kind, e.record_id, e.relation) for e in result.evidence] == [
        ("tie", "ties:312", "matches")
    ]


# --- store_facts._one_edition_of_revised_series: the finding is store-facts' -------------------
# "The $ 6.2 billion they lent in 2017", told from the 2019 release, against the 2022 vintage's
# 6.3: unverifiable, store-facts' finding, the stored edition cited as related.
# `_one_edition_of_revised_series__mutmut_109` gave the finding the rule id "STORE-FACTS".
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "China's two policy banks lent $ 6.2 billion to Latin America in 2017, according to"
            " the Inter-American Dialogue.",
            "$ 6.2 billion",
        ),
        (
            "Os dois bancos de fomento chineses emprestaram US$ 6,2 bilhões à América Latina em"
            " 2017, segundo o Diálogo Interamericano.",
            "US$ 6,2 bilhões",
        ),
    ],
)
def test_one_edition_of_a_revised_series_is_store_facts_finding(text, span):
    result = checked(text, span, date="2019-02-20")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert result.rule_id == "store-facts"
    assert result.reason.startswith(f"not called contradicted ({ONE_EDITION}): the store holds 6.3")
    assert [e.relation for e in result.evidence] == ["related"]


# --- ties_rank.century_start: the century bound is read up to the clause's semicolon -----------
# "the first … in the 21st century" ranks the century's ties (round r54a); a century named after
# a semicolon belongs to another clause. Costa Rica (2007) is then not borne out as the first of
# Central America: the table puts Nicaragua's relations of 1985 first (a weak row; shown, not
# borne out). `century_start__mutmut_18` searched past the semicolon and bore it out.
CENTURY_AFTER_A_SEMICOLON = [
    (
        "San José, June 2022\n\nCosta Rica was the first country in the Central American region to"
        " establish diplomatic relations with China; in the 21st century, Panama, El Salvador and"
        " Nicaragua followed.",
        "first country",
    ),
    (
        "San José, junio de 2022\n\nCosta Rica fue el primer país centroamericano en establecer"
        " relaciones diplomáticas con China; en el siglo XXI lo siguieron Panamá, El Salvador y"
        " Nicaragua.",
        "primer país centroamericano",
    ),
    (
        "San José, junho de 2022\n\nA Costa Rica foi o primeiro país centro-americano a estabelecer"
        " relações diplomáticas com a China; no século XXI, seguiram-na o Panamá, El Salvador e a"
        " Nicarágua.",
        "primeiro país centro-americano",
    ),
]


@pytest.mark.parametrize(("text", "span"), CENTURY_AFTER_A_SEMICOLON)
def test_a_century_after_a_semicolon_does_not_bound_the_rank(text, span):
    result = one(check(text), span)
    assert result.rule_id == "ties-rank"
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "NIC diplomatic_relations_prc" in result.reason and "CRI at 2007-06-01" in result.reason
