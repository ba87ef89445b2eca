"""Known gaps of the claims checker closed on branch issue-15-s14c: what a figure measures and
whom it is about when its own sentence does not say, and parts that do not add up to a total
standing in another paragraph. Real-shaped sentences (our own) in EN, ES and PT, checked
against the package's knowledge base (tiny inline knowledge for the parts-total rule).

* "Las importaciones representaron el 92.4%, con un valor de US$22.3 mil millones, y las
  exportaciones el 7.6%": the clause break before "con" left the value with no flow word of its
  own, and the nearer "exportaciones" after it named it, so both figures were read as exports
  and the paragraph's parts never met their total (dev u837). The value told in apposition
  (", con un valor de", ", with a value of", ", com um valor de") takes its metric from the
  clause before; it stays a word of another clause (low confidence).
* "las exportaciones a China subieron 6,9% …, mientras que las importaciones crecieron 7% a
  US$ 13.380 millones": the bare "importaciones" beside a state's flow to China was read as
  China's imports from the world (dev u726). It is the same state's other flow with China, read
  at low confidence (it may be borne out, never refuted).
* "Brazil, Ecuador, and Venezuela took 92 percent of all lending to the region in 2016. ¶
  Brazil's share alone was approximately 72 percent, or $15.2 billion": a money figure whose
  sentence names no metric now borrows the metric word of the sentence before, also across
  one paragraph break (dev u912), at low confidence, with a reason naming the borrowed word.
* "In 2017, bilateral trade between China and Latin American and Caribbean countries reached
  US$257.8 billion. ¶ From January to September this year, bilateral trade rose …, reaching
  US$228.6 billion": a sentence naming no one took the one state of the lead (Argentina, where
  Xi travelled); it now takes the entity of the sentence before (dev u744), at low
  confidence. A second figure of the sentence no longer turns that doubt into "medium".
* "China registró un superávit de 62.707 millones de dólares con México", "a China registrou
  um superávit … com o México": "superávit" named China's surplus with the world even with a
  state in the clause; it is that pair's balance (Mexico's deficit with China). "a China
  registrou" is China as the subject (the article "a", not "à").
* Parts and total in two neighbouring paragraphs ("Peru's exports to China reached US$23.1
  billion in 2023. ¶ Peru's imports from China came to US$13.2 billion in 2023, and Peru's
  trade with China totalled US$38.6 billion in 2023"): checked only when every figure's state,
  period, currency and metric were read from its own words; a total that borrowed its state or
  year from the sentence before is left alone.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one, tiny_knowledge


def level(result, field: str) -> str:
    return (result.claim.confidence.get(field) or {}).get("level", "")


# --- a value told in apposition ---------------------------------------------------------------

APPOSITION = [
    (
        "Santo Domingo, 11 de octubre de 2025 — En 2024 el intercambio comercial entre la"
        " República Dominicana y China sumó US$5,983 millones. Las importaciones representaron"
        " el 92.4%{}, con un valor de US$5.3 mil millones, y las exportaciones el 7.6%,"
        " equivalentes a US$0.4 mil millones.",
        " de ese intercambio",
        "US$5.3 mil millones",
        "US$5,983 millones",
    ),
    (
        "Santo Domingo, October 11, 2025 — In 2024 trade between the Dominican Republic and"
        " China reached US$5.98 billion. Imports made up 92.4 percent{}, with a value of US$5.3"
        " billion, and exports the other 7.6 percent, with a value of US$0.4 billion.",
        " of that trade",
        "US$5.3 billion",
        "US$5.98 billion",
    ),
    (
        "Santo Domingo, 11 de outubro de 2025 — Em 2024 o comércio entre a República Dominicana"
        " e a China somou US$ 5,98 bilhões. As importações representaram 92,4%{}, com um valor"
        " de US$ 5,3 bilhões, e as exportações os outros 7,6%, com um valor de US$ 0,4 bilhão.",
        " desse comércio",
        "US$ 5,3 bilhões",
        "US$ 5,98 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "whole", "imports", "total"), APPOSITION)
def test_a_value_in_apposition_is_the_flow_of_the_clause_before(text, whole, imports, total):
    results = check(text.format(""))
    value = one(results, imports)
    assert value.claim.metric == "trade_china_exports"  # the state's imports from China
    assert value.claim.entity == "DOM"
    assert level(value, "metric") == "low"  # the flow word stands in another clause
    assert value.verdict is not Verdict.CONTRADICTED
    # Now the parts meet their total: 5.3 + 0.4 = 5.7, not the total stated.
    assert one(results, total).verdict is Verdict.INCONSISTENT
    assert one(results, total).rule_id == "parts-total"
    # "92.4 percent of that trade, with a value of US$5.3 billion": whatever word the clause
    # before offers nearer the value ("trade") stays a word of another clause, never sure
    # enough to call the figure contradicted.
    value = one(check(text.format(whole)), imports)
    assert level(value, "metric") == "low"
    assert value.verdict is not Verdict.CONTRADICTED


# --- a bare flow beside the state's flow to China ---------------------------------------------

BESIDE = [
    (
        "# China, otra vez el principal socio comercial de Chile\n\nSantiago, enero de 2018 —"
        " De acuerdo con Aduanas, las exportaciones a China subieron 6,9% el año pasado,"
        " mientras que las importaciones crecieron 7% a US$ 13.380 millones.",
        "US$ 13.380 millones",
        "importaciones",
    ),
    (
        "# China again Chile's main trading partner\n\nSantiago, January 2018 — According to"
        " Customs, exports to China rose 6.9% last year, while imports grew 7% to US$13.38"
        " billion.",
        "US$13.38 billion",
        "imports",
    ),
    (
        "# China volta a ser a principal parceira comercial do Chile\n\nSantiago, janeiro de"
        " 2018 — Segundo a Aduana, as exportações para a China subiram 6,9% no ano passado,"
        " enquanto as importações cresceram 7% para US$ 13,38 bilhões.",
        "US$ 13,38 bilhões",
        "importacoes",
    ),
]


@pytest.mark.parametrize(("text", "figure", "word"), BESIDE)
def test_a_bare_flow_beside_the_states_flow_to_china_is_its_other_flow(text, figure, word):
    result = one(check(text), figure)
    assert (result.claim.metric, result.claim.entity) == ("trade_china_exports", "CHL")
    assert result.verdict is Verdict.SUPPORTED  # Chile's 2017 imports from China: 13,380
    assert level(result, "metric") == "low"
    assert f"bare '{word}' read beside" in result.claim.confidence["metric"]["why"]


@pytest.mark.parametrize(("text", "figure", "word"), BESIDE)
def test_a_bare_flow_read_beside_another_clause_is_never_contradicted(text, figure, word):
    wrong = text.replace("13.380", "15.380").replace("13.38", "15.38").replace("13,38", "15,38")
    result = one(check(wrong), figure.replace("13", "15"))
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "read beside" in result.reason


# --- the metric of the sentence before --------------------------------------------------------

LENDING = [
    (
        "February 21, 2017 — China Development Bank and China Eximbank issued approximately $21"
        " billion in loans to Latin American governments in 2016.\n\nBrazil, Ecuador, and"
        " Venezuela took 92 percent of all lending to the region in 2016.\n\nBrazil's share"
        " alone was approximately 72 percent, or {} billion, most of it for Petrobras.",
        "{} billion",
        "$15.2",
    ),
    (
        "21 de febrero de 2017 — El Banco de Desarrollo de China y el Eximbank de China"
        " concedieron unos 21.000 millones de dólares en préstamos a gobiernos latinoamericanos"
        " en 2016.\n\nBrasil, Ecuador y Venezuela se llevaron el 92% de los préstamos a la"
        " región en 2016.\n\nSolo la parte de Brasil fue de cerca del 72%, o {} millones de"
        " dólares, sobre todo para Petrobras.",
        "{} millones de dólares",
        "15.200",
    ),
    (
        "21 de fevereiro de 2017 — O Banco de Desenvolvimento da China e o Eximbank da China"
        " concederam cerca de US$ 21 bilhões em empréstimos a governos latino-americanos em"
        " 2016.\n\nBrasil, Equador e Venezuela ficaram com 92% dos empréstimos à região em"
        " 2016.\n\nSó a parte do Brasil foi de cerca de 72%, ou US$ {} bilhões, a maior parte"
        " para a Petrobras.",
        "US$ {} bilhões",
        "15,2",
    ),
]


PORT = {
    "$15.2": ("Brazil's share alone was", "A new port in Brazil cost"),
    "15.200": (
        "Solo la parte de Brasil fue de cerca del 72%, o",
        "Un nuevo puerto en Brasil costó",
    ),
    "15,2": ("Só a parte do Brasil foi de cerca de 72%, ou", "Um novo porto no Brasil custou"),
}


@pytest.mark.parametrize(("text", "figure", "value"), LENDING)
def test_a_money_figure_with_no_metric_word_takes_the_sentence_befores(text, figure, value):
    result = one(check(text.format(value)), figure.format(value))
    assert (result.claim.metric, result.claim.entity) == ("loans_total", "BRA")
    assert result.verdict is Verdict.SUPPORTED  # BU-IAD: 15.2 bn to Brazil in 2016
    assert level(result, "metric") == "low"
    assert "in the sentence before" in result.claim.confidence["metric"]["why"]
    # Only a figure whose sentence takes a quantity up ("share", "la parte", "a parte")
    # borrows: "A new port in Brazil cost $15.2 billion" names no metric.
    share, port = PORT[value]
    cost = text.replace(share, port).replace("approximately 72 percent, or ", "")
    cost = cost.replace(" cerca del 72%, o", "").replace(" cerca de 72%, ou", "")
    result = one(check(cost.format(value)), figure.format(value))
    assert result.claim.metric is None


@pytest.mark.parametrize(("text", "figure", "value"), LENDING)
def test_a_metric_borrowed_from_the_sentence_before_never_contradicts(text, figure, value):
    wrong = value.replace("15", "19")
    result = one(check(text.format(wrong)), figure.format(wrong))
    assert result.claim.metric == "loans_total"
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "in the sentence before" in result.reason


# --- the entity of the sentence before --------------------------------------------------------

REGION = [
    (
        "November 30, 2018 — As Xi Jinping travelled to Argentina, People's Daily reported on"
        " trade with the region.\n\nIn 2017, bilateral trade between China and Latin American"
        " and Caribbean countries reached US$257.8 billion.\n\nFrom January to September this"
        " year, bilateral trade rose by 20 percent, reaching US${} billion.",
        "US${} billion",
        "228.6",
    ),
    (
        "30 de noviembre de 2018 — Mientras Xi Jinping viajaba a Argentina, el Diario del Pueblo"
        " informó sobre el comercio con la región.\n\nEn 2017, el comercio bilateral entre China"
        " y los países de América Latina y el Caribe alcanzó US$257.800 millones.\n\nDe enero a"
        " septiembre de este año, el comercio bilateral creció un 20% y llegó a US${} millones.",
        "US${} millones",
        "228.600",
    ),
    (
        "30 de novembro de 2018 — Enquanto Xi Jinping viajava à Argentina, o Diário do Povo"
        " noticiou o comércio com a região.\n\nEm 2017, o comércio bilateral entre a China e os"
        " países da América Latina e do Caribe chegou a US$ 257,8 bilhões.\n\nDe janeiro a"
        " setembro deste ano, o comércio bilateral cresceu 20% e chegou a US$ {} bilhões.",
        "US$ {} bilhões",
        "228,6",
    ),
]


@pytest.mark.parametrize(("text", "figure", "value"), REGION)
def test_a_sentence_naming_no_one_continues_the_sentence_before(text, figure, value):
    result = one(check(text.format(value)), figure.format(value))
    assert (result.claim.metric, result.claim.entity) == ("trade_total", "LAC")
    assert result.verdict is Verdict.SUPPORTED  # MOFCOM: 228.6 bn, Jan-Sep 2018
    assert level(result, "entity") == "low"
    assert "the entity of the sentence before" in result.claim.confidence["entity"]["why"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "# Peru and China: trade at a record\n\nLima, March 2, 2024 — The figures were"
            " released on Friday.\n\nIn 2023, exports rose 12 percent, reaching US$30 billion.",
            "US$30 billion",
        ),
        (
            "# Perú y China: comercio récord\n\nLima, 2 de marzo de 2024 — Las cifras se"
            " publicaron el viernes.\n\nEn 2023, las exportaciones subieron un 12% y llegaron a"
            " US$ 30.000 millones.",
            "US$ 30.000 millones",
        ),
        (
            "# Peru e China: comércio recorde\n\nLima, 2 de março de 2024 — Os números saíram"
            " na sexta-feira.\n\nEm 2023, as exportações subiram 12% e chegaram a US$ 30"
            " bilhões.",
            "US$ 30 bilhões",
        ),
    ],
)
def test_a_doubtful_entity_stays_doubtful_for_the_sentences_next_figure(text, figure):
    # Peru is named only in the headline: the percent takes it with doubt, and so does the
    # figure after it in the same sentence (main called it "from the sentence", medium).
    result = one(check(text), figure)
    assert result.claim.entity == "PER"
    assert level(result, "entity") == "low"
    assert result.verdict is not Verdict.CONTRADICTED


# --- a surplus with a state -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Ciudad de México, 10 de febrero de 2024 — En 2023 China registró un superávit de"
            " 62.707 millones de dólares con México, según las aduanas chinas.",
            "62.707 millones de dólares",
        ),
        (
            "Cidade do México, 10 de fevereiro de 2024 — Em 2023 a China registrou um superávit"
            " de US$ 62,7 bilhões com o México, segundo a alfândega chinesa.",
            "US$ 62,7 bilhões",
        ),
        (
            "Mexico City, February 10, 2024 — In 2023 China ran a surplus of US$62.7 billion"
            " with Mexico, according to Chinese customs.",
            "US$62.7 billion",
        ),
    ],
)
def test_chinas_surplus_with_a_state_is_that_states_deficit_not_chinas_global_surplus(text, figure):
    result = one(check(text), figure)
    assert (result.claim.metric, result.claim.entity) == ("trade_deficit", "MEX")
    assert result.verdict is Verdict.SUPPORTED  # China Customs: 62,707 m in 2023


# --- parts and total in neighbouring paragraphs -----------------------------------------------

ACROSS = [
    (
        "Lima, March 2, 2024 — Peru's exports to China reached US$23.1 billion in 2023.\n\n"
        "Peru's imports from China came to US$13.2 billion in 2023, and Peru's trade with China"
        " totalled US$38.6 billion in 2023.",
        "US$38.6 billion",
        "As a result, trade totalled US$38.6 billion.",
    ),
    (
        "Lima, 2 de marzo de 2024 — Las exportaciones de Perú a China llegaron a US$ 23.100"
        " millones en 2023.\n\nLas importaciones de Perú desde China sumaron US$ 13.200 millones"
        " en 2023, y el intercambio comercial de Perú con China totalizó US$ 38.600 millones en"
        " 2023.",
        "US$ 38.600 millones",
        "Así, el intercambio totalizó US$ 38.600 millones.",
    ),
    (
        "Lima, 2 de março de 2024 — As exportações do Peru para a China chegaram a US$ 23,1"
        " bilhões em 2023.\n\nAs importações do Peru vindas da China somaram US$ 13,2 bilhões"
        " em 2023, e o comércio do Peru com a China totalizou US$ 38,6 bilhões em 2023.",
        "US$ 38,6 bilhões",
        "Assim, o comércio totalizou US$ 38,6 bilhões.",
    ),
]


@pytest.mark.parametrize(("text", "total", "vague"), ACROSS)
def test_parts_in_the_paragraph_before_must_add_up_to_a_sure_total(text, total, vague):
    result = one(check(text, db=tiny_knowledge()), total)
    assert (result.verdict, result.rule_id) == (Verdict.INCONSISTENT, "parts-total")
    assert "= 36.3" in result.reason or "= 36,300" in result.reason
    first, second = text.split("\n\n")
    # A total that names neither the state nor the year borrows them: the parts say nothing
    # about it.
    parts_only = second.split(", and")[0].split(", y")[0].split(", e o")[0]
    borrowed = f"{first}\n\n{parts_only}.\n\n{vague}"
    assert one(check(borrowed, db=tiny_knowledge()), total).verdict is not Verdict.INCONSISTENT
    # Nor are parts two paragraphs away added up.
    far = f"{first}\n\nThe figures were released on Friday.\n\nOfficials met in Lima.\n\n{second}"
    assert one(check(far, db=tiny_knowledge()), total).verdict is not Verdict.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "balance"),
    [
        (
            "Brasília, November 2016 — From January to October 2016, Brazil's trade surplus with"
            " China reached US$10.443 billion.\n\nFrom January to October 2016, Brazil's imports"
            " from China totalled US$19.261 billion, while Brazil's exports to China reached"
            " US$30.710 billion from January to October 2016.",
            "US$10.443 billion",
        ),
        (
            "Brasilia, noviembre de 2016 — De enero a octubre de 2016, el superávit comercial de"
            " Brasil con China llegó a US$ 10.443 millones.\n\nDe enero a octubre de 2016, las"
            " importaciones de Brasil desde China sumaron US$ 19.261 millones, y las exportaciones"
            " de Brasil a China alcanzaron US$ 30.710 millones de enero a octubre de 2016.",
            "US$ 10.443 millones",
        ),
        (
            "Brasília, novembro de 2016 — De janeiro a outubro de 2016, o superávit comercial do"
            " Brasil com a China chegou a US$ 10,4 bilhões.\n\nDe janeiro a outubro de 2016, as"
            " importações do Brasil vindas da China totalizaram US$ 19,3 bilhões, e as"
            " exportações do Brasil para a China atingiram US$ 30,7 bilhões de janeiro a outubro"
            " de 2016.",
            "US$ 10,4 bilhões",
        ),
    ],
)
def test_a_sure_balance_in_the_paragraph_before_its_parts_is_held_to_them(text, balance):
    # The state's surplus with China (main read China's surplus with the world), its state,
    # months and currency written; the parts in the next paragraph differ by 11.4, not 10.4.
    result = one(check(text, db=tiny_knowledge()), balance)
    assert result.claim.metric == "trade_surplus"
    assert (result.verdict, result.rule_id) == (Verdict.INCONSISTENT, "parts-total")
