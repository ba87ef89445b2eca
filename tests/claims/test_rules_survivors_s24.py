"""The claims_rules mutation run's survivors of round s24 (issue 17): a sample of the mutants on
lines of `claims/rules/` changed since 6f19f59. Each test here kills one or more mutants the
target's other tests let live (the classification of every survivor, with the mutants each test
kills, is in docs/mutation-claims-rules-survivors-s24.md).

Real-shaped sentences on the package's knowledge base (`kb`), or on a copy of it whose facts or
meetings are replaced by a few inline rows (`view`).
"""

from __future__ import annotations

import pandas as pd
import pytest

from chinalac.claims import KnowledgeView, Verdict, check
from chinalac.claims.knowledge import COLUMNS
from chinalac.claims.rules.store_facts import MEETING_THEN, REVISED_SERIES
from tests.claims.conftest import one, tiny_knowledge

FACT_COLUMNS = ["fact_id", "metric", "entity", "period_start", "period_end", "value", "unit",
                "reporter", "note", "source_id"]  # fmt: skip


def facts(*rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=FACT_COLUMNS)


def view(kb: KnowledgeView, **tables: pd.DataFrame) -> KnowledgeView:
    """The package's knowledge base with some tables replaced by inline rows."""
    frames = {name: getattr(kb, name) for name in COLUMNS}
    return KnowledgeView.from_frames(origin="inline", **{**frames, **tables})


# ── ties_date._first_not_borne_out: "the latest" ────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Panama was the latest Caribbean country to establish diplomatic relations with"
            " China, in June 2017.",
            "latest Caribbean country",
        ),
        (
            "Panamá fue el último país caribeño en establecer relaciones diplomáticas con China,"
            " en junio de 2017.",
            "último país caribeño",
        ),
        (
            "O Panamá foi o último país caribenho a estabelecer relações diplomáticas com a"
            " China, em junho de 2017.",
            "último país caribenho",
        ),
    ],
)
def test_the_date_of_a_latest_state_outside_the_subregion_bears_out_no_rank(kb, text, figure):
    # Panama's relations are dated June 2017, but Panama is no Caribbean state: its own date
    # does not bear out "the latest Caribbean country" (as for "first", round s22d).
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_guard_the_latest_caribbean_state_is_borne_out_by_its_date(kb):
    text = (
        "Dominica was the latest Caribbean country to establish diplomatic relations with China,"
        " in March 2004."
    )
    result = one(check(text, kb), "latest Caribbean country")
    assert result.verdict is Verdict.SUPPORTED, result.reason


# ── celac_members.counts_celac_members: "CELAC's 33 members" ──────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("All of CELAC's 33 member states were invited to the forum.", "33 member states"),
        (
            "By October 2022, any one of CELAC's 33 members could sign the Belt and Road"
            " memorandum.",
            "33 members could sign",
        ),
    ],
)
def test_a_count_written_after_celacs_name_is_its_membership(kb, text, figure):
    # The second is refuted by the 21 Belt and Road members when read as their count.
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.rule_id == "celac-members"


# ── meeting_ordinal._day: the meeting of the day is cited ───────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Xi Jinping spoke at the opening of the ministerial meeting of the China-CELAC Forum"
            " in Beijing on May 13, 2025.",
            "May 13, 2025",
        ),
        (
            "Xi Jinping habló en la apertura de la reunión ministerial del Foro China-CELAC en"
            " Pekín, el 13 de mayo de 2025.",
            "mayo de 2025",
        ),
        (
            "O presidente Xi Jinping discursou na cerimônia de abertura da reunião ministerial do"
            " Fórum China-Celac em Pequim, em 13 de maio de 2025.",
            "maio de 2025",
        ),
    ],
)
def test_a_meetings_day_cites_the_meeting_that_bears_it_out(kb, text, figure):
    result = one(check(text, kb, date="2025-05-14"), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert [(e.kind, e.record_id, e.relation) for e in result.evidence] == [
        ("mechanism", "ccf_ministerial_4_2025", "matches")
    ]


# ── store_facts._a_meetings_date ────────────────────────────────────────────────────────────


def test_a_meetings_date_read_as_the_founding_lists_every_stored_year(kb):
    result = one(check("The China-CELAC Forum was founded in 2015.", kb, date="2025-05-20"), "2015")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert result.rule_id == "store-facts"
    assert result.reason == (
        f"not called contradicted ({MEETING_THEN}): the store holds 2011 year 2011 "
        "[forum_established_year_lu2023, Lu2023]; 2014 year 2014-07 "
        "[forum_established_year_wikipedia, Wikipedia-ChinaCELACForum] for "
        "forum_established_year · LAC · 2015; the text says 2015"
    )
    assert [(e.record_id, e.relation) for e in result.evidence] == [
        ("forum_established_year_lu2023", "related"),
        ("forum_established_year_wikipedia", "related"),
    ]


def test_another_metrics_figure_of_a_meetings_year_is_still_refuted(kb):
    # 2015 is the year of the forum's first ministerial meeting: only a founding date is
    # excused by it, not a trade figure that both sources refute.
    two_sources = view(
        kb,
        facts=facts(
            ("a", "trade_total", "BRA", "2015", "2015", 71.5, "usd_bn", "", "", "S1"),
            ("b", "trade_total", "BRA", "2015", "2015", 66, "usd_bn", "", "", "S2"),
        ),
    )
    # (Round 35: 30 billion, far off both; 50 lay within a quarter of the two unattributed
    # counts, which no longer refute a figure that near.)
    text = "Brazil's trade with China reached US$ 30 billion in 2015."
    result = one(check(text, two_sources, date="2016-02-10"), "US$ 30 billion")
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_meeting_stored_by_its_month_is_found(kb):
    meetings = pd.DataFrame(
        [("m2", "ministerial_meeting", "2nd Ministerial Meeting of the China-CELAC Forum",
          "2018-01", "", "Santiago", "", "S1")],
        columns=COLUMNS["mechanisms"],
    )  # fmt: skip
    founded = view(
        kb,
        facts=facts(
            ("a", "forum_established_year", "LAC", "2011", "2011", 2011, "year", "", "", "S1"),
            ("b", "forum_established_year", "LAC", "2014", "2014", 2014, "year", "", "", "S2"),
        ),
        mechanisms=meetings,
    )
    text = "The China-CELAC Forum was founded in January 2018."
    result = one(check(text, founded, date="2025-05-20"), "January 2018")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert MEETING_THEN in result.reason


# ── store_facts._within_revisions ───────────────────────────────────────────────────────────

LENT = "In 2010, China's state banks lent US$ 35 billion to the region."


def loans_2010(second_reporter: str) -> pd.DataFrame:
    return facts(
        ("a", "loans_total", "LAC", "2010", "2010", 37, "usd_bn", "BU-IAD CLDB", "2013 vintage", "S1"),
        ("b", "loans_total", "LAC", "2010", "2010", 35.7, "usd_bn", second_reporter, "2022 vintage", "S2"),
    )  # fmt: skip


def test_vintages_of_two_databases_are_no_revision(kb):
    result = one(
        check(LENT, view(kb, facts=loans_2010("AidData")), date="2016-02-10"), "US$ 35 billion"
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_guard_vintages_of_one_database_are_a_revision(kb):
    stored = view(kb, facts=loans_2010("BU-IAD CLDB"))
    result = one(check(LENT, stored, date="2016-02-10"), "US$ 35 billion")
    assert result.verdict is Verdict.UNVERIFIABLE, result.reason
    assert REVISED_SERIES in result.reason


def test_a_date_is_never_excused_as_a_revision(kb):
    # Founding years stored as two vintages of one source: a date is exact, not a revised
    # estimate, so 2017 (within the two years' spread of 2014 and 2016) is still refuted.
    stored = view(
        kb,
        facts=facts(
            ("a", "forum_established_year", "LAC", "2014", "2014", 2014, "year", "Lu", "2013 vintage", "S1"),
            ("b", "forum_established_year", "LAC", "2016", "2016", 2016, "year", "Lu", "2022 vintage", "S2"),
        ),
        mechanisms=None,
    )  # fmt: skip
    result = one(
        check("The China-CELAC Forum was founded in 2017.", stored, date="2025-05-20"), "2017"
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# ── store_facts._several_years ──────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("China's loans to the region total more than US$ 30 billion.", "more than US$ 30 billion"),
        (
            "Los préstamos de China a la región superan los US$ 30.000 millones.",
            "superan los US$ 30.000 millones",
        ),
        (
            "Os empréstimos da China à região superam os US$ 30 bilhões.",
            "superam os US$ 30 bilhões",
        ),
    ],
)
def test_an_undated_lower_bound_is_borne_out_by_one_years_total(kb, text, figure):
    # One year's total (2010: 35) is no cumulative span: it bears out "more than 30".
    stored = view(
        kb, facts=facts(("a", "loans_total", "LAC", "2010", "2010", 35, "usd_bn", "", "", "S1"))
    )
    result = one(check(text, stored), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# ── list_count.ListCount.check: a time noun announces no list ───────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The fair lasted 5 days: Brazil, Chile and Peru sent delegations.", "5 days"),
        ("La feria duró 5 días: Brasil, Chile y Perú enviaron delegaciones.", "5 días"),
        ("A feira durou 5 dias: Brasil, Chile e Peru enviaram delegações.", "5 dias"),
    ],
)
def test_a_number_of_days_is_no_count_of_the_states_listed_after_it(kb, text, figure):
    result = one(check(text, kb, date="2025-05-14"), figure)
    assert result.verdict is not Verdict.INCONSISTENT, result.reason


# ── ties_date._own_words: two words leading to the date are its own ─────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Established in March 2023, Honduras's diplomatic relations with China opened the way"
            " to talks on new flights.",
            "March 2023",
        ),
        (
            "Establecidas en marzo de 2023, las relaciones diplomáticas de Honduras con China"
            " abrieron paso a negociaciones sobre nuevos vuelos.",
            "marzo de 2023",
        ),
        (
            "Estabelecidas em março de 2023, as relações diplomáticas de Honduras com a China"
            " abriram caminho para negociações sobre novos voos.",
            "março de 2023",
        ),
    ],
)
def test_two_words_leading_to_a_date_tell_what_it_dates(kb, text, figure):
    # "Established in" dates the relations, not the talks named later in the sentence.
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "HND diplomatic_relations_prc" in result.reason


# ── ties_date._talks_date: a date whose own words speak of talks is the talks' ────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Ecuador launched negotiations on a free trade agreement with China in February 2022"
            " and signed it in May 2023.",
            "February 2022",
        ),
        (
            "Ecuador lanzó las negociaciones de un tratado de libre comercio con China en febrero"
            " de 2022 y lo firmó en mayo de 2023.",
            "febrero de 2022",
        ),
        (
            "O Equador lançou as negociações de um acordo de livre comércio com a China em"
            " fevereiro de 2022 e o assinou em maio de 2023.",
            "fevereiro de 2022",
        ),
    ],
)
def test_the_date_the_talks_were_launched_is_no_signature(kb, text, figure):
    # The date's own words launch talks: February 2022 is no date of the FTA's signature.
    result = one(check(text, kb), figure)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# ── commitments.Commitments.check: a figure of no metric looks only at pledges of none ────────


def test_a_pledged_figure_of_no_metric_is_not_borne_out_by_a_pledge_of_a_metric(kb):
    # 1,000 is the target of Brasília 2014's young leaders (young_leaders_count), and the
    # sentence names young leaders: the ambulances are still no reading of that pledge.
    text = (
        "July 20, 2014 — Xi also promised China would donate 1,000 ambulances to the region,"
        " which young community leaders praised."
    )
    result = one(check(text, kb), "1,000 ambulances")
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert "brasilia2014_young_leaders_1000" not in result.reason


# ── batch 2 ─────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The China-CELAC Forum was founded in October 2019.", "October 2019"),
        ("El Foro China-CELAC fue creado en noviembre de 2024.", "noviembre de 2024"),
        ("O Fórum China-CELAC foi criado em outubro de 2019.", "outubro de 2019"),
    ],
)
def test_the_month_of_another_mechanism_is_no_ministerial_meeting(kb, text, figure):
    # October 2019 and November 2024 are the months of two conferences (mechanisms of another
    # kind): no ministerial meeting excuses the founding date, which both sources refute.
    result = one(check(text, kb, date="2025-05-20"), figure)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("China's loans to the region total more than US$ 80 billion.", "more than US$ 80 billion"),
        (
            "Los préstamos de China a la región superan los US$ 80.000 millones.",
            "superan los US$ 80.000 millones",
        ),
        (
            "Os empréstimos da China à região superam os US$ 80 bilhões.",
            "superam os US$ 80 bilhões",
        ),
    ],
)
def test_an_undated_lower_bound_is_not_borne_out_by_a_span_of_years(kb, text, figure):
    # 2005–2012, stored by its years alone (no month): a cumulative total runs higher than any
    # one year's, so it bears out no undated "more than" (round s22b).
    stored = view(
        kb, facts=facts(("a", "loans_total", "LAC", "2005", "2012", 87, "usd_bn", "", "", "S1"))
    )
    result = one(check(text, stored), figure)
    assert result.verdict is not Verdict.SUPPORTED, result.reason


PLEDGE_DATED_IN_WORDS = pd.DataFrame(
    [("places_2016", "10,000 training places", "training_places_count", 10000, "count",
      "2016", "2018", "November 2016", None, "", "", "S1", "")],
    columns=["commitment_id", "description", "metric", "target_value", "unit", "period_start",
             "period_end", "announced", "delivered_value", "delivered_as_of",
             "delivery_source_id", "source_id", "evidence"],
)  # fmt: skip


def test_a_pledge_dated_in_words_is_never_made_after_the_article():
    # "November 2016" is no ISO date: nothing says the pledge came after the dateline.
    text = "May 20, 2017 — China will provide 10,000 training places to the region by 2018."
    knowledge = tiny_knowledge(commitments=PLEDGE_DATED_IN_WORDS)
    result = one(check(text, db=knowledge), "10,000 training places")
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "18 de julio de 2014 — Xi anunció que su país se propone elevar su inversión en"
            " Latinoamérica hasta 300.000 millones de dólares en diez años. También prometió"
            " 6.000 becas gubernamentales entre 2015 y 2019.",
            "6.000 becas gubernamentales",
        ),
        (
            "18 de julho de 2014 — Xi anunciou que seu país pretende elevar seu investimento na"
            " América Latina para US$ 300 bilhões em dez anos. Também prometeu 6.000 bolsas de"
            " estudo governamentais entre 2015 e 2019.",
            "6.000 bolsas",
        ),
    ],
)
def test_a_goal_not_borne_out_leaves_the_next_pledges_judged(kb, text, figure):
    # The investment goal (300, not the pledged 250) is left; the scholarships after it are
    # still the 6,000 of Brasília 2014. (EN's wording of the goal reads no goal.)
    result = one(check(text, kb), figure)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "brasilia2014_scholarships_6000" in result.reason


def test_a_latest_rank_keeps_the_year_before_it_as_its_cutoff(kb):
    # "In 2018 … the latest FTA partner to join the Belt and Road": the latest by 2018 is
    # Ecuador (December 2018), not a state that joined later. The rank's own words ("FTA
    # partner") are no tie named before the year: read so, they would drop the cutoff.
    text = (
        "In 2018, after establishing relations with China in 2007, Costa Rica was the latest FTA"
        " partner to join the Belt and Road."
    )
    result = one(check(text, kb), "latest FTA partner")
    assert result.reason.startswith("the ties table puts ECU bri_mou"), result.reason
