"""The date of a named leader's trip, found in the visits table (rule `visit-date`, lead, stop
36; dev misses u904, u2940: main read no metric for "July 2014", "julio de 2014"). Support only:
the table is a partial compilation, so a trip it does not hold is never refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.rules.visit_date import visitor_names
from tests.claims.conftest import one

XI_2014 = [
    (
        "Many of those loans were announced during President Xi Jinping's July 2014 trip to "
        "Latin America.",
        "July 2014",
    ),
    (
        "Wang recordó la idea que el presidente Xi Jinping presentó en julio de 2014 durante su "
        "gira por Latinoamérica.",
        "julio de 2014",
    ),
    (
        "Durante a viagem de Xi Jinping à América Latina em julho de 2014, Pequim anunciou "
        "novos créditos.",
        "julho de 2014",
    ),
]


@pytest.mark.parametrize(("text", "figure"), XI_2014)
def test_a_named_leaders_trip_is_dated_by_the_visits_table(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason == "the visits table dates a visit by Xi Jinping (BRA): 2014-07"
    assert [e.record_id for e in result.findings[0].evidence] == ["xi_bra_2014_07"]


NOT_THE_STORED_TRIP = [
    # another month of the same year
    ("Xi Jinping's June 2014 trip to Latin America brought new loans.", "June 2014"),
    # no visitor named in the sentence
    ("Many loans were announced during the president's July 2014 trip to Latin America.", "July 2014"),
    # another destination than the stored state
    ("Xi Jinping's July 2014 visit to Mexico brought new loans.", "July 2014"),
    # no trip near the date
    ("Xi Jinping spoke of trade in July 2014, and of a visit years later.", "July 2014"),
    # an office, not a person: "President of Uruguay" names no one
    ("El presidente de Uruguay viajó a China en 2016 para firmar la asociación.", "2016"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), NOT_THE_STORED_TRIP)
def test_a_trip_the_table_does_not_hold_is_left_alone(kb, text, figure):
    result = one(check(text, kb), figure)
    assert all(f.rule_id != "visit-date" for f in result.findings), result.reason
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("visitor", "role", "names"),
    [
        ("Xi Jinping", "President of the People's Republic of China", ("Xi Jinping", "Jinping", "Xi")),
        ("Luiz Inácio Lula da Silva", "President of Brazil", ("Luiz Inácio Lula da Silva", "Inácio", "Silva", "Lula")),
        ("Iván Duque", "President of Colombia", ("Iván Duque", "Duque")),
        ("President of Uruguay", "President of Uruguay", ()),
        ("Head of state of Brazil", "Head of state of Brazil", ()),
    ],
)  # fmt: skip
def test_the_names_a_text_calls_a_visitor_by(visitor, role, names):
    assert visitor_names(visitor, role) == names


# The date of a trip beside the sentence's figures is a claim of its own (extract's
# `_date_of_a_trip`; dev misses u2940, u5236: main took it as the figures' period only).
TRIP_BESIDE_FIGURES = [
    (
        "Xi said trade should reach US$ 500 billion within a decade, as he had announced on his "
        "trip to Latin America in 2014.",
        "2014",
    ),
    (
        "Wang dijo que la reunión de dos días llevó a la práctica la idea que el presidente Xi "
        "Jinping presentó en julio de 2014 durante su gira por Latinoamérica.",
        "julio de 2014",
    ),
    (
        "Xi disse desejar que o comércio chegue a US$ 500 bilhões em uma década, como já havia "
        "anunciado em sua viagem à América Latina em 2014.",
        "2014",
    ),
]


@pytest.mark.parametrize(("text", "figure"), TRIP_BESIDE_FIGURES)
def test_a_trips_date_beside_figures_is_a_claim_of_its_own(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.kind.value == "date"
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason == "the visits table dates a visit by Xi Jinping (BRA): 2014-07"


# Guard: a date of no trip beside a figure stays the figure's period, no claim of its own.
def test_a_date_of_no_trip_stays_the_figures_period(kb):
    results = check("In 2014, trade between China and Brazil reached US$ 78 billion.", kb)
    assert [r.claim.text for r in results if r.claim.kind.value == "date"] == []
