"""Claims rules at edges the rule tests left unpinned, on tiny inline tables: the pledges a
sentence names by their plan and the pledges told by several statements (commitments), sources
that disagree or not (store-facts), and where a list after a count starts and ends (list-count).
Found by `python3 tasks.py mutate claims_rules` (docs/mutation.md)."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from chinalac.claims import KnowledgeView, check
from tests.claims.conftest import COUNTRIES, METRICS, TIE_COLUMNS, fact, tiny_knowledge
from tests.claims.test_claims_rules_unit import PLEDGES

SOURCES = pd.DataFrame([("S1", "Source one"), ("S2", "Source two")], columns=["source_id", "title"])
PLEDGE_COLUMNS = ["commitment_id", "plan", "description", "metric", "target_value", "unit",
                  "period_start", "period_end", "made_on", "source_id", "evidence"]  # fmt: skip
STATEMENT_COLUMNS = ["commitment_id", "statement_id", "description", "target_value", "unit",
                     "period_start", "period_end", "made_on", "source_id", "evidence"]  # fmt: skip
DELIVERY_COLUMNS = ["delivery_id", "commitment_id", "as_of", "as_of_end", "value", "value_text",
                    "unit", "kind", "reporter", "source_id"]  # fmt: skip

# Three plans' training places (the 2014 Brasília pledge, the 2016 Lima pledge, told only by
# what was delivered, and the 2022–2024 Joint Action Plan) and the 2015 financing package.
PLANS = pd.DataFrame(
    [
        ("places_brasilia", "xi_brasilia_2014", "6,000 training places", "training_places_count",
         6000, "count", "2015", "2019", "2014-07", "S1", ""),
        ("places_lima", "xi_lima_2016", "10,000 training places", "training_places_count",
         None, "count", "2017", "2021", "2016-11", "S2", ""),
        ("places_jap", "joint_action_plan_2022_2024", "3,000 training places",
         "training_places_count", 3000, "count", "2022", "2024", "2021-12", "S1", ""),
        ("loans_2015", "cooperation_plan_2015_2019", "US$35 billion financing", "loans_total",
         35, "usd_bn", "2015", "2019", "2015-01", "S1", ""),
    ],
    columns=PLEDGE_COLUMNS,
)  # fmt: skip
# Lima's delivery: a report whose figure was left blank, then the figure of 2019.
LIMA_DELIVERED = pd.DataFrame(
    [
        ("lima_blank", "places_lima", "2019", "2019", None, "", "count", "measurement", "S2", "S2"),
        ("lima_2019", "places_lima", "2019", "2019", 8200, "8,200", "count", "measurement", "S2",
         "S2"),
    ],
    columns=DELIVERY_COLUMNS,
)  # fmt: skip


def knowledge(pledges, statements=None, delivery=None) -> KnowledgeView:
    """A view with the store's three commitment tables (not the legacy one-table shape)."""
    if statements is None:  # each pledge told by one statement of its own
        statements = pledges.drop(columns="plan").assign(statement_id=pledges["commitment_id"])
    return KnowledgeView.from_frames(
        origin="inline",
        metrics=METRICS,
        countries=COUNTRIES,
        sources=SOURCES,
        commitments=pledges,
        commitment_statements=statements[STATEMENT_COLUMNS],
        delivery=pd.DataFrame(columns=DELIVERY_COLUMNS) if delivery is None else delivery,
    )


def one(text: str, view: KnowledgeView, rule_id: str, **when):
    (result,) = [r for r in check(text, db=view, **when) if r.rule_id in (rule_id, None)]
    return result


def commitment(text: str, view=None) -> tuple[str, str, str, list]:
    result = one(text, view or knowledge(PLANS, delivery=LIMA_DELIVERED), "commitments")
    shown = [(e.record_id, e.relation, e.period) for e in result.evidence]
    return result.rule_id, str(result.verdict), result.reason, shown


# commitments: a plan named in the sentence -------------------------------------------------
def test_a_figure_of_another_plan_is_disputed_as_not_of_the_plans_named():
    assert commitment("The Joint Action Plan 2022 offers 6,000 training places.") == (
        "commitments",
        "disputed",
        "6,000 training places is the target of another pledge: places_brasilia "
        "(xi_brasilia_2014, 2015–2019), not of joint_action_plan_2022_2024 [S1]",
        [("places_brasilia", "related", "2015–2019")],
    )
    two_plans = (
        "China offered 6,000 training places in Lima and again in the Joint Action Plan 2022."
    )
    assert commitment(two_plans)[2].endswith(
        "not of joint_action_plan_2022_2024, xi_lima_2016 [S1]"
    )


def test_naming_the_plan_makes_a_sentence_about_a_pledge_without_a_pledge_word():
    # "announced" is no pledge word: naming Brasília is what makes 5,000 a miss of its pledge.
    assert commitment("In Brasilia, China announced 5,000 training places for 2015–2019.") == (
        "commitments",
        "contradicted",
        "the pledge of the same plan, metric and period holds target 6,000 [places_brasilia]; "
        "the text says 5,000 training places",
        [("places_brasilia", "differs", "2015–2019")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "In 2030, China will offer 7,000 training places.",  # no pledge of that period
        "In 2016, China provided 7,000 training places.",  # no pledge word, no plan named
    ],
)
def test_a_figure_is_contradicted_only_by_an_identified_pledge_it_speaks_of(text):
    view = knowledge(PLANS, delivery=LIMA_DELIVERED)
    assert [r for r in check(text, db=view) if r.rule_id == "commitments"] == []


def test_a_pledge_figure_without_a_period_among_pledges_of_one_plan_is_not_contradicted():
    (result,) = check(
        "China will offer 7,000 training places.", db=tiny_knowledge(commitments=PLEDGES)
    )
    assert str(result.verdict) == "unverifiable"


# commitments: a pledge told only by its delivery ---------------------------------------------
def test_a_pledge_without_a_target_is_held_to_its_delivered_figures_past_blank_reports():
    assert commitment("From 2017 to 2021, China pledged 9,000 training places.") == (
        "commitments",
        "contradicted",
        "the pledge of the same plan, metric and period holds delivered 8,200 [places_lima]; "
        "the text says 9,000 training places",
        [("places_lima", "differs", "2017–2021")],
    )
    assert commitment("By 2019, China had provided 8,200 training places.")[1:3] == (
        "supported",
        "matches the delivered of commitment places_lima (10,000 training places) [S2]",
    )


# commitments: money pledges and the period's kind --------------------------------------------
def test_a_money_pledge_is_matched_in_its_own_unit():
    assert commitment("From 2015 to 2019, China pledged $35 billion in loans.") == (
        "commitments",
        "supported",
        "matches the target of commitment loans_2015 (US$35 billion financing) [S1]",
        [("loans_2015", "matches", "2015–2019")],
    )
    assert commitment("In 2022, China pledged $35 billion in loans.")[1:3] == (
        "disputed",
        "$35 billion is the target of another pledge: loans_2015 (cooperation_plan_2015_2019, "
        "2015–2019), not of 2022 [S1]",
    )


def test_a_range_of_years_must_be_the_pledges_period_not_only_end_with_it():
    assert commitment("From 2014 to 2019, China will offer 6,000 training places.")[1:3] == (
        "disputed",
        "6,000 training places is the target of another pledge: places_brasilia "
        "(xi_brasilia_2014, 2015–2019), not of 2014–2019 [S1]",
    )
    assert commitment("By 2019, China will have offered 6,000 training places.")[1] == "supported"


def test_a_pledge_with_neither_a_period_nor_a_date_made_is_shown_without_one():
    undated = PLEDGES.assign(period_start="", period_end="", announced="")
    (result,) = check(
        "China offered 5,000 training places.", db=tiny_knowledge(commitments=undated)
    )
    assert str(result.verdict) == "supported"
    assert [(e.record_id, e.period) for e in result.evidence] == [("places_2012", "")]


@pytest.mark.parametrize(
    "before",
    [
        "The plan was announced in July 2014.",  # a date without a metric (the dated path)
        "Trade reached $450 billion in 2019.",  # a metric no pledge has
    ],
)
def test_a_pledge_figure_after_claims_the_rule_passes_over_is_still_judged(before):
    # Written against `Commitments.check`'s survivors (docs/mutation.md, ninth run): a
    # `continue` turned `break` left every later claim of the text unjudged.
    text = f"{before} By 2019, China will have offered 6,000 training places."
    view = knowledge(PLANS, delivery=LIMA_DELIVERED)
    [result] = [r for r in check(text, db=view) if r.claim.text.strip() == "6,000 training places"]
    assert (result.rule_id, str(result.verdict)) == ("commitments", "supported")


# commitments: a date in a sentence naming a pledge told by several statements ----------------
# The pledge's id names journalists; a later statement names the Press Center and starts 2017.
PRESS = pd.DataFrame(
    [("journalists_2016", None, "Journalist training", "journalist_classes_count", None,
      "count", "2016", "", "2016-11", "S1", "")],
    columns=PLEDGE_COLUMNS,
)  # fmt: skip
PRESS_STATEMENTS = pd.DataFrame(
    [
        ("journalists_2016", "journalists_2016", "Journalist training", None, "count", "2016",
         "", "2016-11", "S1", ""),
        ("journalists_2016", "press_center", "Press Center", None, "count", "2017", "",
         "", "S2", ""),
    ],
    columns=STATEMENT_COLUMNS,
)  # fmt: skip


def dated(text: str) -> tuple[str, str, str]:
    result = one(text, knowledge(PRESS, PRESS_STATEMENTS), "commitments")
    return result.rule_id, str(result.verdict), result.reason


@pytest.mark.parametrize(
    "text",
    [
        "The Press Center opened in Beijing in 2017.",  # a statement's words and start
        "In March 2017, the Press Center opened in Beijing.",  # a month: the start still counts
        "En marzo de 2017, el Press Center abrió en Pekín.",
        "Em março de 2017, a China abriu um Press Center em Pequim.",
    ],
)
def test_a_pledge_is_dated_by_the_words_and_start_of_each_of_its_statements(text):
    assert dated(text) == (
        "commitments",
        "supported",
        "dated 2017 by commitment journalists_2016 (Journalist training) [S1]",
    )


def test_a_pledge_is_dated_by_its_own_start_too():
    assert dated("Journalists have been trained in Beijing since 2016.")[1:] == (
        "supported",
        "dated 2016 by commitment journalists_2016 (Journalist training) [S1]",
    )


def test_a_pledge_is_dated_by_its_own_start_when_no_statement_gives_it():
    # Only the later statement is stored: the pledge's own start (2016) still dates it
    # (written against `_dated_pledges`' survivors in docs/mutation.md, ninth run).
    later_only = PRESS_STATEMENTS[PRESS_STATEMENTS["statement_id"] == "press_center"]
    result = one(
        "Journalists have been trained in Beijing since 2016.",
        knowledge(PRESS, later_only),
        "commitments",
    )
    assert (str(result.verdict), result.reason) == (
        "supported",
        "dated 2016 by commitment journalists_2016 (Journalist training) [S1]",
    )


# store-facts: which sources disagree -------------------------------------------------------
def store_fact(text: str, facts, **when) -> tuple[str, str, str]:
    result = one(text, tiny_knowledge(facts), "store-facts", **when)
    return result.rule_id, str(result.verdict), result.reason


def institutes(*rows):
    return [
        fact(i, "confucius_institutes_count", "LAC", "2016", "2016", v, unit, source, "ci")
        for i, v, unit, source in rows
    ]


IN_2016 = "In 2016, Latin America had 45 Confucius Institutes."


def test_one_source_holding_two_figures_is_not_a_disagreement_of_sources():
    facts = institutes(("a", 39, "count", "S1"), ("b", 45, "count", "S1"))
    assert store_fact(IN_2016, facts) == (
        "store-facts", "supported", "matches 45 count 2016 [b, S1]",
    )  # fmt: skip


@pytest.mark.parametrize(
    "facts",
    [
        # the first figure's source also holds the other figure
        institutes(("a", 39, "count", "S1"), ("b", 45, "count", "S1"), ("c", 45, "count", "S2")),
        # a figure in a unit of its own stands between the two that disagree
        institutes(("a", 39, "count", "S1"), ("b", 40, "places", "S2"), ("c", 45, "count", "S2")),
    ],
)
def test_every_pair_of_sources_is_compared(facts):
    assert store_fact(IN_2016, facts)[1:] == (
        "disputed",
        "sources disagree on confucius_institutes_count · LAC · 2016: 39 count 2016 [a, S1]; "
        + ("45 count 2016 [b, S1]; " if facts[1][6] == 45 else "")
        + "45 count 2016 [c, S2]",
    )


def test_every_pair_of_years_is_compared():
    peaks = [
        fact(i, "carbon_peak_year", "CHN", "2020-09", "2020-09", year, "year", source, "cp")
        for i, year, source in (("a", 2030, "S1"), ("b", 2030, "S2"), ("c", 2028, "S2"))
    ]
    text = "In September 2020, China set 2030 as its carbon peak year."
    assert store_fact(text, peaks)[1] == "disputed"


@pytest.mark.parametrize("order", [1, -1])
def test_sources_half_a_percent_apart_of_the_larger_agree(order):
    trade = [
        fact(i, "trade_total", "LAC", "2021", "2021", v, "usd_bn", s, "t2021")
        for i, v, s in (("t_a", 200, "S1"), ("t_b", 199, "S2"))
    ][::order]
    assert store_fact("China-LAC trade reached $199 billion in 2021.", trade)[1:] == (
        "supported", "matches 199 usd_bn 2021 [t_b, S2]",
    )  # fmt: skip


def test_two_sources_holding_zero_agree():
    zero = [fact(i, "trade_total", "LAC", "2021", "2021", 0, "usd_bn", s, "t2021")
            for i, s in (("t_a", "S1"), ("t_b", "S2"))]  # fmt: skip
    assert store_fact("China-LAC trade reached $1 billion in 2021.", zero)[1] == "contradicted"


# store-facts: a figure of no stored period ----------------------------------------------------
def ci(fact_id, start, end, value=46):
    return fact(fact_id, "confucius_institutes_count", "LAC", start, end, value, "count")


NO_PERIOD = "Latin America has 46 Confucius Institutes."


def test_a_stored_figure_open_at_the_start_speaks_of_the_articles_year():
    assert store_fact(NO_PERIOD, [ci("ci_by", "", "2024")], date="2023-06-01") == (
        "store-facts", "supported", "the text gives no period; matches 46 count by 2024 [ci_by, S1]",
    )  # fmt: skip


def test_a_stored_figure_starting_after_the_articles_year_does_not_speak_of_it():
    assert store_fact(NO_PERIOD, [ci("ci_since", "2024", "")], date="2023-06-01") == (
        "store-facts",
        "unverifiable",
        "no stored fact for confucius_institutes_count · LAC · no period stated; the store "
        "holds confucius_institutes_count · LAC for 2024",
    )


def test_an_undated_stored_figure_is_named_undated():
    assert store_fact(NO_PERIOD, [ci("ci_u", "", "", 40)], date="2023-06-01")[2].endswith(
        "the store holds confucius_institutes_count · LAC for undated"
    )


def test_figures_of_other_periods_are_shown_six_at_most():
    years = [ci(f"ci_{y}", str(y), str(y), 30 + y - 2010) for y in range(2010, 2018)]
    result = one("In 2020, Latin America had 45 Confucius Institutes.", tiny_knowledge(years),
                 "store-facts")  # fmt: skip
    assert [e.record_id for e in result.evidence] == [f"ci_{y}" for y in range(2010, 2016)]


# list-count: where the list starts and ends -------------------------------------------------
def list_count(text: str) -> list[str]:
    return [r.reason for r in check(text, db=tiny_knowledge()) if r.rule_id == "list-count"]


def test_a_list_four_words_from_its_count_is_near():
    assert list_count("Eight countries of the region signed: transport, energy, mining.") == [
        "announces 8 countries but lists 3: transport, energy, mining",
    ]  # fmt: skip
    assert (
        list_count("Eight countries of the whole region signed: transport, energy, mining.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "China signed agreements with three countries (Jiang, 2018: 32).",
        "China firmó acuerdos con tres países (Jiang, 2018: 32).",
    ],
)
def test_a_citation_after_a_count_is_no_list(text):
    assert list_count(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two countries (Brazil and Chile) joined, then Peru (2016).",
        "Dos países (Brasil y Chile) se sumaron, y luego Perú (2016).",
        "Dois países (Brasil e Chile) aderiram, e depois o Peru (2016).",
    ],
)
def test_a_list_in_parentheses_ends_at_the_first_closing_parenthesis(text):
    assert list_count(text) == []


def test_a_list_in_parentheses_starts_after_the_count():
    assert list_count("Since 2018 (see below), two countries (Brazil, Chile and Peru) joined.") == [
        "announces 2 countries but lists 3: Brazil, Chile, Peru",
    ]  # fmt: skip


def test_a_list_may_run_to_the_end_of_an_unpunctuated_sentence():
    assert list_count("Two countries joined: Brazil, Chile and Peru") == [
        "announces 2 countries joined but lists 3: Brazil, Chile, Peru",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "China buys five commodities from Chile (including copper and lithium).",
        "China compra cinco productos a Chile (como cobre y litio).",
    ],
)
def test_examples_after_a_count_are_no_list(text):
    assert list_count(text) == []


def test_an_item_of_six_words_is_still_an_item():
    text = "Three priorities: trade, investment, energy, and the building of new transport links."
    assert list_count(text) == [
        "announces 3 priorities but lists 4: trade, investment, energy, the building of new "
        "transport links",
    ]  # fmt: skip


@pytest.mark.parametrize("unit", ["count_participants", "count_per_year"])
def test_a_pledge_in_a_count_unit_of_the_store_is_counted(unit):
    (result,) = check(
        "In 2015, China offered 10,000 training places to the region.",
        db=tiny_knowledge(commitments=PLEDGES.assign(unit=unit)),
    )
    assert (str(result.verdict), result.record_ids) == ("supported", ["places_2015"])


# store-facts: figures that bear out only their own value, and lower bounds --------------------
def with_precision(facts, *precision) -> KnowledgeView:
    view = tiny_knowledge(facts)
    return dataclasses.replace(view, facts=view.facts.assign(precision=list(precision)))


LOANS_2020 = [
    fact("l_a", "loans_total", "MEX", "2020", "2020", 0.6, "usd_bn", "S1", "l2020"),
    fact("l_b", "loans_total", "MEX", "2020", "2020", 0.9, "usd_bn", "S2", "l2020"),
]


def test_a_loan_that_may_be_one_of_several_never_contradicts_another_figure():
    result = one(
        "In 2020, China lent Mexico $1.2 billion.",
        with_precision(LOANS_2020[:1], "one of several"),
        "store-facts",
    )
    assert (result.rule_id, str(result.verdict), result.reason) == (
        "store-facts",
        "unverifiable",
        "not called contradicted (the stored item may be one of several): the store holds "
        "0.6 usd_bn 2020 [l_a, S1] for loans_total · MEX · 2020; the text says $1.2 billion",
    )
    assert [(e.record_id, e.relation) for e in result.evidence] == [("l_a", "related")]


def test_sources_that_each_pick_their_basket_never_contradict_a_figure_beyond_them():
    result = one(
        "In 2020, China lent Mexico $1.5 billion.",
        with_precision(LOANS_2020, "definition varies", "definition varies"),
        "store-facts",
    )
    assert (str(result.verdict), result.reason) == (
        "unverifiable",
        "not called contradicted (each source picks its own basket): the store holds 0.6 usd_bn "
        "2020 [l_a, S1]; 0.9 usd_bn 2020 [l_b, S2] for loans_total · MEX · 2020; the text says "
        "$1.5 billion",
    )
    assert [(e.record_id, e.relation) for e in result.evidence] == [
        ("l_a", "related"), ("l_b", "related"),
    ]  # fmt: skip


OVER_500 = [fact("t_over", "trade_total", "LAC", "2024", "2024", 500, "usd_bn", "S1")]


@pytest.mark.parametrize(
    "text",
    [
        "In 2024, China-LAC trade was more than $500 billion.",
        "In 2024, China-LAC trade was at least $450 billion.",
        "En 2024, el comercio entre China y América Latina superó los US$500.000 millones.",
        "Em 2024, o comércio entre a China e a América Latina foi de mais de US$ 500 bilhões.",
    ],
)
def test_a_lower_bound_supports_a_bound_at_or_below_it(text):
    result = one(text, with_precision(OVER_500, "lower bound"), "store-facts")
    assert (result.rule_id, str(result.verdict), result.reason, result.record_ids) == (
        "store-facts",
        "supported",
        "a lower bound as the store's: over 500 usd_bn 2024 [t_over, S1]",
        ["t_over"],
    )


def test_a_lower_bound_neither_supports_nor_contradicts_a_plain_figure():
    result = one(
        "In 2024, China-LAC trade was $500 billion.",
        with_precision(OVER_500, "lower bound"),
        "store-facts",
    )
    assert str(result.verdict) == "unverifiable" and result.record_ids == []


# ties-date: "the initiative" takes up the one tie the sentence before named ------------------
PANAMA = pd.DataFrame(
    [
        ("PAN", "bri_mou", "signed", "2017-11-17", "https://e.org/pan-bri"),
        ("PAN", "fta", "in negotiation", "2018-06-12", "https://e.org/pan-fta"),
    ],
    columns=TIE_COLUMNS,
).assign(evidence="")
FIRST = "Panama was the first country in the region to sign the Belt and Road memorandum, in 2017."


def ties_dated(text: str) -> dict[str, str]:
    return {
        r.claim.text.strip(): str(r.verdict)
        for r in check(text, db=tiny_knowledge(ties=PANAMA))
        if r.rule_id == "ties-date"
    }


@pytest.mark.parametrize(
    "text",
    [
        f"{FIRST} Panama joined the initiative in 2019.",
        "Panamá fue el primer país de la región en firmar el memorando de la Franja y la Ruta, en "
        "2017. Panamá se sumó a la iniciativa en 2019.",
        "O Panamá foi o primeiro país da região a assinar o memorando do Cinturão e Rota, em "
        "2017. O Panamá aderiu à iniciativa em 2019.",
    ],
)
def test_the_initiative_is_the_tie_the_sentence_before_named(text):
    assert ties_dated(text).get("2019") == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before names two ties
        "In 2017, Panama signed the Belt and Road memorandum and began FTA talks. Panama joined "
        "the initiative in 2019.",
        f"{FIRST} Trade grew. Panama joined the initiative in 2019.",  # not the sentence before
        f"Panama joined the initiative in 2019. {FIRST}",  # the sentence after
        f"{FIRST} Panama joined in 2019.",  # no "initiative"
    ],
)
def test_no_tie_is_taken_up_but_from_the_sentence_just_before(text):
    assert "2019" not in ties_dated(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three priorities: trade, and the building of many new transport links.",
        "Tres prioridades: comercio y la construcción de muchas nuevas rutas de transporte.",
    ],
)
def test_a_list_with_an_item_of_seven_words_is_prose_not_counted(text):
    assert list_count(text) == []


def test_figures_in_two_currencies_are_no_disagreement_of_sources():
    trade = [
        fact("t_usd", "trade_total", "LAC", "2021", "2021", 450, "usd_bn", "S1", "t2021"),
        fact("t_cny", "trade_total", "LAC", "2021", "2021", 3000, "cny_bn", "S2", "t2021"),
    ]
    assert store_fact("China-LAC trade reached $450 billion in 2021.", trade)[1] == "supported"


# list-count: which names of a list are counted -------------------------------------------------
def test_a_far_list_naming_two_countries_is_counted():
    assert list_count("Eight states signed the new trade accord in 2018: Brazil and Chile.") == [
        "announces 8 states signed but lists 2: Brazil, Chile",
    ]  # fmt: skip


def test_regions_in_a_list_of_countries_are_not_counted():
    assert list_count("China signed deals with 2 partners (Latin America, Brazil and Chile).") == []


def test_a_list_naming_countries_is_told_by_their_names():
    assert list_count("China signed deals with 3 countries: Chile's north, Peru, Cuba and Brazil.") == [
        "announces 3 countries but lists 4: Chile, Peru, Cuba, Brazil",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "before",
    [
        "Trade reached $5 billion.",  # no count
        "Five ministers met.",  # a count and no list
        "Three categories of firms were hurt by the policy: the first one is small.",  # far
    ],
)
def test_a_count_after_one_without_a_list_is_still_checked(before):
    assert list_count(f"{before} China signed deals with 3 countries: Brazil, Chile, Peru and Cuba.") == [
        "announces 3 countries but lists 4: Brazil, Chile, Peru, Cuba",
    ]  # fmt: skip


def test_a_list_of_two_countries_is_told_by_their_names_and_shown_as_the_texts_evidence():
    (result,) = [
        r
        for r in check("China signed deals with 3 countries: Chile's north and Peru's south.", db=tiny_knowledge())
        if r.rule_id == "list-count"
    ]  # fmt: skip
    assert result.reason == "announces 3 countries but lists 2: Chile, Peru"
    assert [dataclasses.astuple(e) for e in result.evidence] == [
        ("text", "c001:list", None, "differs", 2.0, "count", None, None, None,
         "Chile's north and Peru's south"),
    ]  # fmt: skip


def test_a_count_after_a_list_that_agrees_with_its_count_is_still_checked():
    text = "China signed deals with 2 countries: Brazil and Chile. It also named 3 items: coal, soy, oil and iron."
    assert list_count(text) == ["announces 3 items but lists 4: coal, soy, oil, iron"]


@pytest.mark.parametrize(
    "text",
    [
        "Two countries: Brazil and Chile lead the world in lithium output.",
        "Dos países: Brasil y Chile lideran el mundo en producción de litio.",
        "Dois países: Brasil e Chile lideram o mundo na produção de lítio.",
    ],
)
def test_the_world_named_in_a_list_of_countries_is_not_counted(text):
    # A countries table may hold the world as a row, as the World Bank's do (code WLD): its
    # name then reads as a strong mention, and still is no country of the list.
    with_world = pd.concat(
        [COUNTRIES, pd.DataFrame([("WLD", "World", "Mundo", "Mundo")], columns=COUNTRIES.columns)]
    )
    view = dataclasses.replace(tiny_knowledge(), countries=with_world)
    assert [r.reason for r in check(text, db=view) if r.rule_id == "list-count"] == []
    assert list_count(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "China sent 3 million doses (to Brazil, Chile, Peru and Uruguay).",  # a count in millions
        "China is the second partner (after Brazil, Chile and Peru).",  # a rank, not a count
        "China es el segundo socio (después de Brasil, Chile y Perú).",
    ],
)
def test_only_a_count_of_units_announces_a_list(text):
    assert list_count(text) == []


# ranked-list: a rank named by a metric phrase of two words -----------------------------------
MAIN_PARTNER = pd.DataFrame(
    [("main_partner_count", "count", "main partner", "principal socio", "principal parceiro")],
    columns=METRICS.columns,
)


@pytest.mark.parametrize(
    "text",
    [
        "En América Latina, China es el principal socio de Brasil, Chile, Perú y Uruguay.",
        "Na América Latina, a China é o principal parceiro do Brasil, Chile, Peru e Uruguai.",
    ],
)
def test_a_rank_named_by_a_two_word_metric_phrase_is_counted_over_its_list(text):
    facts = [fact("mp", "main_partner_count", "LAC", "2022", "2022", 4, "count")]
    view = dataclasses.replace(tiny_knowledge(facts), metrics=pd.concat([METRICS, MAIN_PARTNER]))
    (result,) = check(text, db=view)
    assert (result.rule_id, str(result.verdict), result.reason) == (
        "ranked-list",
        "supported",
        "4 states listed (BRA, CHL, PER, URY) → the text gives no period; matches 4 count 2022 [mp, S1]",
    )
    assert [(e.record_id, e.relation, e.note) for e in result.evidence] == [
        ("mp", "matches", None),
        ("c001:list", "related", "BRA, CHL, PER, URY"),
    ]
