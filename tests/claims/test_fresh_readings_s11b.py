"""General readings found on the fresh dev texts 51-54 of the unseen set (branch issue-15-s11b),
each with real-shaped sentences (our own) in EN, ES and PT, checked against the package's
knowledge base.

* Another lender's loans: "the World Bank cut its lending to the region by 8% to US$8 billion"
  is not China's lending; main called the ES form contradicted against China's 2015 loans to
  the region. China named nearer the number keeps the reading.
* A sum received in a text about Chinese lending ("Brazil received US$10.65 billion", "Bolivia,
  with US$850 million"): read as the text's loans metric at low confidence (may be borne out,
  never contradicted); main gave such figures no metric, and gave the three states of
  "Bolivia, con 850 …, Costa Rica, con 400 …, y Barbados, con 170 …" all to Costa Rica.
* "subió … hasta 29.000 millones", "subiram até US$ 29 bilhões": after a verb of change
  "hasta"/"até" names the level reached, not a ceiling (main read an upper bound, which the
  store's smaller 2022-vintage figure then "supported").
* "a diciembre de 2022" (the year to December) is the year 2022, "a marzo de 2025" January to
  March; main read a single month (December 2022).
* "lo exportado a China", "o exportado para a China", "what it exported to China": the state's
  exports.
* "importó … en productos chinos, mientras que solo exportó alrededor de $50 millones": a
  demonym in lower case ("chinos", "chineses") qualifies a noun; it is not the subject of the
  next verb (main read the exports as imports).
* "cayeron un 5,3% en 2025, al pasar de $52,8 millones a $50 millones": one year written once
  for a change dates its end; the first value is read for the year before, at low confidence.
  Main called the first value inconsistent ("dated 2025 at both ends").
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from chinalac.claims.periods import find_periods
from chinalac.claims.vocabulary import fold
from tests.claims.conftest import one

# --- another lender ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Washington, 11 February 2016 — China's lending to Latin America grew in 2015. The"
            " World Bank cut its lending to the region by 8% to US$8 billion last year.",
            "US$8 billion",
        ),
        (
            "Washington, 11 de febrero de 2016 — Los préstamos de China a la región crecieron en"
            " 2015. El Banco Mundial bajó sus préstamos a la región un 8 % hasta los 8.000"
            " millones de dólares el año pasado.",
            "8.000 millones de dólares",
        ),
        (
            "Washington, 11 de fevereiro de 2016 — Os empréstimos da China à região cresceram em"
            " 2015. O Banco Mundial reduziu seus empréstimos à região em 8%, para US$ 8 bilhões,"
            " no ano passado.",
            "US$ 8 bilhões",
        ),
        (
            "Washington, 2016 — En 2015 el BID redujo sus préstamos a la región hasta 11.500"
            " millones de dólares.",
            "11.500 millones de dólares",
        ),
    ],
)
def test_another_lenders_loans_are_not_chinas(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric == "loans_other_lender"
    assert result.verdict is Verdict.UNVERIFIABLE


def test_china_named_nearer_than_the_other_lender_keeps_chinas_loans(kb):
    text = "Washington, 2016 — Unlike the World Bank, China lent US$8 billion to Latin America in 2015."
    result = one(check(text, kb), "US$8 billion")
    assert result.claim.metric == "loans_total"
    assert result.verdict is Verdict.CONTRADICTED  # 21.5 bn (and "over 29 bn") stored for 2015


# --- sums received, and "STATE, with N" ----------------------------------------------------

RECEIVED = {
    "en": (
        "Washington, 11 February 2016 — Chinese loans to Latin America reached US$29 billion in"
        " 2015.\n\nLast year Brazil received US$10.65 billion, followed by Venezuela with US$10"
        " billion.\n\nFurther behind came Bolivia, with US$850 million, Costa Rica, with US$400"
        " million, and Barbados, with US$170 million.",
        ["US$10.65 billion", "US$10 billion", "US$850 million", "US$400 million", "US$170 million"],
    ),
    "es": (
        "Washington, 11 de febrero de 2016 — Los préstamos chinos a América Latina llegaron a"
        " 29.000 millones de dólares en 2015.\n\nEl pasado año Brasil recibió 10.650 millones de"
        " dólares, seguido por Venezuela con 10.000 millones de dólares.\n\nMás atrás aparecen"
        " Bolivia, con 850 millones de dólares, Costa Rica, con 400 millones de dólares, y"
        " Barbados, con 170 millones.",
        [
            "10.650 millones de dólares",
            "10.000 millones de dólares",
            "850 millones de dólares",
            "400 millones de dólares",
            "170 millones",
        ],
    ),
    "pt": (
        "Washington, 11 de fevereiro de 2016 — Os empréstimos chineses à América Latina chegaram"
        " a US$ 29 bilhões em 2015.\n\nNo ano passado o Brasil recebeu US$ 10,65 bilhões, seguido"
        " pela Venezuela com US$ 10 bilhões.\n\nMais atrás ficaram a Bolívia, com US$ 850"
        " milhões, a Costa Rica, com US$ 400 milhões, e Barbados, com US$ 170 milhões.",
        [
            "US$ 10,65 bilhões",
            "US$ 10 bilhões",
            "US$ 850 milhões",
            "US$ 400 milhões",
            "US$ 170 milhões",
        ],
    ),
}


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_sums_received_in_a_lending_text_are_the_states_loans(kb, lang):
    text, figures = RECEIVED[lang]
    results = check(text, kb)
    states = ["BRA", "VEN", "BOL", "CRI", "BRB"]
    for figure, state in zip(figures, states, strict=True):
        result = one(results, figure)
        assert (result.claim.entity, result.claim.metric) == (state, "loans_total"), figure
        assert result.claim.confidence["metric"]["level"] == "low"
        assert result.verdict is Verdict.SUPPORTED, (figure, result.reason)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Washington, 2016 — Chinese loans to Latin America reached US$29 billion in 2015."
            " Last year Brazil received US$5 billion.",
            "US$5 billion",
        ),
        (
            "Washington, 2016 — Los préstamos chinos a América Latina llegaron a 29.000 millones"
            " de dólares en 2015. El pasado año Brasil recibió 5.000 millones de dólares.",
            "5.000 millones de dólares",
        ),
        (
            "Washington, 2016 — Os empréstimos chineses à América Latina chegaram a US$ 29"
            " bilhões em 2015. No ano passado o Brasil recebeu US$ 5 bilhões.",
            "US$ 5 bilhões",
        ),
    ],
)
def test_a_sum_received_is_never_contradicted(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric == "loans_total"
    assert result.verdict is Verdict.UNVERIFIABLE  # the store holds 10.65 bn: inferred, not said


def test_a_sum_received_outside_a_lending_text_gets_no_loans_metric(kb):
    result = one(
        check("Brasília, 2016 — Em 2015 o Brasil recebeu US$ 10,65 bilhões.", kb),
        "US$ 10,65 bilhões",
    )
    assert result.claim.metric is None


# --- "hasta"/"até" after a verb of change -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Washington, 2016 — La financiación de China a Latinoamérica subió con fuerza en"
            " 2015, hasta 29.000 millones de dólares.",
            "29.000 millones de dólares",
        ),
        (
            "Brasília, 2016 — Em 2015, os empréstimos da China à América Latina subiram até"
            " US$ 29 bilhões.",
            "US$ 29 bilhões",
        ),
        (
            "Washington, 2016 — Chinese financing to Latin America rose in 2015 to US$29 billion.",
            "US$29 billion",
        ),
    ],
)
def test_up_to_after_a_verb_of_change_is_the_level_reached(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.qualifier.value == "exact"
    # an exact 29 is not borne out by the stored "over 29 bn", nor refuted by it
    assert result.verdict is Verdict.UNVERIFIABLE


def test_up_to_without_a_verb_of_change_stays_a_ceiling(kb):
    text = "Lima, 2016 — Los préstamos podrían llegar hasta 29.000 millones de dólares en 2015."
    result = one(check(text, kb), "hasta 29.000 millones de dólares")
    assert result.claim.qualifier.value == "at_most"


# --- "a diciembre de 2022" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("a diciembre de 2022 las exportaciones sumaron", "2022"),
        ("a dezembro de 2022 as exportações somaram", "2022"),
        ("a marzo de 2025 las importaciones sumaron", "2025-01–2025-03"),
        ("a março de 2025 as importações somaram", "2025-01–2025-03"),
    ],
)
def test_to_a_month_is_the_year_so_far(phrase, label):
    periods = find_periods(fold(phrase))
    assert [p.period.label() for p in periods] == [label]


def test_the_year_to_december_is_checked_against_the_full_year(kb):
    text = (
        "Tegucigalpa, febrero de 2025 — Según un informe del Banco Central de Honduras, a"
        " diciembre de 2022 lo exportado a China sumó 11.4 millones de dólares y las"
        " importaciones $2,367.5 millones."
    )
    results = check(text, kb)
    exports = one(results, "11.4 millones de dólares")
    imports = one(results, "$2,367.5 millones")
    assert exports.claim.metric == "trade_china_imports"  # Honduras's exports
    assert imports.claim.metric == "trade_china_exports"
    assert exports.verdict is Verdict.SUPPORTED and imports.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Tegucigalpa, 2025 — In 2022, what it exported to China came to US$11.4 million,"
            " the Central Bank of Honduras said.",
            "US$11.4 million",
        ),
        (
            "Tegucigalpa, 2025 — Segundo o Banco Central de Honduras, em 2022 o exportado para a"
            " China somou US$ 11,4 milhões.",
            "US$ 11,4 milhões",
        ),
    ],
)
def test_what_was_exported_to_china_is_the_states_exports(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_china_imports"
    assert result.verdict is Verdict.SUPPORTED


# --- a demonym is no subject --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "San Salvador, 2026 — En 2025 El Salvador importó $3.566,2 millones en productos"
            " chinos, la cifra más alta registrada, mientras que solo exportó alrededor de $50"
            " millones al gigante asiático.",
            "alrededor de $50 millones",
        ),
        (
            "San Salvador, 2026 — Em 2025 El Salvador importou US$ 3.566,2 milhões em produtos"
            " chineses, enquanto exportou apenas cerca de US$ 50 milhões ao gigante asiático.",
            "cerca de US$ 50 milhões",
        ),
        (
            "San Salvador, 2026 — In 2025 El Salvador imported US$3,566.2 million in Chinese"
            " goods, while it exported only about US$50 million to the Asian giant.",
            "about US$50 million",
        ),
    ],
)
def test_a_lower_case_demonym_is_not_the_sellers_side(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_china_imports"  # El Salvador's exports
    assert result.verdict is Verdict.SUPPORTED


# --- a change dated once ------------------------------------------------------------------

CHANGES = [  # (text, figure, decimal comma?)
    (
        "San Salvador, 2026 — Las ventas de El Salvador a China cayeron un 5,3% en 2025, al"
        " pasar de ${a} millones a $50 millones.",
        "${a} millones",
        True,
    ),
    (
        "San Salvador, 2026 — In 2025, El Salvador's exports to China fell 5.3%, from ${a}"
        " million to $50 million.",
        "${a} million",
        False,
    ),
    (
        "San Salvador, 2026 — Em 2025, as exportações de El Salvador para a China caíram 5,3%,"
        " de US$ {a} milhões para US$ 50 milhões.",
        "US$ {a} milhões",
        True,
    ),
]


def _first_value(kb, text: str, figure: str, comma: bool, value: str):
    written = value.replace(".", ",") if comma else value
    return one(check(text.replace("{a}", written), kb), figure.replace("{a}", written))


@pytest.mark.parametrize(("text", "figure", "comma"), CHANGES)
def test_a_change_dated_once_reads_its_first_value_for_the_year_before(kb, text, figure, comma):
    result = _first_value(kb, text, figure, comma, "52.8")
    assert result.claim.period.label() == "2024"
    assert result.claim.confidence["period"]["level"] == "low"
    assert result.verdict is Verdict.SUPPORTED  # 52.8 m stored for 2024


@pytest.mark.parametrize(("text", "figure", "comma"), CHANGES)
def test_a_change_dated_once_never_refutes_its_first_value(kb, text, figure, comma):
    result = _first_value(kb, text, figure, comma, "60.1")
    assert result.verdict is Verdict.UNVERIFIABLE


def test_a_change_dated_twice_is_still_inconsistent(kb):
    text = (
        "San Salvador, 2026 — El Salvador's exports to China fell from $52.8 million in 2025 to"
        " $50 million in 2025."
    )
    assert one(check(text, kb), "$52.8 million").verdict is Verdict.INCONSISTENT


# --- the day of a tie's date (known gap (a) of round 10) ------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Quito, 2024 — Ecuador y China firmaron el tratado de libre comercio el 11 de mayo de 2023.",
            "supported",
        ),
        (
            "Quito, 2024 — Ecuador y China firmaron el tratado de libre comercio el 25 de mayo de 2023.",
            "contradicted",
        ),
        (
            "Quito, 2024 — Ecuador and China signed the free trade agreement on May 11, 2023.",
            "supported",
        ),
        (
            "Quito, 2024 — Ecuador and China signed the free trade agreement on May 20, 2023.",
            "contradicted",
        ),
        (
            "Quito, 2024 — Ecuador and China signed the free trade agreement on 20 May 2023.",
            "contradicted",
        ),
        (
            "Quito, 2024 — O Equador e a China assinaram o tratado de livre comércio em 11 de maio de 2023.",
            "supported",
        ),
        (
            "Quito, 2024 — O Equador e a China assinaram o tratado de livre comércio em 25 de maio de 2023.",
            "contradicted",
        ),
        (
            "Tegucigalpa, 2024 — Honduras estableció relaciones diplomáticas con China el 15 de marzo de 2023.",
            "contradicted",
        ),
        (
            "Quito, 2024 — El tratado de libre comercio entre China y Ecuador entró en vigencia el 10 de mayo de 2024.",
            "contradicted",
        ),
        (
            "Quito, 2024 — O tratado de livre comércio entre a China e o Equador entrou em vigor em 1º de maio de 2024.",
            "supported",
        ),
    ],
)
def test_the_day_of_a_tie_date_is_read(kb, text, verdict):
    (result,) = [r for r in check(text, kb) if r.claim.kind.value == "date"]
    assert result.verdict.value == verdict, result.reason


@pytest.mark.parametrize(
    "text",
    [
        # signed by video link on the evening of 10 May in Quito, 11 May in Beijing
        "Quito, 2024 — Ecuador y China firmaron el tratado de libre comercio el 10 de mayo de 2023.",
        "Quito, 2024 — Ecuador and China signed the free trade agreement on May 10, 2023.",
        "Quito, 2024 — O Equador e a China assinaram o tratado de livre comércio em 10 de maio de 2023.",
    ],
)
def test_a_day_off_by_one_is_not_contradicted(kb, text):
    (result,) = [r for r in check(text, kb) if r.claim.kind.value == "date"]
    assert result.verdict is not Verdict.CONTRADICTED


# --- half-year figures (known gap (c)) ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Buenos Aires, 2020 — Según el informe semestral del INDEC, en 2019 las importaciones"
            " argentinas desde China sumaron 9.267 millones de dólares.",
            "9.267 millones de dólares",
        ),
        (
            "Buenos Aires, agosto de 2019 — Las importaciones argentinas desde China sumaron 9.267"
            " millones de dólares en el semestre, según el INDEC.",
            "9.267 millones de dólares",
        ),
        (
            "Buenos Aires, 2020 — INDEC's half-year report shows Argentina's imports from China at"
            " US$9,267 million in 2019.",
            "US$9,267 million",
        ),
        (
            "Buenos Aires, 2020 — Segundo o relatório semestral do INDEC, em 2019 as importações"
            " da Argentina desde a China somaram US$ 9.267 milhões.",
            "US$ 9.267 milhões",
        ),
        (
            "Buenos Aires, 2020 — In the first half of 2019, Argentina's imports from China"
            " reached US$9,267 million.",
            "US$9,267 million",
        ),
    ],
)
def test_a_half_year_figure_is_not_borne_out_by_a_full_year_row(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.period.label() == "2019-01–2019-06"
    assert result.verdict is Verdict.UNVERIFIABLE  # 9,267 m is the stored full year 2019


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Buenos Aires, agosto de 2025 — Según el informe semestral del INDEC, en 2025 las"
            " importaciones argentinas desde China sumaron 8.297 millones de dólares.",
            "8.297 millones de dólares",
        ),
        (
            "Buenos Aires, August 2025 — INDEC's half-year report shows Argentina's imports from"
            " China at US$8,297 million in 2025.",
            "US$8,297 million",
        ),
    ],
)
def test_a_half_year_figure_is_checked_against_the_half_year_row(kb, text, figure):
    assert one(check(text, kb), figure).verdict is Verdict.SUPPORTED  # INDEC, Jan–Jun 2025


# --- a rank with no year, after a paragraph's year (known gap (b)) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lima, 2024 — In 2023 Peru's exports to China reached US$23.2 billion. China is Peru's"
        " largest trading partner.",
        "Lima, 2024 — En 2023 las exportaciones de Perú a China sumaron 23.200 millones de"
        " dólares. Con ello China queda como el principal socio comercial de Perú.",
        "Lima, 2024 — Em 2023 as exportações do Peru para a China somaram US$ 23,2 bilhões. A"
        " China é o maior parceiro comercial do Peru.",
    ],
)
def test_a_rank_with_no_year_is_read_for_the_year_its_paragraph_speaks_of(kb, text):
    (rank,) = [r for r in check(text, kb) if r.claim.kind.value == "rank"]
    # ranks are stored for 2022 and 2024, none for 2023 (main answered from the 2024 row)
    assert rank.verdict is Verdict.UNVERIFIABLE
    assert rank.reason == "no stored rank for china_partner_rank · PER · 2023"


def test_a_rank_after_two_years_is_not_read_for_either(kb):
    text = (
        "Lima, 2024 — Las exportaciones de Perú a China sumaron 20 mil millones de dólares en"
        " 2022 y 23.200 millones de dólares en 2023. China es el principal socio comercial de Perú."
    )
    (rank,) = [r for r in check(text, kb) if r.claim.kind.value == "rank"]
    assert rank.verdict is Verdict.UNVERIFIABLE
    assert rank.reason.endswith("its paragraph speaks of 2022 and 2023")


def test_a_rank_after_the_articles_own_year_is_read_as_before(kb):
    text = (
        "Lima, 2024 — Em 2024 as exportações do Peru para a China somaram US$ 25 bilhões. A China"
        " é o maior parceiro comercial do Peru."
    )
    (rank,) = [r for r in check(text, kb) if r.claim.kind.value == "rank"]
    assert rank.verdict is Verdict.SUPPORTED  # the 2024 row
