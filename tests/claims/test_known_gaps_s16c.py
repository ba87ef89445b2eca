"""Known gaps of the claims checker closed on branch issue-15-s16c (round 16c, dev half of the
unseen set, no fresh texts). Real-shaped sentences (our own) in EN, ES and PT, checked against
the package's knowledge base.

* A balance that is not exports − imports by less than 0.5 % of its value, but by more than
  the rounding of the digits written (dev u532): the text's own arithmetic is held to the
  digits its writer printed, not to the 0.5 % floor kept for another source's rounding.
* Parts and a balance over three paragraphs whose periods form one chain from the first part
  (which took its year from the paragraph before), a part written without its currency beside
  one written with it, and a balance introduced by "de modo que" / "so that" (dev u337).
* "el país le vendió al gigante asiático … y le compró …": the clitic names the same other side
  as the sentence's earlier verb (dev u297).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a balance held to the digits written ------------------------------------------------------

BALANCE_DIGITS = [
    (
        "Brasília, November 2016 — From January to October 2016, Brazil's exports to China"
        " reached US$30.710 billion and its imports from China US$19.261 billion, leaving"
        " Brazil a trade surplus of US$11.443 billion.",
        "US$11.443 billion",
    ),
    (
        "Brasilia, noviembre de 2016 — Entre enero y octubre de 2016, las exportaciones de"
        " Brasil a China sumaron US$ 30,710 mil millones y las importaciones desde China,"
        " US$ 19,261 mil millones, con un superávit comercial de US$ 11,443 mil millones.",
        "US$ 11,443 mil millones",
    ),
    (
        "Brasília, novembro de 2016 — De janeiro a outubro de 2016, as vendas brasileiras para"
        " a China somaram US$ 30,710 bilhões e as importações de produtos chineses, US$ 19,261"
        " bilhões, com um superávit comercial de US$ 11,443 bilhões.",
        "US$ 11,443 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "balance"), BALANCE_DIGITS)
def test_a_balance_off_by_more_than_its_digits_is_inconsistent(text: str, balance: str) -> None:
    result = one(check(text), balance)
    assert (result.verdict, result.rule_id) == (Verdict.INCONSISTENT, "parts-total")


@pytest.mark.parametrize(("text", "balance"), BALANCE_DIGITS)
def test_a_balance_within_its_digits_stays_consistent(text: str, balance: str) -> None:
    fixed = balance.replace("11.443", "11.449").replace("11,443", "11,449")
    result = one(check(text.replace(balance, fixed)), fixed)
    assert result.verdict is not Verdict.INCONSISTENT


# --- parts and balance along a chain of paragraphs ---------------------------------------------

CHAIN = [
    (
        "Santiago, March 2013 — Chile's trade with China totalled US$33.266 billion in 2012.\n\n"
        "Chile's imports from China rose 14 percent to US$14.444 billion. Chile's exports to"
        " China, for their part, totalled 18.822 billion.\n\n"
        "Chile's shipments to China barely grew, so that Chile's trade surplus with China fell"
        " to US$5.279 billion.",
        "US$5.279 billion",
    ),
    (
        "Santiago, marzo de 2013 — El intercambio comercial entre Chile y China sumó 33.266"
        " millones de dólares en 2012.\n\n"
        "Las importaciones chilenas desde China subieron un 14 por ciento y llegaron a los 14.444"
        " millones de dólares. Las exportaciones chilenas a China, por su parte, totalizaron los"
        " 18.822 millones.\n\n"
        "Los envíos chilenos a China apenas crecieron, de modo que el saldo de la balanza"
        " comercial de Chile con China quedó en 5.279 millones de dólares.",
        "5.279 millones de dólares",
    ),
    (
        "Santiago, março de 2013 — O intercâmbio comercial entre o Chile e a China somou US$"
        " 33,27 bilhões em 2012.\n\n"
        "As importações chilenas de produtos chineses subiram 14% e chegaram a US$ 14,444 bilhões. As"
        " exportações chilenas para a China, por sua vez, totalizaram 18,822 bilhões.\n\n"
        "Os embarques chilenos para a China quase não cresceram, de modo que o saldo comercial do"
        " Chile com a China ficou em US$ 5,279 bilhões.",
        "US$ 5,279 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "balance"), CHAIN)
def test_a_balance_along_a_chain_of_periods_is_checked(text: str, balance: str) -> None:
    result = one(check(text), balance)
    assert (result.verdict, result.rule_id) == (Verdict.INCONSISTENT, "parts-total")


@pytest.mark.parametrize(("text", "balance"), CHAIN)
def test_a_balance_along_a_chain_that_adds_up_is_left_alone(text: str, balance: str) -> None:
    fixed = balance.replace("5.279", "4.378").replace("5,279", "4,378")
    result = one(check(text.replace(balance, fixed)), fixed)
    assert result.verdict is not Verdict.INCONSISTENT


# --- a clitic names the same other side ---------------------------------------------------------

CLITIC = [
    (
        "Buenos Aires, junio de 2024 — Desde 2008 hasta los primeros cinco meses de 2024 el país"
        " le vendió al gigante asiático mercaderías por USD 90.457 millones y le compró por USD"
        " 175.595 millones, con un déficit acumulado de USD 85.048 millones.",
        "USD 175.595 millones",
        "USD 85.048 millones",
    ),
    (
        "Buenos Aires, junho de 2024 — De 2008 até os primeiros cinco meses de 2024 o país"
        " vendeu ao gigante asiático mercadorias no valor de US$ 90,457 bilhões e lhe comprou"
        " US$ 175,595 bilhões, com um déficit acumulado de US$ 85,048 bilhões.",
        "US$ 175,595 bilhões",
        "US$ 85,048 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "bought", "balance"), CLITIC)
def test_a_clitic_reads_china_as_the_seller(text: str, bought: str, balance: str) -> None:
    results = check(text)
    assert one(results, bought).claim.metric == "trade_china_exports"
    result = one(results, balance)
    assert (result.verdict, result.rule_id) == (Verdict.INCONSISTENT, "parts-total")


def test_english_without_a_clitic_reads_no_counterpart_for_the_bare_verb() -> None:
    """English has no clitic: "and bought US$175.6 billion" names no seller, so no
    accusation is built on it."""
    text = (
        "Buenos Aires, June 2024 — Between 2008 and May 2024 the country sold goods worth"
        " US$90.457 billion to the Asian giant and bought US$175.595 billion, with a deficit of"
        " US$85.048 billion."
    )
    result = one(check(text), "US$85.048 billion")
    assert result.verdict is not Verdict.INCONSISTENT


# --- a rate set between two levels: "X, un 34,3 % superior al de 2024, que fue de Y" ------------

COMPARED = [
    (
        "San Salvador, January 2026 — El Salvador's trade deficit with China reached US$3,516.2"
        " million in 2025, 34.3% higher than the 2024 deficit of US$2,599.7 million.",
        "34.3%",
    ),
    (
        "San Salvador, enero de 2026 — La balanza comercial de El Salvador con China cerró 2025"
        " con un déficit de 3.516,2 millones de dólares, un 34,3 % superior al registro de 2024,"
        " que fue de un déficit de 2.599,7 millones.",
        "34,3 %",
    ),
    (
        "San Salvador, janeiro de 2026 — O déficit comercial de El Salvador com a China chegou a"
        " US$ 3.516,2 milhões em 2025, 34,3% acima do déficit de 2024, de US$ 2.599,7 milhões.",
        "34,3%",
    ),
]


@pytest.mark.parametrize(("text", "rate"), COMPARED)
def test_a_rate_between_two_levels_that_does_not_follow_is_inconsistent(
    text: str, rate: str
) -> None:
    result = one(check(text), rate)
    assert (result.verdict, result.rule_id) == (Verdict.INCONSISTENT, "growth-rate")


@pytest.mark.parametrize(("text", "rate"), COMPARED)
def test_a_rate_between_two_levels_that_follows_is_left_alone(text: str, rate: str) -> None:
    fixed = rate.replace("34", "35")
    result = one(check(text.replace(rate, fixed)), fixed)
    assert result.verdict is not Verdict.INCONSISTENT


def test_a_lower_rate_between_two_levels_is_read_as_a_fall() -> None:
    text = (
        "San Salvador, January 2026 — El Salvador's exports to China fell to US$50 million in"
        " 2025, 5.3% lower than the 2024 figure of US$52.8 million."
    )
    assert one(check(text), "5.3%").verdict is not Verdict.INCONSISTENT
    wrong = one(check(text.replace("5.3%", "9.3%")), "9.3%")
    assert (wrong.verdict, wrong.rule_id) == (Verdict.INCONSISTENT, "growth-rate")


def test_a_balance_without_its_currency_continues_the_sentence_dollars() -> None:
    text = COMPARED[1][0]
    result = one(check(text), "2.599,7 millones")
    assert (result.claim.kind.value, result.claim.unit) == ("money", "usd")


# --- an amount of change against the levels stated before it ------------------------------------

CHANGE_OF_LEVELS = [
    (
        "Tegucigalpa, March 2024 — In 2022 Honduras's exports to China totalled US$11.4 million"
        " and its imports from China US$2,367.5 million.\n\n"
        "In 2023 Honduras's exports to China reached US$13.9 million and its imports from China"
        " US$2,332.3 million.\n\n"
        "Between 2022 and 2023, Honduras's exports to China grew by US$2.5 million, while its"
        " imports from China fell by US$37.7 million.",
        "US$2.5 million",
        "US$37.7 million",
    ),
    (
        "Tegucigalpa, marzo de 2024 — En 2022 las exportaciones de Honduras a China sumaron 11.4"
        " millones de dólares y las importaciones desde China, 2,367.5 millones de dólares.\n\n"
        "En 2023 las exportaciones de Honduras a China alcanzaron 13.9 millones de dólares y las"
        " importaciones desde China, 2,332.3 millones de dólares.\n\n"
        "Entre 2022 y 2023, las exportaciones de Honduras a China crecieron en 2.5 millones de"
        " dólares, mientras que las importaciones desde China se redujeron en 37.7 millones de"
        " dólares.",
        "2.5 millones de dólares",
        "37.7 millones de dólares",
    ),
    (
        "Tegucigalpa, março de 2024 — Em 2022 as exportações de Honduras para a China somaram"
        " US$ 11,4 milhões e as importações da China, US$ 2.367,5 milhões.\n\n"
        "Em 2023 as exportações de Honduras para a China chegaram a US$ 13,9 milhões e as"
        " importações da China, US$ 2.332,3 milhões.\n\n"
        "Entre 2022 e 2023, as exportações de Honduras para a China cresceram em US$ 2,5"
        " milhões, enquanto as importações da China caíram em US$ 37,7 milhões.",
        "US$ 2,5 milhões",
        "US$ 37,7 milhões",
    ),
]


@pytest.mark.parametrize(("text", "fits", "off"), CHANGE_OF_LEVELS)
def test_a_change_no_pair_of_stated_levels_gives_is_inconsistent(
    text: str, fits: str, off: str
) -> None:
    results = check(text)
    assert one(results, fits).verdict is not Verdict.INCONSISTENT
    result = one(results, off)
    assert (result.verdict, result.rule_id) == (Verdict.INCONSISTENT, "growth-rate")


@pytest.mark.parametrize(("text", "fits", "off"), CHANGE_OF_LEVELS)
def test_a_change_a_pair_of_stated_levels_gives_is_left_alone(
    text: str, fits: str, off: str
) -> None:
    fixed = off.replace("37.7", "35.2").replace("37,7", "35,2")
    assert one(check(text.replace(off, fixed)), fixed).verdict is not Verdict.INCONSISTENT


# --- a published row whose detail names the months of the other side of its conflict ------------

WHOLE_YEAR_2003 = [
    "Buenos Aires, March 2021 — Argentina's trade with China grew from US$3.2 billion in 2003 to"
    " US$14 billion in 2020.",
    "Buenos Aires, marzo de 2021 — El intercambio de la Argentina con China pasó de U$S 3.200"
    " millones en 2003 a U$S 14.000 millones en 2020.",
    "Buenos Aires, março de 2021 — O comércio da Argentina com a China passou de US$ 3,2 bilhões"
    " em 2003 para US$ 14 bilhões em 2020.",
]


@pytest.mark.parametrize("text", WHOLE_YEAR_2003)
def test_a_row_whose_conflict_names_other_months_decides_its_whole_year(text: str) -> None:
    """figures.csv's 2003 row (Ministerio de Desarrollo Productivo on INDEC, US$ 3,200 m) says
    "CONFLICT in scale with China Customs Jan–Nov 2003 2.89 bn": the months are China
    Customs' row, so the row stands for the whole year 2003."""
    first = next(r for r in check(text) if r.claim.period and r.claim.period.label() == "2003")
    assert first.verdict is Verdict.SUPPORTED


# --- a product's share of exports to China: "the grain", "lo que … exporta a China" --------------

GRAIN_SHARE = [
    "São Paulo, June 2016 — Soybeans led the result: from January to May 2016 they earned"
    " Brazil US$8.388 billion. The grain accounted for 53.45% of Brazil's total exports to"
    " China, which reached US$15.694 billion.",
    "São Paulo, junio de 2016 — La soja impulsó el resultado: de enero a mayo de 2016 le rindió"
    " a Brasil US$ 8.388 millones, un alza de 26,59% sobre los cinco primeros meses de 2015. El"
    " grano respondió por el 53,45% de las exportaciones totales de Brasil a China, que sumaron"
    " US$ 15.694 millones.",
    "São Paulo, junho de 2016 — A soja puxou o resultado: de janeiro a maio de 2016 a oleaginosa"
    " rendeu ao Brasil US$ 8,388 bilhões, alta de 26,59% sobre os cinco primeiros meses de 2015."
    " O grão respondeu por 53,45% das exportações totais do Brasil à China, que somaram US$"
    " 15,694 bilhões.",
]


@pytest.mark.parametrize("text", GRAIN_SHARE)
def test_the_grain_share_of_exports_to_china_is_borne_out(text: str) -> None:
    share = next(r for r in check(text) if r.claim.text.startswith("53"))
    assert share.claim.metric == "primary_share_exports_to_china"
    assert share.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize("text", GRAIN_SHARE[1:])
def test_a_period_after_sobre_is_a_comparison_base(text: str) -> None:
    """ "alta de 26,59% sobre os cinco primeiros meses de 2015": 2015 is the base of the
    change, not the period of the sentence's figures."""
    for result in check(text):
        if result.claim.period is not None:
            assert result.claim.period.label() != "2015-01–2015-05", result.claim.text


EXPORTS_TO_CHINA_SHARE = [
    # English already read "exports" here (the control; ES and PT failed on main).
    "Buenos Aires, March 2021 — Soybeans in all their forms account for between 40% and 50%"
    " of what Argentina exports to China.",
    "Buenos Aires, marzo de 2021 — La soja en todas sus formas explica entre 40% y 50% de lo que"
    " la Argentina exporta a China.",
    "Buenos Aires, março de 2021 — A soja em todas as suas formas explica entre 40% e 50% do que"
    " a Argentina exporta para a China.",
]


@pytest.mark.parametrize("text", EXPORTS_TO_CHINA_SHARE)
def test_what_a_state_exports_to_china_names_the_share(text: str) -> None:
    share = next(r for r in check(text) if r.claim.kind.value == "percent")
    assert share.claim.metric == "primary_share_exports_to_china"


# --- an anniversary of a tie: the year less the ordinal is the year the tie began ----------------

ANNIVERSARIES = [
    "Beijing, August 2024 — In 2024, China and Brazil celebrated the 50th anniversary of the"
    " establishment of diplomatic relations.",
    "Pekín, noviembre de 2024 — Este año se celebra el 50º aniversario del establecimiento de"
    " relaciones entre China y Brasil.",
    "Pequim, novembro de 2024 — Neste ano comemora-se o 50º aniversário do estabelecimento das"
    " relações entre a China e o Brasil.",
]


@pytest.mark.parametrize("text", ANNIVERSARIES)
def test_an_anniversary_of_relations_is_borne_out_by_the_ties_table(text: str) -> None:
    result = next(r for r in check(text) if "anivers" in r.claim.text or "annivers" in r.claim.text)
    assert (result.verdict, result.rule_id) == (Verdict.SUPPORTED, "ties-rank")


@pytest.mark.parametrize("text", ANNIVERSARIES)
def test_a_wrong_anniversary_is_shown_never_refuted(text: str) -> None:
    """The celebration's year is no date of the event (main called the English one
    contradicted: 'the text dates it 2024'), and the ties table is a partial compilation."""
    wrong = text.replace("50", "40")
    result = next(
        r for r in check(wrong) if "anivers" in r.claim.text or "annivers" in r.claim.text
    )
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "1984" in result.reason


# --- a lower bound of another vintage above the value that bears a claim out ---------------------

VINTAGES = [
    (
        "Washington, February 2022 — Chinese state lending to Latin America picked up again in"
        " 2015, to US$21.5 billion.",
        "US$21.5 billion",
    ),
    (
        "Washington, febrero de 2022 — Los préstamos chinos a América Latina repuntaron y"
        " sumaron 21.500 millones de dólares en 2015.",
        "21.500 millones de dólares",
    ),
    (
        "Washington, fevereiro de 2022 — Os empréstimos chineses à América Latina voltaram a subir"
        " em 2015, para US$ 21,5 bilhões.",
        "US$ 21,5 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), VINTAGES)
def test_a_value_below_another_vintages_lower_bound_is_disputed(text: str, figure: str) -> None:
    """figures.csv: 21.5 bn for 2015 (2022 vintage) and "topping $29 billion" (2016 vintage),
    one conflict group."""
    result = one(check(text), figure)
    assert (result.verdict, result.rule_id) == (Verdict.DISPUTED, "store-facts")


# --- an undated rank against a stored rank of an earlier year ------------------------------------

UNDATED_RANKS = [
    (
        "San José, August 2024 — Today, according to Procomer, China is Costa Rica's ninth"
        " export destination.",
        "ninth export destination",
    ),
    (
        "San José, agosto de 2024 — Actualmente, de acuerdo con Procomer, China ocupa el noveno"
        " destino de las exportaciones de Costa Rica.",
        "noveno destino",
    ),
    (
        "San José, agosto de 2024 — Atualmente, segundo a Procomer, a China é o nono destino das"
        " exportações da Costa Rica.",
        "nono destino",
    ),
]


@pytest.mark.parametrize(("text", "rank"), UNDATED_RANKS)
def test_an_undated_rank_is_not_borne_out_by_an_earlier_year(text: str, rank: str) -> None:
    """The store's rank 9 is 2023's; the August 2024 text speaks of its own time."""
    result = next(r for r in check(text) if r.claim.text.strip().startswith(rank.split()[0]))
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "before the article's 2024" in result.reason


def test_an_undated_rank_early_in_the_year_is_read_for_the_year_before() -> None:
    text = (
        "San José, febrero de 2024 — Actualmente, de acuerdo con Procomer, China ocupa el noveno"
        " destino de las exportaciones de Costa Rica."
    )
    result = next(r for r in check(text) if r.claim.text.strip().startswith("noveno"))
    assert result.verdict is Verdict.SUPPORTED


# --- "importaciones chinas": either side may bear the figure out ---------------------------------

EITHER_SIDE = [
    (
        "La Paz, July 2018 — In 2016 Bolivia bought goods worth US$8.616 billion in total, and"
        " Chinese imports reached US$1.686 billion.",
        "US$1.686 billion",
    ),
    (
        "La Paz, julio de 2018 — En 2016 Bolivia compró por $us 8.616 millones en total y las"
        " importaciones chinas llegaron a $us 1.686 millones (20%).",
        "$us 1.686 millones",
    ),
    (
        "La Paz, julho de 2018 — Em 2016 a Bolívia comprou US$ 8,616 bilhões no total, e as"
        " importações chinesas chegaram a US$ 1,686 bilhão.",
        "US$ 1,686 bilhão",
    ),
]


@pytest.mark.parametrize(("text", "figure"), EITHER_SIDE)
def test_chinese_imports_are_borne_out_by_the_other_side(text: str, figure: str) -> None:
    """figures.csv holds Bolivia's imports from China of US$ 1,686 m for 2016."""
    result = one(check(text), figure)
    assert (result.verdict, result.rule_id) == (Verdict.SUPPORTED, "store-facts")
    assert result.reason.startswith("read as trade_china_exports")


def test_chinese_imports_of_another_value_stay_unverifiable() -> None:
    text = EITHER_SIDE[1][0].replace("1.686", "1.986")
    result = one(check(text), "$us 1.986 millones")
    assert result.verdict is Verdict.UNVERIFIABLE
