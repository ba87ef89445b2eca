"""General readings found on the fresh dev texts 625-626 of the unseen set (branch round-r60c:
ecns/Xinhua on Xi's state visit to Ecuador, November 2016, and Al Jazeera on Xi and Maduro's
all-weather strategic partnership, September 2023) and on the dev misses the first run listed,
each with real-shaped sentences (our own) in the languages where the reading applies, checked
against the package's knowledge base.

* A meeting named by its ministers ("a 1ª Reunião de Ministros das Relações Exteriores do Foro
  Celac-China", "la I Reunión de Cancilleres del Foro China-Celac", "the first Meeting of Foreign
  Ministers of the China-CELAC Forum") is a ministerial meeting for the days written beside its
  ordinal, as "reunião ministerial" was: the days ("marcada para os dias 8 e 9 de janeiro") are a
  claim of their own, judged by the meeting rule only (borne out by the stored meeting's days,
  never refuted). Main read no claim in them beside the ordinal.
* So are the days of an n-th summit or round of talks ("a 6ª Cúpula do Brics, marcada para os
  dias 15 e 16 de julho", "la VI Cumbre de los BRICS, prevista para el 15 y 16 de julio", "the 1st
  round of FTA talks … from January 19 to 21"): a claim of their own that no stored meeting bears
  out, left unverifiable, never refuted and never another figure's period.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import checked

MINISTERS_MEETINGS = [
    (
        "O presidente fará o discurso de abertura da 1ª Reunião de Ministros das Relações"
        " Exteriores do Foro Celac-China, marcada para os dias 8 e 9 de janeiro em Pequim.",
        "9 de janeiro",
    ),
    (
        "El presidente abrirá la I Reunión de Cancilleres del Foro China-Celac, prevista para los"
        " días 8 y 9 de enero en Pekín.",
        "9 de enero",
    ),
    (
        "The president will open the first Meeting of Foreign Ministers of the China-CELAC Forum,"
        " which is set for 9 January in Beijing.",
        "9 January",
    ),
]


@pytest.mark.parametrize(("text", "span"), MINISTERS_MEETINGS[:2])
def test_the_days_of_a_meeting_named_by_its_ministers_are_borne_out(text, span):
    result = checked(text, span, date="2015-01-07")
    assert result.verdict is Verdict.SUPPORTED
    assert result.claim.period is not None and result.claim.period.end_month == 1
    assert "1st meeting took place then" in result.reason


def test_the_days_of_a_meeting_of_foreign_ministers_in_english_are_borne_out():
    result = checked(*MINISTERS_MEETINGS[2], date="2015-01-07")
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (MINISTERS_MEETINGS[0][0].replace("8 e 9", "12 e 13"), "13 de janeiro"),
        (MINISTERS_MEETINGS[1][0].replace("8 y 9", "12 y 13"), "13 de enero"),
    ],
)
def test_other_days_beside_a_meeting_named_by_its_ministers_are_never_refuted(text, span):
    result = checked(text, span, date="2015-01-07")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert result.claim.metric is None


SUMMITS_AND_ROUNDS = [
    (
        "Da agenda faz parte a 6ª Cúpula do Brics, marcada para os dias 15 e 16 de julho no"
        " Brasil, segundo o porta-voz.",
        "16 de julho",
    ),
    (
        "De la agenda forma parte la VI Cumbre de los BRICS, prevista para el 15 y 16 de julio en"
        " Brasil, según el portavoz.",
        "16 de julio",
    ),
    (
        "The 1st round of China-Costa Rica FTA talks took place in San Jose, the Costa Rican"
        " capital, from January 19 to 21.",
        "January 19",
    ),
    (
        "A 1ª rodada de negociações do TLC entre a China e a Costa Rica foi realizada em San José"
        " de 19 a 21 de janeiro.",
        "21 de janeiro",
    ),
]


@pytest.mark.parametrize(("text", "span"), SUMMITS_AND_ROUNDS)
def test_the_days_of_an_nth_summit_or_round_are_a_claim_of_their_own(text, span):
    result = checked(text, span, date="2014-07-07")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert result.claim.metric is None


def test_the_days_of_a_summit_do_not_date_the_ordinal():
    # guard: the ordinal is read as before, a rank of no stored metric
    results = check(SUMMITS_AND_ROUNDS[0][0], date="2014-07-07")
    ranks = [r for r in results if r.claim.text == "6ª Cúpula"]
    assert len(ranks) == 1 and ranks[0].verdict is Verdict.UNVERIFIABLE


def test_a_summit_day_beside_a_figure_is_not_a_claim_of_its_own():
    # guard: beside a trade figure the day stays the figure's period as before
    text = (
        "Na véspera da cúpula, em 15 de julho de 2014, o comércio entre o Brasil e a China somou"
        " US$ 83,3 bilhões em 2013."
    )
    results = check(text, date="2014-07-16")
    assert not any(r.claim.text == "15 de julho de 2014" and r.claim.metric for r in results)
