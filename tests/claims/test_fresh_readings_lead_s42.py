"""Readings fixed by the lead at stop 42 (issue 15), real-shaped sentences of our own against
the package's knowledge base (the ties table: Chile's FTA with China signed 2005-11 and in force
2006-10, Peru's signed 2009-04-28, Ecuador's signed 2023-05-11, El Salvador's relations of
2018-08-21).

* **A tie's day one day off in the same month** ("se firmó el 10 de mayo de 2023" against the
  stored 2023-05-11; "anunció el 12 de junio del 2017" against 2017-06-13) was left with the
  reason "no metric recognised", which tells the reader nothing: the rule had found the tie and
  dropped it. It stays unjudged (one event can fall on two days: a signing by video link at
  night, an announcement and its communique; the key of the unseen set reads the announcement
  day of El Salvador's relations so), now with a reason that gives the stored date
  (`ties_date._a_day_from_the_text`). Two days off is still refuted (guard).
* **A year that names an agreement** ("Chile's 2005 free trade agreement with China", "under a
  2005 trade agreement", "el tratado de libre comercio de 2006", "o acordo de livre comércio de
  2009", "since a 2009 agreement" in a sentence of trade) had no reading at all. It is the
  agreement's signature or its entry into force, the text does not say which: borne out by
  either, never refuted (`ties_date._year_of_an_agreement`). A year of talks ("2009 FTA
  talks") or of an agreement on another matter in a sentence with no trade is no such year.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

A_DAY_OFF = [
    (
        "Ecuador firmó el tratado de libre comercio con China el 10 de mayo de 2023.",
        "mayo de 2023",
        "2023-05-11",
    ),
    (
        "Ecuador signed its free trade agreement with China on May 10, 2023.",
        "May 10, 2023",
        "2023-05-11",
    ),
    (
        "El Salvador estabeleceu relações diplomáticas com a China em 20 de agosto de 2018.",
        "agosto de 2018",
        "2018-08-21",
    ),
]


@pytest.mark.parametrize(("text", "span", "stored"), A_DAY_OFF)
def test_a_day_off_in_the_same_month_is_unjudged_with_the_stored_date(text, span, stored):
    result = one(check(text, date="2024-03-01"), span)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert f"the ties table dates it {stored}, a day from the text's" in result.reason


def test_two_days_off_is_still_refuted():
    text = "Ecuador firmó el tratado de libre comercio con China el 9 de mayo de 2023."
    result = one(check(text, date="2024-03-01"), "mayo de 2023")
    assert result.verdict is Verdict.CONTRADICTED, result.reason


YEAR_OF_AN_AGREEMENT = [
    ("Chile's 2005 free trade agreement with China cut most tariffs.", "2005", "signed"),
    (
        "In 2023, Chile's exports grew again under a 2005 trade agreement with Beijing.",
        "2005",
        "signed",
    ),
    ("El tratado de libre comercio de 2006 entre Chile y China redujo aranceles.", "2006", "force"),
    ("O acordo de livre comércio de 2009 entre o Peru e a China cortou tarifas.", "2009", "signed"),
    (
        "Peru exported over $25 billion; China has been its top trading partner since a 2009 "
        "agreement.",
        "2009",
        "signed",
    ),
    ("The FTA of 2009 between Peru and China cut tariffs.", "2009", "signed"),
]


@pytest.mark.parametrize(("text", "span", "event"), YEAR_OF_AN_AGREEMENT)
def test_a_year_naming_the_agreement_is_borne_out_by_its_signature_or_entry_into_force(
    text, span, event
):
    result = one(check(text, date="2024-03-01"), span)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert ("FTA was signed" in result.reason) == (event == "signed"), result.reason


NO_YEAR_OF_AN_AGREEMENT = [
    # another year than either event: never refuted (the text may date the talks' end)
    ("Chile's 2004 free trade agreement with China cut most tariffs.", "2004"),
    # the year of talks, not of the agreement
    ("Peru's 2009 FTA talks with China ended in April.", "2009"),
    # an agreement on another matter, in a sentence with no trade
    ("Peru signed a 2009 agreement on fisheries with China.", "2009"),
]


@pytest.mark.parametrize(("text", "span"), NO_YEAR_OF_AN_AGREEMENT)
def test_other_years_beside_an_agreement_are_neither_borne_out_nor_refuted(text, span):
    result = one(check(text, date="2024-03-01"), span)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


RE_ESTABLISHED = [
    (
        "Em 15 de agosto de 1974, Brasil e China formalizaram o restabelecimento das relações "
        "bilaterais.",
        "agosto de 1974",
        Verdict.SUPPORTED,
    ),
    (
        "Em 1975, Brasil e China formalizaram o restabelecimento das relações bilaterais.",
        "1975",
        Verdict.CONTRADICTED,
    ),
    (
        "Brasil y China firmaron el restablecimiento de las relaciones en agosto de 1974.",
        "agosto de 1974",
        Verdict.SUPPORTED,
    ),
]


@pytest.mark.parametrize(("text", "span", "verdict"), RE_ESTABLISHED)
def test_a_re_establishment_of_relations_dates_the_tie(text, span, verdict):
    """Brazil's relations with the PRC (1974-08-15) came after the break of 1949: "o
    restabelecimento das relações bilaterais" is their event, as "established relations" is."""
    result = one(check(text, date="2024-08-20"), span)
    assert result.verdict is verdict, result.reason


# --- recognising Beijing, and recognising it as a market economy ----------------------------

RECOGNISED_BEIJING = [
    # Its first in the region is no longer borne out (stop 49: Nicaragua's relations of
    # 1985–1990 are shown, tests/claims/test_fresh_readings_lead_s49.py); the dates still are.
    ("Costa Rica recognised Beijing in June 2007.", "June 2007", Verdict.SUPPORTED),
    ("A Costa Rica reconheceu Pequim em 2007.", "2007", Verdict.SUPPORTED),
    (
        "A Costa Rica foi o primeiro país da América Central a reconhecer Pequim, em 2007.",
        "primeiro país",
        Verdict.UNVERIFIABLE,
    ),
    ("Costa Rica reconoció a Pekín en 2006.", "2006", Verdict.CONTRADICTED),
]


@pytest.mark.parametrize(("text", "span", "verdict"), RECOGNISED_BEIJING)
def test_recognising_beijing_names_the_diplomatic_tie(text, span, verdict):
    """The verbs "recognise Beijing", "reconhecer Pequim", "reconocer a Pekín" are the switch of
    recognition the PRC tie dates (Costa Rica's: 2007-06-01); main found no tie in them."""
    result = one(check(text, date="2024-06-15"), span)
    assert result.verdict is verdict, result.reason
    assert "CRI diplomatic_relations_prc" in result.reason or "CRI at" in result.reason


MARKET_ECONOMY = [
    ("Brazil recognised Beijing as a market economy in 2004.", "2004"),
    ("El Brasil reconoció a Pekín como economía de mercado en 2004.", "2004"),
    (
        "Brazil established relations with China in 1974 and recognised it as a market economy "
        "in 2004.",
        "2004",
    ),
    (
        "Em 2004, o Brasil, que tem relações diplomáticas com a China desde 1974, reconheceu o "
        "país como economia de mercado.",
        "2004",
    ),
]


@pytest.mark.parametrize(("text", "span"), MARKET_ECONOMY)
def test_a_recognition_as_a_market_economy_is_no_date_of_the_relations(text, span):
    """Brazil recognised China as a market economy in 2004, thirty years after its relations
    (1974): main called 2004 contradicted by the relations' date, a false verdict on a true
    and common sentence of Brazilian reporting."""
    result = one(check(text, date="2024-06-15"), span)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Brazil established relations with China in 1974 and recognised it as a market economy "
        "in 2004.",
        "Em 2004, o Brasil, que tem relações diplomáticas com a China desde 1974, reconheceu o "
        "país como economia de mercado.",
    ],
)
def test_the_relations_date_beside_a_market_economy_stays_theirs(text):
    result = one(check(text, date="2024-06-15"), "1974")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a total told after both flows -----------------------------------------------------------

SUM_OF_FLOWS = [
    (
        "Brazil exported US$ 104 billion to China in 2023 and imported US$ 53 billion, for a total"
        " of US$ 200 billion.",
        "US$ 200 billion",
        Verdict.INCONSISTENT,
    ),
    (
        "Em 2023, o Brasil exportou US$ 104 bilhões para a China e importou US$ 53 bilhões, num "
        "total de US$ 200 bilhões.",
        "US$ 200 bilhões",
        Verdict.INCONSISTENT,
    ),
    (
        "En 2023, Brasil exportó a China US$ 104.000 millones e importó US$ 53.000 millones, para"
        " un total de US$ 157.000 millones.",
        "US$ 157.000 millones",
        Verdict.SUPPORTED,
    ),
]


@pytest.mark.parametrize(("text", "span", "verdict"), SUM_OF_FLOWS)
def test_a_total_told_after_both_flows_is_the_trade_total(text, span, verdict):
    """A figure after "for a total of", "num total de", "para un total de" that follow an export
    and an import is the sum of the two, Brazil's trade with China (157 US$ bn in 2023, CRI), not the last
    flow's direction (main read it as China's exports and never saw the parts)."""
    result = one(check(text, date="2024-06-15"), span)
    assert result.verdict is verdict, result.reason


# --- an importer's count by origin, an exporter's by destination -----------------------------

EXPORTERS_OWN_COUNT = [
    # China Customs holds Mexico's exports to China (China's imports) at 18,794 US$ m for 2023;
    # Mexico's own count of its exports is about 10 bn (Banco de México: 10.9 bn in 2022).
    ("Mexico's exports to China reached US$ 10 billion in 2023.", "US$ 10 billion"),
    (
        "En 2023, las exportaciones de México a China sumaron 10.000 millones de dólares.",
        "10.000 millones de dólares",
    ),
    (
        "Em 2023, as exportações do México para a China somaram US$ 11 bilhões.",
        "US$ 11 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "span"), EXPORTERS_OWN_COUNT)
def test_a_figure_below_the_importers_count_is_not_refuted(text, span):
    """The importer records goods by origin (Mexican copper routed through the United States
    counts in China's imports from Mexico), the exporter by destination: a figure below the
    importer's count, within ORIGIN_FACTOR, may be the exporter's own count. Main called
    "Mexico's exports to China reached US$ 10 billion in 2023" contradicted by China's 18.8."""
    result = one(check(text, date="2024-06-15"), span)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "an importer's count (by origin)" in result.reason


def test_a_figure_far_off_a_state_whose_counts_agree_is_still_refuted():
    """Brazil's stored pairs of counts agree within a quarter (2022: 89.4 and 109.5), so its
    imports from China of 2020 (Secex 34.04) still refute 20.0: the wide reading is for a state
    whose two counts the store shows parting by more than a quarter (Mexico)."""
    text = "O Brasil importou US$ 20,0 bilhões da China em 2020."
    assert one(check(text, date="2021-03-01"), "US$ 20,0 bilhões").verdict is (Verdict.CONTRADICTED)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # above the importer's count: no count of the exporter lies there
        ("Mexico's exports to China reached US$ 30 billion in 2023.", "US$ 30 billion"),
        # below half of it: beyond ORIGIN_FACTOR
        ("Mexico's exports to China reached US$ 8 billion in 2023.", "US$ 8 billion"),
    ],
)
def test_a_figure_where_no_count_lies_is_still_refuted(text, span):
    result = one(check(text, date="2024-06-15"), span)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- a figure between two sources' values ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "verdict"),
    [
        (
            "Chinese loans to Latin America totalled US$ 136 billion between 2005 and 2021.",
            "US$ 136 billion",
            Verdict.DISPUTED,
        ),
        (
            "Entre 2005 y 2021, los préstamos chinos a América Latina sumaron 136.000 millones de "
            "dólares.",
            "136.000 millones de dólares",
            Verdict.DISPUTED,
        ),
        # beyond both values: still refuted
        (
            "Chinese loans to Latin America totalled US$ 150 billion between 2005 and 2021.",
            "US$ 150 billion",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_a_figure_between_two_sources_values_is_disputed(text, span, verdict):
    """The store holds 138 (CRS) and about 134 (BU-IAD) for 2005-2021; the "about" makes the
    two one value to the check of disagreement, so a claim of 136, borne out by neither alone,
    was called contradicted. It lies within the sources' spread: disputed."""
    result = one(check(text, date="2024-06-15"), span)
    assert result.verdict is verdict, result.reason


# --- the level a share moved to ----------------------------------------------------------------

SHARE_MOVED_TO = [
    "A participação da China nas exportações brasileiras passou de 17,2% em 2012 para 26,8% em "
    "2022.",
    "China's share of Brazil's exports rose from 17.2% in 2012 to 26.8% in 2022.",
    "La participación de China en las exportaciones brasileñas pasó del 17,2% en 2012 al 26,8% en "
    "2022.",
    "A participação da China no total exportado pelo Brasil ganhou 9,6 pontos percentuais, "
    "passando de 17,2% em 2012 para 26,8% em 2022.",
]


@pytest.mark.parametrize("text", SHARE_MOVED_TO)
def test_the_level_a_share_moved_to_is_the_same_share(text):
    """The second level of "from X to Y" is China's share of Brazil's exports too (2022: 25, 26
    and 26.8 % stored from three pages, so 26.8 is disputed); main gave it no metric."""
    span = "26,8%" if "26,8%" in text else "26.8%"
    result = one(check(text, date="2023-03-01"), span)
    assert result.claim.metric == "china_share_of_exports", result.reason
    assert result.verdict is Verdict.DISPUTED, result.reason


def test_that_share_takes_up_the_share_moved_to():
    text = (
        "A participação da China no total exportado pelo Brasil ganhou 14,1 pontos percentuais, "
        "passando de 17,2% para 31,3%. Em 2020, essa proporção tinha atingido 32,4%."
    )
    result = one(check(text, date="2023-03-01"), "32,4%")
    assert result.verdict is Verdict.SUPPORTED, result.reason  # 32.3 (Secex, 2020)


# --- China named right after the second figure of a clause -----------------------------------

CHINA_AFTER_ANOTHER_PARTNER = [
    (
        "In 2024 Colombia exported US$ 10.4 billion of goods to the United States and almost "
        "US$ 2.3 billion to China.",
        "almost US$ 2.3 billion",
    ),
    (
        "En 2024 Colombia exportó unos 10.400 millones de dólares a Estados Unidos y casi 2.300 "
        "millones de dólares a China.",
        "casi 2.300 millones de dólares",
    ),
    (
        "Em 2024, a Colômbia exportou US$ 10,4 bilhões para os Estados Unidos e US$ 2,3 bilhões "
        "para a China.",
        "US$ 2,3 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "span"), CHINA_AFTER_ANOTHER_PARTNER)
def test_a_figure_followed_by_china_is_chinas_flow_after_another_partners(text, span):
    """Colombia's exports to China of 2024 are stored at about 2,300 US$ m (DANE): the figure
    that names China right after it is that flow, not the United States' of the clause before
    (round 39a's miss; main read it as trade with another partner)."""
    result = one(check(text, date="2025-03-01"), span)
    assert result.claim.metric == "trade_china_imports", result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason
    first = check(text, date="2025-03-01")[0]
    assert first.claim.metric == "trade_other_partner", first.reason


# --- a rate of values in yuan -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Trade between China and Latin America grew 6.8% in yuan terms in 2023.", "6.8%"),
        (
            "China's trade with Latin America reached 3.44 trillion yuan in 2023, up 6.8 percent "
            "year on year.",
            "6.8 percent",
        ),
        (
            "El comercio entre China y América Latina sumó 3,44 billones de yuanes en 2023, un 6,8 "
            "% más que el año anterior.",
            "6,8 %",
        ),
    ],
)
def test_a_rate_of_yuan_values_is_not_refuted_by_a_rate_of_dollar_values(text, span):
    """The store's 2023 rate (1.1 %, ECLAC) is of dollar values; China's customs also publish
    the yuan rate, which differs by the exchange rate's change: main refuted it."""
    result = one(check(text, date="2024-03-01"), span)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "in yuan" in result.reason


def test_a_rate_with_no_currency_named_is_still_refuted():
    text = "Trade between China and Latin America grew 6.8% in 2023."
    assert one(check(text, date="2024-03-01"), "6.8%").verdict is Verdict.CONTRADICTED


# --- found by the mutation helper (stop 42) ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "En el primer semestre de 2024, las importaciones salvadoreñas desde China subieron un 9%."
        "\n\nEl Salvador compró a China 1.240 millones de dólares en el primer semestre de 2024, "
        "tras 2.600 millones de dólares en todo 2023.",
        "No primeiro semestre de 2024, as importações salvadorenhas da China subiram 9%.\n\nEl "
        "Salvador comprou da China US$ 1,24 bilhão no primeiro semestre de 2024, depois de US$ 2,6 "
        "bilhões em todo o ano de 2023.",
    ],
)
def test_a_whole_year_beside_a_half_year_is_the_whole_year(text):
    """A figure "en todo 2023", "em todo o ano de 2023" is the whole year's, not January–June
    2023 (main carried the half year over and called the 9 % inconsistent with it)."""
    results = check(text, date="2024-07-20")
    rate = next(r for r in results if r.claim.kind.value == "percent")
    assert rate.verdict is not Verdict.INCONSISTENT, rate.reason
    whole = results[-1]
    assert (whole.claim.period.start_month, whole.claim.period.end_year) == (None, 2023)


def test_a_count_granted_is_no_pledge():
    """The words "had granted about 17,000 scholarships" tell a count given out (the store's delivered
    17,000 of 2016-2024), not a pledge: main refuted it by the 2022-2024 plan's 5,000."""
    text = "In 2024, China had granted about 17,000 scholarships to students from the region."
    result = one(check(text, date="2025-05-20"), "about 17,000 scholarships to students")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
