"""General readings found on the fresh dev texts 171-177 of the unseen set (branch
issue-15-s20c: Portuguese pages the store took nothing from), each with real-shaped sentences
(our own) in EN, ES and PT, checked against the package's knowledge base.

* A stored value published as approximate covers what its own "about" covers: "A China emprestou
  21,2 bilhões de dólares à região em 2016" was called contradicted by the one stored row for
  2016, "about 21" (the 2017 vintage of the Dialogue's database, as a page rounded it), though
  21.2 is that rounding's figure. The key's rule for two sources (an approximate figure does not
  dispute one within its own rounding) now holds between the text and a stored approximate row.
* The year a participle of record gives a later figure is that figure's: "as exportações
  brasileiras somaram 90 bilhões de dólares, o segundo maior valor da série, atrás apenas do
  recorde de 104 bilhões de dólares registrado em 2023" (a January 2026 text on 2025) dated the
  90 in 2023 and refuted it by the stored 104 (with 100, the real page's figure, it bore it out).
* An undated sum is not borne out by a stored sum that runs past the article's year: "Em pouco
  mais de uma década, a Venezuela recebeu US$ 62,5 bilhões em empréstimos", in February 2018,
  matched the 2005–2021 total (62.2), years the text could not count.
* A state's or province's figure is not its country's: "As exportações do Rio de Janeiro para a
  China somaram US$ 20 bilhões em 2023" (the CEBC reports rank Brazil's states) was refuted by
  Brazil's stored 104.
* A sum dated by the article's own year, the article's month known, is a year to date: "As
  exportações brasileiras para a China somaram US$ 30,7 bilhões no acumulado de 2016", "Em 2016,
  …", "so far in 2016", "en lo que va de 2016", in a November 2016 text, were refuted by 2016's
  full-year 35.13.
* Twelve months to a month are no calendar period: "No acumulado de 12 meses até outubro, as
  exportações … somaram US$ 63 bilhões" (November 2019) was read as January–October and refuted
  by that stored row; "in the 12 months to October" (2020) was borne out by 2020's full year.
* A sector's exports are a part of the whole: "as exportações do agronegócio brasileiro para a
  China somaram US$ 60 bilhões", "Brazil's agribusiness exports", "las exportaciones mineras"
  were refuted by Brazil's whole exports of 2023 (the product words knew soy and ore, not sectors).
* Another lender named as the subject of the lending verb: "o Japão emprestou à Argentina US$ 2
  bilhões", "Russia lent Venezuela …", "el BNDES prestó …", "os bancos ocidentais emprestaram …"
  were read as China's lending and refuted by the store's Chinese loans of the year.
* Money paid back is not lent: "a Venezuela pagou US$ 5 bilhões em empréstimos chineses" was
  refuted by 2015's lending (10 bn).
* Trade with another partner, told as trade ("comércio", "trade", "comercio" with "com/with/con"):
  "o comércio do Brasil com os Estados Unidos somou US$ 75 bilhões" (the hojemacau page's
  comparison), "o comércio de Taiwan com o Brasil", "Brazil's trade with Hong Kong" were read as
  trade with China and refuted; only the flow words (exports, sales) knew other partners.
* Lending told by a participle after the figure: "Dos US$ 119 bilhões emprestados pela China à
  América Latina desde 2005" had no metric (u2510); "66 billion yuan (9.2 billion dollars) in
  credit" had none either. The Spanish "prestados por" is left out: "los servicios prestados
  por empresas de China" (services rendered) would read as loans.
* The plural of the verb of investing: "as empresas chinesas investiram US$ 66,1 bilhões no
  Brasil", "las empresas chinas invirtieron …" had no metric (the singular "investiu", "invirtió"
  had one).
* The state's own statistics are not refuted by China's customs (the mirror of round s19b): "No
  primeiro trimestre de 2024, o Brasil exportou US$ 25 bilhões para a China, segundo a Secex"
  was refuted by China's customs' 28.73 (the only stored row of that quarter).
* An undated sum in a text written before the year is over is not borne out by that year's full
  total: "Nos oito primeiros meses do ano, o comércio Brasil-China superou US$ 110 bilhões"
  (September 2023; the months not read as a period) matched 2023's 157.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- A stored approximate value covers its own rounding ---------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "China lent 21.2 billion dollars to Latin America in 2016, more than the World Bank"
            " and the IDB together.",
            "21.2 billion dollars",
        ),
        (
            "China prestó 21.200 millones de dólares a América Latina en 2016, más que el Banco"
            " Mundial y el BID juntos.",
            "21.200 millones de dólares",
        ),
        (
            "No conjunto da região, a China emprestou 21,2 bilhões de dólares em 2016, mais do que"
            " o Banco Mundial e o BID juntos.",
            "21,2 bilhões de dólares",
        ),
    ],
)
def test_a_stored_approximate_value_bears_out_a_figure_within_its_rounding(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "about 21" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Beyond the stored value's own "about" (21 ± 5 %): still refuted (guards).
        (
            "China lent 24.6 billion dollars to Latin America in 2016.",
            "24.6 billion dollars",
        ),
        (
            "China prestó 24.600 millones de dólares a América Latina en 2016.",
            "24.600 millones de dólares",
        ),
        (
            "A China emprestou 24,6 bilhões de dólares à América Latina em 2016.",
            "24,6 bilhões de dólares",
        ),
    ],
)
def test_a_figure_beyond_the_stored_rounding_is_still_refuted(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A value stored as published keeps its own tolerance: Brazil's 2014 loans, 8.6 (guards).
        (
            "In 2014 Brazil received 8.9 billion dollars in Chinese loans.",
            "8.9 billion dollars",
        ),
        (
            "En 2014 Brasil recibió préstamos chinos por 8.900 millones de dólares.",
            "8.900 millones de dólares",
        ),
        (
            "Em 2014 o Brasil recebeu US$ 8,9 bilhões em empréstimos chineses.",
            "US$ 8,9 bilhões",
        ),
    ],
)
def test_a_value_stored_as_published_keeps_its_tolerance(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- The year recorded for a later figure is that figure's -------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "January 2026 — Brazil's exports to China totalled 90 billion dollars, the"
            " second-highest value of the series, behind only the record of 104 billion dollars"
            " recorded in 2023.",
            "90 billion dollars",
        ),
        (
            "Enero de 2026 — Las exportaciones brasileñas a China sumaron 90.000 millones de"
            " dólares, el segundo mayor valor de la serie, solo por detrás del récord de 104.000"
            " millones de dólares registrado en 2023.",
            "90.000 millones de dólares",
        ),
        (
            "Janeiro de 2026 — Do total negociado com a China, as exportações brasileiras somaram"
            " 90 bilhões de dólares, o segundo maior valor da série, atrás apenas do recorde de"
            " 104 bilhões de dólares registrado em 2023.",
            "90 bilhões de dólares",
        ),
        # The real page's figure, 100: borne out by 2023's 104 on main (a false "supported").
        (
            "Janeiro de 2026 — As exportações brasileiras para a China somaram 100 bilhões de"
            " dólares, o segundo maior valor da série histórica, atrás apenas do recorde de 104"
            " bilhões de dólares registrado em 2023.",
            "100 bilhões de dólares",
        ),
    ],
)
def test_a_year_recorded_for_a_later_figure_does_not_date_the_first(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "2023" not in str(result.claim.period), result.claim.period


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # The later figure keeps its year (guards).
        (
            "Janeiro de 2026 — As exportações brasileiras somaram 90 bilhões de dólares, atrás"
            " apenas do recorde de 104 bilhões de dólares registrado em 2023.",
            "104 bilhões de dólares",
            Verdict.SUPPORTED,
        ),
        (
            "January 2026 — Brazil's exports to China totalled 90 billion dollars, behind only"
            " the record of 104 billion dollars recorded in 2023.",
            "104 billion dollars",
            Verdict.SUPPORTED,
        ),
        # A figure whose own participle of record names the year keeps it (guards). Round 35:
        # 2023's 104 is held from a page that names no side (CRI), and 90 lies 13 % off it, so
        # unverifiable rather than refuted; the reason names 2023.
        (
            "As exportações brasileiras para a China, de 90 bilhões de dólares registrados em"
            " 2023, ficaram abaixo do esperado.",
            "90 bilhões de dólares",
            Verdict.UNVERIFIABLE,
        ),
        (
            "Las exportaciones brasileñas a China sumaron 90.000 millones de dólares en 2023.",
            "90.000 millones de dólares",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_the_year_recorded_for_a_figure_stays_its_own(kb, text, figure, verdict):
    result = one(check(text, kb), figure)
    assert result.verdict is verdict, result.reason
    if verdict is Verdict.UNVERIFIABLE:
        assert "trade_china_imports · BRA · 2023" in result.reason


# --- An undated sum against a stored sum that runs past the article's year ---------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "February 2018 — In little more than a decade, Venezuela received US$62.5 billion in"
            " Chinese loans.",
            "US$62.5 billion",
        ),
        (
            "Febrero de 2018 — En poco más de una década, Venezuela recibió US$ 62.500 millones en"
            " préstamos chinos.",
            "US$ 62.500 millones",
        ),
        (
            "Fevereiro de 2018 — Em pouco mais de uma década, a Venezuela recebeu US$ 62,5 bilhões"
            " em empréstimos chineses.",
            "US$ 62,5 bilhões",
        ),
    ],
)
def test_an_undated_sum_is_not_borne_out_by_a_later_ending_sum(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # The stored sum ends in the article's year: it still bears the figure out (guards).
        (
            "December 2021 — In little more than a decade, Venezuela received US$62.2 billion in"
            " Chinese loans.",
            "US$62.2 billion",
        ),
        (
            "Diciembre de 2021 — En poco más de una década, Venezuela recibió US$ 62.200 millones"
            " en préstamos chinos.",
            "US$ 62.200 millones",
        ),
        (
            "Dezembro de 2021 — Em pouco mais de uma década, a Venezuela recebeu US$ 62,2 bilhões"
            " em empréstimos chineses.",
            "US$ 62,2 bilhões",
        ),
    ],
)
def test_an_undated_sum_is_borne_out_by_a_sum_ending_in_the_articles_year(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- A state's or province's figure is not its country's ---------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "January 2024 — Brazil's exports to China hit a record in 2023. Rio de Janeiro's"
            " exports to China totalled US$20 billion in 2023.",
            "US$20 billion",
        ),
        (
            "Enero de 2024 — Las exportaciones de Brasil a China batieron récord en 2023. Las"
            " exportaciones de Río de Janeiro a China sumaron US$ 20.000 millones en 2023.",
            "US$ 20.000 millones",
        ),
        (
            "Janeiro de 2024 — As exportações brasileiras para a China bateram recorde em 2023. As"
            " exportações do estado do Rio de Janeiro para a China somaram US$ 20 bilhões em 2023.",
            "US$ 20 bilhões",
        ),
        (
            "Janeiro de 2024 — As vendas de Minas Gerais para a China somaram US$ 20 bilhões em"
            " 2023, segundo o governo brasileiro.",
            "US$ 20 bilhões",
        ),
        (
            "Janeiro de 2024 — Em 2023, as exportações de Mato Grosso do Sul para a China chegaram"
            " a US$ 5 bilhões, segundo dados do Brasil.",
            "US$ 5 bilhões",
        ),
    ],
)
def test_a_states_figure_is_not_refuted_by_its_countrys(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "a state or province" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # The country named between the place and the figure, or no place: refuted (guards).
        (
            "Janeiro de 2024 — Em São Paulo, o ministro disse que o Brasil exportou US$ 20 bilhões"
            " para a China em 2023.",
            "US$ 20 bilhões",
        ),
        (
            "Enero de 2024 — En 2023, Brasil exportó a China US$ 20.000 millones.",
            "US$ 20.000 millones",
        ),
        (
            "January 2024 — The state of trade between Brazil and China: Brazil's exports to China"
            " reached US$20 billion in 2023.",
            "US$20 billion",
        ),
    ],
)
def test_a_countrys_figure_beside_a_place_is_still_refuted(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- A sum of the article's running year is a year to date -------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "November 2016 — So far in 2016, Brazil's exports to China totalled US$30.7 billion.",
            "US$30.7 billion",
        ),
        (
            "November 2016 — In 2016, Brazil's exports to China have totalled US$30.7 billion.",
            "US$30.7 billion",
        ),
        (
            "Noviembre de 2016 — En lo que va de 2016, las exportaciones de Brasil a China sumaron"
            " US$ 30.700 millones.",
            "US$ 30.700 millones",
        ),
        (
            "Noviembre de 2016 — Las exportaciones de Brasil a China sumaron US$ 30.700 millones en"
            " el acumulado de 2016.",
            "US$ 30.700 millones",
        ),
        (
            "Novembro de 2016 — As exportações brasileiras para a China somaram US$ 30,7 bilhões no"
            " acumulado de 2016.",
            "US$ 30,7 bilhões",
        ),
        (
            "Novembro de 2016 — Em 2016, as exportações brasileiras para a China somaram US$ 30,7"
            " bilhões.",
            "US$ 30,7 bilhões",
        ),
    ],
)
def test_a_sum_of_the_running_year_is_not_refuted_by_the_full_year(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "a year to date" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # The year over by the article's date, or no month in the date: refuted (guards).
        (
            "January 2017 — In 2016, Brazil's exports to China totalled US$30.7 billion.",
            "US$30.7 billion",
        ),
        (
            "Enero de 2017 — En 2016, las exportaciones de Brasil a China sumaron US$ 30.700"
            " millones.",
            "US$ 30.700 millones",
        ),
        (
            "Janeiro de 2017 — Em 2016, as exportações brasileiras para a China somaram US$ 30,7"
            " bilhões.",
            "US$ 30,7 bilhões",
        ),
    ],
)
def test_a_sum_of_a_closed_year_is_still_refuted(kb, text, figure):
    result = one(check(text, kb), figure)
    # Round 35: 2016's 35.13 is Brazil's count only (MDIC) and 30.7 lies 13 % off it: judged
    # against the closed year (not as a year to date), but unverifiable, the missing side named.
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "only the partner's own count for trade_china_imports · BRA · 2016" in result.reason


# --- Twelve months to a month ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "November 2019 — In the 12 months to October, Brazil's exports to China totalled US$63"
            " billion.",
            "US$63 billion",
        ),
        (
            "Noviembre de 2019 — En los últimos 12 meses hasta octubre, las exportaciones de Brasil"
            " a China sumaron US$ 63.000 millones.",
            "US$ 63.000 millones",
        ),
        (
            "Novembro de 2019 — No acumulado de 12 meses até outubro, as exportações brasileiras"
            " para a China somaram US$ 63 bilhões.",
            "US$ 63 bilhões",
        ),
        (
            "November 2020 — In the 12 months to October, Brazil's exports to China totalled US$70"
            " billion.",
            "US$70 billion",
        ),
    ],
)
def test_twelve_months_to_a_month_are_no_calendar_period(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    period = result.claim.period
    assert period is not None and period.start_year == period.end_year - 1, period


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # A term of twelve months, or months to come: the figure keeps its own year (guards).
        (
            "Janeiro de 2024 — Em 2023, o Brasil exportou US$ 104 bilhões para a China e espera"
            " crescer nos próximos 12 meses.",
            "US$ 104 bilhões",
            Verdict.SUPPORTED,
        ),
        (
            "January 2024 — In 2023, Brazil exported US$104 billion to China and expects growth in"
            " the next 12 months.",
            "US$104 billion",
            Verdict.SUPPORTED,
        ),
        (
            "Enero de 2024 — En 2023, Brasil exportó a China US$ 104.000 millones, con contratos a"
            " 12 meses.",
            "US$ 104.000 millones",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_twelve_month_term_is_no_window(kb, text, figure, verdict):
    result = one(check(text, kb), figure)
    assert result.verdict is verdict, result.reason


# --- A sector's exports are a part of the whole ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "January 2024 — In 2023, Brazil's agribusiness exports to China totalled US$60 billion.",
            "US$60 billion",
        ),
        (
            "Enero de 2024 — En 2023, las exportaciones del agronegocio brasileño a China sumaron"
            " US$ 60.000 millones.",
            "US$ 60.000 millones",
        ),
        (
            "Enero de 2024 — En 2023, las exportaciones mineras de Brasil a China sumaron US$"
            " 30.000 millones.",
            "US$ 30.000 millones",
        ),
        (
            "Janeiro de 2024 — Em 2023, as exportações do agronegócio brasileiro para a China"
            " somaram US$ 60 bilhões.",
            "US$ 60 bilhões",
        ),
        (
            "Janeiro de 2024 — Em 2023, as exportações brasileiras de produtos básicos para a China"
            " somaram US$ 80 bilhões.",
            "US$ 80 bilhões",
        ),
    ],
)
def test_a_sectors_exports_are_not_refuted_by_the_whole(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "named: the figure may be that product's trade only" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # The ministry's name ("Indústria") or no sector: the whole, refuted (guards).
        (
            "Janeiro de 2024 — Em 2023, as exportações brasileiras para a China somaram US$ 60"
            " bilhões, segundo o Ministério do Desenvolvimento, Indústria, Comércio e Serviços.",
            "US$ 60 bilhões",
        ),
        (
            "January 2024 — In 2023, Brazil's exports to China totalled US$60 billion.",
            "US$60 billion",
        ),
        (
            "Enero de 2024 — En 2023, las exportaciones de Brasil a China sumaron US$ 60.000"
            " millones.",
            "US$ 60.000 millones",
        ),
    ],
)
def test_the_whole_exports_are_still_refuted(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# --- Another lender, and money paid back -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("March 2015 — In 2014, Russia lent Venezuela US$2 billion.", "US$2 billion", "other"),
        (
            "March 2015 — In 2014, Japan lent Argentina US$2 billion, while the China Development"
            " Bank lent it US$7 billion.",
            "US$2 billion",
            "other",
        ),
        (
            "Marzo de 2015 — En 2014, Rusia le prestó a Venezuela 2.000 millones de dólares.",
            "2.000 millones de dólares",
            "other",
        ),
        (
            "Março de 2015 — Em 2014, o Japão emprestou à Argentina US$ 2 bilhões.",
            "US$ 2 bilhões",
            "other",
        ),
        (
            "Março de 2015 — Em 2014, os bancos ocidentais emprestaram à Venezuela US$ 1 bilhão.",
            "US$ 1 bilhão",
            "other",
        ),
        (
            "Março de 2017 — Em 2016, o BNDES emprestou US$ 10 bilhões a empresas brasileiras.",
            "US$ 10 bilhões",
            "other",
        ),
        (
            "March 2016 — In 2015, Venezuela repaid US$5 billion of its Chinese loans.",
            "US$5 billion",
            "repaid",
        ),
        (
            "Marzo de 2016 — En 2015, Venezuela pagó 5.000 millones de dólares de sus préstamos"
            " chinos.",
            "5.000 millones de dólares",
            "repaid",
        ),
        (
            "Março de 2016 — Em 2015, a Venezuela pagou US$ 5 bilhões em empréstimos chineses.",
            "US$ 5 bilhões",
            "repaid",
        ),
    ],
)
def test_another_lenders_loans_and_repayments_are_not_chinas_lending(kb, text, figure, metric):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.metric == {"other": "loans_other_lender", "repaid": "loans_repaid"}[metric]


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # China the lender, or a borrower that pays in oil and received: China's lending (guards).
        (
            "March 2015 — In 2014, Japan lent Argentina US$2 billion, while the China Development"
            " Bank lent it US$7 billion.",
            "US$7 billion",
            Verdict.SUPPORTED,
        ),
        (
            "Março de 2015 — Em 2014, a China emprestou à Venezuela US$ 2 bilhões.",
            "US$ 2 bilhões",
            Verdict.CONTRADICTED,
        ),
        (
            "March 2016 — Venezuela, which pays its debts in oil, received US$10 billion in Chinese"
            " loans in 2015.",
            "US$10 billion",
            Verdict.SUPPORTED,
        ),
        (
            "Marzo de 2016 — En 2015, China le prestó a Venezuela 10.000 millones de dólares, que"
            " paga con petróleo.",
            "10.000 millones de dólares",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_chinas_lending_stays_chinas(kb, text, figure, verdict):
    result = one(check(text, kb), figure)
    assert result.verdict is verdict, result.reason


# --- Trade with another partner ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "January 2024 — In 2023, Brazil's trade with the United States reached US$75 billion.",
            "US$75 billion",
        ),
        (
            "January 2022 — In 2021, Brazil's trade with Hong Kong reached US$3 billion.",
            "US$3 billion",
        ),
        (
            "Enero de 2024 — En 2023, el comercio de Brasil con Estados Unidos sumó 75.000 millones"
            " de dólares.",
            "75.000 millones de dólares",
        ),
        (
            "Janeiro de 2024 — Em 2023, o comércio do Brasil com os Estados Unidos somou US$ 75"
            " bilhões.",
            "US$ 75 bilhões",
        ),
        (
            "Janeiro de 2024 — Em 2023, o comércio de Taiwan com o Brasil somou US$ 5 bilhões.",
            "US$ 5 bilhões",
        ),
    ],
)
def test_trade_with_another_partner_is_not_trade_with_china(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.metric == "trade_other_partner", result.claim.metric


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # China named in the clause: trade with China (guards).
        (
            "Janeiro de 2024 — Em 2023, o comércio do Brasil com a China somou US$ 157 bilhões.",
            "US$ 157 bilhões",
            Verdict.SUPPORTED,
        ),
        (
            "January 2024 — In 2023, Brazil's trade with China reached US$90 billion.",
            "US$90 billion",
            Verdict.CONTRADICTED,
        ),
        (
            "Janeiro de 2022 — Em 2021, as exportações brasileiras para a China, Hong Kong e Macau"
            " somaram US$ 89,75 bilhões.",
            "US$ 89,75 bilhões",
            Verdict.DISPUTED,
        ),
    ],
)
def test_trade_with_china_stays_trade_with_china(kb, text, figure, verdict):
    result = one(check(text, kb), figure)
    assert result.verdict is verdict, result.reason


# --- Lending told by a participle after the figure ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Fevereiro de 2015 — Dos US$ 119 bilhões emprestados pela China à América Latina desde"
            " 2005, a parte maior saiu do Banco Chinês para o Desenvolvimento.",
            "US$ 119 bilhões",
        ),
        (
            "May 2025 — China will provide 66 billion yuan (9.2 billion dollars) in credit, Xi said.",
            "66 billion yuan",
        ),
    ],
)
def test_lending_told_after_the_figure_is_read(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Services rendered, and a figure of lending with no China: no loans read (guards).
        (
            "Marzo de 2019 — Los servicios prestados por empresas de China sumaron 2.000 millones"
            " de dólares en 2018.",
            "2.000 millones de dólares",
        ),
        (
            "Fevereiro de 2015 — Dos US$ 119 bilhões emprestados pelo Banco Mundial à América"
            " Latina desde 2005, a maior parte foi para infraestrutura.",
            "US$ 119 bilhões",
        ),
        (
            "February 2015 — Of the US$119 billion lent by the World Bank to Latin America since"
            " 2005, most went to infrastructure.",
            "US$119 billion",
        ),
    ],
)
def test_a_participle_of_another_lender_or_of_services_reads_no_chinese_loans(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.metric != "loans_total", result.claim.metric


# --- The plural of the verb of investing -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Agosto de 2021 — Entre 2007 y 2020, las empresas chinas invirtieron 66.100 millones de"
            " dólares en Brasil.",
            "66.100 millones de dólares",
            Verdict.SUPPORTED,
        ),
        (
            "Agosto de 2021 — Entre 2007 e 2020, as empresas chinesas investiram US$ 66,1 bilhões"
            " no Brasil.",
            "US$ 66,1 bilhões",
            Verdict.SUPPORTED,
        ),
        # English already read "invested" (guard); Brazil's investment in China is not stored.
        (
            "August 2021 — Between 2007 and 2020, Chinese companies invested US$66.1 billion in"
            " Brazil.",
            "US$66.1 billion",
            Verdict.SUPPORTED,
        ),
        (
            "Agosto de 2021 — Entre 2007 e 2020, as empresas brasileiras investiram US$ 5 bilhões"
            " na China.",
            "US$ 5 bilhões",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_the_plural_of_the_verb_of_investing(kb, text, figure, verdict):
    result = one(check(text, kb), figure)
    assert result.verdict is verdict, result.reason


# --- The state's own statistics against China's customs ----------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "April 2024 — In the first quarter of 2024, Brazil's exports to China reached US$25"
            " billion, according to Brazil's trade secretariat.",
            "US$25 billion",
        ),
        (
            "Abril de 2024 — En el primer trimestre de 2024, las exportaciones de Brasil a China"
            " sumaron 25.000 millones de dólares, según datos del gobierno brasileño.",
            "25.000 millones de dólares",
        ),
        (
            "Abril de 2024 — No primeiro trimestre de 2024, o Brasil exportou US$ 25 bilhões para a"
            " China, segundo a Secex.",
            "US$ 25 bilhões",
        ),
        (
            "Abril de 2024 — No primeiro trimestre, as exportações brasileiras para a China somaram"
            " US$ 25 bilhões, de acordo com o Ministério do Desenvolvimento, Indústria, Comércio e"
            " Serviços.",
            "US$ 25 bilhões",
        ),
    ],
)
def test_the_states_own_statistics_are_not_refuted_by_chinas_customs(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "the state's own statistics give the figure" in result.reason
    assert "China's side's (China Customs)" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # China's customs named: China's customs' row refutes it (guards).
        (
            "Abril de 2024 — No primeiro trimestre de 2024, o Brasil exportou US$ 25 bilhões para a"
            " China, segundo as alfândegas chinesas.",
            "US$ 25 bilhões",
        ),
        (
            "April 2024 — In the first quarter of 2024, Brazil's exports to China reached US$25"
            " billion, according to China's customs.",
            "US$25 billion",
        ),
        # The state's own statistics against the state's own row: still refuted (guard).
        (
            "Janeiro de 2021 — Em 2020, o Brasil exportou US$ 60 bilhões para a China, segundo a"
            " Secex.",
            "US$ 60 bilhões",
        ),
    ],
)
def test_chinas_customs_or_the_states_own_row_still_refute(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # No source named (guards until round 35): China's customs' 28.73 is the only count of
        # the quarter, 25 lies 13 % off it, and Brazil's own count is not stored: unverifiable.
        (
            "Abril de 2024 — No primeiro trimestre de 2024, o Brasil exportou US$ 25 bilhões para a"
            " China.",
            "US$ 25 bilhões",
        ),
        (
            "Abril de 2024 — En el primer trimestre de 2024, las exportaciones de Brasil a China"
            " sumaron 25.000 millones de dólares.",
            "25.000 millones de dólares",
        ),
    ],
)
def test_with_no_source_named_chinas_count_alone_does_not_refute(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert "only China's count for trade_china_imports · BRA · 2024-01–2024-03" in result.reason


# --- An undated sum of the running year against the year's full total --------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "September 2023 — In the first eight months of the year, trade between Brazil and"
            " China topped US$110 billion.",
            "topped US$110 billion",
        ),
        (
            "Septiembre de 2023 — En los ocho primeros meses del año, el comercio entre Brasil y"
            " China superó los 110.000 millones de dólares.",
            "superó los 110.000 millones de dólares",
        ),
        (
            "Setembro de 2023 — Nos oito primeiros meses do ano, o comércio Brasil-China superou"
            " US$ 110 bilhões.",
            "superou US$ 110 bilhões",
        ),
    ],
)
def test_an_undated_sum_of_the_running_year_is_not_borne_out_by_the_full_year(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # December, or an earlier year's article about its own closed year (guards).
        (
            "December 2005 — The annual trade between China and the Bahamas is now pegged at"
            " US$120 million, the minister said.",
            "US$120 million",
        ),
        (
            "Janeiro de 2024 — O comércio Brasil-China superou US$ 150 bilhões no ano passado.",
            "superou US$ 150 bilhões",
        ),
    ],
)
def test_an_undated_or_closed_year_sum_is_still_borne_out(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
