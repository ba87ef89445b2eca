"""Tests for the `claims_rules` mutants that survived the twenty-fourth run (issue 17): a seeded
sample of the mutants on the lines added to `claims/rules/` from f8195ef8 to ba9d9c57 (stop 42
and rounds 39a-40c: store-facts' importer's count by origin, yuan rates, round figures and a
figure between two sources; ties-date's row of the very day, a day from the text, the year
naming an agreement, the agreement named by its pair and the recognition as a market economy),
classified in docs/mutation-claims-rules-survivors-s43.md. Real-shaped sentences (our own) in
EN, ES and PT against the package's knowledge base.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.models import Evidence
from tests.claims.conftest import fact, one, tiny_knowledge

# --- ties_date._row_of_the_day: the supported finding, whole ---------------------------------
# Round 40b's tests read the verdict only; the reason names both rows (the very day's, the one
# a day from it) with their labels, and the evidence shows them ("matches", "related"): what a
# reader sees (`_row_of_the_day__mutmut_83`: the row's tier read as "None").
ROW_OF_THE_DAY = [
    (
        "June 2017\n\nOn June 12, Panama announced that it was establishing diplomatic"
        " relations with China and breaking with Taiwan.",
        "June 12",
    ),
    (
        "Junio de 2017\n\nEl 12 de junio, Panamá anunció que establecía relaciones"
        " diplomáticas con China y rompía con Taiwán.",
        "12 de junio",
    ),
    (
        "Junho de 2017\n\nEm 12 de junho, o Panamá anunciou que estabelecia relações"
        " diplomáticas com a China e rompia com Taiwan.",
        "12 de junho",
    ),
]


@pytest.mark.parametrize(("text", "figure"), ROW_OF_THE_DAY)
def test_a_row_of_the_very_day_is_shown_beside_the_row_a_day_from_it(text, figure):
    finding = next(f for f in one(check(text), figure).findings if f.rule_id == "ties-date")
    assert finding.verdict is Verdict.SUPPORTED
    assert finding.reason == (
        "the ties table dates it 2017-06-12 (PAN diplomatic_relations_prc established since"
        " 2017-06-12, weak source [ties:219]), and 2017-06-13 (PAN diplomatic_relations_prc"
        " Relations with the PRC since 2017-06-13, primary source [ties_chinalac:5]) a day from"
        " it"
    )
    assert finding.evidence == (
        Evidence("tie", "ties:219", "web-3be213d77e", "matches", 2017.0, "year", "2017-06-12",
                 "PAN"),
        Evidence("tie", "ties_chinalac:5", "web-f07593dbb1", "related", 2017.0, "year",
                 "2017-06-13", "PAN"),
    )  # fmt: skip


# --- ties_date._a_day_from_the_text: the unjudged day, whole ---------------------------------
# The stop-42 tests read a part of the reason of the claim's result; the finding is the
# ties-date rule's, with the whole reason and the stored row shown as related.
A_DAY_FROM_THE_TEXT = [
    (
        "Ecuador signed its free trade agreement with China on May 10, 2023.",
        "May 10, 2023",
        "2023-05-11, a day from the text's 2023-05-10",
        "ECU fta FTA signed since 2023-05-11, reputable source [ties_chinalac:100;ties:125;"
        "ties:126]",
        Evidence("tie", "ties_chinalac:100;ties:125;ties:126", "web-6403f8de3c", "related", 2023.0,
                 "year", "2023-05-11", "ECU"),
    ),
    (
        "Ecuador firmó el tratado de libre comercio con China el 10 de mayo de 2023.",
        "mayo de 2023",
        "2023-05-11, a day from the text's 2023-05-10",
        "ECU fta FTA signed since 2023-05-11, reputable source [ties_chinalac:100;ties:125;"
        "ties:126]",
        Evidence("tie", "ties_chinalac:100;ties:125;ties:126", "web-6403f8de3c", "related", 2023.0,
                 "year", "2023-05-11", "ECU"),
    ),
    (
        "El Salvador estabeleceu relações diplomáticas com a China em 20 de agosto de 2018.",
        "agosto de 2018",
        "2018-08-21, a day from the text's 2018-08-20",
        "SLV diplomatic_relations_prc Relations with the PRC since 2018-08-21, reputable source"
        " [ties_chinalac:7]",
        Evidence("tie", "ties_chinalac:7", "web-38cc682dc0", "related", 2018.0, "year",
                 "2018-08-21", "SLV"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "dates", "label", "row"), A_DAY_FROM_THE_TEXT)
def test_a_day_from_the_text_is_the_rules_finding_with_the_stored_row(
    text, span, dates, label, row
):
    result = one(check(text, date="2024-03-01"), span)
    finding = next(f for f in result.findings if f.rule_id == "ties-date")
    assert finding.verdict is Verdict.UNVERIFIABLE
    assert finding.reason == (
        f"the ties table dates it {dates}, and one event can fall on two days (time zones, an"
        f" announcement and its communique): {label}"
    )
    assert finding.evidence == (row,)


# --- TiesDate._agreement_of_a_year: the supported finding, whole -----------------------------
# The stop-42 tests read the verdict and whether the reason names a signature; the finding's
# rule, its whole reason and its evidence row ("matches") are what a reader sees.
YEAR_OF_AN_AGREEMENT = [
    (
        "Chile's 2005 free trade agreement with China cut most tariffs.",
        "2005",
        "the FTA was signed 2005-11: CHL fta FTA signed since 2005-11, primary source"
        " [ties_chinalac:118]",
        Evidence("tie", "ties_chinalac:118", "web-821aacbe3e", "matches", 2005.0, "year",
                 "2005-11", "CHL"),
    ),
    (
        "El tratado de libre comercio de 2006 entre Chile y China redujo aranceles.",
        "2006",
        "the ties table dates it 2006-10: CHL fta FTA in force since 2006-10, primary source"
        " [ties_chinalac:119]",
        Evidence("tie", "ties_chinalac:119", "web-821aacbe3e", "matches", 2006.0, "year",
                 "2006-10", "CHL"),
    ),
    (
        "O acordo de livre comércio de 2009 entre o Peru e a China cortou tarifas.",
        "2009",
        "the FTA was signed 2009-04-28: PER fta FTA signed since 2009-04-28, weak source"
        " [ties:241]",
        Evidence("tie", "ties:241", "web-9da07332c7", "matches", 2009.0, "year", "2009-04-28",
                 "PER"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "reason", "row"), YEAR_OF_AN_AGREEMENT)
def test_a_year_naming_the_agreement_shows_the_event_it_bears_out(text, span, reason, row):
    result = one(check(text, date="2024-03-01"), span)
    finding = next(f for f in result.findings if f.rule_id == "ties-date")
    assert finding.verdict is Verdict.SUPPORTED
    assert finding.reason == reason
    assert finding.evidence == (row,)


# --- store_facts._not_refuted: a withheld contradiction, whole -------------------------------
# Stop 42's tests read the verdict and a part of the reason. The one form of every "not called
# contradicted because …" of the rule: the rule's own finding, unverifiable, the reason `why`
# then " — " then the contradiction's own words, and every row the contradiction showed, now
# "related" (not "differs"). Read on the importer's count by origin (Mexico, China Customs'
# 18,794 US$ m of 2023) and on a rate of yuan values (ECLAC's 1.1 % of 2023).
ORIGIN = (
    "not called contradicted because the store holds only China's count for trade_china_imports"
    " · MEX · 2023; the partner's own count is not stored, an importer's count (by origin)"
    " commonly exceeds the exporter's (by destination), and the store's two counts of this"
    " state's trade part by more than a quarter — the store holds 18,794 usd_m 2023 (China"
    " Customs) [figures:349, web-95abd2ac9a]; the text says {} (would need {})"
)
YUAN = (
    "not called contradicted because the text's rate is of values in yuan and the store's of"
    " values in dollars; the two differ by the change of the exchange rate — the store holds 1.1"
    " percent 2023 (ECLAC) [trade_growth_lac_2023_eclac, ChinaFocus2025]; the text says {} (would"
    " need 6.75–6.85)"
)
WITHHELD = [
    (
        "Mexico's exports to China reached US$ 10 billion in 2023.",
        "US$ 10 billion",
        ORIGIN.format("US$ 10 billion", "9.5–10.5"),
        "figures:349",
    ),
    (
        "En 2023, las exportaciones de México a China sumaron 10.000 millones de dólares.",
        "10.000 millones de dólares",
        ORIGIN.format("10.000 millones de dólares", "9,500–10,500"),
        "figures:349",
    ),
    (
        "Em 2023, as exportações do México para a China somaram US$ 11 bilhões.",
        "US$ 11 bilhões",
        ORIGIN.format("US$ 11 bilhões", "10.5–11.5"),
        "figures:349",
    ),
    (
        "Trade between China and Latin America grew 6.8% in yuan terms in 2023.",
        "6.8%",
        YUAN.format("6.8%"),
        "trade_growth_lac_2023_eclac",
    ),
    (
        "El comercio entre China y América Latina sumó 3,44 billones de yuanes en 2023, un 6,8 %"
        " más que el año anterior.",
        "6,8 %",
        YUAN.format("6,8 %"),
        "trade_growth_lac_2023_eclac",
    ),
    (
        "O comércio entre a China e a América Latina cresceu 6,8% em yuans em 2023.",
        "6,8%",
        YUAN.format("6,8%"),
        "trade_growth_lac_2023_eclac",
    ),
]


@pytest.mark.parametrize(("text", "span", "reason", "record"), WITHHELD)
def test_a_withheld_contradiction_keeps_its_words_and_rows_as_related(text, span, reason, record):
    date = "2024-03-01" if "%" in span else "2024-06-15"
    result = one(check(text, date=date), span)
    finding = next(f for f in result.findings if f.rule_id == "store-facts")
    assert finding.verdict is Verdict.UNVERIFIABLE
    assert finding.reason == reason
    assert [(e.record_id, e.relation) for e in finding.evidence] == [(record, "related")]


# --- StoreFacts._judge_exact: a figure between two sources, and within a round figure --------
# Stop 42's and round 40c's tests read the verdict only.
BETWEEN = [
    ("Chinese loans to Latin America totalled US$ 136 billion between 2005 and 2021.",
     "US$ 136 billion"),
    ("Entre 2005 y 2021, los préstamos chinos a América Latina sumaron 136.000 millones de"
     " dólares.", "136.000 millones de dólares"),
    ("Entre 2005 e 2021, os empréstimos chineses à América Latina somaram US$ 136 bilhões.",
     "US$ 136 bilhões"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span"), BETWEEN)
def test_a_figure_between_two_sources_shows_both_as_conflicting(text, span):
    finding = next(
        f for f in one(check(text, date="2024-06-15"), span).findings if f.rule_id == "store-facts"
    )
    assert finding.verdict is Verdict.DISPUTED
    assert finding.reason == (
        "sources disagree on loans_total · LAC · 2005–2021: 138 usd_bn 2005–2021 (CRS)"
        " [loans_total_lac_2005_2021_crs, CRS2022]; about 134 usd_bn 2005-01–2021-12 (BU-IAD CLDB"
        " (via blog)) [figures:11, web-5a89cb455d]"
    )
    assert [(e.record_id, e.relation) for e in finding.evidence] == [
        ("loans_total_lac_2005_2021_crs", "conflicts"),
        ("figures:11", "conflicts"),
    ]


ROUND_FIGURE = [
    ("February 2019\n\nIn 2018, trade between Brazil and China reached US$111.2 billion,"
     " according to Chinese customs.", "US$111.2 billion"),
    ("Febrero de 2019\n\nEn 2018, el comercio entre China y Brasil alcanzó 111.180 millones de"
     " dólares, según la aduana china.", "111.180 millones de dólares"),
    ("1 de fevereiro de 2019\n\nEm 2018, as trocas comerciais entre o Brasil e a China somaram"
     " 110,8 mil milhões de dólares, segundo os Serviços de Alfândega chineses.",
     "110,8 mil milhões de dólares"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span"), ROUND_FIGURE)
def test_a_figure_within_a_round_figure_names_it_and_shows_every_row(text, span):
    finding = next(f for f in one(check(text), span).findings if f.rule_id == "store-facts")
    assert finding.verdict is Verdict.UNVERIFIABLE
    assert finding.reason == (
        "not called contradicted: 110 usd_bn 2018 (China (national data)) [figures:189,"
        " web-cd797e6531] is a round figure whose rounding covers the text's figure — the text"
        f" says {span}, outside the values the sources hold for trade_total · BRA · 2018: 93.13"
        " usd_bn 2018 (Brazil (national data)) [figures:188, web-cd797e6531]; 110 usd_bn 2018"
        " (China (national data)) [figures:189, web-cd797e6531]; 98.7 usd_bn 2018 (not stated"
        " (Reuters, Brazilian Ministry of Economy context)) [figures:190, web-202408ea59]"
    )
    assert [(e.record_id, e.relation) for e in finding.evidence] == [
        ("figures:188", "related"),
        ("figures:189", "related"),
        ("figures:190", "related"),
        ("figures:191", "related"),
    ]


# --- TiesDate._agreement_of_a_year: a state with no FTA --------------------------------------
# The stop-42 tests name only states whose FTA is stored (Chile, Peru). Brazil has none: the
# year names an agreement the store does not hold, and is left unverifiable
# (`_agreement_of_a_year__mutmut_17`: `now is None and now.conflict` reads the conflict of no tie).
NO_FTA = [
    "Brazil's 2009 trade agreement with China cut some tariffs.",
    "El acuerdo de libre comercio de 2009 entre Brasil y China redujo aranceles.",
    "O acordo de livre comércio de 2009 entre o Brasil e a China cortou tarifas.",
]


@pytest.mark.parametrize("text", NO_FTA)
def test_a_year_naming_an_agreement_the_store_does_not_hold_is_unverifiable(text):
    result = one(check(text, date="2024-03-01"), "2009")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert not [f for f in result.findings if f.rule_id == "ties-date"]


# --- StoreFacts._within_round_figure: ten is a round figure ----------------------------------
# Round 40c's figures are of 110 US$ bn; the edge of `value < 10` was never read. A stored 10
# (one source) beside 8.6 (another) covers 9.5-10.5 by its rounding, so 10.3 is not refuted by
# it (`_within_round_figure__mutmut_29`: `value <= 10` leaves 10 no round figure). Inline
# tables: the package holds no such pair.
TEN = [
    ("In 2010, trade between Peru and China reached US$10.3 billion.", "US$10.3 billion"),
    ("En 2010, el comercio entre Perú y China alcanzó 10.300 millones de dólares.",
     "10.300 millones de dólares"),
    ("Em 2010, o comércio entre o Peru e a China chegou a US$ 10,3 bilhões.", "US$ 10,3 bilhões"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span"), TEN)
def test_ten_is_a_round_figure_whose_rounding_covers_the_text(text, span):
    view = tiny_knowledge(
        [
            fact("f1", "trade_total", "PER", "2010", "2010", 8.6, "usd_bn", source="S1"),
            fact("f2", "trade_total", "PER", "2010", "2010", 10, "usd_bn", source="S2"),
        ]
    )
    result = one(check(text, db=view, date="2011-02-01"), span)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.reason.startswith(
        "not called contradicted: 10 usd_bn 2010 [f2, S2] is a round figure whose rounding covers"
        f" the text's figure — the text says {span}, outside the values"
    ), result.reason
