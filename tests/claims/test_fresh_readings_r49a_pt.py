"""General readings found on the fresh dev texts 538-540 of the unseen set (branch round-r49a,
round 49a: Xi's trip of July 2014 announced by Agência Brasil, the China-CELAC quartet summit
announced for Brasília in April 2014, and the CEBC's count of Chinese investment in Brazil in
2021), each with real-shaped sentences (our own) in Portuguese and, where the wording exists,
Spanish and English, checked against the package's knowledge base.

* A list opened by a word of exclusion ("os 33 países-membros (sem os Estados Unidos e o
  Canadá)") names what the count leaves out, not its items (text 539: main called the 33 states
  inconsistent, "lists 2"). Removes an "inconsistent"; never adds one.
* "hoje (7)", "hoy (7)", "today (7)": the article's own day with the day in brackets, a date of
  its own (text 538: main read a count 7). A bracketed day that is not the article's is not read.
* "o maior desde 2017", "el mayor valor desde 2017", "the highest since 2017": the year a record
  counts from is a claim of its own, never the period of the sentence's figures (text 540: main
  read no claim in it, and dated a figure "since 2017"). It may bear a date out, never refute one.
* A month to come set by a verb in the future tense ("receberá em julho", "will host … in July")
  or by a plan ("marcado para julho", "prevista para julio", "scheduled for July") in a text of
  an earlier month: that month of the article's year, a date of its own that may bear a stored
  visit out, never refute one, and never the period of another figure (text 539: main read no
  date in either). The host's side of a visit ("receberá", "recibirá", "will host") is a word of a
  trip for the visit-date rule.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Kind, Verdict, check
from tests.claims.conftest import one

# --- a list of exclusions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Pequim, 4 de abril de 2014 — O encontro lançará o Fórum de Chanceleres entre a China"
            " e os 33 países-membros da Celac (sem os Estados Unidos e o Canadá).",
            "33 países-membros",
        ),
        (
            "Pekín, 4 de abril de 2014 — El encuentro lanzará el Foro de Cancilleres entre China"
            " y los 33 países miembros de la Celac (sin Estados Unidos y Canadá).",
            "33 países miembros",
        ),
        (
            "Beijing, April 4, 2014 — The meeting will launch a ministers' forum between China"
            " and the 33 member states of CELAC (without the United States and Canada).",
            "33 member states",
        ),
        (
            "Beijing, April 4, 2014 — The forum brings together China and the 33 countries of"
            " the region (except the United States and Canada).",
            "33 countries",
        ),
    ],
)
def test_a_list_of_exclusions_is_not_the_count_s_items(text, claim):
    result = one(check(text), claim)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Pequim, 4 de abril de 2014 — O fórum reúne os 33 países-membros da Celac (Brasil,"
        " Argentina e Chile).",
        "Beijing, April 4, 2014 — The forum brings together three countries (Brazil, Argentina,"
        " Chile and Peru).",
    ],
)
def test_a_list_of_items_is_still_counted(text):
    """Guard: a list that is no exclusion is still counted against its number."""
    results = check(text)
    assert any(r.verdict is Verdict.INCONSISTENT for r in results), [
        (r.claim.text, r.verdict) for r in results
    ]


# --- "hoje (7)" ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Brasília, 7 de julho de 2014 — O governo chinês anunciou hoje (7) que o presidente"
            " Xi Jinping visitará o Brasil.",
            "hoje (7)",
        ),
        (
            "Brasilia, 7 de julio de 2014 — El gobierno chino anunció hoy (7) que el presidente"
            " Xi Jinping visitará Brasil.",
            "hoy (7)",
        ),
        (
            "Brasília, July 7, 2014 — The Chinese government announced today (7) that President"
            " Xi Jinping will visit Brazil.",
            "today (7)",
        ),
    ],
)
def test_today_with_the_day_in_brackets_is_the_article_s_day(text, claim):
    result = one(check(text), claim)
    assert result.claim.kind is Kind.DATE
    assert result.claim.period is not None
    assert (result.claim.period.end_year, result.claim.period.end_month) == (2014, 7)


def test_today_with_another_day_in_brackets_is_not_read():
    """Guard: "hoje (9)" in a text of the 7th is a slip or another day: no date is read."""
    results = check(
        "Brasília, 7 de julho de 2014 — O governo chinês anunciou hoje (9) que o presidente"
        " Xi Jinping visitará o Brasil."
    )
    assert not any(r.claim.kind is Kind.DATE and "hoje" in r.claim.text for r in results)


# --- the year a record counts from ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "São Paulo, 31 de agosto de 2022 — As empresas chinesas investiram US$ 5,9 bilhões"
            " no Brasil em 2021, o maior valor desde 2017.",
            "US$ 5,9 bilhões",
        ),
        (
            "Lima, 31 de agosto de 2022 — Las empresas chinas invirtieron 5.900 millones de"
            " dólares en Brasil en 2021, el mayor valor desde 2017.",
            "5.900 millones de dólares",
        ),
        (
            "São Paulo, August 31, 2022 — Chinese companies invested US$5.9 billion in Brazil,"
            " the highest since 2017.",
            "US$5.9 billion",
        ),
    ],
)
def test_the_year_a_record_counts_from_is_a_claim_of_its_own(text, figure):
    results = check(text)
    year = one(results, "2017")
    assert year.claim.kind is Kind.DATE
    assert year.verdict is not Verdict.CONTRADICTED
    period = one(results, figure).claim.period
    assert period is None or period.kind != "since", period


@pytest.mark.parametrize(
    "text",
    [
        "San Salvador, 4 de febrero de 2026 — Las ventas a China de 2025 fueron el récord de"
        " ventas a China desde 1994, primer año de la base de datos.",
        "San Salvador, February 4, 2026 — Sales to China in 2025 were the record since 1994, the"
        " first year of the central bank's series.",
    ],
)
def test_a_record_noun_before_since_bounds_a_record(text):
    year = one(check(text), "1994")
    assert year.claim.kind is Kind.DATE
    assert year.verdict is not Verdict.CONTRADICTED


def test_an_amount_after_a_record_s_year_keeps_the_paragraph_s_currency():
    """Guard: the date read in "el monto más alto desde 1994" does not cut the paragraph's
    last amount from the next sentence's "50 millones" (El Salvador's exports of 2025)."""
    results = check(
        "San Salvador, 4 de febrero de 2026 — Las compras de bienes de El Salvador a China"
        " llegaron en 2025 a US$3.566,2 millones, el monto más alto desde 1994, según el BCR."
        " En sentido contrario, lo que el país vendió al gigante asiático bajó a 50 millones."
    )
    assert one(results, "50 millones").claim.kind is Kind.MONEY


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Brasília, 4 de abril de 2014 — A China é o maior parceiro comercial do Brasil desde 2009.",
         "maior parceiro comercial"),
        ("Brasília, April 4, 2014 — China has been Brazil's largest trading partner since 2009.",
         "largest trading partner"),
    ],
)  # fmt: skip
def test_a_rank_held_since_a_year_is_no_record(text, rank):
    """Guard: a partner's rank over a span keeps its "since" period (no date claim of 2009)."""
    results = check(text)
    period = one(results, rank).claim.period
    assert period is not None and period.start_year == 2009, period
    assert not any(r.claim.kind is Kind.DATE for r in results)


def test_since_with_no_record_still_dates_the_figure():
    """Guard: "desde 2017" with no superlative before it is the figure's span, as before."""
    results = check(
        "São Paulo, 31 de agosto de 2022 — As empresas chinesas investiram US$ 30 bilhões no"
        " Brasil desde 2017."
    )
    period = one(results, "US$ 30 bilhões").claim.period
    assert period is not None and period.start_year == 2017, period  # closed at the article date


# --- a month to come -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Pequim, 4 de abril de 2014 — A presidente Dilma Rousseff receberá em julho, em"
            " Brasília, o presidente chinês, Xi Jinping, e os presidentes do quarteto da Celac.",
            "em julho",
        ),
        (
            "Pekín, 4 de abril de 2014 — La presidenta Dilma Rousseff recibirá en julio, en"
            " Brasilia, al presidente chino, Xi Jinping.",
            "en julio",
        ),
        (
            "Beijing, April 4, 2014 — Brazil's President Dilma Rousseff will host Chinese"
            " President Xi Jinping in July in Brasília.",
            "in July",
        ),
    ],
)
def test_a_month_to_come_bears_out_the_stored_visit(text, claim):
    """Xi's visit to Brazil is stored as 2014-07 (visits table)."""
    result = one(check(text), claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Pequim, 4 de abril de 2014 — A cúpula virá depois do encontro dos Brics, marcado"
            " também para julho, em Fortaleza.",
            "marcado também para julho",
        ),
        (
            "Pekín, 4 de abril de 2014 — La cumbre de los Brics, prevista para julio, se hará en"
            " Fortaleza.",
            "prevista para julio",
        ),
        (
            "Beijing, April 4, 2014 — The BRICS summit, scheduled for July, will be held in"
            " Fortaleza.",
            "scheduled for July",
        ),
    ],
)
def test_a_month_a_plan_is_set_for_is_a_date(text, claim):
    result = one(check(text), claim)
    assert result.claim.kind is Kind.DATE
    assert (result.claim.period.end_year, result.claim.period.end_month) == (2014, 7)
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    "text",
    [
        "Pequim, 4 de abril de 2014 — Xi Jinping visitará o Brasil em junho.",
        "Beijing, April 4, 2014 — Xi Jinping will visit Brazil in June.",
    ],
)
def test_a_month_to_come_never_refutes_a_visit(text):
    """Guard: a plan's month that is not the stored one (2014-07) is not refuted."""
    results = check(text)
    assert not any(r.verdict is Verdict.CONTRADICTED for r in results)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Pequim, 4 de abril de 2014 — O saldo será de US$ 5 bilhões em julho.", "US$ 5 bilhões"),
        ("Beijing, April 4, 2014 — Trade will reach US$5 billion in July.", "US$5 billion"),
    ],
)
def test_a_month_to_come_dates_no_figure(text, figure):
    """Guard: a forecast's month to come is not the period of its figure."""
    result = one(check(text), figure)
    assert result.claim.period is None or result.claim.period.end_month is None
    assert result.verdict is not Verdict.CONTRADICTED
