"""General readings found on the fresh dev texts 135-141 of the unseen set (branch
issue-15-s18c: pages the store took nothing from), each with real-shaped sentences (our own) in
EN, ES and PT, checked against the package's knowledge base.

* A figure alone in brackets after a figure ("… US$ 136,3 bilhões (cerca de R$ 787,2
  bilhões)") made the check crash on the next undated sentence of its paragraph: the clause the
  bracketed figure follows was bound to the name of the period that dates later sentences.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a bracketed figure, then an undated sentence ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "From January to October 2024 trade between the two countries was US$ 136.3 billion"
            " (about R$ 787.2 billion). Imports reached US$ 52.9 billion (more than R$ 305.6"
            " billion).",
            "US$ 52.9 billion",
        ),
        (
            "De enero a octubre de 2024 el intercambio entre los dos países fue de US$ 136,3 mil"
            " millones (cerca de R$ 787,2 mil millones). Las importaciones llegaron a US$ 52,9 mil"
            " millones (más de R$ 305,6 mil millones).",
            "US$ 52,9 mil millones",
        ),
        (
            "De janeiro a outubro de 2024 o intercâmbio entre os dois países foi de US$ 136,3"
            " bilhões (cerca de R$ 787,2 bilhões). As importações chegaram a US$ 52,9 bilhões"
            " (mais de R$ 305,6 bilhões).",
            "US$ 52,9 bilhões",
        ),
        (
            "From January to October 2024 bilateral trade was US$ 5 billion (about 4.6 billion"
            " euros). Imports reached US$ 3 billion (about 2.8 billion euros).",
            "US$ 3 billion",
        ),
        (
            "Entre enero y octubre de 2024 el comercio bilateral sumó 5.000 millones de dólares"
            " (unos 4.600 millones de euros). Las importaciones llegaron a 3.000 millones de"
            " dólares (unos 2.800 millones de euros).",
            "3.000 millones de dólares",
        ),
        (
            "De janeiro a outubro de 2024 o comércio bilateral foi de US$ 5 bilhões (cerca de 4,6"
            " bilhões de euros). As importações chegaram a US$ 3 bilhões (cerca de 2,8 bilhões de"
            " euros).",
            "US$ 3 bilhões",
        ),
    ],
)
def test_a_bracketed_figure_does_not_break_the_next_sentence(kb, text, figure):
    # Main: AttributeError ('tuple' object has no attribute 'text') on the second sentence.
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED
    assert result.claim.period is not None and result.claim.period.start_year == 2024


# --- a goal does not bear out a bound below it -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 2025 — China will offer more than 1,000 government scholarships to Latin America"
            " and the Caribbean over the next three years.",
            "more than 1,000 government scholarships",
        ),
        (
            "Mayo de 2025 — China ofrecerá más de 1.000 becas gubernamentales a América Latina y el"
            " Caribe en los próximos tres años.",
            "más de 1.000 becas gubernamentales",
        ),
        (
            "Maio de 2025 — A China vai oferecer mais de 1.000 bolsas de estudo governamentais à"
            " América Latina e ao Caribe nos próximos três anos.",
            "mais de 1.000 bolsas",
        ),
    ],
)
def test_a_pledge_target_does_not_bear_out_a_lower_bound_below_it(kb, text, figure):
    # Main: supported, "matches the target of commitment beijing2025_scholarships_3500": the
    # goal of 3,500 lies above 1,000, but the text states no such goal.
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 2025 — China will offer more than 3,500 government scholarships to Latin America"
            " and the Caribbean over the next three years.",
            "more than 3,500 government scholarships",
        ),
        (
            "Mayo de 2025 — China ofrecerá 3.500 becas gubernamentales a América Latina y el Caribe"
            " en los próximos tres años.",
            "3.500 becas gubernamentales",
        ),
    ],
)
def test_a_bound_that_writes_the_target_still_matches_it(kb, text, figure):
    # Guard: the number the bound writes is the pledge's own.
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED


# --- "since 2000 from X to Y in 2022": X is the level of 2000 ----------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "2023 — China's bilateral trade with Latin America has surged since 2000 from just over"
            " $14 billion to $495 billion in 2022.",
            "over $14 billion",
        ),
        (
            "2023 — El comercio bilateral de China con América Latina pasó desde 2000 de poco más de"
            " 14.000 millones de dólares a 495.000 millones en 2022.",
            "14.000 millones de dólares",
        ),
        (
            "2023 — O comércio bilateral da China com a América Latina passou, desde 2000, de pouco"
            " mais de US$ 14 bilhões para US$ 495 bilhões em 2022.",
            "US$ 14 bilhões",
        ),
    ],
)
def test_the_first_figure_after_since_is_the_level_of_the_first_year(kb, text, figure):
    # Main: the figure read for 2000 to the article's date (EN: supported by a pledge's
    # delivered 2023 level; ES: "inconsistent", a change running backwards in time; PT: dated
    # 2021). It is 2000's total, where the stored rows disagree (ECLAC 14, China Customs 12).
    result = one(check(text, kb), figure)
    assert result.claim.period is not None
    assert (result.claim.period.start_year, result.claim.period.end_year) == (2000, 2000)
    assert result.verdict is Verdict.DISPUTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "2023 — China's bilateral trade with Latin America has surged since 2000 from $12"
            " billion to $495 billion in 2022.",
            "$12 billion",
        ),
        (
            "2023 — El comercio bilateral de China con América Latina pasó desde 2000 de 12.000"
            " millones de dólares a 495.000 millones en 2022.",
            "12.000 millones de dólares",
        ),
    ],
)
def test_since_from_to_is_no_change_running_backwards(kb, text, figure):
    # Main: "inconsistent" (the change runs backwards in time: 2000–2023 → 2022).
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.INCONSISTENT


def test_since_with_a_year_beside_each_figure_keeps_them(kb):
    # Guard: "from X in 2001 to Y in 2022" dates each figure by its own year.
    text = (
        "2023 — Since 2000, China's trade with Latin America has grown from $15 billion in 2001"
        " to $495 billion in 2022."
    )
    result = one(check(text, kb), "$15 billion")
    assert result.claim.period is not None and result.claim.period.start_year == 2001


# --- a state's name inside a newspaper's name ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "2023 — According to the Panama Star, China's bilateral trade with the region grew"
            " from $14 billion in 2000 to $50 billion in 2022.",
            "$50 billion",
        ),
        (
            "2023 — Según el Panama Star, el comercio bilateral de China con la región pasó de"
            " 14.000 millones de dólares en 2000 a 50.000 millones en 2022.",
            "50.000 millones",
        ),
        (
            "2023 — Segundo o Panama Star, o comércio bilateral da China com a região passou de US$"
            " 14 bilhões em 2000 para US$ 50 bilhões em 2022.",
            "US$ 50 bilhões",
        ),
    ],
)
def test_a_newspaper_named_after_a_state_is_not_that_state(kb, text, figure):
    # Main: read as Panama's trade (nothing stored, unverifiable); it is the region's, and
    # every stored 2022 row is near US$500 billion.
    result = one(check(text, kb), figure)
    assert result.claim.entity == "LAC"
    assert result.verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        (
            "2023 — Panama's trade with China reached $5 billion in 2022, the Panama Star said.",
            "$5 billion",
            "PAN",
        ),
        (
            "2023 — Brazil's exports to China post a record of $89 billion in 2022.",
            "$89 billion",
            "BRA",
        ),
        (
            "2023 — Según el Diario de Cuba, las exportaciones de Cuba a China sumaron 500 millones"
            " de dólares en 2022.",
            "500 millones de dólares",
            "CUB",
        ),
    ],
)
def test_a_state_named_outside_the_newspaper_name_is_kept(kb, text, figure, entity):
    # Guards: the state named as the subject; a lower-case "post" is a verb, not a name.
    result = one(check(text, kb), figure)
    assert result.claim.entity == entity


# --- a list pairing states with years: each year is its state's event -------------------------


@pytest.mark.parametrize(
    ("text", "figure", "entity"),
    [
        (
            "March 2023 — Since 2007, four other Latin American countries have cut ties with"
            " Taipei to establish relations with China (Costa Rica, in 2007; Panama, in 2017; El"
            " Salvador, in 2018; and Nicaragua, in 2021).",
            "2017",
            "PAN",
        ),
        (
            "Marzo de 2023 — Desde 2007, otros cuatro países latinoamericanos han cortado lazos con"
            " Taipéi para establecer relaciones con China (Costa Rica, en 2007; Panamá, en 2017; El"
            " Salvador, en 2018; y Nicaragua, en 2021).",
            "2018",
            "SLV",
        ),
        (
            "Março de 2023 — Desde 2007, outros quatro países latino-americanos cortaram laços com"
            " Taipé para estabelecer relações com a China (Costa Rica, em 2007; Panamá, em 2017; El"
            " Salvador, em 2018; e Nicarágua, em 2021).",
            "2021",
            "NIC",
        ),
        (
            "2023 — Three countries of the region have free trade agreements with China: Chile (in"
            " force since 2006), Peru (in force since 2010) and Costa Rica (in force since 2011).",
            "2006",
            "CHL",
        ),
        (
            "2023 — Tres países de la región tienen tratados de libre comercio con China: Chile (en"
            " vigor desde 2006), Perú (en vigor desde 2010) y Costa Rica (en vigor desde 2011).",
            "2010",
            "PER",
        ),
        (
            "2023 — Três países da região têm acordos de livre comércio com a China: Chile (em vigor"
            " desde 2006), Peru (em vigor desde 2010) e Costa Rica (em vigor desde 2011).",
            "2011",
            "CRI",
        ),
    ],
)
def test_a_year_listed_with_its_state_is_that_states_event(kb, text, figure, entity):
    # Main: no claim (the sentence's count took the sentence; its years were periods only).
    result = one(check(text, kb), figure)
    assert result.claim.entity == entity
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "2023 — Three countries of the region have free trade agreements with China: Chile (in"
            " force since 2005), Peru (in force since 2010) and Costa Rica (in force since 2011).",
            "2005",
        ),
        (
            "Marzo de 2023 — Desde 2007, otros cuatro países latinoamericanos han cortado lazos con"
            " Taipéi para establecer relaciones con China (Costa Rica, en 2008; Panamá, en 2017; El"
            " Salvador, en 2018; y Nicaragua, en 2021).",
            "2008",
        ),
    ],
)
def test_a_listed_year_is_never_refuted(kb, text, figure):
    # Guard: the pairing is a reading by position; a wrong year is shown, not called
    # contradicted.
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE


def test_one_state_with_a_year_is_no_list(kb):
    # Guard: "Chile (since 2006)" alone, beside a figure, stays the figure's period.
    text = "2023 — Exports to Chile (since 2006) grew to US$ 5 billion, Peru's to US$ 3 billion."
    results = check(text, kb)
    assert not any(r.claim.text == "2006" for r in results)


# --- "from just over X to Y, an N-fold growth": a multiple the levels do not give -------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "2023 — China's bilateral trade with the region has surged since 2000 from just over $14"
            " billion to $50 billion in 2022, an astonishing 35-fold growth.",
            "35-fold",
        ),
        (
            "2023 — El comercio bilateral de China con la región pasó desde 2000 de apenas 14.000"
            " millones de dólares a 50.000 millones en 2022, un aumento de 35 veces.",
            "35 veces",
        ),
        (
            "2023 — O comércio bilateral da China com a região passou, desde 2000, de apenas US$ 14"
            " bilhões para US$ 50 bilhões em 2022, um crescimento de 35 vezes.",
            "35 vezes",
        ),
    ],
)
def test_a_multiple_the_hedged_levels_do_not_give_is_inconsistent(kb, text, figure):
    # Main: "from just over" / "de apenas" kept the pair from being read as a change, so the
    # multiple was left unverifiable (50 / 14 = 3.6, not 35).
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "2023 — China's bilateral trade with the region has surged since 2000 from just over $14"
            " billion to $500 billion in 2022, an astonishing 35-fold growth.",
            "35-fold",
        ),
        (
            "2023 — El comercio bilateral de China con la región pasó desde 2000 de apenas 14.000"
            " millones de dólares a 500.000 millones en 2022, un aumento de 35 veces.",
            "35 veces",
        ),
        (
            "2023 — O comércio bilateral da China com a região passou de US$ 14 bilhões em 2000"
            " para US$ 495 bilhões em 2022, um crescimento de 35 vezes.",
            "35 vezes",
        ),
    ],
)
def test_a_multiple_the_levels_allow_as_written_stands(kb, text, figure):
    # Guards: 500 / 14 = 35.7, and "just over 14" or "14.000" rounded allow 35.
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.INCONSISTENT


# --- talks named in another clause do not hold back a signature's year ------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "2023 — Ecuador and Nicaragua signed free trade agreements with China in 2023, and"
            " Honduras began negotiations on a free trade agreement with China in July 2023.",
            "2023",
        ),
        (
            "2023 — Ecuador y Nicaragua firmaron tratados de libre comercio con China en 2023, y"
            " Honduras inició negociaciones para un tratado de libre comercio con China en julio de"
            " 2023.",
            "2023",
        ),
        (
            "2023 — Equador e Nicarágua assinaram acordos de livre comércio com a China em 2023, e"
            " Honduras iniciou negociações para um acordo de livre comércio com a China em julho de"
            " 2023.",
            "2023",
        ),
    ],
)
def test_talks_of_another_clause_leave_the_signature_year_judged(kb, text, figure):
    # Main: the whole sentence skipped for its "negotiations" (unverifiable, no metric).
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "2023 — Ecuador and Nicaragua signed free trade agreements with China in 2023, and"
        " Honduras began negotiations on a free trade agreement with China in July 2023.",
        "2023 — Honduras began negotiations on a free trade agreement with China in 2021.",
    ],
)
def test_the_year_of_talks_is_not_judged_as_a_tie(kb, text):
    # Guard: the clause of the talks still dates no tie (HND signed nothing; the ties table
    # dates no start of talks).
    result = next(r for r in check(text, kb) if r.claim.entity == "HND")
    assert result.verdict is Verdict.UNVERIFIABLE


# --- a yearly amount over a span is no total of the span ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 2024 — Chinese investment in Latin America reached $8 billion annually between"
            " 2005 and 2021.",
            "$8 billion",
        ),
        (
            "March 2024 — Chinese investment in Latin America fell to an average of $8 billion from"
            " 2005 to 2021.",
            "$8 billion",
        ),
        (
            "Marzo de 2024 — La inversión china en América Latina alcanzó 8.000 millones de dólares"
            " anuales entre 2005 y 2021.",
            "8.000 millones de dólares",
        ),
        (
            "Marzo de 2024 — La inversión china en América Latina fue de un promedio de 8.000"
            " millones de dólares de 2005 a 2021.",
            "8.000 millones de dólares",
        ),
        (
            "Março de 2024 — O investimento chinês na América Latina chegou a US$ 8 bilhões por ano"
            " entre 2005 e 2021.",
            "US$ 8 bilhões",
        ),
        (
            "Março de 2024 — O investimento chinês na América Latina caiu para uma média de US$ 8"
            " bilhões de 2005 a 2021.",
            "US$ 8 bilhões",
        ),
    ],
)
def test_a_yearly_amount_over_a_span_is_not_the_spans_total(kb, text, figure):
    # Main: contradicted by the stored 2005-2021 total (CRS, US$140 billion).
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED
    assert result.claim.metric is not None and result.claim.metric.endswith("_annual_average")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 2024 — Chinese investment in Latin America totalled $8 billion between 2005 and"
            " 2021.",
            "$8 billion",
        ),
        (
            "Marzo de 2024 — La inversión china en América Latina sumó 8.000 millones de dólares"
            " entre 2005 y 2021.",
            "8.000 millones de dólares",
        ),
    ],
)
def test_a_total_over_a_span_is_still_compared(kb, text, figure):
    # Guard: no yearly word: the span's total, refuted by the stored US$140 billion.
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.CONTRADICTED


# --- projects of the Belt and Road are another scope than every Chinese project ---------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "2024 — Under the Belt and Road Initiative, Chinese firms had 200 infrastructure"
            " projects in Latin America in 2023.",
            "200 infrastructure projects",
        ),
        (
            "2024 — En 2023, las empresas chinas tenían 200 proyectos de infraestructura de la"
            " Franja y la Ruta en América Latina.",
            "200 proyectos",
        ),
        (
            "2024 — Em 2023, as empresas chinesas tinham 200 projetos de infraestrutura da"
            " Iniciativa Cinturão e Rota na América Latina.",
            "200 projetos",
        ),
    ],
)
def test_belt_and_road_projects_are_not_every_chinese_project(kb, text, figure):
    # Main: contradicted by the stored 268 Chinese infrastructure projects of 2023 (RED ALC's
    # monitor, Belt and Road or not).
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED
    assert result.claim.metric == "bri_projects_count"


def test_chinese_infrastructure_projects_are_still_compared(kb):
    # Guard: no initiative named: the stored count of every Chinese project applies.
    text = "2024 — Chinese firms had 200 infrastructure projects in Latin America in 2023."
    result = one(check(text, kb), "200 infrastructure projects")
    assert result.claim.metric == "infrastructure_projects_count"


# --- the day of a ministerial meeting whose ordinal the sentence writes ------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 2025 — Chinese President Xi Jinping opened the fourth ministerial meeting of the"
            " China-CELAC Forum in Beijing on May 13.",
            "May 13",
        ),
        (
            "Mayo de 2025 — El presidente de China, Xi Jinping, encabezó este lunes 13 de mayo la"
            " apertura de la cuarta reunión ministerial del Foro China-CELAC en Beijing.",
            "13 de mayo",
        ),
        (
            "Maio de 2025 — O presidente chinês, Xi Jinping, abriu em 13 de maio a quarta reunião"
            " ministerial do Fórum China-CELAC, em Pequim.",
            "13 de maio",
        ),
    ],
)
def test_the_day_of_the_nth_ministerial_meeting_is_read(kb, text, figure):
    # Main: no claim (a sentence of ranks made no date a claim).
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED


def test_another_day_beside_the_ordinal_is_never_refuted(kb):
    # Guard: the date may be another event's (an opening, an announcement): shown, not refuted.
    text = (
        "Mayo de 2025 — Xi Jinping encabezó el 13 de abril la apertura de la cuarta reunión"
        " ministerial del Foro China-CELAC."
    )
    result = one(check(text, kb), "13 de abril")
    assert result.verdict is Verdict.UNVERIFIABLE


# --- relations with Taiwan are not relations with the PRC --------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 2023 — Honduras established diplomatic relations with Taiwan in 1941.",
            "1941",
        ),
        (
            "Marzo de 2023 — Honduras estableció relaciones diplomáticas con Taiwán en 1941.",
            "1941",
        ),
        (
            "Março de 2023 — Honduras estabeleceu relações diplomáticas com Taiwan em 1941.",
            "1941",
        ),
        (
            "Marzo de 2023 — Nicaragua estableció relaciones con Taiwán en 1990.",
            "1990",
        ),
    ],
)
def test_relations_with_taiwan_are_not_dated_by_the_prc_tie(kb, text, figure):
    # Main: contradicted by Honduras's PRC relations of 2023 (the last one by the new cue
    # "estableció relaciones", before this reading).
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED


def test_relations_with_china_after_a_break_with_taiwan_stay_judged(kb):
    # Guard: the PRC named as the partner keeps the PRC tie (2022 is refuted by 2023-03-26).
    text = (
        "March 2023 — Honduras broke its relations with Taiwan and established diplomatic"
        " relations with China in 2022."
    )
    result = one(check(text, kb), "2022")
    assert result.verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "March 2023 — Panama broke diplomatic relations with Taiwan in 2017.",
            "2017",
            "supported",
        ),
        (
            "Marzo de 2023 — Panamá rompió relaciones diplomáticas con Taiwán en 2016.",
            "2016",
            "contradicted",
        ),
        (
            "Março de 2023 — O Panamá rompeu relações diplomáticas com Taiwan em 2017.",
            "2017",
            "supported",
        ),
    ],
)
def test_a_break_with_taipei_is_still_dated_by_the_switch(kb, text, figure, verdict):
    # Guard: a break with Taiwan is the day of the switch the PRC tie dates.
    result = one(check(text, kb), figure)
    assert result.verdict.value == verdict
