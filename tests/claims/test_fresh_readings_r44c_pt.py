"""General readings found on the fresh dev texts 493-496 of the unseen set (round 44c: China
passing the United States as the buyer of Chile's food in 2024, China becoming Brazil's largest
partner in April 2009, Brazil's exports to China of 2010, 2016 and 2022, and the first
ministerial of the China-CELAC Forum in January 2015), each with real-shaped sentences (our
own) in English, Spanish and Portuguese, checked against the package's knowledge base.

* The first ministerial named "1ª Reunião de Ministros das Relações Exteriores do Foro
  Celac-China", "la II Reunión de Cancilleres", "the 1st Meeting of Foreign Ministers" (text
  496): main read the ordinal as a rank of no metric.
* CELAC named, then a relative clause counting its members ("a Comunidade de Estados
  Latino-americanos e Caribenhos, criada em 2011, que reúne 33 países"): main read no metric.
* A destination rank of one state's food exports ("o principal destino das exportações
  alimentícias chilenas", text 493): main bore it out by Chile's rank of all exports.
* One pushed down to a place ("empurrando os Estados Unidos para o segundo lugar"): main read
  no rank.
* A state's signed balance whose size the parts give but whose sign they turn round ("as
  exportações para a China foram de US$ 5,627 bilhões e as importações de produtos chineses,
  de US$ 6,841 bilhões, o que deixou aos brasileiros um superávit de US$ 1 bilhão", text 494):
  main compared the sizes only.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- the ministerial named as a meeting of ministers -----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "12 de janeiro de 2015\n\nXi Jinping abriu em Pequim a 1ª Reunião de Ministros das"
            " Relações Exteriores do Foro Celac-China.",
            "1ª Reunião",
        ),
        (
            "31 de enero de 2018\n\nEn Santiago se celebró la II Reunión de Cancilleres del Foro"
            " CELAC-China.",
            "II Reunión",
        ),
        (
            "January 12, 2015\n\nXi Jinping opened the 1st Meeting of Foreign Ministers of the"
            " China-CELAC Forum in Beijing.",
            "1st Meeting",
        ),
    ],
)
def test_meeting_of_ministers_is_the_ministerial(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # another forum's meeting of ministers
        (
            "12 de janeiro de 2015\n\nO Brasil recebeu a 1ª Reunião de Ministros das Relações"
            " Exteriores do BRICS.",
            "1ª Reunião",
        ),
        # a meeting of no ministers in a sentence naming CELAC
        (
            "12 de janeiro de 2015\n\nA 3ª Reunião do conselho empresarial ocorreu à margem do"
            " Foro Celac-China.",
            "3ª Reunião",
        ),
    ],
)
def test_other_meetings_are_not_the_ministerial(text, figure):
    results = check(text)
    found = [r for r in results if r.claim.text.strip() == figure]
    assert all(r.verdict is Verdict.UNVERIFIABLE for r in found), [r.reason for r in found]


# --- CELAC counted in a relative clause -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Janeiro de 2015\n\nA China quer se aproximar da Comunidade de Estados"
            " Latino-americanos e Caribenhos, criada em 2011, que reúne 33 países.",
            "33 países",
            Verdict.SUPPORTED,
        ),
        (
            "Enero de 2015\n\nChina busca acercarse a la Celac, que agrupa a 33 países.",
            "33 países",
            Verdict.SUPPORTED,
        ),
        (
            "January 2015\n\nChina wants closer ties with CELAC, which brings together 33 countries.",
            "33 countries",
            Verdict.SUPPORTED,
        ),
        # guard: another count is never refuted (Brazil stepped out from 2020 to 2023)
        (
            "January 2021\n\nChina wants closer ties with CELAC, which brings together 32 countries.",
            "32 countries",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_celac_counted_in_a_relative_clause(text, figure, verdict):
    result = one(check(text), figure)
    assert result.verdict is verdict, result.reason


# --- a destination rank of food exports -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Julho de 2024\n\nEm 2022, a China foi o principal destino das exportações"
            " alimentícias chilenas.",
            "principal destino",
            Verdict.UNVERIFIABLE,
        ),
        (
            "Julio de 2024\n\nEn 2022, China fue el principal destino de las exportaciones"
            " alimenticias chilenas.",
            "principal destino",
            Verdict.UNVERIFIABLE,
        ),
        # guard: the rank of all exports is the stored one (Banco Central de Chile, 2022)
        (
            "Julho de 2024\n\nEm 2022, a China foi o principal destino das exportações chilenas.",
            "principal destino",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_food_exports_rank_is_not_all_exports(text, figure, verdict):
    result = one(check(text), figure)
    assert result.verdict is verdict, result.reason


# --- one pushed down to a place ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Dezembro de 2024\n\nEm 2024, a China foi o maior parceiro comercial do Brasil,"
            " empurrando os Estados Unidos para o segundo lugar.",
            "segundo lugar",
        ),
        (
            "Diciembre de 2024\n\nEn 2024 China fue el mayor socio comercial de Brasil,"
            " desplazando a Estados Unidos al segundo lugar.",
            "segundo lugar",
        ),
        (
            "December 2024\n\nIn 2024 China was Brazil's largest trading partner, pushing the"
            " United States to second place.",
            "second place",
        ),
    ],
)
def test_pushed_to_a_place_is_a_rank_never_refuted(text, figure):
    results = check(text)
    # the place is read, and China's own stored rank 1 does not refute the US's second place
    assert one(results, figure).verdict is Verdict.UNVERIFIABLE
    assert all(r.verdict is not Verdict.CONTRADICTED for r in results)


# --- a balance of the wrong sign ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "4 de maio de 2009\n\nDe janeiro a abril, as exportações do Brasil para a China foram"
            " de US$ 5,627 bilhões e as importações de produtos chineses, de US$ 6,841 bilhões, o"
            " que deixou aos brasileiros um superávit de US$ 1 bilhão.",
            "US$ 1 bilhão",
        ),
        (
            "May 4, 2009\n\nFrom January to April, Brazil's exports to China were US$5.627"
            " billion and its imports from China US$6.841 billion, leaving Brazil a surplus of"
            " US$1 billion.",
            "US$1 billion",
        ),
        (
            "May 4, 2009\n\nFrom January to April, Brazil's exports to China were US$6.841"
            " billion and its imports from China US$5.627 billion, leaving Brazil a deficit of"
            " US$1.2 billion.",
            "US$1.2 billion",
        ),
    ],
)
def test_balance_of_the_wrong_sign_is_inconsistent(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the sign the parts give
        (
            "4 de maio de 2009\n\nDe janeiro a abril, as exportações do Brasil para a China foram"
            " de US$ 6,841 bilhões e as importações de produtos chineses, de US$ 5,627 bilhões, o"
            " que deixou aos brasileiros um superávit de US$ 1,2 bilhão.",
            "US$ 1,2 bilhão",
        ),
        (
            "4 de mayo de 2009\n\nDe enero a abril, las exportaciones de Brasil a China sumaron"
            " US$ 5.627 millones y las importaciones desde China, US$ 6.841 millones, con un"
            " déficit de US$ 1.214 millones para Brasil.",
            "US$ 1.214 millones",
        ),
        # China's own surplus: the sign turns round for the state
        (
            "4 de mayo de 2009\n\nDe enero a abril, las exportaciones de Brasil a China sumaron"
            " US$ 5.627 millones y las importaciones desde China, US$ 6.841 millones, con un"
            " superávit chino de US$ 1.214 millones.",
            "US$ 1.214 millones",
        ),
    ],
)
def test_balance_of_the_parts_sign_is_not_inconsistent(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason
