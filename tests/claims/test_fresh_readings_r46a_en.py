"""General readings found on the fresh dev texts 508-511 of the unseen set (branch round-r46a,
round 46a: Clouthier on Mexico's trade with China in 2021, forty years of Barbados-China
relations, the Dominican Republic's recognition of the PRC in May 2018, the China-Costa Rica FTA
signed in April 2010), each with real-shaped sentences (our own) in English and, where the
wording exists, Spanish and Portuguese, checked against the package's knowledge base.

* A count of years of diplomatic relations in a sentence that names only China ("Chinese
  Ambassador Wang Ke unveiled a plaque commemorating 40 years of diplomatic relations") is
  China's relations with the article's state, as an anniversary of them is: main left the count
  China's and judged nothing (text 509). Borne out only.
* A first of a pair whose other side is "a … country" ("It is the first free-trade pact inked
  between China and a Central American country") in a sentence that names only China is the
  article's state's: main ranked China and judged nothing (text 511). Borne out only (a reading
  of the article's state is never sure enough to refute).
* "inked" ("China and Costa Rica inked a free trade agreement"), "rubricaron", "rubricaram" are
  a signature: main found no event and left the FTA's date unread.
* Recognising "the PRC" or "the People's Republic of China" ("Panama recognized the PRC in June
  2017", "el reconocimiento de la República Popular China") names the diplomatic relations, as
  recognising "Beijing" already did (text 510).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- years of diplomatic relations, only China named ----------------------------------------

BARBADOS_LEAD = {
    "en": "May 31, 2017\n\nBarbados and China marked their ties at a reception in Bridgetown.\n\n",
    "es": "31 de mayo de 2017\n\nBarbados y China celebraron sus vínculos en Bridgetown.\n\n",
    "pt": "31 de maio de 2017\n\nBarbados e a China celebraram os seus laços em Bridgetown.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "sentence", "count"),
    [
        (
            "en",
            "Tourism Minister Richard Sealy and Chinese Ambassador Wang Ke unveiled a plaque"
            " commemorating 40 years of diplomatic relations.",
            "40 years",
        ),
        (
            "es",
            "El ministro de Turismo y el embajador chino, Wang Ke, descubrieron una placa por los"
            " 40 años de relaciones diplomáticas.",
            "40 años",
        ),
        (
            "pt",
            "O ministro do Turismo e o embaixador chinês, Wang Ke, descerraram uma placa pelos 40"
            " anos de relações diplomáticas.",
            "40 anos",
        ),
    ],
)
def test_years_of_diplomatic_relations_with_only_china_named_are_the_article_states(
    lang, sentence, count
):
    """2017 less forty years is 1977: Barbados's relations of 30 May 1977."""
    result = one(check(BARBADOS_LEAD[lang] + sentence), count)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # thirty years back is 1987: no tie of Barbados then; never refuted
        (
            "The Chinese ambassador unveiled a plaque commemorating 30 years of diplomatic"
            " relations.",
            "30 years",
        ),
        # relations of trade are no diplomatic tie
        ("The Chinese ambassador spoke of 40 years of trade relations.", "40 years"),
    ],
)
def test_other_years_or_other_relations_are_never_borne_out_nor_refuted(sentence, count):
    results = [r for r in check(BARBADOS_LEAD["en"] + sentence) if r.claim.text == count]
    assert all(r.verdict not in (Verdict.SUPPORTED, Verdict.CONTRADICTED) for r in results)


def test_years_of_relations_of_china_and_the_region_stay_the_regions():
    """Latin America named: the count is not given to the article's state."""
    text = (
        BARBADOS_LEAD["en"] + "China and Latin America look back on 40 years of diplomatic"
        " relations."
    )
    results = [r for r in check(text) if r.claim.text == "40 years"]
    assert all(r.verdict is not Verdict.SUPPORTED for r in results)


# --- a first between China and "a … country" ------------------------------------------------

COSTA_RICA_LEAD = {
    "en": "April 8, 2010\n\nChina and Costa Rica signed a free trade agreement in Beijing.\n\n",
    "es": "8 de abril de 2010\n\nChina y Costa Rica firmaron un tratado de libre comercio.\n\n",
    "pt": "8 de abril de 2010\n\nA China e a Costa Rica assinaram um acordo de livre comércio.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "sentence", "rank"),
    [
        (
            "en",
            "It is the first free-trade pact inked between China and a Central American country.",
            "first free-trade pact inked",
        ),
        (
            "es",
            "Es el primer tratado de libre comercio firmado entre China y un país centroamericano.",
            "primer tratado",
        ),
        (
            "pt",
            "É o primeiro acordo de livre comércio assinado entre a China e um país"
            " centro-americano.",
            "primeiro acordo",
        ),
    ],
)
def test_a_first_between_china_and_a_state_of_a_subregion_is_the_article_states(
    lang, sentence, rank
):
    """Costa Rica's FTA (signed 2010-04-08) is the first of a Central American state."""
    result = one(check(COSTA_RICA_LEAD[lang] + sentence), rank)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_second_between_china_and_a_state_is_not_borne_out():
    text = (
        COSTA_RICA_LEAD["en"] + "It is the second free-trade pact between China and a Latin"
        " American country."
    )
    results = [r for r in check(text) if r.claim.text.startswith("second")]
    assert all(r.verdict is not Verdict.SUPPORTED for r in results)


def test_a_first_given_to_a_state_with_no_such_tie_is_never_refuted():
    """Panama, the article's state, has no FTA; the reading of it is not sure enough to refute."""
    text = (
        "June 8, 2018\n\nChina and Panama opened talks on a free trade agreement this month.\n\n"
        "It would be the first free-trade pact between China and a Central American country."
    )
    results = [r for r in check(text) if r.claim.text.startswith("first")]
    assert results
    assert all(r.verdict is not Verdict.CONTRADICTED for r in results)


# --- "inked", "rubricaron": a signature ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "April 20, 2010\n\nCosta Rica and China inked a free trade agreement in 2010.",
        "20 de abril de 2010\n\nCosta Rica y China rubricaron un tratado de libre comercio en"
        " 2010.",
        "20 de abril de 2010\n\nA Costa Rica e a China rubricaram um acordo de livre comércio em"
        " 2010.",
    ],
)
def test_an_fta_inked_is_dated_by_its_signature(text):
    result = one(check(text), "2010")
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_rubric_is_no_signature():
    text = "April 20, 2010\n\nCosta Rica published the rubric of its trade report in 2010."
    results = [r for r in check(text) if r.claim.text == "2010"]
    assert all(r.verdict not in (Verdict.SUPPORTED, Verdict.CONTRADICTED) for r in results)


# --- recognising the PRC ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("May 8, 2018\n\nPanama recognized the PRC in June 2017.", "June 2017"),
        (
            "May 8, 2018\n\nPanama recognized the People's Republic of China in June 2017.",
            "June 2017",
        ),
        (
            "8 de mayo de 2018\n\nPanamá anunció el reconocimiento de la República Popular China"
            " en junio de 2017.",
            "junio de 2017",
        ),
        (
            "8 de maio de 2018\n\nO Panamá anunciou o reconhecimento da República Popular da"
            " China em junho de 2017.",
            "junho de 2017",
        ),
    ],
)
def test_recognising_the_prc_dates_the_relations(text, date):
    """Panama's relations with the PRC, 2017-06-12/13."""
    result = one(check(text), date)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_recognising_the_prc_in_another_year_is_not_borne_out():
    text = "May 8, 2018\n\nPanama recognized the PRC in June 2016."
    result = one(check(text), "June 2016")
    assert result.verdict is not Verdict.SUPPORTED, result.reason


# --- the owner of a date before "of China": a possessive or an agent ---------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "May 8, 2018\n\nThe renewed contest reached Latin America in June 2017 with Panama's"
            " recognition of the PRC.",
            "June 2017",
        ),
        (
            "May 8, 2018\n\nThe renewed contest reached Latin America in June 2017 with the"
            " recognition of the PRC by Panama.",
            "June 2017",
        ),
        (
            "8 de mayo de 2018\n\nLa disputa llegó a América Latina en junio de 2017 con el"
            " reconocimiento de la República Popular China por parte de Panamá.",
            "junio de 2017",
        ),
        (
            "8 de maio de 2018\n\nA disputa chegou à América Latina em junho de 2017 com o"
            " reconhecimento da República Popular da China pelo Panamá.",
            "junho de 2017",
        ),
    ],
)
def test_the_state_that_recognises_china_owns_the_date(text, date):
    """Main read "of the PRC" as the date's complement: China's date, no tie judged."""
    result = one(check(text), date)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_state_after_a_verb_and_by_is_not_the_owner():
    """Only a bare agent right after China's name owns the date ("was raised by" is not)."""
    text = "May 8, 2018\n\nIn June 2017 the flag of China was raised by Panama."
    results = [r for r in check(text) if r.claim.text == "June 2017"]
    assert all(r.verdict not in (Verdict.SUPPORTED, Verdict.CONTRADICTED) for r in results)
