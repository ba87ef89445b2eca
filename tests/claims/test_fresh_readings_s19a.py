"""General readings found on the fresh dev texts 142-147 of the unseen set (branch
issue-15-s19a: Portuguese and English pages the store took nothing from), each with
real-shaped sentences (our own) in EN, ES and PT, checked against the package's knowledge base.

* A multiple written as a round word ("fortyfold", "a hundredfold") was held to ± 0.5 of its
  value, while "40-fold" in digits is as rounded as any whole number with a trailing zero: "from
  US$256 million in 2019 to US$10.6 billion in 2024, a fortyfold increase" (41.4×) was called
  inconsistent. Spanish and Portuguese write such multiples as "cuarenta veces", "quarenta
  vezes", which the checker does not compare with two levels (guards).
* A buying or selling verb in the infinitive or the present ("the first country to buy", "o
  primeiro país a comprar", "el primer país en comprar", "compram", "vende") named no flow: the
  figures of its sentence had no metric.
* The threshold of a first-ever record ("the first country that bought more than US$100 billion
  from Brazil in a single year"), with no year of its own, was borne out by whichever stored year
  passed it: it is no level of any year (unverifiable). A dated one keeps its year (guard).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a round word multiple ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "China's direct investment in Guyana surged from US$256 million in 2019 to US$10.6"
            " billion in 2024, a fortyfold increase.",
            "fortyfold",
        ),
        (
            "China's direct investment in Peru surged from US$2.5 million in 2000 to US$260"
            " million in 2020, a hundredfold increase.",
            "hundredfold",
        ),
        (
            "China's direct investment in Jamaica surged from US$2.5 million in 2005 to US$52.5"
            " million in 2015, a twentyfold increase.",
            "twentyfold",
        ),
    ],
)
def test_a_round_word_multiple_is_as_rounded_as_its_digits(text: str, figure: str) -> None:
    assert one(check(text), figure).verdict is not Verdict.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Exports grew from US$10 million in 2010 to US$300 million in 2020, a fiftyfold"
            " increase.",
            "fiftyfold",
        ),
        (
            "Chinese loans rose from US$10 million in 2005 to US$300 million in 2015, a"
            " twentyfold increase.",
            "twentyfold",
        ),
    ],
)
def test_a_round_word_multiple_far_from_its_levels_stays_inconsistent(
    text: str, figure: str
) -> None:
    # guards: 30× is no fiftyfold nor twentyfold, however rounded
    assert one(check(text), figure).verdict is Verdict.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "La inversión directa de China en Guyana aumentó de 256 millones de dólares en 2019"
            " a 10.600 millones de dólares en 2024, cuarenta veces más.",
            "cuarenta veces",
        ),
        (
            "O investimento direto da China na Guiana aumentou de US$ 256 milhões em 2019 para"
            " US$ 10,6 bilhões em 2024, quarenta vezes mais.",
            "quarenta vezes",
        ),
    ],
)
def test_word_multiples_in_spanish_and_portuguese_are_not_inconsistent(
    text: str, figure: str
) -> None:
    # guards: these pass on main too
    assert one(check(text), figure).verdict is not Verdict.INCONSISTENT


# --- buying verbs in the infinitive ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "China is the first country to buy more than US$100 billion from Brazil in a year:"
            " US$104.3 billion in 2023.",
            "US$104.3 billion",
        ),
        (
            "China es el primer país en comprar más de US$ 100.000 millones a Brasil en un año:"
            " fueron US$ 104.300 millones en 2023.",
            "US$ 104.300 millones",
        ),
        (
            "A China é o primeiro país a comprar mais de US$ 100 bilhões do Brasil em um ano:"
            " foram US$ 104,3 bilhões em 2023.",
            "US$ 104,3 bilhões",
        ),
    ],
)
def test_an_infinitive_buying_verb_names_chinas_purchases(text: str, figure: str) -> None:
    result = one(check(text), figure)
    assert result.claim.metric == "trade_china_imports"
    assert result.verdict is Verdict.SUPPORTED


# --- the threshold of a first-ever record ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "China is the first country that bought more than US$100 billion from Brazil in a"
            " single year.",
            "more than US$100 billion",
        ),
        (
            "China es el primer país que compró más de US$ 100.000 millones a Brasil en un solo"
            " año.",
            "más de US$ 100.000 millones",
        ),
        (
            "A China é o primeiro país que comprou mais de US$ 100 bilhões do Brasil em um só ano.",
            "mais de US$ 100 bilhões",
        ),
    ],
)
def test_an_undated_record_threshold_is_no_level(text: str, figure: str) -> None:
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE
    assert result.claim.metric.endswith("_record_threshold")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2023 China became the first country that bought more than US$100 billion from"
            " Brazil in a single year.",
            "more than US$100 billion",
        ),
        (
            "En 2023 China fue el primer país que compró más de US$ 100.000 millones a Brasil en"
            " un solo año.",
            "más de US$ 100.000 millones",
        ),
        (
            "Em 2023 a China foi o primeiro país que comprou mais de US$ 100 bilhões do Brasil em"
            " um só ano.",
            "mais de US$ 100 bilhões",
        ),
    ],
)
def test_a_dated_record_threshold_keeps_its_year(text: str, figure: str) -> None:
    # guards: the year's level bears the bound out
    assert one(check(text), figure).verdict is Verdict.SUPPORTED


# --- one loan with words between the article, the loan and the figure -----------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("China granted Jamaica a preferential loan of US$353 million in 2013.", "US$353 million"),
        (
            "China granted a US$353 million three-year loan to Jamaica in 2013.",
            "US$353 million",
        ),
        (
            "China concedió a Jamaica un préstamo preferencial de US$ 353 millones en 2013.",
            "US$ 353 millones",
        ),
        (
            "En 2013 China concedió a Jamaica un préstamo a tres años de US$ 353 millones.",
            "US$ 353 millones",
        ),
        (
            "A China concedeu à Jamaica um empréstimo preferencial de US$ 353 milhões em 2013.",
            "US$ 353 milhões",
        ),
        (
            "Em 2013 a China concedeu à Jamaica um empréstimo de três anos de US$ 353 milhões.",
            "US$ 353 milhões",
        ),
    ],
)
def test_one_qualified_loan_is_no_years_lending(text: str, figure: str) -> None:
    result = one(check(text), figure)
    assert result.claim.metric == "loan_single"
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In 2013 Chinese loans to Jamaica totalled US$353 million.", "US$353 million"),
        (
            "El total de préstamos de China a Jamaica en 2013 fue de US$ 353 millones.",
            "US$ 353 millones",
        ),
        (
            "O total de empréstimos da China à Jamaica em 2013 foi de US$ 353 milhões.",
            "US$ 353 milhões",
        ),
    ],
)
def test_a_years_lending_is_still_read_as_the_total(text: str, figure: str) -> None:
    # guards: the year's lending stays refuted by the stored total (749 million)
    assert one(check(text), figure).verdict is Verdict.CONTRADICTED


# --- a scale word after a hyphen, and the number word after a scale -------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        (
            "Jamaica signed a preferential loan deal for the US$353-million three-year Major"
            " Infrastructure Development Programme.",
            "US$353-million",
            353e6,
        ),
        ("In 2016 China lent Venezuela a $2.2-billion loan.", "$2.2-billion", 2.2e9),
    ],
)
def test_a_hyphenated_scale_word_scales_the_figure(text: str, figure: str, value: float) -> None:
    result = one(check(text), figure)
    assert result.claim.kind.value == "money"
    assert result.claim.value * result.claim.scale == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "China granted a US$353 million three-year loan to Jamaica in 2013.",
            "three",
        ),
        (
            "China concedió a Jamaica un préstamo de US$ 353 millones tres veces mayor que el"
            " anterior.",
            "US$ 353 millones",
        ),
        (
            "A China concedeu à Jamaica um empréstimo de US$ 353 milhões três anos depois.",
            "US$ 353 milhões",
        ),
    ],
)
def test_a_number_word_after_a_figures_scale_is_its_own(text: str, figure: str) -> None:
    # the English one fails on main ("million three" was read as one run and swallowed);
    # the Spanish and Portuguese figures keep their scale (guards)
    assert one(check(text), figure)
