"""General readings found on the fresh dev texts 359-362 of the unseen set (branch
issue-15-r32a, round 32a: Ecuador weighing a new oil-for-loans deal with China in 2020, Dominica's
switch from Taiwan to Beijing in 2004, Chinese investment in Latin America turning to green
energy, and Bolivia turning to China in its 2023 crisis), each with real-shaped sentences (our
own) in English, Spanish and Portuguese, checked against the package's knowledge base.

* The region a state is ranked in is not whose figure follows: "Ecuador became China's third
  largest borrower in Latin America and the Caribbean, taking in $18.4 billion in loans between
  2005 and 2021", "el tercer mayor prestatario de China en América Latina y el Caribe, recibiendo
  18.400 millones", "o terceiro maior tomador … na América Latina e no Caribe, recebendo US$ 18,4
  bilhões" — main read the region's loans and refuted Ecuador's 18.4 billion by the region's
  stored 138 billion, in all three languages (false "contradicted", found by probing text 359's
  "taking in $18.4 billion in financing between 2010 and 2019", read as the region's and saved
  only by a span the store does not hold). The state before the region now owns the figure. A
  region taken up again before the figure ("… of Latin America, saw Chinese lending to the
  region reach $138 billion") or made the subject of a relative clause keeps it (guards).
* A debt still owed is a stock, not a span's lending: "Of the Chinese loans, Ecuador still owed
  $10.8 billion at the end of 2014", "aún adeudaba 10.800 millones", "o saldo devedor dos
  empréstimos chineses … era de US$ 10,8 bilhões", "ainda devia … em aberto" — main bore the
  first two out by the stored lending of 2005-2014 and refuted the Portuguese ones by the lending
  of 2014 alone (false "supported" and "contradicted"; found on text 359, where "$6.5 billion was
  still outstanding as of 2018" was called "disputed" by the region's lending rows of 2018). The
  figure is now read as a debt outstanding, which the store does not hold; "Venezuela, which owes
  China about $20 billion, received $62 billion in loans" — main refuted the debt by the lending
  of 2005-2021 — now keeps the debt apart and the loans received after it still judged. Lending
  told with its own verb is still judged (guards).
* China's policy papers on the region are also called white papers: "a first White Paper in
  2008", "su primer Libro Blanco sobre América Latina y el Caribe en 2008", "o seu primeiro Livro
  Branco sobre a América Latina e o Caribe em 2008", "its second white paper on Latin America and
  the Caribbean" (2016) — main left every one unread (text 361's "first White Paper", u6326). They
  are now dated by the documents table; a white paper on another topic, with the region named
  farther off, is not the region's (guard).
* An ordinal set off from its noun by a comparative ranks that noun: "In 2016 China issued a
  second, more detailed White Paper on its Latin America policy" — main read no rank (the comma
  after the ordinal ended it) and left the 2016 paper unread (text 361, u6328). "the first, more
  than a decade ago, to sign" is no such comparative (guard).
* "the main source of bilateral credit" (an adjective between "source of" and "credit") is a rank
  — main read no claim in English (text 362, u6337); Spanish and Portuguese, with the adjective
  after the noun, were read already (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- the region a state is ranked in -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "June 2020 — Quito\n\nEcuador became China's third largest borrower in Latin America"
            " and the Caribbean, taking in $18.4 billion in loans between 2005 and 2021.",
            "$18.4 billion",
        ),
        (
            "June 2020 — Quito\n\nEcuador became the largest recipient in Latin America and the"
            " Caribbean, receiving $18.4 billion in loans between 2005 and 2021.",
            "$18.4 billion",
        ),
        (
            "Junio de 2020 — Quito\n\nEcuador se convirtió en el tercer mayor prestatario de China"
            " en América Latina y el Caribe, recibiendo 18.400 millones de dólares en préstamos"
            " entre 2005 y 2021.",
            "18.400 millones de dólares",
        ),
        (
            "Junho de 2020 — Quito\n\nO Equador tornou-se o terceiro maior tomador de empréstimos"
            " da China na América Latina e no Caribe, recebendo US$ 18,4 bilhões em empréstimos"
            " entre 2005 e 2021.",
            "US$ 18,4 bilhões",
        ),
    ],
)
def test_the_region_a_state_is_ranked_in_does_not_own_the_figure(text, figure):
    result = one(check(text), figure)
    assert result.claim.entity == "ECU", result.claim.entity
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_state_ranked_in_the_region_with_the_figure_in_its_own_clause():
    # Guard: ", with" opens the figure's clause; Ecuador's was read already.
    text = (
        "June 2020 — Quito\n\nEcuador became China's third largest borrower in Latin America and"
        " the Caribbean, with $18.4 billion in financing between 2005 and 2021."
    )
    result = one(check(text), "$18.4 billion")
    assert result.claim.entity == "ECU"
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_the_region_taken_up_again_before_the_figure_keeps_it():
    # Guard: "to the region" names the region again, nearer the figure: the region's 138 billion.
    text = (
        "June 2020 — Quito\n\nBrazil, the largest economy of Latin America, saw Chinese lending to"
        " the region reach $138 billion between 2005 and 2021."
    )
    result = one(check(text), "$138 billion")
    assert result.claim.entity == "LAC", result.claim.entity
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_the_region_as_a_relative_clauses_subject_keeps_the_figure():
    # Guard: ", which received" makes the region the figure's subject (as main read it).
    text = (
        "June 2020 — Quito\n\nBrazil is the second largest recipient of Chinese loans in Latin"
        " America and the Caribbean, which received $137 billion between 2005 and 2021."
    )
    result = one(check(text), "$137 billion")
    assert result.claim.entity == "LAC", result.claim.entity


# --- a debt still owed ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "June 2020 — Quito\n\nOf the Chinese loans, Ecuador still owed $10.8 billion at the end"
            " of 2014.",
            "$10.8 billion",
        ),
        (
            "Junio de 2020 — Quito\n\nDe los préstamos chinos, Ecuador aún adeudaba 10.800 millones"
            " de dólares a fines de 2014.",
            "10.800 millones de dólares",
        ),
        (
            "Junho de 2020 — Quito\n\nO saldo devedor dos empréstimos chineses ao Equador era de"
            " US$ 10,8 bilhões no fim de 2014.",
            "US$ 10,8 bilhões",
        ),
        (
            "Junho de 2020 — Quito\n\nDos empréstimos chineses, o Equador ainda devia US$ 10,8"
            " bilhões em aberto no fim de 2014.",
            "US$ 10,8 bilhões",
        ),
    ],
)
def test_a_debt_still_owed_is_not_lending(text, figure):
    result = one(check(text), figure)
    assert result.claim.metric == "debt_outstanding", result.claim.metric
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_a_debt_outstanding_after_a_lending_sentence():
    # Text 359's shape, with a span the store holds for the region: no lending row may judge it.
    text = (
        "June 2020 — Quito\n\nUnder Correa, Ecuador rose to become China's third largest borrower"
        " in Latin America and the Caribbean, taking in $18.4 billion in financing between 2010"
        " and 2019. Of the resulting debt to China, $6.5 billion was still outstanding as of 2018."
    )
    result = one(check(text), "$6.5 billion")
    assert result.claim.metric == "debt_outstanding", result.claim.metric
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "June 2020 — Quito\n\nChina lent Ecuador $10.8 billion between 2005 and 2014, and its"
            " outstanding projects are many.",
            "$10.8 billion",
        ),
        (
            "Junio de 2020 — Quito\n\nChina le prestó a Ecuador 10.800 millones de dólares entre"
            " 2005 y 2014.",
            "10.800 millones de dólares",
        ),
        (
            "Junho de 2020 — Quito\n\nA China emprestou US$ 10,8 bilhões ao Equador entre 2005 e"
            " 2014.",
            "US$ 10,8 bilhões",
        ),
    ],
)
def test_lending_told_with_its_verb_is_still_judged(text, figure):
    # Guards: the lending of 2005-2014 (10.8 billion) bears them out.
    result = one(check(text), figure)
    assert result.claim.metric == "loans_total", result.claim.metric
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_debt_owed_beside_a_loans_total_keeps_each_apart():
    # "owes China about $20 billion": main refuted it by Venezuela's stored lending (62.2
    # billion); the loans received after the verb "received" are still borne out (guard).
    text = (
        "June 2020 — Caracas\n\nVenezuela, which owes China about $20 billion, received $62"
        " billion in loans between 2005 and 2021."
    )
    results = check(text)
    owed = one(results, "about $20 billion")
    assert owed.claim.metric == "debt_outstanding", owed.claim.metric
    assert owed.verdict is Verdict.UNVERIFIABLE, owed.reason
    lent = one(results, "$62 billion")
    assert lent.claim.metric == "loans_total", lent.claim.metric
    assert lent.verdict is Verdict.SUPPORTED, lent.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Junio de 2020 — Caracas\n\nVenezuela, que aún adeuda unos 20.000 millones, recibió"
            " 62.000 millones de dólares en préstamos entre 2005 y 2021.",
            "62.000 millones de dólares",
        ),
        (
            "Junho de 2020 — Caracas\n\nA Venezuela, que ainda deve cerca de US$ 20 bilhões em"
            " aberto, recebeu US$ 62 bilhões em empréstimos entre 2005 e 2021.",
            "US$ 62 bilhões",
        ),
    ],
)
def test_loans_received_after_a_debt_owed_are_still_judged(text, figure):
    # Guards: a verb of receiving between the debt's word and the figure.
    result = one(check(text), figure)
    assert result.claim.metric == "loans_total", result.claim.metric
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_an_outstanding_surplus_is_still_a_balance():
    # Guard: "outstanding" beside a trade balance means remarkable, not owed.
    text = (
        "June 2020 — Brasília\n\nBrazil posted an outstanding trade surplus with China of $40"
        " billion in 2018."
    )
    result = one(check(text), "$40 billion")
    assert result.claim.metric != "debt_outstanding", result.claim.metric


# --- white papers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "May 2024 — London\n\nBeijing set out its vision for Latin America in a first White"
            " Paper in 2008.",
            "first White Paper",
        ),
        (
            "Mayo de 2024 — Lima\n\nChina publicó su primer Libro Blanco sobre América Latina y el"
            " Caribe en 2008.",
            "primer Libro Blanco sobre América Latina",
        ),
        (
            "Maio de 2024 — Brasília\n\nA China publicou o seu primeiro Livro Branco sobre a América"
            " Latina e o Caribe em 2008.",
            "primeiro Livro Branco sobre",
        ),
        (
            "May 2024 — London\n\nIn 2016 China issued its second white paper on Latin America and"
            " the Caribbean.",
            "second white paper",
        ),
    ],
)
def test_a_white_paper_on_the_region_is_its_policy_paper(text, rank):
    result = one(check(text), rank)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_white_paper_dated_otherwise_is_shown_not_refuted():
    text = (
        "May 2024 — London\n\nChina published its first white paper on Latin America and the"
        " Caribbean in 2009."
    )
    result = one(check(text), "first white paper")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "2008-11" in result.reason


@pytest.mark.parametrize("year", ["2008", "2011"])
def test_a_white_paper_on_another_topic_is_not_the_regions(year):
    # Guard: the region is named, but not beside the paper.
    text = (
        f"May 2024 — London\n\nChina published its first white paper on development cooperation"
        f" in {year}, when Latin America was its second source of imports."
    )
    result = one(check(text), "first white paper")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_an_ordinal_set_off_by_a_comparative_ranks_the_noun_after():
    text = (
        "May 2024 — London\n\nIn 2016 China issued a second, more detailed White Paper on its"
        " Latin America policy."
    )
    result = one(check(text), "second, more detailed White Paper")
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_more_than_after_an_ordinal_is_no_comparative():
    # Guard: "more than a decade ago" sets off a time, not an adjective of a noun.
    text = (
        "May 2024 — London\n\nChile was the first, more than a decade ago, to sign a free trade"
        " agreement with China."
    )
    assert not [r for r in check(text) if r.claim.text.startswith("first, more")]


# --- a source of bilateral credit ----------------------------------------------------------------


def test_the_main_source_of_bilateral_credit_is_a_rank():
    text = (
        "June 22, 2023 — La Paz\n\nAnd although China is Bolivia's main source of bilateral"
        " credit, it holds only a small part of the country's total external debt."
    )
    result = one(check(text), "main source")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "22 de junio de 2023 — La Paz\n\nAunque China es la principal fuente de crédito"
            " bilateral de Bolivia, tiene solo una pequeña parte de su deuda externa.",
            "principal fuente",
        ),
        (
            "22 de junho de 2023 — La Paz\n\nEmbora a China seja a principal fonte de crédito"
            " bilateral da Bolívia, detém só uma pequena parte da sua dívida externa.",
            "principal fonte",
        ),
    ],
)
def test_a_source_of_credit_with_the_adjective_after_is_read_already(text, rank):
    result = one(check(text), rank)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
