"""The claims_rules mutation run's survivors of round s22 (issue 17): each test here kills one
or more mutants the target's other tests let live (the classification of every survivor, with
the mutants each test kills, is in docs/mutation-claims-rules-survivors-s22.md).
"""

from __future__ import annotations

import dataclasses

import pytest

from chinalac.claims import KnowledgeView, Verdict, check
from chinalac.claims.models import Evidence
from chinalac.claims.rules.store_facts import OFFERED_WHY


@pytest.fixture(scope="module")
def package() -> KnowledgeView:
    return KnowledgeView.from_folder()


def _one(results, figure: str):
    found = [r for r in results if r.claim.text.strip() == figure]
    assert found, [r.claim.text for r in results]
    return found[0]


def _rule_findings(result, rule_id: str) -> list:
    return [f for f in result.findings if f.rule_id == rule_id]


# ── Commitments._plans_of_the_day ───────────────────────────────────────────────────────────

DAYS_PLEDGE = "beijing2025_credit_line_66bn_cny"


def _credit_line(dateline: str, opened: str, lang: str) -> str:
    """Xi opens the 4th ministerial meeting (the plan named), then, in the next sentence, the
    credit line of 60 bn yuan (the pledge of 13 May 2025 holds 66)."""
    if lang == "en":
        return (
            f"{dateline} — Xi Jinping opened the 4th ministerial meeting of the China-CELAC Forum"
            f" in Beijing{opened}. The Chinese president announced a credit line of 60 billion"
            " yuan to support the development of Latin America and the Caribbean."
        )
    if lang == "es":
        return (
            f"{dateline} — Xi Jinping abrió{opened} en Beijing la IV Reunión Ministerial del Foro"
            " China-CELAC.\n\nEl mandatario chino anunció una línea de crédito de 60.000 millones"
            " de yuanes para apoyar el desarrollo de América Latina y el Caribe."
        )
    return (
        f"{dateline} — Xi Jinping abriu{opened} em Pequim a IV Reunião Ministerial do Fórum"
        " China-CELAC. O presidente chinês anunciou uma linha de crédito de 60 bilhões de yuans"
        " para apoiar o desenvolvimento da América Latina e do Caribe."
    )


CREDIT_FIGURE = {
    "en": "60 billion yuan",
    "es": "60.000 millones de yuanes",
    "pt": "60 bilhões de yuans",
}


@pytest.mark.parametrize(
    ("dateline", "lang"),
    [
        ("May 13, 2025", "en"),
        ("13 de mayo de 2025", "es"),
        ("13 de maio de 2025", "pt"),
        # Two days after the pledge: still the news of the week (NEWS_DAYS).
        ("May 15, 2025", "en"),
    ],
)
def test_the_pledge_of_the_articles_day_is_shown_beside_the_undated_figure(package, dateline, lang):
    # The figure dates nothing; the article's day (the pledge's own, or days after it) and the
    # meeting named in the sentence before identify the day's pledge: the figure is shown
    # beside it (the period doubt keeps it from being refuted), not left with "no stored fact".
    result = _one(check(_credit_line(dateline, "", lang), db=package), CREDIT_FIGURE[lang])
    assert (result.rule_id, result.verdict) == ("commitments", Verdict.UNVERIFIABLE), result.reason
    assert f"holds target 66 [{DAYS_PLEDGE}]" in result.reason


@pytest.mark.parametrize(
    ("dateline", "opened", "lang"),
    [
        ("1 September 2025", " in May", "en"),
        ("1 de septiembre de 2025", " en mayo", "es"),
        ("1 de setembro de 2025", " em maio", "pt"),
    ],
)
def test_a_pledge_made_months_before_the_article_is_not_the_days_news(
    package, dateline, opened, lang
):
    # Months after the pledge, the text's date identifies no pledge: the figure is not read as
    # the 13 May credit line (nothing from the commitments rule).
    result = _one(check(_credit_line(dateline, opened, lang), db=package), CREDIT_FIGURE[lang])
    assert _rule_findings(result, "commitments") == []
    assert DAYS_PLEDGE not in result.reason


# ── Commitments._other_pledge ───────────────────────────────────────────────────────────────

PARTY_PLEDGE = "beijing2025_party_members_300_per_year"


def test_a_pledge_of_no_metric_that_bears_a_figure_out_is_cited_as_evidence(package):
    # "300 political party officials … every year" has no metric: the pledge stored with none
    # bears it out, as the commitments rule's finding, citing the pledge and its source.
    text = (
        "May 13, 2025 — He also promised to invite 300 political party officials from CELAC"
        " member states to China every year."
    )
    result = _one(check(text, db=package), "300 political party officials")
    (finding,) = _rule_findings(result, "commitments")
    assert (result.rule_id, finding.verdict) == ("commitments", Verdict.SUPPORTED)
    assert finding.reason.startswith(f"matches the target of commitment {PARTY_PLEDGE} (")
    assert finding.reason.endswith("[web-cb5369248b]")
    (evidence,) = finding.evidence
    assert (
        evidence.kind,
        evidence.record_id,
        evidence.source_id,
        evidence.relation,
        evidence.value,
        evidence.unit,
        evidence.period,
    ) == (
        "commitment",
        PARTY_PLEDGE,
        "web-cb5369248b",
        "matches",
        300.0,
        "count_per_year",
        "2025–2027",
    )
    assert evidence.note and "2025-05-13" in evidence.note


@pytest.mark.parametrize(
    ("bound", "supported"), [("more than 300", True), ("more than 200", False)]
)
def test_a_bound_of_no_metric_is_borne_out_only_by_a_target_of_its_own_number(
    package, bound, supported
):
    # A target is a goal, not a level: "more than 200" is no statement of the 300 pledge,
    # though 300 lies above 200; "more than 300" writes the target's number.
    text = (
        f"May 13, 2025 — He also promised to invite {bound} political party officials from"
        " CELAC member states to China every year."
    )
    result = _one(check(text, db=package), f"{bound} political party officials")
    assert (PARTY_PLEDGE in result.reason) is supported, result.reason
    assert (result.verdict is Verdict.SUPPORTED) is supported, result.reason


# ── Commitments._judge: another pledge of the plan in money ─────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In Brasilia in July 2014, Xi Jinping pledged that trade between China and Latin"
            " America would reach US$250 billion.",
            "US$250 billion",
        ),
        (
            "En Brasilia, en julio de 2014, Xi Jinping prometió que el comercio entre China y"
            " América Latina llegaría a 250.000 millones de dólares.",
            "250.000 millones de dólares",
        ),
        (
            "Em Brasília, em julho de 2014, Xi Jinping prometeu que o comércio entre a China e a"
            " América Latina chegaria a US$ 250 bilhões.",
            "US$ 250 bilhões",
        ),
    ],
)
def test_a_figure_that_is_another_pledges_target_in_money_is_no_miss_of_the_plan(
    package, text, figure
):
    # US$250 billion is the target of the Brasília plan's investment pledge (in usd_bn): said
    # of trade, it may be that pledge's figure misread, never a miss of the 500 bn trade target.
    result = _one(check(text, db=package), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    assert _rule_findings(result, "commitments") == []


# ── StoreFacts._within_stored_rounding ──────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2016 Chinese loans to Latin America totalled more than US$22 billion.",
            "more than US$22 billion",
        ),
        (
            "En 2016 los préstamos chinos a América Latina sumaron más de 22.000 millones de"
            " dólares.",
            "más de 22.000 millones de dólares",
        ),
        (
            "Em 2016 os empréstimos chineses à América Latina somaram mais de US$ 22 bilhões.",
            "mais de US$ 22 bilhões",
        ),
    ],
)
def test_a_claimed_bound_takes_no_allowance_from_a_stored_approximate_value(package, text, figure):
    # The store holds "about 21" billion for 2016: its own ±5 % would reach 22.05, but a
    # bound the text claims is read as written ("more than 22" needs 21.5 at least).
    result = _one(check(text, db=package), figure)
    assert (result.rule_id, result.verdict) == ("store-facts", Verdict.CONTRADICTED), result.reason
    assert "about 21 usd_bn 2016" in result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In 2019 trade between China and Haiti reached US$740 million.", "US$740 million"),
        ("In 2019 trade between China and Haiti reached US$660 million.", "US$660 million"),
        (
            "En 2019 el comercio entre China y Haití alcanzó 740 millones de dólares.",
            "740 millones de dólares",
        ),
        (
            "Em 2019 o comércio entre a China e o Haiti chegou a US$ 740 milhões.",
            "US$ 740 milhões",
        ),
    ],
)
def test_a_figure_whose_rounding_just_meets_the_stored_values_margin_is_borne_out(
    package, text, figure
):
    # "about 700" million covers 665–735; "740 million" is anything from 735 (and "660
    # million" anything up to 665): they meet at an end, so the text is within the source's
    # own rounding.
    result = _one(check(text, db=package), figure)
    assert (result.rule_id, result.verdict) == ("store-facts", Verdict.SUPPORTED), result.reason
    assert "about 700 usd_m 2019" in result.reason


@pytest.fixture(scope="module")
def approximate_growth(package) -> KnowledgeView:
    """The package's knowledge with the 6 % growth of 2024's trade published as "about 6 %"."""
    facts = package.facts.copy()
    facts.loc[facts["fact_id"] == "trade_growth_lac_2024_chinacustoms", "precision"] = "approximate"
    return dataclasses.replace(package, facts=facts)


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        ("In 2024 trade between China and Latin America grew 6.8%.", "6.8%", Verdict.SUPPORTED),
        (
            "En 2024 el comercio entre China y América Latina creció un 6,8%.",
            "6,8%",
            Verdict.SUPPORTED,
        ),
        (
            "Em 2024 o comércio entre a China e a América Latina cresceu 6,8%.",
            "6,8%",
            Verdict.SUPPORTED,
        ),
        # Guard: beyond one point from "about 6 %".
        (
            "In 2024 trade between China and Latin America grew 8%.",
            "8%",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_an_approximate_percentage_covers_at_least_one_point(
    approximate_growth, text, figure, verdict
):
    # "about 6 %" is 6 ± 1 point (5 % of 6 is only 0.3): 6.8 % is within it.
    result = _one(check(text, db=approximate_growth), figure)
    assert (result.rule_id, result.verdict) == ("store-facts", verdict), result.reason


# ── store_facts._month_known ────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "2005 — The annual trade between China and the Bahamas is now pegged at US$120"
            " million, the minister said.",
            "US$120 million",
        ),
        (
            "2005 — El comercio anual entre China y las Bahamas se sitúa ahora en 120 millones"
            " de dólares, dijo el ministro.",
            "120 millones de dólares",
        ),
        (
            "2005 — O comércio anual entre a China e as Bahamas está agora em US$ 120 milhões,"
            " disse o ministro.",
            "US$ 120 milhões",
        ),
    ],
)
def test_an_article_dated_to_its_year_has_no_running_month(package, text, figure):
    # A dateline of the year alone gives no month (its date is stored as 1 January): the
    # undated sum is not read as part of a running year, and the year's total bears it out.
    result = _one(check(text, db=package), figure)
    assert result.claim.article_date["precision"] == "year"
    assert (result.rule_id, result.verdict) == ("store-facts", Verdict.SUPPORTED), result.reason


# ── StoreFacts._offered_credit ──────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In 2015 China offered Latin America 20 billion dollars in loans.",
            "20 billion dollars",
        ),
        (
            "En 2015 China ofreció a América Latina préstamos por 20.000 millones de dólares.",
            "20.000 millones de dólares",
        ),
        (
            "Em 2015 a China ofereceu à América Latina 20 bilhões de dólares em empréstimos.",
            "20 bilhões de dólares",
        ),
    ],
)
def test_credit_offered_keeps_the_years_lending_as_related_evidence(package, text, figure):
    # The reason joins why (an offer, not the lending made) to what the store holds with " — "
    # (web/reasons.py translates the two parts); the year's lending is related evidence, not a
    # value that differs.
    result = _one(check(text, db=package), figure)
    (finding,) = _rule_findings(result, "store-facts")
    assert finding.verdict is Verdict.UNVERIFIABLE
    assert finding.reason.startswith(OFFERED_WHY + " — the store holds 21.5 usd_bn 2015")
    assert finding.evidence
    assert {e.relation for e in finding.evidence} == {"related"}


# ── TiesDate._ratified ──────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Ecuador's National Assembly ratified the free trade agreement with China on February"
            " 7, 2024.",
            "February 7, 2024",
        ),
        (
            "La Asamblea Nacional de Ecuador ratificó el tratado de libre comercio con China el 7"
            " de febrero de 2024.",
            "febrero de 2024",
        ),
        (
            "A Assembleia Nacional do Equador ratificou o tratado de livre comércio com a China em"
            " 7 de fevereiro de 2024.",
            "fevereiro de 2024",
        ),
    ],
)
def test_a_stored_ratification_is_cited_with_its_row(package, text, figure):
    # The finding names the row it rests on (state, FTA, status, date, the source's tier, id)
    # and cites it as evidence that matches.
    result = _one(check(text, db=package, date="2024-02-20"), figure)
    (finding,) = _rule_findings(result, "ties-date")
    assert finding.verdict is Verdict.SUPPORTED
    assert finding.reason == (
        "the ties table dates it 2024-02-07: ECU fta ratified since 2024-02-07, reputable source"
        " [ties:126]"
    )
    assert finding.evidence == (
        Evidence(
            kind="tie",
            record_id="ties:126",
            source_id="web-6628cdfba0",
            relation="matches",
            value=2024.0,
            unit="year",
            period="2024-02-07",
            entity="ECU",
        ),
    )


# ── ties_date._taiwan_side ──────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("El Salvador moved its diplomatic relations from Taipei to Beijing in 2018.", "2018"),
        ("El Salvador trasladó sus relaciones diplomáticas de Taipéi a Pekín en 2018.", "2018"),
        ("El Salvador transferiu suas relações diplomáticas de Taipé para Pequim em 2018.", "2018"),
    ],
)
def test_a_date_led_by_both_taipei_and_beijing_is_the_prc_ties(package, text, figure):
    # The words leading to 2018 name Taipei, but Beijing too: the date is the PRC tie's.
    result = _one(check(text, db=package), figure)
    assert (result.rule_id, result.verdict) == ("ties-date", Verdict.SUPPORTED), result.reason
    assert "2018-08-21" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua established diplomatic relations with Beijing in 1985 and Taipei in 1990, when"
        " Violeta Chamorro was president.",
        "Nicaragua estableció relaciones diplomáticas con Pekín en 1985 y Taipéi en 1990, cuando"
        " gobernaba Violeta Chamorro.",
        "A Nicarágua estabeleceu relações diplomáticas com Pequim em 1985 e Taipé em 1990, quando"
        " governava Violeta Chamorro.",
    ],
)
def test_a_date_led_by_taipei_alone_in_two_words_is_not_the_prc_ties(package, text):
    # "… and Taipei in 1990, when …": the two words leading to the date name Taiwan only (the
    # ", when" clause makes 1990 no other event's date); 1990 is the date of the relations
    # with Taipei, never refuted by the PRC tie (the slip refuted it: "recognises Taiwan on
    # 1990"). 1985 is still judged.
    results = check(text, db=package)
    assert _rule_findings(_one(results, "1990"), "ties-date") == []
    assert _one(results, "1985").verdict is Verdict.SUPPORTED


# ── ties_date._date_of_another_event ────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "text",
    [
        "Diplomatic relations with Cuba date from 1960, a year after the revolution of 1959.",
        "Relaciones diplomáticas con Cuba desde 1960, un año después de la revolución de 1959.",
        "Relações diplomáticas com Cuba desde 1960, um ano depois da revolução de 1959.",
    ],
)
def test_a_date_led_by_the_tie_that_opens_the_sentence_is_the_ties(package, text):
    # Two dates: 1960 is led by the words that open the sentence ("Diplomatic relations …"),
    # which name the tie, so it is the tie's date (1959 is the revolution's). The slip cut
    # the sentence's first letter from those words and read 1960 as another event's date.
    result = _one(check(text, db=package), "1960")
    assert (result.rule_id, result.verdict) == ("ties-date", Verdict.SUPPORTED), result.reason
    assert "1960-09-28" in result.reason


# ── batch 2 ─────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "May 13, 2025 — President Xi Jinping announced a credit line of 60 billion yuan to"
            " support the development of Latin America and the Caribbean.",
            "60 billion yuan",
        ),
        (
            "13 de mayo de 2025 — El presidente Xi Jinping anunció una línea de crédito de"
            " 60.000 millones de yuanes para apoyar el desarrollo de América Latina y el Caribe.",
            "60.000 millones de yuanes",
        ),
        (
            "13 de maio de 2025 — O presidente Xi Jinping anunciou uma linha de crédito de 60"
            " bilhões de yuans para apoiar o desenvolvimento da América Latina e do Caribe.",
            "60 bilhões de yuans",
        ),
    ],
)
def test_the_day_alone_does_not_name_the_days_plan(package, text, figure):
    # A text of the pledge's day that names no occasion before the figure: it may report
    # another occasion's figure, so the day's pledge is not shown beside it.
    result = _one(check(text, db=package), figure)
    assert _rule_findings(result, "commitments") == []
    assert DAYS_PLEDGE not in result.reason


def test_a_pledge_of_no_metric_is_no_reading_of_an_undated_article(package):
    # No date the text writes: whether the 2025 pledge runs at the figure's time is unknown,
    # so it does not bear the figure out (the dated text is, test above).
    text = (
        "He also promised to invite 300 political party officials from CELAC member states to"
        " China every year."
    )
    result = _one(check(text, db=package), "300 political party officials")
    assert _rule_findings(result, "commitments") == []
    assert result.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "figure", "supported"),
    [
        (
            "Ecuador's National Assembly ratified the free trade agreement with China in February"
            " 2024.",
            "February 2024",
            True,
        ),
        (
            "La Asamblea Nacional de Ecuador ratificó el tratado de libre comercio con China en"
            " febrero de 2024.",
            "febrero de 2024",
            True,
        ),
        (
            "A Assembleia Nacional do Equador ratificou o tratado de livre comércio com a China em"
            " fevereiro de 2024.",
            "fevereiro de 2024",
            True,
        ),
        (
            "Ecuador's National Assembly ratified the free trade agreement with China on February"
            " 20, 2024.",
            "February 20, 2024",
            False,
        ),
        (
            "La Asamblea Nacional de Ecuador ratificó el tratado de libre comercio con China el 20"
            " de febrero de 2024.",
            "febrero de 2024",
            False,
        ),
    ],
)
def test_a_ratification_is_matched_by_its_month_and_by_its_day_when_given(
    package, text, figure, supported
):
    # The row is dated 2024-02-07: a month alone is borne out; another day of that month is
    # not (and never refuted: chambers ratify on different days).
    result = _one(check(text, db=package, date="2024-02-20"), figure)
    findings = _rule_findings(result, "ties-date")
    assert [f.verdict for f in findings] == ([Verdict.SUPPORTED] if supported else [])


@pytest.fixture(scope="module")
def ratified_in_november(package) -> KnowledgeView:
    """The package's knowledge with Ecuador's FTA ratification dated 7 November 2023."""
    ties = package.ties.copy()
    ties.loc[ties["tie_id"] == "ties:126", "date"] = "2023-11-07"
    return dataclasses.replace(package, ties=ties)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Ecuador's National Assembly ratified the free trade agreement with China on November"
            " 7, 2023.",
            "November 7, 2023",
        ),
        (
            "La Asamblea Nacional de Ecuador ratificó el tratado de libre comercio con China el 7"
            " de noviembre de 2023.",
            "noviembre de 2023",
        ),
        (
            "A Assembleia Nacional do Equador ratificou o tratado de livre comércio com a China em"
            " 7 de novembro de 2023.",
            "novembro de 2023",
        ),
    ],
)
def test_a_ratification_of_a_two_digit_month_is_read_by_both_digits(
    ratified_in_november, text, figure
):
    # A unit test of the rule (a stored ratification moved to November): its month is "11".
    result = _one(check(text, db=ratified_in_november, date="2024-02-20"), figure)
    (finding,) = _rule_findings(result, "ties-date")
    assert finding.verdict is Verdict.SUPPORTED
    assert "ratified since 2023-11-07" in finding.reason
