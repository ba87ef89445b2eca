"""General readings found on the fresh dev texts 485-488 of the unseen set (branch round-r44a,
round 44a: China and Colombia's strategic partnership of October 2023, the Inter-American
Dialogue's count of Chinese lending in 2015 and in its first report of 2012, and a backgrounder on
China and Ecuador as Xi left for Quito in November 2016), each with real-shaped sentences (our
own) in English, Spanish and Portuguese, checked against the package's knowledge base.

* The multilateral banks' lending set beside China's in the same sentence, named after the figure
  by a relative clause with a verb of giving ("the $26 billion that the Inter-American
  Development Bank and the World Bank together gave out") or by "of" / "del" / "do" ("the $26
  billion of the IDB and the World Bank combined"): main read it as China's lending of 2010 and
  refuted it by China's 37 billion (a false "contradicted").
* A weekday that dates a leader's trip ("set out from Beijing on Wednesday for a state visit to
  Ecuador") is a day, which the visits table (months at most) does not give: main bore it out by
  Xi's visit stored as 2016-11.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- Another lender's figure beside China's --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "March 1, 2012\n\nThe study found that Chinese banks lent $37 billion to the region in"
            " 2010, more than the $26 billion that the Inter-American Development Bank and the"
            " World Bank together gave out there that year.",
            "$26 billion",
        ),
        (
            "1 de marzo de 2012\n\nSegún el estudio, los bancos chinos prestaron 37.000 millones"
            " de dólares a la región en 2010, más que los 26.000 millones de dólares que el BID y"
            " el Banco Mundial dieron juntos ese año.",
            "26.000 millones de dólares",
        ),
        (
            "1 de março de 2012\n\nSegundo o estudo, os bancos chineses emprestaram US$ 37"
            " bilhões à região em 2010, mais que os US$ 26 bilhões que o BID e o Banco Mundial"
            " desembolsaram juntos naquele ano.",
            "US$ 26 bilhões",
        ),
        (
            "March 1, 2012\n\nThe study found that Chinese banks lent $37 billion to the region in"
            " 2010, more than the $26 billion of the Inter-American Development Bank and the"
            " World Bank combined.",
            "$26 billion",
        ),
        (
            "1 de marzo de 2012\n\nLos bancos chinos prestaron 37.000 millones de dólares a la"
            " región en 2010, más que los 26.000 millones de dólares del BID y el Banco Mundial"
            " juntos.",
            "26.000 millones de dólares",
        ),
        (
            "1 de março de 2012\n\nOs bancos chineses emprestaram US$ 37 bilhões à região em"
            " 2010, mais que os US$ 26 bilhões do Banco Mundial e do BID somados.",
            "US$ 26 bilhões",
        ),
    ],
)
def test_another_lenders_figure_is_not_chinas_lending(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # China's own figure in the same sentences keeps its reading: 37 (2013 vintage) against
        # 35.7 (2022 vintage).
        (
            "March 1, 2012\n\nThe study found that Chinese banks lent $37 billion to the region in"
            " 2010, more than the $26 billion that the Inter-American Development Bank and the"
            " World Bank together gave out there that year.",
            "$37 billion",
        ),
        (
            "1 de março de 2012\n\nOs bancos chineses emprestaram US$ 37 bilhões à região em"
            " 2010, mais que os US$ 26 bilhões do Banco Mundial e do BID somados.",
            "US$ 37 bilhões",
        ),
        # A Chinese lender after "that" / "from" / "del" / "do" is China's lending still.
        (
            "March 1, 2012\n\nIn 2010, Chinese loans to the region reached $37 billion, the sum"
            " that the China Development Bank and China Eximbank lent.",
            "$37 billion",
        ),
        (
            "March 1, 2012\n\nIn 2010 Chinese loans to the region reached $37 billion from the"
            " China Development Bank and China Eximbank.",
            "$37 billion",
        ),
        (
            "1 de marzo de 2012\n\nEn 2010 los préstamos chinos a la región sumaron 37.000"
            " millones de dólares del Banco de Desarrollo de China y del Eximbank.",
            "37.000 millones de dólares",
        ),
        (
            "1 de março de 2012\n\nEm 2010, os empréstimos chineses à região somaram US$ 37"
            " bilhões do Banco de Desenvolvimento da China e do China Eximbank.",
            "US$ 37 bilhões",
        ),
    ],
)
def test_chinas_figure_beside_another_lender_keeps_its_reading(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.DISPUTED, result.reason


# --- A weekday that dates a trip ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "November 16, 2016\n\nChinese President Xi Jinping set out from Beijing on Wednesday"
            " for a state visit to Ecuador, invited by President Rafael Correa.",
            "on Wednesday",
        ),
        (
            "16 de noviembre de 2016\n\nEl presidente chino Xi Jinping partió este miércoles de"
            " Pekín rumbo a una visita de Estado a Ecuador.",
            "este miércoles",
        ),
        (
            "16 de novembro de 2016\n\nO presidente chinês Xi Jinping partiu de Pequim na"
            " quarta-feira para uma visita de Estado ao Equador.",
            "na quarta-feira",
        ),
    ],
)
def test_a_weekday_of_a_trip_is_a_day_no_row_gives(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "November 16, 2016\n\nChinese President Xi Jinping's November 2016 state visit to"
            " Ecuador was the first by a Chinese head of state.",
            "November 2016",
        ),
        (
            "Diciembre de 2016\n\nEl presidente Xi Jinping visitó Ecuador en noviembre de 2016.",
            "noviembre de 2016",
        ),
    ],
)
def test_a_month_of_a_trip_is_still_borne_out(text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
