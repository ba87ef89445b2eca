"""General readings found on the fresh dev texts 242-245 of the unseen set (branch
issue-15-s24e: Venezuela, Nicaragua, Guatemala and Paraguay), each with real-shaped sentences
(our own) in Spanish and Portuguese, where the pattern is written, checked against the package's
knowledge base; English guards.

* An amount written out to the unit after the millions word is one number: "983 millones 649 mil
  600 dólares", "34 millones 877 mil", "4 mil 122 milhões 649 mil dólares" (main read the millions
  with no currency and, beside them, an amount of 649,600 dollars or a count of 877 thousand).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- thousands and units after the millions word -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "De acuerdo con el Banco de Guatemala, en 2023 China vendió productos a Guatemala"
            " valorados en 4 mil 122 millones 649 mil 600 dólares.",
            "4 mil 122 millones 649 mil 600 dólares",
        ),
        (
            "Según el Banco de Guatemala, en 2023 las importaciones de Guatemala desde China"
            " sumaron 4122 millones 300 mil dólares.",
            "4122 millones 300 mil dólares",
        ),
        (
            "Segundo o Banco da Guatemala, em 2023 as importações da Guatemala vindas da China"
            " somaram 4 mil 122 milhões 649 mil dólares.",
            "4 mil 122 milhões 649 mil dólares",
        ),
    ],
)
def test_millions_then_thousands_are_one_amount(kb, text, figure):
    result = one(check(text, kb, date="2024-03-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        (
            "En 2010 China vendió productos a Guatemala valorados en 983 millones 649 mil 600"
            " dólares, mientras que importó mercancías chapinas por un monto de 34 millones 877"
            " mil.",
            "983 millones 649 mil 600 dólares",
            983.6496,
        ),
        (
            "En 2010 China vendió productos a Guatemala valorados en 983 millones 649 mil 600"
            " dólares, mientras que importó mercancías chapinas por un monto de 34 millones 877"
            " mil.",
            "34 millones 877 mil",
            34.877,
        ),
        (
            "Em 2010 a China vendeu à Guatemala produtos no valor de 983 milhões 649 mil dólares.",
            "983 milhões 649 mil dólares",
            983.649,
        ),
        (
            "En 2023 Guatemala exportó 12 millones 500 mil toneladas de productos agrícolas.",
            "12 millones 500 mil toneladas",
            12.5,
        ),
    ],
)
def test_millions_then_thousands_value(kb, text, figure, value):
    result = one(check(text, kb, date="2011-06-01"), figure)
    assert result.claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Según el Banco de Guatemala, en 2023 las exportaciones de Guatemala a China sumaron 91"
        " millones 877 mil 100 dólares.",
        "Segundo o Banco da Guatemala, em 2023 as exportações da Guatemala para a China somaram 91"
        " milhões 877 mil dólares.",
    ],
)
def test_a_wrong_amount_written_out_is_refuted(kb, text):
    # The store holds Guatemala's 2023 exports to China, 82 million (Banco de Guatemala): the
    # whole amount, read at once, is far from it (main read 91 millions with no currency, never
    # enough to refute, and an amount under a million).
    results = check(text, kb, date="2024-03-01")
    figure = next(r for r in results if r.claim.text.strip().startswith("91 mil"))
    # Round 35: the whole amount (91.9 million) lies 12 % off the 82 million held from
    # Guatemala's side only: unverifiable (China's customs count of 2023 is not stored), the
    # amount read whole (an amount under a million would be far off).
    assert figure.claim.value * (figure.claim.scale or 1) > 9e7, figure.claim
    assert figure.verdict is Verdict.UNVERIFIABLE, figure.reason
    assert "only the partner's own count for trade_china_imports · GTM · 2023" in figure.reason


# --- guards: what must not change ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A comma ends the amount: the thousands after it are another figure.
        (
            "En 2023 Guatemala exportó a China 82 millones, 877 mil toneladas de café.",
            "82 millones",
        ),
        # A "mil millones" after the millions word is a number of its own.
        (
            "En 2023 el comercio sumó 82 millones 20 mil millones de otras cosas.",
            "82 millones",
        ),
        # A year after the millions word is no part of it.
        (
            "En 2023 Guatemala vendió a China mercancías por 82 millones 2023 fue un buen año.",
            "82 millones",
        ),
    ],
)
def test_millions_not_followed_by_thousands_keep_their_value(kb, text, figure):
    result = one(check(text, kb, date="2024-03-01"), figure)
    assert result.claim.value == 82


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "En 2023 Guatemala vendió a China mercancías por 82 millones de dólares.",
            "82 millones de dólares",
        ),
        (
            "In 2023 Guatemala's exports to China came to US$82 million, central bank data show.",
            "US$82 million",
        ),
        (
            "Em 2023 as exportações da Guatemala para a China somaram 82 milhões de dólares.",
            "82 milhões de dólares",
        ),
    ],
)
def test_plain_millions_still_borne_out(kb, text, figure):
    result = one(check(text, kb, date="2024-03-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_english_millions_then_thousands_unchanged(kb):
    # English does not write "983 million 649 thousand"; a figure with decimals is read as ever.
    text = "In 2023 Guatemala imported goods worth US$4,122.6 million from China."
    result = one(check(text, kb, date="2024-03-01"), "US$4,122.6 million")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- barrels are no number of loans; a part after "de ellos" is no whole -----------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "En 2023 Brasil pagó los créditos chinos con 640.000 barriles diarios de petróleo.",
            "640.000 barriles diarios",
        ),
        (
            "Em 2023 o Brasil pagou os empréstimos chineses com 640.000 barris diários de petróleo.",
            "640.000 barris diários",
        ),
        (
            "In 2023 Brazil repaid its Chinese loans with 640,000 barrels a day of oil.",
            "640,000 barrels",
        ),
    ],
)
def test_barrels_are_no_number_of_loans(kb, text, figure):
    # The store holds Brazil's 2023 count of Chinese loans (2, CLDB): main refuted the barrels
    # by it in the three languages.
    result = one(check(text, kb, date="2024-03-01"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.unit == "barrels"


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        (
            "En 2023 Brasil despachó hacia China 640.000 barriles diarios de petróleo; de ellos,"
            " 264.000 pagaron créditos en 2023.",
            "264.000",
        ),
        (
            "Em 2023 o Brasil enviou à China 640.000 barris diários de petróleo; deles, 264.000"
            " pagaram créditos em 2023.",
            "264.000",
        ),
        (
            "In 2023 Brazil shipped 640,000 barrels a day of oil to China, of which 264,000 repaid"
            " loans in 2023.",
            "264,000",
        ),
    ],
)
def test_a_part_after_of_them_counts_what_the_whole_counted(kb, text, prefix):
    results = check(text, kb, date="2024-03-01")
    part = next(r for r in results if r.claim.text.startswith(prefix))
    assert part.claim.unit == "barrels"
    assert part.verdict is not Verdict.CONTRADICTED, part.reason


@pytest.mark.parametrize(
    "text",
    [
        "Brasil firmó con China 7 préstamos en 2023; de ellos, 5 préstamos fueron del CDB en 2023.",
        "O Brasil assinou com a China 7 empréstimos em 2023; deles, 5 empréstimos foram do CDB em"
        " 2023.",
        "In 2023 Brazil signed 7 loans with China; of them, 5 loans came from the CDB in 2023.",
    ],
)
def test_a_part_after_of_them_is_never_refuted_as_the_whole(kb, text):
    # main refuted the part (5) by the stored whole (Brazil's 2 loans of 2023).
    results = check(text, kb, date="2024-03-01")
    part = next(r for r in results if r.claim.text.startswith("5 "))
    assert part.verdict is not Verdict.CONTRADICTED, part.reason
    whole = next(r for r in results if r.claim.text.startswith("7 "))
    assert whole.verdict is Verdict.CONTRADICTED, whole.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # The whole is still refuted by the stored 2 ...
        (
            "En 2023 Brasil firmó con China 7 préstamos; de ellos, 5 préstamos fueron del CDB.",
            "7 préstamos",
        ),
        # ... and a count of loans standing alone, as on main.
        ("En 2023 Brasil recibió de China 5 préstamos de bancos estatales.", "5 préstamos"),
        ("Em 2023 o Brasil recebeu da China 5 empréstimos de bancos estatais.", "5 empréstimos"),
    ],
)
def test_counts_of_loans_still_refuted(kb, text, figure):
    result = one(check(text, kb, date="2024-03-01"), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_tonnes_unchanged(kb):
    text = "En 2023 Brasil pagó sus préstamos chinos con 12.000 toneladas de soja."
    result = one(check(text, kb, date="2024-03-01"), "12.000 toneladas")
    assert result.claim.unit == "tonnes"
    assert result.verdict is Verdict.UNVERIFIABLE


# --- money paid back, written in a perfect tense -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "En 2013 Venezuela ya había pagado 20.000 millones de dólares de los préstamos chinos.",
        "En 2013 Venezuela ya había devuelto 20.000 millones de dólares de los préstamos chinos.",
        "En 2013 PDVSA ya había cancelado 20.000 millones de dólares de los créditos de China a"
        " Venezuela.",
        "Em 2013 a Venezuela já tinha pagado 20.000 milhões de dólares em empréstimos chineses.",
        "Em 2013 a Venezuela já tinha devolvido 20.000 milhões de dólares em empréstimos chineses.",
        "Em 2013 a Venezuela já tinha pagado 20.000 milhões de dólares dos 36.000 milhões de dólares"
        " emprestados pela China.",
    ],
)
def test_money_paid_back_in_a_perfect_tense_is_no_lending(kb, text):
    # The store holds Venezuela's Chinese state loans of 2013 (10.1 billion, CLDB): main refuted
    # the repayments by them.
    for result in check(text, kb, date="2014-01-01"):
        assert result.verdict is not Verdict.CONTRADICTED, (result.claim.text, result.reason)


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # Lending is still lending, and still refuted by the year's stored loans ...
        (
            "En 2013 Venezuela recibió de China préstamos por 20.000 millones de dólares.",
            "20.000 millones de dólares",
            Verdict.CONTRADICTED,
        ),
        # ... also when the repayment is told after the number.
        (
            "En 2013 China prestó a Venezuela 20.000 millones de dólares, que serán pagados con"
            " petróleo.",
            "20.000 millones de dólares",
            Verdict.CONTRADICTED,
        ),
        # English past tenses were read as paying back already.
        (
            "In 2013 Venezuela had paid back US$20 billion of its Chinese loans.",
            "US$20 billion",
            Verdict.UNVERIFIABLE,
        ),
        (
            "Em 2013 a Venezuela já tinha pago 20.000 milhões de dólares em empréstimos chineses.",
            "20.000 milhões de dólares",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_lending_and_simple_repayments_unchanged(kb, text, figure, verdict):
    result = one(check(text, kb, date="2014-01-01"), figure)
    assert result.verdict is verdict, result.reason
