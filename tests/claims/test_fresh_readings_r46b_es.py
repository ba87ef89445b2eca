"""General readings found on the fresh dev texts 512-515 of the unseen set (branch round-r46b,
round 46b: Chile's relations and FTA with the farm trade of 2006 and 2024, the 40th anniversary of
Ecuador's relations with China in January 2020, Bolivia's trade with China of 2024 and 2020, and
Peru's trade with China of January-October 2024), each with real-shaped sentences (our own) in
Spanish and, where the wording exists, Portuguese and English, checked against the package's
knowledge base.

* A growth rate between two levels, one of them written as a bound ("de trescientos millones en
  2020 a más de mil trescientos millones en 2024, un incremento del 350%"): the bound allows every
  rate its range gives; main read the bound as exact and called 350% inconsistent with 333% (text
  514). Levels written exactly keep the test.
* Decades are ten years each ("hace cuatro décadas", "four decades ago", "há quatro décadas"):
  main read four years, counted back to 2016 and bore out no tie of 1980. (At the merge the
  lead's reading of the same stop replaced the round's "ten years each": a count of decades is
  its own unit, and N decades back are any year 10N to 10N + 9 back.)
* "Esas relaciones entraron en vigor el 2 de enero de 1980", after a sentence on the pair's
  diplomatic relations: the demonstrative takes up those relations, as "the treaty" takes up an
  agreement (text 513). Borne out only, never refuted.
* "El Tratado de Libre Comercio con China se firmó el 18 de noviembre de 2005" in a text on
  Chile: an FTA "with China" in a sentence naming no other state is the article's state's (text
  512). Borne out only, never refuted.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a rate between a level and a bound ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        (
            "La Paz, 17 de mayo de 2025 — Las ventas de Bolivia a China subieron de trescientos"
            " millones de dólares en 2020 a más de mil trescientos millones de dólares en 2024,"
            " un incremento del 350%.",
            "350%",
        ),
        (
            "La Paz, 17 de mayo de 2025 — Las exportaciones de Bolivia a China subieron de 300"
            " millones de dólares en 2020 a más de 1.300 millones de dólares en 2024, un"
            " incremento del 350%.",
            "350%",
        ),
        (
            "La Paz, May 17, 2025 — Bolivia's exports to China rose from $300 million in 2020 to"
            " more than $1.3 billion in 2024, up 350%.",
            "350%",
        ),
        (
            "La Paz, 17 de maio de 2025 — As exportações da Bolívia para a China subiram de 300"
            " milhões de dólares em 2020 para mais de 1,3 bilhão de dólares em 2024, uma alta de"
            " 350%.",
            "350%",
        ),
    ],
)
def test_a_rate_to_a_level_written_as_a_lower_bound_is_not_inconsistent(text, rate):
    """300 to more than 1,300 is a rise of more than 333 %: 350 % is one of them."""
    result = one(check(text), rate)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        # both levels exact: 300 to 1,300 is 333 %, never 350 %
        (
            "La Paz, 17 de mayo de 2025 — Las exportaciones de Bolivia a China subieron de 300"
            " millones de dólares en 2020 a 1.300 millones de dólares en 2024, un incremento"
            " del 350%.",
            "350%",
        ),
        # a bound above, but a rate below what the bound allows
        (
            "La Paz, May 17, 2025 — Bolivia's exports to China rose from $300 million in 2020 to"
            " more than $1.3 billion in 2024, up 250%.",
            "250%",
        ),
    ],
)
def test_a_rate_the_levels_cannot_give_stays_inconsistent(text, rate):
    result = one(check(text), rate)
    assert result.verdict is Verdict.INCONSISTENT, result.reason


# --- decades ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Quito, 17 de enero de 2020 — El embajador recordó que hace cuatro décadas China y"
            " Ecuador establecieron relaciones diplomáticas.",
            "cuatro décadas",
        ),
        (
            "Quito, January 17, 2020 — The ambassador recalled that four decades ago China and"
            " Ecuador established diplomatic relations.",
            "four decades",
        ),
        (
            "Quito, 17 de janeiro de 2020 — O embaixador lembrou que há quatro décadas a China e o"
            " Equador estabeleceram relações diplomáticas.",
            "quatro décadas",
        ),
    ],
)
def test_decades_count_back_ten_years_each(text, count):
    """January 2020 less forty years is 1980; Ecuador's relations date from 2 January 1980."""
    result = one(check(text), count)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    # a count of decades, its own unit (the lead's stop-45 reading: 10N to 10N + 9 years back)
    assert (result.claim.value, result.claim.unit) == (4, "decades")


def test_three_decades_are_never_refuted():
    text = (
        "Quito, 17 de enero de 2020 — El embajador recordó que hace tres décadas China y"
        " Ecuador establecieron relaciones diplomáticas."
    )
    result = one(check(text), "tres décadas")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.verdict is not Verdict.SUPPORTED, result.reason


# --- "these relations" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Quito, 17 de enero de 2020 — La embajada celebró el 40 aniversario de las relaciones"
            " diplomáticas entre China y Ecuador.\n\nEsas relaciones entraron en vigor el 2 de"
            " enero de 1980.",
            "enero de 1980",
        ),
        (
            "Quito, January 17, 2020 — The embassy marked the 40th anniversary of diplomatic"
            " relations between China and Ecuador.\n\nThese relations were established on"
            " January 2, 1980.",
            "January 2, 1980",
        ),
        (
            "Quito, 17 de janeiro de 2020 — A embaixada celebrou o 40º aniversário das relações"
            " diplomáticas entre a China e o Equador.\n\nEssas relações foram estabelecidas em 2"
            " de janeiro de 1980.",
            "janeiro de 1980",
        ),
    ],
)
def test_these_relations_take_up_the_diplomatic_relations_named_before(text, date):
    result = one(check(text), date)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_these_relations_on_another_day_are_never_refuted():
    text = (
        "Quito, 17 de enero de 2020 — La embajada celebró el 40 aniversario de las relaciones"
        " diplomáticas entre China y Ecuador.\n\nEsas relaciones entraron en vigor el 2 de"
        " enero de 1981."
    )
    result = one(check(text), "enero de 1981")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_trade_relations_are_not_taken_up_as_diplomatic_ones():
    text = (
        "Quito, 17 de enero de 2020 — La embajada celebró el 40 aniversario de las relaciones"
        " diplomáticas entre China y Ecuador.\n\nEsas relaciones comerciales crecieron desde"
        " enero de 1980."
    )
    result = one(check(text), "enero de 1980")
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- an FTA "with China" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Santiago, 29 de septiembre de 2025 — Chile también se adelantó en el comercio. El"
            " Tratado de Libre Comercio con China se firmó el 18 de noviembre de 2005.",
            "noviembre de 2005",
        ),
        (
            "Santiago, September 29, 2025 — Chile also moved early on trade. The free trade"
            " agreement with China was signed on November 18, 2005.",
            "November 18, 2005",
        ),
        (
            "Santiago, 29 de setembro de 2025 — O Chile também se antecipou no comércio. O"
            " Tratado de Livre Comércio com a China foi assinado em 18 de novembro de 2005.",
            "novembro de 2005",
        ),
    ],
)
def test_an_fta_with_china_is_the_articles_states(text, date):
    result = one(check(text), date)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_an_fta_with_china_on_another_day_is_never_refuted():
    text = (
        "Santiago, 29 de septiembre de 2025 — Chile también se adelantó en el comercio. El"
        " Tratado de Libre Comercio con China se firmó el 18 de noviembre de 2004."
    )
    result = one(check(text), "noviembre de 2004")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# --- a sentence that goes on with the subject of the one before -------------------------------

PERU_TRADE_BEFORE = {
    "es": (
        "Beijing, 15 de noviembre de 2024 — De 2016 a 2023, el comercio bilateral entre China y"
        " Perú creció a una tasa media anual del 14,6 por ciento. "
    ),
    "pt": (
        "Pequim, 15 de novembro de 2024 — De 2016 a 2023, o comércio bilateral entre a China e o"
        " Peru cresceu a uma taxa média anual de 14,6%. "
    ),
    "en": (
        "Beijing, November 15, 2024 — From 2016 to 2023, bilateral trade between China and Peru"
        " grew at an average annual rate of 14.6 percent. "
    ),
}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            PERU_TRADE_BEFORE["es"] + "En los primeros 10 meses de este año aumentó un 16,8 por"
            " ciento interanual, hasta 254.690 millones de yuanes (unos 35.000 millones de"
            " dólares).",
            "unos 35.000 millones de dólares",
        ),
        (
            PERU_TRADE_BEFORE["pt"] + "Nos primeiros 10 meses deste ano cresceu 16,8% em termos"
            " anuais, para 254,69 bilhões de yuans (cerca de 35 bilhões de dólares).",
            "cerca de 35 bilhões de dólares",
        ),
        (
            PERU_TRADE_BEFORE["en"] + "In the first 10 months of this year it rose 16.8 percent"
            " year on year to 254.69 billion yuan (about 35 billion U.S. dollars).",
            "about 35 billion U.S. dollars",
        ),
    ],
)
def test_a_subjectless_sentence_takes_the_metric_of_the_one_before(text, level):
    """January-October 2024: the store holds Peru's trade with China at 35.0 bn (China Customs)."""
    result = one(check(text), level)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_borrowed_metric_never_refutes():
    text = (
        PERU_TRADE_BEFORE["es"] + "En los primeros 10 meses de este año aumentó un 16,8 por"
        " ciento interanual, hasta 41.000 millones de dólares."
    )
    result = one(check(text), "41.000 millones de dólares")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
