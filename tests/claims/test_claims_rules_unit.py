"""Claims rules at their edges on tiny inline knowledge tables, one test per behaviour that the
broader rule tests left unpinned (found by `python3 tasks.py mutate claims_rules`)."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import asdict

import pandas as pd
import pytest

from chinalac.claims import check
from chinalac.claims.rules.base import topic_words
from tests.claims.conftest import TIE_COLUMNS, fact, tiny_knowledge
from tests.claims.test_claims_rules import COMMITMENTS as COMMITMENTS_OF_THE_RULE_TESTS


def verdicts(text: str, knowledge=None) -> list[tuple[str, str]]:
    return [(r.rule_id, str(r.verdict)) for r in check(text, db=knowledge or tiny_knowledge())]


def test_a_sentence_without_figures_gets_no_rule():
    assert verdicts("Relations between the regions are warm.") == []


def results(text: str, facts=()) -> dict[str, tuple[str, str]]:
    return {r.rule_id: (str(r.verdict), r.reason) for r in check(text, db=tiny_knowledge(facts))}


# growth-rate: the annual rate compounds over the years between the two levels ------------
LEVELS = "Trade rose from $100 billion in 2020 to $121 billion in 2022"


def test_an_annual_rate_is_compounded_over_the_years_between_the_levels():
    assert "growth-rate" not in results(f"{LEVELS}, up 10% a year.")
    assert results(f"{LEVELS}, up 15% a year.")["growth-rate"] == (
        "inconsistent", "15% does not match $100 billion → $121 billion (implied 10%)",
    )  # fmt: skip


def test_a_rate_without_a_year_is_the_total_change():
    assert "growth-rate" not in results(f"{LEVELS}, up 21%.")
    assert results(f"{LEVELS}, up 10%.")["growth-rate"] == (
        "inconsistent", "10% does not match $100 billion → $121 billion (implied 21%)",
    )  # fmt: skip


def test_an_annual_rate_over_one_year_is_the_total_change():
    one_year = "Trade rose from $100 billion in 2022 to $110 billion in 2023"
    assert "growth-rate" not in results(f"{one_year}, up 10% a year.")


def test_levels_without_years_compare_a_rate_with_the_total_change():
    no_years = "Trade rose from $100 billion to $121 billion"
    assert "growth-rate" not in results(f"{no_years}, up 21%.")
    assert results(f"{no_years}, up 10% a year.")["growth-rate"] == (
        "inconsistent", "10% does not match $100 billion → $121 billion (implied 21%)",
    )  # fmt: skip


def test_a_pledge_figure_for_a_year_inside_the_pledge_period_is_supported():
    assert pledge("In 2017, China offered 10,000 training places to the region.")[0] == "supported"


def test_a_multiple_is_the_ratio_of_the_levels():
    text = "Trade grew from $10 billion in 2020 to $50 billion in 2022, a threefold increase."
    assert results(text)["growth-rate"] == (
        "inconsistent", "threefold does not match $10 billion → $50 billion (implied 5×)",
    )  # fmt: skip
    fivefold = "Trade grew from $10 billion in 2020 to $50 billion in 2022, a fivefold increase."
    assert "growth-rate" not in results(fivefold)


# store-facts: disagreeing sources dispute a claim within their spread, not beyond it ------
INSTITUTES = [
    fact("ci_a", "confucius_institutes_count", "LAC", "2016", "2016", 39, "count", "S1", "ci"),
    fact("ci_b", "confucius_institutes_count", "LAC", "2016-04-28", "2016-04-28", 45, "count",
         "S2", "ci"),
]  # fmt: skip
SPREAD = "confucius_institutes_count · LAC · by 2016: 39 count 2016 [ci_a, S1]; 45 count 2016-04-28 [ci_b, S2]"  # fmt: skip


@pytest.mark.parametrize("number", [30, 50])
def test_a_number_beyond_every_disagreeing_source_is_contradicted(number):
    text = f"By 2016, Latin America had {number} Confucius Institutes."
    assert results(text, INSTITUTES)["store-facts"] == (
        "contradicted",
        f"the text says {number} Confucius Institutes, outside the values the sources hold "
        f"for {SPREAD}",
    )


@pytest.mark.parametrize("number", [39, 42, 45])
def test_a_number_within_the_spread_of_disagreeing_sources_is_disputed(number):
    text = f"By 2016, Latin America had {number} Confucius Institutes."
    assert results(text, INSTITUTES)["store-facts"] == ("disputed", f"sources disagree on {SPREAD}")


# store-facts: a date that is when a stored target was announced -------------------------
PEAK = [fact("cp", "carbon_peak_year", "CHN", "2020-09", "2020-09", 2030, "year")]


def test_the_month_a_target_was_announced_supports_the_announcement():
    verdict, reason = results("In September 2020, China announced its carbon peak year.", PEAK)[
        "store-facts"
    ]
    assert (verdict, reason) == (
        "supported",
        "dates the announcement of 2030 year 2020-09 [cp, S1]",
    )
    other_month = results("In October 2020, China announced its carbon peak year.", PEAK)
    assert other_month["store-facts"][0] == "contradicted"
    year_only = results("In 2020, China announced its carbon peak year.", PEAK)
    assert year_only["store-facts"][0] != "supported"


# topic words of a record id --------------------------------------------------------------
ISO3_OF_THE_REGION = [
    "arg",
    "atg",
    "bhs",
    "brb",
    "blz",
    "bol",
    "bra",
    "chl",
    "col",
    "cri",
    "cub",
    "dma",
    "dom",
    "ecu",
    "slv",
    "grd",
    "gtm",
    "guy",
    "hti",
    "hnd",
    "jam",
    "mex",
    "nic",
    "pan",
    "pry",
    "per",
    "kna",
    "lca",
    "vct",
    "sur",
    "tto",
    "ury",
    "ven",
]


def test_topic_words_name_the_topic_only():
    assert topic_words("first_year_pan_bri_2017") == {"bri"}
    assert topic_words("Préstamos-Totales loans", extra="CELAC forum ab") == {
        "prestamos", "totales", "loans", "celac", "forum",
    }  # fmt: skip


@pytest.mark.parametrize("code", ISO3_OF_THE_REGION)
def test_a_country_code_is_never_a_topic_word(code):
    assert topic_words(f"loans_{code}_2020") == {"loans"}
    assert topic_words(f"loans {code.upper()}") == {"loans"}


def test_generic_words_are_never_topic_words():
    generic = "first year count total lac chn share value the and of"
    assert topic_words(generic.replace(" ", "_") + "_bri") == {"bri"}


# ties-date: an FTA "signed in" is dated by its signature, not by its entry into force ----
FTAS = pd.DataFrame(
    [
        ("CHL", "fta", "signed", "2005-11-18", "https://e.org/1"),
        ("CHL", "fta", "in force", "2006-10-01", "https://e.org/2"),
        ("PER", "fta", "in force", "2010-03-01", "https://e.org/3"),
        ("URY", "fta", "negotiations concluded", "2009-06", "https://e.org/4"),
        ("URY", "fta", "in force", "2010-03-01", "https://e.org/5"),
        ("NIC", "fta", "signed", "2023-08-31", "https://e.org/6"),
        ("NIC", "fta", "in force", "2024-01", "https://e.org/7"),
    ],
    columns=TIE_COLUMNS,
).assign(evidence="")
SIGNED = "CHL fta FTA signed since 2005-11-18, reputable source [ties:2]"


@pytest.mark.parametrize("when", ["2005", "November 2005"])
def test_an_fta_signed_in_the_year_or_month_of_its_signature_is_supported(when):
    text = f"Chile signed a free trade agreement with China in {when}."
    assert results_with_ties(text)["ties-date"] == (
        "supported", f"the FTA was signed 2005-11-18: {SIGNED}",
    )  # fmt: skip


@pytest.mark.parametrize(("when", "label"), [("December 2005", "2005-12"), ("2006", "2006")])
def test_an_fta_signed_at_another_date_is_contradicted_with_the_signature(when, label):
    text = f"Chile signed a free trade agreement with China in {when}."
    assert results_with_ties(text)["ties-date"] == (
        "contradicted",
        f"the text dates the signature {label}; the ties table holds {SIGNED} "
        "(in force 2006-10-01)",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Peru signed a free trade agreement with China in 2009.",
        # Concluding negotiations is not signing; Brazil has no FTA at all.
        "Uruguay signed a free trade agreement with China in 2009.",
        "Brazil signed a free trade agreement with China in 2009.",
    ],
)
def test_an_fta_without_a_dated_signature_before_entry_into_force_is_not_judged_by_it(text):
    assert "ties-date" not in results_with_ties(text)


@pytest.mark.parametrize(("when", "verdict"), [("2023", "supported"), ("2024", "contradicted")])
def test_an_entry_into_force_dated_to_the_month_is_asked_from_the_months_eve(when, verdict):
    # Round s16a: Nicaragua's entry into force is dated "2024-01"; the status on the eve of the
    # month (2023-12-31) is the signature of 2023-08-31 (main judged no signature of such an FTA).
    text = f"Nicaragua signed a free trade agreement with China in {when}."
    assert results_with_ties(text)["ties-date"][0] == verdict


def test_an_fta_signature_shows_the_signed_row_and_the_entry_into_force_with_their_sources():
    knowledge = tiny_knowledge(ties=FTAS)
    (right,) = check(
        "O Chile assinou um acordo de livre comércio com a China em 2005.", db=knowledge
    )
    (wrong,) = check("Chile signed a free trade agreement with China in 2006.", db=knowledge)
    shown = [
        [(e.record_id, e.source_id, e.relation, e.period) for e in r.evidence]
        for r in (right, wrong)
    ]
    signed = ("ties:2", right.evidence[0].source_id, "matches", "2005-11-18")
    assert signed[1] and signed[1].startswith("web-")
    assert shown == [
        [signed],
        [(*signed[:2], "differs", "2005-11-18"),
         ("ties:3", wrong.evidence[1].source_id, "related", "2006-10-01")],
    ]  # fmt: skip
    assert wrong.evidence[1].source_id not in ("", None, signed[1])


def test_an_fta_entering_into_force_is_dated_by_that():
    text = "Chile's free trade agreement with China entered into force in 2006."
    assert results_with_ties(text)["ties-date"] == (
        "supported",
        "the ties table dates it 2006-10-01: CHL fta FTA in force since 2006-10-01, "
        "reputable source [ties:3]",
    )


def results_with_ties(text: str) -> dict[str, tuple[str, str]]:
    found = check(text, db=tiny_knowledge(ties=FTAS))
    return {r.rule_id: (str(r.verdict), r.reason) for r in found}


# parts-total: exports and imports against the total and the balance ---------------------
def parts_total(text: str):
    return [r for r in check(text, db=tiny_knowledge()) if r.rule_id == "parts-total"]


def test_parts_that_do_not_add_up_to_the_total_are_inconsistent_with_their_sum():
    (finding,) = parts_total(
        "Trade reached US$93.13 billion in 2018: exports of US$63.93 billion and imports of "
        "US$34.74 billion."
    )
    assert str(finding.verdict) == "inconsistent"
    assert finding.reason == (
        "the text's own parts give US$63.93 billion + US$34.74 billion = 98.67, "
        "not US$93.13 billion"
    )
    (evidence,) = finding.evidence
    assert (evidence.kind, evidence.record_id, evidence.source_id, evidence.relation) == (
        "text", f"{finding.claim.claim_id}:parts", None, "differs",
    )  # fmt: skip
    assert (evidence.value, evidence.unit) == (pytest.approx(98.67), "usd_bn")  # in its scale
    assert not parts_total(
        "Trade reached US$98.67 billion in 2018: exports of US$63.93 billion and imports of "
        "US$34.74 billion."
    )


@pytest.mark.parametrize(
    ("exports", "imports", "word"), [("63.93", "34.74", "surplus"), ("34.74", "63.93", "deficit")]
)
def test_a_balance_is_checked_against_the_larger_minus_the_smaller(exports, imports, word):
    text = (
        f"In 2018 China's exports were US${exports} billion and imports US${imports} billion, "
        f"a {word} of US$20 billion."
    )
    (finding,) = parts_total(text)
    assert finding.reason == (
        "the text's own parts give US$63.93 billion − US$34.74 billion = 29.19, not US$20 billion"
    )
    right = text.replace("US$20 billion", "US$29.19 billion")
    assert not parts_total(right)


@pytest.mark.parametrize(
    "exports",
    [
        "nearly US$70 billion",  # a bound
        "US$60-65 billion",  # a range
    ],
)
def test_only_exact_or_approximate_amounts_are_added_up_against_a_total(exports):
    # A bound or a range has no one amount to add: the sum shown would be the amount written
    # ("nearly US$70 billion + US$34.74 billion = 104.74"), not what the text claims.
    text = f"Trade reached US$93.13 billion in 2018: exports of {exports} and imports of US$34.74 billion."
    assert parts_total(text) == []
    spanish = (
        "El comercio alcanzó US$93.130 millones en 2018: exportaciones por {} e importaciones "
        "por US$34.740 millones."
    )
    for written in ("casi US$70.000 millones", "entre US$60.000 y US$65.000 millones"):
        assert parts_total(spanish.format(written)) == []


# partner-rank: China's rank as a state's trading partner or export destination ----------
RANKS = [
    fact("bra_2008", "china_partner_rank", "BRA", "2008", "2008", 2, "rank", "S1"),
    fact("bra_2009", "china_partner_rank", "BRA", "2009", "2009", 1, "rank", "S1"),
    fact("bra_2015", "china_partner_rank", "BRA", "2015", "2015", 1, "rank", "S2"),
    fact("mex_2022", "china_partner_rank", "MEX", "2022", "2022", 2, "rank", "S1"),
    fact("mex_2023", "china_partner_rank", "MEX", "2023", "2023", 2, "rank", "S1"),
    fact("mex_2023_x", "china_partner_rank", "MEX", "2023", "2023", 3, "rank", "S2", reporter="X"),
    fact("chl_2022", "china_export_destination_rank", "CHL", "2022", "2022", 1, "rank", "S1"),
    fact("chl_2022_usd", "china_export_destination_rank", "CHL", "2022", "2022", 1, "usd_bn"),
]  # fmt: skip


def partner_rank(text: str):
    (finding,) = [r for r in check(text, db=tiny_knowledge(RANKS)) if r.rule_id == "partner-rank"]
    return (
        str(finding.verdict),
        finding.reason,
        [(e.record_id, e.relation) for e in finding.evidence],
    )


BRAZIL_2015 = "In 2015 China was Brazil's largest trading partner."
BRAZIL_2015_FOUND = (
    "supported",
    "every stored rank for china_partner_rank · BRA · 2015 is 1: 1 rank 2015 [bra_2015, S2]",
    [("bra_2015", "matches")],
)


@pytest.mark.parametrize(
    "before",
    [
        "Trade reached $5 billion in 2015.",  # no rank
        "In 2015, Brazil was the 2nd largest buyer of Chinese soy.",  # a rank of no partner metric
        "In 2015, China was the 2nd largest trading partner of Argentina.",  # no stored rank
    ],
)
def test_a_partner_rank_after_a_figure_the_rule_passes_over_is_still_judged(before):
    assert partner_rank(f"{before} {BRAZIL_2015}") == BRAZIL_2015_FOUND


@pytest.mark.parametrize(
    "text",
    [
        "In 2015, China and the United States were Brazil's two main trading partners.",
        "In 2015, China was one of Brazil's 2 main trading partners.",
    ],
)
def test_a_count_of_trading_partners_is_no_partner_rank(text):
    found = check(text, db=tiny_knowledge(RANKS))
    assert [str(r.claim.kind) for r in found] == ["count"]
    assert [f.rule_id for r in found for f in r.findings if f.rule_id == "partner-rank"] == []


def test_a_regions_partner_rank_is_left_to_other_rules():
    view = tiny_knowledge(
        [*RANKS, fact("lac_2015", "china_partner_rank", "LAC", "2015", "2015", 2, "rank", "S1")]
    )
    text = f"In 2015, China was Latin America's second largest trading partner. {BRAZIL_2015}"
    found = [r for r in check(text, db=view) if r.rule_id == "partner-rank"]
    assert [(str(r.verdict), r.record_ids) for r in found] == [("supported", ["bra_2015"])]


def test_a_partner_rank_every_row_of_its_year_gives_is_supported():
    assert partner_rank("China es el segundo socio comercial de México en 2022.") == (
        "supported",
        "every stored rank for china_partner_rank · MEX · 2022 is 2: 2 rank 2022 [mex_2022, S1]",
        [("mex_2022", "matches")],
    )


def test_a_rank_one_of_the_disagreeing_rows_of_its_year_gives_is_disputed():
    assert partner_rank("China is Mexico's third largest trading partner in 2023.") == (
        "disputed",
        "sources disagree on china_partner_rank · MEX · 2023: 2 rank 2023 [mex_2023, S1]; "
        "3 rank 2023 (X) [mex_2023_x, S2]",
        [("mex_2023", "conflicts"), ("mex_2023_x", "conflicts")],
    )


def test_a_rank_no_stored_row_gives_is_unverifiable_never_contradicted():
    verdict, reason, evidence = partner_rank(
        "China is Mexico's fifth largest trading partner in 2023."
    )
    assert verdict == "unverifiable" and evidence == [
        ("mex_2023", "related"), ("mex_2023_x", "related"),
    ]  # fmt: skip
    assert reason == (
        "the stored ranks for china_partner_rank · MEX · 2023 do not all give 5 (2 rank 2023 "
        "[mex_2023, S1]; 3 rank 2023 (X) [mex_2023_x, S2]); ranks of different measures are "
        "not called contradicted"
    )


def test_a_rank_since_a_year_must_hold_in_every_stored_year_from_then():
    since_2009 = partner_rank("A China é o maior parceiro comercial do Brasil desde 2009.")
    assert since_2009[0] == "supported"
    assert since_2009[2] == [("bra_2009", "matches"), ("bra_2015", "matches")]
    since_2008 = partner_rank("A China é o maior parceiro comercial do Brasil desde 2008.")
    assert since_2008[0] == "unverifiable" and [r for r, _ in since_2008[2]] == [
        "bra_2008", "bra_2009", "bra_2015",
    ]  # fmt: skip


def test_a_rank_over_a_range_of_years_reads_the_rows_of_that_range():
    verdict, reason, evidence = partner_rank(
        "A China foi o maior parceiro comercial do Brasil entre 2009 e 2014."
    )
    assert (verdict, evidence) == ("supported", [("bra_2009", "matches")])
    assert "BRA · 2009–2014 is 1" in reason


def test_a_rank_of_a_year_without_stored_rows_is_unverifiable():
    assert partner_rank("A China foi o maior parceiro comercial do Brasil em 2010.") == (
        "unverifiable", "no stored rank for china_partner_rank · BRA · 2010", [],
    )  # fmt: skip


def test_a_rank_without_a_period_is_read_for_the_latest_year_the_article_knows():
    dated = partner_rank(
        "Ciudad de México, 15 de agosto de 2022. China es el segundo socio comercial de México."
    )
    assert dated == (
        "supported",
        "every stored rank for china_partner_rank · MEX · no period stated is 2: "
        "2 rank 2022 [mex_2022, S1]",
        [("mex_2022", "matches")],
    )
    undated = partner_rank("China es el segundo socio comercial de México.")
    assert undated[0] == "unverifiable" and [r for r, _ in undated[2]] == [
        "mex_2023", "mex_2023_x",
    ]  # fmt: skip


def test_an_export_destination_rank_reads_only_rank_rows_of_that_measure():
    assert partner_rank("China es el principal destino de las exportaciones chilenas en 2022.") == (
        "supported",
        "every stored rank for china_export_destination_rank · CHL · 2022 is 1: "
        "1 rank 2022 [chl_2022, S1]",
        [("chl_2022", "matches")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "China is Brazil's largest trading partner in Latin America in 2015.",
        "China es el principal socio comercial de Brasil en la región en 2015.",
        # China after the copula is the ranked one since stop 43 (partner_rank.CHINA_AFTER_COPULA:
        # "… the largest trading partner in 2015 was China" is China's rank); another partner
        # there is not.
        "Brazil has many partners; the largest trading partner in 2015 was the United States, "
        "not China.",
    ],
)
def test_a_rank_within_a_group_or_not_of_china_is_not_a_partner_rank(text):
    assert all(r.rule_id != "partner-rank" for r in check(text, db=tiny_knowledge(RANKS)))


# ties-count: a count with no period is counted on the article's date ------------------
BRI = pd.DataFrame(
    [
        ("PAN", "bri_mou", "signed", "2017-11-17", "https://e.org/pan"),
        ("CHL", "bri_mou", "signed", "2018-11-02", "https://e.org/chl"),
        ("NIC", "bri_mou", "signed", "2022-01-12", "https://e.org/nic"),
        ("ARG", "bri_mou", "signed", "2022-02-06", "https://e.org/arg"),
    ],
    columns=TIE_COLUMNS,
).assign(evidence="")


def ties_count(text: str, **when) -> tuple[str, str]:
    (finding,) = [r for r in check(text, db=tiny_knowledge(ties=BRI), **when)
                  if r.rule_id == "ties-count"]  # fmt: skip
    return str(finding.verdict), finding.reason


@pytest.mark.parametrize(
    ("text", "count", "on"),
    [
        ("Santiago, 20 de enero de 2022. Tres países de América Latina se han unido a la "
         "Franja y la Ruta.", 3, "2022-01"),
        ("Brasília, dezembro de 2018. Dois países da América Latina aderiram à Iniciativa do "
         "Cinturão e Rota.", 2, "2018-12"),
        ("Santiago, 2022. Cuatro países de América Latina se han unido a la Franja y la Ruta.",
         4, "2022"),
    ],
)  # fmt: skip
def test_a_tie_count_without_a_period_is_counted_on_the_dateline(text, count, on):
    assert ties_count(text) == (
        "supported", f"the ties table shows {count} states with bri_mou on the article date ({on})",
    )  # fmt: skip


def test_a_tie_count_without_a_period_is_counted_on_the_date_option():
    text = "Three countries in Latin America have joined the Belt and Road."
    assert ties_count(text, date="2022-01-20") == (
        "supported", "the ties table shows 3 states with bri_mou on the article date (2022-01)",
    )  # fmt: skip
    assert ties_count(text) == (
        "unverifiable",
        "the ties table (a partial compilation) shows 4 states with bri_mou to date",
    )


def test_a_files_modification_time_never_dates_a_tie_count(tmp_path):
    article = tmp_path / "article.md"
    article.write_text("Three countries in Latin America have joined the Belt and Road.")
    os.utime(article, (1643000000, 1643000000))  # 2022-01-24: three states then, four today
    assert ties_count(article.read_text(), path=article) == (
        "unverifiable",
        "the ties table (a partial compilation) shows 4 states with bri_mou to date",
    )


def finding_of(rule_id: str, text: str, knowledge):
    """The finding `rule_id` gave the sentence's one claim, whether or not it was chosen."""
    (result,) = check(text, db=knowledge)
    (found,) = [f for f in result.findings if f.rule_id == rule_id]
    return str(found.verdict), found.reason


# ties-rank: "the latest" is the latest by the date the sentence names, month by month -----
@pytest.mark.parametrize(
    "text",
    [
        "As of December 2018, Chile, the latest one, joined the BRI.",
        "Hasta diciembre de 2018, Chile fue el último país en sumarse a la Franja y la Ruta.",
        "By the end of 2018, Chile was the latest country to join the BRI.",
    ],
)
def test_the_latest_state_is_the_latest_by_the_date_the_sentence_names(text):
    assert finding_of("ties-rank", text, tiny_knowledge(ties=BRI)) == (
        "supported",
        "latest in the ties table: CHL bri_mou Belt and Road MoU signed since 2018-11-02, "
        "reputable source [ties:3]",
    )
    today = "Chile, the latest one, joined the BRI."
    assert finding_of("ties-rank", today, tiny_knowledge(ties=BRI))[0] == "unverifiable"


def test_states_that_joined_in_the_same_year_are_ordered_by_month():
    same_year = tiny_knowledge(ties=BRI[BRI["iso3"].isin(["NIC", "ARG"])])
    nicaragua = "Nicaragua was the first country to join the BRI."
    assert finding_of("ties-rank", nicaragua, same_year)[0] == "supported"
    argentina = "Argentina was the first country to join the BRI."
    assert finding_of("ties-rank", argentina, same_year) == (
        "unverifiable",
        "the ties table puts NIC bri_mou Belt and Road MoU signed since 2022-01-12, reputable "
        "source [ties:2] first, ARG at 2022-02-06",
    )


# store-facts: only a month names when a target was announced -------------------------
def test_a_year_alone_never_dates_an_announcement_even_of_a_target_set_that_year():
    set_in_2020 = [fact("cp", "carbon_peak_year", "CHN", "2020", "2020", 2030, "year")]
    for text in (
        "In 2020, China announced its carbon peak year.",
        "En 2020, China anunció su año de pico de carbono.",
    ):
        verdict, reason = results(text, set_in_2020)["store-facts"]
        assert verdict != "supported" and "announcement" not in reason


def test_parts_below_the_total_are_inconsistent_too():
    (finding,) = parts_total(
        "Trade reached US$110 billion in 2018: exports of US$63.93 billion and imports of "
        "US$34.74 billion."
    )
    assert finding.reason == (
        "the text's own parts give US$63.93 billion + US$34.74 billion = 98.67, not US$110 billion"
    )


@pytest.mark.parametrize(
    "text",
    [
        # Another year, another currency: the parts are not of this total.
        "Trade reached US$93.13 billion in 2018; in 2017, exports were US$63.93 billion and "
        "imports US$34.74 billion.",
        "Trade reached 650 billion yuan in 2018: exports of US$63.93 billion and imports of "
        "US$34.74 billion.",
    ],
)
def test_parts_of_another_period_or_unit_are_not_added_up_against_the_total(text):
    assert not parts_total(text)


# store-facts: years are exact, so a year between two disagreeing years is no one's ------
CARBON_PEAK = [
    fact("cp_a", "carbon_peak_year", "CHN", "2020-09", "2020-09", 2030, "year", "S1", "cp"),
    fact("cp_b", "carbon_peak_year", "CHN", "2020-09", "2020-09", 2028, "year", "S2", "cp"),
]
PEAKS = "2030 year 2020-09 [cp_a, S1]; 2028 year 2020-09 [cp_b, S2]"


@pytest.mark.parametrize(
    "text", ["China's carbon peak year is 2029.", "El año de pico de carbono de China es 2029."]
)
def test_a_year_between_two_disagreeing_years_is_contradicted(text):
    assert results(text, CARBON_PEAK)["store-facts"] == (
        "contradicted",
        "the text says 2029, outside the values the sources hold for carbon_peak_year · CHN · "
        f"2029: {PEAKS}",
    )


def test_a_year_one_of_the_disagreeing_sources_gives_is_disputed():
    assert results("China's carbon peak year is 2028.", CARBON_PEAK)["store-facts"] == (
        "disputed",
        f"sources disagree on carbon_peak_year · CHN · 2028: {PEAKS}",
    )


# first-rank and year-facts: a fact is about the sentence when it names one of its topic words
def test_a_first_needs_only_one_of_its_facts_topic_words_in_the_sentence():
    facts = [fact("first_year_cub_diplomatic_relations", "first_year", "CUB", "1960", "1960",
                  1960, "year")]  # fmt: skip
    text = "Cuba was the first country to establish relations with China, in 1960."
    assert results(text, facts)["first-rank"][0] == "supported"


# commitments: a pledge is shown with its period, else the month it was made -------------
PLEDGES = pd.DataFrame(
    [
        ("places_2015", "10,000 training places", "training_places_count", 10000, "count",
         "2016", "2018", "2015-05", None, "", "", "S1", ""),
        ("places_2012", "5,000 training places", "training_places_count", 5000, "count",
         "", "", "2012-06", None, "", "", "S2", ""),
    ],
    columns=["commitment_id", "description", "metric", "target_value", "unit", "period_start",
             "period_end", "announced", "delivered_value", "delivered_as_of",
             "delivery_source_id", "source_id", "evidence"],
)  # fmt: skip


def pledge(text: str) -> tuple[str, str, list]:
    (result,) = check(text, db=tiny_knowledge(commitments=PLEDGES))
    shown = [(e.record_id, e.relation, e.period) for e in result.evidence]
    return str(result.verdict), result.reason, shown


def test_a_pledge_is_dated_by_the_year_it_was_made_as_well_as_its_period():
    assert pledge("In 2015, China offered 10,000 training places to the region.") == (
        "supported",
        "matches the target of commitment places_2015 (10,000 training places) [S1]",
        [("places_2015", "matches", "2016–2018")],
    )
    assert pledge("In 2014, China offered 10,000 training places to the region.") == (
        "disputed",
        "10,000 training places is the target of another pledge: places_2015 (plan not "
        "recorded, 2016–2018), not of 2014 [S1]",
        [("places_2015", "related", "2016–2018")],
    )


def test_a_pledge_without_a_period_is_shown_by_the_month_it_was_made():
    assert pledge("In June 2012, China offered 5,000 training places.")[2] == [
        ("places_2012", "matches", "made 2012-06"),
    ]  # fmt: skip
    verdict, reason, shown = pledge("In 2013, China offered 5,000 training places.")
    assert verdict == "disputed" and "(plan not recorded, made 2012-06), not of 2013" in reason
    assert shown == [("places_2012", "related", "made 2012-06")]


# commitments: what each verdict shows, and a delivery dated by its own as-of year ----------
DELIVERED = pd.DataFrame(
    [
        ("places_2015", "10,000 training places", "training_places_count", 10000, "count",
         "2016", "2018", "2015-05", 8200, "2019-06", "S2", "S1", "10,000 places in three years"),
        ("places_2012", "5,000 training places", "training_places_count", 5000, "count",
         "", "", "2012-06", None, "", "", "S2", ""),
    ],
    columns=["commitment_id", "description", "metric", "target_value", "unit", "period_start",
             "period_end", "announced", "delivered_value", "delivered_as_of",
             "delivery_source_id", "source_id", "quote"],
)  # fmt: skip


def commitment(text: str) -> tuple[str, str, list[dict]]:
    (result,) = check(text, db=tiny_knowledge(commitments=DELIVERED))
    shown = [{k: v for k, v in asdict(e).items() if v is not None} for e in result.evidence]
    return str(result.verdict), result.reason, shown


PLACES_2015 = {"kind": "commitment", "record_id": "places_2015", "unit": "count",
               "period": "2016–2018", "note": "10,000 places in three years"}  # fmt: skip


def test_a_pledge_figure_within_the_pledge_period_is_supported_with_the_pledge_shown():
    assert commitment("In 2017, China offered 10,000 training places to the region.") == (
        "supported",
        "matches the target of commitment places_2015 (10,000 training places) [S1]",
        [{**PLACES_2015, "source_id": "S1", "relation": "matches", "value": 10000.0}],
    )


def test_another_figure_for_the_pledge_period_is_contradicted_with_what_the_pledge_holds():
    assert commitment("From 2016 to 2018, China will provide 12,000 training places.") == (
        "contradicted",
        "the pledge of the same plan, metric and period holds target 10,000 [places_2015]; "
        "delivered 8,200 [places_2015]; the text says 12,000 training places",
        [{**PLACES_2015, "source_id": "S1", "relation": "differs", "value": 10000}],
    )


def test_a_delivered_figure_is_dated_by_its_as_of_year_too():
    assert commitment("By 2019, China had provided 8,200 training places.") == (
        "supported",
        "matches the delivered of commitment places_2015 (10,000 training places) [S2]",
        [{**PLACES_2015, "source_id": "S2", "relation": "matches", "value": 8200.0}],
    )
    assert commitment("By 2021, China had provided 8,200 training places.")[0] != "supported"


def test_another_pledges_figure_is_disputed_with_that_pledge_shown():
    assert commitment("In 2013, China offered 5,000 training places.") == (
        "disputed",
        "5,000 training places is the target of another pledge: places_2012 (plan not "
        "recorded, made 2012-06), not of 2013 [S2]",
        [{"kind": "commitment", "record_id": "places_2012", "source_id": "S2",
          "relation": "related", "value": 5000.0, "unit": "count", "period": "made 2012-06"}],
    )  # fmt: skip


# ties: what a tie finding shows --------------------------------------------------------
def test_a_tie_finding_shows_the_tie_its_source_year_date_and_state():
    (result,) = check(
        "Em 1960, a China e Cuba estabeleceram relações diplomáticas.",
        db=tiny_knowledge(ties=TIES_CUBA),
    )
    (evidence,) = result.evidence
    shown = {k: v for k, v in asdict(evidence).items() if v is not None}
    assert shown == {
        "kind": "tie", "record_id": "ties:2", "source_id": shown["source_id"],
        "relation": "matches", "value": 1960.0, "unit": "year", "period": "1960-09-28",
        "entity": "CUB",
    }  # fmt: skip
    assert shown["source_id"].startswith("web-")


TIES_CUBA = pd.DataFrame(
    [("CUB", "diplomatic_relations_prc", "established", "1960-09-28", "https://e.org/cuba")],
    columns=TIE_COLUMNS,
).assign(evidence="")


def test_a_rank_without_a_period_in_a_text_older_than_every_stored_rank_is_unverifiable():
    assert partner_rank(
        "Ciudad de México, marzo de 2015. China es el segundo socio comercial de México."
    ) == ("unverifiable", "no stored rank for china_partner_rank · MEX · no period stated", [])


def test_a_pledge_with_only_a_start_year_is_shown_by_it_not_by_when_it_was_made():
    (result,) = check(
        "A Press Center would be set up in Beijing in 2017.",
        db=tiny_knowledge(commitments=COMMITMENTS_OF_THE_RULE_TESTS),
    )
    assert [(e.record_id, e.relation, e.period) for e in result.evidence] == [
        ("press_center_2017", "matches", "2017"),
    ]  # fmt: skip


PANAMA_DISPUTED = pd.DataFrame(
    [
        ("PAN", "bri_mou", "signed", "2017-11-17", "https://e.org/pan-signed"),
        ("PAN", "bri_mou", "withdrawn (CONFLICT)", "2025-02-06", "https://e.org/pan-left"),
    ],
    columns=TIE_COLUMNS,
).assign(evidence="")


@pytest.mark.parametrize(
    "text",
    [
        "In 2015, Panama signed the Belt and Road memorandum.",
        "En 2015, Panamá firmó el memorando de la Franja y la Ruta.",
    ],
)
def test_a_date_before_any_sourced_row_shows_todays_status_flagged_disputed(text):
    assert finding_of("ties-date", text, tiny_knowledge(ties=PANAMA_DISPUTED)) == (
        "contradicted",
        "the text dates it 2015; the ties table holds no sourced information on 2015; today: "
        "PAN bri_mou Disputed since 2025-02-06 (disputed), reputable source [ties:2;ties:3]",
    )


# store-facts: a figure with no period speaks of the article's time ----------------------
INSTITUTES_BY_YEAR = [
    fact("ci_2022", "confucius_institutes_count", "LAC", "2022", "2022", 46, "count", "S1"),
    fact("ci_2016", "confucius_institutes_count", "LAC", "2016", "2016", 39, "count", "S2"),
]
NOT_OF_THE_ARTICLES_YEAR = (
    "unverifiable",
    "no stored fact for confucius_institutes_count · LAC · no period stated; the store holds "
    "confucius_institutes_count · LAC for 2016, 2022",
    [("ci_2022", "related"), ("ci_2016", "related")],
)
OF_ANY_YEAR = (
    "supported",
    "the text gives no period; matches 46 count 2022 [ci_2022, S1]",
    [("ci_2022", "matches")],
)


def store_fact(text: str, **when) -> tuple[str, str, list]:
    (result,) = check(text, db=tiny_knowledge(INSTITUTES_BY_YEAR), **when)
    return str(result.verdict), result.reason, [(e.record_id, e.relation) for e in result.evidence]


def test_a_figure_with_no_period_is_matched_against_the_articles_year():
    dated = "Buenos Aires, marzo de 2023. América Latina tiene 46 Institutos Confucio."
    assert store_fact(dated) == NOT_OF_THE_ARTICLES_YEAR
    text = "Latin America has 46 Confucius Institutes."
    assert store_fact(text, date="2023-06-01") == NOT_OF_THE_ARTICLES_YEAR
    assert store_fact(text, date="2022-06-01") == OF_ANY_YEAR
    assert store_fact(text) == OF_ANY_YEAR


def test_a_files_modification_time_never_dates_a_figure(tmp_path):
    article = tmp_path / "article.md"
    article.write_text("Latin America has 46 Confucius Institutes.")
    os.utime(article, (1685577600, 1685577600))  # 2023-06-01
    assert store_fact(article.read_text(), path=article) == OF_ANY_YEAR


# ties-date: the month, "as of", disagreeing rows and what a contradiction shows ----------
PANAMA_SIGNED = PANAMA_DISPUTED.iloc[:1]
SIGNED_2017 = "PAN bri_mou Belt and Road MoU signed since 2017-11-17, reputable source [ties:2]"


def ties_date(text: str, ties) -> tuple[str, str, list[dict]]:
    (result,) = check(text, db=tiny_knowledge(ties=ties))
    (found,) = [f for f in result.findings if f.rule_id == "ties-date"]
    shown = [{k: v for k, v in asdict(e).items() if v not in (None, "")} for e in found.evidence]
    for item in shown:
        assert item.pop("source_id").startswith("web-")
    return str(found.verdict), found.reason, shown


SIGNED_ROW = {"kind": "tie", "record_id": "ties:2", "value": 2017.0, "unit": "year",
              "period": "2017-11-17", "entity": "PAN"}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "In November 2017, Panama signed the Belt and Road memorandum.",
        "As of December 2017, Panama had signed the Belt and Road memorandum.",
        "By 2017, Panama had signed the Belt and Road memorandum.",
    ],
)
def test_a_tie_dated_in_that_month_or_by_that_date_is_supported(text):
    assert ties_date(text, PANAMA_SIGNED) == (
        "supported",
        f"the ties table dates it 2017-11-17: {SIGNED_2017}",
        [{**SIGNED_ROW, "relation": "matches"}],
    )


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("In December 2017, Panama signed the Belt and Road memorandum.", "2017-12"),
        ("En diciembre de 2017, Panamá firmó el memorando de la Franja y la Ruta.", "2017-12"),
        ("Em dezembro de 2017, o Panamá assinou o memorando do Cinturão e Rota.", "2017-12"),
        ("In 2019, Panama signed the Belt and Road memorandum.", "2019"),
    ],
)
def test_a_tie_dated_another_month_or_year_is_contradicted_with_the_row(text, when):
    # the row of the date named is today's row too: shown once
    assert ties_date(text, PANAMA_SIGNED) == (
        "contradicted",
        f"the text dates it {when}; the ties table holds {SIGNED_2017} on {when}",
        [{**SIGNED_ROW, "relation": "differs"}],
    )


def test_a_tie_not_yet_signed_by_the_date_named_is_contradicted_with_todays_row():
    text = "As of October 2017, Panama had signed the Belt and Road memorandum."
    assert ties_date(text, PANAMA_SIGNED) == (
        "contradicted",
        "the text dates it by 2017-10; the ties table holds no sourced information on "
        f"2017-10; today: {SIGNED_2017}",
        [{**SIGNED_ROW, "relation": "differs"}],
    )


def test_rows_that_disagree_on_the_date_named_make_it_disputed():
    assert ties_date("In 2025, Panama left the Belt and Road.", PANAMA_DISPUTED) == (
        "disputed",
        "sources disagree on PAN bri_mou by 2025: member (2017-11-17); withdrawn (2025-02-06)",
        [
            {"kind": "tie", "record_id": "ties:2", "relation": "conflicts",
             "period": "2017-11-17", "entity": "PAN"},
            {"kind": "tie", "record_id": "ties:3", "relation": "conflicts",
             "period": "2025-02-06", "entity": "PAN"},
        ],
    )  # fmt: skip


# commitments: a date in a sentence that names a pledge -----------------------------------
PRESS_CENTER = COMMITMENTS_OF_THE_RULE_TESTS.assign(
    quote=["", "a press centre for Latin American journalists"]
)


def dated_pledge(text: str) -> tuple[str, str, list[dict]]:
    (result,) = check(text, db=tiny_knowledge(commitments=PRESS_CENTER))
    shown = [{k: v for k, v in asdict(e).items() if v is not None} for e in result.evidence]
    return str(result.verdict), result.reason, shown


@pytest.mark.parametrize(
    "text",
    [
        "In November 2016, China announced a Press Center in Beijing.",
        "En noviembre de 2016, China anunció un Press Center en Pekín.",
    ],
)
def test_the_month_a_pledge_was_made_dates_it(text):
    assert dated_pledge(text) == (
        "supported",
        "dated 2016 by commitment press_center_2017 (Press Center) [S1]",
        [{"kind": "commitment", "record_id": "press_center_2017", "source_id": "S1",
          "relation": "matches", "period": "2017",
          "note": "a press centre for Latin American journalists"}],
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # A year alone is the pledge's start, not when it was made; "press" alone is not
        # "Press Center".
        "In 2016, China announced a Press Center in Beijing.",
        "A press office would be set up in Beijing in 2017.",
    ],
)
def test_a_pledge_is_dated_only_by_its_start_or_the_month_it_was_made_and_by_every_topic_word(
    text,
):
    assert dated_pledge(text)[0] == "unverifiable"


# store-facts: sources disagree only beyond 0.5 %, or beyond 5 % when one is approximate ---
TRADE_2022 = [
    fact("t_eclac", "trade_total", "LAC", "2022", "2022", 500, "usd_bn", "S1", "t2022"),
    fact("t_obg", "trade_total", "LAC", "2022", "2022", 495, "usd_bn", "S2", "t2022"),
]
BOTH_2022 = "500 usd_bn 2022 [t_eclac, S1]; 495 usd_bn 2022 [t_obg, S2]"


def trade_2022(text: str, approximate: bool) -> tuple[str, str]:
    view = tiny_knowledge(TRADE_2022)
    if approximate:  # ECLAC's "cerca de US$500.000 millones"
        view = dataclasses.replace(view, facts=view.facts.assign(precision=["approximate", ""]))
    (result,) = check(text, db=view)
    return str(result.verdict), result.reason


def test_two_exact_sources_one_percent_apart_disagree():
    assert trade_2022("China-LAC trade reached $495 billion in 2022.", approximate=False) == (
        "disputed", f"sources disagree on trade_total · LAC · 2022: {BOTH_2022}",
    )  # fmt: skip


def test_an_approximate_source_does_not_dispute_one_within_its_rounding():
    assert trade_2022("China-LAC trade reached $495 billion in 2022.", approximate=True) == (
        "supported", "matches 495 usd_bn 2022 [t_obg, S2]",
    )  # fmt: skip


# list-count: where a list ends, and a far list ------------------------------------------
def list_count(text: str) -> list[tuple[str, str]]:
    return [(str(r.verdict), r.reason) for r in check(text, db=tiny_knowledge())
            if r.rule_id == "list-count"]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Three countries (Brazil, Chile and Peru) joined, as did Cuba, Mexico, Panama and "
        "Uruguay later.",
        "Tres países (Brasil, Chile y Perú) se sumaron, y luego Cuba, México, Panamá y Uruguay.",
        "Three countries (Brazil, Chile, Peru, Cuba joined.",  # never closed: no list
    ],
)
def test_a_list_in_parentheses_ends_at_its_closing_parenthesis(text):
    assert list_count(text) == []


def test_a_list_far_from_its_count_is_counted_only_when_it_names_countries():
    far = "Ocho países de la región firmaron el acuerdo: {}."
    assert list_count(far.format("transporte, energía, minería")) == []
    assert list_count(far.format("Brasil, Chile, Perú")) == [
        ("inconsistent", "announces 8 países but lists 3: Brasil, Chile, Perú"),
    ]  # fmt: skip
    near = "Eight countries: transport, energy, mining."
    assert list_count(near) == [
        ("inconsistent", "announces 8 countries but lists 3: transport, energy, mining"),
    ]  # fmt: skip


# commitments: a pledge with no unit is a count -------------------------------------------
def test_a_pledge_without_a_unit_is_counted():
    no_unit = PLEDGES.assign(unit="")
    (result,) = check(
        "In 2015, China offered 10,000 training places to the region.",
        db=tiny_knowledge(commitments=no_unit),
    )
    assert str(result.verdict) == "supported" and result.record_ids == ["places_2015"]
