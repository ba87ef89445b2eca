"""General readings found on the fresh dev texts 206-212 of the unseen set (branch
issue-15-s22c: Portuguese pages the store took nothing from), each with real-shaped sentences
(our own) in EN, ES and PT, checked against the package's knowledge base.

* The forum's bare name dates no founding: "discursou na abertura da reunião ministerial do
  Fórum China-Celac em Pequim, em 13 de maio de 2025" was refuted by the forum's founding years
  (2011, 2014); the day of a stored ministerial meeting now bears such a date out.
* A trade event is no tie's first: "A primeira venda … aconteceu em 1973" was refuted by the
  diplomatic relations of 1974.
* A span of time is no list, and one state under two names is no enumeration: "reduzir tarifas
  por 90 dias: as tarifas americanas sobre produtos chineses … e as chinesas …" was called
  inconsistent ("announces 90 dias but lists 2").
* The ordinal of a meeting after a fused preposition: "No quarto encontro ministerial" was not
  read as a rank.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- the forum's name and a ministerial meeting's day -----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "O presidente Xi Jinping discursou na cerimônia de abertura da reunião ministerial do"
            " Fórum China-Celac em Pequim, em 13 de maio de 2025.",
            "maio de 2025",
        ),
        (
            "Xi Jinping habló en la apertura de la reunión ministerial del Foro China-CELAC en"
            " Pekín, el 13 de mayo de 2025.",
            "mayo de 2025",
        ),
        (
            "Xi Jinping spoke at the opening of the ministerial meeting of the China-CELAC Forum"
            " in Beijing on May 13, 2025.",
            "May 13, 2025",
        ),
        (
            "Os chanceleres chegaram para o encontro ministerial do Fórum China-CELAC, aberto em"
            " 13 de maio de 2025.",
            "maio de 2025",
        ),
    ],
)
def test_a_stored_ministerial_meetings_day_bears_the_date_out(kb, text, figure):
    result = one(check(text, kb, date="2025-05-14"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "O Fórum China-CELAC reuniu os chanceleres da região em Pequim em maio de 2025.",
            "maio de 2025",
        ),
        (
            "El Foro China-CELAC reunió a los cancilleres de la región en Pekín en mayo de 2025.",
            "mayo de 2025",
        ),
        (
            "Xi spoke at the ministerial meeting of the China-CELAC Forum in Beijing on May 14,"
            " 2025.",
            "May 14, 2025",
        ),
    ],
)
def test_the_forums_name_alone_dates_no_founding(kb, text, figure):
    result = one(check(text, kb, date="2025-05-20"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.metric != "forum_established_year"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("O Fórum China-CELAC foi criado em 2014.", "2014"),
        ("El Foro China-CELAC fue creado en 2014.", "2014"),
        ("The China-CELAC Forum was established in 2014.", "2014"),
    ],
)
def test_guard_a_founding_word_still_dates_the_forum(kb, text, figure):
    result = one(check(text, kb, date="2024-01-10"), figure)
    assert result.claim.metric == "forum_established_year"
    assert result.verdict is Verdict.DISPUTED, result.reason


# --- a trade event is no tie's first ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A primeira venda entre o Brasil e a China aconteceu em 1973, e as relações"
            " diplomáticas foram oficializadas no ano seguinte.",
            "primeira venda",
        ),
        (
            "La primera venta entre Brasil y China ocurrió en 1973, y las relaciones diplomáticas"
            " llegaron al año siguiente.",
            "primera venta",
        ),
        (
            "The first sale between Brazil and China took place in 1973, and diplomatic relations"
            " followed the next year.",
            "first sale",
        ),
        (
            "O primeiro embarque do Brasil para a China saiu em 1973, antes das relações"
            " diplomáticas.",
            "primeiro embarque",
        ),
    ],
)
def test_a_trade_event_is_no_ties_first(kb, text, figure):
    results = check(text, kb, date="2023-04-10")
    result = one(results, figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert not [r for r in results if r.verdict is Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "O Brasil estabeleceu relações diplomáticas com a China em 1974.",
            "1974",
        ),
        (
            "Brasil estableció relaciones diplomáticas con China en 1975.",
            "1975",
        ),
    ],
)
def test_guard_a_ties_date_keeps_its_verdict(kb, text, figure):
    result = one(check(text, kb, date="2023-04-10"), figure)
    expected = Verdict.SUPPORTED if figure == "1974" else Verdict.CONTRADICTED
    assert result.verdict is expected, result.reason


# --- a span of time is no list; one state under two names is no enumeration -----------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Washington e Pequim fecharam um acordo para reduzir tarifas por 90 dias: as tarifas"
            " americanas sobre produtos chineses caíram de 145% para 30%, e as chinesas sobre"
            " produtos dos EUA, de 125% para 10%.",
            "90 dias",
        ),
        (
            "Washington y Pekín acordaron reducir aranceles durante 90 días: los aranceles sobre"
            " productos chinos bajaron al 30%, y los chinos sobre productos de EE.UU., al 10%.",
            "90 días",
        ),
        (
            "Washington and Beijing agreed to cut tariffs for 90 days: duties on Chinese goods"
            " fell to 30%, and China's duties on US goods fell to 10%.",
            "90 days",
        ),
    ],
)
def test_a_span_of_time_is_no_list(kb, text, figure):
    result = one(check(text, kb, date="2025-05-14"), figure)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Três países assinaram: a China, o governo chinês e o Brasil.",
        "Tres países firmaron: China, el gobierno chino y Brasil.",
        "Three countries signed: China, the Chinese government and Brazil.",
    ],
)
def test_one_state_under_two_names_is_no_enumeration_of_states(kb, text):
    results = check(text, kb, date="2025-05-14")
    assert not [r for r in results if r.verdict is Verdict.INCONSISTENT], [
        (r.claim.text, r.reason) for r in results
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Eight LAC countries (Argentina, Bolivia, Chile, Costa Rica, El Salvador, Guatemala,"
            " Peru, Panama, and Paraguay) joined the initiative.",
            "Eight LAC countries",
        ),
        (
            "Cinco países da região (Brasil, Chile, Argentina, Peru, Uruguai e Colômbia)"
            " ganharam isenção de vistos da China.",
            "Cinco países",
        ),
    ],
)
def test_guard_a_list_of_states_is_still_counted(kb, text, figure):
    result = one(check(text, kb, date="2025-05-14"), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason


# --- the ordinal of a meeting after a fused preposition ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "No quarto encontro ministerial do Fórum China-CELAC, o governo chinês anunciou uma"
            " linha de crédito.",
            "quarto encontro ministerial",
        ),
        (
            "Na quarta reunião ministerial do Fórum China-CELAC, Xi anunciou uma linha de crédito.",
            "quarta reunião ministerial",
        ),
        (
            "Al cierre del cuarto encuentro ministerial del Foro China-CELAC, Xi anunció una línea"
            " de crédito.",
            "cuarto encuentro ministerial",
        ),
    ],
)
def test_a_meetings_ordinal_after_a_fused_preposition(kb, text, figure):
    result = one(check(text, kb, date="2025-05-20"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "At the fourth ministerial meeting of the China-CELAC Forum, Xi announced a credit"
            " line.",
            "fourth ministerial meeting",
        ),
    ],
)
def test_guard_the_english_ordinal_reads_as_before(kb, text, figure):
    result = one(check(text, kb, date="2025-05-20"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "No segundo trimestre, as exportações do Brasil para a China cresceram 5%.",
        "Na segunda metade do ano, as vendas à China caíram.",
    ],
)
def test_guard_a_fused_preposition_before_a_part_of_the_year_reads_no_rank(kb, text):
    results = check(text, kb, date="2025-05-20")
    assert not [r for r in results if r.claim.kind.value == "rank"], [r.claim.text for r in results]


# --- a trading partner's rank after a fused preposition ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "De janeiro a junho de 2020, a China recebeu 33,8% de toda a exportação brasileira,"
            " outro recorde do maior parceiro comercial do Brasil.",
            "maior parceiro comercial",
        ),
        (
            "En 2022, las ventas de Chile al principal socio comercial del país, China, crecieron.",
            "principal socio comercial",
        ),
        (
            "Em 2022, o Brasil vendeu mais ao maior parceiro comercial, a China, do que aos EUA.",
            "maior parceiro comercial",
        ),
    ],
)
def test_a_partners_rank_after_a_fused_preposition_is_read(kb, text, figure):
    result = one(check(text, kb, date="2023-01-10"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_a_partners_rank_after_a_fused_preposition_is_judged(kb):
    text = (
        "Em 2022, as compras da China, o que reforça o posto do maior parceiro comercial do"
        " Brasil, cresceram."
    )
    result = one(check(text, kb, date="2023-01-10"), "maior parceiro comercial")
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "No segundo maior parceiro comercial do Brasil, os Estados Unidos, as vendas caíram em"
        " 2022.",
        "The largest trading partner of Brazil, China, bought more in 2022.",
    ],
)
def test_guard_no_partners_rank_is_refuted_by_the_new_reading(kb, text):
    results = check(text, kb, date="2023-01-10")
    assert not [r for r in results if r.verdict is Verdict.CONTRADICTED], [
        (r.claim.text, r.reason) for r in results
    ]


# --- editions of one database that revise a figure ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Em 2010, os bancos estatais da China emprestaram US$ 35 bilhões para a região.",
            "US$ 35 bilhões",
        ),
        (
            "En 2010, los bancos estatales de China prestaron US$ 35.000 millones a la región.",
            "US$ 35.000 millones",
        ),
        ("In 2010, China's state banks lent US$ 35 billion to the region.", "US$ 35 billion"),
    ],
)
def test_a_figure_within_the_revisions_of_one_database_is_not_refuted(kb, text, figure):
    # Stored: 37 (2013 vintage) and 35.7 (2022 vintage) of the same loans database for 2010.
    result = one(check(text, kb, date="2016-02-10"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "vintages of one database" in result.reason


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "En 2010, los bancos estatales de China prestaron US$ 29.000 millones a la región.",
            "US$ 29.000 millones",
            Verdict.CONTRADICTED,
        ),
        (
            "In 2010, China's state banks lent US$ 45 billion to the region.",
            "US$ 45 billion",
            Verdict.CONTRADICTED,
        ),
        (
            "Em 2010, os bancos estatais da China emprestaram US$ 37 bilhões para a região.",
            "US$ 37 bilhões",
            Verdict.DISPUTED,
        ),
    ],
)
def test_guard_a_figure_beyond_the_revisions_is_still_refuted(kb, text, figure, verdict):
    result = one(check(text, kb, date="2016-02-10"), figure)
    assert result.verdict is verdict, result.reason


# --- a state named after a comparison figure is that figure's -------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "No mês de setembro, a China foi o principal parceiro comercial da Argentina, à frente"
            " do Brasil.\n\nSomadas exportações e importações, a corrente de comércio com a China"
            " chegou a US$ 3,10 bilhões, contra US$ 2,892 bilhões com o Brasil.",
            "US$ 3,10 bilhões",
        ),
        (
            "En septiembre, China fue el principal socio comercial de la Argentina, por delante de"
            " Brasil.\n\nEl intercambio con China llegó a US$ 3.100 millones, frente a US$ 2.892"
            " millones con Brasil.",
            "US$ 3.100 millones",
        ),
        (
            "In September, China was Argentina's main trading partner, ahead of Brazil.\n\nTrade"
            " with China reached US$ 3.10 billion, against US$ 2.892 billion with Brazil.",
            "US$ 3.10 billion",
        ),
    ],
)
def test_a_state_after_a_comparison_figure_is_not_the_first_figures(kb, text, figure):
    result = one(check(text, kb, date="2025-10-20"), figure)
    assert result.claim.entity == "ARG", (result.claim.entity, result.reason)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "O comércio do Brasil com a China chegou a US$ 150,4 bilhões em 2022.",
            "US$ 150,4 bilhões",
        ),
        (
            "Brazil's trade with China reached US$ 150.4 billion in 2022, against US$ 135 billion"
            " a year before.",
            "US$ 150.4 billion",
        ),
    ],
)
def test_guard_a_state_before_the_figure_keeps_it(kb, text, figure):
    result = one(check(text, kb, date="2023-04-10"), figure)
    assert result.claim.entity == "BRA", (result.claim.entity, result.reason)
    # Brazil's 150.4 now has China's customs count, 171.49, beside it (round 35): disputed.
    assert result.verdict is Verdict.DISPUTED, result.reason
    assert "150.4 usd_bn 2022" in result.reason


# --- a ministerial meeting's date read as the forum's founding -----------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "At the China-CELAC Forum in Beijing in May 2025, Xi launched a credit line.",
            "May 2025",
        ),
        ("The China-CELAC Forum was founded in 2015.", "2015"),
        ("El Foro China-CELAC fue creado en 2015.", "2015"),
        ("O Fórum China-CELAC foi criado em 2015.", "2015"),
    ],
)
def test_a_forum_meetings_date_is_not_refuted_as_its_founding(kb, text, figure):
    result = one(check(text, kb, date="2025-05-20"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "ministerial meeting of the forum" in result.reason


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        ("The China-CELAC Forum was founded in 2019.", "2019", Verdict.CONTRADICTED),
        ("El Foro China-CELAC fue creado en 2018.", "2018", Verdict.CONTRADICTED),
        ("O Fórum China-CELAC foi criado em 2014.", "2014", Verdict.DISPUTED),
    ],
)
def test_guard_a_founding_year_of_no_first_meeting_keeps_its_verdict(kb, text, figure, verdict):
    result = one(check(text, kb, date="2025-05-20"), figure)
    assert result.verdict is verdict, result.reason
