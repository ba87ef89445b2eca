"""General readings found on the fresh dev texts 621-622 of the unseen set (branch round-r60a:
Bloomberg Brasil on the Chinese policy banks' lending to Latin America in 2015, 2016, and
Correio Braziliense on Xi Jinping's speech at the first China-Celac ministerial, 2015), each with
real-shaped sentences (our own) in the languages where the reading applies, checked against the
package's knowledge base.

* A state named again right after it closes an enumeration ("o Brasil, o Equador e a Venezuela, e
  a Venezuela sozinha recebeu US$ 10 bilhões") was taken into the list, so no state owned the
  figure and China's loans were looked up (text 621). A list never names the same state twice in
  a row: the repeated name is the next clause's subject.
* The states of people's offices told one after another, each with its holder's name between
  commas ("diante dos presidentes do Equador, Rafael Correa, da Venezuela, Nicolás Maduro, e da
  Costa Rica, Luis Guillermo Solís"), were read as single states, so the last one (Costa Rica)
  owned the region's trade pledge told later in the sentence (text 622). They are now an
  enumeration (marked in_list), as "Ecuador, Venezuela and Costa Rica" is.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

# --- a state named again after the list it closes -------------------------------------------

DATE_2016 = "2016-02-15"

REPEATED = [
    "Em 2015, 95 por cento dos empréstimos chineses foram para o Brasil, o Equador e a"
    " Venezuela, e a Venezuela sozinha recebeu US$ 10 bilhões.",
    "En 2015, el 95 por ciento de los préstamos chinos fue a Brasil, Ecuador y Venezuela, y"
    " Venezuela sola recibió US$ 10.000 millones.",
    "In 2015, 95 percent of Chinese lending went to Brazil, Ecuador and Venezuela, and Venezuela"
    " alone received US$10 billion.",
]
REPEATED_SPANS = ["US$ 10 bilhões", "US$ 10.000 millones", "US$10 billion"]


@pytest.mark.parametrize(("text", "span"), list(zip(REPEATED, REPEATED_SPANS, strict=True)))
def test_a_state_named_again_after_its_list_owns_the_figure(text, span):
    result = checked(text, span, date=DATE_2016)
    assert result.claim.entity == "VEN"
    assert result.claim.metric == "loans_total"
    assert result.claim.period is not None and result.claim.period.start_year == 2015
    # the 2016-vintage single-year row: 10,000 million
    assert result.verdict is Verdict.SUPPORTED


def test_a_list_of_three_states_still_owns_no_figure():
    # guard: "Brazil, Ecuador and Venezuela received US$ 29 billion" is the three states' sum,
    # no one state's; the list is read as before
    text = "Em 2015, o Brasil, o Equador e a Venezuela receberam US$ 27 bilhões da China."
    result = checked(text, "US$ 27 bilhões", date=DATE_2016)
    assert result.claim.entity not in {"BRA", "ECU", "VEN"}
    assert result.verdict is not Verdict.CONTRADICTED


# --- the states of people's offices, each with its holder's name ----------------------------

DATE_2015 = "2015-01-08"

OFFICES = [
    (
        "Falando diante dos presidentes do Equador, Rafael Correa, da Venezuela, Nicolás Maduro,"
        " e da Costa Rica, Luis Guillermo Solís, Xi pôs o investimento entre os grandes"
        " objetivos, ao lado do comércio bilateral, que ele quer duplicar em uma década, chegando"
        " a US$ 500 bilhões.",
        "US$ 500 bilhões",
    ),
    (
        "Ante los presidentes de Ecuador, Rafael Correa, de Venezuela, Nicolás Maduro, y de"
        " Costa Rica, Luis Guillermo Solís, Xi dijo que quiere duplicar el comercio entre las"
        " dos regiones en una década, hasta 500.000 millones de dólares.",
        "hasta 500.000 millones de dólares",
    ),
    (
        "Speaking before the presidents of Ecuador, Rafael Correa, Venezuela, Nicolás Maduro,"
        " and Costa Rica, Luis Guillermo Solís, Xi said he wants trade between the two regions"
        " to double within a decade, to US$500 billion.",
        "US$500 billion",
    ),
]


@pytest.mark.parametrize(("text", "span"), OFFICES)
def test_states_of_office_holders_named_in_turn_are_a_list(text, span):
    result = checked(text, span, date=DATE_2015)
    assert result.claim.entity != "CRI"
    assert result.claim.metric == "trade_total"
    assert result.verdict is not Verdict.CONTRADICTED


def test_the_regions_pledge_beside_the_office_holders_is_borne_out_in_portuguese():
    text = (
        "O presidente Xi Jinping falou nesta quinta-feira aos líderes da América Latina e do"
        " Caribe. Falando diante dos presidentes do Equador, Rafael Correa, da Venezuela, Nicolás"
        " Maduro, e da Costa Rica, Luis Guillermo Solís, Xi disse que quer duplicar o comércio"
        " bilateral em uma década, chegando a US$ 500 bilhões."
    )
    result = checked(text, "US$ 500 bilhões", date=DATE_2015)
    assert result.claim.entity == "LAC"
    assert result.verdict is Verdict.SUPPORTED


def test_one_state_of_an_office_holder_keeps_its_figure():
    # guard: one president's state, his name between commas, is no list and still owns the
    # figure told of it
    text = (
        "O presidente do Equador, Rafael Correa, disse que o comércio do Equador com a China"
        " somou US$ 5,3 bilhões em 2014."
    )
    result = checked(text, "US$ 5,3 bilhões", date=DATE_2015)
    assert result.claim.entity == "ECU"


def test_a_list_without_names_is_read_as_before():
    # guard: a plain enumeration of states stays a list (LIST_GLUE)
    text = (
        "Os presidentes do Equador, da Venezuela e da Costa Rica ouviram Xi prometer comércio de"
        " US$ 500 bilhões com a América Latina em uma década."
    )
    result = checked(text, "US$ 500 bilhões", date=DATE_2015)
    assert result.claim.entity != "CRI"
    assert result.verdict is not Verdict.CONTRADICTED
