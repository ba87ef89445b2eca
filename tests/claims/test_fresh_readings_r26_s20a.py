"""General readings found on the fresh dev texts 258-261 of the unseen set (round 26a, branch
issue-15-r26-s20a: English pages on Guyana, Trinidad and Tobago, the Caribbean and Peru that the
store took nothing from), each with real-shaped sentences (our own) in EN, ES and PT, checked
against the package's knowledge base.

* A "first" among the states of a subregion whose order the ties table does not settle:
  "Trinidad and Tobago was the first Caribbean nation to sign on to the Belt and Road" was borne
  out by Trinidad and Tobago's dated signature of May 2018, though the table dates the Dominican
  Republic's (and Dominica's, Antigua's, Grenada's) only as "before April 2019" (or October
  2019): they may have signed first. A state dated only by such a later bound now leaves the
  rank unverifiable, unless the table says the state had not joined at a date after the
  candidate's (Barbados: "not joined" in October 2018).
* A figure said of several years running: "Annual trade ... has exceeded US$1 billion for two
  years in a row" (a January 2023 text) was borne out by the 2022 row alone, though the claim
  is as much about 2021, which the store does not hold. "for two years in a row", "for the
  second consecutive year", "por segundo año consecutivo", "pelo segundo ano consecutivo"
  beside a figure now leave it unverifiable (and never contradicted).
* A list with the serial comma: "five areas: political relations, economic cooperation,
  healthcare, human resource and capacity building, and people-to-people contacts" was split at
  every "and" and called inconsistent (six listed). With a comma before the last "and", a bare
  "and" before it may join the words of one item: when the list counted at its commas alone has
  as many items as announced, it is not called inconsistent.
* An anniversary of "China-Guyana relations" (no "diplomatic"): "to mark the 50th anniversary of
  China-Guyana relations" (2022) was not read as the anniversary of the diplomatic tie, and the
  hyphenated pair made China the claim's entity. Relations with China named by an anniversary
  ("of China-Guyana relations", "de las relaciones China-Guyana", "das relações bilaterais") are
  the diplomatic ones (never trade or economic relations), and the state is the one other state
  the sentence names.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- "the first Caribbean nation to sign": an order the table leaves open --------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Trinidad and Tobago was the first Caribbean nation to sign on to the Belt and Road "
            "Initiative with China.",
            "first Caribbean nation",
        ),
        (
            "Trinidad and Tobago was the first Caribbean country to sign a Belt and Road "
            "memorandum with China.",
            "first Caribbean country",
        ),
        (
            "Trinidad y Tobago fue el primer país caribeño en firmar el memorando de la Franja y "
            "la Ruta con China.",
            "primer país caribeño",
        ),
        (
            "Trinidad e Tobago foi o primeiro país caribenho a assinar o memorando da Iniciativa "
            "Cinturão e Rota com a China.",
            "primeiro país caribenho",
        ),
    ],
)
def test_first_is_open_while_a_state_is_dated_only_before_a_later_date(kb, text, figure):
    result = one(check(text, kb, date="2023-01-10"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "the order is not settled" in result.reason


# Guards: an order the bounds cannot upset is still borne out, and so is a first the store
# records as such (Panama's Belt and Road memorandum, a `first_year` fact).
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Cuba was the first Latin American country to establish diplomatic relations with "
            "China.",
            "first Latin American country",
        ),
        (
            "Cuba fue el primer país latinoamericano en establecer relaciones diplomáticas con "
            "China.",
            "primer país latinoamericano",
        ),
        (
            "Cuba foi o primeiro país latino-americano a estabelecer relações diplomáticas com a "
            "China.",
            "primeiro país latino-americano",
        ),
        (
            "Panama, the first country of the region to join the Belt and Road Initiative, "
            "signed up in 2019.",
            "first country",
        ),
        (
            "Panamá, el primer país de la región en sumarse a la Franja y la Ruta, firmó en 2017.",
            "primer país",
        ),
        (
            "O Panamá, o primeiro país da região a aderir à Iniciativa Cinturão e Rota, assinou "
            "em 2017.",
            "primeiro país",
        ),
    ],
)
def test_first_with_no_open_bound_still_supported(kb, text, figure):
    result = one(check(text, kb, date="2023-01-10"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_bound_after_a_known_not_joined_does_not_open_the_order(kb):
    from chinalac.claims.rules.ties_common import Tie
    from chinalac.claims.rules.ties_rank import _may_precede

    mine = Tie("t", "TTO", "bri_mou", "signed", "2018-05-15", False, "")
    barbados = Tie("b", "BRB", "bri_mou", "signed", "2019-04", False, "", before=True)
    dominican = Tie("d", "DOM", "bri_mou", "signed", "2019-04", False, "", before=True)
    assert not _may_precede(kb, barbados, mine)  # "not joined" in 2018-10, after May 2018
    assert _may_precede(kb, dominican, mine)


# --- "for two years in a row": a figure said of each of the years --------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Annual trade between China and Trinidad and Tobago has exceeded US$1 billion for two "
            "years in a row, China's ambassador said.",
            "exceeded US$1 billion",
        ),
        (
            "Trade between China and Trinidad and Tobago topped US$1 billion for the second "
            "consecutive year.",
            "topped US$1 billion",
        ),
        (
            "El comercio entre China y Trinidad y Tobago superó los 1.000 millones de dólares por "
            "segundo año consecutivo.",
            "superó los 1.000 millones de dólares",
        ),
        (
            "O comércio entre a China e Trinidad e Tobago superou US$ 1 bilhão pelo segundo ano "
            "consecutivo.",
            "superou US$ 1 bilhão",
        ),
    ],
)
def test_a_figure_of_several_years_running_is_not_borne_out_by_one(kb, text, figure):
    result = one(check(text, kb, date="2023-01-10"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "years running" in result.reason


# Guards: the same figure for one year is still borne out, and a phrase far from the figure, in
# another clause, does not reach it.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Trade between China and Trinidad and Tobago exceeded US$1 billion in 2022.",
            "exceeded US$1 billion",
        ),
        (
            "El comercio entre China y Trinidad y Tobago superó los 1.000 millones de dólares en "
            "2022.",
            "superó los 1.000 millones de dólares",
        ),
        (
            "O comércio entre a China e Trinidad e Tobago superou US$ 1 bilhão em 2022.",
            "superou US$ 1 bilhão",
        ),
        (
            "For the second year in a row China was Peru's main trading partner, and in 2022 "
            "bilateral trade between Peru and China reached US$34.8 billion, the chamber said.",
            "US$34.8 billion",
        ),
    ],
)
def test_a_figure_of_one_year_still_borne_out(kb, text, figure):
    result = one(check(text, kb, date="2023-01-10"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_running_years_phrases():
    from chinalac.claims.extract import RUNNING_YEARS

    for phrase in (
        "for two years in a row",
        "for the second consecutive year",
        "for the third straight year",
        "two years running",
        "por segundo ano consecutivo",
        "dos anos seguidos",
        "pelo segundo ano consecutivo",
        "dois anos consecutivos",
    ):
        assert RUNNING_YEARS.search(phrase), phrase
    for phrase in ("the second year of the plan", "two years ago", "dos anos despues"):
        assert not RUNNING_YEARS.search(phrase), phrase


# --- the serial comma: "human resource and capacity building, and people-to-people contacts" --


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Cooperation with Guyana has run along five areas: political relations, economic "
            "cooperation, healthcare, human resource and capacity building, and people-to-people "
            "contacts.",
            "five areas",
        ),
        (
            "La cooperación con Guyana abarca cinco áreas: relaciones políticas, cooperación "
            "económica, salud, recursos humanos y formación de capacidades, y contactos entre "
            "pueblos.",
            "cinco áreas",
        ),
        (
            "A cooperação com a Guiana cobre cinco áreas: relações políticas, cooperação "
            "econômica, saúde, recursos humanos e capacitação, e intercâmbio entre povos.",
            "cinco áreas",
        ),
    ],
)
def test_serial_comma_list_counted_at_its_commas(kb, text, figure):
    result = one(check(text, kb, date="2023-01-10"), figure)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


# Guards: a list that matches the count under neither reading is still inconsistent.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Cooperation with Guyana covers three areas: trade, investment, health and education.",
            "three areas",
        ),
        (
            "Cooperation with Guyana covers three areas: trade, investment, health, and education.",
            "three areas",
        ),
        (
            "La cooperación con Guyana abarca tres áreas: comercio, inversión, salud y educación.",
            "tres áreas",
        ),
        (
            "A cooperação com a Guiana cobre três áreas: comércio, investimento, saúde, e educação.",
            "três áreas",
        ),
    ],
)
def test_list_of_another_count_still_inconsistent(kb, text, figure):
    result = one(check(text, kb, date="2023-01-10"), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason


# --- "the 50th anniversary of China-Guyana relations": written once, in
# test_rules_survivors_s27.py (`test_the_anniversary_of_china_guyana_relations_dates_the_diplomatic_tie`,
# EN/ES/PT), inside the mutation selection.

# Guards: trade relations are no diplomatic tie, a wrong anniversary is never refuted, and an
# anniversary of relations with the whole region names no state: written once, in
# test_rules_survivors_s27.py (`test_guard_anniversaries_of_trade_a_wrong_count_or_the_region`),
# inside the mutation selection.
