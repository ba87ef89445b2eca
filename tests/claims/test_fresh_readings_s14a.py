"""General readings found on the fresh dev texts 74-78 of the unseen set (branch issue-15-s14a),
each with real-shaped sentences (our own) in EN, ES and PT where the phrasing exists, checked
against the package's knowledge base.

* "En 2015, sobre un total de $us 9.676 millones, los productos chinos alcanzaron $us 1.740
  millones": the whole another figure of the sentence is a part of ("sobre un total de", "out of
  a total of", "de um total de"; "…, de los cuales / of which / dos quais …") is most often the
  trade with every partner. Main read it as the imports from China and called it contradicted
  by the stored 1,740: it may now be borne out, never refuted.
* "de $us 1.071 millones (2012) a $us 1.133 millones (2013)": the year in brackets right after a
  figure dates it (main took "el año pasado" of the clause for both).
* "Hasta noviembre del año pasado", "até novembro do ano passado", "through November last year":
  January to November of the year before, one phrase (main: the whole year, "año pasado").
* "… lo que exportó al país asiático ($us 288 millones)": a figure alone in brackets is the amount
  of the clause it follows, whose verb names its direction (main took the first verb's).
* "resumed their diplomatic relationship in 2005": "diplomatic relationship", "relación
  diplomática", "relação diplomática" name the tie as "relations" does.
* "Las cifras muestran que en 2014 …", "Os dados mostram que em 2014 …": "que" after a verb of
  saying opens a clause; it is no comparison ("más que en 2014"), so the year dates the figure.
* "totaled US$10,712, against 3,544 in 2016": a year after a comparison figure ("against",
  "frente a", "contra") is that figure's, not the first one's.
"""

from __future__ import annotations

import pytest

from chinalac.claims import Verdict, check
from tests.claims.conftest import one

# --- a whole of which another figure is a part -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Santa Cruz, julio de 2018 — En 2015, sobre un total de $us 9.676 millones, los"
            " productos chinos importados por Bolivia alcanzaron $us 1.740 millones.",
            "$us 9.676 millones",
        ),
        (
            "Santa Cruz, July 2018 — In 2015, out of a total of US$9,676 million, Bolivia's"
            " imports from China came to US$1,740 million.",
            "US$9,676 million",
        ),
        (
            "Santa Cruz, julho de 2018 — Em 2015, de um total de US$ 9,68 bilhões, as importações"
            " da Bolívia vindas da China chegaram a US$ 1,74 bilhão.",
            "US$ 9,68 bilhões",
        ),
    ],
)
def test_a_whole_is_never_refuted_by_its_part(kb, text, whole):
    results = check(text, kb)
    # Main: the whole read as Bolivia's imports from China, contradicted by the stored 1,740.
    assert one(results, whole).verdict is Verdict.UNVERIFIABLE
    part = next(r for r in results if r.claim.text.strip() != whole)
    assert part.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Santa Cruz, July 2018 — In 2014, Bolivia's purchases reached US$10,486 million, of"
            " which US$1,811 million were imports from China.",
            "US$10,486 million",
        ),
        (
            "Santa Cruz, julio de 2018 — En 2014 las compras de Bolivia sumaron $us 10.486"
            " millones, de los cuales $us 1.811 millones correspondieron a importaciones desde"
            " China.",
            "$us 10.486 millones",
        ),
        (
            "Santa Cruz, julho de 2018 — Em 2014, as compras da Bolívia somaram US$ 10,49"
            " bilhões, dos quais US$ 1,81 bilhão foram importações vindas da China.",
            "US$ 10,49 bilhões",
        ),
    ],
)
def test_a_whole_before_of_which_is_never_refuted(kb, text, whole):
    # A guard: main left these unjudged for other reasons; they stay so.
    assert one(check(text, kb), whole).verdict is not Verdict.CONTRADICTED


# --- a year in brackets after a figure ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Santa Cruz, enero de 2014 — Comparado con 2012, el año pasado las importaciones de"
            " Bolivia desde China crecieron de $us 1.071 millones (2012) a $us 1.133 millones"
            " (2013).",
            "$us 1.071 millones",
            "$us 1.133 millones",
        ),
        (
            "Santa Cruz, January 2014 — Compared with 2012, Bolivia's imports from China rose last"
            " year from $1,071 million (2012) to $1,133 million (2013).",
            "$1,071 million",
            "$1,133 million",
        ),
        (
            "Santa Cruz, janeiro de 2014 — Na comparação com 2012, as importações da Bolívia"
            " vindas da China subiram no ano passado de US$ 1,071 bilhão (2012) para US$ 1,133"
            " bilhão (2013).",
            "US$ 1,071 bilhão",
            "US$ 1,133 bilhão",
        ),
    ],
)
def test_a_year_in_brackets_dates_its_figure(kb, text, first, second):
    results = check(text, kb)
    earlier = one(results, first)
    assert earlier.claim.period is not None and earlier.claim.period.end_year == 2012
    # Main: "el año pasado" (2013) for both, so 1,071 went unjudged.
    assert earlier.verdict is Verdict.SUPPORTED
    # "(2013)" is a full-year label, and the one stored 2013 row is January to November:
    # a full-year claim is never compared with a part-year row.
    later = one(results, second)
    assert later.claim.period.end_year == 2013 and later.claim.period.end_month is None
    assert later.verdict is Verdict.UNVERIFIABLE


# --- "hasta noviembre del año pasado" and a bracketed figure's verb -----------------------------


@pytest.mark.parametrize(
    ("text", "imports", "exports"),
    [
        (
            "Santa Cruz, enero de 2014 — Hasta noviembre del año pasado, lo que Bolivia importó"
            " desde China ($us 1.133 millones) triplicó lo que exportó al país asiático ($us 288"
            " millones).",
            "$us 1.133 millones",
            "$us 288 millones",
        ),
        (
            "Santa Cruz, January 2014 — Through November last year, what Bolivia imported from"
            " China ($1,133 million) was three times what it exported to the Asian country ($288"
            " million).",
            "$1,133 million",
            "$288 million",
        ),
        (
            "Santa Cruz, janeiro de 2014 — Até novembro do ano passado, a Bolívia comprou da China"
            " US$ 1,133 bilhão, o triplo do que exportou ao país asiático (US$ 288 milhões).",
            "US$ 1,133 bilhão",
            "US$ 288 milhões",
        ),
    ],
)
def test_to_a_month_of_last_year_and_a_bracketed_figure(kb, text, imports, exports):
    results = check(text, kb)
    bought = one(results, imports)
    period = bought.claim.period
    assert (period.start_year, period.start_month, period.end_month) == (2013, 1, 11)
    # Main: the whole of 2013 (no stored row), unjudged.
    assert bought.verdict is Verdict.SUPPORTED
    sold = one(results, exports)
    # Main read the bracketed figure with the first verb ("importó"): Bolivia's imports.
    assert sold.claim.metric == "trade_china_imports"
    assert sold.verdict is Verdict.SUPPORTED


def test_a_bracketed_figure_without_a_verb_before_keeps_its_reading(kb):
    # A guard: no verb in the clause before the bracket, nothing to take.
    text = (
        "Santa Cruz, enero de 2014 — Hasta noviembre del año pasado, las importaciones de Bolivia"
        " desde China ($us 1.133 millones) crecieron."
    )
    result = one(check(text, kb), "$us 1.133 millones")
    assert result.claim.metric == "trade_china_exports"
    assert result.verdict is Verdict.SUPPORTED


# --- "diplomatic relationship" -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "St. George's, 2018 — Since China and Grenada resumed their diplomatic relationship in"
        " 2005, grants have been the main form of cooperation between them.",
        "Saint George, 2018 — Desde que China y Granada reanudaron su relación diplomática en"
        " 2005, las donaciones han sido la principal forma de cooperación entre ambos.",
        "Saint George, 2018 — Desde que a China e Granada retomaram a sua relação diplomática em"
        " 2005, as doações têm sido a principal forma de cooperação entre os dois.",
    ],
)
def test_a_resumed_diplomatic_relationship_is_dated(kb, text):
    result = one(check(text, kb), "2005")
    # Main: no tie named ("relationship", singular), unjudged.
    assert result.verdict is Verdict.SUPPORTED


def test_a_resumption_in_another_year_is_not_refuted(kb):
    # A guard: "resumed" is no event verb of the ties rule (the stored rows date the
    # establishment of 1985 and the resumption of 2005): a wrong year stays unjudged.
    text = (
        "St. George's, 2018 — Since China and Grenada resumed their diplomatic relationship in"
        " 2004, grants have been the main form of cooperation between them."
    )
    assert one(check(text, kb), "2004").verdict is Verdict.UNVERIFIABLE


# --- "que" after a verb of saying ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Santa Cruz, julio de 2018 — Las cifras del INE muestran que en 2014 las importaciones"
            " de Bolivia desde China sumaron $us 1.811 millones.",
            "$us 1.811 millones",
        ),
        (
            "Santa Cruz, julho de 2018 — Os dados do INE mostram que em 2014 as importações da"
            " Bolívia vindas da China somaram US$ 1,811 bilhão.",
            "US$ 1,811 bilhão",
        ),
    ],
)
def test_que_after_a_verb_of_saying_is_no_comparison(kb, text, figure):
    result = one(check(text, kb), figure)
    assert result.claim.period is not None and result.claim.period.end_year == 2014
    # Main: "que en 2014" read as a comparison base ("más que en 2014"), no period, unjudged.
    assert result.verdict is Verdict.SUPPORTED


def test_que_after_a_comparative_stays_a_comparison(kb):
    # A guard: "más altas que en 2014" compares; the year is not the figure's.
    text = (
        "Santa Cruz, julio de 2018 — Las importaciones de Bolivia desde China fueron más altas que"
        " en 2014, cuando sumaron $us 1.811 millones."
    )
    assert one(check(text, kb), "$us 1.811 millones").verdict is not Verdict.CONTRADICTED


def test_the_english_that_after_a_verb_of_saying_was_never_a_comparison(kb):
    # A guard for English, where "that" is no comparison word.
    text = (
        "Santa Cruz, July 2018 — INE figures show that in 2014 Bolivia's imports from China came"
        " to $1,811 million."
    )
    assert one(check(text, kb), "$1,811 million").verdict is Verdict.SUPPORTED


# --- a year after a comparison figure -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "St. George's, 2018 — Chinese Customs put China's exports to Grenada in 2017 at"
            " US$10.64 million, while its imports from Grenada totaled US$10,712, against 3,544 in"
            " 2016.",
            "US$10,712",
        ),
        (
            "Saint George, 2018 — Las Aduanas chinas cifraron en 2017 las exportaciones de China a"
            " Granada en US$10,64 millones, mientras que sus importaciones desde Granada sumaron"
            " US$10.712, frente a 3.544 en 2016.",
            "US$10.712",
        ),
        (
            "Saint George, 2018 — As Alfândegas chinesas situaram em 2017 as exportações da China"
            " para Granada em US$10,64 milhões, enquanto as suas importações de Granada somaram"
            " US$10.712, contra 3.544 em 2016.",
            "US$10.712",
        ),
    ],
)
def test_a_year_after_a_comparison_figure_is_that_figures(kb, text, figure):
    result = one(check(text, kb), figure)
    # Main: 2016, the year of "against 3,544".
    assert result.claim.period is not None and result.claim.period.end_year == 2017
    assert result.verdict is not Verdict.CONTRADICTED


# --- a share in brackets the sentence's own amounts do not give --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Santa Cruz, julio de 2018 — En 2017, de $us 8.288 millones en importaciones, las compras"
        " de Bolivia al gigante asiático sumaron $us 2.027 millones (22%).",
        "Santa Cruz, July 2018 — In 2017, out of a total of US$8,288 million, Bolivia's purchases"
        " from China came to US$2,027 million (22%).",
        "Santa Cruz, julho de 2018 — Em 2017, de um total de US$ 8,288 bilhões, as compras da"
        " Bolívia ao gigante asiático somaram US$ 2,027 bilhões (22%).",
    ],
)
def test_a_bracketed_share_off_its_own_amounts_is_inconsistent(kb, text):
    result = one(check(text, kb), "22%")
    # Main: no metric for the share, unjudged (2,027 / 8,288 = 24.5 %).
    assert result.verdict is Verdict.INCONSISTENT
    assert "24.5 %" in result.reason


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "Santa Cruz, July 2018 — In 2017, out of a total of US$8,288 million, Bolivia's"
            " purchases from China came to US$2,027 million (24%).",
            "24%",
        ),
        (
            "Santa Cruz, julio de 2018 — En 2014 las compras de Bolivia sumaron $us 10.486"
            " millones, de los cuales $us 1.811 millones (17%) llegaron desde China.",
            "17%",
        ),
        (
            "Santa Cruz, julho de 2018 — Em 2017, de um total de US$ 8,288 bilhões, as compras da"
            " Bolívia à China somaram US$ 2,027 bilhões (+22%).",
            "+22%",
        ),
    ],
)
def test_a_bracketed_share_that_fits_or_a_change_is_not_flagged(kb, text, share):
    # Guards: a share the amounts give (24.5 % as "24%", 17.3 % as "17%"), and a change.
    result = next(r for r in check(text, kb) if share.strip("+") in r.claim.text)
    assert result.verdict is not Verdict.INCONSISTENT


# --- a flow "to" a month of a written year ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Santa Cruz, enero de 2014 — Hasta noviembre de 2013, Bolivia compró a China bienes por"
            " $us 1.133 millones.",
            "$us 1.133 millones",
        ),
        (
            "Santa Cruz, January 2014 — Through November 2013, Bolivia bought US$1,133 million of"
            " goods from China.",
            "US$1,133 million",
        ),
        (
            "Santa Cruz, janeiro de 2014 — Até novembro de 2013, a Bolívia comprou da China US$"
            " 1,133 bilhão em bens.",
            "US$ 1,133 bilhão",
        ),
    ],
)
def test_a_flow_to_a_month_runs_from_january(kb, text, figure):
    result = one(check(text, kb), figure)
    period = result.claim.period
    assert (period.kind, period.start_month, period.end_month) == ("range", 1, 11)
    # Main: a stock's "as of November 2013", no stored row of that kind, unjudged.
    assert result.verdict is Verdict.SUPPORTED


def test_a_flow_to_a_month_after_a_cumulative_cue_is_never_refuted(kb):
    # A guard: "En los últimos diez años, hasta noviembre de 2013" may start in another year.
    text = (
        "Santa Cruz, enero de 2014 — En los últimos diez años, hasta noviembre de 2013, Bolivia"
        " compró a China bienes por $us 5.464 millones."
    )
    assert one(check(text, kb), "$us 5.464 millones").verdict is Verdict.UNVERIFIABLE


# --- "Chinese imports": whose imports ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Mexico City, March 2024 — In 2023, Chinese imports into Mexico reached US$ 114"
            " billion.",
            "US$ 114 billion",
        ),
        (
            "México, marzo de 2024 — En 2023, las importaciones chinas sumaron US$ 114.000"
            " millones en México.",
            "US$ 114.000 millones",
        ),
        (
            "Brasília, março de 2024 — Em 2023, as importações chinesas somaram US$ 53 bilhões no"
            " Brasil.",
            "US$ 53 bilhões",
        ),
    ],
)
def test_chinese_imports_alone_is_never_refuted(kb, text, figure):
    # Main: China's imports from the state, refuted by the stored row (18.8 bn for Mexico, 104 bn
    # for Brazil), though the writer means the state's imports of Chinese goods.
    # (Round s15b: "into Mexico" names the buyer, so the English case now reads Mexico's imports
    # from China, disputed between China Customs and Mexico's own figure; never refuted.)
    verdict = one(check(text, kb), figure).verdict
    assert verdict is not Verdict.CONTRADICTED
    if "into" not in text:
        assert verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "São Paulo, março de 2024 — Em 2023, as importações chinesas de produtos brasileiros"
            " somaram US$ 60 bilhões.",
            "US$ 60 bilhões",
        ),
        (
            "Mexico City, March 2024 — In 2023, Chinese imports from Mexico reached US$ 5 billion.",
            "US$ 5 billion",
        ),
    ],
)
def test_chinese_imports_of_named_goods_or_from_a_state_keep_their_reading(kb, text, figure):
    # Guards: China named as the buyer; the figure is still refuted by China's stored imports.
    assert one(check(text, kb), figure).verdict is Verdict.CONTRADICTED
