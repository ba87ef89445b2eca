"""General readings found on the fresh dev texts 283-286 of the unseen set (branch
issue-15-r28-s20a, round 28a: Argentine beef sales and ranks, the Chancay port and Peru's 2024
flows, Ecuador's exports after the FTA, the Brazil-China Business Council's count of Chinese
investment in Brazil), each with real-shaped sentences (our own) in English, Spanish and
Portuguese, checked against the package's knowledge base.

* A year set right after a percent change as its base ("rose by 21 per cent on 2016, to US$5.661
  billion", "subieron un 21% respecto de 2016, hasta 5.661 millones de dólares") is not the period
  of the amount the change reaches: main dated that amount by the base year and refuted it by the
  base year's stored row (a false "contradicted", English and Spanish). A year the text then
  names as the time of the figure ("…from 2008, the year it reached $2.2 billion") still dates it.
* "in May" is a month: main never read the English "May" after a preposition (the word is a verb
  far more often), so "In 2021, Argentina exported $525 million to China in May" in an article of
  2022 was read for the whole of 2021 and refuted by its stored total (a false "contradicted";
  "en mayo" and "em maio" were read), and "In May, China and Ecuador signed a free trade
  agreement" gave no date claim.
* A year of a main clause whose act is another's ("In 2017, China widened its agreements under the
  Belt and Road Initiative, which Argentina has joined", "…, a la que Argentina adhirió", "…, ao
  qual a Argentina aderiu") does not date the joining a relative clause after it tells: main
  refuted 2017 by Argentina's memorandum of 2022 (a false "contradicted" in the three languages).
* "through last September", "up to last September", "hasta el pasado septiembre" are the months of
  the year up to that month: main read "last September" alone, one month, and refuted a
  year-to-date total by a stored single month (a false "contradicted"; "hasta septiembre pasado"
  and "até setembro passado" were read).
* "in force since May", "vigente desde mayo", "em vigor desde maio" date an entry into force from
  a month of the article's year: main read no date there (a miss; borne out, never refuted).
* "In 2024, Argentina's trade with China came to US$2.5 billion in September" (and "En 2024, …
  en septiembre", "Em 2024, … em setembro") is September 2024: main read the month for the
  article's year (2025) and refuted the figure by that month's stored row (a false
  "contradicted" in the three languages).
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

LEAD_2018 = {
    "en": "March 10, 2018 — Buenos Aires\n\n",
    "es": "10 de marzo de 2018 — Buenos Aires\n\n",
    "pt": "10 de março de 2018 — Buenos Aires\n\n",
}
LEAD_2022 = {
    "en": "August 9, 2022 — Buenos Aires\n\n",
    "es": "9 de agosto de 2022 — Buenos Aires\n\n",
    "pt": "9 de agosto de 2022 — Buenos Aires\n\n",
}

# --- a year set as the base of a percent change ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Argentina's exports to China rose by 21 per cent on 2016, to US$5.661 billion.",
            "US$5.661 billion",
        ),
        (
            "en",
            "Argentina's exports to China grew 21% over 2016 and reached US$5.661 billion.",
            "US$5.661 billion",
        ),
        (
            "es",
            "Las exportaciones argentinas a China subieron un 21% respecto de 2016, hasta 5.661"
            " millones de dólares.",
            "5.661 millones de dólares",
        ),
        (
            "pt",
            "As exportações argentinas para a China subiram 21% em relação a 2016, para US$ 5,661"
            " bilhões.",
            "US$ 5,661 bilhões",
        ),
    ],
)
def test_the_base_year_of_a_percent_change_does_not_date_the_amount_reached(lang, text, figure):
    result = one(check(LEAD_2018[lang] + text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.period is None or result.claim.period.start_year != 2016, result.reason


# Guards: a base year the text then names as the figure's time still dates it; a year written
# as the figure's own is still read, and a wrong amount for it still refuted.
@pytest.mark.parametrize(
    ("lang", "text", "figure", "verdict"),
    [
        (
            "en",
            "Argentina's exports to China fell 14 percent from 2016, the year they reached"
            " US$4.66 billion.",
            "US$4.66 billion",
            Verdict.SUPPORTED,
        ),
        (
            "es",
            "Las exportaciones argentinas a China cayeron un 14% respecto de 2016, año en que"
            " sumaron 4.660 millones de dólares.",
            "4.660 millones de dólares",
            Verdict.SUPPORTED,
        ),
        # Read for 2016 (4.66, INDEC's count only: since round 35 a figure 5-25 % off a count
        # held from one side only is unverifiable, the reason naming 2016).
        (
            "en",
            "In 2016, Argentina's exports to China fell 14 percent, to US$5.661 billion.",
            "US$5.661 billion",
            Verdict.UNVERIFIABLE,
        ),
        (
            "es",
            "En 2016, las exportaciones argentinas a China cayeron un 14%, a 5.661 millones de"
            " dólares.",
            "5.661 millones de dólares",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_a_year_of_the_figure_is_still_read(lang, text, figure, verdict):
    result = one(check(LEAD_2018[lang] + text), figure)
    assert result.verdict is verdict, result.reason
    if verdict is Verdict.UNVERIFIABLE:
        assert "· ARG · 2016" in result.reason


# --- "in May" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "In 2021, Argentina exported $525 million to China in May.",
            "$525 million",
        ),
        (
            "en",
            "In 2021, Argentina exported $525 million to China in May alone.",
            "$525 million",
        ),
        # Guards: the Spanish and Portuguese months were read already.
        (
            "es",
            "En 2021, Argentina exportó 525 millones de dólares a China en mayo.",
            "525 millones de dólares",
        ),
        (
            "pt",
            "Em 2021, a Argentina exportou 525 milhões de dólares para a China em maio.",
            "525 milhões de dólares",
        ),
    ],
)
def test_a_month_is_not_refuted_by_its_year(lang, text, figure):
    result = one(check(LEAD_2022[lang] + text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert result.claim.period is not None and result.claim.period.start_month == 5, result.reason


def test_in_may_dates_a_figure_of_the_article_year():
    text = (
        "August 9, 2024 — Buenos Aires\n\nGrowth has come back this year: in May, China bought $525"
        " million worth of Argentine goods, chiefly soybeans."
    )
    result = one(check(text), "$525 million")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.claim.period is not None, result.reason
    assert (result.claim.period.start_year, result.claim.period.start_month) == (2024, 5)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "July 25, 2023 — Quito\n\nIn May, China and Ecuador signed a free trade agreement.",
            "In May",
        ),
        # Guard: the Spanish month was read already.
        (
            "es",
            "25 de julio de 2023 — Quito\n\nEn mayo, China y Ecuador firmaron un tratado de libre"
            " comercio.",
            "En mayo",
        ),
    ],
)
def test_in_may_is_the_month_of_a_signing(lang, text, figure):
    result = one(check(text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guard: "may" the verb is no month.
def test_may_the_verb_is_no_month():
    text = (
        "August 9, 2022 — Buenos Aires\n\nArgentina's exports to China may reach US$6.299 billion"
        " in 2021, officials said."
    )
    result = one(check(text), "US$6.299 billion")
    assert result.claim.period is not None and result.claim.period.start_month is None


# --- a year of the main clause, the joining in a relative clause after it ---------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In 2017, China widened its agreements under the Belt and Road Initiative, which"
            " Argentina has joined.",
        ),
        (
            "es",
            "En 2017, China amplió sus acuerdos en el marco de la Franja y la Ruta, a la que"
            " Argentina adhirió.",
        ),
        (
            "pt",
            "Em 2017, a China ampliou seus acordos no âmbito do Cinturão e Rota, ao qual a"
            " Argentina aderiu.",
        ),
    ],
)
def test_a_year_of_the_main_clause_does_not_date_a_joining_told_after_it(lang, text):
    result = one(check(LEAD_2022[lang] + text), "2017")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# Guards: a joining told in the year's own clause is still judged, before or after a relative
# clause, and a year inside the relative clause still dates its joining.
@pytest.mark.parametrize(
    ("lang", "text", "figure", "verdict"),
    [
        (
            "en",
            "In 2017, Argentina joined the Belt and Road Initiative, which China launched in 2013.",
            "2017",
            Verdict.CONTRADICTED,
        ),
        (
            "es",
            "En 2017, Argentina adhirió a la Franja y la Ruta, que China lanzó en 2013.",
            "2017",
            Verdict.CONTRADICTED,
        ),
        (
            "en",
            "China widened its agreements under the Belt and Road Initiative, which Argentina"
            " joined in February 2022.",
            "February 2022",
            Verdict.SUPPORTED,
        ),
        (
            "pt",
            "Em fevereiro de 2022, a Argentina aderiu ao Cinturão e Rota, ao qual o Peru já"
            " pertencia.",
            "fevereiro de 2022",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_joining_in_the_year_own_clause_is_still_judged(lang, text, figure, verdict):
    result = one(check(LEAD_2022[lang] + text), figure)
    assert result.verdict is verdict, result.reason


# --- "through last September": the months up to it, not the month alone -----------------------

LEAD_2025 = {
    "en": "November 20, 2025 — Buenos Aires\n\n",
    "es": "20 de noviembre de 2025 — Buenos Aires\n\n",
    "pt": "20 de novembro de 2025 — Buenos Aires\n\n",
}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Argentina's trade with China came to US$25 billion through last September.",
            "US$25 billion",
        ),
        (
            "en",
            "Argentina's trade with China came to US$25 billion up to last September.",
            "US$25 billion",
        ),
        (
            "es",
            "El comercio de Argentina con China sumó 25.000 millones de dólares hasta el pasado"
            " septiembre.",
            "25.000 millones de dólares",
        ),
        # Guards: the Spanish and Portuguese month after it was read already.
        (
            "es",
            "El comercio de Argentina con China sumó 25.000 millones de dólares hasta septiembre"
            " pasado.",
            "25.000 millones de dólares",
        ),
        (
            "pt",
            "O comércio da Argentina com a China somou US$ 25 bilhões até setembro passado.",
            "US$ 25 bilhões",
        ),
    ],
)
def test_up_to_last_month_is_the_year_to_that_month(lang, text, figure):
    result = one(check(LEAD_2025[lang] + text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    period = result.claim.period
    assert period is not None, result.reason
    assert (period.start_year, period.start_month, period.end_month) == (2025, 1, 9)


# Guard: "last September" alone is still the single month, borne out by its stored row.
def test_last_month_alone_is_still_one_month():
    text = LEAD_2025["en"] + "Argentina's trade with China came to US$3.109 billion last September."
    result = one(check(text), "US$3.109 billion")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# --- "since May": the span from a month of the article's year ---------------------------------

LEAD_2024 = {
    "en": "September 20, 2024 — Quito\n\n",
    "es": "20 de septiembre de 2024 — Quito\n\n",
    "pt": "20 de setembro de 2024 — Quito\n\n",
}


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Ecuador's free trade agreement with China has been in force since May.",
            "since May",
        ),
        (
            "es",
            "El tratado de libre comercio entre Ecuador y China está vigente desde mayo.",
            "desde mayo",
        ),
        (
            "pt",
            "O acordo de livre comércio entre o Equador e a China está em vigor desde maio.",
            "desde maio",
        ),
    ],
)
def test_in_force_since_a_month_is_borne_out(lang, text, figure):
    result = one(check(LEAD_2024[lang] + text), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Guards: a month after the article's stays unread (never refuted), a written year is read as
# before, and a flow "since May" is not compared with a stored year.
@pytest.mark.parametrize(
    ("lang", "text", "figure", "verdict"),
    [
        (
            "en",
            "Ecuador's free trade agreement with China has been in force since November.",
            None,
            None,
        ),
        (
            "en",
            "Ecuador's free trade agreement with China has been in force since May 2024.",
            "May 2024",
            Verdict.SUPPORTED,
        ),
        (
            "es",
            "Desde mayo, las exportaciones de Ecuador a China suman 3.000 millones de dólares.",
            "3.000 millones de dólares",
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_since_a_month_guards(lang, text, figure, verdict):
    results = check(LEAD_2024[lang] + text)
    if figure is None:
        assert all(r.verdict is not Verdict.CONTRADICTED for r in results), [
            (r.claim.text, r.reason) for r in results
        ]
        return
    result = one(results, figure)
    assert result.verdict is verdict, result.reason


# --- a month named without its year, in a sentence set in a year --------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "In 2024, Argentina's trade with China came to US$2.5 billion in September.",
            "US$2.5 billion",
        ),
        (
            "es",
            "En 2024, el comercio de Argentina con China sumó 2.500 millones de dólares en"
            " septiembre.",
            "2.500 millones de dólares",
        ),
        (
            "pt",
            "Em 2024, o comércio da Argentina com a China somou US$ 2,5 bilhões em setembro.",
            "US$ 2,5 bilhões",
        ),
    ],
)
def test_a_month_of_a_sentence_set_in_a_year_is_of_that_year(lang, text, figure):
    result = one(check(LEAD_2025[lang] + text), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    period = result.claim.period
    assert period is not None and (period.start_year, period.start_month) == (2024, 9)


# Guards: a month with no year in its sentence is still the article year's, borne out by its
# stored row.
@pytest.mark.parametrize(
    ("lang", "text", "figure", "verdict"),
    [
        (
            "en",
            "Argentina's trade with China came to US$3.109 billion in September.",
            "US$3.109 billion",
            Verdict.SUPPORTED,
        ),
        (
            "es",
            "El comercio de Argentina con China sumó 3.109 millones de dólares en septiembre.",
            "3.109 millones de dólares",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_month_alone_is_still_the_article_year(lang, text, figure, verdict):
    result = one(check(LEAD_2025[lang] + text), figure)
    assert result.verdict is verdict, result.reason
