"""Readings fixed by the lead at stop 43 (issue 15), real-shaped sentences of our own.

* **A rate told with the two levels it compares, in one sentence** (`growth_rate.
  GrowthRate._rate_beside_compared_levels`): after them ("65.102 millones de dólares, contra
  60.291 millones del 2014, lo que representa una baja cercana al 10%", Mexico's deficit with
  China by Banco de México, 2015: a rise of 8 % told as a fall of about 10 %), or before them
  ("subiram 25% em 2016, para US$ 8,5 bilhões, ante US$ 7,4 bilhões em 2015"). Main read
  the rate as a figure of no metric, or of a period it does not speak of, and left a rate its
  own levels refute unread. A rate the levels give, within its rounding and half a point, is
  left alone (guards); so is one whose sign no noun or verb tells, and one beside levels of
  different metrics, states or the same year.
* **A collapse is a change** (`mentions.CHANGE_VERB_BEFORE`): "se desplomaron un 30% en 2016,
  hasta 16.000 millones", "despencaram 30% em 2016, até US$ 16 bilhões": the level after
  "hasta"/"até" is the one reached, not a ceiling (main read "at most 16,000 million", which any
  smaller stored value would have borne out).
* **"the year before", "el año anterior" right after a figure** (`extract.YEAR_EARLIER_AFTER`)
  date it a year before the sentence's period, as "a year earlier" and "do ano anterior"
  already did ("frente a 4.200 millones el año anterior" was read for the sentence's 2016).
* **China named after the rank, by a copula** (`partner_rank.CHINA_AFTER_COPULA`): "Mexico's
  second-largest trading partner in 2024 was China", "El segundo socio comercial de México en
  2024 fue China", "O segundo maior parceiro comercial do México em 2024 foi a China" were
  read as ranks of no metric (the rule read China only before the rank). Guards: a negated
  copula, another partner after the copula, China named in another clause.
* **The verb right before a figure tells its flow** (`extract._verb_right_before`): in
  "exportó al gigante asiático US$ 402,7 millones e importó US$ 3.393 millones" and "vendeu à
  China US$ 402,7 milhões e comprou US$ 3,393 bilhões" the second figure took the first one's
  flow (Costa Rica's exports, PROCOMER 2023), read as a metric inferred from before and, with the
  first flow's store row far off, left unverifiable; it is the other flow.
* **Vocabulary** (`data/knowledge/metrics.csv`, `claims/lexicon/metric_cues.csv`): "recognise
  Taipei", "reconocen a Taipéi", "reconhecem Taipé" name Taiwan's allies; a loan share "para
  energía" / "para infraestrutura" is read with the verbs of lending ("prestaron",
  "emprestaram"), not only the noun "préstamos".
* **A goal noun right after the figure** (`extract.TARGET_NOUN_AFTER`): "In 2024, China-LAC
  trade exceeded the US$500 billion target set in 2014" was **contradicted** by 2014's trade
  (263.6 bn), a false accusation of a true sentence: English writes the goal as a compound
  ("the US$500 billion target", "a $250 billion investment goal"); the figure is a target, which
  the pledge rule judges, never a level of the year named.
* **A level passed is no goal** (`commitments.PASSED`): "In 2024 bilateral trade topped half a
  trillion dollars", "superó el medio billón", "passou de meio trilhão" were borne out by the
  US$ 500 bn target of 2014, the pledge shown as their evidence; a level passed is read like
  one reached (the delivered level bears it out), unless the sentence names the goal.
* **Two more false "contradicted"** of one part of a flow read as the whole: "China bought US$
  20.5 billion worth of Chilean copper in 2023" (an adjective of origin between "worth of" and
  the product, `extract.PRODUCT_AFTER`) and "China's exports of services to Chile rose to US$ 2
  billion in 2023" (trade in services, which the store does not hold: `extract.SERVICES_WORD`,
  a doubt of its own) were refuted by Chile's goods trade with China. Now never refuted. A
  body's name ("Ministério do Desenvolvimento, Indústria, Comércio e Serviços") is no services
  flow (guard).
* **A part of a state** (`extract.SUBNATIONAL_KIND`, `SUBNATIONAL_NAME`, and the region's
  code no longer exempt): "Exports from the Chilean region of Antofagasta to China reached US$
  12 billion" was refuted by Chile's exports, and "las exportaciones de la región de
  Antofagasta" by the whole region's (its "región" read as Latin America): a region, port or
  city of a state is read as its states and provinces were; never refuted.
* **Another group of partners** (`partners.OTHER_GROUP`, read by `commitments.
  _about_the_claims_entity`): "O comércio entre a China e os países de língua portuguesa
  ultrapassou 220 mil milhões de dólares em 2023" was borne out by the region's trade delivered
  under the US$ 500 bn pledge; the Portuguese-speaking countries, Africa, ASEAN, the Arab states
  or the BRICS are not the region.
* **A switch of recognition** (`lexicon/tie_cues.csv`: "restableció relaciones", "restored
  diplomatic relations", "cambió de reconocimiento", "mudou o reconhecimento", "switched
  recognition"): Nicaragua's restoring of December 2021 and Honduras's switch of March 2023
  were read as dates of no metric. Told **without saying to which side** ("Nicaragua switched
  recognition in 1990", which went to Taipei), such a change is never refuted by the PRC tie
  (`ties_date.EITHER_WAY`): main refuted the existing plural "restablecieron relaciones" so,
  and would have refuted the new cues.
* **A loan database a year further behind** (`store_facts._since_to_last_year`): "Since 2005,
  Venezuela has received US$ 62.2 billion in loans", in mid-2023, is BU-IAD's total to 2021;
  the total to the year before the last full one bears it out too (never refutes it).
* **The forum's name before "ministerial meeting"** (`meeting_ordinal.MEETING_NOUN`): "The first
  China-CELAC Forum ministerial meeting was held in Beijing in January 2015" was read as a rank
  of no metric (the ordinal before "ministerial meeting of the China-CELAC Forum" was read).
* **Words of a tour** (`trips._VERBS`): "In July 2014 Xi toured Brazil, Argentina, Venezuela and
  Cuba", "recorrió" name a trip for the visit-date rule.
* **A place among the partners** (`partner_rank.PLACE_NOUN`, `AMONG_PARTNERS`): "Among Mexico's
  trading partners in 2024, China ranked second", "China ocupó el segundo lugar entre los socios
  comerciales de México", "a China ficou em segundo lugar" among "os parceiros comerciais" were
  ranks of no metric.
* **A total as of a year between two sources** (`store_facts._between_sources`; found by the
  twenty-fourth mutation run): "By 2021, Chinese loans to Latin America had totalled US$ 136
  billion" was **contradicted** by CRS's 138 and BU-IAD's about 134 to 2021, between which it
  lies; "between 2005 and 2021" was already disputed. Now disputed in all three languages.
* **A conjunction inside a name** (`list_count.NAME_JOIN`; round 42c's note): "duas instituições
  …: o Banco de Desenvolvimento da China e o Banco de Exportações e Importações (ExIm) da China"
  was a false "inconsistent" (three items read); a list that has as many items as announced once
  "e"/"y"/"and" between two capitalised words is kept inside the name is not inconsistent.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

INCONSISTENT = [
    (
        "El saldo negativo del comercio de México con China llegó en 2015 a un máximo histórico "
        "de 65.102 millones de dólares, contra 60.291 millones del 2014, lo que representa una "
        "baja cercana al 10%.",
        "10%",
    ),
    (
        "Mexico's deficit with China reached US$ 65.1 billion in 2015, against US$ 60.3 billion "
        "in 2014, a fall of about 10%.",
        "about 10%",
    ),
    (
        "O déficit do México com a China chegou a US$ 65,1 bilhões em 2015, contra US$ 60,3 "
        "bilhões em 2014, o que representa uma queda de cerca de 10%.",
        "cerca de 10%",
    ),
    (
        "As exportações do Peru para a China subiram 25% em 2016, para US$ 8,5 bilhões, ante "
        "US$ 7,4 bilhões em 2015.",
        "25%",
    ),
    (
        "Las ventas de Chile a China se desplomaron un 30% en 2016, hasta 16.000 millones de "
        "dólares, frente a 18.500 millones en 2015.",
        "30%",
    ),
    (
        "As vendas do Chile para a China despencaram 30% em 2016, até US$ 16 bilhões, ante "
        "US$ 18,5 bilhões em 2015.",
        "30%",
    ),
    (
        "Chile's sales to China plunged 30% in 2016 to US$ 16 billion, against US$ 18.5 billion "
        "in 2015.",
        "30%",
    ),
]


@pytest.mark.parametrize(("text", "rate"), INCONSISTENT)
def test_a_rate_its_compared_levels_refute_is_inconsistent(text, rate):
    result = one(check(text, date="2016-03-25"), rate)
    assert result.verdict is Verdict.INCONSISTENT, result.reason
    assert result.rule_id == "growth-rate"
    assert "implied" in result.reason
    assert {e.relation for e in result.evidence} == {"related"}
    assert len(result.evidence) == 2


LEFT_ALONE = [
    # the levels give the rate (65.1 / 60.3 = +7.96 %)
    (
        "O déficit do México com a China chegou a US$ 65,1 bilhões em 2015, contra US$ 60,3 "
        "bilhões em 2014, o que representa um aumento de cerca de 8%.",
        "cerca de 8%",
    ),
    (
        "As exportações do Peru para a China subiram 15% em 2016, para US$ 8,5 bilhões, ante "
        "US$ 7,4 bilhões em 2015.",
        "15%",
    ),
    (
        "Mexico's deficit with China reached US$ 65.1 billion in 2015, against US$ 60.3 billion "
        "in 2014, a rise of 8%.",
        "8%",
    ),
    # no noun of change: the rate may be a share, not the change between the levels
    (
        "Mexico's deficit with China reached US$ 65.1 billion in 2015, against US$ 60.3 billion "
        "in 2014, 10% of its trade.",
        "10%",
    ),
    # two states: no pair of one metric and state
    (
        "Chile's exports to China reached US$ 38.8 billion in 2022, against Peru's US$ 20.9 "
        "billion in 2021, a fall of 10%.",
        "10%",
    ),
]


@pytest.mark.parametrize(("text", "rate"), LEFT_ALONE)
def test_a_rate_its_levels_bear_out_or_do_not_frame_is_not_inconsistent(text, rate):
    result = one(check(text, date="2016-03-25"), rate)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Las ventas de Chile a China se desplomaron un 30% en 2016, hasta 16.000 millones de "
            "dólares.",
            "16.000 millones de dólares",
        ),
        (
            "As vendas do Chile para a China despencaram 30% em 2016, até US$ 16 bilhões.",
            "US$ 16 bilhões",
        ),
    ],
)
def test_the_level_a_collapse_reaches_is_no_ceiling(text, level):
    result = one(check(text, date="2017-03-25"), level)
    assert result.claim.qualifier.value == "exact"
    assert result.claim.amount == 16e9


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "El comercio de Cuba con China subió un 10% en 2016, hasta 2.224 millones de dólares, "
            "frente a 2.000 millones el año anterior.",
            "2.000 millones",
        ),
        (
            "Cuba's trade with China rose 10% in 2016 to US$ 2.2 billion, against US$ 2 billion "
            "the year before.",
            "US$ 2 billion",
        ),
    ],
)
def test_the_year_before_dates_a_figure_a_year_earlier(text, level):
    result = one(check(text, date="2017-03-25"), level)
    assert result.claim.period.label() == "2015"


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Mexico's second-largest trading partner in 2024 was China.",
            "second-largest trading partner",
        ),
        ("El segundo socio comercial de México en 2024 fue China.", "segundo socio comercial"),
        (
            "O segundo maior parceiro comercial do México em 2024 foi a China.",
            "segundo maior parceiro comercial",
        ),
    ],
)
def test_china_after_the_copula_owns_the_partner_rank(text, rank):
    result = one(check(text, date="2025-02-15"), rank)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.rule_id == "partner-rank"
    assert [e.record_id for e in result.evidence] == ["figures:346"]


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Mexico's largest trading partner in 2024 was not China.", "largest trading partner"),
        (
            "Mexico's largest trading partner in 2024 was the United States, and China came second.",
            "largest trading partner",
        ),
        (
            "El principal socio comercial de México en 2024 fue Estados Unidos; China, el segundo.",
            "principal socio comercial",
        ),
    ],
)
def test_a_rank_the_copula_gives_to_another_is_not_chinas(text, rank):
    result = one(check(text, date="2025-02-15"), rank)
    assert result.rule_id != "partner-rank", result.reason


@pytest.mark.parametrize(
    ("text", "figure", "record"),
    [
        (
            "Costa Rica y China firmaron un TLC en 2010. El año pasado, el país centroamericano "
            "exportó al gigante asiático US$ 402,7 millones e importó US$ 3.393 millones.",
            "US$ 3.393 millones",
            "figures:238",
        ),
        (
            "A Costa Rica e a China assinaram um TLC em 2010. No ano passado, o país "
            "centro-americano vendeu ao gigante asiático US$ 402,7 milhões e comprou US$ 3,393 "
            "bilhões.",
            "US$ 3,393 bilhões",
            "figures:238",
        ),
        # English read it already (the lexicon's "imported"): kept as a guard
        (
            "Costa Rica and China signed an FTA in 2010. Last year the Central American country "
            "exported US$ 402.7 million to the Asian giant and imported US$ 3.393 billion.",
            "US$ 3.393 billion",
            "figures:238",
        ),
    ],
)
def test_the_verb_right_before_a_figure_gives_its_flow(text, figure, record):
    result = one(check(text, date="2024-03-10"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert record in [e.record_id for e in result.evidence]


@pytest.mark.parametrize(
    ("text", "figure", "record"),
    [
        (
            "Seven countries in the region still recognise Taipei.",
            "Seven countries",
            "taiwan_allies_count_lac_2025",
        ),
        (
            "Siete países de la región todavía reconocen a Taipéi.",
            "Siete países",
            "taiwan_allies_count_lac_2025",
        ),
        (
            "Sete países da região ainda reconhecem Taipé.",
            "Sete países",
            "taiwan_allies_count_lac_2025",
        ),
        (
            "De 2005 a 2021, los bancos chinos prestaron US$ 138.000 millones a la región, 69% "
            "para energía.",
            "69%",
            "loans_share_energy_lac_2005_2021_crs",
        ),
        (
            "De 2005 a 2021, os bancos chineses emprestaram US$ 138 bilhões à região, 69% para "
            "energia e 19% para infraestrutura.",
            "19%",
            "loans_share_infrastructure_lac_2005_2021_crs",
        ),
    ],
)
def test_words_of_taiwans_allies_and_of_lending_shares(text, figure, record):
    result = one(check(text, date="2025-03-10"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert [e.record_id for e in result.evidence] == [record]


@pytest.mark.parametrize(
    "text",
    [
        "In 2024, China-LAC trade exceeded the US$500 billion target set in 2014.",
        "In 2024, trade between China and Latin America exceeded the US$500 billion target set in 2014.",
        "China-LAC trade hit the US$500 billion goal Xi set in 2014.",
    ],
)
def test_a_goal_written_as_a_compound_is_never_refuted_by_a_years_level(text):
    result = one(check(text, date="2025-05-20"), "US$500 billion")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.verdict is Verdict.SUPPORTED
    assert result.rule_id == "commitments"
    assert "target" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2024 bilateral trade topped half a trillion dollars.",
            "topped half a trillion dollars",
        ),
        (
            "El comercio bilateral superó el medio billón de dólares en 2024.",
            "medio billón de dólares",
        ),
        (
            "O comércio bilateral passou de meio trilhão de dólares em 2024.",
            "passou de meio trilhão de dólares",
        ),
    ],
)
def test_a_level_passed_is_not_borne_out_by_a_goal(text, figure):
    result = one(check(text, date="2025-05-20"), figure)
    assert "target" not in result.reason, result.reason
    assert result.verdict is Verdict.SUPPORTED
    assert "delivered" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("China bought US$ 20.5 billion worth of Chilean copper in 2023.", "US$ 20.5 billion"),
        ("China imported US$ 38.9 billion of Brazilian soybeans in 2023.", "US$ 38.9 billion"),
        ("China's exports of services to Chile rose to US$ 2 billion in 2023.", "US$ 2 billion"),
        (
            "Las exportaciones de servicios de Chile a China sumaron 500 millones de dólares en 2023.",
            "500 millones de dólares",
        ),
        (
            "As exportações de serviços do Brasil para a China somaram US$ 2 bilhões em 2023.",
            "US$ 2 bilhões",
        ),
    ],
)
def test_a_part_of_a_flow_is_not_refuted_by_the_whole(text, figure):
    result = one(check(text, date="2024-03-10"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "named: the figure may be" in result.reason


def test_the_whole_flow_beside_a_services_figure_is_still_read():
    text = (
        "Chile's exports to China reached US$ 37.4 billion in 2023, including US$ 1 billion in "
        "services."
    )
    result = one(check(text, date="2024-03-10"), "US$ 37.4 billion")
    assert result.verdict is Verdict.SUPPORTED
    assert "trade in services" in one(check(text, date="2024-03-10"), "US$ 1 billion").reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Exports from the Chilean region of Antofagasta to China reached US$ 12 billion in 2023.",
            "US$ 12 billion",
        ),
        (
            "Las exportaciones de la región de Antofagasta a China sumaron 12.000 millones de "
            "dólares en 2023.",
            "12.000 millones de dólares",
        ),
        (
            "As exportações chilenas da região de Antofagasta para a China somaram US$ 12 bilhões "
            "em 2023.",
            "US$ 12 bilhões",
        ),
    ],
)
def test_a_part_of_a_state_is_not_refuted_by_the_state(text, figure):
    result = one(check(text, date="2024-06-10"), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert "'Antofagasta': a state or province, not" in result.reason


def test_a_ministry_named_with_services_is_no_services_flow():
    text = (
        "De acordo com a Secex, do Ministério do Desenvolvimento, Indústria, Comércio e Serviços, "
        "as exportações do Brasil para a China somaram US$ 104 bilhões em 2023."
    )
    result = one(check(text, date="2024-06-10"), "US$ 104 bilhões")
    assert "services" not in result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "O comércio entre a China e os países de língua portuguesa ultrapassou 220 mil milhões "
            "de dólares em 2023.",
            "ultrapassou 220 mil milhões de dólares",
        ),
        (
            "Trade between China and Africa topped US$ 280 billion in 2023.",
            "topped US$ 280 billion",
        ),
        (
            "El comercio entre China y los países árabes superó los 300.000 millones de dólares "
            "en 2023.",
            "superó los 300.000 millones de dólares",
        ),
    ],
)
def test_another_group_of_partners_is_not_the_region(text, figure):
    result = one(check(text, date="2024-06-10"), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.rule_id != "commitments"


def test_the_region_passing_a_level_is_still_borne_out():
    text = "Trade between China and Latin America topped half a trillion dollars in 2024."
    result = one(check(text, date="2025-03-10"), "topped half a trillion dollars")
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Nicaragua restableció relaciones con China en diciembre de 2021.", "diciembre de 2021"),
        ("A Nicarágua restabeleceu relações com a China em dezembro de 2021.", "dezembro de 2021"),
        ("Nicaragua restored diplomatic relations with China in December 2021.", "December 2021"),
        ("Honduras cambió de reconocimiento diplomático en marzo de 2023.", "marzo de 2023"),
        ("Honduras switched recognition to Beijing in March 2023.", "March 2023"),
    ],
)
def test_a_restoring_or_a_switch_dates_the_tie(text, date):
    result = one(check(text, date="2024-06-10"), date)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.rule_id == "ties-date"


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua cambió de reconocimiento diplomático en 1990.",
        "Nicaragua switched recognition in 1990.",
        "Nicaragua restableció relaciones en 1990.",
        "Nicaragua y Taiwán restablecieron relaciones en 1990.",
    ],
)
def test_a_change_of_recognition_without_its_side_is_never_refuted(text):
    result = one(check(text, date="2024-06-10"), "1990")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_a_restoring_with_china_of_the_wrong_year_is_still_refuted():
    result = one(
        check("Nicaragua restableció relaciones con China en 2020.", date="2024-06-10"), "2020"
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "record"),
    [
        (
            "Since 2005, Venezuela has received US$ 62.2 billion in loans from Chinese policy banks.",
            "US$ 62.2 billion",
            "figures:430",
        ),
        (
            "Desde 2005, Ecuador recibió préstamos chinos por 18.400 millones de dólares.",
            "18.400 millones de dólares",
            "figures:289",
        ),
        (
            "Desde 2005, o Brasil recebeu US$ 29,7 bilhões em empréstimos chineses.",
            "US$ 29,7 bilhões",
            "figures:161",
        ),
    ],
)
def test_a_total_since_a_year_may_be_the_edition_before_last(text, figure, record):
    result = one(check(text, date="2023-06-10"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.reason.startswith("read to the end of 2021, the year before the last full year")
    assert [e.record_id for e in result.evidence] == [record]


def test_a_total_since_a_year_off_every_edition_is_not_refuted():
    text = "Since 2005, Venezuela has received US$ 70 billion in loans from Chinese policy banks."
    result = one(check(text, date="2023-06-10"), "US$ 70 billion")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "ordinal", "verdict"),
    [
        (
            "The first China-CELAC Forum ministerial meeting was held in Beijing in January 2015.",
            "first China-CELAC Forum ministerial meeting",
            Verdict.SUPPORTED,
        ),
        (
            "The fourth China-CELAC ministerial meeting was held in Beijing in May 2025.",
            "fourth China-CELAC ministerial meeting",
            Verdict.SUPPORTED,
        ),
        (
            "The third China-CELAC ministerial meeting was held in Santiago in January 2018.",
            "third China-CELAC ministerial meeting",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_the_forums_name_before_ministerial_meeting(text, ordinal, verdict):
    result = one(check(text, date="2025-06-10"), ordinal)
    assert result.verdict is verdict, result.reason
    assert result.rule_id == "meeting-ordinal"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("In July 2014 Xi toured Brazil, Argentina, Venezuela and Cuba.", "July 2014"),
        ("En julio de 2014 Xi recorrió Brasil, Argentina, Venezuela y Cuba.", "julio de 2014"),
    ],
)
def test_a_tour_dates_a_visit(text, date):
    result = one(check(text, date="2025-06-10"), date)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.rule_id == "visit-date"


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Among Mexico's trading partners in 2024, China ranked second, after the United States.",
            "second",
        ),
        (
            "China ocupó el segundo lugar entre los socios comerciales de México en 2024.",
            "segundo lugar",
        ),
        (
            "Entre os parceiros comerciais do México em 2024, a China ficou em segundo lugar.",
            "segundo lugar",
        ),
    ],
)
def test_a_place_among_the_partners_is_a_partner_rank(text, rank):
    result = one(check(text, date="2025-02-15"), rank)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.rule_id == "partner-rank"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "By 2021, Chinese loans to Latin America had totalled US$ 136 billion.",
            "US$ 136 billion",
        ),
        (
            "Hasta 2021, los préstamos chinos a América Latina sumaban 136.000 millones de dólares.",
            "136.000 millones de dólares",
        ),
        (
            "Até 2021, os empréstimos chineses à América Latina somavam US$ 136 bilhões.",
            "US$ 136 bilhões",
        ),
    ],
)
def test_a_total_as_of_a_year_between_two_sources_is_disputed(text, figure):
    result = one(check(text, date="2022-06-15"), figure)
    assert result.verdict is Verdict.DISPUTED, result.reason
    records = {e.record_id for e in result.evidence}
    assert {"loans_total_lac_2005_2021_crs", "figures:11"} <= records


def test_a_total_as_of_a_year_beyond_every_source_is_still_refuted():
    text = "By 2021, Chinese loans to Latin America had totalled US$ 150 billion."
    result = one(check(text, date="2022-06-15"), "US$ 150 billion")
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "O dinheiro saiu de duas instituições do Estado chinês: o Banco de Desenvolvimento da "
            "China e o Banco de Exportações e Importações (ExIm) da China.",
            "duas instituições",
        ),
        (
            "El dinero salió de dos instituciones: el Banco de Desarrollo de China y el Banco de "
            "Exportaciones e Importaciones de China.",
            "dos instituciones",
        ),
        (
            "The money came from two lenders: the China Development Bank and the Export and Import "
            "Bank of China.",
            "two lenders",
        ),
    ],
)
def test_a_conjunction_inside_a_name_splits_no_item(text, count):
    result = one(check(text, date="2017-02-20"), count)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


def test_a_list_of_states_of_another_length_is_still_inconsistent():
    result = one(
        check("Three countries signed: Chile, Peru, Costa Rica and Ecuador.", date="2017-02-20"),
        "Three countries signed",
    )
    assert result.verdict is Verdict.INCONSISTENT, result.reason
