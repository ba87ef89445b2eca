"""Tests for the `claims_rules` mutants that survived the twenty-fifth run (issue 17): a seeded
sample of the mutants on the lines added to `claims/rules/` from ba9d9c57 to fa293e57 (stops
43-44 and rounds 41a-45c: growth-rate's rate beside the two levels it compares, parts-total's
balance of the wrong sign, plan-span, store-facts' figure set against another count and its
count since a year to the year before the last, ties-date's count of years near a tie and "N
years later", partner-rank's undated rank, and others), classified in
docs/mutation-claims-rules-survivors-s45.md. Real-shaped sentences (our own) in EN, ES and PT
against the package's knowledge base.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- PartsTotal._against_sign: one pair of flows in the paragraph ----------------------------
# Round 44c's tests name one pair of flows; the wrong sign is read only when the paragraph holds
# no other pair of that state and period (`_against_sign__mutmut_10`: the pairs counted on the
# imports alone). A second figure of Brazil's imports from China whose pair gives the surplus
# leaves it borne out by that pair: not inconsistent.
ANOTHER_PAIR = [
    (
        "May 4, 2009\n\nFrom January to April, Brazil's exports to China were US$5.627 billion"
        " and its imports from China US$6.841 billion, leaving Brazil a surplus of US$1 billion."
        " A first estimate had put Brazil's imports from China from January to April at US$4.6"
        " billion.",
        "US$1 billion",
    ),
    (
        "4 de mayo de 2009\n\nDe enero a abril, las exportaciones de Brasil a China sumaron US$"
        " 5.627 millones y las importaciones desde China, US$ 6.841 millones, con un superávit"
        " de US$ 1.200 millones para Brasil. Una primera estimación situaba las importaciones de"
        " Brasil desde China de enero a abril en US$ 4.400 millones.",
        "US$ 1.200 millones",
    ),
    (
        "4 de maio de 2009\n\nDe janeiro a abril, as exportações do Brasil para a China foram de"
        " US$ 5,627 bilhões e as importações de produtos chineses, de US$ 6,841 bilhões, o que"
        " deixou aos brasileiros um superávit de US$ 1 bilhão. Uma primeira estimativa dava"
        " importações do Brasil desde a China de US$ 4,6 bilhões de janeiro a abril.",
        "US$ 1 bilhão",
    ),
]


@pytest.mark.parametrize(("text", "figure"), ANOTHER_PAIR)
def test_a_balance_is_not_read_against_its_sign_beside_another_pair_of_flows(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason
    assert all(f.rule_id != "parts-total" for f in result.findings)


# --- ties_date._date_of_another_event: an approval, not any relative clause ------------------
# Round 44b reads a date in a relative clause as the ratification of a free trade agreement the
# sentence names only when the clause has a verb of approval ("que la Asamblea aprobó en
# febrero"); any other relative clause still dates another thing than the tie
# (`_date_of_another_event__mutmut_29`: either the verb or the agreement named, which refuted the
# year of a promise by the signature of 2023).
RELATIVE_CLAUSE_OF_AN_FTA = [
    "Ecuador signed a free trade agreement with China, which Lasso had promised in 2021.",
    "Ecuador firmó un tratado de libre comercio con China, que Lasso había prometido en 2021.",
    "O Equador assinou um acordo de livre comércio com a China, que Lasso havia prometido em 2021.",
]


@pytest.mark.parametrize("text", RELATIVE_CLAUSE_OF_AN_FTA)
def test_a_year_in_a_relative_clause_without_an_approval_is_another_events(text):
    result = one(check(text, date="2024-03-01"), "2021")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert all(f.rule_id != "ties-date" for f in result.findings)


# --- PolicyPaper.check: the paper taken up from at most three sentences back -----------------
# Round 45b's tests take the paper up from the sentence just before; "the document" reaches back
# PAPER_REACH (3) prose sentences, no further (`PolicyPaper.check__mutmut_42`: every sentence
# before, which bore out a "third" four sentences after the paper).
PAPER_NAMED = {
    "en": "December 11, 2025\n\nChina published its Policy Paper on Latin America and the"
    " Caribbean this week.",
    "es": "11 de diciembre de 2025\n\nChina publicó esta semana su Documento de Política sobre"
    " América Latina y el Caribe.",
    "pt": "11 de dezembro de 2025\n\nA China publicou esta semana o seu Documento sobre a"
    " Política para a América Latina e o Caribe.",
}
BETWEEN = {
    "en": " Trade between the two sides has grown fast. Chinese banks have lent widely in the"
    " region. Mining firms have followed them.",
    "es": " El comercio entre las dos partes ha crecido mucho. Los bancos chinos han prestado en"
    " toda la región. Las mineras los han seguido.",
    "pt": " O comércio entre as duas partes cresceu muito. Os bancos chineses emprestaram em toda"
    " a região. As mineradoras os seguiram.",
}
TAKEN_UP = {
    "en": (" The document is the third of its kind.", "third"),
    "es": (" El documento es el tercero de su tipo.", "tercero"),
    "pt": (" O documento é o terceiro de seu tipo.", "terceiro"),
}


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_the_document_takes_up_no_paper_named_four_sentences_before(lang):
    sentence, figure = TAKEN_UP[lang]
    result = one(check(PAPER_NAMED[lang] + BETWEEN[lang] + sentence), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert all(f.rule_id != "policy-paper" for f in result.findings)


def test_the_document_takes_up_the_paper_named_three_sentences_before():
    between = " Chinese banks have lent widely in the region. Mining firms have followed them."
    result = one(check(PAPER_NAMED["en"] + between + TAKEN_UP["en"][0]), "third")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason == (
        "the documents table dates China's third policy paper on Latin America and the"
        " Caribbean 2025-12"
    )


# --- PartnerRank._judge: an undated text's rank, the finding whole ---------------------------
# The lead's stop-44 tests read the verdict and a part of the reason; the reason names the
# metric, the state and "no period stated" (`PartnerRank._judge__mutmut_93`: "no stored rank for
# None"), and the latest stored rank is shown as related, not as a match.
UNDATED_RANK = [
    ("Today China is Brazil's largest trading partner.", "largest trading partner"),
    ("Hoy China es el mayor socio comercial de Brasil.", "mayor socio comercial"),
    ("Hoje a China é o maior parceiro comercial do Brasil.", "maior parceiro comercial"),
]


@pytest.mark.parametrize(("text", "rank"), UNDATED_RANK)
def test_an_undated_texts_rank_names_what_was_looked_for_and_the_latest_row(text, rank):
    finding = next(f for f in one(check(text), rank).findings if f.rule_id == "partner-rank")
    assert finding.verdict is Verdict.UNVERIFIABLE
    assert finding.reason == (
        "no stored rank for china_partner_rank · BRA · no period stated: the text gives no date,"
        " and ranks change; the latest stored is 1 rank 2024 (UN data (per CRI))"
        " [figures:128, web-177b0fd036]"
    )
    assert [
        (e.record_id, e.source_id, e.relation, e.value, e.period) for e in finding.evidence
    ] == [("figures:128", "web-177b0fd036", "related", 1.0, "2024")]


# --- GrowthRate._rate_beside_compared_levels: only levels set against each other -------------
# The lead's stop-43 tests set the two levels against each other ("ante", "frente a",
# "against"); two levels of one flow not so compared are no pair for the rate
# (`_rate_beside_compared_levels__mutmut_58`: either condition enough, which called "rose 25% in
# 2016" inconsistent with 2016 against 2014, two years apart).
LEVELS_NOT_COMPARED = [
    "Peru's exports to China rose 25% in 2016 to US$ 8.5 billion; in 2014 they had been US$ 7.4"
    " billion.",
    "Las exportaciones de Perú a China subieron un 25% en 2016, hasta 8.500 millones de dólares;"
    " en 2014 habían sido 7.400 millones de dólares.",
    "As exportações do Peru para a China subiram 25% em 2016, para US$ 8,5 bilhões; em 2014"
    " tinham sido US$ 7,4 bilhões.",
]


@pytest.mark.parametrize("text", LEVELS_NOT_COMPARED)
def test_a_rate_is_not_read_against_levels_the_text_does_not_compare(text):
    result = one(check(text, date="2017-03-25"), "25%")
    assert result.verdict is not Verdict.INCONSISTENT, result.reason
    assert all(f.rule_id != "growth-rate" for f in result.findings)
