"""General readings found on the fresh dev texts 115-123 of the unseen set (branch
issue-15-s18a), each with real-shaped sentences (our own) in EN, ES and PT, checked against the
package's knowledge base.

* A figure followed by "in the same period of 2022", "del mismo período de 2022", "do mesmo
  período de 2022" is the comparison figure of that year, with the months of the part-year
  period it is set against (main read it for the sentence's "first half of the year" and
  refuted it with that half's stored figure).
* After a colon or semicolon, "el país", "o país", "the country" is the subject of a trade verb,
  not China named before the break (main read "el país importó desde China" as China's imports
  and refuted the figure with El Salvador's exports).
* "Desde entonces", "desde então", "since then" after a year: an open period from that year
  (main read the year alone: a total of 2005-2014 was taken for one of 2005).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- "in the same period of 2022": the comparison figure's own period ----------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "August 2023 — In the first half of the year, El Salvador's exports to China were only"
            " US$5.4 million, down 87.5 % from US$43 million in the same period of 2022.",
            "US$43 million",
        ),
        (
            "Agosto de 2023 — No primeiro semestre do ano, as exportações de El Salvador para a"
            " China foram de apenas US$ 5,4 milhões, uma queda de 87,5% frente aos US$ 43 milhões"
            " do mesmo período de 2022.",
            "US$ 43 milhões",
        ),
        (
            "Agosto de 2023 — En el primer semestre del año, las exportaciones de El Salvador a"
            " China fueron de US$5,4 millones, frente a US$43 millones del mismo período de 2022.",
            "US$43 millones",
        ),
    ],
)
def test_a_figure_of_the_same_period_of_an_earlier_year_is_not_refuted(kb, text, figure):
    # Main: the base figure read for January-June 2023 and refuted by the stored 5.4 (EN, PT).
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED
    period = result.claim.period
    assert period is not None and (period.start_year, period.start_month) == (2022, 1)
    assert period.end_month == 6


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "August 2023 — In the first half of the year, Ecuador's imports from China rose to"
            " US$3.5 billion, against US$2,989 million in the same period of 2022.",
            "US$2,989 million",
        ),
        (
            "Agosto de 2023 — En el primer semestre del año, las importaciones de Ecuador desde"
            " China subieron a 3.500 millones de dólares, frente a 2.989 millones de dólares del"
            " mismo período de 2022.",
            "2.989 millones de dólares",
        ),
        (
            "Agosto de 2023 — No primeiro semestre do ano, as importações do Equador vindas da"
            " China subiram para US$ 3,5 bilhões, frente a US$ 2.989 milhões do mesmo período de"
            " 2022.",
            "US$ 2.989 milhões",
        ),
    ],
)
def test_a_figure_of_the_same_period_of_an_earlier_year_is_borne_out(kb, text, figure):
    # Main: read for January-June 2023 (nothing stored); the stored January-June 2022 row
    # (2,989) bears it out.
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED


def test_the_same_period_with_no_months_stated_dates_nothing(kb):
    # Guard: with no part-year period in the sentence, which months are meant is unknown.
    text = (
        "August 2023 — El Salvador's exports to China fell to US$5.4 million, against US$43"
        " million in the same period of 2022."
    )
    result = one(check(text, kb), "US$43 million")
    assert result.verdict is Verdict.UNVERIFIABLE


# --- "…: el país importó": the country, not China, buys ------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "August 2023 — El Salvador's second supplier is now China: in the first half of the"
            " year the country imported US$1,123.4 million from the Asian giant.",
            "US$1,123.4 million",
        ),
        (
            "Agosto de 2023 — China se ha convertido en el segundo proveedor de El Salvador: en el"
            " primer semestre del año el país importó desde China US$1,123.4 millones.",
            "US$1,123.4 millones",
        ),
        (
            "Agosto de 2023 — A China tornou-se o segundo fornecedor de El Salvador: no primeiro"
            " semestre do ano o país importou da China US$ 1.123,4 milhões.",
            "US$ 1.123,4 milhões",
        ),
        (
            "Agosto de 2023 — El segundo proveedor de El Salvador es hoy China: en el primer"
            " semestre del año el país importó US$1,123.4 millones del gigante asiático.",
            "US$1,123.4 millones",
        ),
    ],
)
def test_the_country_after_a_colon_is_the_buyer_not_china(kb, text, figure):
    # Main: China's imports (El Salvador's exports), refuted by the stored 5.4.
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is not Verdict.CONTRADICTED


def test_the_asian_country_after_a_colon_is_china(kb):
    # Guard: "el país asiático", "o país asiático" is China; its purchase is the state's export.
    text = (
        "Agosto de 2023 — A China tornou-se o segundo fornecedor de El Salvador: no primeiro"
        " semestre do ano o país asiático comprou US$ 5,4 milhões de El Salvador."
    )
    result = one(check(text, kb), "US$ 5,4 milhões")
    assert result.claim.metric == "trade_china_imports"
    assert result.verdict is Verdict.SUPPORTED


# --- "Desde entonces", "since then": from the year named before ----------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "February 2015 — Chinese banks began lending to Latin America in 2005. Since then,"
            " Chinese banks have lent US$119 billion to the region.",
            "US$119 billion",
        ),
        (
            "Febrero de 2015 — Los bancos chinos empezaron a prestar a América Latina en 2005."
            " Desde entonces, los bancos chinos prestaron 119.000 millones de dólares a la región.",
            "119.000 millones de dólares",
        ),
        (
            "Fevereiro de 2015 — O Diálogo Interamericano começou sua base de dados em 2005. Desde"
            " então, a Venezuela recebeu 53,6 bilhões de dólares em empréstimos chineses.",
            "53,6 bilhões de dólares",
        ),
    ],
)
def test_since_then_is_an_open_period_from_the_year_before(kb, text, figure):
    # Main: the year 2005 alone (LAC's 2005 lending is US$30 million); the stored 2005-2014
    # totals (119, Venezuela 53.6) bear the figures out.
    result = one(check(text, kb), figure)
    period = result.claim.period
    assert period is not None and (period.start_year, period.end_year) == (2005, 2014)
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "February 2015 — Chinese banks lent US$ 12.9 billion in 2013 and US$ 22.1 billion in"
            " 2014. Since then, Chinese banks have lent US$119 billion to the region.",
            "US$119 billion",
        ),
        (
            "Febrero de 2015 — Los bancos chinos prestaron 12.900 millones de dólares en 2013 y"
            " 22.100 millones de dólares en 2014. Desde entonces, los bancos chinos prestaron"
            " 119.000 millones de dólares a la región.",
            "119.000 millones de dólares",
        ),
        (
            "Fevereiro de 2015 — Os bancos chineses emprestaram 12,9 bilhões de dólares em 2013 e"
            " 22,1 bilhões de dólares em 2014. Desde então, os bancos chineses emprestaram 119"
            " bilhões de dólares à região.",
            "119 bilhões de dólares",
        ),
    ],
)
def test_since_then_after_two_years_dates_nothing(kb, text, figure):
    # The sentence before names two years; which one "since then" counts from is unclear.
    # Main read the figure for 2014 and refuted it with that year's 22.1 (EN).
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE


# --- millions marked with an apostrophe: "2.609'115.390 dólares" -----------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "2013 — In 2005, Ecuador's exports to China were only US$ 7'371,014. In 2012 its"
            " imports from China reached US$ 2,609'115,390.",
            ("US$ 7'371,014", "US$ 2,609'115,390"),
        ),
        (
            "2013 — En 2005, Ecuador apenas exportó a China un total de 7'371.014 dólares. En el"
            " 2012, lo que Ecuador importó desde China ascendió a 2.609'115.390 dólares.",
            ("7'371.014 dólares", "2.609'115.390 dólares"),
        ),
        (
            "2013 — Em 2005, o Equador exportou para a China apenas US$ 7'371.014. Em 2012, as"
            " importações do Equador vindas da China chegaram a US$ 2.609'115.390.",
            ("US$ 7'371.014", "US$ 2.609'115.390"),
        ),
    ],
)
def test_an_apostrophe_marks_the_millions(kb, text, figures):
    # Main: "7" and "371.014 dólares", "2.609" and "115.390 dólares" (amounts under a
    # million, no trade total); read whole, the stored 7.371 m (2005) and 2,609.1 m (2012)
    # bear them out.
    results = check(text, kb)
    for figure in figures:
        assert one(results, figure).verdict is Verdict.SUPPORTED


def test_an_apostrophe_of_a_decade_or_an_elision_groups_nothing(kb):
    # Guard: "1990's", "l'85" are no grouped numbers.
    results = check("2013 — En los 1990's, l'85 por ciento de las ventas fue petróleo.", kb)
    assert not any("'" in r.claim.text for r in results)


# --- "había importado", "tinha importado": an auxiliary and a participle are a trade verb ----------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            # EN was read already ("had imported"): the parity case.
            "2021 — By the end of 2020, El Salvador had imported from China a total of"
            " US$1,479.0 million.",
            "US$1,479.0 million",
        ),
        (
            "2021 — Al cierre de 2020, El Salvador había importado desde China un total de"
            " US$1,479.0 millones.",
            "US$1,479.0 millones",
        ),
        (
            "2021 — No fim de 2020, El Salvador tinha importado da China um total de US$ 1.479"
            " milhões, enquanto suas exportações para esse país somaram só US$ 77,5 milhões.",
            "US$ 1.479 milhões",
        ),
    ],
)
def test_an_auxiliary_and_a_participle_are_a_buying_verb(kb, text, figure):
    # Main (ES, PT): no verb read; the figure had no metric, or took the next clause's
    # "exportações" (El Salvador's exports, refuted but for an unsure reading).
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is Verdict.SUPPORTED


def test_a_participle_qualifying_a_noun_is_no_verb(kb):
    # Guard: "los bienes importados desde China" names no buyer.
    text = "2021 — En 2020, los bienes importados desde China sumaron US$1.479 millones."
    result = one(check(text, kb), "US$1.479 millones")
    assert result.verdict is not Verdict.CONTRADICTED


# --- "A cinco años de que … estableciera relaciones diplomáticas": years since a tie's event -------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "August 2023 — Five years after El Salvador broke with Taiwan and established"
            " diplomatic relations with the People's Republic of China, Salvadoran sales to China"
            " have not taken off.",
            "Five years",
        ),
        (
            "Agosto de 2023 — A cinco años de que El Salvador rompiera con Taiwán y estableciera"
            " relaciones diplomáticas con la República Popular China, las ventas salvadoreñas al"
            " mercado chino siguen sin despegar.",
            "cinco años",
        ),
        (
            "Agosto de 2023 — Cinco anos depois de El Salvador romper com Taiwan e estabelecer"
            " relações diplomáticas com a República Popular da China, as vendas salvadorenhas à"
            " China não decolaram.",
            "Cinco anos",
        ),
    ],
)
def test_the_years_since_a_tie_was_established_date_it(kb, text, figure):
    # Main: a duration, not held in the store; 2023 - 5 = 2018, the stored year (2018-08-21).
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Agosto de 2023 — A seis años de que El Salvador estableciera relaciones diplomáticas"
            " con China, las ventas no despegan.",
            "seis años",
        ),
        (
            "August 2023 — Five years after the pandemic began, Salvadoran sales to China have"
            " not taken off.",
            "Five years",
        ),
        (
            "Janeiro de 2026 — A quase 3 anos de que Honduras estabelecesse relações diplomáticas"
            " com a China, os resultados são escassos.",
            "quase 3 anos",
        ),
    ],
)
def test_years_since_a_tie_are_never_refuted_and_other_events_date_nothing(kb, text, figure):
    # Guards: years counted from a rounded date are borne out, never refuted; an event that is
    # no tie dates nothing; "almost 3 years" dates no year.
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.UNVERIFIABLE


# --- "Venezuela (53,6 bilhões de dólares), Brasil (22), Argentina (19)": bracketed list amounts ----


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "February 2015 — Since 2005, Venezuela received almost half of China's loans (US$53.6"
            " billion), followed by Brazil (22), Argentina (19) and Ecuador, with US$10.8 billion.",
            ("22", "19"),
        ),
        (
            "Febrero de 2015 — Desde 2005, Venezuela recibió casi la mitad de los préstamos chinos"
            " (53.600 millones de dólares), seguida de Brasil (22.000), Argentina (19.000) y"
            " Ecuador, con 10.800 millones de dólares.",
            ("22.000", "19.000"),
        ),
        (
            "Fevereiro de 2015 — Os bancos chineses emprestaram cerca de 22,1 bilhões de dólares"
            " em 2014. O maior destinatário foi o Brasil, com 8,6 bilhões de dólares, seguido pela"
            " Argentina, com 7 bilhões, pela Venezuela (5,7) e pelo Equador, com 820 milhões de"
            " dólares.",
            ("5,7",),
        ),
    ],
)
def test_a_bare_number_in_brackets_in_a_list_of_amounts_is_an_amount(kb, text, figures):
    # Main: counts with no metric; read in the list's currency and scale, the stored 2005-2014
    # loans (Brazil 22, Argentina 19) and 2014's (Venezuela 5,700 million) bear them out.
    results = check(text, kb)
    for figure in figures:
        result = one(results, figure)
        assert result.claim.metric == "loans_total"
        assert result.verdict is Verdict.SUPPORTED


def test_a_bracketed_list_amount_is_never_refuted(kb):
    # Guard: the scale is read, not written: a wrong amount is not refuted.
    text = (
        "February 2015 — Since 2005, Venezuela received almost half of China's loans (US$53.6"
        " billion), followed by Brazil (15), Argentina (19) and Ecuador, with US$10.8 billion."
    )
    assert one(check(text, kb), "15").verdict is not Verdict.CONTRADICTED


def test_a_bracketed_number_after_a_common_noun_is_no_amount(kb):
    # Guard: "12 countries (19)" names no place before the bracket.
    text = "February 2015 — Chinese banks lent US$22.1 billion in 2014 to 12 countries (19)."
    assert one(check(text, kb), "19").claim.kind.value == "count"


# --- the headline's one state is the subject when the lead compares it with another -----------------


@pytest.mark.parametrize(
    "text",
    [
        "# Argentina and China: an unequal trade relationship\n\n2018 — China is one of"
        " Argentina's largest trading partners, second only to Brazil.\n\nSales to China are"
        " mostly food. Soybeans accounted for 63% of the sales to that country in 2017.",
        "# Argentina y China: una relación comercial desigual\n\n2018 — China es uno de los"
        " mayores socios comerciales de la Argentina, sólo detrás de Brasil.\n\nLas ventas a China"
        " son sobre todo alimentos. Los porotos de soja explicaron el 63% de lo vendido a ese país"
        " en 2017.",
        "# Argentina e China: uma relação comercial desigual\n\n2018 — A China é um dos maiores"
        " parceiros comerciais da Argentina, atrás apenas do Brasil.\n\nAs vendas à China são"
        " sobretudo alimentos. A soja respondeu por 63% das vendas para esse país em 2017.",
    ],
)
def test_the_headline_state_is_the_subject_when_the_lead_names_another(kb, text):
    # Main: the lead names Argentina and Brazil, so no subject state: the share had no entity.
    result = one(check(text, kb), "63%")
    assert result.claim.entity == "ARG"
    assert result.verdict is Verdict.SUPPORTED


def test_a_headline_naming_two_states_names_no_subject(kb):
    # Guard: "Brasil y Argentina compiten por China": which state is meant stays unknown.
    text = (
        "# Brasil y Argentina compiten por China\n\n2018 — Las ventas a China son sobre todo"
        " alimentos. Los porotos de soja explicaron el 63% de lo vendido a ese país en 2017."
    )
    result = one(check(text, kb), "63%")
    assert result.claim.entity is None
    assert result.verdict is Verdict.UNVERIFIABLE


# --- a later clause's flow word heads its own figure; exports TO China are no exports OF China ----


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        (
            "May 2016 — In 2010 Trinidad and Tobago's exports of asphalt, liquefied natural gas,"
            " methanol and copper-zinc to China were worth US$35.4 million, while its imports from"
            " China came to US$380.9 million.",
            "US$35.4 million",
            "trade_china_imports",
        ),
        (
            "# Trinidad and Tobago brings the Caribbean to Beijing\n\nMay 5, 2016 — The country"
            " turned to business with China after opening its embassy in Beijing. In 2010 its"
            " exports of asphalt, liquefied natural gas, methanol and copper-zinc to China were"
            " worth $35.4 million, while its imports from China came to $380.9 million.",
            "$35.4 million",
            "trade_china_imports",
        ),
        (
            # ES and PT were read already: the parity cases.
            "Mayo de 2016 — En 2010 las exportaciones de asfalto, gas natural licuado, metanol y"
            " cobre-zinc de Trinidad y Tobago a China valieron US$35,4 millones, mientras que sus"
            " importaciones desde China llegaron a US$380,9 millones.",
            "US$35,4 millones",
            "trade_china_imports",
        ),
        (
            "Maio de 2016 — Em 2010, as exportações de asfalto, gás natural liquefeito, metanol e"
            " cobre-zinco de Trinidad e Tobago para a China valeram US$ 35,4 milhões, enquanto suas"
            " importações vindas da China chegaram a US$ 380,9 milhões.",
            "US$ 35,4 milhões",
            "trade_china_imports",
        ),
    ],
)
def test_exports_of_goods_to_china_are_the_states_sales(kb, text, figure, metric):
    # Main (EN): the figure took "imports from China" of the next clause (refuted but for an
    # unsure reading), or, with no state named, was read as China's exports.
    result = one(check(text, kb), figure)
    assert result.claim.metric == metric
    assert result.verdict is Verdict.SUPPORTED


# --- "suas importações da China": the possessor imports from China ----------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 2016 — In 2010, Trinidad and Tobago saw its imports of Chinese goods reach"
            " US$380.9 million.",
            "US$380.9 million",
        ),
        (
            "Mayo de 2016 — En 2010, Trinidad y Tobago vio sus compras de China sumar US$ 380,9"
            " millones.",
            "US$ 380,9 millones",
        ),
        (
            "Maio de 2016 — Em 2010, Trinidad e Tobago viu suas importações da China somarem US$"
            " 380,9 milhões.",
            "US$ 380,9 milhões",
        ),
    ],
)
def test_a_possessors_imports_of_china_come_from_china(kb, text, figure):
    # Main: China's imports; the PT figure was refuted at high confidence by Trinidad and
    # Tobago's exports (35.4).
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is Verdict.SUPPORTED


def test_chinas_imports_from_a_state_stay_chinas(kb):
    # Guard: "as importações da China vindas de Trinidad e Tobago" are China's purchases.
    text = (
        "Maio de 2016 — Em 2010, as importações da China vindas de Trinidad e Tobago somaram US$"
        " 35,4 milhões."
    )
    result = one(check(text, kb), "US$ 35,4 milhões")
    assert result.claim.metric == "trade_china_imports"
    assert result.verdict is Verdict.SUPPORTED


# --- "Quase a metade desses recursos": a share in words before a contracted demonstrative ---------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            # EN and ES were read already: the parity cases.
            "February 2015 — Since 2005, Chinese banks lent US$119 billion. Almost half of these"
            " funds went to Venezuela.",
            "Almost half",
        ),
        (
            "Febrero de 2015 — Desde 2005, los bancos chinos prestaron 119.000 millones de"
            " dólares. Casi la mitad de esos recursos fue a Venezuela.",
            "Casi la mitad",
        ),
        (
            "Fevereiro de 2015 — Desde 2005, os bancos chineses emprestaram 119 bilhões de"
            " dólares. Quase a metade desses recursos foi para a Venezuela.",
            "Quase a metade",
        ),
    ],
)
def test_half_before_a_contracted_demonstrative_is_a_share(kb, text, figure):
    # Main (PT): "a metade desses" was not read (missed).
    result = one(check(text, kb), figure)
    assert result.claim.value == 50
    assert result.verdict is Verdict.UNVERIFIABLE


# --- the span "since then" opens dates the next sentences of its paragraph -------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "February 2015 — The Inter-American Dialogue began its database of Chinese loans in"
            " 2005. Since then, China's policy banks have lent to governments across the region."
            " Venezuela received Chinese loans of US$53.6 billion.",
            "US$53.6 billion",
        ),
        (
            "Febrero de 2015 — El Diálogo Interamericano comenzó su base de datos de préstamos"
            " chinos en 2005. Desde entonces, los bancos chinos han prestado a gobiernos de toda la"
            " región. Venezuela recibió préstamos chinos por 53.600 millones de dólares.",
            "53.600 millones de dólares",
        ),
        (
            "Fevereiro de 2015 — O Diálogo Interamericano começou sua base de dados de"
            " empréstimos chineses em 2005. Desde então, os bancos chineses emprestaram a governos"
            " de toda a região. A Venezuela recebeu empréstimos chineses de 53,6 bilhões de"
            " dólares.",
            "53,6 bilhões de dólares",
        ),
    ],
)
def test_since_then_dates_the_next_sentences_of_its_paragraph(kb, text, figure):
    # Main: the year two sentences before (2005 alone); the stored 2005-2014 total bears the
    # figure out.
    result = one(check(text, kb), figure)
    period = result.claim.period
    assert period is not None and (period.start_year, period.end_year) == (2005, 2014)
    assert result.verdict is Verdict.SUPPORTED


# --- "…, and China's imports from Guyana, at US$720 million, grew …": that flow heads its figure ---


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "August 2022 — Trade between Guyana and China reached US$710 million in 2021. The"
            " figure for the first half of this year, US$950 million, is a growth of 224 per cent,"
            " and China's imports from Guyana, at US$720 million, grew 459.9 per cent.",
            "US$950 million",
        ),
        (
            "Agosto de 2022 — El comercio entre Guyana y China llegó a US$710 millones en 2021. La"
            " cifra del primer semestre de este año, US$950 millones, es un crecimiento de 224 por"
            " ciento, y las importaciones de China desde Guyana, con US$720 millones, crecieron"
            " 459,9 por ciento.",
            "US$950 millones",
        ),
        (
            "Agosto de 2022 — O comércio entre a Guiana e a China chegou a US$ 710 milhões em"
            " 2021. O valor do primeiro semestre deste ano, US$ 950 milhões, é um crescimento de"
            " 224%, e as importações chinesas da Guiana, de US$ 720 milhões, cresceram 459,9%.",
            "US$ 950 milhões",
        ),
    ],
)
def test_a_flow_word_heading_a_later_figure_is_not_this_figures(kb, text, figure):
    # Main: the first figure took "China's imports" of the later clause (refuted but for an
    # unsure reading by the stored 720); it is the half-year's trade (stored 950).
    result = one(check(text, kb), figure)
    assert result.claim.metric == "trade_total"
    assert result.verdict is Verdict.SUPPORTED


# --- "La economía china creció 5,2%": an economy's growth is no trade growth ----------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "January 2024 — Trade between China and Latin America reached US$489 billion in 2023,"
            " a year in which China's GDP grew 5.2%.",
            "5.2%",
        ),
        (
            "Enero de 2024 — El comercio entre China y América Latina sumó 489.000 millones de"
            " dólares en 2023. La economía china creció 5,2% en 2023.",
            "5,2%",
        ),
        (
            "Janeiro de 2024 — O comércio entre a China e a América Latina somou US$ 489 bilhões em"
            " 2023. A economia chinesa cresceu 5,2% em 2023.",
            "5,2%",
        ),
    ],
)
def test_an_economys_growth_is_not_trade_growth(kb, text, figure):
    # Main: the region's trade growth, refuted by the stored 1.1 % (2023).
    result = one(check(text, kb), figure)
    assert result.claim.metric == "gdp_growth"
    assert result.verdict is Verdict.UNVERIFIABLE


def test_trade_growth_beside_an_economy_word_stays_trade_growth(kb):
    # Guard: trade is the subject; the economy is only its other side.
    text = (
        "Enero de 2024 — El comercio entre China y la economía de América Latina creció 5,2% en"
        " 2023."
    )
    assert one(check(text, kb), "5,2%").claim.metric == "trade_growth"


# --- "compared with US$43 million a year earlier": the year before, same months --------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "August 2023 — El Salvador's exports to China in the first half fell to US$5.4"
            " million, compared with US$43 million a year earlier.",
            "US$43 million",
        ),
        (
            "Agosto de 2023 — Las exportaciones de El Salvador a China en el primer semestre"
            " cayeron a US$5,4 millones, frente a US$43 millones en igual período del año"
            " anterior.",
            "US$43 millones",
        ),
        (
            "Agosto de 2023 — As exportações de El Salvador para a China no primeiro semestre"
            " caíram para US$ 5,4 milhões, frente a US$ 43 milhões no mesmo período do ano"
            " anterior.",
            "US$ 43 milhões",
        ),
    ],
)
def test_a_figure_of_a_year_earlier_is_not_refuted(kb, text, figure):
    # Main: read for January-June 2023 and refuted by the stored 5.4 (EN, PT).
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED
    period = result.claim.period
    assert period is not None and (period.start_year, period.start_month) == (2022, 1)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "August 2023 — In the first half of the year, Ecuador's imports from China rose to"
            " US$3.5 billion, against US$2,989 million a year earlier.",
            "US$2,989 million",
        ),
        (
            "Agosto de 2023 — En el primer semestre del año, las importaciones de Ecuador desde"
            " China subieron a 3.500 millones de dólares, frente a 2.989 millones de dólares del"
            " mismo período del año anterior.",
            "2.989 millones de dólares",
        ),
        (
            "Agosto de 2023 — No primeiro semestre do ano, as importações do Equador vindas da"
            " China subiram para US$ 3,5 bilhões, frente a US$ 2.989 milhões um ano antes.",
            "US$ 2.989 milhões",
        ),
    ],
)
def test_a_figure_of_a_year_earlier_is_borne_out(kb, text, figure):
    # Main: read for January-June 2023 (nothing stored); the stored January-June 2022 row
    # (2,989) bears it out.
    assert one(check(text, kb), figure).verdict is Verdict.SUPPORTED
