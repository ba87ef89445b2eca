"""General readings found on the fresh dev texts 339-342 of the unseen set (branch
issue-15-r30c-s20c, round 30c: ten years of the China-CELAC Forum, Brazil's trade of 2009 with
China and the United States, the CEBC's count of Chinese investment in Brazil 2007-2020, and the
Inter-American Dialogue's count of Chinese loans of 2014), each with real-shaped sentences (our
own) in English, Spanish and Portuguese, checked against the package's knowledge base.

* A year beside "pela primeira vez" / "por primera vez" is not the year of a first the store
  dates unless the sentence names that first's topic: "O relatório traz pela primeira vez os
  resultados de 2019" — main read 2019 as the year of a first of Brazil's and refuted it by the
  stored year of Brazil's first strategic partnership (1993), a false "contradicted" (not keyed,
  found in the first run of text 341). A sentence that names the partnership ("firmou pela
  primeira vez uma parceria estratégica … em 1995") is still refuted, and so is the English
  "the first country to sign a strategic partnership" (guards).
* A state that follows a figure in a ranking is the next in the order, not the figure's owner:
  "o Brasil foi o principal destino dos empréstimos chineses, com US$ 8,6 bilhões, seguido pela
  Argentina", "seguido por Argentina", "followed by Argentina" — main read Brazil's 8.6 billion
  of 2014 as Argentina's (the state nearest to it) and kept it from a refutation by Argentina's
  stored 7,000 million only with a doubt of the clause (found in text 342, where it read u5839's
  figure as Argentina's). It is now Brazil's and borne out by Brazil's stored 8.6 billion; the
  figure after the followed state stays that state's (guard).
* One policy bank's lending is a part of the two banks' totals: "o China Development Bank
  emprestou à América Latina US$ 83 bilhões entre 2005 e 2014", "El Banco de Desarrollo de China
  prestó …", "China Eximbank lent Latin America US$20.9 billion …" — main refuted each by the
  stored 119 billion of both banks for 2005-2014 in all three languages (false "contradicted",
  found by probing the bank figures of text 342, saved there only by a clause doubt). The figure
  is now read with the doubt "one policy bank's lending": it may be borne out, never refuted
  (a year in which that bank made all of a state's loans, the stored row is its own: guard). Both
  banks, or the policy banks, named together are still their joint lending (guards).
* A date set off by commas right after a figure is that figure's: "as exportações brasileiras
  para a China aumentaram de US$ 67,7 bilhões, em 2020, para US$ 87,7 bilhões, em 2021" — main
  dated the 2021 figure by the "em 2020" before it (the comma after the figure opens a clause)
  and refuted it by 2020's stored exports, in all three languages (false "contradicted", found
  by probing text 340's "de US$ 16,4 bilhões, em 2008, para US$ 19,9 bilhões, em 2009", whose
  2009 figure was read as 2008's). A year in a trailing phrase after a comma ("…, meeting the
  target set in 2014") still does not date the figure (guard).
* Chinese "aportes" are investment: "empresas chinesas … com aportes que chegam a US$ 66,1
  bilhões", "empresas chinas … con aportes que suman 66.100 millones de dólares" — main found no
  metric (text 341, u5828, keyed supported by the CEBC's 66.1 billion of 2007-2020). A sentence
  that names no Chinese investor keeps "aportes" unread (guard).
* Another lender named as the subject of a relative clause after the figure: "acima dos US$ 20
  bilhões que o Banco Mundial (BM) e o Banco Interamericano de Desenvolvimento (BID) concederam
  juntos", "los 20.000 millones de dólares que el Banco Mundial y el BID concedieron", "the
  US$20 billion that the World Bank and the IDB lent" — main bore the two banks' lending out (or
  called it disputed) by China's 22.1 billion of 2014 in all three languages (a false
  "supported", not keyed, found in the first run of text 342). It is now the other lender's, for
  which nothing is stored. A relative clause whose lender is Chinese changes nothing (guard).
* Portuguese plural contractions name another partner: "as vendas brasileiras aos EUA somaram
  US$ 37,4 bilhões em 2022", "importou US$ 51,3 bilhões dos Estados Unidos" — main did not read
  "aos"/"dos" before the partner and, with China named before a colon ("Depois da China, o
  segundo destino foram os EUA: …"), refuted the US figure by Brazil's exports to China of 2022
  (false "contradicted", found by probing text 340's US flows). Spanish and English were read
  already (guards).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a year of "for the first time" and the store's firsts ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Agosto de 2022 — São Paulo\n\nO relatório revisa a série 2007-2020 e traz pela primeira"
        " vez os resultados de 2019 dos investimentos chineses no Brasil.",
        "Agosto de 2022 — São Paulo\n\nEm 2019, pela primeira vez, o Brasil exportou mais para a"
        " China do que para a Europa.",
        "Agosto de 2022 — Madrid\n\nEn 2019, por primera vez, Brasil exportó más a China que a"
        " Europa.",
        "Agosto de 2022 — Madrid\n\nEl informe del consejo empresarial presenta por primera vez"
        " los resultados de 2019 sobre las inversiones chinas en Brasil.",
    ],
)
def test_a_year_of_for_the_first_time_is_not_refuted_by_a_first_of_another_topic(text):
    result = one(check(text), "2019")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    # Since the merge with round 30b the store's firsts of another topic are left out before
    # any comparison (store_facts' `_judge_exact`); the doubt stays for other paths.
    assert "topics of the firsts" in result.reason or result.reason.startswith(
        "no stored fact for first_year"
    ), result.reason


def test_a_year_of_for_the_first_time_in_english_is_not_refuted():
    # English reads "for the first time" as a rank of no record (guard: it was never refuted).
    text = (
        "August 2022 — London\n\nIn 2019, for the first time, Brazil exported more to China than"
        " to Europe."
    )
    assert all(r.verdict is not Verdict.CONTRADICTED for r in check(text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Agosto de 2022 — São Paulo\n\nO Brasil firmou pela primeira vez uma parceria"
            " estratégica com a China em 1995.",
            "1995",
        ),
        (
            "Agosto de 2022 — Madrid\n\nBrasil firmó por primera vez una asociación estratégica"
            " con China en 1995.",
            "1995",
        ),
        (
            "August 2022 — London\n\nIn 1995, Brazil became the first country to sign a strategic"
            " partnership with China.",
            "first country",
        ),
    ],
)
def test_a_first_whose_topic_the_sentence_names_is_still_refuted(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_the_year_of_the_first_partnership_is_still_borne_out():
    text = (
        "Agosto de 2022 — São Paulo\n\nO Brasil firmou pela primeira vez uma parceria estratégica"
        " com a China em 1993."
    )
    assert one(check(text), "1993").verdict is Verdict.SUPPORTED


# --- a state that follows the figure in a ranking -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Fevereiro de 2015 — Washington\n\nEm 2014, o Brasil foi o principal destino dos"
            " empréstimos chineses à região, com US$ 8,6 bilhões, seguido pela Argentina.",
            "US$ 8,6 bilhões",
        ),
        (
            "Febrero de 2015 — Washington\n\nEn 2014, Brasil fue el principal destino de los"
            " préstamos chinos a la región, con 8.600 millones de dólares, seguido por Argentina.",
            "8.600 millones de dólares",
        ),
        (
            "February 2015 — Washington\n\nIn 2014, Brazil was the main destination of Chinese"
            " loans to the region, with US$8.6 billion, followed by Argentina.",
            "US$8.6 billion",
        ),
    ],
)
def test_a_state_followed_by_another_owns_the_figure_before_it(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "8.6 usd_bn 2014" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Fevereiro de 2015 — Washington\n\nEm 2014, o Brasil recebeu US$ 8,6 bilhões em"
            " empréstimos chineses, seguido pela Argentina, com US$ 7 bilhões.",
            "US$ 7 bilhões",
        ),
        (
            "Febrero de 2015 — Washington\n\nEn 2014, Brasil recibió préstamos chinos por 8.600"
            " millones de dólares, seguido por Argentina, con 7.000 millones de dólares.",
            "7.000 millones de dólares",
        ),
    ],
)
def test_the_figure_of_the_followed_state_stays_its_own(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "7,000 usd_m 2014" in result.reason


# --- one policy bank's lending ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Fevereiro de 2015 — Washington\n\nO China Development Bank emprestou à América Latina"
            " US$ 83 bilhões entre 2005 e 2014.",
            "US$ 83 bilhões",
        ),
        (
            "Febrero de 2015 — Washington\n\nEl Banco de Desarrollo de China prestó a América"
            " Latina 83.000 millones de dólares entre 2005 y 2014.",
            "83.000 millones de dólares",
        ),
        (
            "February 2015 — Washington\n\nChina Eximbank lent Latin America US$20.9 billion"
            " between 2005 and 2014.",
            "US$20.9 billion",
        ),
    ],
)
def test_one_policy_banks_lending_is_not_refuted_by_the_two_banks_total(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert "one policy bank's lending" in result.reason


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "February 2015 — Washington\n\nThe China Development Bank and China Eximbank lent"
            " Latin America US$119 billion between 2005 and 2014.",
            "US$119 billion",
            Verdict.SUPPORTED,
        ),
        (
            "February 2015 — Washington\n\nChina's policy banks lent Latin America US$83 billion"
            " between 2005 and 2014.",
            "US$83 billion",
            Verdict.CONTRADICTED,
        ),
        (
            "Octubre de 2019 — Caracas\n\nEl China Development Bank destinó en septiembre de 2018"
            " unos $5.000 millones a Venezuela.",
            "unos $5.000 millones",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_the_banks_together_and_one_banks_whole_year_keep_their_verdicts(text, figure, verdict):
    result = one(check(text), figure)
    assert result.verdict is verdict, result.reason


# --- a date set off right after the figure --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Janeiro de 2022 — Brasília\n\nSegundo a Secex, as exportações brasileiras para a China"
            " aumentaram de US$ 67,7 bilhões, em 2020, para US$ 87,7 bilhões, em 2021.",
            "US$ 87,7 bilhões",
        ),
        (
            "Enero de 2022 — Brasilia\n\nSegún la Secex, las exportaciones brasileñas a China"
            " aumentaron de 67.700 millones de dólares, en 2020, a 87.700 millones de dólares, en"
            " 2021.",
            "87.700 millones de dólares",
        ),
        (
            "January 2022 — Brasília\n\nAccording to Secex, Brazil's exports to China rose from"
            " US$67.7 billion, in 2020, to US$87.7 billion, in 2021.",
            "US$87.7 billion",
        ),
    ],
)
def test_a_date_set_off_right_after_the_figure_is_its_own(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.period is not None and result.claim.period.end_year == 2021


@pytest.mark.parametrize(
    "text",
    [
        "Janeiro de 2022 — Brasília\n\nSegundo a Secex, as exportações brasileiras para a China"
        " aumentaram de US$ 67,7 bilhões, em 2020, para US$ 87,7 bilhões, em 2021.",
        "January 2022 — Brasília\n\nAccording to Secex, Brazil's exports to China rose from"
        " US$67.7 billion, in 2020, to US$87.7 billion, in 2021.",
    ],
)
def test_the_figure_before_keeps_its_own_date(text):
    first = check(text)[0]
    assert first.verdict is Verdict.SUPPORTED, first.reason
    assert first.claim.period.end_year == 2020


def test_a_year_of_a_trailing_phrase_still_does_not_date_the_figure():
    text = (
        "Março de 2025 — Pequim\n\nEm 2024, o comércio entre a China e a América Latina chegou a"
        " US$ 500 bilhões, cumprindo a meta fixada em 2014."
    )
    result = one(check(text), "US$ 500 bilhões")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.period is not None and result.claim.period.end_year == 2024


# --- Chinese "aportes" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Agosto de 2022 — São Paulo\n\nDe 2007 a 2020, empresas chinesas fizeram 176 projetos"
            " no Brasil, com aportes que chegam a US$ 66,1 bilhões.",
            "US$ 66,1 bilhões",
        ),
        (
            "Agosto de 2022 — Madrid\n\nEntre 2007 y 2020, empresas chinas concretaron 176"
            " proyectos en Brasil, con aportes que suman 66.100 millones de dólares.",
            "66.100 millones de dólares",
        ),
    ],
)
def test_chinese_aportes_are_investment(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "66.1 usd_bn" in result.reason


def test_aportes_of_no_chinese_investor_stay_unread():
    text = (
        "Agosto de 2022 — São Paulo\n\nOs aportes das empresas brasileiras somaram US$ 5 bilhões"
        " em 2021."
    )
    assert one(check(text), "US$ 5 bilhões").claim.metric is None


# --- another lender in a relative clause after the figure ------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Fevereiro de 2015 — Washington\n\nOs empréstimos da China à América Latina chegaram a"
            " US$ 22,1 bilhões em 2014, acima dos US$ 20 bilhões que o Banco Mundial (BM) e o"
            " Banco Interamericano de Desenvolvimento (BID) concederam juntos à região.",
            "acima dos US$ 20 bilhões",
        ),
        (
            "Febrero de 2015 — Washington\n\nLos préstamos de China a América Latina llegaron a"
            " 22.100 millones de dólares en 2014, por encima de los 20.000 millones de dólares que"
            " el Banco Mundial y el BID concedieron juntos a la región.",
            "por encima de los 20.000 millones de dólares",
        ),
        (
            "February 2015 — Washington\n\nChina's loans to Latin America reached US$22.1 billion"
            " in 2014, above the US$20 billion that the World Bank and the IDB lent the region"
            " combined.",
            "US$20 billion",
        ),
    ],
)
def test_another_lender_of_a_relative_clause_owns_the_figure(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "loans_other_lender" in result.reason


def test_chinas_own_lending_beside_it_keeps_its_verdict():
    text = (
        "February 2015 — Washington\n\nChina's loans to Latin America reached US$22.1 billion in"
        " 2014, above the US$20 billion that the World Bank and the IDB lent the region combined."
    )
    assert one(check(text), "US$22.1 billion").verdict is Verdict.DISPUTED


# --- "aos EUA", "dos Estados Unidos" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Janeiro de 2023 — Brasília\n\nDepois da China, o segundo destino foram os EUA: as"
            " vendas brasileiras aos EUA somaram US$ 37,4 bilhões em 2022.",
            "US$ 37,4 bilhões",
        ),
        (
            "Janeiro de 2023 — Brasília\n\nDepois da China, o segundo fornecedor foram os EUA: o"
            " Brasil importou US$ 51,3 bilhões dos Estados Unidos em 2022.",
            "US$ 51,3 bilhões",
        ),
    ],
)
def test_portuguese_plural_contractions_name_another_partner(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert "trade_other_partner" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Enero de 2023 — Brasilia\n\nDespués de China, el segundo destino fue Estados Unidos:"
            " las ventas brasileñas a Estados Unidos sumaron 37.400 millones de dólares en 2022.",
            "37.400 millones de dólares",
        ),
        (
            "January 2023 — Brasília\n\nAfter China, the second destination was the US: Brazil's"
            " sales to the United States reached US$37.4 billion in 2022.",
            "US$37.4 billion",
        ),
    ],
)
def test_spanish_and_english_flows_to_another_partner_stay_unrefuted(text, figure):
    assert one(check(text), figure).verdict is not Verdict.CONTRADICTED
