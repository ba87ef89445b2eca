"""General readings found on the fresh dev texts 501-504 of the unseen set (branch round-r45b,
round 45b: an AP story on Chinese lending of 2020, the recall of US envoys from the three states
that left Taiwan for Beijing in 2017-2018, China's third policy paper on Latin America and the
Caribbean, and Xi's opening of the first China-CELAC ministerial meeting), each with real-shaped
sentences (our own) in English, Spanish and Portuguese, checked against the package's knowledge
base.

* A policy paper taken up in the sentences after the one that names it ("The document is the
  third of its kind", "had released such a document in Nov 2008. It issued another in Nov 2016"):
  main read no paper there and left the rank and the dates unjudged.
* A weekday (or a day) that dates a policy paper the documents table dates by month ("published
  its Policy Paper on Latin America and the Caribbean on Wednesday"): main bore out the day by the
  month (a false "supported").
* A switch of recognition taken up by "did the same" or "followed" in a list ("Panama switched
  recognition to Beijing last year, the Dominican Republic did the same in May, and El Salvador
  followed last month"): main read those dates as another event's.
* A promise to invest ("a promise to invest $250 billion in the region"): main read no metric in
  the verb after a pledge word.
* CELAC's count of members taken up at the head of the next sentence ("CELAC was founded in
  December 2011. It has 33 members") or written as a compound ("the 33-member CELAC"): main read
  no metric, or the count as Mexico's.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- A policy paper taken up by "the document", "such a document", "another" ---------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "December 11, 2025\n\nChina published its Policy Paper on Latin America and the"
            " Caribbean this week. The document is the third of its kind in less than two"
            " decades.",
            "third",
        ),
        (
            "11 de diciembre de 2025\n\nChina publicó esta semana su Documento de Política sobre"
            " América Latina y el Caribe. El documento es el tercero de su tipo en menos de dos"
            " décadas.",
            "tercero",
        ),
        (
            "December 11, 2025\n\nChina published its Policy Paper on Latin America and the"
            " Caribbean this week.\n\nThe Chinese government had released such a document in Nov"
            " 2008.",
            "Nov 2008",
        ),
        (
            "December 11, 2025\n\nChina published its Policy Paper on Latin America and the"
            " Caribbean this week. The document is the third of its kind.\n\nThe Chinese"
            " government had released such a document in Nov 2008. It issued another in Nov"
            " 2016.",
            "Nov 2016",
        ),
        (
            "11 de diciembre de 2025\n\nChina publicó esta semana su Documento de Política sobre"
            " América Latina y el Caribe.\n\nEl Gobierno chino había publicado un documento"
            " similar en noviembre de 2008. Emitió otro en noviembre de 2016.",
            "noviembre de 2008",
        ),
        (
            "11 de dezembro de 2025\n\nA China publicou esta semana o seu Documento sobre a"
            " Política para a América Latina e o Caribe.\n\nO governo chinês tinha publicado um"
            " documento semelhante em novembro de 2008. Emitiu outro em novembro de 2016.",
            "novembro de 2016",
        ),
    ],
)
def test_a_policy_paper_taken_up_later_is_read(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Guards: a date of no stored paper in the sentence that takes it up is never refuted,
        # a bare "another" never takes the paper up for a rank, and with no paper named before,
        # "the document" is no paper.
        (
            "December 11, 2025\n\nChina published its Policy Paper on Latin America and the"
            " Caribbean this week.\n\nThe Chinese government had released such a document in Nov"
            " 2010.",
            "Nov 2010",
        ),
        (
            "December 11, 2025\n\nChina published its Policy Paper on Latin America and the"
            " Caribbean this week. Another came second.",
            "second",
        ),
        (
            "December 11, 2025\n\nThe ministry released its trade report this week. The document"
            " is the third of its kind.",
            "third",
        ),
    ],
)
def test_a_paper_taken_up_is_never_refuted_nor_guessed(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- A day against a paper stored by month ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "December 11, 2025\n\nChina published its Policy Paper on Latin America and the"
            " Caribbean on Wednesday.",
            "on Wednesday",
        ),
        (
            "11 de diciembre de 2025\n\nChina publicó el miércoles su Documento de Política sobre"
            " América Latina y el Caribe.",
            "el miércoles",
        ),
        (
            "December 20, 2016\n\nChina issued the policy paper on Latin America and the"
            " Caribbean on November 24, 2016.",
            "November 24, 2016",
        ),
    ],
)
def test_a_day_is_not_borne_out_by_a_paper_stored_by_month(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_a_paper_dated_by_its_month_stays_supported():
    result = one(
        check(
            "December 20, 2016\n\nChina issued its policy paper on Latin America and the"
            " Caribbean in November 2016."
        ),
        "November 2016",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- A switch taken up by "did the same", "followed" -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "September 8, 2018\n\nPanama switched recognition to Beijing last year, the Dominican"
            " Republic did the same in May, and El Salvador followed last month.",
            "in May",
        ),
        (
            "September 8, 2018\n\nPanama switched recognition to Beijing last year, the Dominican"
            " Republic did the same in May, and El Salvador followed last month.",
            "last month",
        ),
        (
            "8 de septiembre de 2018\n\nPanamá cambió su reconocimiento de Taiwán a China en 2017,"
            " la República Dominicana hizo lo mismo en mayo de 2018 y El Salvador lo siguió en"
            " agosto de 2018.",
            "agosto de 2018",
        ),
        (
            "8 de setembro de 2018\n\nO Panamá trocou Taiwan pela China em 2017, e a República"
            " Dominicana fez o mesmo em maio de 2018.",
            "maio de 2018",
        ),
    ],
)
def test_a_switch_done_again_takes_the_lists_event(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Guards: a wrong year after "did the same" is never refuted (the reading is a likely
        # one only), and a subject that is no state takes no tie.
        (
            "September 8, 2018\n\nPanama switched recognition to Beijing in 2017, and the"
            " Dominican Republic did the same in 2019.",
            "2019",
        ),
        (
            "September 8, 2018\n\nPanama switched recognition to Beijing in 2017, and its exports"
            " followed in 2018.",
            "2018",
        ),
    ],
)
def test_a_switch_done_again_is_never_refuted(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- A promise to invest ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "September 8, 2018\n\nBeijing has courted Taiwan's remaining allies, above all with a"
            " promise to invest $250 billion in the region in the coming years.",
            "$250 billion",
        ),
        (
            "8 de septiembre de 2018\n\nChina prometió invertir 250.000 millones de dólares en"
            " América Latina en los próximos años.",
            "250.000 millones de dólares",
        ),
        (
            "8 de setembro de 2018\n\nA China prometeu investir US$ 250 bilhões na América Latina"
            " nos próximos anos.",
            "US$ 250 bilhões",
        ),
    ],
)
def test_a_promise_to_invest_is_the_investment_pledge(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Guards: another amount is not refuted by the 250 bn pledges, and an investment planned
        # with no pledge word reads no metric.
        (
            "September 8, 2018\n\nChina promised to invest $300 billion in the region.",
            "$300 billion",
        ),
        (
            "September 8, 2018\n\nThe company plans to invest $3 billion in Brazil.",
            "$3 billion",
        ),
    ],
)
def test_a_promise_to_invest_is_never_refuted_here(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- CELAC's members taken up -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "January 8, 2015\n\nCELAC was founded in Venezuela in December 2011. It has 33"
            " members, among them every South American country, Mexico and some Caribbean"
            " states.",
            "33 members",
        ),
        (
            "8 de enero de 2015\n\nLa CELAC fue fundada en Venezuela en diciembre de 2011. Cuenta"
            " con 33 países miembros.",
            "33 países miembros",
        ),
        (
            "8 de janeiro de 2015\n\nA Celac foi fundada na Venezuela em dezembro de 2011. Tem 33"
            " membros.",
            "33 membros",
        ),
        (
            "January 8, 2015\n\nThe 33-member CELAC was founded in December 2011 in Venezuela.",
            "33",
        ),
    ],
)
def test_celacs_members_taken_up(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Guards: another bloc's sentence before, and another count.
        ("January 8, 2015\n\nMercosur was founded in 1991. It has 33 members.", "33 members"),
        ("January 8, 2015\n\nCELAC was founded in 2011. It has 32 members.", "32 members"),
    ],
)
def test_celacs_members_taken_up_only_after_celac(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- A weekday that dates a ministerial meeting of the Forum named before ----------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "January 8, 2015\n\nChina and the Community of Latin American and Caribbean States"
            " (CELAC) will write out a cooperation plan, Xi said. The forum's ministerial meeting"
            " opened on Thursday morning at the Great Hall of the People.",
            "on Thursday",
        ),
        (
            "8 de enero de 2015\n\nChina y la Comunidad de Estados Latinoamericanos y Caribeños"
            " (CELAC) redactarán un plan de cooperación, dijo Xi. La reunión ministerial del foro"
            " se inauguró este jueves por la mañana en el Gran Palacio del Pueblo.",
            "este jueves",
        ),
        (
            "8 de janeiro de 2015\n\nA China e a Comunidade de Estados Latino-Americanos e"
            " Caribenhos (Celac) vão redigir um plano de cooperação, disse Xi. A reunião"
            " ministerial do fórum foi aberta nesta quinta-feira no Grande Palácio do Povo.",
            "nesta quinta-feira",
        ),
    ],
)
def test_a_weekday_dates_the_ministerial_meeting(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Guards: a weekday that is no stored meeting's day, and a coming one, are not borne out.
        (
            "January 9, 2015\n\nChina and CELAC will write out a cooperation plan, Xi said. The"
            " forum's ministerial meeting opened on Friday morning in Beijing.",
            "on Friday",
        ),
        (
            "January 8, 2015\n\nChina and CELAC will write out a cooperation plan, Xi said. The"
            " forum's ministerial meeting will open on Thursday in Beijing.",
            "on Thursday",
        ),
    ],
)
def test_a_weekday_of_no_meeting_is_not_borne_out(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- The years a cooperation plan covers ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "January 8, 2015\n\nAccording to Xi, the plan will name the key areas and concrete"
            " measures of cooperation between China and Latin America from 2015 to 2019.",
            "2015 to 2019",
        ),
        (
            "8 de enero de 2015\n\nSegún Xi, el plan fijará las áreas clave de la cooperación"
            " entre China y América Latina de 2015 a 2019.",
            "2015 a 2019",
        ),
        (
            "8 de janeiro de 2015\n\nSegundo Xi, o plano definirá as áreas-chave da cooperação"
            " entre a China e a América Latina de 2015 a 2019.",
            "2015 a 2019",
        ),
    ],
)
def test_the_years_of_a_cooperation_plan(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Guards: years of no stored plan are never refuted, and "plans to" is no plan.
        (
            "January 8, 2015\n\nAccording to Xi, the plan will name the key areas of cooperation"
            " between China and Latin America from 2015 to 2020.",
            "2015 to 2020",
        ),
        (
            "January 8, 2015\n\nChina plans to lend to Latin America from 2015 to 2019.",
            "2015 to 2019",
        ),
    ],
)
def test_years_of_no_stored_plan_are_left(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
