"""General readings found on the fresh dev texts 579-580 of the unseen set (branch round-r54c:
DW Brasil on Xi Jinping's speech at the first China-CELAC ministerial meeting, January 2015, and
Em Direita Brasil on China's third policy paper on Latin America and the Caribbean, December
2025), each with real-shaped sentences (our own) in Portuguese, Spanish and English, checked
against the package's knowledge base.

* "Puxado pela procura chinesa por petróleo e soja, o comércio entre a China e a Celac saltou de
  10 bilhões de dólares em 2000 …": a product named as what a demand is for is the cause of the
  figure, not its scope (text 579: main read the region's whole trade as oil's and left a figure
  every stored series refutes unjudged). Scoped products keep their reading.
* "o investimento chinês na América Latina deve subir para 250 bilhões de dólares na próxima
  década": a figure reached only in the decade ahead is a goal (text 579: main read no goal).
* "Xi anunciou ainda um plano de cooperação para o período entre 2015 e 2019": a plan's span of
  years with the region named in the sentences before (text 579: main read no plan).
* "o 3º Documento sobre a Política da China para com a América Latina e o Caribe", "a terceira
  edição do documento", "As anteriores foram publicadas em 2008 e 2016": the paper's title cut at
  its preposition, an edition of the paper, and the earlier papers taken up (text 580: main read
  no paper in any of them). Support only, as the rule always was.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a demand for a product is the figure's cause, not its scope -----------------------------------

DEMAND_DRIVEN = [
    (
        "Pequim, 8 de janeiro de 2015 —\n\nPuxado pela procura chinesa por petróleo e soja, o"
        " comércio entre a China e a América Latina saltou de 10 bilhões de dólares em 2000 para"
        " 257 bilhões de dólares em 2013.",
        "10 bilhões de dólares",
    ),
    (
        "Beijing, January 8, 2015 —\n\nDriven by Chinese demand for oil and soybeans, trade"
        " between China and Latin America jumped from US$10 billion in 2000 to US$257 billion in"
        " 2013.",
        "US$10 billion",
    ),
    (
        "Pekín, 8 de enero de 2015 —\n\nImpulsado por la demanda china de petróleo y soja, el"
        " comercio entre China y América Latina pasó de 10.000 millones de dólares en 2000 a"
        " 257.000 millones de dólares en 2013.",
        "10.000 millones de dólares",
    ),
]


@pytest.mark.parametrize(("text", "span"), DEMAND_DRIVEN)
def test_a_product_in_demand_is_the_cause_not_the_scope_of_the_region_s_trade(text, span):
    """Every stored series of 2000 (ECLAC's 14, the study's 14, China Customs' 12 via Oxford
    Business Group) is outside the tolerance of a round 10."""
    result = one(check(text), span)
    assert result.claim.metric == "trade_total"
    assert result.claim.entity == "LAC"
    assert result.claim.period is not None and result.claim.period.label() == "2000"
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "petroleo" not in result.reason and "oil" not in result.reason


def test_a_demand_named_after_the_figure_was_already_no_scope():
    """Guard (passes on main too): "…, principalmente por causa da grande demanda do país
    asiático por petróleo e soja" after the figure."""
    text = (
        "Pequim, 8 de janeiro de 2015 —\n\nO comércio entre a China e a América Latina passou de 10"
        " bilhões de dólares em 2000 para 257 bilhões de dólares em 2013, principalmente por causa"
        " da grande demanda do país asiático por petróleo e soja."
    )
    assert one(check(text), "10 bilhões de dólares").verdict is Verdict.CONTRADICTED


SCOPED_PRODUCT = [
    (
        "Pequim, 8 de janeiro de 2015 —\n\nCom a procura chinesa em alta, as exportações de soja"
        " do Brasil para a China somaram 10 bilhões de dólares em 2000.",
        "10 bilhões de dólares",
    ),
    (
        "Beijing, January 8, 2015 —\n\nChinese demand for soybeans grew fast, and Brazil's"
        " soybean exports to China reached US$10 billion in 2000.",
        "US$10 billion",
    ),
    (
        "Pekín, 8 de enero de 2015 —\n\nLa demanda china de soja creció y las exportaciones de"
        " soja de Brasil a China sumaron 10.000 millones de dólares en 2000.",
        "10.000 millones de dólares",
    ),
]


@pytest.mark.parametrize(("text", "span"), SCOPED_PRODUCT)
def test_a_product_that_scopes_the_flow_is_still_read_as_its_scope(text, span):
    """Guard: the soy exports are one product's trade whatever demand is told beside them;
    never refuted by Brazil's whole exports."""
    result = one(check(text), span)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- a figure reached in the decade ahead is a goal ------------------------------------------------

DECADE_AHEAD = [
    (
        "Pequim, 8 de janeiro de 2015 —\n\nSegundo Xi, o investimento chinês na América Latina"
        " deve subir para 250 bilhões de dólares na próxima década.",
        "250 bilhões de dólares",
    ),
    (
        "Pekín, 8 de enero de 2015 —\n\nSegún Xi, la inversión china en América Latina debe subir"
        " a 250.000 millones de dólares en la próxima década.",
        "250.000 millones de dólares",
    ),
    (
        "Beijing, January 8, 2015 —\n\nAccording to Xi, Chinese investment in Latin America"
        " should rise to US$250 billion in the next decade.",
        "US$250 billion",
    ),
]


@pytest.mark.parametrize(("text", "span"), DECADE_AHEAD)
def test_an_investment_reached_in_the_next_decade_is_the_pledged_stock(text, span):
    result = one(check(text), span)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.rule_id == "commitments"
    assert "investment_stock_250bn" in result.reason


def test_an_investment_of_the_last_decade_is_no_goal():
    """Guard: "Na última década … chegou a 250 bilhões" tells a level, never borne out by the
    pledge's target."""
    text = (
        "Pequim, 8 de janeiro de 2025 —\n\nNa última década, o investimento chinês na América"
        " Latina chegou a 250 bilhões de dólares."
    )
    result = one(check(text), "250 bilhões de dólares")
    assert result.rule_id != "commitments", result.reason
    assert result.verdict is not Verdict.SUPPORTED


# --- a plan's span of years, the region named before -----------------------------------------------

PLAN_AFTER_REGION = [
    (
        "Pequim, 8 de janeiro de 2015 —\n\nXi Jinping abriu nesta quinta-feira o I Fórum"
        " China-Celac. Xi anunciou ainda um plano de cooperação para o período entre 2015 e 2019,"
        " em áreas como comércio, investimento e finanças.",
        "2015 e 2019",
    ),
    (
        "Pekín, 8 de enero de 2015 —\n\nXi Jinping inauguró el jueves el primer foro ministerial"
        " China-Celac. Xi anunció además un plan de cooperación para el período entre 2015 y 2019,"
        " que abarca comercio, inversión y finanzas.",
        "2015 y 2019",
    ),
    (
        "Beijing, January 8, 2015 —\n\nXi Jinping opened the first China-CELAC ministerial forum"
        " in Beijing on Thursday. Xi also announced a cooperation plan for the period between 2015"
        " and 2019, covering trade, investment and finance.",
        "2015 and 2019",
    ),
]


@pytest.mark.parametrize(("text", "span"), PLAN_AFTER_REGION)
def test_a_plan_s_years_after_sentences_on_the_region_are_the_stored_plan_s(text, span):
    result = one(check(text), span)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.rule_id == "plan-span"
    assert "2015–2019" in result.reason


def test_a_plan_with_one_state_is_not_the_region_s():
    """Guard: a plan with Brazil named in its own sentence may be Brazil's own plan with China."""
    text = (
        "Pequim, 8 de janeiro de 2015 —\n\nXi Jinping abriu nesta quinta-feira o I Fórum"
        " China-Celac. Dilma anunciou um plano de cooperação com o Brasil para o período entre 2015"
        " e 2019."
    )
    result = one(check(text), "2015 e 2019")
    assert result.rule_id != "plan-span"
    assert result.verdict is not Verdict.SUPPORTED


# --- the policy paper's title cut at its preposition, its edition, the earlier papers -------------

PAPER_TEXTS = [
    (
        "Pequim, 10 de dezembro de 2025 —\n\nO governo divulgou o 3º Documento sobre a Política da"
        " China para com a América Latina e o Caribe. É a terceira edição do documento. As"
        " anteriores foram publicadas em 2008 e 2016.",
        ("3º Documento sobre", "terceira edição"),
    ),
    (
        "Pekín, 10 de diciembre de 2025 —\n\nSe trata del 3º Documento sobre la Política de China"
        " hacia América Latina y el Caribe. Es la tercera edición del documento. Los anteriores se"
        " publicaron en 2008 y 2016.",
        ("3º Documento sobre", "tercera edición"),
    ),
    (
        "Beijing, December 10, 2025 —\n\nChina released its new Policy Paper on Latin America and"
        " the Caribbean. It is the third edition of the document. The previous ones were issued in"
        " 2008 and 2016.",
        ("third edition",),
    ),
]


@pytest.mark.parametrize(("text", "ranks"), PAPER_TEXTS)
def test_the_third_paper_its_edition_and_the_earlier_papers_are_borne_out(text, ranks):
    results = check(text)
    for span in ranks:
        result = one(results, span)
        assert result.verdict is Verdict.SUPPORTED, (span, result.reason)
        assert result.rule_id == "policy-paper"
        assert "third policy paper" in result.reason
    for year, nth in (("2008", "first"), ("2016", "second")):
        result = one(results, year)
        assert result.verdict is Verdict.SUPPORTED, (year, result.reason)
        assert result.rule_id == "policy-paper"
        assert f"{nth} policy paper" in result.reason


def test_an_edition_of_something_else_is_no_paper():
    """Guard: "a terceira edição do Fórum Empresarial" beside a sentence naming the paper."""
    text = (
        "Pequim, 12 de dezembro de 2025 —\n\nA China publicou seu documento de política para a"
        " América Latina e o Caribe. Foi a terceira edição do Fórum Empresarial."
    )
    result = one(check(text), "terceira edição")
    assert result.rule_id != "policy-paper"


def test_earlier_meetings_are_no_earlier_papers():
    """Guard: "As anteriores reuniões foram realizadas em 2015 e 2018" (no verb of publishing)
    after a sentence naming the paper is not dated by it."""
    text = (
        "Pequim, 10 de dezembro de 2025 —\n\nO governo divulgou o Documento sobre a Política da"
        " China para com a América Latina e o Caribe. As anteriores reuniões foram realizadas em"
        " 2015 e 2018."
    )
    for year in ("2015", "2018"):
        assert one(check(text), year).rule_id != "policy-paper"
