"""General readings found on the fresh dev texts 532-534 of the unseen set (branch round-r48a,
round 48a: the Chinese embassy's figures on Peru (August 2016), the Andean Community's exports of
2021 by partner (June 2022), Argentina's trade with China in the first half of 2025 (August
2025)), each with real-shaped sentences (our own) in English, Spanish and Portuguese, checked
against the package's knowledge base.

* A period after an amount, told as the base of a change the amount's clause reports ("came to
  US$8.297 billion, up US$3.672 billion, or 79.4 percent, on the first half of the previous
  year", "un 79,4% más respecto del primer semestre del año anterior", "alta de 79,4% sobre o
  primeiro semestre do ano anterior") is not the amount's own period: main dated the amount by
  the base (January-June 2024) and left it unjudged (text 534).
* An amount after "up"/"down" opening its clause or bracket (", up US$3.672 billion"), after
  "una suba de", "uma alta de", "una baja de", "uma baixa de", or with a bare "less"/"more"/
  "menos"/"a menos" after it ("(US$541 million less)") is the amount of a change, never a level
  the store could bear out or refute: main read both as levels of trade (text 534), held back
  from a refutation only by other doubts.
* "the United States in second place" (a name, "in", the ordinal, "place") is a place held, as
  "Estados Unidos en segundo lugar" already was: main read no rank (text 533).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from chinalac.claims.extract import CHANGE_AMOUNT
from tests.claims.conftest import one

# --- a period after the amount, the base of its change -------------------------------------------

IMPORTS_ON_BASE = {
    "en": (
        "Buenos Aires, August 2025\n\nOver the half year, Argentina's sales to China reached"
        " US$3.07 billion. Argentina's imports from China came to US$8.297 billion, up US$3.672"
        " billion, or 79.4 percent, on the first half of the previous year.",
        "US$8.297 billion",
    ),
    "es": (
        "Buenos Aires, agosto de 2025\n\nEn el semestre, las exportaciones argentinas a China"
        " sumaron US$ 3.070 millones. Las importaciones argentinas desde China sumaron US$ 8.297"
        " millones, un 79,4% más respecto del primer semestre del año anterior.",
        "US$ 8.297 millones",
    ),
    "pt": (
        "Buenos Aires, agosto de 2025\n\nNo semestre, as exportações argentinas para a China"
        " somaram US$ 3,07 bilhões. As importações argentinas vindas da China somaram US$ 8,297"
        " bilhões, alta de 79,4% sobre o primeiro semestre do ano anterior.",
        "US$ 8,297 bilhões",
    ),
}


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_the_base_of_a_change_after_the_amount_does_not_date_it(lang):
    """INDEC's imports from China of January-June 2025 are stored at 8,297 million."""
    text, amount = IMPORTS_ON_BASE[lang]
    result = one(check(text), amount)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2025-01" in result.reason


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the amount's own period written before the base: it stays the amount's
        (
            "Buenos Aires, August 2025\n\nArgentina's imports from China came to US$8.297 billion"
            " in the first half of 2025, up 79.4 percent on the first half of 2024.",
            "US$8.297 billion",
        ),
        (
            "Buenos Aires, agosto de 2025\n\nLas importaciones argentinas desde China sumaron"
            " US$ 8.297 millones en el primer semestre de 2025, un 79,4% más respecto del primer"
            " semestre de 2024.",
            "US$ 8.297 millones",
        ),
    ],
)
def test_the_amounts_own_period_before_the_base_still_dates_it(text, amount):
    result = one(check(text), amount)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_period_after_the_amount_with_no_change_between_is_kept():
    """No percent and no "up"/"down" between: "on" opens no base here."""
    text = (
        "Buenos Aires, August 2025\n\nArgentina's imports from China came to US$8.297 billion"
        " on the first half of 2025's figures."
    )
    result = one(check(text), "US$8.297 billion")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- the amount of a change ---------------------------------------------------------------------

CHANGE_AMOUNTS = [
    (
        "Buenos Aires, August 2025\n\nArgentina's imports from China came to US$8.297 billion,"
        " up US$3.672 billion on the first half of 2024.",
        "US$3.672 billion",
    ),
    (
        "Buenos Aires, August 2025\n\nArgentina's sales to China reached US$3.07 billion, down"
        " 15 percent (US$541 million less) from the same period of 2024.",
        "US$541 million",
    ),
    (
        "Buenos Aires, agosto de 2025\n\nLas importaciones argentinas desde China sumaron"
        " US$ 8.297 millones, una suba de US$ 3.672 millones.",
        "US$ 3.672 millones",
    ),
    (
        "Buenos Aires, agosto de 2025\n\nLas exportaciones argentinas a China sumaron US$ 3.070"
        " millones, un 15% menos (US$ 541 millones menos).",
        "US$ 541 millones",
    ),
    (
        "Buenos Aires, agosto de 2025\n\nAs importações argentinas vindas da China somaram"
        " US$ 8,297 bilhões, uma alta de US$ 3,672 bilhões.",
        "US$ 3,672 bilhões",
    ),
    (
        "Buenos Aires, agosto de 2025\n\nAs exportações argentinas para a China somaram US$ 3,07"
        " bilhões (US$ 541 milhões a menos).",
        "US$ 541 milhões",
    ),
]


@pytest.mark.parametrize(("text", "amount"), CHANGE_AMOUNTS)
def test_an_amount_up_down_or_less_is_a_change_not_a_level(text, amount):
    result = one(check(text), amount)
    assert result.claim.kind is Kind.MONEY
    assert result.claim.confidence["value"]["why"].startswith(CHANGE_AMOUNT), (
        result.claim.confidence
    )
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a level: a superlative before "alta de", a bound after the amount, "up to" a ceiling
        (
            "Buenos Aires, agosto de 2025\n\nEn el primer semestre de 2025, las importaciones"
            " argentinas desde China marcaron la cifra más alta de US$ 8.297 millones.",
            "US$ 8.297 millones",
        ),
        (
            "Buenos Aires, August 2025\n\nIn the first half of 2025, Argentina's imports from"
            " China came to US$8.297 billion or more.",
            "US$8.297 billion",
        ),
    ],
)
def test_a_level_is_no_change(text, amount):
    result = one(check(text), amount)
    assert not result.claim.confidence["value"]["why"].startswith(CHANGE_AMOUNT)


def test_the_level_before_the_change_is_still_borne_out():
    text = (
        "Buenos Aires, August 2025\n\nArgentina's imports from China came to US$8.297 billion in"
        " the first half of 2025, up US$3.672 billion."
    )
    result = one(check(text), "US$8.297 billion")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- "the United States in second place" --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Lima, June 2022\n\nChina took 19.3% of the bloc's exports in 2021, ahead of the"
            " United States in second place with 18.5%.",
            "second place",
        ),
        (
            "Lima, January 2023\n\nIn 2022 China was Peru's biggest trading partner. The United"
            " States was in second place.",
            "second place",
        ),
        # already read on main (guards)
        (
            "Lima, junio de 2022\n\nChina recibió el 19,3% de las exportaciones del bloque en"
            " 2021, con Estados Unidos en segundo lugar, con el 18,5%.",
            "segundo lugar",
        ),
        (
            "Lima, junho de 2022\n\nA China recebeu 19,3% das exportações do bloco em 2021, com os"
            " Estados Unidos em segundo lugar, com 18,5%.",
            "segundo lugar",
        ),
    ],
)
def test_a_named_one_in_second_place_holds_a_rank(text, rank):
    result = one(check(text), rank)
    assert result.claim.kind is Kind.RANK
    assert result.claim.value == 2
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_china_in_second_place_is_never_refuted_by_its_first_place():
    """Peru's stored rank of 2022 is 1; "the United States in second place" is not China's."""
    text = (
        "Lima, January 2023\n\nIn 2022, China was Peru's biggest trading partner, ahead of the"
        " United States in second place."
    )
    results = check(text)
    assert one(results, "biggest trading partner").verdict is Verdict.SUPPORTED
    assert one(results, "second place").verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "text",
    [
        # a list's opening, not a place held
        "Lima, January 2023\n\nIn second place, the report lists the exports of copper.",
        "Lima, January 2023\n\nThe report names copper first and, in second place, fishmeal.",
    ],
)
def test_in_second_place_opening_a_list_is_no_rank(text):
    assert not [r for r in check(text) if r.claim.kind is Kind.RANK]
