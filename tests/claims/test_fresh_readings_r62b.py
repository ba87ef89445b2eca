"""General readings found on the fresh dev texts 637-638 of the unseen set (branch round-r62b:
Reuters in Spanish on China's sales to Cuba, December 2017, and Los Tiempos' editorial on China
and Bolivia, September 2024), each with real-shaped sentences (our own) in the languages where
the reading applies, checked against the package's knowledge base.

* An anniversary that a sentence puts in "the next year" ("El próximo año Bolivia y China
  celebrarán 40 años de relaciones diplomáticas", "Next year …", "No próximo ano …") is held
  in the year after the article's (text 638: main counted back from the article's year, 1984,
  and left it unjudged). The anniversary rule only bears a tie out.
* A sentence that opens on a demonstrative and a flow noun ("Esas ventas …", "Those exports …",
  "Essas vendas …") takes up the flow of the sentence before's last money figure (text 637:
  main read no metric for "$ 1.9 mil millones en 2015"). Borrowed, so it may bear a figure out,
  never refute it. In English "Those exports …" is read by its own noun (as the named state's
  exports) before this reading applies: left as it was (unjudged where the direction is wrong).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict
from tests.claims.conftest import checked

NEXT_YEAR = [
    (
        "El próximo año Bolivia y China celebrarán 40 años de relaciones diplomáticas, una fecha"
        " señalada para ambos países.",
        "40 años",
    ),
    (
        "Next year Bolivia and China will celebrate 40 years of diplomatic relations, a landmark"
        " for both countries.",
        "40 years",
    ),
    (
        "No próximo ano a Bolívia e a China celebrarão 40 anos de relações diplomáticas, uma data"
        " marcante para os dois países.",
        "40 anos",
    ),
]


@pytest.mark.parametrize(("text", "span"), NEXT_YEAR)
def test_an_anniversary_of_next_year_counts_from_the_year_after(text, span):
    result = checked(text, span, date="2024-09-27")
    assert result.verdict is Verdict.SUPPORTED
    assert "2025" in result.reason
    assert "1985" in result.reason


def test_an_anniversary_of_this_year_still_counts_from_the_articles_year():
    # guard: with no "next year", the 39th anniversary in 2024 dates the tie 1985
    result = checked(
        "Este año Bolivia y China celebran 39 años de relaciones diplomáticas.",
        "39 años",
        date="2024-09-27",
    )
    assert result.verdict is Verdict.SUPPORTED


def test_a_wrong_anniversary_of_next_year_is_never_refuted():
    # guard: 41 years in 2025 would date the tie 1984: left unjudged, as any anniversary
    result = checked(
        "El próximo año Bolivia y China celebrarán 41 años de relaciones diplomáticas.",
        "41 años",
        date="2024-09-27",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


FLOWS_TAKEN_UP = [
    (
        "Según la aduana china, las exportaciones de China a Cuba bajaron un 29,8 por ciento,"
        " hasta $ 1 mil millones, de enero a octubre de 2017.\n\nEsas ventas habían marcado un"
        " récord de $ 1.9 mil millones en 2015.",
        "$ 1.9 mil millones",
    ),
    (
        "Segundo a alfândega chinesa, as exportações da China para Cuba caíram 29,8%, para US$ 1"
        " bilhão, de janeiro a outubro de 2017.\n\nEssas vendas tinham atingido um recorde de"
        " US$ 1,9 bilhão em 2015.",
        "US$ 1,9 bilhão",
    ),
]


@pytest.mark.parametrize(("text", "span"), FLOWS_TAKEN_UP)
def test_a_demonstrative_flow_takes_up_the_flow_before(text, span):
    result = checked(text, span, date="2017-12-08")
    assert result.verdict is Verdict.SUPPORTED
    assert result.claim.metric == "trade_china_exports"
    assert "2015" in result.reason


def test_a_flow_taken_up_is_never_refuted():
    # guard: China's count of 2016 against the stored Cuban count (2.328 bn, ONEI) is the
    # mirror flow of another reporter: borrowed, it is never refuted
    result = checked(
        "Según la aduana china, las exportaciones de China a Cuba bajaron un 29,8 por ciento,"
        " hasta $ 1 mil millones, de enero a octubre de 2017.\n\nEsas ventas retrocedieron en"
        " 2016 a $ 1,8 mil millones.",
        "$ 1,8 mil millones",
        date="2017-12-08",
    )
    assert result.verdict is Verdict.UNVERIFIABLE


def test_a_sentence_with_no_demonstrative_reads_no_flow():
    # guard: "Las ventas de autos" opens on no demonstrative: no flow is taken up
    result = checked(
        "Según la aduana china, las exportaciones de China a Cuba bajaron un 29,8 por ciento,"
        " hasta $ 1 mil millones, de enero a octubre de 2017.\n\nUn nuevo hotel costó $ 1.9 mil"
        " millones en 2015.",
        "$ 1.9 mil millones",
        date="2017-12-08",
    )
    assert result.verdict is Verdict.UNVERIFIABLE
