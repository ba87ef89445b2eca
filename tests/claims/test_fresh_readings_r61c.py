"""General readings found on the fresh dev texts 633-634 of the unseen set (branch round-r61c:
Prensa Latina on Xi Jinping's state visit to Peru and the port of Chancay, November 2024, and
Semana Económica on the talks to optimise the Peru-China FTA, 2019), each with real-shaped
sentences (our own) in the languages where the reading applies, checked against the package's
knowledge base.

* A sum with no metric word of its own, in a sentence that speaks of investment ("un
  inversionista de peso …, donde sus capitales suman más de 13 mil millones", "a major investor
  …, where its capital tops 13 billion", "um grande investidor …, onde os seus capitais somam
  mais de 13 bilhões"), does not take up the trade flow of the figure before it (text 633: main
  bore the investment out by Peru's imports from China of 2023). Left unread.
* A date right after "vigente desde", "en vigor desde", "em vigor desde", "in force since", told
  after the FTA's signature ("el TLC entre el Perú y China, firmado en abril del 2009 y vigente
  desde septiembre del 2011"), is the day the FTA took effect, not a moment of a span it has run
  through: refuted by the stored entry into force when it differs (text 634: main read the date
  as a span's start and never refuted it). Told alone, a later "since" date still refutes nothing
  (round s24b's guard), and relations held "since" a date are still never refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

LEAD = {
    "es": (
        "Las exportaciones peruanas a China alcanzaron en 2023 un valor de 23 mil 200 millones de"
        " dólares, mientras las importaciones desde China llegaron a 12 mil 700 millones. "
    ),
    "en": (
        "Peru's exports to China reached US$23.2 billion in 2023, while its imports from China"
        " came to US$12.7 billion. "
    ),
    "pt": (
        "As exportações peruanas para a China chegaram a US$ 23,2 bilhões em 2023, enquanto as"
        " importações da China somaram US$ 12,7 bilhões. "
    ),
}
INVESTMENT = [
    (
        LEAD["es"] + "China es además un inversionista de peso en el Perú, donde sus capitales"
        " suman más de 13 mil millones, sobre todo en minería.",
        "más de 13 mil millones",
    ),
    (
        LEAD["en"] + "China is also a major investor in Peru, where its capital tops 13 billion,"
        " mostly in mining.",
        "13 billion",
    ),
    (
        LEAD["pt"] + "A China é ainda um grande investidor no Peru, onde os seus capitais somam"
        " mais de 13 bilhões, sobretudo na mineração.",
        "mais de 13 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "span"), INVESTMENT)
def test_a_sum_told_of_investment_takes_no_trade_flow_from_before(text, span):
    result = checked(text, span, date="2024-11-08")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert result.claim.metric is None


def test_the_flow_before_is_still_borne_out():
    # guard: the exports of 2023 are read and borne out as before
    result = checked(INVESTMENT[0][0], "23 mil 200 millones de dólares", date="2024-11-08")
    assert result.verdict is Verdict.SUPPORTED


def test_a_sum_taken_up_with_no_investment_word_still_takes_the_flow():
    # guard: a figure of the next sentence with no word of its own still takes up the flow
    result = checked(
        "Las importaciones del Perú desde China llegaron en 2023 a 12 mil 652 millones de"
        " dólares. Un año antes, la cifra había sido de 11 mil millones.",
        "11 mil millones",
        date="2024-11-08",
    )
    assert result.claim.metric is not None


IN_FORCE_SINCE = [
    (
        "Para el ministro, el TLC entre el Perú y China, firmado en abril del 2009 y vigente desde"
        " septiembre del 2011, es un instrumento clave del comercio.",
        "septiembre del 2011",
    ),
    (
        "For the minister, the FTA between Peru and China, signed in April 2009 and in force since"
        " September 2011, is a key tool for trade.",
        "September 2011",
    ),
    (
        "Para o ministro, o TLC entre o Peru e a China, assinado em abril de 2009 e em vigor desde"
        " setembro de 2011, é um instrumento-chave do comércio.",
        "setembro de 2011",
    ),
]


@pytest.mark.parametrize(("text", "span"), IN_FORCE_SINCE)
def test_an_fta_in_force_since_a_wrong_date_is_refuted(text, span):
    result = checked(text, span, date="2019-02-01")
    assert result.verdict is Verdict.CONTRADICTED
    assert "2010-03-01" in result.reason


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "El TLC entre el Perú y China, vigente desde marzo de 2010, es un instrumento clave.",
            "marzo de 2010",
        ),
        (
            "The FTA between Peru and China, in force since March 2010, is a key tool.",
            "March 2010",
        ),
        (
            "O TLC entre o Peru e a China, em vigor desde março de 2010, é um instrumento-chave.",
            "março de 2010",
        ),
    ],
)
def test_an_fta_in_force_since_its_day_is_borne_out(text, span):
    # guard: the stored day of entry into force bears the date out, as before
    result = checked(text, span, date="2019-02-01")
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Costa Rica y China mantienen relaciones diplomáticas desde 2009.", "2009"),
        ("Costa Rica and China have had diplomatic relations since 2009.", "2009"),
        ("Costa Rica e China mantêm relações diplomáticas desde 2009.", "2009"),
    ],
)
def test_relations_since_a_later_date_are_still_not_refuted(text, span):
    # guard: a tie held "since" a date is still never refuted (round s19b)
    result = checked(text, span)
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "El tratado de libre comercio entre el Perú y China está en vigor desde septiembre de"
            " 2011.",
            "septiembre de 2011",
        ),
        (
            "The free trade agreement between Peru and China has been in force since September"
            " 2011.",
            "September 2011",
        ),
    ],
)
def test_an_fta_in_force_since_a_later_date_told_alone_is_not_refuted(text, span):
    # guard: with no signature told before it, "since" a later month is not false of the FTA
    result = checked(text, span, date="2019-02-01")
    assert result.verdict is not Verdict.CONTRADICTED
