"""General readings found on the fresh dev texts 307-310 of the unseen set (branch
issue-15-r29a-s20a, round 29a: a Chinese counsellor on Jamaica's trade and loans, Chile's trade
before Xi's 2016 visit, the Belt and Road in the Americas, Colombia's exports to China in early
2010), each with real-shaped sentences (our own) in English, Spanish and Portuguese, checked
against the package's knowledge base.

* A part of the region named as the partner ("China has become South America's second-largest
  trading partner, with trade rising from $18 billion in 2002", "El comercio de China con
  Sudamérica …", "O comércio da China com a América do Sul …", "Central America", "the
  Caribbean") is not the article's subject: main read a sentence that names only China and such
  a part as a figure of the whole region and bore South America's 2002 trade out by the region's
  stored total (a false "supported" in the three languages).
* A "first" state whose event is an anaphor of a tie the sentence before names ("China and Chile
  signed a free trade agreement in 2005. Chile was then the first Latin American nation to sign
  such a deal with China", "… en firmar un acuerdo de ese tipo", "… a assinar um acordo desse
  tipo") ranks that tie: main found no tie in the rank's own sentence and judged nothing (a miss
  in the three languages). It is borne out, or left unverifiable with the leader shown, never
  refuted; a sentence before that names two ties, or none, leaves it unjudged.
* A count whose own noun names another thing than the metric phrase beside it ("two early
  childhood institutions, a Confucius Institute building and a children's hospital", "two
  schools and a Confucius Institute", "dos escuelas infantiles y un Instituto Confucio", "duas
  escolas e um Instituto Confúcio") counts that noun: main read it as the region's Confucius
  Institutes and refuted it by their stored count (a false "contradicted" in the three
  languages). Counts of states ("countries", "Latin American and Caribbean countries") and of
  the metric's own noun ("two Confucius Institutes") keep their reading.
* The years a past verb of completion governs ("the water supply and the Chinese Garden were
  completed in 2013 and 2015, …, and two early childhood institutions … are under way", "fueron
  concluidos en 2013 y 2015", "foram concluídos em 2013 e 2015") date the works, claims of their
  own: main took them as the period of the sentence's count and emitted no date (two misses in
  the three languages).
* A state's "main source of imports" ("Chile's main source of imports", "la principal fuente de
  importaciones", "a principal fonte de importações") is a rank of a partner: main read no claim
  there (a miss). "The main source of income" stays no rank.
* A present-tense rank whose only year stands in a relative clause after it ("China is now
  Cuba's second-largest trading partner, a relationship that grew out of the accords the two
  countries signed in 2010", "una relación que creció con los acuerdos … en 2010", "uma relação
  que cresceu com os acordos … em 2010") speaks of the article's time, not of that year: main
  bore it out by the 2010 rank although Cuba's stored 2016 rank is 1 (a false "supported" in the
  three languages). "China was Cuba's second-largest trading partner in 2010" and "In 2010,
  China was …, a relationship that …" keep the year.
* The whole a count counts within ("twenty-five of 31 countries in Latin America had negotiated
  Chinese infrastructure investment, and 21 of them had formally joined the Belt and Road",
  "veinticinco de los 31 países", "vinte e cinco dos 31 países") is no measure of its own: main
  read the 31 (in English) and the 25 with its 31 (in Spanish and Portuguese, one mention) as the
  region's Belt and Road members and refuted them by the stored 21 (a false "contradicted" in the
  three languages): a count the later "21 of them", "21 de ellos", "21 deles" is part of is not
  the measure the later clause names. The count of members ("21 of them", "21 countries …, and 5
  of them are in the Caribbean") keeps its reading.
* A percent change over a base year earlier than the year before the figure's ("US$427 million
  in 2014, an increase of 25.6 per cent over 2013 and of 78.7 per cent over 2010", "del 80%
  frente a 2019", "de 80% sobre 2019") is a change over several years: main refuted "80 per
  cent over 2019" by 2024's stored growth (6 %; a false "contradicted"). It may be borne out,
  never refuted; the change over the year before keeps its reading.
* The "and" of "Latin America and the Caribbean" ("América Latina y el Caribe") joins no
  clauses: main read "China's trade with Latin America and the Caribbean was $400 billion in
  2023" with its metric word in another clause and never refuted it (a miss in English and
  Spanish; Portuguese was already read).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a part of the region is not the region -------------------------------------------------

LEAD_LAC = {
    "en": "March 13, 2024 — Washington\n\nChina's presence in Latin America keeps growing.\n\n",
    "es": "13 de marzo de 2024 — Lima\n\nLa presencia de China en América Latina sigue creciendo.\n\n",
    "pt": "13 de março de 2024 — Brasília\n\nA presença da China na América Latina segue crescendo.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "China has become South America's second-largest trading partner, with trade rising"
            " from $18 billion in 2002 to $450 billion in 2022.",
            "$18 billion",
        ),
        ("en", "China's trade with South America was $18 billion in 2002.", "$18 billion"),
        ("en", "China's trade with Central America came to $18 billion in 2002.", "$18 billion"),
        ("en", "China's trade with the Caribbean came to $18 billion in 2002.", "$18 billion"),
        (
            "es",
            "El comercio de China con Sudamérica sumó 18.000 millones de dólares en 2002.",
            "18.000 millones de dólares",
        ),
        (
            "es",
            "El comercio de China con América del Sur sumó 18.000 millones de dólares en 2002.",
            "18.000 millones de dólares",
        ),
        (
            "es",
            "El comercio de China con Centroamérica sumó 18.000 millones de dólares en 2002.",
            "18.000 millones de dólares",
        ),
        (
            "pt",
            "O comércio da China com a América do Sul somou US$ 18 bilhões em 2002.",
            "US$ 18 bilhões",
        ),
        (
            "pt",
            "O comércio da China com o Caribe somou US$ 18 bilhões em 2002.",
            "US$ 18 bilhões",
        ),
    ],
)
def test_a_part_of_the_region_is_not_the_articles_subject(lang, text, figure):
    result = one(check(LEAD_LAC[lang] + text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.entity != "LAC", result.reason


# Guards: the region named in full, or a sentence naming only China in an article about the
# region, still reads the region's figure; the adjective stands for the article's state.
@pytest.mark.parametrize(
    ("lang", "text", "figure", "verdict"),
    [
        (
            "en",
            "China's trade with Latin America and the Caribbean was $18 billion in 2002.",
            "$18 billion",
            Verdict.SUPPORTED,
        ),
        ("en", "China's trade came to $18 billion in 2002.", "$18 billion", Verdict.SUPPORTED),
        (
            "es",
            "El comercio de China con América Latina y el Caribe sumó 18.000 millones de dólares en"
            " 2002.",
            "18.000 millones de dólares",
            Verdict.SUPPORTED,
        ),
        (
            "pt",
            "O comércio da China com a América Latina e o Caribe somou US$ 18 bilhões em 2002.",
            "US$ 18 bilhões",
            Verdict.SUPPORTED,
        ),
        (
            "en",
            "China's trade with Latin America was $400 billion in 2023.",
            "$400 billion",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_the_region_named_in_full_keeps_its_reading(lang, text, figure, verdict):
    result = one(check(LEAD_LAC[lang] + text), figure)
    assert result.verdict is verdict, result.reason


def test_the_south_american_country_is_the_articles_state():
    text = (
        "December 2018 — Santiago\n\nChile keeps selling more copper to China.\n\n"
        "In 2017, trade between China and the South American country reached $31,673 million."
    )
    result = one(check(text), "$31,673 million")
    assert result.claim.entity == "CHL", result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- "the first … to sign such a deal": the tie of the sentence before ----------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "November 2016 — Santiago\n\nChina and Chile signed a free trade agreement in 2005."
            " Chile was then the first Latin American nation to sign such a deal with China.",
            "first Latin American nation",
        ),
        (
            "Noviembre de 2016 — Santiago\n\nChina y Chile firmaron un tratado de libre comercio en"
            " 2005. Chile fue el primer país latinoamericano en firmar un acuerdo de ese tipo con"
            " China.",
            "primer país latinoamericano",
        ),
        (
            "Novembro de 2016 — Santiago\n\nA China e o Chile assinaram um acordo de livre comércio"
            " em 2005. O Chile foi o primeiro país latino-americano a assinar um acordo desse tipo"
            " com a China.",
            "primeiro país latino-americano",
        ),
    ],
)
def test_a_first_told_by_an_anaphor_ranks_the_tie_named_before(text, rank):
    result = one(check(text), rank)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guards: another state is not borne out (the leader is shown, nothing refuted); a sentence
# before that names two ties leaves the anaphor unresolved.
@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "November 2016 — Lima\n\nChina and Peru signed a free trade agreement in 2009. Peru"
            " was then the first Latin American nation to sign such a deal with China.",
            "first Latin American nation",
        ),
        (
            "November 2016 — Lima\n\nPeru established relations with China in 1971 and signed a"
            " free trade agreement in 2009. Peru was the first Latin American nation to sign such"
            " a deal with China.",
            "first Latin American nation",
        ),
        (
            "Noviembre de 2016 — Lima\n\nChina y Perú firmaron un tratado de libre comercio en"
            " 2009. Perú fue el primer país latinoamericano en firmar un acuerdo de ese tipo con"
            " China.",
            "primer país latinoamericano",
        ),
    ],
)
def test_a_first_told_by_an_anaphor_is_never_refuted(text, rank):
    result = one(check(text), rank)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- a count of another noun beside a metric phrase ------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "April 2016 — Beijing\n\nIn 2016, China was building two schools and a Confucius"
            " Institute in Latin America.",
            "two schools",
        ),
        (
            "April 2016 — Beijing\n\nIn 2016, China was building two early childhood institutions,"
            " a Confucius Institute building and a children's hospital in Latin America.",
            "two early childhood institutions",
        ),
        (
            "Abril de 2016 — Pekín\n\nEn 2016, China construía dos escuelas infantiles y un"
            " Instituto Confucio en América Latina.",
            "dos escuelas infantiles",
        ),
        (
            "Abril de 2016 — Pequim\n\nEm 2016, a China construía duas escolas e um Instituto"
            " Confúcio na América Latina.",
            "duas escolas",
        ),
    ],
)
def test_a_count_of_another_noun_is_not_the_metrics(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.metric is None, result.reason


# Guards: a count of the metric's own noun, or of states, keeps the metric (and is refuted
# when wrong).
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "April 2016 — Beijing\n\nIn 2016, Latin America had two Confucius Institutes.",
            "two Confucius Institutes",
        ),
        (
            "Abril de 2016 — Pekín\n\nEn 2016, América Latina tenía dos Institutos Confucio.",
            "dos Institutos Confucio",
        ),
    ],
)
def test_a_count_of_the_metrics_own_noun_keeps_it(text, figure):
    result = one(check(text), figure)
    assert result.claim.metric == "confucius_institutes_count", result.reason
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- years a verb of completion governs ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "March 2016 — Kingston\n\nChina has financed grant projects in Jamaica: the water supply"
        " and the Chinese Garden were completed in 2013 and 2015, and two early childhood"
        " institutions are under way.",
        "Marzo de 2016 — Kingston\n\nEl acueducto y el Jardín Chino fueron concluidos en 2013 y"
        " 2015, y dos escuelas infantiles están en obra.",
        "Março de 2016 — Kingston\n\nO aqueduto e o Jardim Chinês foram concluídos em 2013 e"
        " 2015, e duas escolas estão em obras.",
    ],
)
def test_years_of_completion_are_claims_of_their_own(text):
    results = check(text)
    for year in ("2013", "2015"):
        result = one(results, year)
        assert result.verdict is Verdict.UNVERIFIABLE, result.reason


# --- "main source of imports" is a partner's rank -------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "November 2016 — Santiago\n\nChina is now the top destination of all Chilean exports"
            " as well as Chile's main source of imports.",
            "main source",
        ),
        (
            "Noviembre de 2016 — Santiago\n\nChina es la principal fuente de importaciones de"
            " Chile.",
            "principal fuente",
        ),
        (
            "Novembro de 2016 — Santiago\n\nA China é a principal fonte de importações do Chile.",
            "principal fonte",
        ),
    ],
)
def test_the_main_source_of_imports_is_a_rank(text, rank):
    result = one(check(text), rank)
    assert result.claim.value == 1, result.reason
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_the_main_source_of_income_is_no_rank():
    results = check("November 2016 — Santiago\n\nThe main source of income is copper.")
    assert not [r for r in results if "main" in r.claim.text], [r.claim.text for r in results]


# --- a present rank and the year of a relative clause after it ------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "November 2016 — Havana\n\nChina is now Cuba's second-largest trading partner, a"
            " relationship that grew out of the accords the two countries signed in 2010.",
            "second-largest trading partner",
        ),
        (
            "Noviembre de 2016 — La Habana\n\nChina es hoy el segundo socio comercial de Cuba, una"
            " relación que creció con los acuerdos que ambos países firmaron en 2010.",
            "segundo socio comercial",
        ),
        (
            "Novembro de 2016 — Havana\n\nA China é hoje o segundo parceiro comercial de Cuba, uma"
            " relação que cresceu com os acordos que os dois países assinaram em 2010.",
            "segundo parceiro comercial",
        ),
    ],
)
def test_a_present_rank_is_not_dated_by_a_relative_clause(text, rank):
    result = one(check(text), rank)
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert result.claim.period is None, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "November 2016 — Havana\n\nChina was Cuba's second-largest trading partner in 2010.",
        "November 2016 — Havana\n\nIn 2010, China was Cuba's second-largest trading partner, a"
        " relationship that grew out of the accords.",
    ],
)
def test_a_rank_of_its_own_year_keeps_it(text):
    result = one(check(text), "second-largest trading partner")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- "X of N countries": N is the whole, not the measure ------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "October 30, 2022 — Washington\n\nBy October 2022, twenty-five of 31 countries in Latin"
            " America had negotiated Chinese infrastructure investment, and 21 of them had formally"
            " joined the Belt and Road.",
            "31 countries",
        ),
        (
            "30 de octubre de 2022 — Lima\n\nEn octubre de 2022, veinticinco de los 31 países de"
            " América Latina habían negociado inversiones chinas, y 21 de ellos se habían sumado a"
            " la Franja y la Ruta.",
            "31 países",
        ),
        (
            "30 de outubro de 2022 — Brasília\n\nEm outubro de 2022, vinte e cinco dos 31 países da"
            " América Latina tinham negociado investimentos chineses, e 21 deles tinham aderido à"
            " Iniciativa Cinturão e Rota.",
            "31 países",
        ),
    ],
)
def test_the_whole_a_count_counts_within_is_no_measure(text, figure):
    results = check(text)
    found = [r for r in results if figure in r.claim.text]
    assert found, [r.claim.text for r in results]
    assert found[0].verdict is not Verdict.CONTRADICTED, found[0].reason
    assert found[0].claim.metric is None, found[0].reason


def test_the_count_of_members_keeps_its_reading():
    text = (
        "October 30, 2022 — Washington\n\nBy October 2022, twenty-five of 31 countries in Latin"
        " America had negotiated Chinese infrastructure investment, and 21 of them had formally"
        " joined the Belt and Road."
    )
    result = one(check(text), "21")
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_count_a_later_part_of_it_follows_keeps_its_own_clause_measure():
    text = (
        "30 de octubre de 2022 — Lima\n\nEn octubre de 2022, 21 países de América Latina se"
        " habían sumado a la Franja y la Ruta, y 5 de ellos están en el Caribe."
    )
    result = one(check(text), "21 países")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a change over an earlier base year -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 2025 — Beijing\n\nChina's trade with Latin America reached $518.47 billion in"
            " 2024, an increase of 6 per cent over 2023 and of 80 per cent over 2019.",
            "80 per cent",
        ),
        (
            "March 2025 — Beijing\n\nIn 2024, China's trade with Latin America grew 80 percent over"
            " 2019.",
            "80 percent",
        ),
        (
            "Marzo de 2025 — Pekín\n\nEn 2024, el comercio de China con América Latina creció un 80%"
            " frente a 2019.",
            "80%",
        ),
        (
            "Março de 2025 — Pequim\n\nEm 2024, o comércio da China com a América Latina cresceu"
            " 80% sobre 2019.",
            "80%",
        ),
    ],
)
def test_a_change_over_an_earlier_base_year_is_never_refuted(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "March 2025 — Beijing\n\nChina's trade with Latin America reached $518.47 billion in"
            " 2024, an increase of 6 per cent over 2023 and of 80 per cent over 2019.",
            "6 per cent",
            Verdict.SUPPORTED,
        ),
        (
            "March 2025 — Beijing\n\nIn 2024, China's trade with Latin America grew 16 percent over"
            " 2023.",
            "16 percent",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_change_over_the_year_before_keeps_its_reading(text, figure, verdict):
    result = one(check(text), figure)
    assert result.verdict is verdict, result.reason


# --- "Latin America and the Caribbean" is one name ------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 13, 2024 — Washington\n\nChina's trade with Latin America and the Caribbean was"
            " $400 billion in 2023.",
            "$400 billion",
        ),
        (
            "13 de marzo de 2024 — Lima\n\nEl comercio de China con América Latina y el Caribe sumó"
            " 400.000 millones de dólares en 2023.",
            "400.000 millones de dólares",
        ),
        (
            "13 de março de 2024 — Brasília\n\nO comércio da China com a América Latina e o Caribe"
            " somou US$ 400 bilhões em 2023.",
            "US$ 400 bilhões",
        ),
    ],
)
def test_latin_america_and_the_caribbean_is_one_name(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
