"""General readings found on the fresh dev texts 287-290 of the unseen set (branch
issue-15-r28-s20b, round 28b: Argentina, Ecuador, El Salvador and Uruguay), each with real-shaped
sentences (our own) in English, Spanish and Portuguese, checked against the package's knowledge
base.

* "entre" (between), "entrevista" (interview) are no event verb of a tie: "Uruguay y China, en
  2019, discutieron un tratado de libre comercio entre ellos" was refuted by the FTA's status of
  2019 (a feasibility study), as if the text had dated a signature (a false "contradicted"; text
  289's "abrieron las negociaciones de un Tratado de Libre Comercio entre los dos países" took the
  same path and was saved only by its entity's doubt).
* "un 20 % más que el año anterior", "el doble que el año anterior", "o dobro do ano anterior",
  "double the previous year": the year compared with is no period of the figure before it (main
  read "el año anterior" against the article's date and refuted a 2017 figure by 2020's row).
* "El pasado 21 de agosto se cumplieron seis años desde que … establecieron relaciones
  diplomáticas": the day is the ties' anniversary, a claim of its own dated back by the count
  (2018-08-21 in an August 2024 text); borne out, never refuted (main did not read it).
* "Argentina joined the Belt and Road, which reached the region in 2017": a relative clause that
  names no tie and no tie's event dates another event, also when its date is the sentence's only
  one (main refuted 2017 by Argentina's memorandum of 2022); and the year such a clause closes
  ("…, que China lanzó en 2013") is read as a claim of its own beside the sentence's figures.
* "con motivo del primer aniversario del establecimiento de relaciones", "pelo primeiro
  aniversário": an ordinal anniversary after a contraction ("del", "pelo") is read, as English
  "the first anniversary" was (the older dev miss u2268).
* "Chile and China upgraded their free trade agreement in 2019", "firmaron en 2017 la
  actualización de su tratado": an FTA's upgrade is no signature or entry into force of the FTA
  (main refuted both years by the FTA of 2005/2006).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- "entre" is no event verb -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay y China, en 2019, discutieron un tratado de libre comercio entre ellos.",
        "Uruguai e China, em 2019, discutiram um tratado de livre comércio entre eles.",
        "En 2019 se debatió un tratado de libre comercio entre Uruguay y China.",
        "En una entrevista en 2019, el canciller de Uruguay habló del tratado de libre comercio"
        " con China.",
        "Em uma entrevista em 2019, o chanceler do Uruguai falou do tratado de livre comércio com"
        " a China.",
    ],
)
def test_between_and_interview_date_no_tie_event(kb, text):
    result = one(check(text, kb), "2019")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guards (pass on main too): English has no such word; an entry into force is still dated.
def test_english_discussion_of_a_treaty_is_not_refuted(kb):
    text = "Uruguay and China, in 2019, discussed a free trade agreement between them."
    result = one(check(text, kb), "2019")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "El tratado de libre comercio entre Chile y China entró en vigor en 2007.",
        "O tratado de livre comércio entre Chile e China entrou em vigor em 2007.",
        "The free trade agreement between Chile and China entered into force in 2007.",
    ],
)
def test_a_wrong_entry_into_force_is_still_refuted(kb, text):
    result = one(check(text, kb), "2007")
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "El tratado de libre comercio entre Chile y China entró en vigor en 2006.",
        "O tratado de livre comércio entre Chile e China entrou em vigor em 2006.",
    ],
)
def test_a_right_entry_into_force_is_still_borne_out(kb, text):
    result = one(check(text, kb), "2006")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- "más que el año anterior", "el doble que el año anterior": the base, not the figure's year ---
#
# Text 289: "$75.3 millones, lo que duplicó la cifra del año anterior". The year before the
# article's (2020 in a 2021 text) held a stored row, and main dated the 2017 figure by it.


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "En 2017, El Salvador exportó a China 47 millones de dólares, un 20 % más que el año"
            " anterior.",
            "47 millones de dólares",
        ),
        (
            "En 2017, El Salvador exportó a China 47 millones de dólares, el doble que el año"
            " anterior.",
            "47 millones de dólares",
        ),
        (
            "In 2017, El Salvador exported 47 million dollars to China, double the previous year.",
            "47 million dollars",
        ),
        (
            "Em 2017, El Salvador exportou 47 milhões de dólares para a China, o dobro do ano"
            " anterior.",
            "47 milhões de dólares",
        ),
    ],
)
def test_the_year_compared_with_does_not_date_the_figure(kb, text, figure):
    result = one(check(text, kb, date="2021-06-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guards (pass on main too): "than the previous year" was already the base; a figure of "el año
# anterior" itself is still dated by it.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2017, El Salvador exported 47 million dollars to China, 20% more than the previous"
            " year.",
            "47 million dollars",
        ),
        (
            "Em 2017, El Salvador exportou 47 milhões de dólares para a China, 20% mais que o ano"
            " anterior.",
            "47 milhões de dólares",
        ),
        (
            "El año anterior, El Salvador exportó a China 77,5 millones de dólares.",
            "77,5 millones de dólares",
        ),
        (
            "El Salvador exportó a China 77,5 millones de dólares el año anterior.",
            "77,5 millones de dólares",
        ),
    ],
)
def test_comparison_guards(kb, text, figure):
    result = one(check(text, kb, date="2021-06-01"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- "El pasado 21 de agosto se cumplieron seis años desde que …": the tie's anniversary day ---


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "El pasado 21 de agosto se cumplieron seis años desde que China y El Salvador"
            " establecieron relaciones diplomáticas.",
            "21 de agosto",
        ),
        (
            "No último dia 21 de agosto completaram-se seis anos desde que a China e El Salvador"
            " estabeleceram relações diplomáticas.",
            "21 de agosto",
        ),
        (
            "August 21 marked six years since El Salvador and China established diplomatic"
            " relations.",
            "August 21",
        ),
    ],
)
def test_the_day_a_count_of_years_is_completed_is_the_ties_anniversary(kb, text, figure):
    result = one(check(text, kb, date="2024-08-25"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guards (pass on main too): another day, a wrong count, another event: never refuted.
@pytest.mark.parametrize(
    "text",
    [
        "El pasado 25 de agosto se cumplieron seis años desde que China y El Salvador"
        " establecieron relaciones diplomáticas.",
        "El pasado 21 de agosto se cumplieron cinco años desde que China y El Salvador"
        " establecieron relaciones diplomáticas.",
        "El 21 de agosto se cumplieron seis años de la visita del ministro a El Salvador.",
        "No dia 25 de agosto completaram-se seis anos desde que a China e El Salvador"
        " estabeleceram relações diplomáticas.",
    ],
)
def test_an_anniversary_day_is_never_refuted(kb, text):
    results = check(text, kb, date="2024-08-25")
    assert all(r.verdict is not Verdict.CONTRADICTED for r in results), [
        (r.claim.text, r.reason) for r in results
    ]


# Guard (passes on main too): a tie date with its year before "cumplen 65 años" is the tie's
# own date, not an anniversary day to date back (the first draft of the rule refuted nothing but
# left it unread).
def test_a_dated_tie_before_a_count_of_years_keeps_its_year(kb):
    text = (
        "Las relaciones diplomáticas entre Cuba y China, establecidas el 28 de septiembre de"
        " 1960, cumplen 65 años."
    )
    result = one(check(text, kb, date="2025-09-29"), "septiembre de 1960")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- ", which reached the region in 2017", ", que llegó a Sudamérica en 2017": another event ---
#
# Text 287: "la iniciativa, que China lanzó en 2013 y que llegó a la región en 2017". With the
# sentence's only date in such a clause, main dated Argentina's memorandum by it and refuted it.


@pytest.mark.parametrize(
    "text",
    [
        "Argentina firmó el memorando de la Franja y la Ruta, que llegó a Sudamérica en 2017.",
        "Argentina joined the Belt and Road, which reached the region in 2017.",
        "A Argentina aderiu ao Cinturão e Rota, que chegou à região em 2017.",
    ],
)
def test_a_relative_clause_naming_no_tie_dates_another_event(kb, text):
    result = one(check(text, kb, date="2022-03-01"), "2017")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guards (pass on main too): a relative clause naming the tie's event still dates the tie.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Chile signed a free trade agreement with China, which entered into force in 2007.",
            "2007",
        ),
        (
            "Chile firmó un tratado de libre comercio con China, que entró en vigor en 2007.",
            "2007",
        ),
        (
            "Panamá, que estableció relaciones diplomáticas con China en 2016, es un socio clave.",
            "2016",
        ),
    ],
)
def test_a_relative_clause_naming_the_tie_still_dates_it(kb, text, figure):
    result = one(check(text, kb, date="2022-03-01"), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# The year such a clause closes is a claim of its own beside the sentence's figure (main read it
# only as a period): unverifiable, never refuted.
@pytest.mark.parametrize(
    "text",
    [
        "Argentina es el país número 21 en sumarse a la iniciativa, que China lanzó en 2013.",
        "Argentina is the 21st country of the region to join the initiative, which China launched"
        " in 2013.",
        "A Argentina é o 21º país da região a aderir à iniciativa, que a China lançou em 2013.",
    ],
)
def test_the_year_a_relative_clause_closes_is_read(kb, text):
    result = one(check(text, kb, date="2022-03-01"), "2013")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- "con motivo del primer aniversario", "pelo primeiro aniversário": an ordinal anniversary ---
#
# The older dev miss u2268 (text 155): after "del"/"pelo" the ordinal had no determiner, so it
# was no rank; English "the first anniversary" was read.


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "El canciller ofreció una recepción con motivo del primer aniversario del"
            " establecimiento de relaciones diplomáticas entre República Dominicana y China.",
            "primer aniversario",
        ),
        (
            "O chanceler ofereceu uma recepção pelo primeiro aniversário do estabelecimento de"
            " relações diplomáticas entre a República Dominicana e a China.",
            "primeiro aniversário",
        ),
    ],
)
def test_an_ordinal_anniversary_after_a_contraction_is_read(kb, text, figure):
    result = one(check(text, kb, date="2019-04-30"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guards (pass on main too): English was read; a wrong ordinal is never refuted.
def test_english_first_anniversary_and_a_wrong_ordinal(kb):
    text = (
        "The minister hosted a reception for the first anniversary of the establishment of"
        " diplomatic relations between the Dominican Republic and China."
    )
    result = one(check(text, kb, date="2019-04-30"), "first anniversary")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    text = (
        "El canciller ofreció una recepción con motivo del quinto aniversario del establecimiento"
        " de relaciones diplomáticas entre Panamá y China."
    )
    results = check(text, kb, date="2019-04-30")
    assert all(r.verdict is not Verdict.CONTRADICTED for r in results)


# --- "upgraded their free trade agreement in 2019": the upgrade is no signature of the FTA ---
#
# Found by probing rule 5's shape ("Chile and China have an FTA, which was upgraded in 2019"):
# main refuted the upgrade's years by the FTA signed in 2005 and in force since 2006 (Chile's
# upgrade protocol was signed in November 2017 and took effect in 2019).


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Chile y China firmaron en 2017 la actualización de su tratado de libre comercio.",
            "2017",
        ),
        ("Chile e China assinaram em 2017 a atualização do seu tratado de livre comércio.", "2017"),
        ("Chile and China signed the upgrade of their free trade agreement in 2017.", "2017"),
        ("Chile and China upgraded their free trade agreement in 2019.", "2019"),
        (
            "Chile and China have an FTA, which was upgraded in 2019, and bilateral trade reached"
            " 40 billion dollars.",
            "2019",
        ),
    ],
)
def test_an_fta_upgrade_is_not_the_fta_signature(kb, text, figure):
    result = one(check(text, kb, date="2024-06-01"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guards (pass on main too): the signature in the clause before the upgrade is still judged.
@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Chile and China signed their free trade agreement in 2005, and upgraded it in 2017.",
            "2005",
            Verdict.SUPPORTED,
        ),
        (
            "Chile and China signed their free trade agreement in 2010, and upgraded it in 2017.",
            "2010",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_the_signature_beside_an_upgrade_is_still_judged(kb, text, figure, verdict):
    result = one(check(text, kb, date="2024-06-01"), figure)
    assert result.verdict is verdict, result.reason
