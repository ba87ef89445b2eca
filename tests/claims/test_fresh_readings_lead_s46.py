"""Readings fixed by the lead at stop 46 (issue 15), real-shaped sentences of our own.

* **China's trade alone is not the region's pledge** (`rules/commitments._about_the_claims_entity`):
  "San Salvador, 5 de mayo de 2021. El comercio con China superó los $4.11 mil millones en
  2020" names China only, not the region and no pledge; main bore the bound out by the
  region's trade delivered under the US$ 500 bn pledge of 2014 (a false "supported", stop 45's
  probe). A money figure whose sentence names China but not the region, and tells no pledge,
  is no longer compared with the region's pledges; a sentence telling the pledge still is, and
  a count of places continuing a pledge of the sentence before keeps it (dev u4307, u4308).
* **An aside between the seller and its verb** (`extract._appositive_before`): "Brazil, China's
  largest trading partner in the region, sold $89.4 billion worth of goods to China in 2022"
  took China, the last place before "sold", as the seller, and refuted Brazil's sales to China
  by China's sales to Brazil (60.7 bn): a false "contradicted" (the lead's probe). A place
  inside an aside set off by commas or dashes right before the verb describes the subject; a
  bare name in the aside ("China's top partner in the region, Brazil, bought") is the subject.
* **An ordinal of states other than the first** (`rules/ties_rank.ordinal_finding`,
  `rules/ties_date._ordinal_not_borne_out`): "Honduras switched recognition to Beijing in March
  2023, becoming the ninth country in the region to do so since 2017" and "o quinto país da
  região a assinar um acordo de livre comércio" were borne out by the date of the state's own
  tie, the ordinal unread (false "supported"). The date bears an ordinal out only where the
  ties table's order does: FTAs (by signature or entry into force, as the words after the rank
  say) and Belt and Road memoranda, with the states whose tie held on that date (Panama's
  memorandum of 2017, ended in 2025), and relations with the PRC as they held at the end of the
  claim's period (undated, they are not ordered). A wrong place is shown, never refuted. "da região", "in
  the region" between the rank and its event no longer hide the event (`ties_common`
  `REGION_AFTER_RANK`).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        (
            "San Salvador, 5 de mayo de 2021. El comercio con China superó los $4.11 mil "
            "millones en 2020.",
            "superó los $4.11 mil millones",
        ),
        (
            "Kingston, 5 May 2021. Trade with China topped US$ 4.11 billion in 2020.",
            "topped US$ 4.11 billion",
        ),
        (
            "São Paulo, 5 de maio de 2021. O comércio com a China superou US$ 4,11 bilhões "
            "em 2020.",
            "superou US$ 4,11 bilhões",
        ),
    ],
)
def test_chinas_trade_alone_is_not_borne_out_by_the_regions_pledge(text, snippet):
    result = one(check(text, date="2021-05-05"), snippet)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert not any(e.record_id.startswith("web-") for e in result.evidence), result.reason


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        (
            "In 2015 China pledged to raise trade with the region to US$500 billion within ten "
            "years.",
            "US$500 billion",
        ),
        (
            "China se comprometió a elevar el comercio a US$ 500.000 millones en diez años.",
            "US$ 500.000 millones",
        ),
        (
            "A China comprometeu-se a elevar o comércio para US$ 500 bilhões em dez anos.",
            "US$ 500 bilhões",
        ),
    ],
)
def test_a_sentence_telling_the_pledge_still_matches_it(text, snippet):
    result = one(check(text, date="2016-03-01"), snippet)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "brasilia2014_trade_500bn" in result.reason


def test_a_count_continuing_the_pledge_of_the_sentence_before_keeps_it():
    text = (
        "Under a three-year plan, CELAC member states are to receive 3,500 government "
        "scholarships in China. The package adds 500 International Chinese Language Teacher "
        "Scholarships."
    )
    result = one(
        check(text, date="2025-05-20"), "500 International Chinese Language Teacher Scholarships"
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        (
            "Brazil, China's largest trading partner in the region, sold $89.4 billion worth of "
            "goods to China in 2022.",
            "$89.4 billion",
        ),
        (
            "Brazil — China's largest trading partner in Latin America — sold $89.4 billion "
            "worth of goods to China in 2022.",
            "$89.4 billion",
        ),
        (
            "Peru, one of China's main copper suppliers, exported $20.6 billion to China in 2022.",
            "$20.6 billion",
        ),
    ],
)
def test_a_place_in_an_aside_before_the_verb_is_not_the_seller(text, snippet):
    result = one(check(text, date="2023-03-10"), snippet)
    assert result.claim.metric == "trade_china_imports", result.claim.metric
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "snippet", "metric"),
    [
        (
            "In 2022, China's top partner in the region, Brazil, bought $60.7 billion of "
            "Chinese goods.",
            "$60.7 billion",
            "trade_china_exports",
        ),
        (
            "Brasil, el mayor socio comercial de China en la región, vendió US$ 89.400 millones "
            "a China en 2022.",
            "US$ 89.400 millones",
            "trade_china_imports",
        ),
        (
            "O Brasil, maior parceiro comercial da China na região, vendeu US$ 89,4 bilhões para "
            "a China em 2022.",
            "US$ 89,4 bilhões",
            "trade_china_imports",
        ),
        (
            "China, Brazil's largest trading partner, sold $60.7 billion worth of goods to Brazil "
            "in 2022.",
            "$60.7 billion",
            "trade_china_exports",
        ),
    ],
)
def test_the_subject_named_in_or_before_an_aside_keeps_its_side(text, snippet, metric):
    result = one(check(text, date="2023-03-10"), snippet)
    assert result.claim.metric == metric
    assert result.verdict is Verdict.SUPPORTED or result.verdict is Verdict.DISPUTED, result.reason


@pytest.mark.parametrize(
    ("text", "snippet", "date"),
    [
        (
            "Honduras switched recognition to Beijing in March 2023, becoming the ninth country "
            "in the region to do so since 2017.",
            "ninth country",
            "2024-06-01",
        ),
        (
            "Em 2023, o Equador tornou-se o quinto país da região a assinar um acordo de livre "
            "comércio com a China.",
            "quinto país",
            "2024-01-01",
        ),
        (
            "En 2023, Ecuador se convirtió en el quinto país latinoamericano en firmar un TLC con "
            "China.",
            "quinto país latinoamericano",
            "2024-01-01",
        ),
        (
            "In May 2023 Ecuador became the fifth country in Latin America to sign a free trade "
            "agreement with China.",
            "fifth country",
            "2024-01-01",
        ),
        (
            "Costa Rica fue el tercer país centroamericano en firmar un memorando de la Franja y "
            "la Ruta, en septiembre de 2018.",
            "tercer país centroamericano",
            "2019-01-01",
        ),
    ],
)
def test_a_states_own_date_does_not_bear_out_a_wrong_or_unread_ordinal(text, snippet, date):
    result = one(check(text, date=date), snippet)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "snippet", "date", "place"),
    [
        (
            "Em 2023, o Equador tornou-se o quarto país da região a assinar um acordo de livre "
            "comércio com a China.",
            "quarto país",
            "2024-01-01",
            "",
        ),
        (
            "Costa Rica became the third Latin American country to sign a free trade agreement "
            "with China, in April 2010.",
            "third Latin American country",
            "2012-01-01",
            "",
        ),
        (
            "Nicaragua became the fourth country in the region to have a free trade agreement "
            "with China in force, on 1 January 2024.",
            "fourth country",
            "2024-03-01",
            "",
        ),
        (
            "Costa Rica fue el segundo país centroamericano en firmar un memorando de la Franja y "
            "la Ruta, en septiembre de 2018.",
            "segundo país centroamericano",
            "2019-01-01",
            "place 2 in the ties table's order",
        ),
    ],
)
def test_an_ordinal_the_ties_tables_order_bears_out_is_supported(text, snippet, date, place):
    result = one(check(text, date=date), snippet)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert place in result.reason


def test_a_wrong_place_shows_the_order_and_is_never_refuted():
    text = (
        "Em 2023, o Equador tornou-se o quinto país da região a assinar um acordo de livre "
        "comércio com a China."
    )
    result = one(check(text, date="2024-01-01"), "quinto país")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "puts ECU in place 4, after CHL 2005-11, PER 2009-04-28, CRI 2010-04-08" in result.reason


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        # Which event of the FTA is ranked is not said: signature and entry into force order
        # Ecuador and Nicaragua differently.
        (
            "Nicaragua became the fourth country in the region with a free trade agreement with "
            "China, in 2024.",
            "fourth country",
        ),
        # A relative order: the ties table does not list who switched since 2017.
        (
            "Nicaragua fue el cuarto país en firmar un memorando de la Franja y la Ruta desde 2021.",
            "cuarto país",
        ),
    ],
)
def test_an_order_the_table_does_not_settle_is_left_alone(text, snippet):
    result = one(check(text, date="2024-06-01"), snippet)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert "ties table's order" not in result.reason


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        (
            "Beijing, May 14, 2025 — The fourth ministerial meeting of the China-CELAC Forum "
            "opened on Tuesday, ten years after the first one was held in Beijing in January 2015.",
            "fourth ministerial meeting",
        ),
        (
            "La IV Reunión Ministerial del Foro China-CELAC se abrió este martes, diez años "
            "después de la primera, celebrada en enero de 2015.",
            "IV Reunión Ministerial",
        ),
        (
            "A IV Reunião Ministerial do Fórum China-Celac, dez anos depois da primeira, "
            "realizada em janeiro de 2015, abriu nesta terça-feira.",
            "IV Reunião Ministerial",
        ),
    ],
)
def test_a_year_past_another_meetings_words_does_not_date_the_nth(text, snippet):
    result = one(check(text, date="2025-05-14"), snippet)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        (
            "La cuarta reunión ministerial del Foro China-CELAC se celebró en 2015.",
            "cuarta reunión ministerial",
        ),
        (
            "The third ministerial meeting of the China-CELAC Forum was held in 2018.",
            "third ministerial meeting",
        ),
        (
            "A terceira reunião ministerial do Fórum China-CELAC foi realizada em 2018.",
            "terceira reunião ministerial",
        ),
    ],
)
def test_a_year_in_the_meetings_own_clause_still_refutes(text, snippet):
    result = one(check(text, date="2025-06-01"), snippet)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "snippet", "year"),
    [
        (
            "Two years after signing the FTA in 2005, Chile's exports to China had doubled to "
            "$10 billion.",
            "$10 billion",
            2007,
        ),
        (
            "Cinco años después de la entrada en vigor del TLC en 2010, las exportaciones "
            "peruanas a China llegaron a US$ 20.000 millones.",
            "US$ 20.000 millones",
            2015,
        ),
        (
            "Cinco anos depois da entrada em vigor do acordo em 2010, as exportações peruanas "
            "para a China chegaram a US$ 20 bilhões.",
            "US$ 20 bilhões",
            2015,
        ),
    ],
)
def test_a_year_an_offset_ties_to_another_event_counts_on_to_the_figure(text, snippet, year):
    result = one(check(text, date="2024-03-01"), snippet)
    assert result.claim.period is not None and result.claim.period.end_year == year
    assert result.claim.confidence["period"]["level"] == "low"
    assert result.verdict is not Verdict.CONTRADICTED


def test_a_figure_dated_in_its_own_clause_keeps_its_year():
    text = "Chile's exports to China reached $38.4 billion in 2022, two years after the pandemic."
    result = one(check(text, date="2024-03-01"), "$38.4 billion")
    assert result.claim.period.end_year == 2022
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        (
            "Lima, March 25, 2019 — Ten years ago, trade between Peru and China was worth about "
            "$7 billion.",
            "about $7 billion",
        ),
        (
            "Lima, March 25, 2019 — A decade ago, trade between Peru and China was worth about "
            "$7 billion.",
            "about $7 billion",
        ),
        (
            "Bogotá, 25 de marzo de 2019. Hace diez años, el comercio bilateral entre Colombia y "
            "China apenas superaba los US$ 5.000 millones.",
            "US$ 5.000 millones",
        ),
        (
            "Brasília, 25 de março de 2019. Há dez anos, o comércio entre Brasil e China somava "
            "US$ 36,9 bilhões.",
            "US$ 36,9 bilhões",
        ),
    ],
)
def test_years_ago_count_back_from_the_article_date(text, snippet):
    result = one(check(text), snippet)
    assert result.claim.period is not None and result.claim.period.end_year == 2009
    assert result.claim.confidence["period"]["level"] == "low"
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_a_figure_dated_beside_years_ago_keeps_its_own_year():
    text = (
        "Lima, March 25, 2019 — Ten years ago the FTA took effect; in 2018, trade between Peru "
        "and China was worth $23 billion."
    )
    result = one(check(text), "$23 billion")
    assert result.claim.period.end_year == 2018


@pytest.mark.parametrize(
    ("text", "snippet", "verdict"),
    [
        (
            "In 2018 El Salvador became the third country of Central America to establish "
            "diplomatic relations with China.",
            "third country",
            Verdict.SUPPORTED,
        ),
        (
            "En 2018 El Salvador se convirtió en el cuarto país de Centroamérica en establecer "
            "relaciones diplomáticas con China.",
            "cuarto país",
            Verdict.UNVERIFIABLE,
        ),
        (
            "Em 2023, Honduras tornou-se o quinto país da América Central a estabelecer relações "
            "diplomáticas com a China.",
            "quinto país",
            Verdict.SUPPORTED,
        ),
        (
            "Em 2023, Honduras tornou-se o sexto país da América Central a estabelecer relações "
            "diplomáticas com a China.",
            "sexto país",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_relations_are_ordered_as_they_held_at_the_claims_date(text, snippet, verdict):
    # Central America with relations held at the end of 2018: Costa Rica (2007), Panama (2017),
    # El Salvador (2018); at the end of 2023, Nicaragua (2021) and Honduras (2023) too.
    result = one(check(text, date="2024-06-01"), snippet)
    assert result.verdict is verdict, result.reason


def test_an_undated_ordinal_of_relations_is_not_ordered():
    text = (
        "Nicaragua es el cuarto país centroamericano en establecer relaciones diplomáticas con "
        "China."
    )
    result = one(check(text, date="2024-06-01"), "cuarto país centroamericano")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "ties table's order" not in result.reason and "in place" not in result.reason
