"""General readings found on the fresh dev texts 60-63 of the unseen set (branch issue-15-s12c),
each with real-shaped sentences (our own) in EN, ES and PT where the phrasing exists, checked
against the package's knowledge base.

* "o saldo positivo brasileiro no comércio com a China chegou em 2016 a US$11,77 mil milhões":
  the balance is the subject; the trade word after it ("no comércio", "en el comercio", "in its
  trade") is the balance's scope. Main read the trade total and called the surplus
  `contradicted` by Brazil's 2016 trade (58.49 bn) in all three languages.
* "bajó apenas de US$ 16.589 millones a US$ 16.325 millones" after a sentence dated 2019: both
  ends took the carried year, and main called the change `inconsistent` ("dated 2019 at both
  ends"). A same-year change is the writer's only when each end carries a written year.
* "From January to September this year": the months name the part of this year (main read
  "this year" apart, a year to date with months unknown).
* "passou de US$ 80 bilhões em 2010 para US$ 100 bilhões em 2020": a change from one level to
  another, both exact (main read "passou de" as "more than 80").
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.models import Qualifier
from tests.claims.conftest import one

# --- a balance with its trade after it ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Macau, janeiro de 2017 — Segundo o ministério, o saldo positivo brasileiro no"
            " comércio com a China chegou em 2016 a US$11,77 mil milhões.",
            "US$11,77 mil milhões",
        ),
        (
            "Santiago, enero de 2017 — El superávit de Brasil en el comercio con China llegó en"
            " 2016 a US$11.770 millones.",
            "US$11.770 millones",
        ),
        (
            "January 2017 — Brazil's surplus in its trade with China reached US$11.77 billion"
            " in 2016.",
            "US$11.77 billion",
        ),
    ],
)
def test_balance_before_its_trade_is_a_balance(kb, text, figure):
    result = one(check(text, kb), figure)
    # A surplus of the state (round s13b: the balance's sign and side are read).
    assert result.claim.metric == "trade_surplus"
    # Main: trade_total, contradicted by Brazil's 2016 trade (58,490 m).
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "January 2017 — Brazil's trade with China reached US$58.49 billion in 2016.",
            "US$58.49 billion",
        ),
        (
            "Macau, janeiro de 2017 — O comércio do Brasil com a China chegou em 2016 a"
            " US$58,49 mil milhões.",
            "US$58,49 mil milhões",
        ),
    ],
)
def test_trade_without_a_balance_word_stays_the_total(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_total"
    assert result.verdict is Verdict.SUPPORTED  # MDIC 35.13 + 23.36 = 58.49 bn, 2016


# --- a change whose year was carried, not written twice -------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Buenos Aires, enero de 2020 — Las importaciones desde China cayeron hasta"
            " US$ 9.267 millones durante 2019. El volumen global del comercio bilateral casi no"
            " cambió: bajó apenas de US$ 16.589 millones a US$ 16.325 millones.",
            "US$ 16.589 millones",
        ),
        (
            "January 2020 — Imports from China fell to US$9.267 billion during 2019. Overall"
            " bilateral trade barely moved: it slipped from US$16.589 billion to US$16.325"
            " billion.",
            "US$16.589 billion",
        ),
        (
            "São Paulo, janeiro de 2020 — As importações da China caíram para US$ 9,267 bilhões"
            " em 2019. O comércio bilateral quase não mudou: caiu de US$ 16,589 bilhões para"
            " US$ 16,325 bilhões.",
            "US$ 16,589 bilhões",
        ),
    ],
)
def test_a_carried_year_does_not_date_both_ends(kb, text, first):
    result = one(check(text, kb), first)
    assert result.verdict is not Verdict.INCONSISTENT


def test_a_change_with_the_same_year_written_twice_is_still_inconsistent(kb):
    text = (
        "Trade between China and Latin America increased from almost $18 billion in 2021 to"
        " nearly $449 billion in 2021."
    )
    result = one(check(text, kb), "almost $18 billion")
    assert result.verdict is Verdict.INCONSISTENT


# --- "From January to September this year" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "November 30, 2018 — From January to September this year, bilateral trade between"
            " China and Latin America rose by 20 percent, reaching US$228.6 billion.",
            "US$228.6 billion",
        ),
        (
            "Lima, 30 de noviembre de 2018 — De enero a septiembre de este año, el comercio entre"
            " China y América Latina creció 20%, hasta US$228.600 millones.",
            "US$228.600 millones",
        ),
        (
            "Brasília, 30 de novembro de 2018 — De janeiro a setembro deste ano, o comércio entre"
            " a China e a América Latina cresceu 20%, para US$ 228,6 bilhões.",
            "US$ 228,6 bilhões",
        ),
    ],
)
def test_months_of_this_year_are_one_period(kb, text, figure):
    result = one(check(text, kb), figure)
    period = result.claim.period
    assert (period.start_year, period.start_month, period.end_month) == (2018, 1, 9)
    assert result.verdict is Verdict.SUPPORTED  # MOFCOM Jan–Sep 2018: 228.6 bn


# --- "passou de X para Y" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Brasília, janeiro de 2021 — A corrente de comércio entre o Brasil e a China passou"
            " de US$ 80 bilhões em 2010 para US$ 100 bilhões em 2020.",
            "US$ 80 bilhões",
            "US$ 100 bilhões",
        ),
        (
            "Buenos Aires, enero de 2021 — El comercio entre Brasil y China pasó de"
            " US$ 80.000 millones en 2010 a US$ 100.000 millones en 2020.",
            "US$ 80.000 millones",
            "US$ 100.000 millones",
        ),
        (
            "January 2021 — Trade between Brazil and China went from US$80 billion in 2010 to"
            " US$100 billion in 2020.",
            "US$80 billion",
            "US$100 billion",
        ),
    ],
)
def test_went_from_one_level_to_another_reads_two_exact_levels(kb, text, first, second):
    results = check(text, kb)
    start, end = one(results, first), one(results, second)
    assert start.claim.qualifier is Qualifier.EXACT  # main (PT): "more than 80"
    assert end.claim.qualifier is Qualifier.EXACT
    assert (start.claim.period.end_year, end.claim.period.end_year) == (2010, 2020)


def test_passou_de_alone_is_still_a_lower_bound(kb):
    text = (
        "Brasília, janeiro de 2021 — Em 2020 a corrente de comércio entre o Brasil e a China"
        " passou de US$ 100 bilhões."
    )
    result = one(check(text, kb), "passou de US$ 100 bilhões")
    assert result.claim.qualifier is Qualifier.MORE_THAN
