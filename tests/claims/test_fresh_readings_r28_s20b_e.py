"""General readings found on the fresh dev texts 299-302 of the unseen set (branch
issue-15-r28e-s20b, round 28e: Peru and the region in 2013, Colombia in early 2025, Chile's 55
years of ties, Venezuela's 2012 loans), each with real-shaped sentences (our own) in English,
Spanish and Portuguese, checked against the package's knowledge base.

* "El superávit de China con la región bajó de US$ 9,311 millones en 2012 a US$ 5,481 millones el
  año pasado", after China's exports and imports of the year: the parts meet the later balance,
  so the earlier one is the same balance of another year, not a balance the parts fail to make
  (main called the 2012 value "inconsistent", the parts having borrowed 2012 from an earlier
  figure). The same for a total ("trade rose from … in 2012 to … in 2013").
* "Chile fue … el primero en firmar un Tratado de Libre Comercio (TLC) … y el primero en apoyar
  su ingreso a la OMC": an ordinal followed by its own event ("en apoyar", "a apoiar", "to
  support") that names no tie ranks that event, not the FTA of another clause (main bore the
  second "primero" out by the FTA's order: a false "supported").
* "con ocasión del aniversario número 55 de las relaciones diplomáticas", "o aniversário número
  50 das relações", "the anniversary number 55": an anniversary's ordinal written after it is
  read as the anniversary, dating the tie back (main read "55 de las relaciones diplomáticas" as
  a count of nothing).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a balance of another year beside the one the parts make ------------------------------------

BALANCE_OF_ANOTHER_YEAR = [
    (
        (
            "2014 — Lima",
            "El Perú pasó a ser el sétimo mercado de China en América Latina, cuando en el 2012"
            " ocupaba el octavo lugar.",
            "El intercambio de China con el Perú subió hasta US$ 14,675 millones.",
            "El comercio total de China con América Latina bajó a US$ 257,016 millones. Las"
            " exportaciones chinas hacia la región bajaron a US$ 131,249 millones, mientras que"
            " las importaciones chinas desde América Latina subieron a US$ 125,768 millones. Por"
            " eso el superávit comercial de China con la región se achicó de US$ 9,311 millones"
            " en 2012 a US$ 5,481 millones el año pasado.",
        ),
        "US$ 9,311 millones",
    ),
    (
        (
            "2014 — Lima",
            "Peru became China's seventh market in Latin America, having ranked eighth in 2012.",
            "China's trade with Peru rose to US$14,675 million.",
            "China's total trade with Latin America fell to US$257,016 million. China's exports"
            " to the region fell to US$131,249 million, while China's imports from Latin America"
            " rose to US$125,768 million. China's trade surplus with the region thus shrank from"
            " US$9,311 million in 2012 to US$5,481 million last year.",
        ),
        "US$9,311 million",
    ),
    (
        (
            "2014 — Lima",
            "O Peru passou a ser o sétimo mercado da China na América Latina, depois de ocupar o"
            " oitavo lugar em 2012.",
            "O comércio da China com o Peru subiu para US$ 14.675 milhões.",
            "O comércio total da China com a América Latina caiu para US$ 257.016 milhões. As"
            " exportações chinesas para a região caíram para US$ 131.249 milhões, enquanto as"
            " importações chinesas da América Latina subiram para US$ 125.768 milhões. Assim, o"
            " superávit comercial da China com a região caiu de US$ 9.311 milhões em 2012 para"
            " US$ 5.481 milhões no ano passado.",
        ),
        "US$ 9.311 milhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), BALANCE_OF_ANOTHER_YEAR)
def test_balance_of_another_year_is_not_inconsistent(kb, text, figure):
    result = one(check("\n\n".join(text), kb), figure)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


# Guards (pass on main too): a balance the parts do not make, with no other balance beside it.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "En 2013, las exportaciones chinas hacia América Latina sumaron US$ 131,249 millones "
            "y las importaciones chinas desde la región US$ 125,768 millones, con un superávit "
            "comercial de China de US$ 9,311 millones.",
            "US$ 9,311 millones",
        ),
        (
            "In 2013, China's exports to Latin America were US$131,249 million and China's "
            "imports from the region US$125,768 million, leaving China a trade surplus of "
            "US$9,311 million.",
            "US$9,311 million",
        ),
    ],
)
def test_lone_balance_the_parts_do_not_make_stays_inconsistent(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason


# --- an ordinal of its own event names no tie ---------------------------------------------------

FIRSTS = [
    (
        "Chile fue el primer país de Sudamérica en reconocer a China, el primero en firmar un"
        " Tratado de Libre Comercio con el gigante asiático y el primero en apoyar su ingreso a"
        " la Organización Mundial del Comercio.",
        "primero en apoyar",
    ),
    (
        "Chile was the first South American country to recognise China, the first to sign a free"
        " trade agreement with it and the first to support its entry into the World Trade"
        " Organization.",
        "first to support",
    ),
    (
        "O Chile foi o primeiro país da América do Sul a reconhecer a China, o primeiro a assinar"
        " um tratado de livre comércio com o gigante asiático e o primeiro a apoiar sua entrada na"
        " Organização Mundial do Comércio.",
        "primeiro a apoiar",
    ),
]


def _rank_at(results, text, words):
    at = text.index(words)
    return next(r for r in results if r.claim.start == at)


@pytest.mark.parametrize(("text", "words"), FIRSTS)
def test_first_of_an_event_naming_no_tie_is_not_borne_out_by_another_tie(kb, text, words):
    result = _rank_at(check(text, kb), text, words)
    assert result.verdict is not Verdict.SUPPORTED, result.reason


# Guards (pass on main too): the ordinal whose own event names the FTA is still borne out.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (FIRSTS[0][0], "primero en firmar"),
        (FIRSTS[1][0], "first to sign"),
        (FIRSTS[2][0], "primeiro a assinar"),
    ],
)
def test_first_of_an_event_naming_the_fta_is_still_supported(kb, text, words):
    result = _rank_at(check(text, kb), text, words)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- "aniversario número 55" ----------------------------------------------------------------------

NUMBERED = [
    (
        "16 de octubre de 2025 — Santiago\n\nCon ocasión del aniversario número 55 de las"
        " relaciones diplomáticas entre Chile y China, la subsecretaria habló del comercio.",
        "aniversario número 55",
    ),
    (
        "14 de agosto de 2024 — Brasília\n\nNeste ano, o aniversário número 50 das relações"
        " diplomáticas entre o Brasil e a China foi celebrado em Pequim.",
        "aniversário número 50",
    ),
    (
        "October 16, 2025 — Santiago\n\nOn the anniversary number 55 of diplomatic relations"
        " between Chile and China, the undersecretary spoke about trade.",
        "anniversary number 55",
    ),
]


@pytest.mark.parametrize(("text", "figure"), NUMBERED)
def test_numbered_anniversary_dates_the_tie(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guard: an ordinal the table does not bear out is shown, never refuted.
def test_numbered_anniversary_off_by_one_is_not_refuted(kb):
    text = NUMBERED[0][0].replace("número 55", "número 54")
    result = one(check(text, kb), "aniversario número 54")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
