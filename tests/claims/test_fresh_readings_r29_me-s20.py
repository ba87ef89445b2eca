"""General readings found on the fresh dev texts 319-322 of the unseen set (branch
issue-15-r29d-me-s20, round 29d: the China-Nicaragua FTA, loans of China's public banks to five
states, Ecuador's credit package of January 2015, Honduras's early-harvest agreement), each with
real-shaped sentences (our own) in English, Spanish and Portuguese, checked against the
package's knowledge base.

* A weekday dates an event of the article's week: "Pekín dio por formalizada este jueves la firma
  del tratado de libre comercio con Nicaragua" (in a text of Thursday 2023-08-31), "announced in
  Beijing on Wednesday that relations are raised to a comprehensive strategic partnership",
  "Na quarta-feira, a Colômbia aderiu à Iniciativa Cinturão e Rota". d94142c read no date in
  them and left the stored signing, partnership and accession unjudged. Now the weekday is read
  against a day's dateline: on or before it, or after it when the text marks it as coming ("el
  próximo lunes", "na próxima segunda-feira") or a verb next to it is in the future tense ("will
  enter into force on Monday"). Its month comes from the dateline, not from the text, so it may
  bear a stored date out, never refute one; and it dates no other claim of its sentence ("the
  ministry said on Monday that China had replaced the United States as Brazil's biggest trading
  partner" keeps its rank undated, as before). A bare "Domingo" (a name), "Santo Domingo" and
  "los lunes" (a habit) are no dates.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a weekday of the article's week ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "31 de agosto de 2023 — Shanghái\n\nPekín dio por formalizada este jueves, en una"
            " ceremonia virtual, la firma del tratado de libre comercio con Nicaragua.",
            "este jueves",
        ),
        (
            "November 25, 2023 — Beijing\n\nChina and Uruguay announced in Beijing on Wednesday"
            " that their relations are raised to a comprehensive strategic partnership.",
            "on Wednesday",
        ),
        (
            "15 de maio de 2025 — Bogotá\n\nNa quarta-feira, a Colômbia aderiu formalmente à"
            " Iniciativa Cinturão e Rota da China.",
            "Na quarta-feira",
        ),
    ],
)
def test_a_weekday_of_the_article_week_dates_the_event(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "29 de diciembre de 2023 — Managua\n\nEl tratado de libre comercio entre China y"
            " Nicaragua entrará en vigor el próximo lunes.",
            "el próximo lunes",
        ),
        (
            "December 29, 2023 — Managua\n\nThe free trade agreement between China and Nicaragua"
            " will enter into force on Monday.",
            "on Monday",
        ),
        (
            "29 de dezembro de 2023 — Manágua\n\nO tratado de livre comércio entre a China e a"
            " Nicarágua entrará em vigor na próxima segunda-feira.",
            "próxima segunda-feira",
        ),
    ],
)
def test_a_coming_weekday_is_after_the_article_date(text, figure):
    # Friday 2023-12-29: the coming Monday is 2024-01-01, the stored entry into force; the
    # Monday before (2023-12-25) would be another month.
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.claim.period.start_year == 2024 and result.claim.period.start_month == 1


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "5 de octubre de 2023 — Pekín\n\nChina y Nicaragua firmaron este jueves el tratado"
            " de libre comercio.",
            "este jueves",
        ),
        (
            "October 5, 2023 — Beijing\n\nChina and Nicaragua signed their free trade agreement"
            " on Thursday.",
            "on Thursday",
        ),
        (
            "5 de outubro de 2023 — Pequim\n\nNesta quinta-feira, a China e a Nicarágua assinaram"
            " o tratado de livre comércio.",
            "Nesta quinta-feira",
        ),
    ],
)
def test_a_weekday_never_refutes_a_stored_date(text, figure):
    # The stored signing is of 2023-08; a weekday's month is the dateline's reading only.
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- guards: what a weekday does not do --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Beijing, 5 May 2009 — Brazil's Ministry of Development said on Monday that China had"
            " replaced the United States as Brazil's biggest trading partner.",
            "biggest trading partner",
        ),
        (
            "5 de mayo de 2009 — Brasilia\n\nEl ministerio brasileño informó el lunes que China"
            " había desplazado a Estados Unidos como el mayor socio comercial de Brasil.",
            "mayor socio comercial",
        ),
        (
            "5 de maio de 2009 — Brasília\n\nO ministério informou na segunda-feira que a China"
            " superou os Estados Unidos como o maior parceiro comercial do Brasil.",
            "maior parceiro comercial",
        ),
    ],
)
def test_a_weekday_dates_no_other_claim_of_its_sentence(text, figure):
    result = one(check(text), figure)
    assert result.claim.period is None or result.claim.period.start_month is None


@pytest.mark.parametrize(
    "text",
    [
        "14 de agosto de 2024 — Santo Domingo\n\nLa embajada de China en Santo Domingo abrió en"
        " 2018 sus puertas.",
        "14 de agosto de 2024 — Caracas\n\nLos lunes, la embajada de China atiende al público.",
        "August 14, 2024 — Caracas\n\nEvery Monday, China's embassy opens to the public.",
    ],
)
def test_names_and_habits_are_no_weekday_dates(text):
    assert not [
        r
        for r in check(text)
        if "domingo" in r.claim.text.lower()
        or "lunes" in r.claim.text.lower()
        or "monday" in r.claim.text.lower()
    ]


# --- "el pasado mes de mayo": the last such month --------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "15 de junio de 2024 — Quito\n\nEl tratado de libre comercio entre Ecuador y China"
            " entró en vigor el pasado mes de mayo.",
            "el pasado mes de mayo",
        ),
        (
            "15 de junio de 2024 — Quito\n\nEl tratado de libre comercio entre Ecuador y China"
            " entró en vigor en el mes de mayo pasado.",
            "en el mes de mayo pasado",
        ),
        (
            "15 de junho de 2024 — Quito\n\nO tratado de livre comércio entre o Equador e a China"
            " entrou em vigor no passado mês de maio.",
            "passado mês de maio",
        ),
    ],
)
def test_the_last_month_of_that_name(text, figure):
    # The stored entry into force is 2024-05-01; the month is written, its year is the last May.
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_the_last_month_of_that_name_with_its_year_is_that_year():
    text = (
        "15 de junio de 2024 — Quito\n\nEl tratado de libre comercio entre Ecuador y China"
        " entró en vigor el pasado mes de mayo de 2024."
    )
    result = one(check(text), "mayo de 2024")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- lending dated to a month is a loan of that year -------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "20 de noviembre de 2018 — Caracas\n\nSegún el Diálogo Interamericano, el China"
            " Development Bank destinó en septiembre de 2018 unos $5.000 millones a la industria"
            " petrolera venezolana.",
            "unos $5.000 millones",
        ),
        (
            "November 20, 2018 — Caracas\n\nIn September 2018, China Development Bank lent"
            " Venezuela US$5 billion for its oil industry.",
            "US$5 billion",
        ),
        (
            "20 de novembro de 2018 — Caracas\n\nEm setembro de 2018, o Banco de Desenvolvimento"
            " da China emprestou US$ 5 bilhões à Venezuela.",
            "US$ 5 bilhões",
        ),
        (
            "20 de novembro de 2018 — Caracas\n\nO Banco de Desenvolvimento da China destinou em"
            " setembro de 2018 cerca de US$ 5 bilhões à indústria petrolífera da Venezuela.",
            "cerca de US$ 5 bilhões",
        ),
    ],
)
def test_a_loan_of_a_month_is_borne_out_by_the_year_single_loan(text, figure):
    # Stored: the CLDB's one loan to Venezuela in 2018 (US$ 5 bn, 2019 vintage); no row is of
    # a month. Main found no row of September 2018.
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "November 20, 2018 — Caracas\n\nIn September 2018, China Development Bank lent"
            " Venezuela US$3 billion for its oil industry.",
            "US$3 billion",
        ),
        (
            "20 de noviembre de 2018 — Caracas\n\nEn septiembre de 2018, el China Development"
            " Bank prestó a Venezuela 3.000 millones de dólares.",
            "3.000 millones de dólares",
        ),
    ],
)
def test_a_loan_of_a_month_is_not_refuted_by_the_year_single_loan(text, figure):
    # Venezuela may have had other loans that year: one loan never refutes another.
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_a_year_of_lending_is_still_the_year_total():
    text = "May 5, 2016 — Caracas\n\nIn 2015, China lent Venezuela US$7 billion."
    result = one(check(text), "US$7 billion")
    assert result.verdict is Verdict.CONTRADICTED, result.reason
