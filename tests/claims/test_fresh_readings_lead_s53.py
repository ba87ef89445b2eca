"""Readings the lead found at stop 53 by probing the checker with sentences of our own (real
dates from the store; the sentences are ours): Panama's Belt and Road memorandum (2017-11-17,
a row flagged as conflicting dates it 2018-12-03) and its withdrawal (announced 2025-02)."""

from __future__ import annotations

import pytest

from chinalac.claims.models import Verdict
from tests.claims.conftest import checked

# --- the date of a withdrawal from the Belt and Road -------------------------------------------
# "Panama withdrew from the Belt and Road Initiative in February 2025": main read no event in
# "withdrew", "abandonó", "saiu" and left the date unread; with a second date in the sentence
# ("joined … in 2017 but withdrew in 2025") it read the second as another event's. The date of
# a leaving is borne out by the spell of no participation the ties table dates then.
WITHDRAWN = [
    ("Panama withdrew from the Belt and Road Initiative in February 2025.", "February 2025"),
    ("In February 2025 Panama said it would leave the Belt and Road pact.", "February 2025"),
    (
        "Panama joined the Belt and Road in 2017 but withdrew from it in February 2025.",
        "February 2025",
    ),
    ("Panamá abandonó la Franja y la Ruta en febrero de 2025.", "febrero de 2025"),
    ("Panamá se adhirió a la Franja y la Ruta en 2017, pero se retiró en 2025.", "2025"),
    (
        "La salida de Panamá de la Franja y la Ruta, anunciada en febrero de 2025, sorprendió.",
        "febrero de 2025",
    ),
    ("O Panamá saiu da Iniciativa Cinturão e Rota em fevereiro de 2025.", "fevereiro de 2025"),
    ("O Panamá aderiu à Nova Rota da Seda em 2017 e saiu dela em 2025.", "2025"),
]


@pytest.mark.parametrize(("text", "span"), WITHDRAWN)
def test_the_date_of_a_withdrawal_from_the_belt_and_road_is_borne_out(text, span):
    result = checked(text, span, date="2025-05-20")
    assert result.verdict is Verdict.SUPPORTED
    assert "2025-02" in result.reason
    assert "ties_chinalac:107" in result.reason  # the withdrawal's row, not the memorandum's


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a leaving the table does not date: never refuted by the memorandum's date
        ("Panama left the Belt and Road in 2023.", "2023"),
        ("Panama quit the Belt and Road in 2017.", "2017"),
        ("Panamá se retiró de la Franja y la Ruta en 2018.", "2018"),
        ("O Panamá deixou a Nova Rota da Seda em 2017.", "2017"),
        # a state the table records no leaving for
        ("Argentina joined the Belt and Road in 2022 but left in 2024.", "2024"),
    ],
)
def test_a_withdrawal_the_table_does_not_date_is_never_judged(text, span):
    assert checked(text, span, date="2025-05-20").verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "span", "verdict"),
    [
        # the joining in the same sentence is still the memorandum's date
        ("Argentina joined the Belt and Road in 2022 but left in 2024.", "2022", Verdict.SUPPORTED),
        ("Uruguay joined the Belt and Road in 2016.", "2016", Verdict.CONTRADICTED),
        # a "left" that is no leaving of the initiative: the signing is still judged
        (
            "Argentina signed the Belt and Road memorandum in 2019, before Fernández left for Beijing.",
            "2019",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_the_joining_is_still_judged_beside_a_withdrawal(text, span, verdict):
    assert checked(text, span, date="2025-05-20").verdict is verdict
