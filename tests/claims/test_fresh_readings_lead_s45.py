"""Readings fixed by the lead at stop 45 (issue 15), real-shaped sentences of our own.

* **A bare "$" where no state named writes its money with "$"** (`claims/dollar_sign.py`,
  `extract._value_confidence`): "$ 8.5 millones" in a Spanish or Portuguese text is read as US
  dollars but was never allowed to refute a stored figure, because Mexico, Argentina, Chile,
  Colombia, Uruguay or Cuba write their pesos "$". In a text on Honduras (lempira, "L"),
  El Salvador or Ecuador (the US dollar itself), Peru ("S/") or Guatemala ("Q") the "$" can only
  be the US dollar (round 45c's u10004 and u10005: Honduras's trade with China of 2022, keyed
  contradicted, left unverifiable by the doubt). The states read are the text's subject, the
  figure's state and those its sentence names; where one of them writes a currency with "$"
  (CLDR symbols through babel), or none but China is named, the doubt stays.
* **A summed total never refutes** (`rules/store_facts._summed_parts`): a state's trade total
  that chinalac adds up from one source's exports and imports refuted a figure more than a
  quarter off it. China's customs counted 6.69 US$ bn of trade with Panama in 2017 (the Colon
  Free Zone's goods) against Panama's 1,386.6 m, and 4.11 bn with El Salvador in 2020 against
  the BCR's 1,556.5 m: true figures, refuted by a sum no page publishes (u4522 once the "$"
  above is read as dollars). Unverifiable, with the reason that names the sum.
* **Decades** (`mentions`, `rules/ties_rank`): "five decades of diplomatic relations" was read
  as five years (the anniversary rule dated Guyana's relations of 1972 to 2019 in a 2024
  text), and "cinco décadas" was no duration at all. A count of decades is now its own unit;
  N decades of relations bear out a tie 10N to 10N + 9 years before the text's year (only
  borne out, as any anniversary; dev u9811).
* **Diplomatic relations "for" N years** (`rules/ties_rank.RELATIONS_FOR_BEFORE`): "have
  maintained diplomatic relations for 45 years", "mantienen relaciones diplomáticas desde hace
  45 años", "mantêm relações diplomáticas há 45 anos" count from the tie as "45 years of
  diplomatic relations" does. Trade relations count from no tie (guard).
* **The year after a change's base** (`extract._year_after_base`): "Trade rose 4% on 2022 to
  US$489 billion" no longer takes 2022 as the level's period (the issue's pattern), but left
  the level and the rate with none. An undated level or rate of the base's clause is now of
  the year after the base, as a likely reading: ECLAC's 489 of 2023 bears it out, and a wrong
  level or rate is never refuted on it.
* **Farm-and-forestry trade, forestry, farm trade** (`extract._PRODUCTS`): "El comercio
  silvoagropecuario con China … US$6.866 millones en 2024" (round 46b's text 512) was read as
  Chile's whole trade, held back only by its entity's doubt; "as exportações florestais" was
  refuted by Chile's whole exports. A sector's figure may be borne out, never refuted by the
  whole flow.
* **A first of a group narrower than the region** (`rules/ties_rank.NARROWER_GROUP`, used by
  `first_rank` and `ties_rank`): "Cuba was the first country in the English-speaking Caribbean
  to establish diplomatic relations with China" was borne out by Cuba's first in Latin America
  (1960, first-rank) and, in Spanish and Portuguese, by Cuba's first place among the Caribbean
  states of the ties table (round 46a's probe: a false "supported"; Guyana was the first of the
  English-speaking Caribbean, in 1972). No group of language or membership is held, so such a
  first is left unjudged; the region's first is still borne out (guard).
* **Another body's date in a relative clause, a tie named only in one** (`rules/ties_date`
  `OTHER_BODY`, `_without_other_relatives`): "Peru, which joined APEC in 1998, signed a free
  trade agreement with China in 2009" refuted 1998 as the FTA's signature, and so did "China,
  which had joined the WTO in 2001" (the twenty-fifth mutation run's probe: false
  "contradicted" in English and Portuguese); "Panama, which joined the Belt and Road in 2017,
  signed a deal with China in 2018" refuted 2018 by the memorandum the relative clause names.
  A relative clause joining a body other than a tie with China dates that body's event, and a
  tie named only in a relative clause that does not hold the date is not the date's.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

PESO_DOUBT = "'$' alone in Spanish or Portuguese may be pesos"
DOLLAR_IS_USD = "'$' is the US dollar here: no state the text names writes its own money with '$'"


@pytest.mark.parametrize(
    ("code", "writes"),
    [
        ("MEX", True),  # "$" (peso)
        ("CHL", True),
        ("ARG", True),
        ("COL", True),
        ("URY", True),
        ("CUB", True),
        ("DOM", True),  # "RD$": the local press may drop the letters
        ("NIC", True),  # "C$"
        ("BRA", True),  # "R$"
        ("JAM", True),  # "$" in en_JM
        ("HTI", True),  # the "dollar haïtien", a unit of account the CLDR does not list
        ("HND", False),  # "L"
        ("PER", False),  # "S/"
        ("GTM", False),  # "Q"
        ("ECU", False),  # the US dollar itself
        ("SLV", False),
        ("USA", False),
        ("CHN", False),
        ("TWN", False),
        ("LAC", None),  # not a state
    ],
)
def test_which_states_write_their_own_money_with_a_dollar_sign(code, writes):
    from chinalac.claims.dollar_sign import writes_bare_dollar

    assert writes_bare_dollar(code) is writes


@pytest.mark.parametrize(
    ("codes", "usd"),
    [
        ({"HND", "CHN", "TWN"}, True),
        ({"SLV", "USA"}, True),
        ({"HND", "MEX"}, False),
        ({"CHN"}, False),  # China alone: the text may be written in Mexico City
        ({"CHN", "TWN", "LAC"}, False),
        (set(), False),
    ],
)
def test_a_texts_dollar_sign_is_the_us_dollar_only_when_every_state_named_agrees(codes, usd):
    from chinalac.claims.dollar_sign import bare_dollar_is_usd

    assert bare_dollar_is_usd(codes) is usd


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        (
            "Según el Banco Central de Honduras, las exportaciones de Honduras a China sumaron "
            "$ 8.5 millones en 2022.",
            "$ 8.5 millones",
        ),
        (
            "Segundo o Banco Central de Honduras, as exportações de Honduras para a China "
            "somaram $ 8,5 milhões em 2022.",
            "$ 8,5 milhões",
        ),
    ],
)
def test_a_dollar_sign_in_a_text_on_honduras_is_the_us_dollar_and_may_refute(text, snippet):
    # The central bank's 2022 count is 11.4 million: 8.5 is outside any tolerance.
    result = one(check(text, date="2023-03-14"), snippet)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert result.claim.confidence["value"] == {"level": "high", "why": DOLLAR_IS_USD}


def test_the_same_figure_at_its_stored_value_is_borne_out():
    text = (
        "Según el Banco Central de Honduras, las exportaciones de Honduras a China sumaron "
        "$ 11.4 millones en 2022."
    )
    result = one(check(text, date="2023-03-14"), "$ 11.4 millones")
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        # Mexico is named: its pesos are written "$".
        (
            "Las exportaciones de Honduras a China sumaron $ 8.5 millones en 2022, menos que "
            "las de México.",
            "$ 8.5 millones",
        ),
        # No state but China: the paper may be Mexican or Chilean.
        ("Las compras de China sumaron $ 8.5 millones en 2022.", "$ 8.5 millones"),
    ],
)
def test_the_doubt_stays_where_the_dollar_sign_may_be_pesos(text, snippet):
    result = one(check(text, date="2023-03-14"), snippet)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.confidence["value"]["level"] == "low"
    assert PESO_DOUBT in result.claim.confidence["value"]["why"]


def test_states_named_elsewhere_in_the_text_do_not_keep_the_doubt():
    # Belize and Brazil (whose dollar and real are written "BZ$", "R$") in another paragraph,
    # as Taiwan's last allies: the Honduran figure's sentence names only Honduras and China.
    text = (
        "Tegucigalpa, 14 de marzo de 2023.\n\nHonduras anunció que abrirá relaciones con China."
        "\n\nSegún el Banco Central de Honduras, las exportaciones de Honduras a China sumaron "
        "$ 8.5 millones en 2022.\n\nTaiwán conserva aliados como Belice; Brasil reconoce a Pekín."
    )
    result = one(check(text), "$ 8.5 millones")
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_english_dollars_are_not_touched():
    text = "Honduras's exports to China totalled $8.5 million in 2022, the central bank said."
    result = one(check(text, date="2023-03-14"), "$8.5 million")
    assert result.claim.confidence["value"]["why"] != DOLLAR_IS_USD


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("China and Guyana have enjoyed five decades of diplomatic relations.", "five decades"),
        ("Guyana y China celebran cinco décadas de relaciones diplomáticas.", "cinco décadas"),
        ("Guiana e China celebram cinco décadas de relações diplomáticas.", "cinco décadas"),
        ("China and Guyana have had diplomatic ties for the past five decades.", "five decades"),
    ],
)
def test_decades_of_relations_bear_out_the_tie(text, snippet):
    # Guyana: relations with the PRC since 1972-06-27, 52 years before 2024.
    result = one(check(text, date="2024-06-27"), snippet)
    assert result.claim.unit == "decades"
    assert result.claim.value == 5
    assert result.verdict is Verdict.SUPPORTED, result.reason
    # ties-rank's anniversary ("5 decades before 2024 date the tie 1965–1974: GUY …") or
    # ties-date's count back, whichever the check keeps: both name the 1972 row
    assert "GUY diplomatic_relations_prc" in result.reason and "1972" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "China and Guyana have enjoyed four decades of diplomatic relations.",
        "China and Guyana have enjoyed six decades of diplomatic relations.",
        "China and Guyana have enjoyed more than five decades of trade.",
    ],
)
def test_other_decades_bear_nothing_out_and_refute_nothing(text):
    for result in check(text, date="2024-06-27"):
        assert result.verdict is Verdict.UNVERIFIABLE, result.reason
        assert "2019" not in result.reason


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Colombia and China have maintained diplomatic relations for 45 years.", "45 years"),
        ("Colombia y China mantienen relaciones diplomáticas desde hace 45 años.", "45 años"),
        ("Colômbia e China mantêm relações diplomáticas há 45 anos.", "45 anos"),
    ],
)
def test_diplomatic_relations_held_for_n_years_bear_out_the_tie(text, snippet):
    # Colombia: relations with the PRC since 1980-02-07.
    result = one(check(text, date="2025-03-10"), snippet)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "1980-02-07" in result.reason


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Colombia and China have had trade relations for 45 years.", "45 years"),
        ("Colombia and China have maintained diplomatic relations for 40 years.", "40 years"),
    ],
)
def test_trade_relations_or_another_count_are_not_borne_out(text, snippet):
    result = one(check(text, date="2025-03-10"), snippet)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Trade between China and the region rose 4% on 2022 to US$489 billion.", "US$489 billion"),
        (
            "Trade between China and the region reached US$489 billion, a 4 percent rise from 2022.",
            "US$489 billion",
        ),
        (
            "El comercio entre China y la región subió un 4% respecto de 2022, hasta 489.000 "
            "millones de dólares.",
            "489.000 millones de dólares",
        ),
        (
            "O comércio entre a China e a região cresceu 4% em relação a 2022, para US$ 489 "
            "bilhões.",
            "US$ 489 bilhões",
        ),
    ],
)
def test_a_level_beside_a_change_on_a_base_year_is_of_the_year_after(text, snippet):
    result = one(check(text, date="2024-05-20"), snippet)
    assert result.claim.period is not None and result.claim.period.start_year == 2023
    assert result.claim.confidence["period"]["level"] == "low"
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        # 520 and 4 % against ECLAC's 489 and 1.1 % of 2023: a likely year, never a refutation.
        (
            "Trade between China and the region reached US$520 billion, a 4 percent rise from 2022.",
            "US$520 billion",
        ),
        ("Trade between China and the region rose 4% on 2022 to US$489 billion.", "4%"),
    ],
)
def test_the_year_after_the_base_never_refutes(text, snippet):
    result = one(check(text, date="2024-05-20"), snippet)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "the year after the base of the change" in result.reason


def test_a_dated_level_keeps_its_own_year():
    text = "In 2023 trade between China and the region rose 4% on 2022 to US$489 billion."
    result = one(check(text, date="2024-05-20"), "US$489 billion")
    assert result.claim.confidence["period"]["level"] == "high"
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "snippet", "date"),
    [
        (
            "The ambassador recalled that four decades ago China and Ecuador established "
            "diplomatic relations.",
            "four decades",
            "2020-01-17",
        ),
        (
            "El embajador recordó que hace cuatro décadas China y Ecuador establecieron "
            "relaciones diplomáticas.",
            "cuatro décadas",
            "2020-01-17",
        ),
        (
            "O embaixador lembrou que há quatro décadas a China e o Equador estabeleceram "
            "relações diplomáticas.",
            "quatro décadas",
            "2020-01-17",
        ),
        # 52 years: inside the fifth decade back, not at its first year (1974)
        (
            "Five decades ago, Guyana established diplomatic relations with China.",
            "Five decades",
            "2024-06-01",
        ),
    ],
)
def test_decades_ago_count_back_to_any_year_of_the_decade(text, snippet, date):
    result = one(check(text, date=date), snippet)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_decades_ago_outside_the_tie_are_neither_borne_out_nor_refuted():
    text = (
        "El embajador recordó que hace tres décadas China y Ecuador establecieron relaciones "
        "diplomáticas."
    )
    result = one(check(text, date="2020-01-17"), "tres décadas")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        (
            "El comercio silvoagropecuario de Chile con China sumó US$6.866 millones en 2024.",
            "US$6.866 millones",
        ),
        ("Chile's farm trade with China totalled US$6,866 million in 2024.", "US$6,866 million"),
        (
            "As exportações florestais do Chile para a China somaram US$ 6.866 milhões em 2024.",
            "US$ 6.866 milhões",
        ),
        (
            "Chile's forestry exports to China totalled US$6,866 million in 2024.",
            "US$6,866 million",
        ),
    ],
)
def test_a_sectors_trade_is_not_the_whole_flow(text, snippet):
    result = one(check(text, date="2025-09-29"), snippet)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.confidence["metric"]["level"] == "low"
    assert (
        "named: the figure may be that product's trade only"
        in (result.claim.confidence["metric"]["why"])
    )


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        (
            "Cuba was the first country in the English-speaking Caribbean to establish diplomatic "
            "relations with China.",
            "first country",
        ),
        (
            "Cuba fue el primer país de habla inglesa del Caribe en establecer relaciones "
            "diplomáticas con China.",
            "primer país",
        ),
        (
            "Cuba foi o primeiro país anglófono do Caribe a estabelecer relações diplomáticas com "
            "a China.",
            "primeiro país anglófono",
        ),
        ("Cuba was the first CARICOM member to recognise Beijing.", "first CARICOM member"),
    ],
)
def test_a_first_of_a_narrower_group_is_not_the_regions_first(text, snippet):
    result = one(check(text, date="2022-06-27"), snippet)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        (
            "Cuba was the first country in Latin America to establish diplomatic relations with "
            "China.",
            "first country",
        ),
        (
            "Cuba fue el primer país de América Latina en establecer relaciones diplomáticas con "
            "China.",
            "primer país",
        ),
    ],
)
def test_the_regions_first_is_still_borne_out(text, snippet):
    result = one(check(text, date="2022-06-27"), snippet)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        (
            "Peru, which joined APEC in 1998, signed a free trade agreement with China in 2009.",
            "1998",
        ),
        (
            "Peru signed a free trade agreement with China, which had joined the WTO in 2001.",
            "2001",
        ),
        (
            "O Peru, que aderiu à APEC em 1998, assinou um acordo de livre comércio com a China "
            "em 2009.",
            "1998",
        ),
        (
            "Panama, which joined the Belt and Road in 2017, signed a deal with China in 2018.",
            "2018",
        ),
        (
            "Panamá, que se sumó a la Franja y la Ruta en 2017, firmó un acuerdo con China en 2018.",
            "2018",
        ),
    ],
)
def test_a_date_of_another_body_or_clause_is_not_the_ties(text, snippet):
    result = one(check(text, date="2024-03-01"), snippet)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        (
            "Peru, which joined APEC in 1998, signed a free trade agreement with China in 2009.",
            "2009",
        ),
        # Uruguay, not Panama: a row flagged CONFLICT dates Panama's memorandum otherwise, so its
        # 2017 is disputed (stop 49, tests/claims/test_fresh_readings_lead_s49.py).
        (
            "Uruguay, which joined the Belt and Road in 2018, signed a deal with China in 2019.",
            "2018",
        ),
    ],
)
def test_the_ties_own_dates_are_still_borne_out(text, snippet):
    result = one(check(text, date="2024-03-01"), snippet)
    assert result.verdict is Verdict.SUPPORTED, result.reason
