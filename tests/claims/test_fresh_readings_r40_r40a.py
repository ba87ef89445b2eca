"""General readings found on the fresh dev texts 449-452 of the unseen set (branch issue-15-r40a,
round 40a: Xi's visit to Argentina in July 2014, Uruguay's beef of 2016, Xi in Caracas in July 2014
and the Inter-American Dialogue's count of Chinese lending of 2014), each with real-shaped sentences
(our own) in English, Spanish and Portuguese, checked against the package's knowledge base.

* A place and a date alone on a line are the dateline: "Beijing, February 26, 2015", "Pekín, 26
  de febrero de 2015", "Pequim, 26 de fevereiro de 2015" — main read no date from such a line and
  left "last year" unresolved (the shape of text 452). A place alone is no date (guard).
* A product's flow named right after a figure is that product's: "Uruguay earned 624 million US
  dollars from its beef exports to China in 2016", "… por sus exportaciones de carne", "… com as
  exportações de carne" — main refuted it by Uruguay's whole exports to China of 2016 (the shape
  of text 450). The whole flow with no product is still borne out (guard).
* A list of figure–state pairs told from China's side gives each figure the state right after it:
  "China lent USD 8.6 billion to Brazil, USD 7 billion to Argentina, USD 5.7 billion to Venezuela
  and USD 821 million to Ecuador in 2014" — main gave each figure the state of the pair before
  (the shape of text 452). Borne out, never refuted (guard: a wrong figure is not contradicted).
* "Over the past decade" in a text of February 2015 is 2005-2014: "about USD 118 billion" lent
  to Latin America is borne out by the stored 2005-2014 sum (the shape of text 452); where the
  decade ends is a reading, so a wrong figure is never refuted (guard).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.article_date import from_text
from tests.claims.conftest import one

# --- a place and a date alone on a line are the dateline -----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "# Report\n\nBeijing, February 26, 2015\n\nChinese state-owned banks lent USD 22.1"
            " billion to Latin American countries last year, a think tank said.",
            "USD 22.1 billion",
        ),
        (
            "# Informe\n\nPekín, 26 de febrero de 2015\n\nLos bancos estatales chinos prestaron"
            " 22.100 millones de dólares a los países latinoamericanos el año pasado.",
            "22.100 millones de dólares",
        ),
        (
            "# Relatório\n\nPequim, 26 de fevereiro de 2015\n\nOs bancos estatais chineses"
            " emprestaram US$ 22,1 bilhões aos países latino-americanos no ano passado.",
            "US$ 22,1 bilhões",
        ),
    ],
)
def test_a_place_and_a_date_alone_are_the_dateline(text, figure):
    # 2014's lending: 22.1 bn (2015 vintage) and 19,000 m (2016 vintage) disagree.
    result = one(check(text), figure)
    assert result.verdict is Verdict.DISPUTED, result.reason


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Beijing, February 26, 2015", "2015-02-26"),
        ("Lima, 3 de marzo de 2019", "2019-03-03"),
        ("Brasília, 5 de maio de 2020", "2020-05-05"),
    ],
)
def test_the_date_after_the_place_is_read(line, day):
    found = from_text(f"# T\n\n{line}\n\nText.")
    assert found is not None and found.date.isoformat() == day
    assert found.text == line.split(", ", 1)[1]


@pytest.mark.parametrize("line", ["Lima, Peru", "Montevideo, Uruguay", "In 2019, trade grew."])
def test_a_place_alone_is_no_date(line):
    assert from_text(f"# T\n\n{line}\n\nText.") is None


# --- a product's flow right after a figure -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Uruguay earned 624 million US dollars from its beef exports to China in 2016.",
            "624 million US dollars",
        ),
        (
            "Uruguay obtuvo 624 millones de dólares por sus exportaciones de carne a China en 2016.",
            "624 millones de dólares",
        ),
        (
            "O Uruguai obteve US$ 624 milhões com as exportações de carne para a China em 2016.",
            "US$ 624 milhões",
        ),
    ],
)
def test_a_products_flow_after_the_figure_is_not_the_whole(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


def test_the_whole_flow_after_the_figure_is_still_read():
    text = "Uruguay earned 1.8 billion US dollars from its exports to China in 2016."
    result = one(check(text), "1.8 billion US dollars")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- a list of figure–state pairs -----------------------------------------------------------------

PAIRS_EN = (
    "China lent USD 8.6 billion to Brazil, USD {ar} to Argentina, USD 5.7 billion to Venezuela"
    " and USD 821 million to Ecuador in 2014."
)
PAIRS_ES = (
    "China prestó 8.600 millones de dólares a Brasil, {ar} a Argentina, 5.700 millones a"
    " Venezuela y 821 millones a Ecuador en 2014."
)
PAIRS_PT = (
    "A China emprestou US$ 8,6 bilhões ao Brasil, US$ {ar} à Argentina, US$ 5,7 bilhões à"
    " Venezuela e US$ 821 milhões ao Equador em 2014."
)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (PAIRS_EN.format(ar="7 billion"), "USD 7 billion"),
        (PAIRS_EN.format(ar="7 billion"), "USD 5.7 billion"),
        (PAIRS_EN.format(ar="7 billion"), "USD 821 million"),
        (PAIRS_ES.format(ar="7.000 millones"), "7.000 millones"),
        (PAIRS_ES.format(ar="7.000 millones"), "5.700 millones"),
        (PAIRS_PT.format(ar="7 bilhões"), "US$ 7 bilhões"),
        (PAIRS_PT.format(ar="7 bilhões"), "US$ 5,7 bilhões"),
    ],
)
def test_each_figure_of_a_pair_list_is_its_states(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (PAIRS_EN.format(ar="9 billion"), "USD 9 billion"),
        (PAIRS_ES.format(ar="9.000 millones"), "9.000 millones"),
        (PAIRS_PT.format(ar="9 bilhões"), "US$ 9 bilhões"),
    ],
)
def test_a_pair_list_is_borne_out_never_refuted(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- "over the past decade" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "February 26, 2015\n\nOver the past decade, China has lent Latin American countries"
            " about USD 118 billion, the data showed.",
            "about USD 118 billion",
        ),
        (
            "26 de febrero de 2015\n\nEn la última década, China prestó a los países"
            " latinoamericanos unos 118.000 millones de dólares.",
            "unos 118.000 millones de dólares",
        ),
        (
            "26 de fevereiro de 2015\n\nNa última década, a China emprestou aos países"
            " latino-americanos cerca de US$ 118 bilhões.",
            "cerca de US$ 118 bilhões",
        ),
    ],
)
def test_the_past_decade_is_the_ten_years_to_the_last_full_year(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "February 26, 2015\n\nOver the past decade, China has lent Latin American countries"
            " about USD 90 billion, the data showed.",
            "about USD 90 billion",
        ),
        (
            "26 de febrero de 2015\n\nEn la última década, China prestó a los países"
            " latinoamericanos unos 90.000 millones de dólares.",
            "unos 90.000 millones de dólares",
        ),
        (
            "26 de fevereiro de 2015\n\nNa última década, a China emprestou aos países"
            " latino-americanos cerca de US$ 90 bilhões.",
            "cerca de US$ 90 bilhões",
        ),
    ],
)
def test_the_past_decade_is_borne_out_never_refuted(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
