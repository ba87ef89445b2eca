"""General readings found on the fresh dev texts 277-279 of the unseen set (branch
issue-15-r27-s20b, round 27b: Mexico, Bolivia and Costa Rica), each with real-shaped sentences
(our own) in English, Spanish and Portuguese, checked against the package's knowledge base.

* A list whose items are each followed by their date ("two presidents …: Óscar Arias, in October
  2007, and the current president, Laura Chinchilla, in August 2012") names two people, not five:
  main split it at every comma and called the count "inconsistent" (a false verdict).
* "en vigor desde el 1 de agosto de 2011" in apposition is the treaty's date, read beside the
  sentence's rank ("el décimo").
* "se establecieron los lazos en junio de 2007", "estabeleceram laços", "established ties" date
  the diplomatic relations (ties of another kind do not).
* the date of a tie "entre ambos países" in a sentence naming only China or the region is the
  article state's tie (read with low doubt: never refuted).
* "El 26 de marzo de 2023, China y Honduras anunciaron el establecimiento de relaciones …": a
  date opening a tie clause is the tie's date beside the sentence's count.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a list with a date after each item ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Desde 2007, dos presidentes costarricenses han viajado a China: Óscar Arias, en"
            " octubre de 2007, y la actual mandataria, Laura Chinchilla, en agosto de 2012.",
            "dos presidentes costarricenses han viajado",
        ),
        (
            "Since 2007, two Costa Rican presidents have visited China: Óscar Arias, in October"
            " 2007, and the current president, Laura Chinchilla, in August 2012.",
            "two Costa Rican presidents",
        ),
        (
            "Desde 2007, dois presidentes costarriquenhos visitaram a China: Óscar Arias, em"
            " outubro de 2007, e a atual presidente, Laura Chinchilla, em agosto de 2012.",
            "dois presidentes costarriquenhos visitaram",
        ),
    ],
)
def test_a_list_dated_item_by_item_is_not_miscounted(kb, text, figure):
    result = one(check(text, kb, date="2013-06-02"), figure)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


# Guards (pass on main too): lists still counted.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Ocho países de la región firmaron el acuerdo: Argentina, Bolivia, Chile, Perú, Panamá,"
            " Uruguay, Cuba, Brasil y Nicaragua.",
            "Ocho países",
        ),
        (
            "China signed deals with three partners (Argentina, Chile, Peru and Brazil).",
            "three partners",
        ),
        (
            "O acordo cobre três áreas: comércio, finanças, energia e saúde.",
            "três áreas",
        ),
    ],
)
def test_plain_lists_are_still_counted(kb, text, figure):
    result = one(check(text, kb, date="2013-06-02"), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason


def test_a_list_of_dates_alone_is_still_counted(kb):
    text = "La comisión celebró tres reuniones: en marzo de 2012 y en agosto de 2013."
    result = one(check(text, kb, date="2013-06-02"), "tres reuniones")
    assert result.verdict is Verdict.INCONSISTENT, result.reason


# --- "en vigor desde el 1 de agosto de 2011" in apposition beside another figure ---------------
#
# The date after "in force since" between commas is the day the treaty took effect, a claim of
# its own: main left it unread when the sentence also held a rank ("el décimo"), and in
# Portuguese read the rank as dated by it and bore the rank out by the tie's date (a false
# "supported" of "décimo").


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "El Tratado de Libre Comercio entre Costa Rica y China, en vigor desde el 1 de agosto"
            " de 2011, fue el décimo de ese tipo suscrito por China.",
            "agosto de 2011",
        ),
        (
            "The China–Costa Rica free trade agreement, in force since 1 August 2011, was China's"
            " tenth such deal.",
            "August 2011",
        ),
        (
            "O Tratado de Livre Comércio entre Costa Rica e China, em vigor desde 1º de agosto de"
            " 2011, foi o décimo assinado pela China.",
            "agosto de 2011",
        ),
    ],
)
def test_an_in_force_date_in_apposition_is_read_beside_a_rank(kb, text, figure):
    results = check(text, kb, date="2013-06-02")
    result = one(results, figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    ranks = [r for r in results if r.claim.kind.name == "RANK"]
    assert ranks and all(r.verdict is Verdict.UNVERIFIABLE for r in ranks)


# Guards (pass on main too): the date alone is read as before; a bracketed list of states with
# their years stays paired state by state.
def test_an_in_force_date_alone_is_still_supported(kb):
    text = "El Tratado de Libre Comercio entre Costa Rica y China entró en vigor el 1 de agosto de 2011."
    result = one(check(text, kb, date="2013-06-02"), "agosto de 2011")
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_bracketed_in_force_years_stay_paired_with_their_states(kb):
    text = (
        "China has three free trade agreements in the region: Chile (in force since 2006), Peru"
        " (in force since 2010) and Costa Rica (in force since 2011)."
    )
    results = check(text, kb, date="2023-06-01")
    for year in ("2006", "2010", "2011"):
        assert one(results, year).verdict is Verdict.SUPPORTED, year


# --- "se establecieron los lazos en junio de 2007" ----------------------------------------------
#
# "Lazos", "laços", "ties" after a verb of establishing are the diplomatic ties (as "relaciones"
# are): main recognised no metric for the date and left a stored tie unread. Of another kind
# ("lazos comerciales", "ties of cooperation") they are not.


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Desde que se establecieron los lazos en junio de 2007, dos presidentes"
            " costarricenses han viajado a China.",
            "junio de 2007",
        ),
        (
            "Desde que a Costa Rica e a China estabeleceram laços em junho de 2007, dois"
            " presidentes costarriquenhos visitaram a China.",
            "junho de 2007",
        ),
        (
            "Since Costa Rica and China established ties in June 2007, two Costa Rican presidents"
            " have visited China.",
            "June 2007",
        ),
    ],
)
def test_ties_established_date_the_diplomatic_relations(kb, text, figure):
    lead = "Junio de 2013 — San José\n\nCosta Rica cuenta seis años de relaciones con China.\n\n"
    result = one(check(lead + text, kb, date="2013-06-02"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guards (pass on main too): ties of another kind date no diplomatic relations.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Costa Rica y China establecieron lazos comerciales en 1990.", "1990"),
        ("Costa Rica and China established ties of cooperation in 1990.", "1990"),
        ("Costa Rica e China estabeleceram laços empresariais em 1990.", "1990"),
    ],
)
def test_ties_of_another_kind_are_not_judged_by_the_relations(kb, text, figure):
    results = check(text, kb, date="2013-06-02")
    assert all(r.verdict is not Verdict.CONTRADICTED for r in results)
    found = [r for r in results if r.claim.text.strip() == figure]
    assert not found or found[0].verdict is Verdict.UNVERIFIABLE


# --- "el Tratado de Libre Comercio entre ambos países" ------------------------------------------
#
# The date of a tie "between both countries" in a sentence that names only China (or the region,
# "un país latinoamericano") is the tie of China and the article's state: main took the region
# (or China) as its entity and left the stored date unread. The reading is likely, not sure: a
# date that differs is never refuted by it.

BOTH = {
    "es": (
        "Junio de 2013 — San José\n\nSegún el embajador, China ya es el segundo socio comercial de"
        " Costa Rica.\n\nEl embajador recordó que el Tratado de Libre Comercio entre ambos países,"
        " en vigor desde el 1 de agosto de {y}, fue el décimo suscrito por China y el tercero con"
        " un país latinoamericano.",
        "agosto de {y}",
    ),
    "en": (
        "June 2013 — San José\n\nChina is already Costa Rica's second trading partner.\n\nThe free"
        " trade agreement between the two countries, in force since 1 August {y}, was the tenth"
        " signed by China and the third with a Latin American country.",
        "August {y}",
    ),
    "pt": (
        "Junho de 2013 — San José\n\nA China já é o segundo parceiro comercial da Costa Rica.\n\nO"
        " Tratado de Livre Comércio entre os dois países, em vigor desde 1º de agosto de {y}, foi o"
        " décimo assinado pela China e o terceiro com um país latino-americano.",
        "agosto de {y}",
    ),
}


@pytest.mark.parametrize("lang", ["es", "en", "pt"])
def test_a_tie_between_both_countries_is_the_article_states(kb, lang):
    text, figure = BOTH[lang]
    result = one(check(text.format(y=2011), kb, date="2013-06-02"), figure.format(y=2011))
    assert result.verdict is Verdict.SUPPORTED, result.reason


# A date that differs is not refuted through "both countries" (main read no date here at all).
@pytest.mark.parametrize("lang", ["es", "en", "pt"])
def test_a_tie_between_both_countries_is_never_refuted(kb, lang):
    text, figure = BOTH[lang]
    result = one(check(text.format(y=2009), kb, date="2013-06-02"), figure.format(y=2009))
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- "El 26 de marzo de 2023, China y Honduras anunciaron el establecimiento de relaciones" -----
#
# A date that opens its sentence, set off by a comma before a clause naming a tie, dates the
# tie: main left it unread when the sentence also held a count ("13 países"), and a stored date
# went unchecked (older dev text 251, u3623).


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "El 26 de marzo de 2023, China y Honduras anunciaron el establecimiento de relaciones"
            " diplomáticas, y a Taiwán ahora lo reconocen solo 13 países en el mundo.",
            "marzo de 2023",
        ),
        (
            "On March 26, 2023, China and Honduras established diplomatic relations, leaving"
            " Taiwan with 13 allies.",
            "March 26, 2023",
        ),
        (
            "Em 26 de março de 2023, China e Honduras estabeleceram relações diplomáticas, e"
            " Taiwan ficou com 13 aliados.",
            "março de 2023",
        ),
    ],
)
def test_a_date_opening_a_tie_clause_is_read_beside_a_count(kb, text, figure):
    result = one(check(text, kb, date="2023-04-10"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guards (pass on main too): an opening date whose clause dates the tie relative to it, or ranks
# states, is not the tie's date.
def test_an_opening_date_before_a_month_after_is_not_the_ties(kb):
    text = (
        "In June 2018, just a month after TT became the first country in the Caribbean to"
        " officially sign on to the Belt and Road Initiative (BRI), China's $4 trillion global"
        " development strategy, the prime minister spoke of Chinese investment."
    )
    results = check(text, kb, date="2019-02-17")
    assert all(r.verdict is not Verdict.CONTRADICTED for r in results)
    assert one(results, "first country").verdict is not Verdict.SUPPORTED
