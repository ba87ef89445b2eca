"""General readings found on the fresh dev texts 643-644 of the unseen set (branch round-r63c:
China's ambassador on the 45 years of relations with Brazil, Correio Braziliense, August 2019,
and Brazil's Congress on the 50 years, Clic Portela, August 2024), each with real-shaped
sentences (our own) in the three languages, checked against the package's knowledge base.

* A count of years right after "after" ("depois de", "después de") whose clause goes on with
  the relations as its subject ("Depois de 45 anos, os laços bilaterais …") counts the
  relations' years, as "45 anos de relações" does (text 643: main read a duration no row
  holds). Not after a break or a restoration, not "after 45 years of talks", not trade
  relations. The anniversary rule only bears a tie out.
* A sentence with no subject of its own that opens on a verb of becoming ("No ano passado,
  tornou-se o primeiro país a comprar do Brasil mais de US$ 100 bilhões") goes on with the
  sentence before's subject when that is China ("Desde 2009, a China é …"): its buying is the
  state's exports to China (text 644: main read no metric). Borrowed, so it may bear a figure
  out, never refute it.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

AFTER_YEARS = [
    (
        "Depois de 45 anos, os laços bilaterais entre a China e o Brasil são um modelo de"
        " cooperação Sul-Sul.",
        "45 anos",
    ),
    (
        "Después de 45 años, las relaciones bilaterales entre China y Brasil son un ejemplo de"
        " cooperación Sur-Sur.",
        "45 años",
    ),
    (
        "After 45 years, the bilateral ties between China and Brazil are a model of South-South"
        " cooperation.",
        "45 years",
    ),
]


@pytest.mark.parametrize(("text", "span"), AFTER_YEARS)
def test_years_after_which_the_relations_go_on_count_the_relations(text, span):
    result = checked(text, span, date="2019-08-15")
    assert result.verdict is Verdict.SUPPORTED
    assert "1974" in result.reason


AFTER_YEARS_GUARDS = [
    # a restoration after a break: the count is the break's, not the relations' years
    ("Depois de 45 anos, as relações entre o Brasil e a China foram restabelecidas.", "45 anos"),
    # the count's own object comes first: years of talks
    (
        "Después de 45 años de negociaciones, los lazos entre China y Brasil se estrecharon.",
        "45 años",
    ),
    # trade relations count from no tie
    ("After 45 years, trade relations between China and Brazil remain strong.", "45 years"),
    # a count that misses the tie is left unjudged, never refuted
    (
        "Depois de 44 anos, os laços bilaterais entre a China e o Brasil são um modelo.",
        "44 anos",
    ),
]


@pytest.mark.parametrize(("text", "span"), AFTER_YEARS_GUARDS)
def test_other_years_after_stay_unjudged(text, span):
    assert checked(text, span, date="2019-08-15").verdict is Verdict.UNVERIFIABLE


CHINA_GOES_ON = [
    (
        "Desde 2009, a China é o principal parceiro comercial do Brasil. No ano passado,"
        " tornou-se o primeiro país a comprar do Brasil mais de US$ 100 bilhões em mercadorias.",
        "mais de US$ 100 bilhões",
    ),
    (
        "Desde 2009, China es el principal socio comercial de Brasil. El año pasado se convirtió"
        " en el primer país en comprar a Brasil más de 100.000 millones de dólares en bienes.",
        "más de 100.000 millones de dólares",
    ),
    (
        "Since 2009 China has been Brazil's main trading partner. Last year it became the first"
        " country to buy from Brazil more than US$ 100 billion in goods.",
        "more than US$ 100 billion",
    ),
]


@pytest.mark.parametrize(("text", "span"), CHINA_GOES_ON)
def test_a_subjectless_purchase_goes_on_with_china_the_subject_before(text, span):
    result = checked(text, span, date="2024-08-15")
    assert result.verdict is Verdict.SUPPORTED
    assert result.claim.metric == "trade_china_imports"


@pytest.mark.parametrize(
    "figure", ["mais de US$ 200 bilhões", "US$ 80 bilhões"], ids=["bound-above", "exact-below"]
)
def test_the_borrowed_subject_never_refutes(figure):
    # guard: a figure the store's 104 bn of 2023 does not bear out is left unjudged
    text = (
        "Desde 2009, a China é o principal parceiro comercial do Brasil. No ano passado,"
        f" tornou-se o primeiro país a comprar do Brasil {figure} em mercadorias."
    )
    assert checked(text, figure, date="2024-08-15").verdict is Verdict.UNVERIFIABLE


def test_a_subjectless_purchase_after_another_subject_is_not_chinas():
    # guard: the sentence before's subject is Brazil, so "comprar da China" keeps its own
    # reading (Brazil's imports), which the store does not hold for 2023
    text = (
        "Desde 2009, o Brasil é o principal fornecedor de soja da China. No ano passado,"
        " tornou-se o primeiro país a comprar da China mais de US$ 100 bilhões em mercadorias."
    )
    result = checked(text, "mais de US$ 100 bilhões", date="2024-08-15")
    assert result.verdict is Verdict.UNVERIFIABLE
    assert result.claim.metric != "trade_china_imports"
