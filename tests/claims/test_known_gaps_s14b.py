"""Known gaps of the claims checker closed on branch issue-15-s14b: the period of a figure whose
own clause writes none, each with real-shaped sentences (our own) in EN, ES and PT, checked
against the package's knowledge base.

* A date of record set as a reference point ("tras la caída de 4% registrada en 2016", "o
  fluxo de comércio recorde …, registrado em 2013", "the record, recorded in 2013") dates the
  figures of its own clause only. Main lent it to the figures of the sentence's other clauses
  and carried it to later sentences and paragraphs (dev u716, u719, u538): the year just ended
  or the article's running period went unread.
* An earlier paragraph's period is carried from a figure of the same kind first: a percent
  "of 2020" set beside the year's sum is a comparison, not the paragraph's year (dev u548).
* In a year's first three months, an undated year total ("con un intercambio que llegó a US$
  31.673 millones", January 2018) may be borne out by the full-year row of the year before
  (the figures of a year are out in its first months). Only a whole-year row: a count "as of
  October" of that year does not (dev u289 stays unverifiable). Never contradicted.
* A figure whose sentence writes no date takes the one period the paragraph's nearest earlier
  sentence writes ("Brazil's trade with China set a record in 2020. Brazilian exports to China
  reached …"), else the one period of the nearest earlier paragraph that writes a date ("The
  ministry released its data for 2023." ¶ "Exports … came to US$104 billion"), else the one
  period the headline writes, at low confidence: it may be borne
  out, never contradicted (the reason names the borrowed period). Not taken: comparison bases
  ("than", "on 2022"), dates of record set as references, open "since", dates after the
  article's year ("by 2035"), a projection's date, "this year", a month without its year.
* "In the same period", "en el mismo período", "no mesmo período" after a sentence that writes a
  date but no figure ("In 2019 Argentina's exports to China soared.") took the period of the
  latest earlier figure, of an earlier paragraph (2018); the sentence before is nearer.
* "O ano de 2020 foi de recorde no comércio": Portuguese "no" (in the) was read as the English
  zero cue "no", so the year became a claim of zero trade, contradicted by the store (a false
  "contradicted" on main).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a date of record set as a reference is not borrowed -------------------------------------


def test_es_reference_year_of_another_clause_is_not_the_figures_year():
    text = (
        "Santiago, enero de 2018 — Tras la caída de 4% registrada en 2016, el comercio exterior"
        " chileno se recuperó, y China siguió como principal socio, con un intercambio que llegó"
        " a los US$ 31.673 millones.\n\n"
        "Las ventas chilenas a China, su principal destino, sumaron US$ 18.293 millones."
    )
    results = check(text)
    total = one(results, "US$ 31.673 millones")
    assert total.claim.period is None or total.claim.period.start_year != 2016
    assert total.verdict is Verdict.SUPPORTED, total.reason
    exports = one(results, "US$ 18.293 millones")
    assert exports.claim.period is None or exports.claim.period.start_year != 2016
    assert exports.verdict is Verdict.SUPPORTED, exports.reason


def test_pt_record_year_does_not_date_the_next_paragraph():
    text = (
        "Novembro de 2016. De janeiro a outubro, as exportações brasileiras para a China"
        " somaram US$ 30,710 bilhões, segundo o MDIC.\n\n"
        "O país segue longe do fluxo de comércio recorde com os chineses, registrado em 2013,"
        " quando as vendas brasileiras somaram US$ 46,026 bilhões.\n\n"
        "Os produtos básicos responderam por 82,0% das vendas aos chineses."
    )
    results = check(text)
    assert one(results, "US$ 46,026 bilhões").verdict is Verdict.SUPPORTED
    share = one(results, "82,0%")
    assert share.claim.period is not None and share.claim.period.start_year == 2016
    assert share.claim.confidence["period"]["level"] == "low"
    assert share.verdict is Verdict.SUPPORTED, share.reason


def test_en_record_year_does_not_date_the_next_paragraph():
    text = (
        "November 2016 — From January to October, Brazil's exports to China totalled US$30.710"
        " billion, the ministry said.\n\n"
        "Brazil is still far from its record trade with the Chinese, recorded in 2013, when"
        " Brazilian exports to China came to US$46.026 billion.\n\n"
        "Primary products accounted for 82.0% of Brazil's exports to China."
    )
    results = check(text)
    share = one(results, "82.0%")
    assert share.claim.period is not None and share.claim.period.start_year == 2016
    assert share.verdict is Verdict.SUPPORTED, share.reason


# --- an earlier paragraph's period: a figure of the same kind first --------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "2022. Em 2021, as exportações brasileiras para a China somaram US$ 87,7 bilhões, o"
            " que deu à China uma fatia de 31,27% do total, abaixo apenas dos 32,41% de 2020,"
            " recorde na história do comércio sino-brasileiro.\n\n"
            "A China lidera entre os países que mais vendem ao Brasil: as importações"
            " brasileiras da China somaram US$ 47,6 bilhões.",
            "US$ 47,6 bilhões",
        ),
        (
            "2022. En 2021, las exportaciones brasileñas a China sumaron US$ 87.700 millones,"
            " una cuota de 31,27% del total, solo por debajo del 32,41% de 2020, récord en la"
            " historia del comercio sino-brasileño.\n\n"
            "China lidera entre los proveedores de Brasil: las importaciones brasileñas desde"
            " China sumaron US$ 47.600 millones.",
            "US$ 47.600 millones",
        ),
        (
            "2022. In 2021, Brazil's exports to China totalled US$87.7 billion, a 31.27% share"
            " of the total, second only to the 32.41% of 2020, a record in the history of"
            " Sino-Brazilian trade.\n\n"
            "China leads among Brazil's suppliers: Brazil's imports from China totalled"
            " US$47.6 billion.",
            "US$47.6 billion",
        ),
    ],
)
def test_money_figure_carries_the_year_of_the_money_figure_not_of_a_compared_share(text, figure):
    result = one(check(text), figure)
    assert result.claim.period is not None and result.claim.period.start_year == 2021
    assert result.claim.confidence["period"]["level"] == "low"
    assert result.verdict is not Verdict.CONTRADICTED


# --- an undated year total early in the next year --------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Santiago, febrero de 2018 — China volvió a ser el principal socio comercial de"
            " Chile, con un intercambio que llegó a los US$ 31.673 millones.",
            "US$ 31.673 millones",
        ),
        (
            "February 2, 2018 — China was again Chile's main trading partner, with trade that"
            " reached US$31,673 million.",
            "US$31,673 million",
        ),
        (
            "Santiago, fevereiro de 2018 — A China voltou a ser o principal parceiro comercial do"
            " Chile, com um comércio que chegou a US$ 31.673 milhões.",
            "US$ 31.673 milhões",
        ),
    ],
)
def test_undated_year_total_in_first_months_is_borne_out_by_the_year_before(text, figure):
    result = one(check(text), figure)
    assert result.claim.period is None
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_undated_total_later_in_the_year_is_not_borne_out_by_the_year_before():
    text = (
        "Santiago, julio de 2018 — China volvió a ser el principal socio comercial de Chile, con"
        " un intercambio que llegó a los US$ 31.673 millones."
    )
    assert one(check(text), "US$ 31.673 millones").verdict is Verdict.UNVERIFIABLE


# --- the period of an earlier sentence of the paragraph, or of the headline -------------------


@pytest.mark.parametrize(
    ("text", "exports"),
    [
        (
            "July 10, 2024 — Brazil's trade with China set a record in 2020, the first year of"
            " the pandemic. Brazilian exports to China reached US$67.685 billion, official data"
            " show.",
            "US$67.685 billion",
        ),
        (
            "Santiago, 10 de julio de 2024 — En 2020, año de la pandemia, el comercio de Brasil"
            " con China batió récords. Las exportaciones brasileñas a China sumaron US$ 67.685"
            " millones, según datos oficiales.",
            "US$ 67.685 millones",
        ),
        (
            "São Paulo, 10 de julho de 2024 — O ano de 2020 foi de recorde no comércio entre o"
            " Brasil e a China, apesar da pandemia. As exportações brasileiras para a China"
            " somaram US$ 67,685 bilhões, segundo dados oficiais.",
            "US$ 67,685 bilhões",
        ),
    ],
)
def test_year_of_the_sentence_before_dates_a_figure_without_one(text, exports):
    results = check(text)
    result = one(results, exports)
    assert result.claim.period is not None and result.claim.period.start_year == 2020
    assert result.claim.confidence["period"]["level"] == "low"
    assert "earlier sentence" in result.claim.confidence["period"]["why"]
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert not any(r.verdict is Verdict.CONTRADICTED for r in results)


@pytest.mark.parametrize(
    ("text", "exports"),
    [
        (
            "July 10, 2024 — Brazil's trade with China set a record in 2020. Brazilian exports to"
            " China reached US$80 billion, official data show.",
            "US$80 billion",
        ),
        (
            "Santiago, 10 de julio de 2024 — En 2020 el comercio de Brasil con China batió"
            " récords. Las exportaciones brasileñas a China sumaron US$ 80.000 millones.",
            "US$ 80.000 millones",
        ),
        (
            "São Paulo, 10 de julho de 2024 — Em 2020 o comércio entre o Brasil e a China bateu"
            " recorde. As exportações brasileiras para a China somaram US$ 80 bilhões.",
            "US$ 80 bilhões",
        ),
    ],
)
def test_a_borrowed_year_never_contradicts(text, exports):
    result = one(check(text), exports)
    assert result.claim.period is not None and result.claim.period.start_year == 2020
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "earlier sentence of the paragraph" in result.reason


@pytest.mark.parametrize(
    ("text", "exports"),
    [
        (
            "# Brazil's exports to China hit a record in 2020\n\nJuly 10, 2024 — The pandemic"
            " did not slow Brazil's sales to Asia. Brazilian exports to China reached"
            " US$67.685 billion, official data show.",
            "US$67.685 billion",
        ),
        (
            "# Las exportaciones de Brasil a China marcaron un récord en 2020\n\nSantiago, 10 de"
            " julio de 2024 — La pandemia no frenó las ventas brasileñas a Asia. Las"
            " exportaciones brasileñas a China sumaron US$ 67.685 millones.",
            "US$ 67.685 millones",
        ),
        (
            "# Exportações do Brasil para a China batem recorde em 2020\n\nSão Paulo, 10 de"
            " julho de 2024 — A pandemia não freou as vendas brasileiras à Ásia. As exportações"
            " brasileiras para a China somaram US$ 67,685 bilhões.",
            "US$ 67,685 bilhões",
        ),
    ],
)
def test_the_headline_year_dates_an_undated_figure(text, exports):
    result = one(check(text), exports)
    assert result.claim.period is not None and result.claim.period.start_year == 2020
    assert "headline" in result.claim.confidence["period"]["why"]
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    "first",
    [
        # a projection's date, a date after the article's year, an open "since", a base year
        "Trade between Brazil and China could double by 2030, analysts say.",
        "Brazil's trade with China has grown every year since 2005.",
        "Brazil's trade with China grew 5% on 2020.",
        "Brazil's trade with China was higher than in 2020.",
        "O comércio entre o Brasil e a China pode dobrar até 2030, dizem analistas.",
        "El comercio de Brasil con China crece desde 2005.",
    ],
)
def test_dates_that_do_not_govern_the_next_sentence(first):
    text = (
        f"July 10, 2024 — {first} Brazilian exports to China reached US$67.685 billion,"
        " official data show."
    )
    result = one(check(text), "US$67.685 billion")
    assert result.claim.period is None or result.claim.period.start_year != 2020


@pytest.mark.parametrize(
    ("text", "exports"),
    [
        (
            "July 15, 2024 — The ministry released its foreign trade data for 2023 on Monday.\n\n"
            "Brazilian exports to China came to US$104 billion, the ministry said.",
            "US$104 billion",
        ),
        (
            "Brasilia, 15 de julio de 2024 — El ministerio publicó el lunes los datos del"
            " comercio exterior de 2023.\n\n"
            "Las exportaciones brasileñas a China sumaron US$ 104.000 millones, según el"
            " ministerio.",
            "US$ 104.000 millones",
        ),
        (
            "Brasília, 15 de julho de 2024 — O MDIC divulgou nesta segunda-feira os dados do"
            " comércio exterior de 2023.\n\n"
            "As exportações brasileiras para a China somaram US$ 104 bilhões, segundo o"
            " ministério.",
            "US$ 104 bilhões",
        ),
    ],
)
def test_the_year_of_an_earlier_paragraph_dates_a_paragraph_without_one(text, exports):
    result = one(check(text), exports)
    assert result.claim.period is not None and result.claim.period.start_year == 2023
    assert "of an earlier paragraph" in result.claim.confidence["period"]["why"]
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_an_earlier_paragraph_naming_two_years_dates_nothing():
    text = (
        "July 15, 2024 — The ministry compared its trade data for 2022 and 2023 on Monday.\n\n"
        "Brazilian exports to China came to US$104 billion, the ministry said."
    )
    result = one(check(text), "US$104 billion")
    assert result.claim.period is None


@pytest.mark.parametrize(
    "headline",
    [
        "# China and Latin America aim for US$700 billion in trade by 2035",
        "# China y América Latina apuntan a US$ 700.000 millones de comercio para 2035",
        "# China e América Latina miram US$ 700 bilhões de comércio até 2035",
    ],
)
def test_a_deadline_in_the_headline_dates_nothing(headline):
    text = f"{headline}\n\nJuly 10, 2024 — Bilateral trade came to US$489 billion, ECLAC said."
    result = one(check(text), "US$489 billion")
    assert result.claim.period is None or result.claim.period.end_year != 2035


def test_a_year_of_another_paragraph_is_not_the_sentence_before():
    text = (
        "July 10, 2024 — Brazil's trade with China set a record in 2020.\n\n"
        "Chinese investment in Brazil, meanwhile, reached US$1.9 billion."
    )
    result = one(check(text), "US$1.9 billion")
    assert "earlier sentence" not in result.claim.confidence["period"]["why"]
    assert result.claim.confidence["period"]["level"] == "low"


# --- "in the same period": the sentence before, when nearer than any earlier figure ----------


@pytest.mark.parametrize(
    ("text", "imports"),
    [
        (
            "January 2020 — In 2018 Argentina's deficit with China was US$7,593 million.\n\n"
            "In 2019 Argentina's exports to China soared. In the same period, imports from China"
            " fell to US$9,267 million.",
            "US$9,267 million",
        ),
        (
            "Buenos Aires, enero de 2020 — En 2018 el déficit comercial con China fue de US$"
            " 7.593 millones.\n\n"
            "Durante 2019 las exportaciones argentinas a China se dispararon. En el mismo"
            " período, las importaciones desde China cayeron hasta US$ 9.267 millones.",
            "US$ 9.267 millones",
        ),
        (
            "Buenos Aires, janeiro de 2020 — Em 2018 o déficit da Argentina com a China foi de"
            " US$ 7.593 milhões.\n\n"
            "Em 2019 as exportações argentinas para a China dispararam. No mesmo período, as"
            " importações de produtos chineses caíram para US$ 9.267 milhões.",
            "US$ 9.267 milhões",
        ),
    ],
)
def test_the_same_period_is_the_sentence_before_when_it_is_nearer(text, imports):
    result = one(check(text), imports)
    assert result.claim.period is not None and result.claim.period.start_year == 2019
    assert result.claim.confidence["period"]["level"] == "low"
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- Portuguese "no" is no zero ---------------------------------------------------------------


def test_pt_no_is_in_the_not_a_zero():
    text = (
        "São Paulo, 10 de julho de 2024 — O ano de 2020 foi de recorde no comércio entre o"
        " Brasil e a China."
    )
    results = check(text)
    assert not any(r.verdict is Verdict.CONTRADICTED for r in results)
    assert not any(r.claim.value == 0 and r.claim.metric == "trade_total" for r in results)
