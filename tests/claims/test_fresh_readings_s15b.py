"""General readings found on the fresh dev texts 88-92 of the unseen set (branch issue-15-s15b),
each with real-shaped sentences (our own) in EN, ES and PT, checked against the package's
knowledge base.

* "las exportaciones … superaron los 5.200 millones de dólares en los primeros tres trimestres
  de este año", "nos primeiros três trimestres deste ano": main knew "los tres primeros
  trimestres" and "the first three quarters" but not the order "primeros tres" / "primeiros
  três", so it dated a January–September figure to the whole year (with high confidence: a
  stored full-year row would have refuted it) and read "três trimestres" as a count.
  "superaron los", "ultrapassaram os", "superaram (os)" are lower bounds, as "superó los" and
  "ultrapassou os" were.
* "…, la cifra más alta desde 1994, mientras que … bajó a 50 millones": the year after a
  superlative ("the highest since 1994", "o valor mais alto desde 1994") starts the series the
  record is measured against; main dated the next clause's figure "since 1994".
* "las importaciones chinas a El Salvador", "Chinese imports into El Salvador", "as importações
  chinesas para El Salvador": the state named as the destination is the buyer. Main read
  China's own imports (saved from a false "contradicted" only by its low confidence); the new
  reading stays low too (it may be borne out, never refuted).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- "los primeros tres trimestres", "os primeiros três trimestres" ------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Lima, 31 de octubre de 2011 — Las exportaciones del Perú a China superaron los"
            " US$5.200 millones en los primeros tres trimestres de este año.",
            "superaron los US$5.200 millones",
        ),
        (
            "Lima, 31 de outubro de 2011 — As exportações do Peru à China ultrapassaram os"
            " US$5,2 bilhões nos primeiros três trimestres deste ano.",
            "ultrapassaram os US$5,2 bilhões",
        ),
        (
            "Lima, 31 de outubro de 2011 — Nos primeiros três trimestres de 2011, as exportações"
            " do Peru à China ultrapassaram US$5,2 bilhões.",
            "ultrapassaram US$5,2 bilhões",
        ),
    ],
)
def test_the_first_three_quarters_in_that_order_are_january_to_september(kb, text, figure):
    # Main: the whole year 2011, so the stored January–September row ("over 5.2") was never
    # read; nor were "superaron los" and "ultrapassaram os" read as lower bounds (only
    # "superó los", "ultrapassou os").
    result = one(check(text, kb), figure)
    period = result.claim.period
    assert (period.start_month, period.end_month, period.end_year) == (1, 9, 2011)
    assert result.verdict is Verdict.SUPPORTED


def test_the_first_three_quarters_are_no_count(kb):
    text = (
        "Lima, 31 de outubro de 2011 — As exportações do Peru à China ultrapassaram os"
        " US$5,2 bilhões nos primeiros três trimestres deste ano."
    )
    # Main: "três trimestres" was a claim of its own (a count of quarters).
    assert not [r for r in check(text, kb) if "trimestres" in r.claim.text]


def test_the_first_three_quarters_in_english_keep_their_reading(kb):
    # Guard: the English order was read before.
    text = (
        "Lima, October 31, 2011 — Peru's exports to China exceeded US$5.2 billion in the"
        " first three quarters of this year."
    )
    result = one(check(text, kb), "exceeded US$5.2 billion")
    assert (result.claim.period.start_month, result.claim.period.end_month) == (1, 9)
    assert result.verdict is Verdict.SUPPORTED


# --- "la cifra más alta desde 1994" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "San Salvador, 3 de febrero de 2026 — El Salvador importó de China en 2025 bienes por"
            " 3.566,2 millones de dólares, la cifra más alta desde 1994, mientras que lo que"
            " vendió al gigante asiático bajó a 50 millones.",
            "50 millones",
        ),
        (
            "San Salvador, 3 February 2026 — El Salvador imported goods worth US$3,566.2 million"
            " from China in 2025, the highest since 1994, while its exports to China fell to"
            " US$50 million.",
            "US$50 million",
        ),
        (
            "San Salvador, 3 de fevereiro de 2026 — El Salvador importou da China em 2025 bens"
            " no valor de US$ 3.566,2 milhões, o valor mais alto desde 1994, enquanto as"
            " exportações para a China caíram para US$ 50 milhões.",
            "US$ 50 milhões",
        ),
    ],
)
def test_the_year_of_a_record_is_no_period_of_the_next_clause(kb, text, figure):
    # Main: the figure after the record read "since 1994" (no stored fact for that period).
    result = one(check(text, kb), figure)
    assert result.claim.period is not None and result.claim.period.kind != "since"
    assert result.claim.period.start_year == 2025
    assert result.verdict is Verdict.SUPPORTED


def test_a_since_without_a_superlative_is_still_a_period(kb):
    # Guard: "desde 2018" with no record word still dates its figures.
    text = (
        "San Salvador, 3 de febrero de 2026 — Desde 2018, las exportaciones de El Salvador a"
        " China suman 400 millones de dólares."
    )
    result = one(check(text, kb), "400 millones de dólares")
    assert result.claim.period is not None and result.claim.period.kind in ("since", "range")
    assert result.claim.period.start_year == 2018


# --- "las importaciones chinas a El Salvador" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "San Salvador, 3 de febrero de 2026 — Las importaciones chinas a El Salvador sumaron"
            " 2.652,5 millones de dólares en 2024.",
            "2.652,5 millones de dólares",
        ),
        (
            "San Salvador, 3 February 2026 — Chinese imports into El Salvador reached"
            " US$2,652.5 million in 2024.",
            "US$2,652.5 million",
        ),
        (
            "San Salvador, 3 de fevereiro de 2026 — As importações chinesas para El Salvador"
            " somaram US$ 2.652,5 milhões em 2024.",
            "US$ 2.652,5 milhões",
        ),
    ],
)
def test_chinese_imports_into_a_state_are_the_states_imports(kb, text, figure):
    # Main: China's imports from El Salvador (52.8 million stored), left unverifiable only
    # because the side was read as a guess.
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "San Salvador, 3 de febrero de 2026 — Las importaciones chinas a El Salvador sumaron"
            " 2.000 millones de dólares en 2024.",
            "2.000 millones de dólares",
        ),
        (
            "San Salvador, 3 February 2026 — Chinese imports into El Salvador reached"
            " US$2,000 million in 2024.",
            "US$2,000 million",
        ),
    ],
)
def test_chinese_imports_into_a_state_never_refute(kb, text, figure):
    # Guard: the reading stays low (the demonym may still name the goods, as in
    # test_parts_across_findings), so a wrong value is never refuted (stored 2,652.5).
    result = one(check(text, kb), figure)
    assert result.claim.confidence["metric"]["level"] == "low"
    assert result.verdict is Verdict.UNVERIFIABLE


def test_chinese_imports_of_goods_keep_the_guess(kb):
    # Guard: "importaciones chinas de soja" name China as the buyer; not flipped.
    text = (
        "Buenos Aires, 3 de febrero de 2026 — Las importaciones chinas de soja argentina"
        " sumaron 5.000 millones de dólares en 2024."
    )
    result = one(check(text, kb), "5.000 millones de dólares")
    assert result.claim.metric != "trade_china_exports"
    assert result.verdict is not Verdict.CONTRADICTED


# --- a conversion in brackets does not set the currency of a later bare figure --------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "San Salvador, 3 de febrero de 2026 — El Salvador importó de China en 2025 bienes por"
            " 3.566,2 millones de dólares (3.015,94 millones de euros), mientras que sus"
            " exportaciones a China bajaron a 50 millones.",
            "50 millones",
        ),
        (
            "San Salvador, 3 February 2026 — El Salvador imported goods worth US$3,566.2 million"
            " (3,015.94 million euros) from China in 2025, while its exports to China fell to"
            " 50 million.",
            "50 million",
        ),
        (
            "San Salvador, 3 de fevereiro de 2026 — El Salvador importou da China em 2025 bens"
            " no valor de 3.566,2 milhões de dólares (3.015,94 milhões de euros), enquanto as"
            " exportações para a China caíram para 50 milhões.",
            "50 milhões",
        ),
    ],
)
def test_a_bracketed_conversion_does_not_carry_its_currency(kb, text, figure):
    # Main: the bare figure took the euros of the bracket (no stored fact in euros).
    result = one(check(text, kb), figure)
    assert result.claim.unit == "usd"
    assert result.verdict is Verdict.SUPPORTED


def test_a_currency_outside_brackets_is_still_carried(kb):
    # Guard: with no bracket, the last amount's currency is carried as before.
    text = (
        "Bruselas, 3 de febrero de 2026 — La Unión Europea aportó 500 millones de euros y"
        " después otros 200 millones."
    )
    assert one(check(text, kb), "200 millones").claim.unit == "eur"


# --- another partner's sales, in a relative clause --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "San Salvador, 3 de febrero de 2026 — China fue el segundo proveedor de El Salvador en"
            " 2025, detrás de Estados Unidos, que le vendió mercancías por 4.677,8 millones de"
            " dólares.",
            "4.677,8 millones de dólares",
        ),
        (
            "San Salvador, 3 February 2026 — China was El Salvador's second supplier in 2025,"
            " behind the United States, which sold it goods worth US$4,677.8 million.",
            "US$4,677.8 million",
        ),
    ],
)
def test_another_partners_sales_are_not_chinas(kb, text, figure):
    # Main: China's sales to El Salvador (stored 3,566.2) or El Salvador's to China (stored
    # 50), and called contradicted: a false "contradicted".
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_other_partner"
    assert result.verdict is Verdict.UNVERIFIABLE


def test_another_partners_sales_in_portuguese_are_not_chinas(kb):
    # Portuguese (main already read no metric here): still never China's.
    text = (
        "San Salvador, 3 de fevereiro de 2026 — A China foi o segundo fornecedor de El Salvador"
        " em 2025, atrás dos Estados Unidos, que lhe venderam mercadorias no valor de"
        " US$ 4.677,8 milhões."
    )
    result = one(check(text, kb), "US$ 4.677,8 milhões")
    assert result.claim.metric not in ("trade_china_exports", "trade_china_imports")
    assert result.verdict is Verdict.UNVERIFIABLE


def test_chinas_sales_beside_another_partner_keep_their_reading(kb):
    # Guard: the figure's own clause is about China, the other partner only compared.
    text = (
        "San Salvador, 3 de febrero de 2026 — Las importaciones de El Salvador desde China"
        " sumaron 3.566,2 millones de dólares en 2025, por detrás de las que llegaron desde"
        " Estados Unidos."
    )
    assert one(check(text, kb), "3.566,2 millones de dólares").verdict is Verdict.SUPPORTED


# --- "desde 2003 a 2020: pasó de X a Y" --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "Buenos Aires, 19 de marzo de 2021 — El intercambio bilateral entre la Argentina y"
            " China se quintuplicó desde 2003 a 2020: pasó de U$S 3.200 millones a U$S 14.000"
            " millones, tras alcanzar los U$S 16.000 millones en 2019.",
            "U$S 3.200 millones",
            "U$S 14.000 millones",
        ),
        (
            "Buenos Aires, 19 March 2021 — Trade between Argentina and China grew from 2003 to"
            " 2020: it went from US$3.2 billion to US$14 billion, after reaching US$16 billion in"
            " 2019.",
            "US$3.2 billion",
            "US$14 billion",
        ),
        (
            "Buenos Aires, 19 de março de 2021 — O comércio entre a Argentina e a China cresceu"
            " de 2003 a 2020: passou de US$ 3,2 bilhões para US$ 14 bilhões, depois de chegar a"
            " US$ 16 bilhões em 2019.",
            "US$ 3,2 bilhões",
            "US$ 14 bilhões",
        ),
    ],
)
def test_a_span_of_years_dates_the_ends_of_a_from_to_pair(kb, text, first, last):
    # Main: both ends took the clause's later "en 2019" (14,000 against 2019's 16,325).
    results = check(text, kb)
    assert one(results, first).claim.period.start_year == 2003
    assert one(results, first).claim.period.end_year == 2003
    assert one(results, last).claim.period.start_year == 2020
    assert one(results, last).verdict is Verdict.SUPPORTED
    # The figure with its own year keeps it.
    assert one(results, last.replace("14", "16")).claim.period.start_year == 2019


def test_a_from_to_pair_with_its_own_years_keeps_them(kb):
    # Guard: each end writes its year.
    text = (
        "Buenos Aires, 19 de marzo de 2021 — Entre 2003 y 2020 el comercio con China pasó de"
        " U$S 3.200 millones en 2003 a U$S 14.000 millones en 2020."
    )
    results = check(text, kb)
    assert one(results, "U$S 14.000 millones").claim.period.start_year == 2020
    assert one(results, "U$S 3.200 millones").claim.period.start_year == 2003


# --- "se quintuplicó", "quintupled", "quintuplicou" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Buenos Aires, 19 de marzo de 2021 — El intercambio bilateral entre la Argentina y"
            " China se quintuplicó desde 2003 a 2020.",
            "quintuplicó",
        ),
        (
            "Buenos Aires, 19 March 2021 — Trade between Argentina and China quintupled from 2003"
            " to 2020.",
            "quintupled",
        ),
        (
            "Buenos Aires, 19 de março de 2021 — O comércio entre a Argentina e a China"
            " quintuplicou de 2003 a 2020.",
            "quintuplicou",
        ),
    ],
)
def test_a_fivefold_verb_is_a_multiple(kb, text, verb):
    # Main: no claim (only doubling, tripling and quadrupling verbs were read).
    result = one(check(text, kb), verb)
    assert result.claim.value == 5.0
    assert result.verdict is Verdict.UNVERIFIABLE  # no levels to compare in the sentence


# --- "below one-thousandth", "la milésima parte" ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "Caracas, January 2026 — Venezuela's share of China's total imports even falls below"
            " one-thousandth of the total.",
            "one-thousandth",
        ),
        (
            "Caracas, enero de 2026 — Venezuela no llega ni a la milésima parte del comercio"
            " total de China.",
            "la milésima parte",
        ),
        (
            "Caracas, janeiro de 2026 — A Venezuela não chega nem a uma milésima parte do"
            " comércio total da China.",
            "uma milésima parte",
        ),
    ],
)
def test_a_thousandth_is_a_share(kb, text, share):
    # Main: no claim.
    result = next(r for r in check(text, kb) if share in r.claim.text)
    assert result.claim.value == pytest.approx(0.1)
    assert result.verdict is Verdict.UNVERIFIABLE


# --- "se ubicó en primer lugar", "ficou em primeiro lugar", "ranked in first place" ---------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Buenos Aires, 19 de marzo de 2021 — Desde 2019 China se ubicó en primer lugar"
            " durante varios meses entre los socios comerciales de la Argentina.",
            "primer lugar",
        ),
        (
            "Brasília, março de 2021 — Em 2020 a China ficou em primeiro lugar entre os"
            " parceiros comerciais do Brasil.",
            "primeiro lugar",
        ),
        (
            "Buenos Aires, March 2021 — In several months since 2019 China ranked in first place"
            " among Argentina's trading partners.",
            "first place",
        ),
    ],
)
def test_a_place_after_a_verb_of_placing_is_a_rank(kb, text, rank):
    # Main: no claim ("en primer lugar" without a determiner was taken for "firstly").
    result = next(r for r in check(text, kb) if rank in r.claim.text)
    assert result.claim.value == 1
    assert result.verdict is not Verdict.CONTRADICTED


def test_a_bare_en_primer_lugar_is_still_no_rank(kb):
    # Guard: "En primer lugar," orders the text.
    text = "Buenos Aires, 19 de marzo de 2021 — En primer lugar, el comercio con China creció."
    assert not [r for r in check(text, kb) if "lugar" in r.claim.text]


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Santiago, enero de 2018 — Estados Unidos quedó en el segundo lugar entre los socios"
            " comerciales de Chile en 2017.",
            "segundo lugar",
        ),
        (
            "Santiago, January 2018 — The United States came in second place among Chile's"
            " trading partners in 2017.",
            "second place",
        ),
        (
            "Santiago, janeiro de 2018 — Os Estados Unidos ficaram em segundo lugar entre os"
            " parceiros comerciais do Chile em 2017.",
            "segundo lugar",
        ),
    ],
)
def test_another_states_place_is_read_and_never_refuted(kb, text, rank):
    # Main: no claim ("quedó en el", "came in", "ficaram em" were no verbs of holding a place).
    # China's stored 2017 rank for Chile is 1; the place is the United States', never China's.
    result = next(r for r in check(text, kb) if rank in r.claim.text)
    assert result.claim.value == 2
    assert result.verdict is Verdict.UNVERIFIABLE


# --- a sentence about another partner --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Santiago, enero de 2018 — China fue el principal socio comercial de Chile en 2017."
            " Estados Unidos quedó en el segundo lugar, con un intercambio de US$ 20.991 millones"
            " en 2017.",
            "US$ 20.991 millones",
        ),
        (
            "Santiago, January 2018 — China was Chile's main trading partner in 2017. The United"
            " States came second, with trade of US$20,991 million in 2017.",
            "US$20,991 million",
        ),
        (
            "Santiago, janeiro de 2018 — A China foi o principal parceiro comercial do Chile em"
            " 2017. Os Estados Unidos ficaram em segundo lugar, com um intercâmbio de US$ 20.991"
            " milhões em 2017.",
            "US$ 20.991 milhões",
        ),
    ],
)
def test_a_sentence_about_another_partner_is_not_chinas_trade(kb, text, figure):
    # Main: Chile's trade with China (stored 31,673 for 2017), called contradicted.
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_other_partner"
    assert result.verdict is Verdict.UNVERIFIABLE


def test_a_sentence_opening_with_another_partner_but_naming_china_keeps_its_reading(kb):
    # Guard: China named before the figure; the figure is China's trade with Chile.
    text = (
        "Santiago, enero de 2018 — Estados Unidos quedó detrás de China, cuyo intercambio con"
        " Chile sumó US$ 31.673 millones en 2017."
    )
    assert one(check(text, kb), "US$ 31.673 millones").verdict is Verdict.SUPPORTED


def test_a_sentence_opening_with_a_us_dollar_figure_is_no_other_partner(kb):
    # Guard: "The US$ …" is a currency, not the United States.
    text = "Lima, March 2024 — The US$38.6 billion of trade between Peru and China in 2023 set a record."
    assert one(check(text, kb), "US$38.6 billion").claim.metric != "trade_other_partner"
