"""The claims_rules mutation run's survivors of round s20 (issue 17): each test here kills one
or more mutants the target's other tests let live (the classification of every survivor, with
the mutants each test kills, is in docs/mutation-claims-rules-survivors-s20.md).
"""

from __future__ import annotations

import pytest

from chinalac.claims import KnowledgeView, Verdict, check
from chinalac.claims.extract import extract
from chinalac.claims.models import Kind
from chinalac.claims.rules.growth_rate import _multiple_fits
from chinalac.claims.tolerance import interval


@pytest.fixture(scope="module")
def package() -> KnowledgeView:
    return KnowledgeView.from_folder()


def _findings(text: str, knowledge, rule_id: str) -> list[tuple[str, str, str]]:
    return [
        (r.claim.text.strip(), str(f.verdict), f.reason)
        for r in check(text, db=knowledge)
        for f in r.findings
        if f.rule_id == rule_id
    ]


# ── NoRecord.check ──────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Bolivia's exports to China reached US$1.5 billion in 1995.", "US$1.5 billion"),
        (
            "Las exportaciones de Bolivia a China alcanzaron US$1.500 millones en 1995.",
            "US$1.500 millones",
        ),
        (
            "As exportações da Bolívia para a China chegaram a US$1,5 bilhão em 1995.",
            "US$1,5 bilhão",
        ),
    ],
)
def test_a_figure_with_a_metric_and_no_record_says_what_was_looked_for(package, text, figure):
    # The fallback's reason names the metric, state and year it looked for (shown on /check
    # with the claim's other findings), never an empty reason.
    assert (
        figure,
        "unverifiable",
        "no stored record for trade_china_imports · BOL · 1995",
    ) in _findings(text, package, "no-record")


# ── MeetingOrdinal._day ─────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "May 2025 — The fourth ministerial meeting of the China-Pacific Island Countries"
            " forum opened in Xiamen on May 13.",
            "May 13",
        ),
        (
            "Mayo de 2025 — La cuarta reunión ministerial del foro China-Países Insulares del"
            " Pacífico se inauguró el 13 de mayo en Xiamen.",
            "13 de mayo",
        ),
        (
            "Maio de 2025 — A quarta reunião ministerial do fórum China-Países Insulares do"
            " Pacífico foi aberta em 13 de maio, em Xiamen.",
            "13 de maio",
        ),
    ],
)
def test_the_day_of_another_forums_nth_meeting_is_not_the_celac_meetings(package, text, day):
    # The fourth China-CELAC ministerial meeting was held in May 2025 too, but this sentence
    # names no CELAC: its day is not borne out by the Forum's meeting.
    (result,) = [r for r in check(text, db=package) if r.claim.text.strip() == day]
    assert result.verdict is Verdict.UNVERIFIABLE
    assert all(f.rule_id != "meeting-ordinal" for f in result.findings)


@pytest.mark.parametrize(
    "text",
    [
        "May 2025 — Beijing hosted on May 13 the tenth ministerial meeting of the China-CELAC Forum.",
        "Mayo de 2025 — Beijing acogió el 13 de mayo la décima reunión ministerial del Foro"
        " China-CELAC.",
        "Pequim sediou a décima reunião ministerial do Fórum China-CELAC em 13 de maio de 2025.",
    ],
)
def test_the_day_beside_an_ordinal_no_meeting_has_is_left_alone(package, text):
    # No tenth meeting is stored: the ordinal is unverifiable and its day is not judged (no
    # look-up of a meeting that is not there).
    results = check(text, db=package)
    (rank,) = [r for r in results if r.claim.kind is Kind.RANK]
    assert (rank.rule_id, rank.verdict) == ("meeting-ordinal", Verdict.UNVERIFIABLE)
    dates = [r for r in results if r.claim.kind is Kind.DATE]
    assert dates
    assert all(f.rule_id != "meeting-ordinal" for r in dates for f in r.findings)


# ── GrowthRate._change_of_levels ────────────────────────────────────────────────────────────


def _change_of_levels(first_2022: str, through: str, lang: str) -> str:
    """Honduras's imports from China in 2022 and 2023 (each in its paragraph), then their
    change "between 2022 and <through>" (the model: test_known_gaps_s16c.CHANGE_OF_LEVELS)."""
    if lang == "en":
        return (
            f"Tegucigalpa, March 2024 — In 2022 Honduras's imports from China totalled"
            f" {first_2022}.\n\n"
            "In 2023 Honduras's imports from China reached US$2,332.3 million.\n\n"
            f"Between 2022 and {through}, Honduras's imports from China fell by US$37.7 million."
        )
    if lang == "es":
        return (
            f"Tegucigalpa, marzo de 2024 — En 2022 las importaciones de Honduras desde China"
            f" sumaron {first_2022}.\n\n"
            "En 2023 las importaciones de Honduras desde China alcanzaron 2,332.3 millones de"
            " dólares.\n\n"
            f"Entre 2022 y {through}, las importaciones de Honduras desde China se redujeron en"
            " 37.7 millones de dólares."
        )
    return (
        f"Tegucigalpa, março de 2024 — Em 2022 as importações de Honduras da China somaram"
        f" {first_2022}.\n\n"
        "Em 2023 as importações de Honduras da China chegaram a US$ 2.332,3 milhões.\n\n"
        f"Entre 2022 e {through}, as importações de Honduras da China caíram em US$ 37,7 milhões."
    )


def _change_verdicts(text: str, knowledge) -> list[tuple[str, str]]:
    return [(figure, verdict) for figure, verdict, _ in _findings(text, knowledge, "growth-rate")]


@pytest.mark.parametrize(
    ("first_2022", "through", "lang"),
    [
        ("US$2,367.5 million", "March 2023", "en"),
        ("2,367.5 millones de dólares", "marzo de 2023", "es"),
        ("US$ 2.367,5 milhões", "março de 2023", "pt"),
    ],
)
def test_a_change_that_runs_to_a_month_is_not_tested_against_the_years_levels(
    package, first_2022, through, lang
):
    # 2,367.5 → 2,332.3 is a fall of 35.2 over the two years; "between 2022 and March 2023"
    # runs to a month, so the 37.7 is no change between the years' levels (nothing to test).
    # Guard: "between 2022 and 2023" with the same figures is inconsistent.
    text = _change_of_levels(first_2022, through, lang)
    assert _change_verdicts(text, package) == []
    whole = _change_of_levels(first_2022, through.split()[-1], lang)
    assert [verdict for _, verdict in _change_verdicts(whole, package)] == ["inconsistent"]


@pytest.mark.parametrize(
    ("first_2022", "lang"),
    [
        ("US$2.4 billion", "en"),
        ("2.4 mil millones de dólares", "es"),
        ("US$ 2,4 bilhões", "pt"),
    ],
)
def test_a_change_within_the_rounding_of_a_level_written_in_billions_fits(
    package, first_2022, lang
):
    # 2.4 billion is anything from 2,350 to 2,450 million: the fall to 2,332.3 million may be
    # the 37.7 million written (the first level's rounding counts at its own scale, billions).
    text = _change_of_levels(first_2022, "2023", lang)
    assert _change_verdicts(text, package) == []


def _change_after_a_change(lang: str) -> str:
    """The 2022 figure is itself an amount of change ("grew by"), not the year's level."""
    if lang == "en":
        return (
            "Tegucigalpa, March 2024 — In 2022 Honduras's imports from China grew by US$150.2"
            " million.\n\n"
            "In 2023 Honduras's imports from China reached US$2,332.3 million.\n\n"
            "Between 2022 and 2023, Honduras's imports from China fell by US$37.7 million."
        )
    if lang == "es":
        return (
            "Tegucigalpa, marzo de 2024 — En 2022 las importaciones de Honduras desde China"
            " crecieron en 150.2 millones de dólares.\n\n"
            "En 2023 las importaciones de Honduras desde China alcanzaron 2,332.3 millones de"
            " dólares.\n\n"
            "Entre 2022 y 2023, las importaciones de Honduras desde China se redujeron en 37.7"
            " millones de dólares."
        )
    return (
        "Tegucigalpa, março de 2024 — Em 2022 as importações de Honduras da China cresceram em"
        " US$ 150,2 milhões.\n\n"
        "Em 2023 as importações de Honduras da China chegaram a US$ 2.332,3 milhões.\n\n"
        "Entre 2022 e 2023, as importações de Honduras da China caíram em US$ 37,7 milhões."
    )


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_an_earlier_years_amount_of_change_is_no_level_to_test_a_change_against(package, lang):
    # The text states no level of 2022 (only its growth): the change between 2022 and 2023 has
    # no pair of levels, and is left alone (the slip read 150.2 as 2022's imports).
    assert _change_verdicts(_change_after_a_change(lang), package) == []


@pytest.mark.parametrize(
    ("text", "rate", "levels"),
    [
        (
            "San Salvador, January 2026 — El Salvador's trade deficit with China reached"
            " US$3,516.2 million in 2025, 34.3% higher than the 2024 deficit of US$2,599.7"
            " million.",
            "34.3%",
            ("US$2,599.7 million", "US$3,516.2 million"),
        ),
        (
            "San Salvador, enero de 2026 — La balanza comercial de El Salvador con China cerró"
            " 2025 con un déficit de 3.516,2 millones de dólares, un 34,3 % superior al registro"
            " de 2024, que fue de un déficit de 2.599,7 millones.",
            "34,3 %",
            ("2.599,7 millones", "3.516,2 millones de dólares"),
        ),
        (
            "San Salvador, janeiro de 2026 — O déficit comercial de El Salvador com a China"
            " chegou a US$ 3.516,2 milhões em 2025, 34,3% acima do déficit de 2024, de US$"
            " 2.599,7 milhões.",
            "34,3%",
            ("US$ 2.599,7 milhões", "US$ 3.516,2 milhões"),
        ),
    ],
)
def test_a_rate_between_two_levels_shows_both_levels_as_evidence(package, text, rate, levels):
    # "3,516.2 in 2025, 34.3% higher than the 2024 deficit of 2,599.7" (35.3%): the finding
    # shows the two levels it was checked against, the earlier year's first.
    results = check(text, db=package)
    ids = {r.claim.text.strip(): r.claim.claim_id for r in results}
    (finding,) = [
        f
        for r in results
        if r.claim.text.strip() == rate
        for f in r.findings
        if f.rule_id == "growth-rate"
    ]
    assert finding.verdict is Verdict.INCONSISTENT
    assert [(e.kind, e.record_id) for e in finding.evidence] == [
        ("text", ids[level]) for level in levels
    ]


@pytest.mark.parametrize(
    "text",
    [
        "San Salvador, January 2026 — El Salvador's imports from China reached US$3,516.2 million"
        " in 2025, 30.5% higher than in 2024, when El Salvador's exports to China totalled"
        " US$84.1 million in 2024.",
        "San Salvador, enero de 2026 — Las importaciones de El Salvador desde China llegaron a"
        " 3.516,2 millones de dólares en 2025, un 30,5 % superior a 2024, cuando sus"
        " exportaciones a China fueron de 84,1 millones de dólares.",
        "San Salvador, janeiro de 2026 — As importações de El Salvador da China chegaram a US$"
        " 3.516,2 milhões em 2025, 30,5% acima de 2024, quando suas exportações para a China"
        " foram de US$ 84,1 milhões.",
    ],
)
def test_a_rate_is_not_tested_against_a_level_of_another_flow(package, text):
    # The 30.5% is the imports' rise over 2024; the 2024 figure after it is the exports, no
    # level of the imports: nothing to test (the slip compared 3,516.2 with 84.1).
    assert _change_verdicts(text, package) == []


@pytest.mark.parametrize(
    ("first_2022", "lang", "levels"),
    [
        ("US$2,367.5 million", "en", ("US$2,367.5 million", "US$2,332.3 million")),
        (
            "2,367.5 millones de dólares",
            "es",
            ("2,367.5 millones de dólares", "2,332.3 millones de dólares"),
        ),
        ("US$ 2.367,5 milhões", "pt", ("US$ 2.367,5 milhões", "US$ 2.332,3 milhões")),
    ],
)
def test_a_change_of_levels_shows_both_levels_as_evidence(package, first_2022, lang, levels):
    # "Between 2022 and 2023 … fell by 37.7" against 2,367.5 → 2,332.3 (35.2): the finding
    # shows both levels, 2022's first.
    results = check(_change_of_levels(first_2022, "2023", lang), db=package)
    ids = {r.claim.text.strip(): r.claim.claim_id for r in results}
    (finding,) = [f for r in results for f in r.findings if f.rule_id == "growth-rate"]
    assert [(e.kind, e.record_id) for e in finding.evidence] == [
        ("text", ids[level]) for level in levels
    ]


# ── growth_rate._multiple_fits (unit: a first level with no upper end) ──────────────────────


def test_a_first_level_with_no_upper_end_bounds_no_multiple_from_below():
    # "from more than US$10 billion to US$2 billion": the first level may be any size past 10,
    # so every multiple from 0 up to 2.5/10 is open, 0.1 included (only an upper bound holds).
    a, b, rate = extract(
        "Loans fell from more than US$10 billion in 2015 to US$2 billion in 2020, 0.1 times the"
        " level."
    )
    assert (a.upper, rate.kind, rate.value) == (None, Kind.MULTIPLE, 0.1)
    assert _multiple_fits(interval(rate), a, b) is True


# ── ties_date._since_date ───────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "since"),
    [
        (
            "Costa Rica and China have maintained diplomatic relations since {} 2007.",
            ("March", "June"),
        ),
        (
            "Costa Rica y China mantienen relaciones diplomáticas desde {} de 2007.",
            ("marzo", "junio"),
        ),
        (
            "A Costa Rica e a China mantêm relações diplomáticas desde {} de 2007.",
            ("março", "junho"),
        ),
    ],
)
def test_a_tie_since_a_month_before_it_began_is_not_borne_out(package, text, since):
    # Relations since 1 June 2007: "since June 2007" is borne out; "since March 2007" claims
    # three months the tie did not have (never refuted: a "since" date is a reading).
    early, right = since
    assert [v for _, v, _ in _findings(text.format(early), package, "ties-date")] == []
    assert [v for _, v, _ in _findings(text.format(right), package, "ties-date")] == ["supported"]


# ── TiesRank._anniversaries ─────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2024 Honduras and China celebrated the first anniversary of their diplomatic"
            " relations.",
            "first anniversary",
        ),
        (
            "Honduras y China celebraron en 2024 el primer aniversario de sus relaciones"
            " diplomáticas.",
            "primer aniversario",
        ),
        (
            "Em 2024, Honduras e China celebraram o primeiro aniversário de suas relações"
            " diplomáticas.",
            "primeiro aniversário",
        ),
    ],
)
def test_a_first_anniversary_dates_the_tie_a_year_before(package, text, figure):
    # Honduras's relations with the PRC date from March 2023: the first anniversary in 2024
    # bears them out (an ordinal of 1 is an anniversary like any other).
    (result,) = [r for r in check(text, db=package) if r.claim.text.strip() == figure]
    assert (result.rule_id, result.verdict) == ("ties-rank", Verdict.SUPPORTED)
    assert result.reason.startswith("the anniversary in 2024 dates the tie 2023")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2018 El Salvador became the third country of Central America to establish"
            " diplomatic relations with China.",
            "third country",
        ),
        (
            "En 2018 El Salvador se convirtió en el tercer país de Centroamérica en establecer"
            " relaciones diplomáticas con China.",
            "tercer país",
        ),
        (
            "Em 2018, El Salvador tornou-se o terceiro país da América Central a estabelecer"
            " relações diplomáticas com a China.",
            "terceiro país",
        ),
    ],
)
def test_an_ordinal_that_is_no_anniversary_dates_no_tie_by_subtraction(package, text, figure):
    # "the third country … in 2018" is an order among states, not the tie's third year: no
    # "the anniversary in 2018 dates the tie 2015" beside the ties-date finding.
    results = [r for r in check(text, db=package) if r.claim.text.strip() == figure]
    (result,) = results
    assert (result.rule_id, result.verdict) == ("ties-date", Verdict.SUPPORTED)
    assert not [f for f in result.findings if "anniversary" in f.reason]


# ── StoreFacts._stock_for_flow ──────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "September 2023 — In 2007, Chinese direct investment in Peru was just US$2.134"
            " billion.",
            "US$2.134 billion",
        ),
        (
            "Septiembre de 2023 — En el 2007, la inversión extranjera directa de China en Perú era"
            " de apenas US$2.134 millones.",
            "US$2.134 millones",
        ),
        (
            "Setembro de 2023 — Em 2007, o investimento direto da China no Peru era de apenas US$"
            " 2.134 milhões.",
            "US$ 2.134 milhões",
        ),
    ],
)
def test_direct_investment_borne_out_by_the_stock_names_that_reading(package, text, figure):
    # The stock bears the level out, and the reason says so first (web/reasons.py translates
    # the reading by this exact wording).
    (result,) = [r for r in check(text, db=package) if r.claim.text.strip() == figure]
    assert result.verdict is Verdict.SUPPORTED
    assert result.reason.startswith(
        "read as the stock of direct investment (the text names no flow or stock): matches 2,134"
    )


# ── StoreFacts._other_reporter ──────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "According to China's statistics, Bolivia's exports to China totalled 300 million"
            " dollars in 2020.",
            "300 million dollars",
        ),
        (
            "Según las estadísticas de China, las exportaciones de Bolivia a China sumaron 300"
            " millones de dólares en 2020.",
            "300 millones de dólares",
        ),
        (
            "Segundo a embaixada chinesa, as exportações da Bolívia para a China somaram 300"
            " milhões de dólares em 2020.",
            "300 milhões de dólares",
        ),
    ],
)
def test_china_sides_figure_left_unrefuted_is_the_store_facts_rules_finding(package, text, figure):
    # INE's 357 million is another reporter's: the figure is left unverifiable by store-facts,
    # and the report names that rule (the JSON report's rule_id).
    (result,) = [r for r in check(text, db=package) if r.claim.text.strip() == figure]
    assert (result.rule_id, result.verdict) == ("store-facts", Verdict.UNVERIFIABLE)
    assert result.reason.startswith("not called contradicted because China's side gives")


# ── StoreFacts._either_side ─────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure", "phrase"),
    [
        (
            "La Paz, July 2018 — In 2016 Bolivia bought goods worth US$8.616 billion in total, and"
            " Chinese imports reached US$1.686 billion.",
            "US$1.686 billion",
            "chinese imports",
        ),
        (
            "La Paz, julio de 2018 — En 2016 Bolivia compró por $us 8.616 millones en total y las"
            " importaciones chinas llegaron a $us 1.686 millones (20%).",
            "$us 1.686 millones",
            "importaciones chinas",
        ),
        (
            "La Paz, julho de 2018 — Em 2016 a Bolívia comprou US$ 8,616 bilhões no total, e as"
            " importações chinesas chegaram a US$ 1,686 bilhão.",
            "US$ 1,686 bilhão",
            "importacoes chinesas",
        ),
    ],
)
def test_a_flow_read_on_either_side_quotes_the_words_that_allow_it(package, text, figure, phrase):
    # The reason quotes the text's own words ("importaciones chinas"), never a piece of the
    # extractor's note.
    (result,) = [r for r in check(text, db=package) if r.claim.text.strip() == figure]
    assert result.verdict is Verdict.SUPPORTED
    assert result.reason.startswith(
        f"read as trade_china_exports ('{phrase}' may name either side): matches 1,686"
    )


# ── StoreFacts._since_to_last_year ──────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Washington, July 2013 — Since 2005, China has provided upwards of $87 billion in loan"
            " commitments to Latin America.",
            "upwards of $87 billion",
        ),
        (
            "Washington, julio de 2013 — Desde 2005, China ha otorgado más de 87.000 millones de"
            " dólares en compromisos de préstamos a América Latina.",
            "más de 87.000 millones de dólares",
        ),
        (
            "Washington, julho de 2013 — Desde 2005, a China concedeu mais de US$ 87 bilhões em"
            " compromissos de empréstimos à América Latina.",
            "mais de US$ 87 bilhões",
        ),
    ],
)
def test_a_total_since_a_year_is_read_to_the_last_full_year(package, text, figure):
    # In July 2013 the stored total "since 2005" runs to the end of 2012 (the 2013 vintage).
    (result,) = [r for r in check(text, db=package) if r.claim.text.strip() == figure]
    assert result.verdict is Verdict.SUPPORTED
    assert result.reason.startswith(
        "read to the end of 2012, the last full year before the article date:"
    )


# ── YearFacts.check ─────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "text",
    [
        "The port of Chancay, in Peru, was inaugurated in 2024.",
        "El puerto de Chancay, en Perú, fue inaugurado en 2024.",
        "O porto de Chancay, no Peru, foi inaugurado em 2024.",
    ],
)
def test_a_year_with_a_metric_is_judged_by_store_facts_alone(package, text):
    # "inaugurated in 2024" names the metric (inauguration_year): store-facts judges the year
    # against its row; the year-facts rule reads only years no metric word names.
    (result,) = [r for r in check(text, db=package) if r.claim.text.strip() == "2024"]
    assert (result.rule_id, result.verdict) == ("store-facts", Verdict.SUPPORTED)
    assert not [f for f in result.findings if f.rule_id == "year-facts"]
