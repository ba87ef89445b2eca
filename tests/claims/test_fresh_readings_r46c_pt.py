"""General readings found on the fresh dev texts 516-519 of the unseen set (branch round-r46c,
round 46c: the second China-CELAC ministerial in Santiago (January 2018), the close of the first
in Beijing (January 2015), Brazil's record surplus of 2016 and China as Brazil's first customer
from January to August 2019), each with real-shaped sentences (our own) in Portuguese and, where
the wording exists, Spanish and English, checked against the package's knowledge base.

* A weekday with the day of the month in brackets ("terminaram nesta segunda-feira (22)"), the
  Brazilian press's way of dating the week's events, is that day of the article's month (or of
  the month before, when the article's day is earlier), read only when the calendar puts that
  weekday on that day and only against a day's or a month's date: main read a count 22 (texts
  516, 517). Where it stands beside a sentence's figures it dates the telling, not the figures.
* A ministerial meeting's work or close taken up in the sentence after the one that names it
  ("Os trabalhos terminaram …", "O encerramento foi …", "La clausura fue …", "The talks ended
  …"): its day is borne out by the stored meeting's day; a close, by the last day of a meeting
  that the store spans over several days ("8-9 January 2015"). Borne out only, never refuted.
* The years a cooperation plan's name ends with ("o Programa de Cooperação China-Celac
  2015-2019", "el Plan de Acción Conjunto … 2019-2021", "the China-CELAC Cooperation Plan
  2015-2019") are a claim of their own beside the sentence's other claims, judged by rule
  `plan-span`: main took them as the period of the meeting's rank (text 517).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a weekday with its day in brackets, and the meeting's work taken up ----------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "24 de janeiro de 2018 — Santiago recebeu a 2ª reunião ministerial do Fórum entre a"
            " China e a CELAC. Os trabalhos terminaram nesta segunda-feira (22).",
            "segunda-feira (22)",
        ),
        (
            "24 de enero de 2018 — Santiago acogió la segunda reunión ministerial del Foro"
            " China-CELAC. Los trabajos concluyeron este lunes (22).",
            "lunes (22)",
        ),
        (
            "January 24, 2018 — Santiago hosted the second ministerial meeting of the China-CELAC"
            " Forum. The talks ended on Monday (22).",
            "Monday (22)",
        ),
    ],
)
def test_a_weekday_with_its_day_in_brackets_is_the_meetings_day(text, day):
    """Monday 22 January 2018, two days before the article: the stored 2nd ministerial."""
    result = one(check(text), day)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2nd" in result.reason


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Pequim, janeiro de 2015\n\nA primeira reunião ministerial do Fórum China-Celac"
            " chegou ao fim com a aprovação da Declaração de Pequim. O encerramento foi nesta"
            " sexta-feira (9).",
            "sexta-feira (9)",
        ),
        (
            "Pekín, enero de 2015\n\nLa primera reunión ministerial del Foro China-CELAC terminó"
            " con la aprobación de la Declaración de Pekín. La clausura fue el viernes (9).",
            "viernes (9)",
        ),
    ],
)
def test_a_close_on_the_last_day_of_a_meeting_of_two_days(text, day):
    """A text dated to its month: Friday 9 January 2015, the last day of the 1st ministerial
    (stored 2015-01-08, its end date 2015-01-09)."""
    result = one(check(text), day)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "2015-01-08/2015-01-09" in result.reason


def test_a_close_on_the_opening_day_is_not_borne_out():
    """The 1st ministerial opened on Thursday 8 January; it did not close then."""
    text = (
        "Pequim, janeiro de 2015\n\nA primeira reunião ministerial do Fórum China-Celac chegou"
        " ao fim com a aprovação da Declaração de Pequim. O encerramento foi nesta quinta-feira"
        " (8)."
    )
    result = one(check(text), "quinta-feira (8)")
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        # Monday the 15th: a day of the article's month, not the meeting's
        "24 de janeiro de 2018 — Santiago recebeu a 2ª reunião ministerial do Fórum entre a China"
        " e a CELAC. Os trabalhos terminaram nesta segunda-feira (15).",
        # no weekday: "(22)" alone is no date
        "24 de janeiro de 2018 — Santiago recebeu a 2ª reunião ministerial do Fórum entre a China"
        " e a CELAC. Os trabalhos terminaram na data prevista (22).",
    ],
)
def test_another_day_is_never_refuted_and_never_borne_out(text):
    for result in check(text):
        if result.claim.kind.value == "rank":
            continue
        assert result.verdict is not Verdict.SUPPORTED, (result.claim.text, result.reason)
        assert result.verdict is not Verdict.CONTRADICTED, (result.claim.text, result.reason)


def test_a_weekday_the_calendar_disagrees_with_is_not_read_as_a_date():
    """22 January 2018 was a Monday: "terça-feira (22)" is a slip, not read as a day."""
    text = (
        "24 de janeiro de 2018 — Santiago recebeu a 2ª reunião ministerial do Fórum entre a China"
        " e a CELAC. Os trabalhos terminaram nesta terça-feira (22)."
    )
    dates = [r for r in check(text) if r.claim.kind.value == "date" and "(22)" in r.claim.text]
    assert dates == []


def test_a_weekday_day_in_a_figures_sentence_dates_the_telling_not_the_figure():
    """ "divulgado nesta quinta-feira (5)": the figures keep their own years (2007-2020)."""
    text = (
        "6 de agosto de 2021 — O Brasil recebeu US$ 66,1 bilhões em investimentos chineses entre"
        " 2007 e 2020, segundo levantamento divulgado nesta quinta-feira (5) pelo Conselho"
        " Empresarial Brasil-China (CEBC)."
    )
    result = one(check(text), "US$ 66,1 bilhões")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- the years a cooperation plan's name ends with ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Pequim, janeiro de 2015\n\nA primeira reunião ministerial do Fórum China-Celac chegou"
            " ao fim com a aprovação da Declaração de Pequim e do Programa de Cooperação"
            " China-Celac 2015-2019.",
            "2015-2019",
        ),
        (
            "Santiago, enero de 2018\n\nLa segunda reunión ministerial del Foro China-CELAC"
            " adoptó el Plan de Acción Conjunto de Cooperación en Áreas Prioritarias 2019-2021.",
            "2019-2021",
        ),
        (
            "Beijing, January 2015\n\nThe first ministerial meeting of the China-CELAC Forum"
            " ended with the adoption of the Beijing Declaration and the China-CELAC Cooperation"
            " Plan 2015-2019.",
            "2015-2019",
        ),
    ],
)
def test_a_plans_years_beside_a_meetings_rank_are_a_claim_of_their_own(text, span):
    results = check(text)
    result = one(results, span)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "documents table holds a plan" in result.reason
    ranks = [r for r in results if r.claim.kind.value == "rank"]
    assert ranks and all(r.verdict is Verdict.SUPPORTED for r in ranks)


def test_a_plans_years_no_stored_plan_holds_are_never_refuted():
    text = (
        "Pequim, janeiro de 2015\n\nA primeira reunião ministerial do Fórum China-Celac chegou ao"
        " fim com a aprovação da Declaração de Pequim e do Programa de Cooperação China-Celac"
        " 2016-2020."
    )
    result = one(check(text), "2016-2020")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_years_after_a_comma_are_not_the_plans():
    """ "o Programa de Cooperação, entre 2015 e 2019, …": the years follow a comma; they are
    not read as the plan's (they stay the period of the sentence)."""
    text = (
        "Pequim, janeiro de 2015\n\nO Programa de Cooperação, aprovado pelo Fórum China-Celac,"
        " prevê que o comércio chegue a US$ 500 bilhões em 2015-2019."
    )
    results = check(text)
    assert not any(r.claim.text == "2015-2019" and r.verdict is Verdict.SUPPORTED for r in results)
