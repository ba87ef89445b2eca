"""Known gaps of the claims checker closed on branch issue-15-s17c (round 17c, dev half of the
unseen set, no fresh texts). Real-shaped sentences (our own) in EN, ES and PT, checked against
the package's knowledge base.

* A pledge written from the article's date ("China will offer … over the next three years",
  "… over the same three years" after a sentence that wrote "the next three years") is a pledge
  running in the article's year: the figure of a plan that ended before (the 2022–2024 plan's
  5,000 scholarships, in a May 2025 text) is another plan's, `disputed`, not `supported` (dev
  u041). The window never refutes on its own.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a pledge running from the article's date ---------------------------------------------------

NEXT_YEARS = [
    (
        "Beijing, May 2025 — China will offer Latin America and the Caribbean 5,000 government"
        " scholarships over the next three years.",
        "5,000 government scholarships",
    ),
    (
        "Pekín, mayo de 2025 — China ofrecerá a América Latina y el Caribe 5.000 becas"
        " gubernamentales en los próximos tres años.",
        "5.000 becas gubernamentales",
    ),
    (
        "Pequim, maio de 2025 — A China oferecerá à América Latina e ao Caribe 5.000 bolsas de"
        " estudo governamentais nos próximos três anos.",
        "5.000 bolsas",
    ),
]

SAME_YEARS = [
    (
        "Beijing, May 2025 — China opened a credit line for Latin America and the Caribbean.\n\n"
        "Over the next three years China will invite 300 Latin American and Caribbean party"
        " officials on study tours.\n\n"
        "The package also promises 5,000 government scholarships over the same three years.",
        "5,000 government scholarships",
    ),
    (
        "Pekín, mayo de 2025 — China abrió una línea de crédito para América Latina y el"
        " Caribe.\n\n"
        "En los próximos tres años China invitará a 300 dirigentes de partidos latinoamericanos"
        " y caribeños.\n\n"
        "El paquete también promete 5.000 becas gubernamentales en los mismos tres años.",
        "5.000 becas gubernamentales",
    ),
    (
        "Pequim, maio de 2025 — A China abriu uma linha de crédito para a América Latina e o"
        " Caribe.\n\n"
        "Nos próximos três anos a China convidará 300 dirigentes partidários latino-americanos e"
        " caribenhos.\n\n"
        "O pacote também promete 5.000 bolsas de estudo governamentais nos mesmos três anos.",
        "5.000 bolsas",
    ),
]


@pytest.mark.parametrize(("text", "figure"), NEXT_YEARS + SAME_YEARS)
def test_a_pledge_of_the_next_years_is_not_an_ended_plans(text: str, figure: str) -> None:
    result = one(check(text), figure)
    assert (result.verdict, result.rule_id) == (Verdict.DISPUTED, "commitments")
    assert "jap2022_scholarships_5000" in result.reason
    assert "xi_beijing_2025" in result.reason


@pytest.mark.parametrize(("text", "figure"), NEXT_YEARS)
def test_the_running_plans_figure_stays_supported(text: str, figure: str) -> None:
    fixed = figure.replace("5,000", "3,500").replace("5.000", "3.500")
    result = one(check(text.replace(figure, fixed)), fixed)
    assert (result.verdict, result.rule_id) == (Verdict.SUPPORTED, "commitments")
    assert "beijing2025_scholarships_3500" in result.reason


@pytest.mark.parametrize(("text", "figure"), NEXT_YEARS)
def test_the_next_years_from_the_plans_own_date_stay_supported(text: str, figure: str) -> None:
    """December 2021: the 2022–2024 plan is the one running next (guard)."""
    dated = (
        text.replace("May 2025", "December 2021")
        .replace("mayo de 2025", "diciembre de 2021")
        .replace("maio de 2025", "dezembro de 2021")
    )
    result = one(check(dated), figure)
    assert (result.verdict, result.rule_id) == (Verdict.SUPPORTED, "commitments")
    assert "jap2022_scholarships_5000" in result.reason


PAST_PLEDGES = [
    (
        "Beijing, May 2025 — Back then China promised Latin America and the Caribbean 5,000"
        " government scholarships over the next three years.",
        "5,000 government scholarships",
    ),
    (
        "Pekín, mayo de 2025 — Entonces China prometió a América Latina y el Caribe 5.000 becas"
        " gubernamentales en los próximos tres años.",
        "5.000 becas gubernamentales",
    ),
    (
        "Pequim, maio de 2025 — Na época a China prometeu à América Latina e ao Caribe 5.000"
        " bolsas de estudo governamentais nos próximos três anos.",
        "5.000 bolsas",
    ),
]


@pytest.mark.parametrize(("text", "figure"), PAST_PLEDGES)
def test_a_pledge_told_in_the_past_counts_its_years_from_then(text: str, figure: str) -> None:
    """A past pledge's "next three years" start when it was made, not at the article's date:
    no window (guard; the figure stays matched by its metric alone, as before)."""
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(("text", "figure"), NEXT_YEARS)
def test_the_window_alone_never_refutes(text: str, figure: str) -> None:
    """4,000 is no stored pledge's figure: the window tells the running plan (3,500) but a
    pledge of one state, or one not stored, may run in the same years (guard)."""
    fixed = figure.replace("5,000", "4,000").replace("5.000", "4.000")
    result = one(check(text.replace(figure, fixed)), fixed)
    assert result.verdict is not Verdict.CONTRADICTED
