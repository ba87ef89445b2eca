"""General readings found on the fresh dev texts 555-556 of the unseen set (branch round-r51b,
round 51b: the Chinese ambassador's message for fifty years of Guyana-China ties in June 2022
and the start of the China-Nicaragua free trade agreement in January 2024), each with
real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the
package's knowledge base.

* "the fiftieth anniversary", "el quincuagésimo aniversario", "o quinquagésimo aniversário":
  an anniversary's ordinal spelled as a word of tens (thirtieth to seventieth, vigésimo to
  septuagésimo) is read as the digits are (text 555: main read no rank in "fiftieth"). Only
  borne out, as any anniversary: a wrong ordinal stays unverifiable.
* "marked the 50th anniversary of the establishment of diplomatic relations between the two
  countries on June 27, 1972" (a June 2022 text): the date after the relations the anniversary
  is of is their establishment, a claim of its own, and the anniversary's year is the
  article's (text 555: main took 1972 for the year of the anniversary, judged it a tie of
  1922, and lost the date). The anniversary is only borne out when the date plus the ordinal
  is the article's year.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- an anniversary's ordinal spelled as a word of tens -----------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Georgetown, June 28, 2022 — The ambassador's message marked the fiftieth anniversary"
            " of the establishment of diplomatic relations between Guyana and China.",
            "fiftieth anniversary",
        ),
        (
            "Georgetown, 28 de junio de 2022 — El mensaje de la embajadora marcó el quincuagésimo"
            " aniversario del establecimiento de relaciones diplomáticas entre Guyana y China.",
            "quincuagésimo aniversario",
        ),
        (
            "Georgetown, 28 de junho de 2022 — A mensagem da embaixadora marcou o quinquagésimo"
            " aniversário do estabelecimento de relações diplomáticas entre a Guiana e a China.",
            "quinquagésimo aniversário",
        ),
    ],
)
def test_a_spelled_tens_ordinal_of_an_anniversary_is_read(text, claim):
    """Guyana's relations with the PRC are stored from 1972-06-27: 2022 - 50 = 1972."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Georgetown, June 28, 2022 — The ambassador's message marked the fortieth anniversary"
            " of the establishment of diplomatic relations between Guyana and China.",
            "fortieth anniversary",
        ),
        (
            "Georgetown, 28 de junio de 2022 — El mensaje de la embajadora marcó el cuadragésimo"
            " aniversario del establecimiento de relaciones diplomáticas entre Guyana y China.",
            "cuadragésimo aniversario",
        ),
    ],
)
def test_a_wrong_spelled_ordinal_is_never_refuted(text, claim):
    """2022 - 40 = 1982, not 1972: an anniversary is only ever borne out."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- the date of the relations an anniversary is of ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim", "date"),
    [
        (
            "Georgetown, June 28, 2022 — Her message marked the 50th anniversary of the"
            " establishment of diplomatic relations between Guyana and China on June 27, 1972.",
            "50th anniversary",
            "June 27, 1972",
        ),
        (
            "Georgetown, June 28, 2022 — Her message marked the fiftieth anniversary of the"
            " establishment of diplomatic relations between Guyana and China on June 27, 1972.",
            "fiftieth anniversary",
            "June 27, 1972",
        ),
        (
            "Georgetown, 28 de junio de 2022 — El mensaje marcó el 50.º aniversario del"
            " establecimiento de relaciones diplomáticas entre Guyana y China el 27 de junio de"
            " 1972.",
            "50.º aniversario",
            "junio de 1972",
        ),
    ],
)
def test_the_date_of_the_relations_is_not_the_anniversarys_year(text, claim, date):
    """The anniversary is of 2022 (the article's year), the date 1972-06-27 is the tie's own."""
    results = check(text)
    anniversary = one(results, claim)
    assert anniversary.verdict is Verdict.SUPPORTED, anniversary.reason
    tie = one(results, date)
    assert tie.verdict is Verdict.SUPPORTED, tie.reason


def test_an_anniversary_whose_date_does_not_add_up_is_left_unverifiable():
    """1970 + 50 is not 2022: the anniversary is not borne out (the date is judged alone)."""
    text = (
        "Georgetown, June 28, 2022 — Her message marked the 50th anniversary of the"
        " establishment of diplomatic relations between Guyana and China on June 27, 1970."
    )
    result = one(check(text), "50th anniversary")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_a_date_after_an_anniversary_of_something_else_stays_its_period():
    """An anniversary of the free trade agreement is not read as the relations' date."""
    text = (
        "Santiago, November 18, 2015 — The two governments marked the 10th anniversary of the"
        " free trade agreement between Chile and China, signed on November 18, 2005."
    )
    result = one(check(text), "10th anniversary")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
