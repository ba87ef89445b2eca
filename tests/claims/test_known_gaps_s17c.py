"""Known gaps of the claims checker closed on branch issue-15-s17c (round 17c, dev half of the
unseen set, no fresh texts). Real-shaped sentences (our own) in EN, ES and PT, checked against
the package's knowledge base.

* A pledge written from the article's date ("China will offer … over the next three years",
  "… over the same three years" after a sentence that wrote "the next three years") is a pledge
  running in the article's year: the figure of a plan that ended before (the 2022–2024 plan's
  5,000 scholarships, in a May 2025 text) is another plan's, `disputed`, not `supported` (dev
  u041). The window never refutes on its own.
* One money figure or count for two years joined by "and" ("sumó 65.000 millones de dólares en
  2022 y 2023", "In 2022 and 2023 Chile's exports … reached US$39 billion", "em 2022 e 2023") is
  the two years' sum or each year's, and which is not written: neither borne out nor refuted by
  one year's row (main read one year: a false `supported`, and a false `contradicted` when the
  years came first). Named by round 16b.
* Figures paired with a list of years by "respectively" ("In 2022 and 2023, … US$38.4 billion
  and US$37.4 billion, respectively", "… en 2022 y 2023, respectivamente"): the n-th figure is of
  the n-th year, read low (main gave both figures the year nearest them, and refuted US$38.4
  billion by 2023's row when the years came first).
* "Hasta 2015, China había prestado …", "Até 2015, a China havia/tinha emprestado …": the
  pluperfect of "lend" is a loans cue, as "had lent" already was (named by round 16b).
* A rank word shared by two partner nouns ("o maior parceiro comercial e destino de exportações
  do Brasil", "the largest trading partner and export destination", "el mayor socio comercial y
  destino"): the second noun is ranked too, read low (dev u1335; main read the first only).
* "en los últimos años", "in recent years", "nos últimos anos" with no year in the sentence:
  several recent years; a single year borrowed from an earlier paragraph (2017) does not date
  the figure, and a whole-year row of the three years before the article's bears it out (it is
  never refuted) (dev u1332).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a pledge running from the article's date ---------------------------------------------------

NEXT_YEARS = [
    (
        "Beijing, May 2025 — China will offer Latin America and the Caribbean 5,000 government"
        " scholarships over the next three years.",
        "5,000 government scholarships",
    ),
    (
        "Pekín, mayo de 2025 — China ofrecerá a América Latina y el Caribe 5.000 becas"
        " gubernamentales en los próximos tres años.",
        "5.000 becas gubernamentales",
    ),
    (
        "Pequim, maio de 2025 — A China oferecerá à América Latina e ao Caribe 5.000 bolsas de"
        " estudo governamentais nos próximos três anos.",
        "5.000 bolsas",
    ),
]

SAME_YEARS = [
    (
        "Beijing, May 2025 — China opened a credit line for Latin America and the Caribbean.\n\n"
        "Over the next three years China will invite 300 Latin American and Caribbean party"
        " officials on study tours.\n\n"
        "The package also promises 5,000 government scholarships over the same three years.",
        "5,000 government scholarships",
    ),
    (
        "Pekín, mayo de 2025 — China abrió una línea de crédito para América Latina y el"
        " Caribe.\n\n"
        "En los próximos tres años China invitará a 300 dirigentes de partidos latinoamericanos"
        " y caribeños.\n\n"
        "El paquete también promete 5.000 becas gubernamentales en los mismos tres años.",
        "5.000 becas gubernamentales",
    ),
    (
        "Pequim, maio de 2025 — A China abriu uma linha de crédito para a América Latina e o"
        " Caribe.\n\n"
        "Nos próximos três anos a China convidará 300 dirigentes partidários latino-americanos e"
        " caribenhos.\n\n"
        "O pacote também promete 5.000 bolsas de estudo governamentais nos mesmos três anos.",
        "5.000 bolsas",
    ),
]


@pytest.mark.parametrize(("text", "figure"), NEXT_YEARS + SAME_YEARS)
def test_a_pledge_of_the_next_years_is_not_an_ended_plans(text: str, figure: str) -> None:
    result = one(check(text), figure)
    assert (result.verdict, result.rule_id) == (Verdict.DISPUTED, "commitments")
    assert "jap2022_scholarships_5000" in result.reason
    assert "xi_beijing_2025" in result.reason


@pytest.mark.parametrize(("text", "figure"), NEXT_YEARS)
def test_the_running_plans_figure_stays_supported(text: str, figure: str) -> None:
    fixed = figure.replace("5,000", "3,500").replace("5.000", "3.500")
    result = one(check(text.replace(figure, fixed)), fixed)
    assert (result.verdict, result.rule_id) == (Verdict.SUPPORTED, "commitments")
    assert "beijing2025_scholarships_3500" in result.reason


@pytest.mark.parametrize(("text", "figure"), NEXT_YEARS)
def test_the_next_years_from_the_plans_own_date_stay_supported(text: str, figure: str) -> None:
    """December 2021: the 2022–2024 plan is the one running next (guard)."""
    dated = (
        text.replace("May 2025", "December 2021")
        .replace("mayo de 2025", "diciembre de 2021")
        .replace("maio de 2025", "dezembro de 2021")
    )
    result = one(check(dated), figure)
    assert (result.verdict, result.rule_id) == (Verdict.SUPPORTED, "commitments")
    assert "jap2022_scholarships_5000" in result.reason


PAST_PLEDGES = [
    (
        "Beijing, May 2025 — Back then China promised Latin America and the Caribbean 5,000"
        " government scholarships over the next three years.",
        "5,000 government scholarships",
    ),
    (
        "Pekín, mayo de 2025 — Entonces China prometió a América Latina y el Caribe 5.000 becas"
        " gubernamentales en los próximos tres años.",
        "5.000 becas gubernamentales",
    ),
    (
        "Pequim, maio de 2025 — Na época a China prometeu à América Latina e ao Caribe 5.000"
        " bolsas de estudo governamentais nos próximos três anos.",
        "5.000 bolsas",
    ),
]


@pytest.mark.parametrize(("text", "figure"), PAST_PLEDGES)
def test_a_pledge_told_in_the_past_counts_its_years_from_then(text: str, figure: str) -> None:
    """A past pledge's "next three years" start when it was made, not at the article's date:
    no window (guard; the figure stays matched by its metric alone, as before)."""
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(("text", "figure"), NEXT_YEARS)
def test_the_window_alone_never_refutes(text: str, figure: str) -> None:
    """4,000 is no stored pledge's figure: the window tells the running plan (3,500) but a
    pledge of one state, or one not stored, may run in the same years (guard)."""
    fixed = figure.replace("5,000", "4,000").replace("5.000", "4.000")
    result = one(check(text.replace(figure, fixed)), fixed)
    assert result.verdict is not Verdict.CONTRADICTED


# --- one figure for two years joined by "and" ----------------------------------------------------

TWO_YEARS = [
    (
        "Santiago, March 2024 — Trade between Chile and China totalled US$65 billion in 2022"
        " and 2023.",
        "US$65 billion",
        "2022 and 2023",
    ),
    (
        "Santiago, marzo de 2024 — El comercio entre Chile y China sumó 65.000 millones de"
        " dólares en 2022 y 2023.",
        "65.000 millones de dólares",
        "2022 y 2023",
    ),
    (
        "Santiago, março de 2024 — O comércio entre o Chile e a China somou US$ 65 bilhões em"
        " 2022 e 2023.",
        "US$ 65 bilhões",
        "2022 e 2023",
    ),
]


@pytest.mark.parametrize(("text", "figure", "years"), TWO_YEARS)
def test_one_figure_for_two_years_is_not_one_years(text: str, figure: str, years: str) -> None:
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE
    assert f"which period '{years}' means is unclear" in result.reason


YEARS_FIRST = [
    (
        "Santiago, March 2024 — In 2022 and 2023 Chile's exports to China reached US$39 billion.",
        "US$39 billion",
    ),
    (
        "Santiago, marzo de 2024 — En 2022 y 2023 las exportaciones de Chile a China sumaron"
        " 39.000 millones de dólares.",
        "39.000 millones de dólares",
    ),
    (
        "Santiago, março de 2024 — Em 2022 e 2023 as exportações do Chile para a China somaram"
        " US$ 39 bilhões.",
        "US$ 39 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), YEARS_FIRST)
def test_two_years_before_the_figure_never_refute_one_year(text: str, figure: str) -> None:
    """Main read 2023 alone and refuted the figure by 2023's 37,449 (Banco Central de Chile)."""
    result = one(check(text), figure)
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "means is unclear: the two years together or each of them" in result.reason


@pytest.mark.parametrize(("text", "figure", "years"), TWO_YEARS)
def test_a_figure_for_each_year_keeps_its_year(text: str, figure: str, years: str) -> None:
    """ "US$65 billion in 2022 and US$60 billion in 2023": each year has its figure (guard)."""
    second = {"en": " US$60 billion in 2023", "es": " 60.000 millones en 2023"}
    second["pt"] = " US$ 60 bilhões em 2023"
    lang = "es" if " y " in years else "pt" if " e " in years else "en"
    joined = years.split(" ")[1]
    written = text.replace(f"{years}.", f"{years.split(' ')[0]} {joined}{second[lang]}.")
    result = one(check(written), figure)
    assert (result.verdict, result.rule_id) == (Verdict.SUPPORTED, "store-facts")


@pytest.mark.parametrize(
    "text",
    [
        "Santiago, March 2024 — Chile's exports to China reached US$38.4 billion in 2022, and 2023"
        " brought a fall.",
        "Santiago, marzo de 2024 — Las exportaciones de Chile a China sumaron 38.447 millones de"
        " dólares en 2022, y 2023 trajo una caída.",
        "Santiago, março de 2024 — As exportações do Chile para a China somaram US$ 38,4 bilhões em"
        " 2022, e 2023 trouxe uma queda.",
    ],
)
def test_a_year_of_the_next_clause_is_not_joined(text: str) -> None:
    """A comma before "and" closes the clause: the figure keeps its year (guard)."""
    result = next(r for r in check(text) if r.claim.kind.value == "money")
    assert (result.verdict, result.claim.period.label()) == (Verdict.SUPPORTED, "2022")


# --- figures paired with years by "respectively" -------------------------------------------------

RESPECTIVE_YEARS = [
    "Santiago, March 2024 — In 2022 and 2023, Chile's exports to China reached US$38.4 billion and"
    " US$37.4 billion, respectively.",
    "Santiago, marzo de 2024 — En 2022 y 2023, las exportaciones de Chile a China sumaron 38.447"
    " y 37.449 millones de dólares, respectivamente.",
    "Santiago, março de 2024 — Em 2022 e 2023, as exportações do Chile para a China somaram US$"
    " 38,4 bilhões e US$ 37,4 bilhões, respectivamente.",
    "Santiago, March 2024 — Chile's exports to China reached US$38.4 billion and US$37.4 billion"
    " in 2022 and 2023, respectively.",
    "Santiago, marzo de 2024 — Las exportaciones de Chile a China sumaron 38.447 y 37.449"
    " millones de dólares en 2022 y 2023, respectivamente.",
    "Santiago, março de 2024 — As exportações do Chile para a China somaram US$ 38,4 bilhões e"
    " US$ 37,4 bilhões em 2022 e 2023, respectivamente.",
]


def _money(text: str) -> list:
    return [r for r in check(text) if r.claim.kind.value == "money"]


@pytest.mark.parametrize("text", RESPECTIVE_YEARS)
def test_figures_take_their_years_in_order_respectively(text: str) -> None:
    first, second = _money(text)
    assert (first.claim.period.label(), second.claim.period.label()) == ("2022", "2023")
    assert (first.verdict, second.verdict) == (Verdict.SUPPORTED, Verdict.SUPPORTED)


@pytest.mark.parametrize("text", RESPECTIVE_YEARS)
def test_a_pairing_by_position_never_refutes(text: str) -> None:
    """The years swapped: each figure is the other year's; a pairing by position may bear a
    figure out but never refutes it (guard)."""
    swapped = (
        text.replace("2022 and 2023", "2023 and 2022")
        .replace("2022 y 2023", "2023 y 2022")
        .replace("2022 e 2023", "2023 e 2022")
    )
    assert all(r.verdict is not Verdict.CONTRADICTED for r in _money(swapped))


# --- the pluperfect of "lend" ---------------------------------------------------------------------

HAD_LENT = [
    (
        "Caracas, marzo de 2016 — Hasta 2015, China había prestado a Venezuela más de 65.000"
        " millones de dólares.",
        "más de 65.000 millones de dólares",
    ),
    (
        "Caracas, março de 2016 — Até 2015, a China havia emprestado à Venezuela mais de US$ 65"
        " bilhões.",
        "mais de US$ 65 bilhões",
    ),
    (
        "Caracas, março de 2016 — Até 2015, a China tinha emprestado à Venezuela mais de US$ 65"
        " bilhões.",
        "mais de US$ 65 bilhões",
    ),
]


@pytest.mark.parametrize(("text", "figure"), HAD_LENT)
def test_the_pluperfect_of_lend_is_a_loans_cue(text: str, figure: str) -> None:
    result = one(check(text), figure)
    assert result.claim.metric == "loans_total"
    assert (result.verdict, result.rule_id) == (Verdict.SUPPORTED, "store-facts")


def test_had_lent_stays_a_loans_cue() -> None:
    """EN read "had lent" already (guard)."""
    text = "Caracas, March 2016 — By 2015, China had lent Venezuela more than US$65 billion."
    result = one(check(text), "more than US$65 billion")
    assert (result.claim.metric, result.verdict) == ("loans_total", Verdict.SUPPORTED)


# --- a rank word shared by two partner nouns -------------------------------------------------------

SHARED_RANK = [
    (
        "Brasília, November 2024 — China is Brazil's largest trading partner and export"
        " destination.",
        "export destination",
    ),
    (
        "Brasilia, noviembre de 2024 — China es el mayor socio comercial y destino de las"
        " exportaciones de Brasil.",
        "destino",
    ),
    (
        "Brasília, novembro de 2024 — A China é o maior parceiro comercial e destino de"
        " exportações do Brasil.",
        "destino",
    ),
]


@pytest.mark.parametrize(("text", "noun"), SHARED_RANK)
def test_a_shared_rank_word_ranks_the_second_noun(text: str, noun: str) -> None:
    result = one(check(text), noun)
    assert (result.claim.kind.value, result.claim.value) == ("rank", 1)
    assert (result.verdict, result.rule_id) == (Verdict.SUPPORTED, "partner-rank")
    assert "china_export_destination_rank" in result.reason


@pytest.mark.parametrize(("text", "noun"), SHARED_RANK)
def test_a_shared_rank_word_never_refutes(text: str, noun: str) -> None:
    """ "second … and export destination" against the stored first rank: read low, never
    refuted (guard)."""
    second = (
        text.replace("largest", "second").replace("mayor", "segundo").replace("maior", "segundo")
    )
    result = one(check(second), noun)
    assert result.verdict is not Verdict.CONTRADICTED


# --- "in recent years" ------------------------------------------------------------------------------

RECENT = [
    (
        "Buenos Aires, March 19, 2021 — Argentina's trade deficit with China peaked at US$7.9"
        " billion in 2017.\n\nSoybeans account for between 40% and 50% of Argentina's exports to"
        " China in recent years.",
        "between 40% and 50%",
    ),
    (
        "Buenos Aires, 19 de marzo de 2021 — El déficit comercial de la Argentina con China tocó"
        " un máximo de U$S 7.900 millones en 2017.\n\nLa soja en todas sus formas explica entre"
        " 40% y 50% de lo que la Argentina exporta a China en los últimos años.",
        "entre 40% y 50%",
    ),
    (
        "Buenos Aires, 19 de março de 2021 — O déficit comercial da Argentina com a China chegou"
        " a um máximo de US$ 7,9 bilhões em 2017.\n\nA soja em todas as suas formas responde por"
        " entre 40% e 50% do que a Argentina exporta para a China nos últimos anos.",
        "entre 40% e 50%",
    ),
]


@pytest.mark.parametrize(("text", "figure"), RECENT)
def test_recent_years_are_not_a_year_borrowed_from_before(text: str, figure: str) -> None:
    result = one(check(text), figure)
    assert result.claim.period is None
    assert (result.verdict, result.rule_id) == (Verdict.SUPPORTED, "store-facts")
    assert "45 percent 2020" in result.reason


@pytest.mark.parametrize(("text", "figure"), RECENT)
def test_recent_years_never_refute(text: str, figure: str) -> None:
    """60–70 % is no stored share of the recent years: left unjudged (guard)."""
    other = figure.replace("40%", "60%").replace("50%", "70%")
    result = one(check(text.replace(figure, other)), other)
    assert result.verdict is Verdict.UNVERIFIABLE


def test_a_files_modification_time_opens_no_window(tmp_path) -> None:
    """With no dateline, only the file's modification time dates the text: no window is
    counted from it (guard)."""
    import os

    text = (
        "China will offer Latin America and the Caribbean 5,000 government scholarships over"
        " the next three years."
    )
    path = tmp_path / "article.md"
    path.write_text(text, encoding="utf-8")
    os.utime(path, (1748736000, 1748736000))  # 2025-06-01
    result = one(check(text, path=path), "5,000 government scholarships")
    assert result.claim.article_date["found_by"] == "file metadata"
    assert result.verdict is not Verdict.DISPUTED
