"""A state's trade with China counted by one side only is not refuted by that side's count.

China's customs and the partner's own statistics count the same trade their own way (CIF and
FOB, goods routed through third places, timing): their totals commonly lie 5–25 % apart. Main
held Brazil's count of its 2022 trade with China (150.4 billion) and refuted China's customs
count (171.49 billion): "In 2022, trade between China and Brazil reached US$ 171.5 billion",
true, was called contradicted. Now (round 35) China's customs counts are stored beside the
partners' for fourteen states (data/figures/figures_additions.csv), and a bilateral figure is
called contradicted only when the store holds both sides' counts for the state and period, or
when the figure lies more than a quarter from every stored value; with one side held and the
figure up to 25 % off, it is unverifiable, and the reason names the side that is missing. A
figure near the only count it is compared with is no surer a slip of that count than the other
side's, a revision or another agency's (the lead, stop 35: "US$ 36,1 bilhões" for 2009 is
Brazil's own count against a stored 36.7 of no stated side), so it is not refuted either.

Each case is a real-shaped sentence (our own) checked against the package's knowledge base.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# China's customs count for 2022 (171.49, MOFCOM and the foreign ministry; 171.345, Xinhua)
# beside the 150.4 the store held before: the sources disagree, the text is not refuted.
BRAZIL_2022 = [
    ("In 2022, trade between China and Brazil reached US$ 171.5 billion.", "US$ 171.5 billion"),
    (
        "En 2022, el comercio entre China y Brasil alcanzó los 171.490 millones de dólares.",
        "171.490 millones de dólares",
    ),
    (
        "Em 2022, o comércio entre o Brasil e a China somou US$ 171,49 bilhões.",
        "US$ 171,49 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), BRAZIL_2022)
def test_chinas_customs_count_of_2022_is_not_refuted_by_brazils(kb, text, figure):
    result = one(check(text, db=kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert "171.49" in result.reason and "150.4" in result.reason


# (sentence, figure, the words of the reason that name what the store holds)
ONE_SIDE = [
    # Brazil 2023: the store holds 157 from a page that names no side (CRI); 181.5 is China's
    # customs count.
    (
        "In 2023, trade between Brazil and China reached US$ 181.5 billion.",
        "US$ 181.5 billion",
        "no count for trade_total · BRA · 2023 known to be China's",
    ),
    (
        "En 2023, el comercio entre Brasil y China alcanzó 181.500 millones de dólares.",
        "181.500 millones de dólares",
        "no count for trade_total · BRA · 2023 known to be China's",
    ),
    (
        "Em 2023, o comércio entre o Brasil e a China somou US$ 181,5 bilhões.",
        "US$ 181,5 bilhões",
        "no count for trade_total · BRA · 2023 known to be China's",
    ),
    # Brazil 2020: only Secex's 101.728 is stored; 120.3 is 18 % above it.
    (
        "In 2020, trade between Brazil and China reached US$ 120.3 billion.",
        "US$ 120.3 billion",
        "only the partner's own count for trade_total · BRA · 2020; China's customs count",
    ),
    (
        "Em 2020, o comércio entre o Brasil e a China somou US$ 120,3 bilhões.",
        "US$ 120,3 bilhões",
        "only the partner's own count for trade_total · BRA · 2020; China's customs count",
    ),
    # Chile 2021 and Mexico 2021: only China's side's count is stored (65.81, GACC; 86.6, MOFCOM).
    (
        "En 2021, el comercio entre China y Chile alcanzó 60.000 millones de dólares.",
        "60.000 millones de dólares",
        "only China's count for trade_total · CHL · 2021; the partner's own count",
    ),
    (
        "In 2021, trade between China and Mexico reached US$ 105 billion.",
        "US$ 105 billion",
        "only China's count for trade_total · MEX · 2021; the partner's own count",
    ),
    (
        "En 2021, el comercio entre China y México alcanzó 105.000 millones de dólares.",
        "105.000 millones de dólares",
        "only China's count for trade_total · MEX · 2021; the partner's own count",
    ),
]


@pytest.mark.parametrize(("text", "figure", "held"), ONE_SIDE)
def test_a_figure_off_the_one_side_held_is_unverifiable_naming_the_missing_side(
    kb, text, figure, held
):
    result = one(check(text, db=kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.reason.startswith("not called contradicted because the store holds"), (
        result.reason
    )
    assert held in result.reason
    assert "commonly differ by up to a quarter" in result.reason


# Guards: what must still be refuted.
STILL_REFUTED = [
    # Both sides held: Brazil's 2022 exports to China, 89.4 (MDIC) and 109.52 (China Customs);
    # Uruguay's, 3,675 (its customs) and 4,457 (China Customs). A figure off both is refuted.
    ("Brazil's exports to China totalled US$ 80 billion in 2022.", "US$ 80 billion"),
    ("Em 2022, as exportações do Brasil para a China somaram US$ 80 bilhões.", "US$ 80 bilhões"),
    ("En 2022, Uruguay exportó a China 3.000 millones de dólares.", "3.000 millones de dólares"),
    # One side held, but the figure is far off it (60 % below China's 65.81; 59 % above 157).
    ("In 2021, trade between China and Chile reached US$ 26 billion.", "US$ 26 billion"),
    ("Em 2023, o comércio entre o Brasil e a China somou US$ 250 bilhões.", "US$ 250 bilhões"),
    (
        "En 2023, el comercio entre Brasil y China alcanzó 250.000 millones de dólares.",
        "250.000 millones de dólares",
    ),
    ("In 2021, trade between China and Mexico reached US$ 200 billion.", "US$ 200 billion"),
]

# One side held and the figure within 5 % of it: not refuted either (36.7 for 2009, of no stated
# side; 1.8 bn for Cuba 2010, China's count).
NEAR_ONE_SIDE = [
    ("Em 2009, o comércio entre Brasil e China somou US$ 35,5 bilhões.", "US$ 35,5 bilhões"),
    ("In 2009, trade between Brazil and China totalled US$ 36.1 billion.", "US$ 36.1 billion"),
    (
        "En 2010, el comercio entre Cuba y China llegó a 1.830 millones de dólares.",
        "1.830 millones de dólares",
    ),
]


@pytest.mark.parametrize(("text", "figure"), NEAR_ONE_SIDE)
def test_a_figure_near_the_only_count_held_is_not_refuted(kb, text, figure):
    result = one(check(text, db=kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "not called contradicted because the store holds" in result.reason


@pytest.mark.parametrize(("text", "figure"), STILL_REFUTED)
def test_a_figure_off_both_sides_or_far_off_one_is_still_contradicted(kb, text, figure):
    result = one(check(text, db=kb), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_figure_of_one_side_beside_the_other_sides_count_stays_disputed(kb):
    # The convention of the checker: reporters that disagree make a figure within their
    # spread disputed, both named (Uruguay's own 3,675 beside China's customs 4,457).
    text = "En 2022, las exportaciones de Uruguay a China sumaron 3.675 millones de dólares."
    result = one(check(text, db=kb), "3.675 millones de dólares")
    assert result.verdict is Verdict.DISPUTED, result.reason
    assert "3,675" in result.reason and "4,457" in result.reason


@pytest.mark.parametrize(
    ("reporter", "side"),
    [
        ("China Customs (via Xinhua)", "china"),
        ("MOFCOM spokesperson Gao Feng (via CCTV)", "china"),
        ("Chinese ambassador Zhang Run (via Xinhua, Listín Diario)", "china"),
        ("MDIC (Brazil)", "partner"),
        ("Dirección Nacional de Aduanas, Uruguay (via Montevideo Portal)", "partner"),
        ("T&T ambassador to China", "partner"),
        ("not stated (Agenzia Nova)", "unknown"),
        ("IMF (DOTS)", "unknown"),
        ("", "unknown"),
    ],
)
def test_whose_count_a_reporter_gives(reporter, side):
    from chinalac.domain.figures import count_side  # new in round 35

    assert count_side(reporter) == side
