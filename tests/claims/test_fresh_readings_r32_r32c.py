"""General readings found on the fresh dev texts 367-370 of the unseen set (branch issue-15-r32c,
round 32c: Argentina's Belt and Road memorandum of 2022, the Planning Ministry's count of Chinese
investment in Brazil of 2017, Brazil's exports of 2019 by product and destination, and Li
Keqiang's visit of 2015), each with real-shaped sentences (our own) in English, Spanish and
Portuguese, checked against the package's knowledge base.

* A balance that one pair of the paragraph's flows gives is not inconsistent because another pair
  does not: "Em 2020, o Brasil exportou para a China US$ 67,7 bilhões. Somadas todas as vendas …,
  as exportações chegaram a US$ 209,9 bilhões e as importações a US$ 158,9 bilhões, … um superávit
  de US$ 51 bilhões" — main took China's exports and the world's imports for the parts and called
  the surplus inconsistent (158.9 − 67.7 = 91.2), in all three languages (false "inconsistent",
  found by probing text 369's world totals, which main dated by the file's time and so kept apart
  from the 2019 figure). The surplus the only pair does not give is still inconsistent (guards).
* A date line alone, with no place or dash after it, is the article's date: "19 de janeiro de
  2018", "Maio de 2020", "March 4, 2021", "4 de marzo de 2021" — main read no date from it, dated
  "no ano passado" by the file's time (texts 367-369: 2025 and 2026) and took the line itself for
  a claim. A year alone or a short title with a year is no date line; a date line with its place
  reads as before (guards).
* A count of years "do estabelecimento das relações diplomáticas", "dos laços diplomáticos" is
  the relations' anniversary: main read no tie after "das", "dos" and left text 367's "o
  aniversário de 50 anos do estabelecimento das relações diplomáticas" unjudged (u6501, keyed
  supported); "del establecimiento de las relaciones" and "since the establishment of diplomatic
  relations" were read already (guards).
* Set phrases are no claims: "empresários dos dois países", "nos dois países", "o pior resultado
  em um quarto de século", "un cuarto de siglo", "a quarter of a century" — main read a count of
  two and a fourth rank (text 370).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.article_date import from_text
from tests.claims.conftest import one

# --- a balance another pair gives ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Maio de 2021 — Cuiabá\n\nEm 2020, o Brasil exportou para a China o equivalente a US$"
            " 67,7 bilhões. Somadas todas as vendas do Brasil a seus parceiros, as exportações"
            " chegaram a US$ 209,9 bilhões e as importações a US$ 158,9 bilhões, o que garantiu à"
            " balança comercial um superávit de US$ 51 bilhões.",
            "US$ 51 bilhões",
        ),
        (
            "May 2021 — London\n\nIn 2020, Brazil exported US$ 67.7 billion to China. Adding up all"
            " its partners, Brazil's exports reached US$ 209.9 billion and its imports US$ 158.9"
            " billion, a trade surplus of US$ 51 billion.",
            "US$ 51 billion",
        ),
        (
            "Mayo de 2021 — Lima\n\nEn 2020, Brasil exportó a China US$ 67.700 millones. Sumando"
            " todos sus socios, las exportaciones de Brasil llegaron a US$ 209.900 millones y las"
            " importaciones a US$ 158.900 millones, un superávit de US$ 51.000 millones.",
            "US$ 51.000 millones",
        ),
    ],
)
def test_a_balance_another_pair_gives_is_not_inconsistent(text, figure):
    result = one(check(text), figure)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Maio de 2021 — Cuiabá\n\nEm 2020, o Brasil exportou para a China US$ 67,7 bilhões e"
            " importou da China US$ 34 bilhões, um superávit de US$ 40 bilhões.",
            "US$ 40 bilhões",
        ),
        (
            "May 2021 — London\n\nIn 2020, Brazil's exports to China were US$ 67.7 billion and its"
            " imports from China US$ 34 billion, leaving Brazil a trade surplus of US$ 40 billion.",
            "US$ 40 billion",
        ),
        (
            "Mayo de 2021 — Lima\n\nEn 2020, Brasil exportó a China US$ 67.700 millones e importó"
            " de China US$ 34.000 millones, un superávit de US$ 40.000 millones.",
            "US$ 40.000 millones",
        ),
    ],
)
def test_a_balance_no_pair_gives_is_still_inconsistent(text, figure):
    # Guard: 67.7 − 34 = 33.7, and no other pair stands in the paragraph.
    result = one(check(text), figure)
    assert result.verdict is Verdict.INCONSISTENT, result.reason


# --- a date line alone ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("19 de janeiro de 2018", "2018-01-19"),
        ("Maio de 2020", "2020-05-01"),
        ("March 4, 2021", "2021-03-04"),
        ("4 de marzo de 2021", "2021-03-04"),
        ("2024-11-20", "2024-11-20"),
    ],
)
def test_a_date_line_alone_is_the_articles_date(line, iso):
    found = from_text(f"# A title\n\n{line}\n\nA first paragraph of the article, long enough.")
    assert found is not None and found.date.isoformat() == iso, found


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "4 de março de 2021\n\nNo ano passado, as exportações do Brasil para a China somaram"
            " US$ 67,7 bilhões.",
            "US$ 67,7 bilhões",
        ),
        (
            "March 4, 2021\n\nLast year, Brazil's exports to China reached US$ 67.7 billion.",
            "US$ 67.7 billion",
        ),
        (
            "4 de marzo de 2021\n\nEl año pasado, las exportaciones de Brasil a China sumaron US$"
            " 67.700 millones.",
            "US$ 67.700 millones",
        ),
    ],
)
def test_last_year_is_read_against_a_date_line_alone(text, figure):
    # 2020's stored Secex count of Brazil's exports to China is 67.685.
    result = one(check(text), figure)
    assert result.claim.period is not None and result.claim.period.start_year == 2020
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    "first",
    ["2019", "Brasil e China em 2023", "Comércio em 2020", "China e Brasil, 1974-2024"],
)
def test_a_year_or_a_short_title_is_no_date_line(first):
    # Guard: a year alone, or a few words with a year, date nothing.
    assert from_text(f"{first}\n\nO comércio cresceu muito nos últimos anos.") is None


def test_a_date_line_with_its_place_reads_as_before():
    # Guard.
    found = from_text("Setembro de 2021 — Brasília\n\nAno passado, o comércio cresceu.")
    assert found is not None and found.date.isoformat() == "2021-09-01"
    assert found.text == "Setembro de 2021"


# --- years of the establishment of relations --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Fevereiro de 2022\n\nO memorando foi assinado em Pequim, no ano em que se completa o"
            " aniversário de 50 anos do estabelecimento das relações diplomáticas entre a"
            " Argentina e a China.",
            "50 anos",
        ),
        (
            "Fevereiro de 2022 — Buenos Aires\n\nA China e a Argentina assinaram o memorando no"
            " ano em que se completam 50 anos do estabelecimento dos laços diplomáticos entre os"
            " dois países.",
            "50 anos",
        ),
    ],
)
def test_years_of_the_establishment_of_relations_date_the_tie(text, figure):
    # Argentina's ties with the PRC are stored as of 1972-02-19.
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Febrero de 2022 — Lima\n\nChina y Argentina firmaron el memorando en el año del"
            " aniversario de 50 años del establecimiento de las relaciones diplomáticas entre la"
            " Argentina y China.",
            "50 años",
        ),
        (
            "February 2022 — London\n\nChina and Argentina signed the memorandum in the year that"
            " marks 50 years since the establishment of diplomatic relations between Argentina and"
            " China.",
            "50 years",
        ),
    ],
)
def test_years_of_the_establishment_read_already(text, figure):
    # Guard: read on main already.
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_wrong_count_of_years_of_relations_is_not_borne_out():
    # Guard: 2022 - 40 = 1982 is not the stored 1972; left unjudged, never borne out.
    text = (
        "Fevereiro de 2022\n\nA China e a Argentina assinaram o memorando, no ano em que se"
        " completam 40 anos do estabelecimento das relações diplomáticas entre os dois países."
    )
    result = one(check(text), "40 anos")
    assert result.verdict is not Verdict.SUPPORTED, result.reason


# --- set phrases ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Maio de 2015 — Brasília\n\nDilma disse a empresários dos dois países que a China"
            " mostrou interesse em investir US$ 53 bilhões.",
            "dois",
        ),
        (
            "Maio de 2015 — Brasília\n\nOs investimentos nos dois países somaram US$ 53 bilhões.",
            "dois",
        ),
        (
            "Maio de 2015 — Brasília\n\nA economia deve encolher 1,2 por cento neste ano, o pior"
            " resultado em um quarto de século.",
            "quarto",
        ),
        (
            "Mayo de 2015 — Lima\n\nLa economía se contraería 1,2 por ciento este año, el peor"
            " resultado en un cuarto de siglo.",
            "cuarto",
        ),
        (
            "May 2015 — London\n\nThe economy is expected to shrink 1.2 percent this year, its"
            " worst showing in a quarter of a century.",
            "quarter",
        ),
    ],
)
def test_set_phrases_are_no_claims(text, phrase):
    results = check(text)
    assert not [r for r in results if phrase in r.claim.text], [r.claim.text for r in results]
    # Guard: the sentence's figure is still read.
    assert any(
        "53" in r.claim.text or "1,2" in r.claim.text or "1.2" in r.claim.text for r in results
    )
