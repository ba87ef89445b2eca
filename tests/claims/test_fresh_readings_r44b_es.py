"""General readings found on the fresh dev texts 489-492 of the unseen set (branch round-r44b,
round 44b: Colombia's trade with China of 2022 before Petro's visit, the date of entry into force
of the Ecuador-China agreement, Chinese investment and trade in Peru, Xi's visit to Costa Rica of
2013), each with real-shaped sentences (our own) in Spanish, Portuguese and, where the wording
exists, English, checked against the package's knowledge base.

* The first of a month written with the degree sign that many Spanish pages type for the ordinal
  mark ("el próximo 1° de mayo", "no próximo dia 1° de maio") is a day like "1º de mayo": main
  read no date at all (text 490).
* A free trade agreement's approval told in a relative clause ("El acuerdo de libre comercio …,
  que la Asamblea aprobó en febrero de este año") is its ratification: main read the month as
  another event's and judged nothing (text 490). A ratification is borne out, never refuted.
* An agreement "closed" with China in a relative clause or as the verb's object ("el acuerdo que
  Ecuador cerró con China … en mayo de 2023", "o acordo que o Equador fechou com a China em maio
  de 2023") dates its signature when it matches; a deal "closed" may be the talks' end, so the
  date is never refuted (text 490).
* Relations set up with China by a subject the sentence leaves unnamed ("cuando el gobierno de
  Julio César Turbay estableció relaciones diplomáticas con Pekín") are the article's state's:
  main read the date for China alone and judged nothing (text 489). The partner is inferred, so
  the date may be borne out, never refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- the first of a month with the degree sign ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "14 de marzo de 2024\n\nLa ministra de Producción anunció que el tratado de libre"
            " comercio entre Ecuador y China entrará en vigor el próximo 1° de mayo.",
            "1° de mayo",
        ),
        (
            "14 de março de 2024\n\nA ministra da Produção anunciou que o acordo de livre comércio"
            " entre o Equador e a China entrará em vigor no próximo dia 1° de maio.",
            "1° de maio",
        ),
        (
            "2 de mayo de 2024\n\nEl tratado de libre comercio entre Ecuador y China entró en vigor"
            " el 1° de mayo, tras la ratificación de ambos países.",
            "1° de mayo",
        ),
    ],
)
def test_the_first_of_a_month_with_the_degree_sign_is_a_day(text, day):
    result = one(check(text), day)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert (result.claim.period.end_year, result.claim.period.end_month) == (2024, 5)


def test_the_degree_sign_reads_as_the_ordinal_mark_does():
    """Guard: the same sentence with "1º" and with "1°" gets the same date and verdict."""
    text = (
        "14 de marzo de 2024\n\nEl tratado de libre comercio entre Ecuador y China entrará en"
        " vigor el próximo 1{mark} de mayo."
    )
    ordinal = one(check(text.format(mark="º")), "1º de mayo")
    degree = one(check(text.format(mark="°")), "1° de mayo")
    assert degree.verdict is ordinal.verdict
    periods = (ordinal.claim.period, degree.claim.period)
    assert len({(p.start_year, p.start_month, p.end_year, p.end_month) for p in periods}) == 1


# --- an FTA's approval in a relative clause -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "14 de marzo de 2024\n\nEl acuerdo de libre comercio con China, que la Asamblea de"
            " Ecuador aprobó en febrero de este año, entrará en vigor en mayo.",
            "febrero de este año",
        ),
        (
            "14 de março de 2024\n\nO acordo de livre comércio com a China, que a Assembleia do"
            " Equador aprovou em fevereiro deste ano, entrará em vigor em maio.",
            "fevereiro deste ano",
        ),
        (
            "March 14, 2024\n\nThe free trade agreement with China, which Ecuador's Assembly"
            " approved in February this year, takes effect in May.",
            "February this year",
        ),
    ],
)
def test_an_fta_approved_in_a_relative_clause_is_its_ratification(text, date):
    result = one(check(text), date)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "ratified" in result.reason


def test_an_approval_of_another_month_is_not_refuted():
    """Guard: the Assembly's vote is one of several ratifying steps; a month the table does not
    hold is left unjudged, never called contradicted."""
    text = (
        "14 de marzo de 2024\n\nEl acuerdo de libre comercio con China, que la Asamblea de"
        " Ecuador aprobó en enero de este año, entrará en vigor en mayo."
    )
    result = one(check(text), "enero de este año")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- an agreement "closed" with China ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "14 de marzo de 2024\n\nEl acuerdo de libre comercio que Ecuador cerró con China"
            " durante el gobierno de Guillermo Lasso, en mayo de 2023, y que la Asamblea aprobó"
            " en febrero de este año, tiene por fin fecha de arranque.",
            "mayo de 2023",
        ),
        (
            "14 de março de 2024\n\nO acordo de livre comércio que o Equador fechou com a China em"
            " maio de 2023 entrará em vigor em maio.",
            "maio de 2023",
        ),
    ],
)
def test_an_agreement_closed_with_china_dates_its_signature(text, date):
    result = one(check(text), date)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "signed" in result.reason


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "14 de marzo de 2024\n\nEl acuerdo de libre comercio que Ecuador cerró con China en"
            " diciembre de 2022 tiene por fin fecha de arranque.",
            "diciembre de 2022",
        ),
        (
            "14 de marzo de 2024\n\nEcuador cerró las negociaciones del tratado de libre comercio"
            " con China en diciembre de 2022.",
            "diciembre de 2022",
        ),
    ],
)
def test_a_deal_closed_before_the_signature_is_not_refuted(text, date):
    """Guard: talks concluded in December 2022 are no wrong signature date."""
    result = one(check(text), date)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- relations set up with China by an unnamed subject -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "29 de septiembre de 2023\n\nEl presidente colombiano, Gustavo Petro, anunció que"
            " viajará a China en octubre.\n\nEl viaje continúa un vínculo que comenzó el 7 de"
            " febrero de 1980, cuando el gobierno de Julio César Turbay estableció relaciones"
            " diplomáticas con Pekín.",
            "febrero de 1980",
        ),
        (
            "29 de setembro de 2023\n\nO presidente colombiano, Gustavo Petro, anunciou que"
            " viajará à China em outubro.\n\nA viagem continua um vínculo que começou em 7 de"
            " fevereiro de 1980, quando o governo de Julio César Turbay estabeleceu relações"
            " diplomáticas com Pequim.",
            "fevereiro de 1980",
        ),
        (
            "September 29, 2023\n\nColombian President Gustavo Petro said he will travel to China"
            " in October.\n\nThe trip continues a bond that began on February 7, 1980, when the"
            " government of Julio César Turbay established diplomatic relations with Beijing.",
            "February 7, 1980",
        ),
    ],
)
def test_relations_set_up_with_china_by_an_unnamed_subject_are_the_articles_state(text, date):
    result = one(check(text), date)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.claim.entity == "COL"


def test_relations_set_up_with_china_of_another_year_are_not_refuted():
    """Guard: the partner is inferred from the article, so a year the ties table does not give
    is left unjudged (the sentence could speak of another state's relations)."""
    text = (
        "29 de septiembre de 2023\n\nEl presidente colombiano, Gustavo Petro, anunció que viajará a"
        " China en octubre.\n\nEl viaje continúa un vínculo que comenzó el 7 de febrero de 1981,"
        " cuando el gobierno de Julio César Turbay estableció relaciones diplomáticas con Pekín."
    )
    result = one(check(text), "febrero de 1981")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
