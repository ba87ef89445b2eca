"""General readings found on the fresh dev texts 363-366 of the unseen set (branch
issue-15-r32b, round 32b: the China Development Bank's office in Caracas and the Joint
China-Venezuela Fund in 2014, Ecuador's debt to China in 2018, the second anniversary of
Honduras-China ties with the trade of 2024, and China's restructuring of Cuba's debt in 2022),
each with real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the
package's knowledge base.

* The state a ranked partner is set after is ranked above, never whose figures the clause
  tells: "China es el socio comercial más importante de Cuba después de Venezuela, aunque el
  intercambio bajó de más de 2 mil millones de dólares en 2017", "China is Cuba's largest
  trading partner after Venezuela, though trade fell from more than $2 billion in 2017" — main
  read Cuba's trade of 2017 as Venezuela's and bore it out by Venezuela's stored 8.92 billion
  (false "supported", text 366, u6438); in Portuguese ("depois da Venezuela") it saw two
  candidates and left it unjudged. The figure is now Cuba's (nothing stored for the full year
  2017). "After" alone, without a partner noun before it, still tells time (guard); the rank
  itself stays Cuba's (guard).
* A lower bound on one product's trade is not borne out by the whole flow above it: "el café
  vendió más de 14 millones de dólares", "coffee sold more than $14 million", "o café vendeu
  mais de US$ 14 milhões" — main bore each out by Honduras's stored exports to China of 2024
  (37 million) in all three languages (false "supported", text 365, u6432). A product's figure
  was already never refuted; a bound on it is now left unverifiable, with a reason. A bound on
  the whole flow is still borne out (guard).
* "Formalised their relations" dates the diplomatic ties: "los dos países formalizaron sus
  relaciones el 26 de marzo de 2023", "formalized their relations on March 26, 2023",
  "formalizaram suas relações em 26 de março de 2023" — main recognised no metric and left the
  date unjudged (text 365, u6428); the tie cues now hold the verb "formalizar" with relations.
  "Formalizaron sus relaciones comerciales" is no diplomatic tie (guard), and a date the store
  does not hold is not refuted by the new cue (guard).
* The first partner after a state is the second: "China es el principal socio comercial de Cuba
  después de Venezuela", "Cuba's largest trading partner after Venezuela", "o maior parceiro
  comercial de Cuba depois da Venezuela", "después de Estados Unidos y Brasil" (the third) —
  main read the first and bore it out by Cuba's stored first rank (of 2016, and with no year
  by every stored rank), and left 2010's stored second rank unmatched (false "supported", found
  by probing text 366's "el socio comercial más importante de Cuba después de Venezuela", which
  main did not read as a rank). "El segundo socio comercial …, después de Venezuela" stays the
  second; "after 2009" and "tras la firma del TLC" name no state; "the main trading partner of
  South America and, after the United States, the second largest" keeps the first (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- the state a ranked partner is set after --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Noviembre de 2022 — La Habana\n\nChina es el socio comercial más importante de Cuba"
            " después de Venezuela, aunque el intercambio bajó de más de 2 mil millones de dólares"
            " en 2017 a mil 300 millones el año pasado.",
            "más de 2 mil millones de dólares",
        ),
        (
            "November 2022 — Havana\n\nChina is Cuba's largest trading partner after Venezuela,"
            " though trade fell from more than $2 billion in 2017 to $1.3 billion last year.",
            "more than $2 billion",
        ),
        (
            "Noviembre de 2022 — La Habana\n\nChina es el segundo proveedor de Cuba, tras"
            " Venezuela, y el intercambio superó los 2.000 millones de dólares en 2017.",
            "superó los 2.000 millones de dólares",
        ),
    ],
)
def test_the_state_a_ranked_partner_is_set_after_does_not_own_the_figure(text, figure):
    result = one(check(text), figure)
    assert result.claim.entity == "CUB", result.claim.entity
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_the_state_after_depois_da_in_portuguese():
    text = (
        "Novembro de 2022 — Havana\n\nA China é o parceiro comercial mais importante de Cuba"
        " depois da Venezuela, embora o comércio tenha caído de mais de US$ 2 bilhões em 2017"
        " para US$ 1,3 bilhão no ano passado."
    )
    result = one(check(text), "US$ 2 bilhões")
    assert result.claim.entity == "CUB", result.claim.entity
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_the_rank_itself_stays_the_ranked_states():
    # Guard: the rank set after Venezuela is Cuba's, as before.
    text = (
        "November 2022 — Havana\n\nChina is Cuba's largest trading partner after Venezuela,"
        " though trade fell from more than $2 billion in 2017 to $1.3 billion last year."
    )
    result = one(check(text), "largest trading partner")
    assert result.claim.entity == "CUB", result.claim.entity


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "January 2018 — Caracas\n\nAfter Venezuela, trade grew: China's trade with it reached"
            " US$ 8.92 billion in 2017.",
            "US$ 8.92 billion",
        ),
        (
            "Enero de 2018 — Caracas\n\nEl comercio entre China y Venezuela llegó a 8.920 millones"
            " de dólares en 2017.",
            "8.920 millones de dólares",
        ),
    ],
)
def test_a_state_after_a_time_word_without_a_partner_noun_keeps_its_figure(text, figure):
    # Guard: no partner noun before "after": the state is still read, and 2017's 8.92 bears
    # the figure out.
    result = one(check(text), figure)
    assert result.claim.entity == "VEN", result.claim.entity
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a lower bound on one product's trade -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "26 de marzo de 2025 — Tegucigalpa\n\nLas exportaciones hondureñas a China subieron"
            " un 20 %, y el café vendió más de 14 millones de dólares en 2024.",
            "más de 14 millones de dólares",
        ),
        (
            "March 26, 2025 — Tegucigalpa\n\nHonduran exports to China rose 20%, and coffee sold"
            " more than $14 million there in 2024.",
            "more than $14 million",
        ),
        (
            "26 de março de 2025 — Tegucigalpa\n\nAs exportações hondurenhas para a China subiram"
            " 20 %, e o café vendeu mais de US$ 14 milhões em 2024.",
            "mais de US$ 14 milhões",
        ),
        (
            "26 de marzo de 2025 — Tegucigalpa\n\nEn 2024 el café hondureño vendió a China más de"
            " 14 millones de dólares.",
            "más de 14 millones de dólares",
        ),
    ],
)
def test_a_lower_bound_on_one_products_trade_is_not_borne_out_by_the_whole(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "one product's trade" in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "26 de marzo de 2025 — Tegucigalpa\n\nEn 2024 las exportaciones de Honduras a China"
            " superaron los 30 millones de dólares.",
            "superaron los 30 millones de dólares",
        ),
        (
            "March 26, 2025 — Tegucigalpa\n\nIn 2024 Honduras's exports to China topped $30"
            " million.",
            "topped $30 million",
        ),
    ],
)
def test_a_lower_bound_on_the_whole_flow_is_still_borne_out(text, figure):
    # Guard: no product named: 2024's stored 37 million bears the bound out.
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_products_bound_above_the_whole_is_still_never_refuted():
    # Guard: a product's figure was never refuted by the whole; it still is not.
    text = (
        "26 de marzo de 2025 — Tegucigalpa\n\nEn 2024 el café hondureño vendió a China más de"
        " 50 millones de dólares."
    )
    result = one(check(text), "más de 50 millones de dólares")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- "formalised their relations" -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "26 de marzo de 2025 — Tegucigalpa\n\nChina y Honduras celebran el aniversario de sus"
            " relaciones.\n\nEl embajador recordó que los dos países formalizaron sus relaciones el"
            " 26 de marzo de 2023.",
            "marzo de 2023",
        ),
        (
            "March 26, 2025 — Tegucigalpa\n\nHonduras and China formalized their relations on"
            " March 26, 2023.",
            "March 26, 2023",
        ),
        (
            "26 de março de 2025 — Tegucigalpa\n\nHonduras e China formalizaram suas relações em"
            " 26 de março de 2023.",
            "março de 2023",
        ),
    ],
)
def test_formalised_relations_date_the_diplomatic_ties(text, figure):
    result = one(check(text), figure)
    assert result.claim.entity == "HND", result.claim.entity
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "26 de marzo de 2025 — Tegucigalpa\n\nHonduras y China formalizaron sus relaciones"
            " comerciales el 12 de junio de 2023.",
            "junio de 2023",
        ),
        (
            "26 de marzo de 2025 — Tegucigalpa\n\nHonduras y China formalizaron sus relaciones el"
            " 26 de marzo de 2022.",
            "marzo de 2022",
        ),
    ],
)
def test_formalised_trade_relations_or_another_date_are_not_judged(text, figure):
    # Guards: trade relations are no diplomatic tie; another date is left unjudged, as main
    # leaves it.
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- the first partner after a state ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Febrero de 2011 — La Habana\n\nEn 2010, China fue el principal socio comercial de Cuba"
            " después de Venezuela.",
            "principal socio comercial",
        ),
        (
            "February 2011 — Havana\n\nIn 2010 China was Cuba's largest trading partner after"
            " Venezuela.",
            "largest trading partner",
        ),
        (
            "Fevereiro de 2011 — Havana\n\nEm 2010, a China foi o maior parceiro comercial de Cuba"
            " depois da Venezuela.",
            "maior parceiro comercial",
        ),
    ],
)
def test_the_first_partner_after_a_state_is_the_second(text, figure):
    result = one(check(text), figure)
    assert result.claim.value == 2, result.claim.value
    assert result.verdict is Verdict.SUPPORTED, result.reason  # 2010's stored second rank


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Agosto de 2017 — La Habana\n\nEn 2016, China fue el principal socio comercial de Cuba"
            " después de Venezuela.",
            "principal socio comercial",
        ),
        (
            "November 2022 — Havana\n\nChina is Cuba's largest trading partner after Venezuela.",
            "largest trading partner",
        ),
        (
            "Noviembre de 2022 — La Habana\n\nChina es el mayor socio comercial de Cuba, detrás de"
            " Venezuela.",
            "mayor socio comercial",
        ),
    ],
)
def test_the_first_partner_after_a_state_is_not_borne_out_by_a_first_rank(text, figure):
    result = one(check(text), figure)
    assert result.claim.value == 2, result.claim.value
    assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_the_first_partner_after_two_states_is_the_third():
    text = (
        "Febrero de 2011 — Lima\n\nEn 2010, China fue el mayor socio comercial de Perú, después"
        " de Estados Unidos y Brasil."
    )
    assert one(check(text), "mayor socio comercial").claim.value == 3


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        (
            "Febrero de 2011 — La Habana\n\nEn 2010, China fue el segundo socio comercial de Cuba,"
            " después de Venezuela.",
            "segundo socio comercial",
            2,
        ),
        (
            "Agosto de 2017 — La Habana\n\nEn 2016, China fue el principal socio comercial de"
            " Cuba.",
            "principal socio comercial",
            1,
        ),
        (
            "January 2011 — Brasília\n\nChina became Brazil's largest trading partner after 2009.",
            "largest trading partner",
            1,
        ),
        (
            "Febrero de 2011 — Santiago\n\nChina se convirtió en el principal socio comercial de"
            " Chile tras la firma del TLC.",
            "principal socio comercial",
            1,
        ),
        (
            "July 25, 2023 — Caracas\n\nChina is now the main trading partner of South America and,"
            " after the United States, the second largest in Latin America.",
            "main trading partner",
            1,
        ),
        (
            "25 de julio de 2023 — Caracas\n\nChina es hoy el principal socio comercial de"
            " Sudamérica y, después de Estados Unidos, el segundo de América Latina.",
            "principal socio comercial",
            1,
        ),
    ],
)
def test_a_rank_with_no_state_set_before_it_keeps_its_number(text, figure, value):
    # Guards: a second stays the second; a year or an event after "after"/"tras" is no state;
    # a state after a conjunction is set above the next rank, not this one (text 79's shape).
    assert one(check(text), figure).claim.value == value
