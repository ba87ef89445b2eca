"""General readings found on the dev texts 34-37 of the unseen set (branch issue-15-s9), each
with real-shaped sentences (our own) in every language where it applies, checked against the
package's knowledge base.

* A number is never the noun a count counts, and "between the two" / "entre los dos" / "entre
  os dois" are the two parties, not a count: "Trade between the two hit 6.17 billion" had
  read "two hit 6" as a count and "billion U.S. dollars" as one billion (a false contradiction).
* China named as "the People's Republic of China", "la República Popular China", "o Interior da
  China" or "the Chinese mainland" still gives a flow's direction by its preposition.
* A bare flow word ("exports") given a direction the text does not write, whose figure is the
  store's value of the other direction, is not contradicted: the reading is the likelier error
  (unverifiable, and the reason names the direction). A written direction keeps it.
* "$us." (Bolivian usage) is the US dollar, and its point ends no sentence. "R$" / "reais" are
  the real and "€" / "euros" the euro, never the dollar: a sum in reais was read as US$ (its
  "$") and called contradicted against a dollar figure; another currency never compares.
  "$" alone in Spanish or Portuguese may be pesos: dollars are read at low confidence (may
  support, never refute); "u$s" is the dollar; in English "$" stays the dollar.
* Ordinal words past "tenth" / "quinto": "fourteenth largest", "decimocuarto", "décimo quarto".
* "The first … Central American country" ranks within the subregion the sentence names
  (countries.csv), not the whole region; "Latin America and the Caribbean" is the region.
* A state after "after" / "después de" / "depois de" is ranked above and never owns a rank,
  wherever it stands in the sentence ("China es el segundo destino …, después de Brasil").
* "el segundo país al cual más exportamos", "the country to which Bolivia exports the most",
  "o país para o qual a Bolívia mais exporta" are export-destination ranks.
* "por un valor de" / "no valor de" is the value of agreements only beside an agreement word:
  "vendió … por un valor de" is a sale.
* "los diez primeros meses de 2021" / "nos dez primeiros meses de 2021" (the number before
  "primeros") are the first months of the year, as "the first ten months of 2021": a part
  year, never compared with the full year's figure.
* A full year beside a part of a year written without its own year ("en 2021, hasta octubre",
  "in 2021, through October", "em 2021, até outubro") is read at low confidence: never refutes.
* Verbs of multiplying are multiples ("tripled", "se triplicó", "triplicou"), read as rounded:
  they are never tested against two levels ("rose from $10 billion to $21 billion: it doubled").
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        (
            "China and Costa Rica signed an FTA. Trade between the two hit 6.17 billion U.S. "
            "dollars in 2012.",
            "6.17 billion U.S. dollars",
        ),
        (
            "China y Costa Rica firmaron un TLC. El comercio entre los dos llegó a 6,17 mil "
            "millones de dólares en 2012.",
            "6,17 mil millones de dólares",
        ),
        (
            "China e Costa Rica assinaram um TLC. O comércio entre os dois chegou a 6,17 "
            "bilhões de dólares em 2012.",
            "6,17 bilhões de dólares",
        ),
    ],
)
def test_between_the_two_is_no_count_and_a_number_is_no_noun(sentence, amount, kb):
    results = check(sentence, kb)
    money = one(results, amount)
    assert money.claim.value * money.claim.scale == pytest.approx(6.17e9)
    assert money.claim.entity == "CRI"
    assert money.verdict is Verdict.SUPPORTED
    assert not [r for r in results if r.claim.kind.value == "count"]
    assert not [r for r in results if r.verdict is Verdict.CONTRADICTED]


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        (
            "In 2021 Brazil's exports to the People's Republic of China reached US$89.75 "
            "billion, says the Ministry of Economy.",
            "US$89.75 billion",
        ),
        (
            "En 2021 las exportaciones de Brasil a la República Popular China llegaron a "
            "US$ 89.750 millones, según el Ministerio de Economía.",
            "US$ 89.750 millones",
        ),
        (
            "Em 2021, as exportações do Brasil para o Interior da China, Hong Kong e Macau "
            "chegaram a US$89,75 mil milhões.",
            "US$89,75 mil milhões",
        ),
    ],
)
def test_the_peoples_republic_and_the_mainland_give_the_direction(sentence, amount, kb):
    result = one(check(sentence, kb), amount)
    assert result.claim.metric == "trade_china_imports"  # Brazil's exports to China
    assert result.claim.entity == "BRA"
    assert result.verdict is Verdict.DISPUTED  # 89.75 (Ministry of Economy) vs 87.7 (AEB)


@pytest.mark.parametrize(
    ("sentence", "amount", "metric", "verdict"),
    [
        # A bare "exports" given China's side the text does not write: not contradicted.
        (
            "In 2021 the exports of Brazil carried by Chinese ships reached US$89.75 billion.",
            "US$89.75 billion",
            "trade_china_exports",
            Verdict.UNVERIFIABLE,
        ),
        # Bound for China's ports or market, in each language: Brazil's exports.
        (
            "In 2021 the exports of Brazil bound for Chinese ports reached US$89.75 billion.",
            "US$89.75 billion",
            "trade_china_imports",
            Verdict.DISPUTED,
        ),
        (
            "En 2021 las exportaciones de Brasil rumbo al mercado chino llegaron a US$ 89.750 "
            "millones.",
            "US$ 89.750 millones",
            "trade_china_imports",
            Verdict.DISPUTED,
        ),
        (
            "Em 2021 as exportações do Brasil rumo aos portos chineses chegaram a US$89,75 mil "
            "milhões.",
            "US$89,75 mil milhões",
            "trade_china_imports",
            Verdict.DISPUTED,
        ),
    ],
)
def test_a_bare_flow_word_read_the_wrong_way_is_not_contradicted(
    sentence, amount, metric, verdict, kb
):
    result = one(check(sentence, kb), amount)
    assert (result.claim.metric, result.verdict) == (metric, verdict)
    if verdict is Verdict.UNVERIFIABLE:
        assert "direction of the flow is uncertain" in result.reason
        assert "trade_china_imports" in result.reason


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("In 2021, China's exports to Brazil reached US$89.75 billion.", "US$89.75 billion"),
        (
            "En 2021, las exportaciones chinas a Brasil llegaron a US$ 89.750 millones.",
            "US$ 89.750 millones",
        ),
        (
            "Em 2021, as exportações chinesas para o Brasil chegaram a US$89,75 mil milhões.",
            "US$89,75 mil milhões",
        ),
    ],
)
def test_a_written_direction_keeps_the_contradiction(sentence, amount, kb):
    # The text names China's exports; 89.75 is what Brazil sold to China: the text's error.
    result = one(check(sentence, kb), amount)
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("In 2021, China's exports to Brazil reached US$70 billion.", "US$70 billion"),
        (
            "En 2021, las exportaciones chinas a Brasil llegaron a US$ 70.000 millones.",
            "US$ 70.000 millones",
        ),
        (
            "Em 2021, as exportações chinesas para o Brasil chegaram a US$70 mil milhões.",
            "US$70 mil milhões",
        ),
    ],
)
def test_a_figure_of_neither_direction_is_still_contradicted(sentence, amount, kb):
    result = one(check(sentence, kb), amount)
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is Verdict.CONTRADICTED


def test_bolivian_dollar_sign_is_the_us_dollar_and_ends_no_sentence(kb):
    results = check(
        "Según el INE, Bolivia exportó a China en 2023 un valor de $us. 1.170,1 millones.", kb
    )
    money = one(results, "$us. 1.170,1 millones")
    assert (money.claim.kind.value, money.claim.unit) == ("money", "usd")
    assert money.claim.value * money.claim.scale == pytest.approx(1.1701e9)
    assert money.claim.entity == "BOL"
    assert money.verdict is Verdict.DISPUTED  # INE 1,170.1 vs China Customs 1,462
    assert not [r for r in results if r.claim.kind.value == "date"]  # 2023 is the period


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "In 2021, China was the fourteenth largest destination market for Jamaica's exports.",
            "fourteenth largest destination market",
        ),
        (
            "En 2021, China fue el decimocuarto destino de las exportaciones de Jamaica.",
            "decimocuarto destino",
        ),
        (
            "Em 2021, a China foi o décimo quarto maior destino das exportações da Jamaica.",
            "décimo quarto maior destino",
        ),
    ],
)
def test_ordinal_words_past_ten(sentence, text, kb):
    result = one(check(sentence, kb), text)
    assert (result.claim.kind.value, result.claim.value) == ("rank", 14)
    assert result.claim.entity == "JAM"
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "sentence",
    [
        "The free trade agreement with Costa Rica was the first of its kind between China and "
        "Central American countries.",
        "Costa Rica fue el primer país centroamericano en firmar un tratado de libre comercio "
        "con China.",
        "A Costa Rica foi o primeiro país centro-americano a assinar um acordo de livre "
        "comércio com a China.",
    ],
)
def test_first_within_a_named_subregion(sentence, kb):
    ranks = [r for r in check(sentence, kb) if r.claim.kind.value == "rank"]
    assert len(ranks) == 1 and ranks[0].claim.entity == "CRI"
    assert ranks[0].verdict is Verdict.SUPPORTED  # CRI 2010/2011; Nicaragua only in 2023


@pytest.mark.parametrize(
    "sentence",
    [
        "Costa Rica was the first Latin America and the Caribbean country to sign a free trade "
        "agreement with China.",
        "Costa Rica fue el primer país de América Latina y el Caribe en firmar un tratado de "
        "libre comercio con China.",
        "A Costa Rica foi o primeiro país da América Latina e do Caribe a assinar um acordo de "
        "livre comércio com a China.",
        "Costa Rica was the first Latin American and Caribbean country to sign a free trade "
        "agreement with China.",
        "Costa Rica fue el primer país latinoamericano y caribeño en firmar un tratado de libre "
        "comercio con China.",
        "A Costa Rica foi o primeiro país latino-americano e caribenho a assinar um acordo de "
        "livre comércio com a China.",
    ],
)
def test_the_whole_region_is_no_subregion(sentence, kb):
    ranks = [r for r in check(sentence, kb) if r.claim.kind.value == "rank"]
    assert len(ranks) == 1 and ranks[0].claim.entity == "CRI"
    assert ranks[0].verdict is Verdict.UNVERIFIABLE  # Chile's FTA came first
    assert "CHL" in ranks[0].reason


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Their momentum made trade with Peru triple over the past decade.", "triple", 3),
        ("Trade between Peru and China doubled between 2008 and 2018.", "doubled", 2),
        ("El comercio entre Perú y China se triplicó entre 2008 y 2018.", "triplicó", 3),
        ("Las exportaciones de Perú a China se duplicaron entre 2008 y 2018.", "duplicaron", 2),
        ("O comércio entre o Peru e a China triplicou entre 2008 e 2018.", "triplicou", 3),
        ("As exportações do Peru para a China dobraram entre 2008 e 2018.", "dobraram", 2),
    ],
)
def test_verbs_of_multiplying_are_multiples(sentence, text, value, kb):
    result = one(check(sentence, kb), text)
    assert (result.claim.kind.value, result.claim.value) == ("multiple", value)
    assert result.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade rose from $10 billion in 2010 to $21 billion in 2020: it doubled.",
        "El comercio pasó de US$ 10.000 millones en 2010 a US$ 21.000 millones en 2020: se duplicó.",
        "O comércio passou de US$ 10 bilhões em 2010 para US$ 21 bilhões em 2020: dobrou.",
    ],
)
def test_a_rounded_multiple_is_not_tested_against_two_levels(sentence, kb):
    results = check(sentence, kb)
    assert [r for r in results if r.claim.kind.value == "multiple"]
    assert not [r for r in results if r.verdict is Verdict.INCONSISTENT]


def test_double_and_triple_as_adjectives_are_no_claims(kb):
    results = check("The double taxation treaty and the triple helix model date from 2011.", kb)
    assert not [r for r in results if r.claim.kind.value == "multiple"]


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        (
            "In 2021, China's exports to Brazil reached US$48.34 billion as well as Brazil's "
            "exports to China.",
            "US$48.34 billion",
        ),
        (
            "En 2021, las exportaciones chinas a Brasil llegaron a US$ 48.340 millones, como "
            "las exportaciones de Brasil a China.",
            "US$ 48.340 millones",
        ),
        (
            "Em 2021, as exportações chinesas para o Brasil chegaram a US$48,34 mil milhões, "
            "assim como as exportações do Brasil para a China.",
            "US$48,34 mil milhões",
        ),
    ],
)
def test_a_phrase_that_names_chinas_side_keeps_it(sentence, amount, kb):
    # "China's exports to" names its side: a later "exports to China" does not turn it round.
    result = one(check(sentence, kb), amount)
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is Verdict.DISPUTED  # 48.34 (Ministry of Economy) vs 47.6 (AEB)


@pytest.mark.parametrize(
    ("sentence", "rank_text"),
    [
        (
            "Bolivia sold US$1.17 billion of minerals to China in 2023. China is the second "
            "destination of its exports, after Brazil.",
            "second destination",
        ),
        (
            "Bolivia vendió a China minerales por US$ 1.170 millones en 2023. China es el "
            "segundo destino de sus exportaciones, después de Brasil.",
            "segundo destino",
        ),
        (
            "A Bolívia exportou para a China US$ 1,17 bilhão em 2023. A China é o segundo "
            "destino das suas exportações, depois do Brasil.",
            "segundo destino",
        ),
    ],
)
def test_the_state_ranked_above_never_owns_the_rank(sentence, rank_text, kb):
    result = one(check(sentence, kb), rank_text)
    assert result.claim.entity == "BOL"
    assert result.verdict is Verdict.SUPPORTED  # INE: China 2nd destination of Bolivia, 2023


@pytest.mark.parametrize(
    ("sentence", "rank_text"),
    [
        (
            "Bolivia sold US$1.17 billion of minerals to China in 2023. China is the second "
            "country to which Bolivia exports the most, after Brazil.",
            "second country",
        ),
        (
            "Bolivia vendió a China minerales por US$ 1.170 millones en 2023. China es el "
            "segundo país al cual más exportamos, después de Brasil.",
            "segundo país",
        ),
        (
            "A Bolívia exportou para a China US$ 1,17 bilhão em 2023. A China é o segundo país "
            "para o qual a Bolívia mais exporta, depois do Brasil.",
            "segundo país",
        ),
    ],
)
def test_the_country_one_exports_most_to_is_a_destination_rank(sentence, rank_text, kb):
    result = one(check(sentence, kb), rank_text)
    assert result.claim.entity == "BOL"
    assert result.verdict is Verdict.SUPPORTED
    assert "china_export_destination_rank" in result.reason


@pytest.mark.parametrize(
    ("sentence", "amount", "unit"),
    [
        (
            "In 2023, trade between Brazil and China reached R$ 500 billion.",
            "R$ 500 billion",
            "brl",
        ),
        ("In 2023, China's exports to the EU came to €500 billion.", "€500 billion", "eur"),
        (
            "En 2023, el comercio entre Brasil y China sumó 500.000 millones de reales, o "
            "R$ 500.000 millones.",
            "R$ 500.000 millones",
            "brl",
        ),
        (
            "En 2023, las exportaciones de China a la Unión Europea sumaron 500.000 millones "
            "de euros.",
            "500.000 millones de euros",
            "eur",
        ),
        (
            "Em 2023, o Brasil vendeu à China produtos no valor de R$ 500 bilhões.",
            "R$ 500 bilhões",
            "brl",
        ),
        (
            "Em 2023, o comércio entre o Brasil e a China somou 500 bilhões de reais.",
            "500 bilhões de reais",
            "brl",
        ),
    ],
)
def test_reais_and_euros_are_not_dollars(sentence, amount, unit, kb):
    result = one(check(sentence, kb), amount)
    assert (result.claim.kind.value, result.claim.unit) == ("money", unit)
    assert result.verdict is Verdict.UNVERIFIABLE  # the store holds these flows in dollars


@pytest.mark.parametrize(
    "sentence",
    [
        "During the visit, Brazil sold goods worth US$104 billion to China in 2023.",
        "En 2023, Brasil le vendió a China productos por un valor de US$ 104.000 millones.",
        "Em 2023, o Brasil vendeu à China produtos no valor de US$ 104 bilhões.",
    ],
)
def test_a_sale_for_a_value_is_trade_not_agreements(sentence, kb):
    money = [r for r in check(sentence, kb) if r.claim.kind.value == "money"]
    assert len(money) == 1 and money[0].claim.metric == "trade_china_imports"
    assert money[0].verdict is Verdict.SUPPORTED  # Brazil's 2023 exports to China (CRI: 104)


@pytest.mark.parametrize(
    ("sentence", "amount", "verdict"),
    [
        (
            "En 2021, Argentina exportó a China por $ 3.000 millones.",
            "$ 3.000 millones",
            Verdict.UNVERIFIABLE,
        ),
        (
            "En 2021, Argentina exportó a China por $ 6.299 millones.",
            "$ 6.299 millones",
            Verdict.SUPPORTED,
        ),
        (
            "En 2021, Argentina exportó a China por u$s 3.000 millones.",
            "u$s 3.000 millones",
            Verdict.CONTRADICTED,
        ),
        (
            "Em 2021, a Argentina exportou $ 3 bilhões para a China.",
            "$ 3 bilhões",
            Verdict.UNVERIFIABLE,
        ),
        (
            "In 2021, Argentina's exports to China were $3 billion.",
            "$3 billion",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_bare_dollar_sign_in_spanish_or_portuguese_never_refutes(sentence, amount, verdict, kb):
    # The store: Argentina's 2021 exports to China, 6,299 millions of dollars.
    result = one(check(sentence, kb), amount)
    assert result.claim.unit == "usd" and result.claim.metric == "trade_china_imports"
    assert result.verdict is verdict
    if verdict is Verdict.UNVERIFIABLE:
        assert "may be pesos" in result.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "In the first ten months of 2021, Argentina's exports to China reached US$3 billion.",
        "En los diez primeros meses de 2021, las exportaciones argentinas a China sumaron "
        "US$ 3.000 millones.",
        "Nos dez primeiros meses de 2021, as exportações da Argentina para a China somaram "
        "US$ 3 bilhões.",
    ],
)
def test_the_n_first_months_are_a_part_year(sentence, kb):
    money = [r for r in check(sentence, kb) if r.claim.kind.value == "money"]
    assert len(money) == 1
    period = money[0].claim.period
    assert (period.start_year, period.start_month, period.end_month) == (2021, 1, 10)
    assert money[0].verdict is Verdict.UNVERIFIABLE  # the store: 6,299 for the full year


@pytest.mark.parametrize(
    "sentence",
    [
        "Argentina's exports to China reached US$3 billion in 2021, through October.",
        "Las exportaciones argentinas a China sumaron US$ 3.000 millones en 2021, hasta octubre.",
        "As exportações argentinas para a China somaram US$ 3 bilhões em 2021, até outubro.",
    ],
)
def test_a_year_beside_a_part_of_it_never_refutes(sentence, kb):
    money = [r for r in check(sentence, kb) if r.claim.kind.value == "money"]
    assert len(money) == 1 and money[0].verdict is Verdict.UNVERIFIABLE
    assert "a part of a year" in money[0].reason


def test_a_part_year_with_its_own_year_leaves_the_other_year_whole(kb):
    results = check(
        "Las exportaciones argentinas a China sumaron US$ 3.000 millones en 2021 y US$ 2.000 "
        "millones entre enero y octubre de 2022.",
        kb,
    )
    assert one(results, "US$ 3.000 millones").verdict is Verdict.CONTRADICTED  # 6,299 in 2021
